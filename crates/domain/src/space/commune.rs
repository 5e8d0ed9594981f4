//! A commune of the structure's territory, as the space keeps it: chosen from the
//! official list, with its postcodes and, for distances, a position.

use super::official_list::OfficialCommune;

/// A commune of the territory.
#[derive(Clone, Debug, PartialEq)]
pub struct ChosenCommune {
    pub code: String,
    pub name: String,
    pub postcodes: Vec<String>,
    /// For distances: the average of its places, or typed in; `None` is fine.
    pub position: Option<(f64, f64)>,
}

impl From<&OfficialCommune> for ChosenCommune {
    fn from(c: &OfficialCommune) -> Self {
        Self {
            code: c.code.clone(),
            name: c.name.clone(),
            postcodes: c.postcodes.clone(),
            position: None,
        }
    }
}

/// Chosen communes from (INSEE code, name, postal code), for tests.
#[cfg(test)]
pub(crate) fn communes(list: &[(&str, &str, &str)]) -> Vec<ChosenCommune> {
    list.iter()
        .map(|(code, name, postcode)| ChosenCommune {
            code: (*code).into(),
            name: (*name).into(),
            postcodes: vec![(*postcode).into()],
            position: None,
        })
        .collect()
}
