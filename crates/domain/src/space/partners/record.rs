//! The rows of a data·inclusion export (schema v1), as a structure downloads them from
//! data.gouv.fr: CSV (`,` or `;`, a BOM, quoted line breaks) or JSON (a list of
//! objects). A file of the whole country holds tens of thousands of rows: each row is
//! read, shown to `keep`, and forgotten unless kept, so that only the territory's rows
//! stay in memory. List fields are accepted as the exports write them: a JSON list, or
//! in a CSV cell `a|b`, `a,b`, `["a", "b"]`, `['a', 'b']` or `{a,b}`.

use crate::catalog::read::csv::records_where;
use crate::space::decode::decode;
use serde::de::{Deserializer, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// One row: its number (the spreadsheet's row for a CSV, the entry's for JSON) and its
/// fields by name, a list written with `|`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    pub line: usize,
    pub fields: HashMap<String, String>,
}

impl Row {
    /// The field's text, trimmed; empty when missing.
    pub fn text(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", |v| v.trim())
    }

    /// The field's values, whichever way the list was written.
    pub fn list(&self, name: &str) -> Vec<String> {
        list_cell(self.text(name))
    }

    /// A number (latitude, longitude), `None` when empty or not a number.
    pub fn number(&self, name: &str) -> Option<f64> {
        self.text(name)
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
    }
}

/// The values of a list cell: `a|b`, `a,b`, `a;b`, `["a", "b"]`, `['a', 'b']`, `{a,b}`.
pub fn list_cell(text: &str) -> Vec<String> {
    let text = text.trim();
    let inner = text
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .or_else(|| text.strip_prefix('{').and_then(|t| t.strip_suffix('}')))
        .unwrap_or(text);
    inner
        .split(['|', ',', ';'])
        .map(|v| v.trim().trim_matches(['"', '\'']).trim())
        .filter(|v| !v.is_empty() && *v != "null")
        .map(str::to_owned)
        .collect()
}

/// What reading a file gave: the rows kept, how many rows there were.
#[derive(Debug, Default)]
pub struct Rows {
    pub kept: Vec<Row>,
    pub read: usize,
    /// Entries of a JSON list that were not objects (their numbers).
    pub not_objects: Vec<usize>,
    pub columns: Vec<String>,
}

/// Reads `bytes` and keeps the rows `keep` wants. The error is in plain words.
pub fn read_rows(bytes: &[u8], mut keep: impl FnMut(&Row) -> bool) -> Result<Rows, String> {
    let decoded = decode(bytes).map_err(|e| e.words().to_owned())?;
    let text = decoded.text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err("Ce fichier est vide.".into());
    }
    if text.trim_start().starts_with(['[', '{']) {
        return json_rows(text, keep);
    }
    let header: std::cell::RefCell<Vec<String>> = std::cell::RefCell::new(Vec::new());
    let mut row = Row::default();
    let (head, table, read) = records_where(
        text,
        |h| {
            *header.borrow_mut() = h.iter().map(|n| column_name(n)).collect();
            (0..h.len()).collect()
        },
        |fields| {
            row.fields.clear();
            for (name, value) in header.borrow().iter().zip(fields) {
                row.fields.insert(name.clone(), value.clone());
            }
            keep(&row)
        },
    );
    let head = head.ok_or("Ce fichier est vide.")?;
    let columns: Vec<String> = head.fields.iter().map(|n| column_name(n)).collect();
    let kept = table
        .into_iter()
        .map(|r| Row {
            line: r.line,
            fields: columns.iter().cloned().zip(r.fields).collect(),
        })
        .collect();
    Ok(Rows {
        kept,
        read,
        not_objects: Vec::new(),
        columns,
    })
}

/// A column's name as written, without quotes, spaces or capitals.
fn column_name(written: &str) -> String {
    written.trim().trim_matches('"').trim().to_lowercase()
}

fn json_rows(text: &str, mut keep: impl FnMut(&Row) -> bool) -> Result<Rows, String> {
    let mut rows = Rows::default();
    let mut de = serde_json::Deserializer::from_str(text);
    let visitor = EachEntry {
        keep: &mut keep,
        rows: &mut rows,
        top: true,
    };
    de.deserialize_any(visitor).map_err(|e| {
        format!(
            "Ce fichier JSON est abîmé (ligne {}) : il n'a pas pu être lu en entier.",
            e.line()
        )
    })?;
    Ok(rows)
}

/// Goes through the entries of the top list one by one (or of the lists of a top
/// object): only the kept entries stay. Other values of a top object are skipped.
struct EachEntry<'r, F> {
    keep: &'r mut F,
    rows: &'r mut Rows,
    /// The top value: an object there holds the lists; below it, values are skipped.
    top: bool,
}

impl<'de, F: FnMut(&Row) -> bool> Visitor<'de> for EachEntry<'_, F> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("une liste d'objets")
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(entry) = seq.next_element::<Value>()? {
            self.rows.read += 1;
            let line = self.rows.read;
            let Value::Object(object) = entry else {
                self.rows.not_objects.push(line);
                continue;
            };
            for key in object.keys() {
                if !self
                    .rows
                    .columns
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(key))
                {
                    self.rows.columns.push(key.to_lowercase());
                }
            }
            let row = Row {
                line,
                fields: flat(object),
            };
            if (self.keep)(&row) {
                self.rows.kept.push(row);
            }
        }
        Ok(())
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        // `{"_note": "…", "services": [...]}`: the lists are the rows.
        while map.next_key::<serde::de::IgnoredAny>()?.is_some() {
            if self.top {
                map.next_value_seed(ListSeed(EachEntry {
                    keep: &mut *self.keep,
                    rows: &mut *self.rows,
                    top: false,
                }))?;
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

struct ListSeed<'r, F>(EachEntry<'r, F>);

impl<'de, F: FnMut(&Row) -> bool> serde::de::DeserializeSeed<'de> for ListSeed<'_, F> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self.0)
    }
}

fn flat(object: Map<String, Value>) -> HashMap<String, String> {
    object
        .into_iter()
        .map(|(k, v)| (k.to_lowercase(), value_text(v)))
        .collect()
}

fn value_text(value: Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s,
        Value::Array(items) => items
            .into_iter()
            .map(value_text)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("|"),
        other => other.to_string(),
    }
}
