//! What the structure is setting up, as one plain value: its territory (the communes
//! chosen from the official list), the places imported for it, its workshops, partners
//! and contact, and its settings. The space edits it; [`super::export`] turns it into
//! the files Repère reads, and [`Setup::from_published`] reads those files back.

use super::commune::ChosenCommune;
use super::forms::{ContactForm, SettingsForm, WorkshopForm};
use super::partners::diff::is_imported;
use super::partners::entry::PlaceKey;
use super::places::import::{read_published_places, PlacesImport};
use crate::catalog::read::json::json_list;
use crate::catalog::{CatalogFiles, PARTNERS_FILE, WORKSHOPS_FILE};
use serde_json::Value;

/// The national partners Repère knows, as entries of `partenaires.json` (without the
/// example deployment's places).
pub fn national_partner_entries() -> Vec<Value> {
    let mut entries = json_list(
        PARTNERS_FILE,
        include_str!("../../../../public/catalog/partenaires.json"),
        "partenaires",
        &mut Vec::new(),
    );
    for entry in &mut entries {
        if let Value::Object(o) = entry {
            o.remove("lieu");
        }
    }
    entries
}

/// Everything the space edits.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Setup {
    /// The territory's name, as residents say it (« Parthenay-Gâtine »).
    pub territory_name: String,
    pub communes: Vec<ChosenCommune>,
    pub places: Option<PlacesImport>,
    pub workshops: Vec<WorkshopForm>,
    /// The partners' entries as the file has them (their local fields are edited in place).
    pub partners: Vec<Value>,
    pub contact: ContactForm,
    pub settings: SettingsForm,
    /// The national help line's entry of the territory file, kept as it is.
    pub help_line: Option<Value>,
}

/// The published files, as fetched (`None` when missing): the settings and the four
/// catalog files Repère itself reads.
#[derive(Clone, Debug, Default)]
pub struct PublishedFiles {
    pub config: Option<String>,
    pub catalog: CatalogFiles,
}

impl Setup {
    /// The setup the published files describe, to go on from (anything unreadable is
    /// left empty: the space is where it gets fixed).
    pub fn from_published(files: &PublishedFiles, languages: &[&str]) -> Self {
        let mut ignored = Vec::new();
        let mut setup = Setup {
            settings: files
                .config
                .as_deref()
                .map(|t| SettingsForm::from_config_text(t, languages))
                .unwrap_or_default(),
            ..Setup::default()
        };
        if let Some(text) = &files.catalog.territory {
            if let Ok(Value::Object(root)) =
                serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}'))
            {
                let text_of =
                    |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or_default().to_owned();
                setup.territory_name = text_of(root.get("nom"));
                for c in root
                    .get("communes")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    let name = text_of(c.get("nom"));
                    if name.is_empty() {
                        continue;
                    }
                    let position = c
                        .get("latitude")
                        .and_then(Value::as_f64)
                        .zip(c.get("longitude").and_then(Value::as_f64));
                    setup.communes.push(ChosenCommune {
                        code: text_of(c.get("code_insee")),
                        name,
                        postcodes: text_of(c.get("code_postal"))
                            .split_whitespace()
                            .map(str::to_owned)
                            .collect(),
                        position,
                    });
                }
                if let Some(contact) = root.get("structure") {
                    setup.contact = ContactForm::from_json(contact);
                }
                setup.help_line = root.get("aide_nationale").cloned();
            }
        }
        if let Some(text) = &files.catalog.places {
            setup.places = read_published_places(text.as_bytes()).ok();
        }
        if let Some(text) = &files.catalog.workshops {
            setup.workshops = json_list(WORKSHOPS_FILE, text, "ateliers", &mut ignored)
                .iter()
                .map(WorkshopForm::from_json)
                .collect();
        }
        if let Some(text) = &files.catalog.partners {
            setup.partners = json_list(PARTNERS_FILE, text, "partenaires", &mut ignored);
        }
        setup
    }

    /// Puts the partners of a new import of data·inclusion in place of the last
    /// import's. The partners typed by hand and the national ones stay; with no
    /// partners file yet, the national ones Repère knows are written in first, so that
    /// the file holds them all.
    pub fn replace_imported_partners(&mut self, entries: Vec<Value>) {
        if self.partners.is_empty() {
            self.partners = national_partner_entries();
        }
        self.partners.retain(|p| !is_imported(p));
        self.partners.extend(entries);
    }

    /// Adds a partner typed by hand, with an id no other partner has; its index.
    pub fn add_partner(&mut self) -> usize {
        if self.partners.is_empty() {
            self.partners = national_partner_entries();
        }
        let ids: Vec<&str> = self
            .partners
            .iter()
            .filter_map(|p| p["id"].as_str())
            .collect();
        let id = (1..)
            .map(|n| format!("partenaire-{n}"))
            .find(|id| !ids.contains(&id.as_str()))
            .unwrap_or_default();
        self.partners
            .push(serde_json::json!({ "id": id, "nom": "", "source": "" }));
        self.partners.len() - 1
    }

    /// The places' keys, to recognise a partner that is one of them.
    pub fn place_keys(&self) -> Vec<PlaceKey> {
        self.places.as_ref().map(PlaceKey::of).unwrap_or_default()
    }

    /// The ids and names of the places, for the workshops' and partners' choices.
    pub fn place_choices(&self) -> Vec<(String, String)> {
        self.places
            .as_ref()
            .map(|p| {
                p.places
                    .iter()
                    .map(|p| (p.id.clone(), format!("{} ({})", p.name, p.commune)))
                    .collect()
            })
            .unwrap_or_default()
    }
}
