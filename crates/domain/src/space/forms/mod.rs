//! The space's forms, as plain values: a workshop, the structure's contact, the
//! settings. Each turns into the JSON entry of its file and is checked by the very code
//! that reads that file in Repère (`parse_workshops`, `parse_territory`, `parse_config`),
//! so a form says exactly what `check_catalog` would say, field by field, as it is typed.

mod contact;
mod languages;
mod settings;
mod workshop;

pub use contact::ContactForm;
pub use settings::{new_pin, SettingsForm};
pub use workshop::{slug, WorkshopForm};

use crate::catalog::problem::CatalogProblem;
use serde_json::Value;

/// A problem of one field of a form, in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: String,
    pub words: String,
}

pub(super) fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

pub(super) fn texts(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

pub(super) fn from_catalog(problems: Vec<CatalogProblem>) -> Vec<FieldProblem> {
    problems
        .into_iter()
        .map(|p| FieldProblem {
            field: p.field.unwrap_or_default(),
            // « atelier « x » : … » names the entry; the form is the entry.
            words: p
                .detail
                .split_once(" : ")
                .filter(|(head, _)| head.starts_with("atelier "))
                .map_or(p.detail.clone(), |(_, rest)| rest.to_owned()),
        })
        .collect()
}

#[cfg(test)]
mod tests;
