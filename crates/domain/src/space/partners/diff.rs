//! What a new import of data·inclusion changes in the partners: who comes, who goes,
//! whose desk changed (address, hours, phone, e-mail, link). Partners typed by hand are
//! not the import's: they stay as they are.

use serde_json::Value;

/// The fields whose change is worth saying.
const WATCHED: &[(&str, &str)] = &[
    ("nom", "nom"),
    ("adresse", "adresse"),
    ("commune", "commune"),
    ("horaires", "horaires"),
    ("telephone", "téléphone"),
    ("courriel", "e-mail"),
    ("site_web", "site"),
    ("prise_rdv", "rendez-vous en ligne"),
];

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PartnersDiff {
    pub added: Vec<String>,
    pub removed: Vec<String>,
    /// A partner's name and what changed (« horaires, téléphone »).
    pub changed: Vec<(String, String)>,
}

impl PartnersDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// Whether an entry came from data·inclusion.
pub fn is_imported(entry: &Value) -> bool {
    entry["source"]
        .as_str()
        .is_some_and(|s| s.starts_with("data·inclusion"))
}

/// From the imported entries of `older` to those of `newer`.
pub fn partners_diff(older: &[Value], newer: &[Value]) -> PartnersDiff {
    let id = |v: &Value| v["id"].as_str().unwrap_or_default().to_owned();
    let name = |v: &Value| v["nom"].as_str().unwrap_or_default().to_owned();
    let older: Vec<&Value> = older.iter().filter(|v| is_imported(v)).collect();
    let mut diff = PartnersDiff::default();
    for new in newer {
        match older.iter().find(|o| id(o) == id(new)) {
            None => diff.added.push(name(new)),
            Some(old) => {
                let what: Vec<&str> = WATCHED
                    .iter()
                    .filter(|(key, _)| old[*key] != new[*key])
                    .map(|(_, words)| *words)
                    .collect();
                if !what.is_empty() {
                    diff.changed.push((name(new), what.join(", ")));
                }
            }
        }
    }
    for old in older {
        if !newer.iter().any(|n| id(n) == id(old)) {
            diff.removed.push(name(old));
        }
    }
    diff
}
