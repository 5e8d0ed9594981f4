//! The places file in the national CSV format, as the space writes it (`,`, every field
//! quoted, UTF-8, the standard's columns in its order); a cell that a spreadsheet would
//! run as a formula (`=HYPERLINK(…)`, `+…`, `-…`, `@…`) is written with a leading
//! apostrophe, so that it stays text, and Repère reads it back without it
//! ([`super::import::read_published_places`]).

use crate::catalog::read::csv::Record;

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
        let places = crate::catalog::place::parse_places(&csv, &mut problems);
        assert_eq!(places[0].name, "=HYPERLINK(\"http://x\")");
        assert_eq!(places[0].phone.as_deref(), Some("05 49 00 00 00"));
    }
}
