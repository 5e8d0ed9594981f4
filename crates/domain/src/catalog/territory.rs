//! The territory: its communes with coordinates (so that distances are computed without
//! any network), the deploying structure's own contact, and the national help line.

use super::links::{phone_for_display, SafeLink};
use super::problem::CatalogProblem;
use super::TERRITORY_FILE;
use serde::Deserialize;

/// A commune of the territory. Its coordinates (the centre of the bourg, or of its
/// places) only rank places by distance: without them, places in the same commune and
/// with the same postal code still come first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Commune {
    pub name: String,
    pub postcode: String,
    /// The INSEE code (« 79202 »), empty when not given.
    pub code: String,
    pub position: Option<(f64, f64)>,
}

/// Someone to contact: the structure, or the national help line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contact {
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: String,
    pub website: Option<SafeLink>,
    /// A place of the places file where it receives people.
    pub place: Option<String>,
    pub to_verify: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Territory {
    pub name: String,
    pub communes: Vec<Commune>,
    pub structure: Contact,
    pub help_line: Contact,
}

impl Territory {
    pub fn commune(&self, name: &str) -> Option<&Commune> {
        let wanted = name.trim().to_lowercase();
        self.communes
            .iter()
            .find(|c| c.name.to_lowercase() == wanted)
    }
}

#[derive(Deserialize)]
struct RawTerritory {
    #[serde(default)]
    nom: String,
    #[serde(default)]
    communes: Vec<serde_json::Value>,
    #[serde(default)]
    structure: RawContact,
    #[serde(default)]
    aide_nationale: RawContact,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawContact {
    nom: String,
    telephone: String,
    courriel: String,
    adresse: String,
    site_web: String,
    lieu: String,
    a_verifier: bool,
}

#[derive(Deserialize)]
struct RawCommune {
    nom: String,
    #[serde(default)]
    code_postal: String,
    #[serde(default)]
    code_insee: String,
    latitude: Option<f64>,
    longitude: Option<f64>,
}

fn contact(raw: RawContact, field: &str, problems: &mut Vec<CatalogProblem>) -> Contact {
    let phone = phone_for_display(&raw.telephone);
    if phone.is_none() && !raw.telephone.trim().is_empty() {
        problems.push(CatalogProblem::field(
            TERRITORY_FILE,
            None,
            field,
            format!("« {} » n'est pas un numéro : ignoré", raw.telephone),
        ));
    }
    let email = super::partner::desk::email(&raw.courriel);
    Contact {
        name: raw.nom,
        phone,
        email,
        address: raw.adresse,
        website: SafeLink::parse(&raw.site_web),
        place: (!raw.lieu.trim().is_empty()).then_some(raw.lieu),
        to_verify: raw.a_verifier,
    }
}

pub fn parse_territory(text: &str, problems: &mut Vec<CatalogProblem>) -> Territory {
    let raw: RawTerritory =
        match serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(text)) {
            Ok(raw) => raw,
            Err(e) => {
                problems.push(CatalogProblem::file(
                    TERRITORY_FILE,
                    format!("fichier ignoré : {e}"),
                ));
                return built_in_territory();
            }
        };
    let mut communes = Vec::new();
    for (index, entry) in raw.communes.into_iter().enumerate() {
        match serde_json::from_value::<RawCommune>(entry) {
            Ok(c) if !c.nom.trim().is_empty() => {
                let position = match (c.latitude, c.longitude) {
                    (Some(lat), Some(lon)) if lat.abs() <= 90.0 && lon.abs() <= 180.0 => {
                        Some((lat, lon))
                    }
                    (None, None) => None,
                    _ => {
                        problems.push(CatalogProblem::field(
                            TERRITORY_FILE,
                            None,
                            "communes",
                            format!("commune « {} » : coordonnées incomplètes ou hors limites, ignorées", c.nom.trim()),
                        ));
                        None
                    }
                };
                communes.push(Commune {
                    name: c.nom.trim().to_owned(),
                    postcode: c.code_postal,
                    code: c.code_insee,
                    position,
                });
            }
            _ => problems.push(CatalogProblem::field(
                TERRITORY_FILE,
                None,
                "communes",
                format!(
                    "commune n° {} ignorée : il faut au moins son nom",
                    index + 1
                ),
            )),
        }
    }
    communes.sort_by(|a, b| a.name.cmp(&b.name));
    let mut help_line = contact(raw.aide_nationale, "aide_nationale", problems);
    if help_line.name.is_empty() {
        help_line = built_in_territory().help_line;
    }
    Territory {
        name: raw.nom,
        communes,
        structure: contact(raw.structure, "structure", problems),
        help_line,
    }
}

/// The national help line from the reference, used when the file cannot be read.
pub fn built_in_territory() -> Territory {
    Territory {
        help_line: Contact {
            name: "Solidarité Numérique".into(),
            phone: phone_for_display("01 70 772 372"),
            to_verify: true,
            ..Contact::default()
        },
        ..Territory::default()
    }
}
