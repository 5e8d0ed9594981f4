//! What changed between the places published and a newer export: places added, removed
//! and changed (by id, field by field), and the workshops and partners that point to a
//! place that is gone.

use super::import::PlacesImport;
use crate::catalog::read::csv::Record;
use std::collections::BTreeMap;

/// One place that changed, with the fields that did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changed {
    pub id: String,
    pub name: String,
    pub fields: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlacesDiff {
    /// (id, name) of each place added.
    pub added: Vec<(String, String)>,
    pub removed: Vec<(String, String)>,
    pub changed: Vec<Changed>,
}

impl PlacesDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

fn by_id(import: &PlacesImport) -> BTreeMap<String, BTreeMap<&str, &str>> {
    let at = |name: &str| import.columns.iter().position(|c| c == name);
    let id_at = at("id");
    // The first row of an id is the one kept (`parse_place_rows` skips the others).
    let mut places = BTreeMap::new();
    for (id, values) in import.rows.iter().filter_map(|row: &Record| {
        let id = row.fields.get(id_at?)?.trim();
        (!id.is_empty()).then(|| {
            let values = import
                .columns
                .iter()
                .zip(&row.fields)
                .map(|(c, v)| (c.as_str(), v.trim()))
                .filter(|(_, v)| !v.is_empty())
                .collect();
            (id.to_owned(), values)
        })
    }) {
        places.entry(id).or_insert(values);
    }
    places
}

/// What `newer` changes of `older`.
pub fn places_diff(older: &PlacesImport, newer: &PlacesImport) -> PlacesDiff {
    let (old, new) = (by_id(older), by_id(newer));
    let name =
        |values: &BTreeMap<&str, &str>| values.get("nom").copied().unwrap_or_default().to_owned();
    let mut diff = PlacesDiff::default();
    for (id, values) in &new {
        match old.get(id) {
            None => diff.added.push((id.clone(), name(values))),
            Some(before) => {
                let mut fields: Vec<String> = values
                    .iter()
                    .filter(|(k, v)| before.get(*k) != Some(v))
                    .map(|(k, _)| (*k).to_owned())
                    .collect();
                fields.extend(
                    before
                        .keys()
                        .filter(|k| !values.contains_key(*k))
                        .map(|k| (*k).to_owned()),
                );
                fields.sort();
                fields.dedup();
                // A column this export has that the published file had not is not a change.
                fields.retain(|f| {
                    older.columns.iter().any(|c| c == f) && newer.columns.iter().any(|c| c == f)
                });
                if !fields.is_empty() {
                    diff.changed.push(Changed {
                        id: id.clone(),
                        name: name(values),
                        fields,
                    });
                }
            }
        }
    }
    for (id, values) in &old {
        if !new.contains_key(id) {
            diff.removed.push((id.clone(), name(values)));
        }
    }
    diff
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::space::places::import::read_published_places;

    fn read(csv: &str) -> PlacesImport {
        read_published_places(csv.as_bytes()).unwrap()
    }

    #[test]
    fn added_removed_and_changed_places_are_named() {
        let before = read("id,nom,horaires\na,Mairie,Mo 09:00-12:00\nb,EPN,\na,Doublon,\n");
        let after = read("id,nom,horaires\na,Mairie,Mo 09:00-17:00\nc,Tiers-lieu,\n");
        let diff = places_diff(&before, &after);
        assert_eq!(diff.added, [("c".to_owned(), "Tiers-lieu".to_owned())]);
        assert_eq!(diff.removed, [("b".to_owned(), "EPN".to_owned())]);
        assert_eq!(
            diff.changed,
            [Changed {
                id: "a".into(),
                name: "Mairie".into(),
                fields: vec!["horaires".into()]
            }]
        );
        assert!(places_diff(&after, &after).is_empty());
    }
}
