//! The published `lieux.csv` checked against the national standard's own Table Schema
//! (`tests/samples/schema-lieux-mediation-numerique.json`, v1.0.2, the file the
//! standard publishes), the way its validator (`frictionless`) reads it: the header is
//! exactly the schema's fields in order, a required field is never empty, `id` is
//! unique, and each value has its field's type (number, date), pattern and length.

use super::file::places_csv;
use super::import::{import_places, read_published_places, PlacesImport};
use crate::catalog::read::csv::records;
use crate::space::commune::ChosenCommune;
use serde_json::Value;
use std::collections::HashSet;

const SCHEMA: &str =
    include_str!("../../../../../tests/samples/schema-lieux-mediation-numerique.json");

/// Every error the schema finds in `csv`, one line each (« row 3, telephone: … »).
pub fn schema_errors(csv: &str) -> Vec<String> {
    let schema: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    let fields = schema["fields"].as_array().expect("fields");
    let table = records(csv);
    let mut errors = Vec::new();
    let names: Vec<&str> = fields
        .iter()
        .map(|f| f["name"].as_str().unwrap_or(""))
        .collect();
    let header: Vec<&str> = table[0].fields.iter().map(String::as_str).collect();
    if header != names {
        errors.push(format!("header: {header:?} is not {names:?}"));
    }
    let mut ids = HashSet::new();
    for row in &table[1..] {
        if row.fields.len() != fields.len() {
            errors.push(format!("row {}: {} cells", row.line, row.fields.len()));
            continue;
        }
        for (field, value) in fields.iter().zip(&row.fields) {
            let name = field["name"].as_str().unwrap_or("");
            let c = &field["constraints"];
            let mut error =
                |what: String| errors.push(format!("row {}, {name}: {what} « {value} »", row.line));
            if value.is_empty() {
                if c["required"] == true {
                    error("required".into());
                }
                continue;
            }
            match field["type"].as_str() {
                Some("number") if value.parse::<f64>().is_err() => error("not a number".into()),
                Some("date") if !is_date(value) => error("not a date".into()),
                _ => {}
            }
            if let Some(pattern) = c["pattern"].as_str() {
                let re = regex::Regex::new(&format!("^(?:{pattern})$")).expect("a pattern");
                if !re.is_match(value) {
                    error(format!("does not match {pattern}"));
                }
            }
            if let Some(max) = c["maxLength"].as_u64() {
                if value.chars().count() as u64 > max {
                    error(format!("longer than {max}"));
                }
            }
            if c["unique"] == true && !ids.insert(value.clone()) {
                error("not unique".into());
            }
        }
    }
    errors
}

fn is_date(value: &str) -> bool {
    let b = value.as_bytes();
    value.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && value
            .split('-')
            .all(|p| p.bytes().all(|c| c.is_ascii_digit()))
        && (1..=12).contains(&value[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&value[8..].parse::<u8>().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEPARTEMENT: &[u8] = include_bytes!("../../../../../tests/samples/lieux-79-export.csv");
    const SHIPPED: &[u8] = include_bytes!("../../../../../public/catalog/lieux.csv");
    const EXAMPLE: &[u8] =
        include_bytes!("../../../../../tests/samples/lieux-exemple-national.csv");

    fn whole_departement() -> Vec<ChosenCommune> {
        // Every commune the sample names, as a structure of the whole département would
        // have them.
        crate::space::commune::communes(&[
            ("79202", "Parthenay", "79200"),
            ("79080", "Châtillon-sur-Thouet", "79200"),
            ("79213", "Pompaire", "79200"),
            ("79311", "Secondigny", "79130"),
            ("79326", "Thénezay", "79390"),
            ("79339", "Vasles", "79340"),
            ("79191", "Niort", "79000"),
            ("79049", "Bressuire", "79300"),
            ("79329", "Thouars", "79100"),
        ])
    }

    fn published(import: &PlacesImport) -> String {
        places_csv(&import.columns, &import.rows)
    }

    #[test]
    fn the_validator_finds_what_the_standard_refuses() {
        let header = super::super::file::STANDARD_COLUMNS.join(",");
        let mut cells = vec![""; 32];
        cells[0] = "a";
        cells[11] = "'+33549000000";
        let errors = schema_errors(&format!("{header}\n{}\n", cells.join(",")));
        for expected in [
            "pivot: required",
            "nom: required",
            "telephone: does not match",
            "date_maj: required",
        ] {
            assert!(
                errors.iter().any(|e| e.contains(expected)),
                "{expected} not in {errors:#?}"
            );
        }
        assert!(schema_errors("id,nom\n")
            .iter()
            .any(|e| e.starts_with("header")));
    }

    #[test]
    fn a_realistic_import_publishes_a_file_the_national_schema_accepts() {
        let import = import_places(DEPARTEMENT, &whole_departement(), None).unwrap();
        assert!(import.places.len() >= 9, "{}", import.places.len());
        let csv = published(&import);
        // What the export itself left empty and the standard requires (an address) is
        // the only thing the schema can still find: the import said it, row by row, for
        // the structure to complete at the source. Nothing Repère writes is refused.
        for error in schema_errors(&csv) {
            let (row, field) = error_place(&error);
            let said = import.problems.iter().any(|p| {
                p.line == Some(row)
                    && p.field.as_deref() == Some(field)
                    && p.detail.contains("à compléter")
            });
            assert!(error.contains(": required"), "{error}\n{csv}");
            assert!(said, "{error} was not said at the import");
        }
        // Negative longitudes and phones are written as numbers, not guarded as text;
        // a postal code that is not one takes its commune's.
        assert!(csv.contains(",\"-0.2466\","), "{csv}");
        assert!(csv.contains("\"+33549000001\""), "{csv}");
        assert!(csv.contains("\"Vasles\",\"79340\""), "{csv}");
        // A formula in a name stays guarded.
        assert!(csv.contains("\"'=HYPERLINK("), "{csv}");
    }

    /// The row of the source file and the field of « row 8, adresse: … ».
    fn error_place(error: &str) -> (usize, &str) {
        let rest = error.strip_prefix("row ").unwrap();
        let (row, rest) = rest.split_once(", ").unwrap();
        (row.parse().unwrap(), rest.split_once(':').unwrap().0)
    }

    #[test]
    fn a_complete_export_publishes_with_no_error_and_reads_back_the_same() {
        let import = read_published_places(EXAMPLE).unwrap();
        let csv = published(&import);
        assert_eq!(schema_errors(&csv), Vec::<String>::new(), "{csv}");
        let again = read_published_places(csv.as_bytes()).unwrap();
        assert_eq!(again.places, import.places);
        assert_eq!(published(&again), csv, "written twice, the same file");
    }

    #[test]
    fn the_shipped_example_lacks_only_what_the_structure_must_complete() {
        // The example deployment's places have no address nor date on purpose (« à
        // compléter ») and no SIRET: everything else is as the standard writes it.
        let csv = published(&read_published_places(SHIPPED).unwrap());
        for error in schema_errors(&csv) {
            assert!(
                error.contains("adresse: required") || error.contains("date_maj: required"),
                "{error}"
            );
        }
    }
}
