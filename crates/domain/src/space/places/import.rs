//! The national export of places, as people download it (CSV of the standard with `,`
//! or `;`, a BOM, CRLF or LF, quoted line breaks; or the same data as a JSON array of
//! objects), filtered to the structure's communes and checked with the catalog's own
//! checks ([`crate::catalog::place`]). A row is in the territory by its INSEE
//! code, else by its commune's name (capitals, accents and « St » aside), else by a
//! postal code that only the territory's communes have. Nothing is lost silently: a row
//! that cannot be placed anywhere is reported with its row.

use super::locator::{Elsewhere, Locator};
use crate::catalog::place::{header_name, parse_place_rows, place_columns, postcode_of, Place};
use crate::catalog::problem::CatalogProblem;
use crate::catalog::read::csv::{records_where, Record};
use crate::catalog::vocabulary::current_column_name;
use crate::catalog::PLACES_FILE;
use crate::space::commune::ChosenCommune;
use crate::space::decode::decode;
use crate::space::official_list::OfficialList;
use std::collections::HashMap;

/// How the file was written: problems name a CSV's rows, a JSON file's entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    Csv,
    Json,
}

/// The places of the territory found in one file.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacesImport {
    pub kind: SourceKind,
    /// The columns, under the standard's names.
    pub columns: Vec<String>,
    /// The territory's rows as read (with the commune's official name and INSEE code).
    pub rows: Vec<Record>,
    /// The same rows, checked (a row without an id or a name is not among them).
    pub places: Vec<Place>,
    pub problems: Vec<CatalogProblem>,
    /// Rows in the file, the header aside.
    pub read: usize,
    /// Rows of communes outside the territory.
    pub outside: usize,
    /// Rows whose commune nobody knows (not in the official list): listed among the
    /// problems for the structure to place at the source, counted apart.
    pub unplaced: usize,
    /// Said when the file was not in UTF-8.
    pub encoding_note: Option<&'static str>,
    /// The average position of each chosen commune's places (`None` where none has one).
    pub positions: Vec<Option<(f64, f64)>>,
}

/// Reads `bytes` and keeps the rows of `communes`. `list` (the official list) tells
/// whether a postal code belongs to the territory's communes only. The error is in
/// plain words.
pub fn import_places(
    bytes: &[u8],
    communes: &[ChosenCommune],
    list: Option<&OfficialList>,
) -> Result<PlacesImport, String> {
    read_places(bytes, Some(communes), list)
}

/// Reads a places file already published for the territory: every row is kept.
pub fn read_published_places(bytes: &[u8]) -> Result<PlacesImport, String> {
    read_places(bytes, None, None)
}

fn read_places(
    bytes: &[u8],
    territory: Option<&[ChosenCommune]>,
    list: Option<&OfficialList>,
) -> Result<PlacesImport, String> {
    let communes = territory.unwrap_or_default();
    let decoded = decode(bytes).map_err(|e| e.words().to_owned())?;
    let text = decoded.text.trim_start_matches('\u{feff}');
    let locator = Locator::new(communes, list);
    let (kind, header, table, read) = if text.trim_start().starts_with(['[', '{']) {
        let mut table = json_table(text)?;
        if table.is_empty() {
            return Err("Ce fichier est vide.".into());
        }
        let header = table.remove(0);
        let read = table.len();
        (SourceKind::Json, header, table, read)
    } else {
        // Only the rows of the territory (or that cannot be placed, to say so) are read
        // whole: the location columns decide.
        let probe = |header: &[String]| {
            let names: Vec<String> = header.iter().map(|h| header_name(h)).collect();
            ["code_insee", "code_postal", "commune"]
                .iter()
                .map(|wanted| names.iter().position(|n| n == wanted).unwrap_or(usize::MAX))
                .collect()
        };
        let keep = |v: &[String]| {
            let value = |i: usize| v.get(i).map_or("", |s| s.trim());
            territory.is_none()
                || (value(0).is_empty() && value(1).is_empty() && value(2).is_empty())
                || locator.locate(value(0), value(1), value(2)).is_some()
                || locator.elsewhere(value(0), value(1), value(2)) == Elsewhere::Unknown
        };
        let (header, table, read) = records_where(text, probe, keep);
        let header = header.ok_or_else(|| "Ce fichier est vide.".to_owned())?;
        (SourceKind::Csv, header, table, read)
    };
    let outside_before = read - table.len();
    let mut problems = Vec::new();
    let Some(mut columns) = place_columns(&header.fields, &mut problems) else {
        return Err("Ce fichier n'est pas un export des lieux au format national : il lui manque la colonne « id » ou « nom ». Téléchargez l'export au format CSV ou JSON du standard des lieux de médiation numérique.".into());
    };
    for written in &header.fields {
        let name = header_name(written);
        if let Some(now) = current_column_name(&name) {
            problems.push(CatalogProblem::field(
                PLACES_FILE,
                None,
                &name,
                format!("colonne de l'ancienne version du standard : lue comme « {now} »"),
            ));
        }
    }
    let column = |name: &str| columns.iter().position(|c| c == name);
    let (insee_at, postcode_at, commune_at) = (
        column("code_insee"),
        column("code_postal"),
        column("commune"),
    );
    let insee_at = insee_at.unwrap_or_else(|| {
        columns.push("code_insee".into());
        columns.len() - 1
    });
    let width = columns.len();
    let (mut rows, mut matched, mut outside) = (Vec::new(), Vec::new(), outside_before);
    let mut unplaced = 0;
    for mut row in table {
        let value = |at: Option<usize>| at.and_then(|i| row.fields.get(i)).map_or("", |v| v.trim());
        let (insee, postcode, commune) =
            (value(Some(insee_at)), value(postcode_at), value(commune_at));
        if territory.is_some() && insee.is_empty() && postcode.is_empty() && commune.is_empty() {
            problems.push(CatalogProblem::row(
                PLACES_FILE,
                row.line,
                "ni commune, ni code postal, ni code INSEE : on ne sait pas où est ce lieu, il est écarté",
            ));
            continue;
        }
        let located = locator.locate(insee, postcode, commune);
        let unknown = located.is_none()
            && territory.is_some()
            && locator.elsewhere(insee, postcode, commune) == Elsewhere::Unknown;
        let (postcode, commune) = (postcode.to_owned(), commune.to_owned());
        row.fields.resize(width, String::new());
        if territory.is_none() {
            rows.push(row);
            matched.push(usize::MAX);
            continue;
        }
        let Some(index) = located else {
            if unknown {
                problems.push(CatalogProblem::row(
                    PLACES_FILE,
                    row.line,
                    format!("« {} » ({}) : aucune commune de la liste officielle ne porte ce nom ou ce code, le lieu n'est pas gardé. S'il est chez vous, corrigez sa commune dans le fichier source", if commune.is_empty() { &postcode } else { &commune }, if postcode.is_empty() { "sans code postal" } else { &postcode }),
                ));
                unplaced += 1;
            } else {
                outside += 1;
            }
            continue;
        };
        let chosen = &communes[index];
        if let Some(at) = commune_at {
            row.fields[at] = chosen.name.clone();
        }
        row.fields[insee_at] = chosen.code.clone();
        // A postal code that is not one (« 793400 ») of a commune that has only one: the
        // commune's, said.
        if let (Some(at), [only]) = (postcode_at, chosen.postcodes.as_slice()) {
            let written = row.fields[at].trim().to_owned();
            if postcode_of(&written).is_none() {
                problems.push(CatalogProblem::field(
                    PLACES_FILE,
                    Some(row.line),
                    "code_postal",
                    format!(
                        "« {written} » n'est pas un code postal : remplacé par celui de {}, {only}",
                        chosen.name
                    ),
                ));
                row.fields[at] = only.clone();
            }
        }
        rows.push(row);
        matched.push(index);
    }
    let places = parse_place_rows(&columns, rows.iter().cloned(), &mut problems);
    // Only the rows Repère keeps are published (a row without an id, a second row of an
    // id, are reported above and go no further).
    let kept: std::collections::HashSet<usize> = places.iter().map(|p| p.line).collect();
    let (rows, matched): (Vec<Record>, Vec<usize>) = rows
        .into_iter()
        .zip(matched)
        .filter(|(r, _)| kept.contains(&r.line))
        .unzip();
    // In the order the structure reads its file: the file's own first, then by row.
    problems.sort_by_key(|p| p.line);
    // The rows kept and their places are in the same order, one for one.
    let mut sums = vec![(0.0, 0.0, 0u32); communes.len()];
    for (p, i) in places.iter().zip(&matched) {
        if let (Some(lat), Some(lon), Some(s)) = (p.latitude, p.longitude, sums.get_mut(*i)) {
            *s = (s.0 + lat, s.1 + lon, s.2 + 1);
        }
    }
    let positions = sums
        .into_iter()
        .map(|(lat, lon, n)| (n > 0).then(|| (lat / f64::from(n), lon / f64::from(n))))
        .collect();
    Ok(PlacesImport {
        kind,
        columns,
        rows,
        places,
        problems,
        read,
        outside,
        unplaced,
        encoding_note: decoded.note,
        positions,
    })
}

/// The rows of a JSON export: an array of objects with the standard's field names (or
/// an object holding such an array). The header is every key met, in order; a list is
/// joined with `|`; entry n is numbered n.
fn json_table(text: &str) -> Result<Vec<Record>, String> {
    use serde_json::Value;
    let value: Value = serde_json::from_str(text).map_err(|e| {
        format!(
            "Ce fichier JSON est abîmé (ligne {}) : il n'a pas pu être lu.",
            e.line()
        )
    })?;
    let entries = match value {
        Value::Array(entries) => entries,
        Value::Object(root) => root
            .into_iter()
            .find_map(|(_, v)| match v {
                Value::Array(a) => Some(a),
                _ => None,
            })
            .ok_or("Ce fichier JSON ne contient pas de liste de lieux.")?,
        _ => return Err("Ce fichier JSON ne contient pas de liste de lieux.".into()),
    };
    let mut header: Vec<String> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut rows = Vec::with_capacity(entries.len());
    for (n, entry) in entries.into_iter().enumerate() {
        let Value::Object(object) = entry else {
            rows.push(Record {
                line: n + 1,
                fields: Vec::new(),
            });
            continue;
        };
        let mut fields = vec![String::new(); header.len()];
        for (key, value) in object {
            let at = *index.entry(key.clone()).or_insert_with(|| {
                header.push(key);
                header.len() - 1
            });
            if fields.len() <= at {
                fields.resize(at + 1, String::new());
            }
            fields[at] = json_text(value);
        }
        rows.push(Record {
            line: n + 1,
            fields,
        });
    }
    let mut table = vec![Record {
        line: 0,
        fields: header,
    }];
    table.extend(rows);
    Ok(table)
}

fn json_text(value: serde_json::Value) -> String {
    use serde_json::Value;
    match value {
        Value::Null => String::new(),
        Value::String(s) => s,
        Value::Array(items) => items
            .into_iter()
            .map(json_text)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("|"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests;
