//! Places of digital mediation, read from the national CSV format (schema v1.0.x of
//! `standard-mediation-num`): the columns are found by name, multiple values are
//! separated by `|` (or by `;` in older v0.1 exports), and every value is checked
//! against the standard. A row without an id or a name is skipped; any other bad value is
//! left empty; both are reported with the line and the field.

mod names;
mod row;

pub use names::{commune_case, postcode_of};
use row::RowReader;

use super::links::SafeLink;
use super::opening_hours::OpeningHours;
use super::problem::CatalogProblem;
use super::read::csv::{records, Record};
use super::vocabulary as v;
use super::PLACES_FILE;

/// Longest text kept from one field.
const MAX_TEXT_CHARS: usize = 2000;

/// One place.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Place {
    pub line: usize,
    pub id: String,
    pub name: String,
    pub commune: String,
    pub postcode: String,
    pub address: String,
    pub address_extra: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// As people write it: "05 49 64 00 00".
    pub phone: Option<String>,
    pub emails: Vec<String>,
    pub websites: Vec<SafeLink>,
    pub opening_hours: Option<OpeningHours>,
    /// The `horaires` text, shown as written when it could not be understood.
    pub opening_hours_text: String,
    pub summary: String,
    pub roaming: Vec<String>,
    pub services: Vec<String>,
    pub publics: Vec<String>,
    pub specific_support: Vec<String>,
    pub costs: Vec<String>,
    pub programmes: Vec<String>,
    /// The national labels and trainings (`formations_labels`).
    pub labels: Vec<String>,
    pub access: Vec<String>,
    pub support_formats: Vec<String>,
    pub booking: Option<SafeLink>,
    /// The place's Acceslibre sheet (`fiche_acces_libre`): what is accessible, said by
    /// the national accessibility database.
    pub accessibility_sheet: Option<SafeLink>,
}

impl Place {
    pub fn offers(&self, service: &str) -> bool {
        self.services.iter().any(|s| s == service)
    }

    /// Whether the place belongs to a national programme (« France Services »,
    /// « Aidants Connect »).
    pub fn is_in(&self, programme: &str) -> bool {
        self.programmes.iter().any(|p| p == programme)
    }

    /// Whether the place's advisors travel to the communes (`itinerance`).
    pub fn travels(&self) -> bool {
        self.roaming.iter().any(|r| r == "Itinérant")
    }

    /// Whether the place helps remotely (`modalites_accompagnement`).
    pub fn helps_remotely(&self) -> bool {
        self.support_formats.iter().any(|f| f == "À distance")
    }
}

/// Reads every valid row of a places file.
pub fn parse_places(text: &str, problems: &mut Vec<CatalogProblem>) -> Vec<Place> {
    let mut rows = records(text).into_iter();
    let Some(header) = rows.next() else {
        problems.push(CatalogProblem::file(PLACES_FILE, "le fichier est vide"));
        return Vec::new();
    };
    let Some(columns) = place_columns(&header.fields, problems) else {
        return Vec::new();
    };
    parse_place_rows(&columns, rows, problems)
}

/// A header cell as written, compared as the standard names columns: trimmed, without a
/// byte-order mark, in lower case.
pub fn header_name(written: &str) -> String {
    written.trim().trim_start_matches('\u{feff}').to_lowercase()
}

/// The header's columns by their names in the standard: trimmed, in lower case, an older
/// name (`courriel`, `labels_nationaux`…) under the name it has now. `None` (with a
/// problem) when the header lacks `id` or `nom`: not a places file.
pub fn place_columns(header: &[String], problems: &mut Vec<CatalogProblem>) -> Option<Vec<String>> {
    let columns: Vec<String> = header
        .iter()
        .map(|h| {
            let name = header_name(h);
            v::current_column_name(&name).unwrap_or(&name).to_owned()
        })
        .collect();
    for required in ["id", "nom"] {
        if !columns.iter().any(|c| c == required) {
            problems.push(CatalogProblem::file(
                PLACES_FILE,
                format!("la colonne « {required} » manque : ce n'est pas un fichier au format national des lieux"),
            ));
            return None;
        }
    }
    Some(columns)
}

/// Reads every valid row among `rows`, under `columns` (see [`place_columns`]); each
/// problem names the row's own number.
pub fn parse_place_rows(
    columns: &[String],
    rows: impl IntoIterator<Item = Record>,
    problems: &mut Vec<CatalogProblem>,
) -> Vec<Place> {
    let mut places = Vec::new();
    let mut ids = std::collections::BTreeSet::new();
    for row in rows {
        let mut reader = RowReader {
            columns,
            fields: &row.fields,
            line: row.line,
            problems: &mut *problems,
        };
        let Some(place) = reader.place() else {
            continue;
        };
        if !ids.insert(place.id.clone()) {
            problems.push(CatalogProblem::row(
                PLACES_FILE,
                row.line,
                format!(
                    "l'identifiant « {} » est déjà pris : ligne ignorée",
                    place.id
                ),
            ));
            continue;
        }
        places.push(place);
    }
    places
}

#[cfg(test)]
mod tests;
