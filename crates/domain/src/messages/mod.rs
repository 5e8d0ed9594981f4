//! The words of one language: every text the interface shows, one JSON file per
//! language in `content/locales/`, keyed by stable message keys ([`Messages`]). Adding a
//! language is adding a file. The default language's words are compiled in as one sorted
//! text ([`CompiledWords`], written by `build.rs`), read where they lie; another
//! language's are parsed when fetched.
//! How dates, times, durations and opening hours are said with those words is in
//! [`time_words`].

pub mod time_words;

#[cfg(test)]
pub(crate) mod fixtures;

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

/// Opens a bidirectional isolate whose direction is its first strong letter's (left to
/// right when it has none, as for a phone number): Unicode's FSI.
pub const FIRST_STRONG_ISOLATE: &str = "\u{2068}";
/// Closes it: Unicode's PDI.
pub const POP_DIRECTIONAL_ISOLATE: &str = "\u{2069}";

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
    words: Words,
}

/// Where the messages lie: compiled in, or read from a file.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Words {
    Compiled(&'static CompiledWords),
    Read(Arc<BTreeMap<String, String>>),
}

impl Words {
    fn get(&self, key: &str) -> Option<&str> {
        match self {
            Self::Compiled(words) => words.get(key),
            Self::Read(map) => map.get(key).map(String::as_str),
        }
    }
}

/// A catalog compiled in as one text, as `build.rs` writes it: each message is its key,
/// [`CompiledWords::BETWEEN`], its text, then [`CompiledWords::AFTER`], sorted by key.
/// Nothing is parsed when the page opens; the first look-up indexes the text once (a
/// split, no allocation per message).
#[derive(Debug)]
pub struct CompiledWords {
    text: &'static str,
    index: OnceLock<Vec<(&'static str, &'static str)>>,
}

impl CompiledWords {
    /// Between a key and its text (a control character no message has: `build.rs`
    /// checks).
    pub const BETWEEN: char = '\u{1}';
    /// After each text.
    pub const AFTER: char = '\u{2}';

    pub const fn new(text: &'static str) -> Self {
        Self {
            text,
            index: OnceLock::new(),
        }
    }

    fn index(&self) -> &[(&'static str, &'static str)] {
        self.index.get_or_init(|| {
            self.text
                .split_terminator(Self::AFTER)
                .filter_map(|message| message.split_once(Self::BETWEEN))
                .collect()
        })
    }

    fn get(&self, key: &str) -> Option<&'static str> {
        let index = self.index();
        index
            .binary_search_by(|(k, _)| (*k).cmp(key))
            .ok()
            .map(|i| index[i].1)
    }

    fn keys(&'static self) -> impl Iterator<Item = &'static str> {
        self.index().iter().map(|(key, _)| *key)
    }
}

/// A compiled-in text, seen as living as long as what reads it.
fn shorter<'a>(text: &'static str) -> &'a str {
    text
}

impl PartialEq for CompiledWords {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for CompiledWords {}

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
            words: Words::Read(Arc::new(messages)),
        };
        match catalog.words.get("language.dir") {
            None | Some("ltr" | "rtl") => Ok(catalog),
            Some(other) => Err(MessagesError::BadDirection(other.to_owned())),
        }
    }

    /// The messages of language `code` compiled in as `words` (`build.rs` writes them
    /// from a catalog it has read; a test compares them with the file).
    pub fn compiled(code: &str, words: &'static CompiledWords) -> Self {
        Self {
            code: code.to_owned(),
            words: Words::Compiled(words),
        }
    }

    /// The language code, as used in the HTML `lang` attribute.
    pub fn code(&self) -> &str {
        &self.code
    }

    pub fn direction(&self) -> TextDirection {
        match self.words.get("language.dir") {
            Some("rtl") => TextDirection::RightToLeft,
            _ => TextDirection::LeftToRight,
        }
    }

    /// The message for `key`; the key itself when it is missing, so that a gap shows
    /// up on screen and in tests instead of an empty space.
    pub fn text<'a>(&'a self, key: &'a str) -> &'a str {
        self.words.get(key).unwrap_or(key)
    }

    /// The message for `key` with each `{name}` replaced by its value. In a language
    /// written right to left, each value is a bidirectional isolate (the text's `<bdi>`):
    /// a phone number, a postcode, a code or a French name keeps its own order inside
    /// the sentence instead of being reordered by the words around it.
    pub fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        let (open, close) = match self.direction() {
            TextDirection::RightToLeft => (FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE),
            TextDirection::LeftToRight => ("", ""),
        };
        args.iter()
            .fold(self.text(key).to_owned(), |text, (name, value)| {
                text.replace(&format!("{{{name}}}"), &format!("{open}{value}{close}"))
            })
    }

    /// Whether the catalog has a message for `key`.
    pub fn has(&self, key: &str) -> bool {
        self.words.get(key).is_some()
    }

    /// Every key, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> + '_ {
        let (compiled, read) = match &self.words {
            Words::Compiled(words) => (Some(CompiledWords::keys(words).map(shorter)), None),
            Words::Read(map) => (None, Some(map.keys().map(String::as_str))),
        };
        compiled
            .into_iter()
            .flatten()
            .chain(read.into_iter().flatten())
    }

    /// Whether both have the same language and the same words, however they are stored.
    pub fn same_words(&self, other: &Self) -> bool {
        self.code == other.code
            && self.keys().eq(other.keys())
            && self
                .keys()
                .all(|key| self.words.get(key) == other.words.get(key))
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
    fn isolates_each_value_in_a_language_written_right_to_left() {
        let ar = Messages::parse(
            "ar",
            r#"{"language.dir":"rtl","phone":"الهاتف: {number}، {town}"}"#,
        )
        .unwrap();
        let said = ar.format(
            "phone",
            &[("number", "05 49 94 50 10"), ("town", "Parthenay")],
        );
        assert_eq!(
            said,
            "الهاتف: \u{2068}05 49 94 50 10\u{2069}، \u{2068}Parthenay\u{2069}"
        );
        // Left to right, the values go in as they are.
        let fr = Messages::parse("fr", r#"{"phone":"Téléphone : {number}"}"#).unwrap();
        assert_eq!(
            fr.format("phone", &[("number", "05 49")]),
            "Téléphone : 05 49"
        );
    }

    #[test]
    fn refuses_nested_or_non_string_values() {
        assert!(Messages::parse("fr", r#"{"a":{"b":"c"}}"#).is_err());
        assert!(Messages::parse("fr", r#"{"a":1}"#).is_err());
        assert!(Messages::parse("fr", "[]").is_err());
    }
}
