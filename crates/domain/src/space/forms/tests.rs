//! Tests of the space's forms: each checked as its file is.

use super::*;
use crate::site::config::parse_config;
use crate::site::mode::Mode;

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
fn the_pin_is_typed_twice_and_only_its_hash_is_kept() {
    assert_eq!(new_pin("2468", "2468").map(|h| h.len()), Ok(64));
    assert!(new_pin("2468", "2486").is_err());
    assert!(new_pin("12", "12").is_err());
    let mut settings = SettingsForm {
        pin_hash: new_pin("2468", "2468").ok(),
        default_mode: Mode::Kiosk,
        ..SettingsForm::default()
    };
    let text = settings.to_json().to_string();
    assert!(!text.contains("2468"));
    let read = parse_config(&text, &["fr"]).config;
    assert!(crate::site::pin::pin_matches(
        "2468",
        read.kiosk_pin_hash.as_deref().unwrap()
    ));
    assert_eq!(read.default_mode, Mode::Kiosk);
    assert_eq!(settings.problems(&["fr"]), []);
    settings.pin_hash = None;
    assert_eq!(settings.problems(&["fr"])[0].field, "kiosk.pin_sha256");
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
