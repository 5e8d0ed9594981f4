//! Tests of the space's forms: each checked as its file is.

use super::*;
use crate::site::config::parse_config;
use crate::site::mode::Mode;
use crate::site::pin::PinHash;

#[test]
fn a_workshop_form_is_checked_like_the_file() {
    let mut form = WorkshopForm {
        title: "Premiers pas sur la tablette".into(),
        themes: vec!["Prendre en main du matériel".into()],
        dates: vec!["2026-12-10T14:00".into(), "jeudi".into()],
        link: "javascript:alert(1)".into(),
        place: "ailleurs".into(),
        ..WorkshopForm::default()
    };
    let fields: Vec<String> = form
        .problems(&["mediatheque".into()])
        .into_iter()
        .map(|p| p.field)
        .collect();
    assert_eq!(fields, ["lieu", "dates", "lien"]);
    form.dates.pop();
    form.link.clear();
    form.place = "mediatheque".into();
    assert_eq!(form.problems(&["mediatheque".into()]), []);
    assert_eq!(form.to_json()["id"], "premiers-pas-sur-la-tablette");
    assert_eq!(
        WorkshopForm::from_json(&form.to_json()).to_json(),
        form.to_json()
    );
}

#[test]
fn a_workshop_needs_a_title_and_a_thematique() {
    let fields: Vec<String> = WorkshopForm::default()
        .problems(&[])
        .into_iter()
        .map(|p| p.field)
        .collect();
    assert_eq!(fields, ["titre", "thematiques"]);
}

#[test]
fn the_pin_is_typed_twice_and_only_its_slow_hash_is_kept() {
    assert_eq!(new_pin(" 2468 ", "2468"), Ok("2468".to_owned()));
    assert!(new_pin("2468", "2486").is_err());
    assert!(new_pin("12", "12").is_err());
    let slow = PinHash::Pbkdf2 {
        iterations: crate::site::pin::ITERATIONS,
        salt: vec![1; 16],
        hash: vec![2; 32],
    };
    let mut settings = SettingsForm {
        pin_hash: Some(slow.clone()),
        default_mode: Mode::Kiosk,
        ..SettingsForm::default()
    };
    let text = settings.to_json().to_string();
    assert!(
        text.contains("\"pin_pbkdf2\":\"pbkdf2-sha256$600000$"),
        "{text}"
    );
    assert!(!text.contains("pin_sha256"));
    let read = parse_config(&text, &["fr"]).config;
    assert_eq!(read.kiosk_pin_hash, Some(slow));
    assert_eq!(read.default_mode, Mode::Kiosk);
    assert_eq!(settings.problems(&["fr"]), []);
    settings.pin_hash = None;
    assert_eq!(settings.problems(&["fr"])[0].field, "kiosk.pin");
}

#[test]
fn an_older_configs_pin_is_written_back_as_it_was_until_it_is_replaced() {
    let text = r#"{"kiosk":{"pin_sha256":"03ac674216f3e15c761ee1a5e255f067953623c8b388b4459e13f978d7c846f4"}}"#;
    let form = SettingsForm::from_config_text(text, &["fr"]);
    assert!(form
        .pin_hash
        .as_ref()
        .is_some_and(|h| h.is_legacy() && h.matches("1234", None)));
    assert!(form.to_json().to_string().contains("pin_sha256"));
}

#[test]
fn settings_out_of_range_are_named_by_field() {
    let settings = SettingsForm {
        keep_hours: "1000".into(),
        idle_seconds: "beaucoup".into(),
        ..SettingsForm::default()
    };
    let fields: Vec<String> = settings
        .problems(&["fr"])
        .into_iter()
        .map(|p| p.field)
        .collect();
    assert_eq!(fields, ["progress.keep_hours", "kiosk.idle_seconds"]);
}

#[test]
fn a_contact_with_a_bad_phone_or_e_mail_says_so() {
    let contact = ContactForm {
        name: "CC".into(),
        phone: "05 49".into(),
        email: "pas une adresse".into(),
        ..ContactForm::default()
    };
    let fields: Vec<String> = contact.problems().into_iter().map(|p| p.field).collect();
    assert_eq!(fields, ["telephone", "courriel"]);
}
