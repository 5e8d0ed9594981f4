//! A set of published files installed in this device's own storage by the structure's
//! space (« Utiliser sur cet appareil »), for a kiosk or a library PC with no web host
//! to upload files to: the settings (`config.json`) and the catalog files, with the
//! date they were installed. When a set is installed, Repère reads it instead of the
//! server's files; a set that cannot be read whole is damaged, and the server's files
//! are used instead (said in plain words, never a dead page).
//!
//! It is stored under [`super::storage_keys::INSTALLED`], outside a visit's keys:
//! erasing a visit and the kiosk reset leave it.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The version of the stored document.
const VERSION: u32 = 1;

/// The installed files.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstalledSet {
    /// When it was installed, as the device's clock said (« 2026-12-05T19:30 »).
    pub installed_at: String,
    /// The path of each file beside `index.html` (`config.json`, `catalog/lieux.csv`)
    /// and its text.
    pub files: BTreeMap<String, String>,
}

/// The stored document: the set, its version and each file's length, to know a set
/// cut short by a full disk or edited by hand.
#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    installed_at: String,
    files: BTreeMap<String, String>,
    lengths: BTreeMap<String, usize>,
}

/// Why a stored set is not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Damaged {
    /// Not a set Repère wrote (cut short, edited, another version).
    Unreadable,
    /// A file's length is not the one written: it was cut short or changed.
    Changed,
}

impl InstalledSet {
    /// The set of `files` (path, text), installed at `installed_at`.
    pub fn new<'a>(
        installed_at: &str,
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Self {
        Self {
            installed_at: installed_at.to_owned(),
            files: files
                .into_iter()
                .map(|(p, t)| (p.to_owned(), t.to_owned()))
                .collect(),
        }
    }

    /// The text to store.
    pub fn to_text(&self) -> String {
        let stored = Stored {
            version: VERSION,
            installed_at: self.installed_at.clone(),
            lengths: self
                .files
                .iter()
                .map(|(p, t)| (p.clone(), t.len()))
                .collect(),
            files: self.files.clone(),
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// The set stored as `text`, or why it cannot be used.
    pub fn parse(text: &str) -> Result<Self, Damaged> {
        let stored: Stored = serde_json::from_str(text).map_err(|_| Damaged::Unreadable)?;
        if stored.version != VERSION || !stored.files.contains_key("config.json") {
            return Err(Damaged::Unreadable);
        }
        let same = stored.lengths.len() == stored.files.len()
            && stored
                .files
                .iter()
                .all(|(p, t)| stored.lengths.get(p) == Some(&t.len()));
        if !same {
            return Err(Damaged::Changed);
        }
        Ok(Self {
            installed_at: stored.installed_at,
            files: stored.files,
        })
    }

    /// The text of the file at `path`, if the set has it.
    pub fn file(&self, path: &str) -> Option<String> {
        self.files.get(path).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set() -> InstalledSet {
        InstalledSet::new(
            "2026-12-05T19:30",
            [
                ("config.json", "{}"),
                ("catalog/lieux.csv", "\"id\"\n\"a\"\n"),
            ],
        )
    }

    #[test]
    fn a_set_reads_back_as_it_was_installed() {
        assert_eq!(InstalledSet::parse(&set().to_text()), Ok(set()));
        assert_eq!(
            set().file("catalog/lieux.csv").as_deref(),
            Some("\"id\"\n\"a\"\n")
        );
        assert_eq!(set().file("catalog/ateliers.json"), None);
    }

    #[test]
    fn a_set_cut_short_or_changed_is_damaged_never_half_used() {
        let text = set().to_text();
        assert_eq!(
            InstalledSet::parse(&text[..text.len() / 2]),
            Err(Damaged::Unreadable)
        );
        assert_eq!(InstalledSet::parse(""), Err(Damaged::Unreadable));
        assert_eq!(
            InstalledSet::parse("{\"version\":1}"),
            Err(Damaged::Unreadable)
        );
        let edited = text.replace("\\\"a\\\"", "\\\"ab\\\"");
        assert_ne!(edited, text);
        assert_eq!(InstalledSet::parse(&edited), Err(Damaged::Changed));
        let other_version = text.replace("\"version\":1", "\"version\":9");
        assert_eq!(
            InstalledSet::parse(&other_version),
            Err(Damaged::Unreadable)
        );
        let without_config = InstalledSet::new("x", [("catalog/lieux.csv", "")]).to_text();
        assert_eq!(
            InstalledSet::parse(&without_config),
            Err(Damaged::Unreadable)
        );
    }
}
