//! The official list of French communes, intercommunalités (EPCI) and départements, from
//! the State's administrative division (`@etalab/decoupage-administratif`, Licence
//! Ouverte), in the compact file `scripts/official-list.mjs` writes at build time
//! (`espace/communes.json`, fetched by the structure's space only):
//!
//! ```json
//! {"source": "…", "departements": [["79", "Deux-Sèvres"]],
//!  "epci": [["200041333", "CC de Parthenay-Gâtine", ["79202", "79080"]]],
//!  "communes": [["79202", "Parthenay", "79200"]]}
//! ```
//!
//! A commune's postal codes are separated by spaces; its département is the start of
//! its code.

use serde::Deserialize;

/// The file's name, beside the app.
pub const OFFICIAL_LIST_FILE: &str = "espace/communes.json";

#[derive(Clone, Debug, PartialEq)]
pub struct OfficialCommune {
    /// The INSEE code (« 79202 »).
    pub code: String,
    pub name: String,
    pub postcodes: Vec<String>,
}

impl OfficialCommune {
    /// The département's code: three digits overseas (« 971 »), else two (« 79 », « 2A »).
    pub fn departement(&self) -> &str {
        let n = if self.code.starts_with("97") { 3 } else { 2 };
        self.code.get(..n).unwrap_or_default()
    }
}

/// An intercommunalité and the codes of its member communes.
#[derive(Clone, Debug, PartialEq)]
pub struct Epci {
    pub code: String,
    pub name: String,
    pub members: Vec<String>,
}

/// What a search finds: a whole area, or one commune.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    Epci {
        code: String,
        name: String,
        communes: usize,
    },
    Departement {
        code: String,
        name: String,
        communes: usize,
    },
    Commune {
        code: String,
        name: String,
        postcodes: String,
    },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct OfficialList {
    pub source: String,
    pub departements: Vec<(String, String)>,
    pub epcis: Vec<Epci>,
    /// Sorted by code.
    pub communes: Vec<OfficialCommune>,
}

#[derive(Deserialize)]
struct RawList {
    #[serde(default)]
    source: String,
    departements: Vec<(String, String)>,
    epci: Vec<(String, String, Vec<String>)>,
    communes: Vec<(String, String, String)>,
}

/// Most results a search lists (a search box, not a catalogue).
const MAX_FOUND: usize = 12;

impl OfficialList {
    /// Reads the compact file; `None` when it is not one.
    pub fn parse(text: &str) -> Option<Self> {
        let raw: RawList = serde_json::from_str(text).ok()?;
        let mut communes: Vec<OfficialCommune> = raw
            .communes
            .into_iter()
            .map(|(code, name, postcodes)| OfficialCommune {
                code,
                name,
                postcodes: postcodes.split_whitespace().map(str::to_owned).collect(),
            })
            .collect();
        communes.sort_by(|a, b| a.code.cmp(&b.code));
        Some(Self {
            source: raw.source,
            departements: raw.departements,
            epcis: raw
                .epci
                .into_iter()
                .map(|(code, name, members)| Epci {
                    code,
                    name,
                    members,
                })
                .collect(),
            communes,
        })
    }

    pub fn commune(&self, code: &str) -> Option<&OfficialCommune> {
        self.communes
            .binary_search_by(|c| c.code.as_str().cmp(code))
            .ok()
            .map(|i| &self.communes[i])
    }

    /// The communes of an EPCI, by its code.
    pub fn communes_of_epci(&self, code: &str) -> Vec<&OfficialCommune> {
        self.epcis
            .iter()
            .find(|e| e.code == code)
            .map(|e| e.members.iter().filter_map(|m| self.commune(m)).collect())
            .unwrap_or_default()
    }

    /// The communes of a département, by its code.
    pub fn communes_of_departement(&self, code: &str) -> Vec<&OfficialCommune> {
        self.communes
            .iter()
            .filter(|c| c.departement() == code)
            .collect()
    }

    /// The communes that have `postcode`, anywhere in France.
    pub fn communes_with_postcode<'a>(
        &'a self,
        postcode: &'a str,
    ) -> impl Iterator<Item = &'a OfficialCommune> + 'a {
        self.communes
            .iter()
            .filter(move |c| c.postcodes.iter().any(|p| p == postcode))
    }

    /// What `query` names: EPCIs, départements and communes whose name holds its words
    /// (accents, case and hyphens aside), or whose code or postal code it is. Areas first.
    pub fn search(&self, query: &str) -> Vec<Found> {
        let words: Vec<String> = name_key(query)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        if words.is_empty() {
            return Vec::new();
        }
        let digits = query.trim();
        let matches = |name: &str| {
            let key = name_key(name);
            words
                .iter()
                .all(|w| key.split(' ').any(|k| k.starts_with(w.as_str())))
        };
        let mut found = Vec::new();
        for (code, name) in &self.departements {
            if code == digits || matches(name) {
                found.push(Found::Departement {
                    code: code.clone(),
                    name: name.clone(),
                    communes: self.communes_of_departement(code).len(),
                });
            }
        }
        for e in &self.epcis {
            if e.code == digits || matches(&e.name) {
                found.push(Found::Epci {
                    code: e.code.clone(),
                    name: e.name.clone(),
                    communes: e.members.len(),
                });
            }
        }
        for c in &self.communes {
            if found.len() >= MAX_FOUND * 2 {
                break;
            }
            if c.code == digits || c.postcodes.iter().any(|p| p == digits) || matches(&c.name) {
                found.push(Found::Commune {
                    code: c.code.clone(),
                    name: c.name.clone(),
                    postcodes: c.postcodes.join(", "),
                });
            }
        }
        found.truncate(MAX_FOUND);
        found
    }
}

/// A name as it is compared: lower case, without accents, every run of what is not a
/// letter or a digit as one space, « st »/« ste » as « saint »/« sainte ».
/// « SAINT-AUBIN-LE-CLOUD », « St Aubin le Cloud » and « Saint-Aubin-le-Cloud » are one.
pub fn name_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à' | 'â' | 'ä' | 'á' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            'ÿ' => 'y',
            'œ' => {
                out.push_str("oe");
                continue;
            }
            'æ' => {
                out.push_str("ae");
                continue;
            }
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        out.push(plain);
    }
    out.split_whitespace()
        .map(|w| match w {
            "st" => "saint",
            "ste" => "sainte",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
pub(crate) fn sample_list() -> OfficialList {
    OfficialList::parse(
        r#"{"source":"test","departements":[["79","Deux-Sèvres"],["86","Vienne"]],
        "epci":[["200041333","CC de Parthenay-Gâtine",["79202","79080","79235"]],["200069755","CA du Niortais",["79191"]]],
        "communes":[["79202","Parthenay","79200"],["79080","Châtillon-sur-Thouet","79200"],
        ["79235","Saint-Aubin-le-Cloud","79450"],["79191","Niort","79000"],["86194","Poitiers","86000"]]}"#,
    )
    .expect("the sample list parses")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_epci_or_a_departement_gives_its_communes() {
        let list = sample_list();
        let names =
            |cs: Vec<&OfficialCommune>| cs.into_iter().map(|c| c.name.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(list.communes_of_epci("200041333")),
            ["Parthenay", "Châtillon-sur-Thouet", "Saint-Aubin-le-Cloud"]
        );
        assert_eq!(names(list.communes_of_departement("79")).len(), 4);
        assert_eq!(
            list.commune("86194").map(OfficialCommune::departement),
            Some("86")
        );
    }

    #[test]
    fn a_search_finds_areas_first_whatever_the_accents_and_case() {
        let list = sample_list();
        let found = list.search("parthenay gatine");
        assert!(
            matches!(&found[0], Found::Epci { name, communes: 3, .. } if name == "CC de Parthenay-Gâtine")
        );
        assert!(
            matches!(&list.search("deux sevres")[0], Found::Departement { code, .. } if code == "79")
        );
        assert!(
            matches!(&list.search("79450")[0], Found::Commune { name, .. } if name == "Saint-Aubin-le-Cloud")
        );
        assert!(list.search("  ").is_empty());
    }

    #[test]
    fn names_compare_without_accents_hyphens_or_abbreviations() {
        assert_eq!(
            name_key("SAINT-AUBIN-LE-CLOUD"),
            name_key("St Aubin le Cloud")
        );
        assert_eq!(name_key("Châtillon-sur-Thouet"), "chatillon sur thouet");
    }

    #[test]
    fn a_file_that_is_not_the_list_is_refused() {
        assert!(OfficialList::parse("[]").is_none());
        assert!(OfficialList::parse("{\"departements\":[]}").is_none());
    }
}
