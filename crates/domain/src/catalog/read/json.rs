//! Reading the JSON catalog files: the list each one holds, or a plain problem that
//! names the file.

use crate::catalog::problem::CatalogProblem;

/// The list under `key` of a JSON catalog file (`{"ateliers": [...]}`), or a plain
/// problem naming the file when it is not there.
pub fn json_list(
    file: &'static str,
    text: &str,
    key: &str,
    problems: &mut Vec<CatalogProblem>,
) -> Vec<serde_json::Value> {
    use serde_json::Value;
    match serde_json::from_str::<Value>(text.strip_prefix('\u{feff}').unwrap_or(text)) {
        Ok(Value::Object(mut root)) => match root.remove(key) {
            Some(Value::Array(entries)) => entries,
            _ => {
                problems.push(CatalogProblem::file(
                    file,
                    format!("il manque la liste « {key} »"),
                ));
                Vec::new()
            }
        },
        _ => {
            problems.push(CatalogProblem::file(
                file,
                "ce n'est pas un fichier JSON valide",
            ));
            Vec::new()
        }
    }
}
