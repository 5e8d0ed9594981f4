//! The shipped languages: every file of `content/locales/` has the keys and the
//! placeholders of the French one, leaves nothing in French by accident, names its
//! language in its own script, and has hands-on checks a person can do on a French
//! keyboard. Named by file and key when they fail.

use super::shipped_content::{all_messages, messages_file};
use crate::content::*;

#[test]
fn every_catalog_has_exactly_the_keys_of_the_french_one() {
    let catalogs = all_messages();
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
fn every_language_is_offered_under_its_own_name_in_its_own_script() {
    assert_eq!(
        languages(),
        &[
            ("fr", "Français"),
            ("ar", "العربية"),
            ("en", "English"),
            ("pt", "Português"),
            ("tr", "Türkçe"),
            ("uk", "Українська"),
        ]
    );
    assert_eq!(messages_url("ar"), "locales/ar.json");
    let arabic = messages_file("ar").unwrap().unwrap();
    assert_eq!(
        arabic.direction(),
        crate::messages::TextDirection::RightToLeft
    );
}

/// The keys whose text may be the French one in another language: a name, a direction,
/// a pattern of placeholders.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &["app.name", "language.dir", "date.format"];

/// No text is left in French by accident: a translation identical to the French is a
/// mistake unless the key is a name or a pattern (`SAME_IN_EVERY_LANGUAGE`).
#[test]
fn no_text_is_left_in_french_by_accident() {
    let french = messages_file(DEFAULT_LANGUAGE).unwrap().unwrap();
    for catalog in all_messages()
        .iter()
        .filter(|c| c.code() != DEFAULT_LANGUAGE)
    {
        let left: Vec<&str> = french
            .keys()
            .filter(|k| !SAME_IN_EVERY_LANGUAGE.contains(k))
            .filter(|k| catalog.text(k) == french.text(k))
            .collect();
        assert!(
            left.is_empty(),
            "content/locales/{}.json: the same text as in French for {left:?}",
            catalog.code()
        );
    }
}

/// Each language's hands-on checks can be done: the day to choose is in its list, and
/// the word to type has only letters a French keyboard has (a library PC's), so that a
/// person who reads Arabic or Ukrainian can copy it.
#[test]
fn every_language_s_checks_can_be_done_on_a_french_keyboard() {
    for catalog in all_messages() {
        let options: Vec<&str> = catalog.text("check.choose.options").split('|').collect();
        assert!(
            options.contains(&catalog.text("check.choose.target")),
            "content/locales/{}.json: « check.choose.target » is not in « check.choose.options »",
            catalog.code()
        );
        let word = catalog.text("check.type.target");
        assert!(
            word.chars()
                .all(|c| c.is_ascii_alphabetic() || "éèàùç".contains(c)),
            "content/locales/{}.json: « {word} » cannot be typed on a French keyboard",
            catalog.code()
        );
        assert!(
            catalog.text("check.type.instruction").contains(word),
            "content/locales/{}.json: the instruction does not show the word to type",
            catalog.code()
        );
    }
}

/// A placeholder missing from a translation leaves out a value (a phone, a date); one
/// the French does not have is shown as `{name}`.
#[test]
fn every_translation_has_the_placeholders_of_the_french() {
    let placeholders = |text: &str| -> Vec<String> {
        let mut found: Vec<String> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
            .collect();
        found.sort();
        found
    };
    let french = messages_file(DEFAULT_LANGUAGE).unwrap().unwrap();
    for catalog in all_messages() {
        for key in french.keys() {
            assert_eq!(
                placeholders(catalog.text(key)),
                placeholders(french.text(key)),
                "content/locales/{}.json `{key}`",
                catalog.code()
            );
        }
    }
}
