//! The words of one language: every text the interface shows, one JSON file per
//! language in `content/locales/`, keyed by stable message keys ([`Messages`]). Adding a
//! language is adding a file. How dates, times, durations and opening hours are said
//! with those words is in [`time_words`].

pub mod time_words;

#[cfg(test)]
pub(crate) mod fixtures;

use std::collections::BTreeMap;
use std::sync::Arc;

/// Which way a language is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextDirection {
    LeftToRight,
    RightToLeft,
}

impl TextDirection {
    /// The value of the HTML `dir` attribute.
    pub fn as_html(self) -> &'static str {
        match self {
            Self::LeftToRight => "ltr",
            Self::RightToLeft => "rtl",
        }
    }
}

/// The messages of one language. Cloning it is cheap: the messages are shared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Messages {
    code: String,
    messages: Arc<BTreeMap<String, String>>,
}

/// Why a catalog file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessagesError {
    /// Not a JSON object whose values are all strings.
    Syntax(String),
    /// `language.dir` is neither `ltr` nor `rtl`.
    BadDirection(String),
}

impl std::fmt::Display for MessagesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Syntax(detail) => write!(f, "not a flat JSON object of strings: {detail}"),
            Self::BadDirection(dir) => {
                write!(f, "`language.dir` is `{dir}`, expected `ltr` or `rtl`")
            }
        }
    }
}

impl Messages {
    /// Parses the catalog of language `code` (for example `fr`).
    pub fn parse(code: &str, json: &str) -> Result<Self, MessagesError> {
        let messages: BTreeMap<String, String> =
            serde_json::from_str(json).map_err(|e| MessagesError::Syntax(e.to_string()))?;
        let catalog = Self {
            code: code.to_owned(),
            messages: Arc::new(messages),
        };
        match catalog.messages.get("language.dir").map(String::as_str) {
            None | Some("ltr" | "rtl") => Ok(catalog),
            Some(other) => Err(MessagesError::BadDirection(other.to_owned())),
        }
    }

    /// The language code, as used in the HTML `lang` attribute.
    pub fn code(&self) -> &str {
        &self.code
    }

    pub fn direction(&self) -> TextDirection {
        match self.messages.get("language.dir").map(String::as_str) {
            Some("rtl") => TextDirection::RightToLeft,
            _ => TextDirection::LeftToRight,
        }
    }

    /// The message for `key`; the key itself when it is missing, so that a gap shows
    /// up on screen and in tests instead of an empty space.
    pub fn text<'a>(&'a self, key: &'a str) -> &'a str {
        self.messages.get(key).map_or(key, String::as_str)
    }

    /// The message for `key` with each `{name}` replaced by its value.
    pub fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        args.iter()
            .fold(self.text(key).to_owned(), |text, (name, value)| {
                text.replace(&format!("{{{name}}}"), value)
            })
    }

    /// Whether the catalog has a message for `key`.
    pub fn has(&self, key: &str) -> bool {
        self.messages.contains_key(key)
    }

    /// Every key, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_and_fills_in_messages() {
        let c = Messages::parse("fr", r#"{"hello":"Bonjour {name} !"}"#).unwrap();
        assert_eq!(c.text("hello"), "Bonjour {name} !");
        assert_eq!(c.format("hello", &[("name", "Alice")]), "Bonjour Alice !");
    }

    #[test]
    fn shows_the_key_of_a_missing_message() {
        let c = Messages::parse("fr", "{}").unwrap();
        assert_eq!(c.text("welcome.title"), "welcome.title");
        assert!(!c.has("welcome.title"));
    }

    #[test]
    fn reads_the_writing_direction() {
        let ltr = Messages::parse("fr", "{}").unwrap();
        let rtl = Messages::parse("ar", r#"{"language.dir":"rtl"}"#).unwrap();
        assert_eq!(ltr.direction(), TextDirection::LeftToRight);
        assert_eq!(rtl.direction().as_html(), "rtl");
        assert_eq!(
            Messages::parse("x", r#"{"language.dir":"up"}"#),
            Err(MessagesError::BadDirection("up".into()))
        );
    }

    #[test]
    fn refuses_nested_or_non_string_values() {
        assert!(Messages::parse("fr", r#"{"a":{"b":"c"}}"#).is_err());
        assert!(Messages::parse("fr", r#"{"a":1}"#).is_err());
        assert!(Messages::parse("fr", "[]").is_err());
    }
}
