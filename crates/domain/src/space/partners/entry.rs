//! One partner of `partenaires.json` from a structure of data·inclusion and its
//! services: what a resident needs at the desk (name, network, address, hours, phone,
//! e-mail, link, how to go, for whom, free or not, remote or in person), each value
//! checked as Repère will read it (a value it would refuse is named with its row and
//! left out), and the démarches of the national partner of the same organisme lent to
//! it. A partner that is one of the territory's places is shown once.

use super::networks::{needs_of_thematique, network_of};
use super::record::Row;
use super::{SERVICES_FILE, STRUCTURES_FILE};
use crate::catalog::links::{phone_for_display, SafeLink};
use crate::catalog::opening_hours::OpeningHours;
use crate::catalog::partner::desk::{self, FEES, PUBLICS, RECEPTION, WAYS};
use crate::catalog::partner::Partner;
use crate::catalog::place::commune_case;
use crate::catalog::problem::CatalogProblem;
use crate::space::official_list::name_key;
use crate::space::places::import::PlacesImport;
use serde_json::{json, Value};

/// A place of the territory, as a partner is compared with it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceKey {
    pub id: String,
    pub name: String,
    pub address: String,
    pub postcode: String,
    pub siret: String,
}

impl PlaceKey {
    /// The keys of the imported places (the SIRET is the standard's `pivot`).
    pub fn of(import: &PlacesImport) -> Vec<PlaceKey> {
        let pivot = import.columns.iter().position(|c| c == "pivot");
        import
            .places
            .iter()
            .map(|p| {
                let row = import.rows.iter().find(|r| r.line == p.line);
                let siret = pivot
                    .and_then(|i| row.and_then(|r| r.fields.get(i)))
                    .map_or("", |s| s.trim());
                PlaceKey {
                    id: p.id.clone(),
                    name: name_key(&p.name),
                    address: name_key(&p.address),
                    postcode: p.postcode.clone(),
                    siret: siret.to_owned(),
                }
            })
            .collect()
    }
}

/// A partner made, and whether it was tied to one of the places.
pub struct Made {
    pub value: Value,
    pub tied_to_place: bool,
}

/// The partner of structure `id` (`None` when one of the places already says it all).
pub fn entry(
    id: &str,
    structure: Option<&Row>,
    services: &[&Row],
    places: &[PlaceKey],
    national: &[Partner],
    problems: &mut Vec<CatalogProblem>,
) -> Option<Made> {
    // Where each value comes from: the services (the desks of the territory first),
    // then the structure.
    let sources: Vec<(&'static str, &Row)> = services
        .iter()
        .map(|r| (SERVICES_FILE, *r))
        .chain(structure.map(|r| (STRUCTURES_FILE, r)))
        .collect();
    let first = |field: &str| -> Option<(&'static str, &Row, &str)> {
        sources
            .iter()
            .find(|(_, r)| !r.text(field).is_empty())
            .map(|(f, r)| (*f, *r, r.text(field)))
    };
    let text = |field: &str| first(field).map_or("", |(_, _, v)| v).to_owned();
    let mut report = |file: &'static str, row: &Row, field: &str, detail: String| {
        problems.push(CatalogProblem::field(file, Some(row.line), field, detail));
    };
    let name = structure
        .map(|s| s.text("nom"))
        .filter(|n| !n.is_empty())
        .or_else(|| services.first().map(|s| s.text("nom")))
        .unwrap_or_default()
        .to_owned();
    let networks = structure
        .map(|s| s.list("reseaux_porteurs"))
        .unwrap_or_default();
    let network = network_of(networks.iter().map(String::as_str));

    let phone = match first("telephone") {
        Some((file, row, v)) => match phone_for_display(v) {
            Some(p) => p,
            None => {
                report(
                    file,
                    row,
                    "telephone",
                    format!("« {v} » n'est pas un numéro : ignoré"),
                );
                String::new()
            }
        },
        None => String::new(),
    };
    let email = match first("courriel") {
        Some((file, row, v)) => desk::email(v).unwrap_or_else(|| {
            report(
                file,
                row,
                "courriel",
                format!("« {v} » n'est pas une adresse e-mail : ignorée"),
            );
            String::new()
        }),
        None => String::new(),
    };
    let mut link = |field: &str, row: Option<&Row>, file: &'static str| -> String {
        let Some(row) = row else { return String::new() };
        let v = row.text(field);
        if v.is_empty() {
            return String::new();
        }
        match SafeLink::parse(v) {
            Some(l) if l.as_str().starts_with("http") => l.as_str().to_owned(),
            _ => {
                report(
                    file,
                    row,
                    field,
                    format!("« {v} » n'est pas un lien http(s) : ignoré"),
                );
                String::new()
            }
        }
    };
    let website = link("site_web", structure, STRUCTURES_FILE);
    let booking = services
        .iter()
        .find(|s| !s.text("lien_mobilisation").is_empty())
        .map(|s| link("lien_mobilisation", Some(s), SERVICES_FILE))
        .unwrap_or_default();
    let hours = text("horaires_accueil");
    if let Some((file, row, v)) = first("horaires_accueil") {
        if OpeningHours::parse(v).is_none() {
            report(
                file,
                row,
                "horaires_accueil",
                format!("« {v} » n'est pas compris : affiché tel quel"),
            );
        }
    }
    let mut listed = |field: &str, allowed: &[&str]| -> Vec<String> {
        let mut kept: Vec<String> = Vec::new();
        for row in services {
            for value in row.list(field) {
                if !allowed.contains(&value.as_str()) {
                    report(
                        SERVICES_FILE,
                        row,
                        field,
                        format!("« {value} » n'est pas une valeur de data·inclusion : ignorée"),
                    );
                } else if !kept.contains(&value) {
                    kept.push(value);
                }
            }
        }
        kept
    };
    let ways = listed("modes_mobilisation", WAYS);
    let publics = listed("publics", PUBLICS);
    let reception = listed("modes_accueil", RECEPTION);
    let fees = listed("frais", FEES);
    let frais = if fees.iter().any(|f| f == "gratuit") {
        "gratuit"
    } else if fees.iter().any(|f| f == "payant") {
        "payant"
    } else {
        ""
    };

    // What the person names, and what the national partner of that organisme handles.
    let organisme = network.map_or("", |n| n.organisme);
    let lender = (!organisme.is_empty())
        .then(|| {
            national
                .iter()
                .find(|p| p.organisme == organisme && !p.is_local())
        })
        .flatten();
    let mut needs: Vec<&str> = network.map(|n| n.needs.to_vec()).unwrap_or_default();
    for row in services {
        for t in row.list("thematiques") {
            for need in needs_of_thematique(&t) {
                if !needs.contains(need) {
                    needs.push(need);
                }
            }
        }
    }
    let mut demarches: Vec<String> = lender.map(|p| p.procedures.clone()).unwrap_or_default();
    for row in services {
        let n = row.text("nom");
        if !n.is_empty()
            && !demarches.iter().any(|d| d.eq_ignore_ascii_case(n))
            && demarches.len() < 6
        {
            demarches.push(n.to_owned());
        }
    }
    // No number of its own: the organisme's national line, where one can be reached.
    let phone = if phone.is_empty() {
        lender.and_then(|p| p.phone.clone()).unwrap_or_default()
    } else {
        phone
    };
    let (source, updated) = structure
        .or(services.first().copied())
        .map(|r| (r.text("source").to_owned(), r.text("date_maj").to_owned()))
        .unwrap_or_default();
    let siret = structure.map_or("", |s| s.text("siret")).to_owned();
    let (address, postcode, mut commune) = (text("adresse"), text("code_postal"), text("commune"));
    // « SECONDIGNY » as residents read it: « Secondigny ».
    if commune.chars().any(char::is_alphabetic) && !commune.chars().any(char::is_lowercase) {
        commune = commune_case(&commune);
    }

    let mut value = json!({
        "id": format!("di-{}", slug(id)),
        "nom": name,
        "organisme": organisme,
        "reseau": network.map_or("", |n| n.value),
        "demarches": demarches,
        "thematiques_demarches": lender.map(|p| p.thematiques.clone()).unwrap_or_default(),
        "besoins": needs,
        "demarches_qui_reviennent": lender.is_some_and(|p| p.recurring),
        "telephone": phone,
        "courriel": email,
        "site_web": website,
        "prise_rdv": booking,
        "adresse": address,
        "code_postal": postcode,
        "commune": commune,
        "horaires": hours,
        "modes_mobilisation": ways,
        "publics": publics,
        "frais": frais,
        "modes_accueil": reception,
        "siret": siret,
        "source": format!("data·inclusion ({}){}", if source.is_empty() { "source non dite" } else { &source }, if updated.is_empty() { String::new() } else { format!(", mis à jour le {updated}") }),
    });
    let position =
        first("latitude").and_then(|(_, r, _)| r.number("latitude").zip(r.number("longitude")));
    if let Some((lat, lon)) =
        position.filter(|(a, o)| (-90.0..=90.0).contains(a) && (-180.0..=180.0).contains(o))
    {
        value["latitude"] = json!(lat);
        value["longitude"] = json!(lon);
    }

    // Shown once: tied to the place it is, or left to the place when it adds nothing.
    let place = places.iter().find(|p| {
        let same_siret = siret.len() == 14 && siret != "00000000000000" && p.siret == siret;
        let same_desk = !p.address.is_empty()
            && p.name == name_key(value["nom"].as_str().unwrap_or_default())
            && p.address == name_key(&address)
            && p.postcode == postcode;
        same_siret || same_desk
    });
    let line = structure.or(services.first().copied()).map(|r| r.line);
    let file = if structure.is_some() {
        STRUCTURES_FILE
    } else {
        SERVICES_FILE
    };
    if let Some(place) = place {
        if network.is_none_or(|n| n.organisme.is_empty() && n.needs == ["basics"]) {
            problems.push(CatalogProblem::field(
                file,
                line,
                "nom",
                format!(
                    "« {} » est déjà parmi vos lieux (« {} ») : montré une fois, comme lieu",
                    value["nom"].as_str().unwrap_or_default(),
                    place.id
                ),
            ));
            return None;
        }
        problems.push(CatalogProblem::field(
            file,
            line,
            "nom",
            format!(
                "« {} » est aussi parmi vos lieux (« {} ») : relié à ce lieu",
                value["nom"].as_str().unwrap_or_default(),
                place.id
            ),
        ));
        value["lieu"] = json!(place.id);
        return Some(Made {
            value,
            tied_to_place: true,
        });
    }
    Some(Made {
        value,
        tied_to_place: false,
    })
}

/// An id safe in a file and a URL: letters, digits and `-`.
fn slug(id: &str) -> String {
    let s: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    s.trim_matches('-').chars().take(60).collect()
}
