//! The catalog the deploying structure edits without rebuilding, in `public/catalog/`:
//! places in the national CSV format of places of digital mediation, workshops,
//! national partners and the territory (communes, the structure's contact, the national
//! help line). Every file comes from outside the app: parsing keeps what is valid,
//! lists every problem by file, line and field, and never fails.

pub mod links;
pub mod opening_hours;
pub mod partner;
pub mod place;
pub mod problem;
pub mod read;
pub mod territory;
pub mod vocabulary;
pub mod workshop;

use partner::Partner;
use place::Place;
use problem::CatalogProblem;
use territory::Territory;
use workshop::Workshop;

/// The file names, in `public/catalog/`.
pub const PLACES_FILE: &str = "lieux.csv";
pub const WORKSHOPS_FILE: &str = "ateliers.json";
pub const PARTNERS_FILE: &str = "partenaires.json";
pub const TERRITORY_FILE: &str = "territoire.json";

/// Where a catalog file is served and published, beside `index.html`: `catalog/lieux.csv`.
/// The one place that says so.
pub fn file_path(name: &str) -> String {
    format!("catalog/{name}")
}

/// The largest catalog file accepted (a region's export is about 1 MB; the whole
/// country's is about 10 MB and is refused, with a message, rather than freezing an old PC).
pub const MAX_FILE_BYTES: usize = 6 * 1024 * 1024;

/// Everything the recommendations draw on.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    pub places: Vec<Place>,
    pub workshops: Vec<Workshop>,
    pub partners: Vec<Partner>,
    pub territory: Territory,
    pub problems: Vec<CatalogProblem>,
}

/// The text of each catalog file, `None` when it could not be fetched.
#[derive(Clone, Debug, Default)]
pub struct CatalogFiles {
    pub places: Option<String>,
    pub workshops: Option<String>,
    pub partners: Option<String>,
    pub territory: Option<String>,
}

impl Catalog {
    /// Reads the four files. A missing or refused file gives a problem and an empty part
    /// (the partners and the territory fall back to the built-in national ones).
    pub fn load(files: &CatalogFiles) -> Self {
        let mut problems = Vec::new();
        let mut text = |name: &'static str, content: &Option<String>| -> Option<String> {
            match content {
                None => {
                    problems.push(CatalogProblem::missing_file(name));
                    None
                }
                Some(t) if t.len() > MAX_FILE_BYTES => {
                    problems.push(CatalogProblem::too_large(name, t.len()));
                    None
                }
                Some(t) => Some(t.clone()),
            }
        };
        let places_text = text(PLACES_FILE, &files.places);
        let workshops_text = text(WORKSHOPS_FILE, &files.workshops);
        let partners_text = text(PARTNERS_FILE, &files.partners);
        let territory_text = text(TERRITORY_FILE, &files.territory);

        let places = places_text
            .map(|t| place::parse_places(&t, &mut problems))
            .unwrap_or_default();
        let workshops = workshops_text
            .map(|t| workshop::parse_workshops(&t, &mut problems))
            .unwrap_or_default();
        let mut partners = partners_text
            .map(|t| partner::parse_partners(&t, &mut problems))
            .filter(|p| !p.is_empty())
            .unwrap_or_else(partner::built_in_partners);
        // The national partners stay the fallback of every démarche the file has no
        // partner for (a structure may have removed them, or listed only its own).
        for national in partner::built_in_partners() {
            let covered = national.organisme.is_empty()
                || partners.iter().any(|p| p.organisme == national.organisme);
            if !covered {
                partners.push(national);
            }
        }
        let territory = territory_text
            .map(|t| territory::parse_territory(&t, &mut problems))
            .unwrap_or_else(territory::built_in_territory);

        for partner in partners.iter().filter(|p| p.to_verify) {
            problems.push(CatalogProblem::field(
                PARTNERS_FILE,
                None,
                "a_verifier",
                format!("partenaire « {} » : coordonnées nationales publiques, à vérifier par la structure", partner.id),
            ));
        }
        if territory.help_line.to_verify {
            problems.push(CatalogProblem::field(
                TERRITORY_FILE,
                None,
                "aide_nationale",
                "numéro national public, à vérifier par la structure",
            ));
        }
        let mut catalog = Self {
            places,
            workshops,
            partners,
            territory,
            problems,
        };
        catalog.check_references();
        catalog
    }

    /// Workshops and partners that name a place the places file does not have.
    fn check_references(&mut self) {
        let ids: std::collections::BTreeSet<String> =
            self.places.iter().map(|p| p.id.clone()).collect();
        for w in &mut self.workshops {
            if !w.place.is_empty() && !ids.contains(&w.place) {
                self.problems.push(CatalogProblem::field(
                    WORKSHOPS_FILE,
                    None,
                    "lieu",
                    format!(
                        "l'atelier « {} » cite le lieu « {} », absent de {PLACES_FILE}",
                        w.title, w.place
                    ),
                ));
                w.place.clear();
            }
        }
        for p in &mut self.partners {
            if let Some(place) = &p.place {
                if !ids.contains(place) {
                    self.problems.push(CatalogProblem::field(
                        PARTNERS_FILE,
                        None,
                        "lieu",
                        format!("le partenaire « {} » cite le lieu « {place} », absent de {PLACES_FILE}", p.name),
                    ));
                    p.place = None;
                }
            }
        }
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }
}

/// The example catalog shipped in `public/catalog/` (Parthenay-Gâtine), for tests.
#[cfg(test)]
pub fn shipped_catalog() -> Catalog {
    Catalog::load(&CatalogFiles {
        places: Some(include_str!("../../../../public/catalog/lieux.csv").into()),
        workshops: Some(include_str!("../../../../public/catalog/ateliers.json").into()),
        partners: Some(include_str!("../../../../public/catalog/partenaires.json").into()),
        territory: Some(include_str!("../../../../public/catalog/territoire.json").into()),
    })
}
