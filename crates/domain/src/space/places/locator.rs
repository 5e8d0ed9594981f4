//! Which of the territory's communes a row is in, from its INSEE code, else its
//! commune's name (capitals, accents and « St » aside, with its postal code when it has
//! one), else a postal code (CEDEX aside) that only the territory's communes have. Used
//! by the places import and the partners import alike.

use crate::catalog::place::postcode_of;
use crate::space::commune::ChosenCommune;
use crate::space::official_list::{name_key, OfficialList};
use std::collections::HashMap;

/// Finds which chosen commune a row is in.
pub struct Locator<'a> {
    by_code: HashMap<&'a str, usize>,
    by_name: HashMap<String, Vec<usize>>,
    by_postcode: HashMap<&'a str, Vec<usize>>,
    communes: &'a [ChosenCommune],
    list: Option<&'a OfficialList>,
    /// The territory's postal codes that a commune outside it also has.
    shared_postcodes: std::collections::HashSet<&'a str>,
    /// Every postal code and name of the official list, to tell a place of another
    /// territory from one that cannot be placed at all.
    known: Option<(
        std::collections::HashSet<&'a str>,
        std::collections::HashSet<String>,
    )>,
}

/// Whether a row's place is known elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Elsewhere {
    /// In another commune of the official list.
    Known,
    /// Nowhere the official list knows: to be placed by the structure, or dropped.
    Unknown,
}

impl<'a> Locator<'a> {
    pub fn new(communes: &'a [ChosenCommune], list: Option<&'a OfficialList>) -> Self {
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_postcode: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, c) in communes.iter().enumerate() {
            by_name.entry(name_key(&c.name)).or_default().push(i);
            for p in &c.postcodes {
                by_postcode.entry(p.as_str()).or_default().push(i);
            }
        }
        let by_code: HashMap<&str, usize> = communes
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.as_str(), i))
            .collect();
        let mut shared_postcodes = std::collections::HashSet::new();
        if let Some(list) = list {
            for c in &list.communes {
                if !by_code.contains_key(c.code.as_str()) {
                    for p in &c.postcodes {
                        if let Some((key, _)) = by_postcode.get_key_value(p.as_str()) {
                            shared_postcodes.insert(*key);
                        }
                    }
                }
            }
        }
        let known = list.map(|l| {
            let postcodes = l
                .communes
                .iter()
                .flat_map(|c| c.postcodes.iter().map(String::as_str))
                .collect();
            let names = l.communes.iter().map(|c| name_key(&c.name)).collect();
            (postcodes, names)
        });
        Self {
            by_code,
            by_name,
            by_postcode,
            communes,
            list,
            shared_postcodes,
            known,
        }
    }

    /// For a row [`Self::locate`] does not place: whether the official list knows where
    /// it is (another territory), or nobody does. Without the list, it is another
    /// territory's.
    pub fn elsewhere(&self, insee: &str, postcode: &str, commune: &str) -> Elsewhere {
        let Some((postcodes, names)) = &self.known else {
            return Elsewhere::Known;
        };
        let known = self.list.is_some_and(|l| l.commune(insee).is_some())
            || postcode_of(postcode).is_some_and(|p| postcodes.contains(p.as_str()))
            || names.contains(&without_cedex(commune));
        if known {
            Elsewhere::Known
        } else {
            Elsewhere::Unknown
        }
    }

    /// The index of the chosen commune a row with these values is in, if any.
    pub fn locate(&self, insee: &str, postcode: &str, commune: &str) -> Option<usize> {
        if let Some(i) = self.by_code.get(insee) {
            return Some(*i);
        }
        // A known INSEE code of another commune: outside (unless the list is unknown).
        let known_elsewhere =
            !insee.is_empty() && self.list.is_some_and(|l| l.commune(insee).is_some());
        if known_elsewhere {
            return None;
        }
        let cedex =
            postcode.to_lowercase().contains("cedex") || commune.to_lowercase().contains("cedex");
        let postcode = postcode_of(postcode);
        if let Some(same_name) = self.by_name.get(&without_cedex(commune)) {
            let with_postcode = same_name.iter().find(|i| {
                postcode
                    .as_ref()
                    .is_none_or(|p| self.communes[**i].postcodes.contains(p))
            });
            if with_postcode.is_some() {
                return with_postcode.copied();
            }
            // A CEDEX code (« 79203 PARTHENAY CEDEX ») or a code no commune has is a
            // mail code: the name decides, when only one of the territory's communes
            // has it.
            let unknown_code = postcode.as_ref().is_some_and(|p| {
                self.list
                    .is_some_and(|l| l.communes_with_postcode(p).next().is_none())
            });
            return (same_name.len() == 1 && (cedex || unknown_code)).then(|| same_name[0]);
        }
        let postcode = postcode?;
        let here = self.by_postcode.get(postcode.as_str())?;
        (!self.shared_postcodes.contains(postcode.as_str())).then(|| here[0])
    }
}

/// A commune's name as compared, without a « CEDEX » and its number.
fn without_cedex(commune: &str) -> String {
    let key = name_key(commune);
    match key.find("cedex") {
        Some(at) => key[..at].trim().to_owned(),
        None => key,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn communes() -> Vec<ChosenCommune> {
        vec![ChosenCommune {
            code: "79202".into(),
            name: "Parthenay".into(),
            postcodes: vec!["79200".into()],
            position: None,
        }]
    }

    #[test]
    fn a_cedex_address_or_a_name_written_another_way_is_in_its_commune() {
        let communes = communes();
        let locator = Locator::new(&communes, None);
        assert_eq!(locator.locate("", "79203 CEDEX", "PARTHENAY"), Some(0));
        assert_eq!(locator.locate("", "79203", "Parthenay Cedex 3"), Some(0));
        assert_eq!(locator.locate("", "79200", "PARTHENAY"), Some(0));
        // Another commune's postal code with the same name: not placed on a guess.
        assert_eq!(locator.locate("", "44000", "Parthenay"), None);
        assert_eq!(locator.locate("", "79000", "Niort"), None);
    }
}
