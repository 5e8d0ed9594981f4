//! The content compiled into the app: the questionnaire's structure and every message
//! catalog. The files are validated by the tests at the bottom of this module, so a
//! mistake in them fails `cargo test` with the file and the key named.

use crate::domain::locale::{Catalog, CatalogError};
use crate::domain::questionnaire::{Questionnaire, QuestionnaireError};

include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

const QUESTIONNAIRE_FILE: &str = include_str!("../content/questionnaire.json");

/// The language every other catalog is checked against, and the app's default.
pub const DEFAULT_LANGUAGE: &str = "fr";

/// The questionnaire compiled into the app.
pub fn questionnaire() -> Result<Questionnaire, QuestionnaireError> {
    Questionnaire::parse(QUESTIONNAIRE_FILE)
}

/// The codes of the languages compiled into the app, in file-name order.
pub fn language_codes() -> impl Iterator<Item = &'static str> {
    LOCALE_FILES.iter().map(|(code, _)| *code)
}

/// The catalog of language `code`, if the app has one.
pub fn catalog(code: &str) -> Option<Result<Catalog, CatalogError>> {
    LOCALE_FILES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(c, json)| Catalog::parse(c, json))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn all_catalogs() -> Vec<Catalog> {
        language_codes()
            .map(|code| {
                catalog(code)
                    .expect("listed")
                    .unwrap_or_else(|e| panic!("content/locales/{code}.json: {e}"))
            })
            .collect()
    }

    #[test]
    fn french_and_english_are_compiled_in() {
        let codes: Vec<_> = language_codes().collect();
        assert!(codes.contains(&"fr") && codes.contains(&"en"), "{codes:?}");
    }

    #[test]
    fn the_questionnaire_is_valid() {
        questionnaire().unwrap_or_else(|e| panic!("content/questionnaire.json: {e}"));
    }

    #[test]
    fn every_catalog_has_exactly_the_keys_of_the_french_one() {
        let catalogs = all_catalogs();
        let french = catalogs
            .iter()
            .find(|c| c.code() == DEFAULT_LANGUAGE)
            .unwrap();
        for catalog in &catalogs {
            let missing: Vec<_> = french.keys().filter(|k| !catalog.has(k)).collect();
            let extra: Vec<_> = catalog.keys().filter(|k| !french.has(k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "content/locales/{}.json: missing {missing:?}, not in fr.json {extra:?}",
                catalog.code()
            );
        }
    }

    #[test]
    fn every_catalog_has_the_words_of_every_need() {
        let questionnaire = questionnaire().unwrap();
        for catalog in all_catalogs() {
            for key in questionnaire.message_keys() {
                assert!(
                    catalog.has(&key) && !catalog.text(&key).trim().is_empty(),
                    "content/locales/{}.json: no text for `{key}`",
                    catalog.code()
                );
            }
        }
    }

    /// French puts a non-breaking space before `? ! : ;` and inside `« »`; with an
    /// ordinary space, a line can break and leave the mark alone at the start of a line.
    #[test]
    fn french_messages_keep_their_punctuation_attached() {
        let french = catalog(DEFAULT_LANGUAGE).unwrap().unwrap();
        for key in french.keys() {
            let text = french.text(key);
            for bad in [" ?", " !", " :", " ;", "« ", " »"] {
                assert!(
                    !text.contains(bad),
                    "content/locales/fr.json `{key}`: use a non-breaking space in `{bad}`"
                );
            }
        }
    }

    #[test]
    fn every_pictogram_exists() {
        for need in questionnaire().unwrap().needs() {
            let path = format!("public/pictos/{}.svg", need.pictogram);
            assert!(
                Path::new(env!("CARGO_MANIFEST_DIR")).join(&path).is_file(),
                "need `{}`: missing {path}",
                need.id
            );
        }
    }

    #[test]
    fn the_shipped_configuration_is_valid() {
        let text = include_str!("../public/config.json");
        let loaded = crate::domain::config::parse_config(text);
        assert_eq!(loaded.problems, [], "public/config.json");
        assert!(!loaded.config.structure_name.is_empty());
    }
}
