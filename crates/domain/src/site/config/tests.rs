//! Tests of the settings file.

use super::*;

#[test]
fn a_visit_starts_in_the_compiled_in_language_unless_the_site_does_not_offer_it() {
    let site = |languages: &[&str]| SiteConfig {
        languages: languages.iter().map(|l| (*l).to_owned()).collect(),
        ..SiteConfig::default()
    };
    assert_eq!(site(&[]).starting_language("fr"), "fr");
    assert_eq!(site(&["en", "fr"]).starting_language("fr"), "fr");
    assert_eq!(site(&["en"]).starting_language("fr"), "en");
}

#[test]
fn only_the_languages_the_site_lists_are_offered() {
    let only_french = SiteConfig {
        languages: vec!["fr".into()],
        ..SiteConfig::default()
    };
    assert!(only_french.offers_language("fr"));
    assert!(!only_french.offers_language("en"));
    let every = SiteConfig::default();
    assert!(every.offers_language("fr") && every.offers_language("en"));
}

#[test]
fn languages_are_offered_in_the_order_the_site_lists_them() {
    let all = [
        ("fr", "Français"),
        ("ar", "العربية"),
        ("en", "English"),
        ("uk", "Українська"),
    ];
    let codes = |config: &SiteConfig| -> Vec<&str> {
        config
            .offered_languages(&all)
            .into_iter()
            .map(|(c, _)| c)
            .collect()
    };
    // None listed: every language, in the app's order (French first).
    assert_eq!(codes(&SiteConfig::default()), ["fr", "ar", "en", "uk"]);
    let listed = SiteConfig {
        languages: vec!["uk".into(), "fr".into(), "ar".into()],
        ..SiteConfig::default()
    };
    assert_eq!(codes(&listed), ["uk", "fr", "ar"]);
    assert_eq!(listed.offered_languages(&all)[0], ("uk", "Українська"));
}

#[test]
fn counting_visits_can_be_switched_off() {
    let on = parse_config("{}");
    assert!(on.config.count_visits);
    let off = parse_config(r#"{"figures":{"count_visits":false}}"#);
    assert!(!off.config.count_visits && off.problems.is_empty());
    let wrong = parse_config(r#"{"figures":{"count_visits":"non"}}"#);
    assert!(wrong.config.count_visits);
    assert_eq!(
        wrong.problems,
        [ConfigProblem::InvalidField("figures.count_visits")]
    );
}

const LANGUAGES: &[&str] = &["fr", "en"];

fn parse_config(text: &str) -> LoadedConfig {
    super::parse_config(text, LANGUAGES)
}

#[test]
fn reads_modes_timings_pin_and_languages() {
    let loaded = parse_config(
        r#"{"modes":{"default":"borne","allowed":["personne","borne"]},
            "progress":{"keep_hours":2},
            "kiosk":{"idle_seconds":60,"warning_seconds":20,
                     "pin_sha256":"03AC674216F3E15C761EE1A5E255F067953623C8B388B4459E13F978D7C846F4"},
            "languages":["fr"]}"#,
    );
    assert_eq!(loaded.problems, []);
    let c = loaded.config;
    assert_eq!(c.default_mode, Mode::Kiosk);
    assert_eq!(c.allowed_modes, [Mode::Resident, Mode::Kiosk]);
    assert_eq!(
        (
            c.keep_progress_hours,
            c.kiosk_idle_seconds,
            c.kiosk_warning_seconds
        ),
        (2, 60, 20)
    );
    assert_eq!(
        c.kiosk_pin_hash.map(|h| h.to_text()).as_deref(),
        Some("03ac674216f3e15c761ee1a5e255f067953623c8b388b4459e13f978d7c846f4")
    );
    assert_eq!(c.languages, ["fr"]);
}

#[test]
fn names_each_wrong_setting_and_keeps_its_safe_default() {
    let loaded = parse_config(
        r#"{"modes":{"default":"admin","allowed":"borne"},
            "progress":{"keep_hours":-1},
            "kiosk":{"idle_seconds":2,"warning_seconds":"30","pin_sha256":"1234"},
            "languages":["fr","tlh"]}"#,
    );
    assert_eq!(
        loaded.problems,
        [
            ConfigProblem::InvalidField("modes.default"),
            ConfigProblem::InvalidField("modes.allowed"),
            ConfigProblem::InvalidField("progress.keep_hours"),
            ConfigProblem::InvalidField("kiosk.idle_seconds"),
            ConfigProblem::InvalidField("kiosk.warning_seconds"),
            ConfigProblem::InvalidField("kiosk.pin_sha256"),
            ConfigProblem::InvalidField("languages"),
        ]
    );
    assert_eq!(loaded.config, SiteConfig::default());
}

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
