//! The deploying structure's settings, read at start-up from `config.json` beside the
//! app. The file comes from outside the app, so it is parsed field by field: a missing
//! or invalid field is reported by name and replaced by its default, and the app always
//! starts.

use serde_json::Value;

/// Longest text accepted for a name in the configuration.
const MAX_NAME_CHARS: usize = 120;

/// The settings the app runs with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteConfig {
    /// The structure that offers Repère, named in the footer. Empty when unknown.
    pub structure_name: String,
    /// The territory it serves. Empty when unknown.
    pub territory: String,
}

/// A problem found in the configuration file. Each one means a default is in use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigProblem {
    /// The file is missing, empty or not a JSON object.
    Unreadable,
    /// A field has the wrong type or an unacceptable value; its path is given.
    InvalidField(&'static str),
}

/// The configuration in force and the problems met while reading it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadedConfig {
    pub config: SiteConfig,
    pub problems: Vec<ConfigProblem>,
}

impl LoadedConfig {
    /// The defaults, with a note that the file could not be read.
    pub fn unreadable() -> Self {
        Self {
            config: SiteConfig::default(),
            problems: vec![ConfigProblem::Unreadable],
        }
    }
}

/// Reads a configuration file. Never fails: problems are listed and defaults used.
pub fn parse_config(text: &str) -> LoadedConfig {
    // Windows editors often save UTF-8 with a byte-order mark, which JSON does not allow.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Ok(Value::Object(root)) = serde_json::from_str::<Value>(text) else {
        return LoadedConfig::unreadable();
    };
    let mut loaded = LoadedConfig::default();
    let structure = root.get("structure");
    if let Some(name) = read_name(structure, "name", "structure.name", &mut loaded.problems) {
        loaded.config.structure_name = name;
    }
    if let Some(territory) = read_name(
        structure,
        "territory",
        "structure.territory",
        &mut loaded.problems,
    ) {
        loaded.config.territory = territory;
    }
    loaded
}

/// Reads an optional one-line name under `parent`, reporting a wrong value as `path`.
fn read_name(
    parent: Option<&Value>,
    key: &str,
    path: &'static str,
    problems: &mut Vec<ConfigProblem>,
) -> Option<String> {
    match parent.and_then(|p| p.get(key)) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if is_acceptable_name(s) => Some(s.trim().to_owned()),
        Some(_) => {
            problems.push(ConfigProblem::InvalidField(path));
            None
        }
    }
}

fn is_acceptable_name(s: &str) -> bool {
    s.chars().count() <= MAX_NAME_CHARS && !s.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_structure() {
        let loaded = parse_config(
            r#"{"_note":"exemple","structure":{"name":"  Espace Numérique ","territory":"Gâtine"}}"#,
        );
        assert_eq!(loaded.problems, []);
        assert_eq!(loaded.config.structure_name, "Espace Numérique");
        assert_eq!(loaded.config.territory, "Gâtine");
    }

    #[test]
    fn missing_fields_are_fine_and_stay_empty() {
        let loaded = parse_config("{}");
        assert_eq!(loaded, LoadedConfig::default());
    }

    #[test]
    fn names_each_invalid_field_and_keeps_the_valid_ones() {
        let loaded = parse_config(r#"{"structure":{"name":42,"territory":"Gâtine"}}"#);
        assert_eq!(
            loaded.problems,
            [ConfigProblem::InvalidField("structure.name")]
        );
        assert_eq!(loaded.config.structure_name, "");
        assert_eq!(loaded.config.territory, "Gâtine");
    }

    #[test]
    fn refuses_overlong_or_multiline_names() {
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        let loaded = parse_config(&format!(
            r#"{{"structure":{{"name":"{long}","territory":"a\nb"}}}}"#
        ));
        assert_eq!(
            loaded.problems,
            [
                ConfigProblem::InvalidField("structure.name"),
                ConfigProblem::InvalidField("structure.territory")
            ]
        );
    }

    #[test]
    fn accepts_a_byte_order_mark() {
        let loaded = parse_config("\u{feff}{\"structure\":{\"name\":\"Médiathèque\"}}");
        assert_eq!(loaded.config.structure_name, "Médiathèque");
    }

    #[test]
    fn anything_that_is_not_an_object_is_unreadable() {
        for text in ["", "null", "[1]", "{\"structure\":", "\u{feff}garbage"] {
            assert_eq!(parse_config(text), LoadedConfig::unreadable(), "{text:?}");
        }
    }
}
