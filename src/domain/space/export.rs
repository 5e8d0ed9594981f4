//! The files the space publishes, from a [`Setup`]: `config.json` and the four files of
//! `catalog/`, exactly as Repère reads them. The places are written in the national CSV
//! format (`,`, every field quoted, UTF-8); a cell that a spreadsheet would run as a
//! formula (`=HYPERLINK(…)`, `+…`, `-…`, `@…`) is written with a leading apostrophe, so
//! that it stays text, and Repère reads it back without it.

use super::setup::Setup;
use crate::domain::catalog::read::csv::Record;
use crate::domain::catalog::{PARTNERS_FILE, PLACES_FILE, TERRITORY_FILE, WORKSHOPS_FILE};
use crate::domain::site::config::CONFIG_FILE;
use serde_json::{json, Value};

/// The columns of the national standard (v1.0.x), in its order.
pub const STANDARD_COLUMNS: &[&str] = &[
    "id",
    "pivot",
    "nom",
    "commune",
    "code_postal",
    "code_insee",
    "adresse",
    "complement_adresse",
    "latitude",
    "longitude",
    "typologie",
    "telephone",
    "courriels",
    "site_web",
    "horaires",
    "presentation_resume",
    "presentation_detail",
    "source",
    "itinerance",
    "structure_parente",
    "date_maj",
    "services",
    "publics_specifiquement_adresses",
    "prise_en_charge_specifique",
    "frais_a_charge",
    "dispositif_programmes_nationaux",
    "formations_labels",
    "autres_formations_labels",
    "modalites_acces",
    "modalites_accompagnement",
    "fiche_acces_libre",
    "prise_rdv",
];

/// One published file: its path beside `index.html` and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileOut {
    pub path: String,
    pub text: String,
}

/// Every file to publish, `config.json` first.
pub fn published_files(setup: &Setup) -> Vec<FileOut> {
    let pretty = |v: &Value| serde_json::to_string_pretty(v).unwrap_or_default() + "\n";
    let mut files = vec![FileOut {
        path: CONFIG_FILE.into(),
        text: pretty(&setup.settings.to_json()),
    }];
    let (columns, rows) = setup
        .places
        .as_ref()
        .map(|p| (p.columns.as_slice(), p.rows.as_slice()))
        .unwrap_or_default();
    files.push(FileOut {
        path: format!("catalog/{PLACES_FILE}"),
        text: places_csv(columns, rows),
    });
    files.push(FileOut {
        path: format!("catalog/{WORKSHOPS_FILE}"),
        text: pretty(&json!({
            "ateliers": setup.workshops.iter().map(|w| w.to_json()).collect::<Vec<_>>()
        })),
    });
    if !setup.partners.is_empty() {
        files.push(FileOut {
            path: format!("catalog/{PARTNERS_FILE}"),
            text: pretty(&json!({ "partenaires": setup.partners })),
        });
    }
    files.push(FileOut {
        path: format!("catalog/{TERRITORY_FILE}"),
        text: pretty(&territory_json(setup)),
    });
    files
}

fn territory_json(setup: &Setup) -> Value {
    let communes: Vec<Value> = setup
        .communes
        .iter()
        .map(|c| {
            let mut v = json!({ "nom": c.name, "code_postal": c.postcodes.join(" "), "code_insee": c.code });
            if let Some((lat, lon)) = c.position {
                // A hundredth of a degree (about 1 km) is enough to rank places.
                v["latitude"] = json!((lat * 100.0).round() / 100.0);
                v["longitude"] = json!((lon * 100.0).round() / 100.0);
            }
            v
        })
        .collect();
    let mut root = json!({
        "nom": setup.territory_name,
        "communes": communes,
        "structure": setup.contact.to_json(),
    });
    if let Some(help) = &setup.help_line {
        root["aide_nationale"] = help.clone();
    }
    root
}

/// The places in the national CSV format: the standard's columns in its order, then any
/// other column the file had.
pub fn places_csv(columns: &[String], rows: &[Record]) -> String {
    let mut out = String::new();
    let header: Vec<&str> = STANDARD_COLUMNS
        .iter()
        .copied()
        .chain(
            columns
                .iter()
                .map(String::as_str)
                .filter(|c| !STANDARD_COLUMNS.contains(c)),
        )
        .collect();
    write_row(&mut out, header.iter().copied());
    for row in rows {
        let cell = |name: &str| {
            columns
                .iter()
                .position(|c| c == name)
                .and_then(|i| row.fields.get(i))
                .map_or("", String::as_str)
        };
        write_row(&mut out, header.iter().map(|name| cell(name)));
    }
    out
}

fn write_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('"');
        if cell.starts_with(['=', '+', '-', '@']) {
            out.push('\'');
        }
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    }
    out.push('\n');
}

/// « What to upload where », in plain words, for the person who publishes.
pub const UPLOAD_HELP: &str = "Envoyez ces fichiers sur le serveur où Repère est installé, à la place des anciens : config.json à côté de index.html, et les fichiers lieux.csv, ateliers.json, partenaires.json et territoire.json dans le dossier catalog. L'archive contient les mêmes fichiers, déjà rangés : décompressez-la dans le dossier de Repère. Au prochain chargement, chaque poste et chaque borne utilise les nouveaux fichiers.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_formula_stays_text_and_reads_back_as_written() {
        let columns: Vec<String> = ["id", "nom", "commune", "site_web", "telephone"]
            .map(String::from)
            .into();
        let rows = vec![Record {
            line: 2,
            fields: [
                "a",
                "=HYPERLINK(\"http://x\")",
                "Parthenay",
                "https://exemple.fr",
                "+33 5 49 00 00 00",
            ]
            .map(String::from)
            .into(),
        }];
        let csv = places_csv(&columns, &rows);
        assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{csv}");
        let mut problems = Vec::new();
        let places = crate::domain::catalog::place::parse_places(&csv, &mut problems);
        assert_eq!(places[0].name, "=HYPERLINK(\"http://x\")");
        assert_eq!(places[0].phone.as_deref(), Some("05 49 00 00 00"));
    }
}
