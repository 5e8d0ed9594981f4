//! The places file in the national CSV format, as the space writes it: `,`, every field
//! quoted, UTF-8, exactly the standard's columns in its order (the national schema's
//! validator refuses any other), and each typed field written as the schema says —
//! numbers as numbers, phones as `+33…`, dates as `AAAA-MM-JJ`, the postcode's five
//! digits, the enumerations under their current names joined by `|`, a missing SIRET
//! as the standard's `00000000000000`. Only a free text that a spreadsheet would run as
//! a formula (`=HYPERLINK(…)`, `+…`, `-…`, `@…`) gets a leading apostrophe, so that it
//! stays text; Repère reads it back without it
//! ([`super::import::read_published_places`]).

use crate::catalog::place::postcode_of;
use crate::catalog::read::csv::Record;
use crate::catalog::vocabulary as v;

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

/// The SIRET the standard writes when a place has none.
pub const NO_SIRET: &str = "00000000000000";

/// The columns that are free text: the only ones a formula could hide in.
const FREE_TEXT: &[&str] = &[
    "id",
    "nom",
    "commune",
    "adresse",
    "complement_adresse",
    "typologie",
    "courriels",
    "site_web",
    "horaires",
    "presentation_resume",
    "presentation_detail",
    "source",
    "structure_parente",
    "autres_formations_labels",
    "fiche_acces_libre",
    "prise_rdv",
];

/// The enumerated columns and their values.
fn enumeration(column: &str) -> Option<&'static [&'static str]> {
    Some(match column {
        "itinerance" => v::ROAMING,
        "services" => v::SERVICES,
        "publics_specifiquement_adresses" => v::PUBLICS,
        "prise_en_charge_specifique" => v::SPECIFIC_SUPPORT,
        "frais_a_charge" => v::COSTS,
        "dispositif_programmes_nationaux" => v::NATIONAL_PROGRAMMES,
        "formations_labels" => v::FORMATION_LABELS,
        "modalites_acces" => v::ACCESS,
        "modalites_accompagnement" => v::SUPPORT_FORMATS,
        _ => return None,
    })
}

/// The places in the national CSV format: the standard's columns, in its order.
pub fn places_csv(columns: &[String], rows: &[Record]) -> String {
    let mut out = String::new();
    write_row(
        &mut out,
        STANDARD_COLUMNS.iter().map(|c| (*c, (*c).to_owned())),
    );
    for row in rows {
        let cell = |name: &str| {
            columns
                .iter()
                .position(|c| c == name)
                .and_then(|i| row.fields.get(i))
                .map_or("", |s| s.trim())
        };
        write_row(
            &mut out,
            STANDARD_COLUMNS
                .iter()
                .map(|name| (*name, typed(name, cell(name)))),
        );
    }
    out
}

/// `value` of `column` as the schema types it. A value that cannot be written so is
/// left as it is (the import has already said what is wrong with it).
fn typed(column: &str, value: &str) -> String {
    match column {
        "pivot" if value.is_empty() => NO_SIRET.to_owned(),
        "code_postal" => postcode_of(value).unwrap_or_else(|| value.to_owned()),
        "latitude" | "longitude" => value
            .replace(',', ".")
            .trim_start_matches('\'')
            .parse::<f64>()
            .map_or_else(|_| value.to_owned(), |n| n.to_string()),
        "telephone" => international_phone(value).unwrap_or_else(|| value.to_owned()),
        "date_maj" => iso_date(value).unwrap_or_else(|| value.to_owned()),
        "presentation_resume" if value.chars().count() > 280 => {
            let cut: String = value.chars().take(279).collect();
            format!("{}…", cut.trim_end())
        }
        _ => match enumeration(column) {
            Some(allowed) => {
                let mut kept: Vec<&str> = Vec::new();
                for written in value
                    .split(['|', ';'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                {
                    let now = v::standard_value(allowed, written)
                        .or_else(|| v::current_value(column, written));
                    if let Some(now) = now {
                        if !kept.contains(&now) {
                            kept.push(now);
                        }
                    }
                }
                kept.join("|")
            }
            None => value.to_owned(),
        },
    }
}

/// A French number in the schema's form: `+33` and the nine digits after the first 0
/// (`05 49 64 00 00` → `+33549640000`); overseas numbers already in `+…` form stay.
fn international_phone(value: &str) -> Option<String> {
    let digits: String = value
        .trim_start_matches('\'')
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '.' | '-'))
        .collect();
    let international = match digits.strip_prefix('0') {
        Some(rest) if rest.len() == 9 => format!("+33{rest}"),
        _ => digits,
    };
    let number = international.strip_prefix('+')?;
    (number.bytes().all(|b| b.is_ascii_digit()) && (8..=12).contains(&number.len()))
        .then_some(international)
}

/// A date as `AAAA-MM-JJ`, from that form, a date and time (`2026-06-01T10:00:00`) or
/// the French `JJ/MM/AAAA`.
fn iso_date(value: &str) -> Option<String> {
    let day = value.get(..10)?;
    let valid = |y: &str, m: &str, d: &str| {
        let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u16>(), m.parse::<u8>(), d.parse::<u8>()) else {
            return None;
        };
        ((1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
            .then(|| format!("{y:04}-{m:02}-{d:02}"))
    };
    let b = day.as_bytes();
    if b[4] == b'-' && b[7] == b'-' {
        valid(&day[..4], &day[5..7], &day[8..])
    } else if b[2] == b'/' && b[5] == b'/' {
        valid(&day[6..], &day[3..5], &day[..2])
    } else {
        None
    }
}

fn write_row(out: &mut String, cells: impl Iterator<Item = (&'static str, String)>) {
    for (i, (column, cell)) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('"');
        if FREE_TEXT.contains(&column) && cell.starts_with(['=', '+', '-', '@']) {
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
