//! Tests of the questionnaire's parsing and its reference checks.

use super::fixtures::{sample, SAMPLE};
use super::*;

fn with(from: &str, to: &str) -> Result<Questionnaire, QuestionnaireError> {
    assert!(SAMPLE.contains(from), "the sample has no `{from}`");
    Questionnaire::parse(&SAMPLE.replacen(from, to, 1))
}

#[test]
fn parses_the_sample_in_order() {
    let q = sample();
    let ids: Vec<&str> = q.needs().iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["procedures", "family", "basics"]);
    assert!(q.has_need(&NeedId::new("family")));
    assert!(!q.has_need(&NeedId::new("cooking")));
    let device: Vec<&str> = q
        .items_of(&AreaId::new("device"))
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(device, ["device-power", "device-type", "device-wifi"]);
}

#[test]
fn refuses_a_duplicate_id_and_names_it() {
    let err = with("\"id\": \"email-attach\"", "\"id\": \"email-read\"").unwrap_err();
    assert_eq!(
        err,
        QuestionnaireError::Duplicate {
            kind: "item",
            id: "email-read".into()
        }
    );
    assert_eq!(err.to_string(), "item `email-read`: the id is used twice");
}

#[test]
fn refuses_references_to_missing_areas() {
    assert_eq!(
        with(
            "\"area\": \"email\", \"level\": \"advanced\"",
            "\"area\": \"mail\", \"level\": \"advanced\""
        ),
        Err(QuestionnaireError::UnknownArea {
            owner: "item `email-attach`".into(),
            area: AreaId::new("mail")
        })
    );
    assert!(matches!(
        with(
            "\"areas\": [\"email\", \"procedures\"]",
            "\"areas\": [\"emails\"]"
        ),
        Err(QuestionnaireError::UnknownArea { .. })
    ));
}

#[test]
fn refuses_malformed_ids_empty_lists_and_a_zero_budget() {
    assert_eq!(
        with("\"id\": \"basics\"", "\"id\": \"Les bases\""),
        Err(QuestionnaireError::MalformedId("Les bases".into()))
    );
    assert_eq!(
        with("\"skill_budget\": 6", "\"skill_budget\": 0"),
        Err(QuestionnaireError::ZeroBudget)
    );
    assert!(matches!(
        with("\"pictogram\": \"p\", \"areas\"", "\"areas\""),
        Err(QuestionnaireError::Syntax(_))
    ));
}

#[test]
fn refuses_a_basic_item_after_an_advanced_one() {
    assert_eq!(
        with(
            "\"id\": \"proc-form\", \"area\": \"procedures\", \"level\": \"advanced\"",
            "\"id\": \"proc-form\", \"area\": \"procedures\", \"level\": \"basic\""
        ),
        Err(QuestionnaireError::BasicAfterAdvanced(ItemId::new(
            "proc-form"
        )))
    );
}

#[test]
fn refuses_exclusive_options_that_are_not_offered() {
    assert_eq!(
        with("\"exclusive\": [\"none\"]", "\"exclusive\": [\"nothing\"]"),
        Err(QuestionnaireError::BadOptions(SituationId::new(
            "equipment"
        )))
    );
}

#[test]
fn lists_every_message_key_with_its_owner() {
    let keys = sample().message_keys();
    assert!(keys.contains(&(
        "item `device-wifi`".into(),
        "item.device-wifi.example".into()
    )));
    assert!(keys.contains(&(
        "situation `equipment`".into(),
        "situation.equipment.option.none".into()
    )));
    assert!(keys.contains(&("area `email`".into(), "area.email.name".into())));
}

#[test]
fn refuses_a_condition_on_a_question_or_an_option_that_does_not_exist() {
    let item = "\"id\": \"device-type\", \"area\": \"device\", \"level\": \"basic\"";
    for when in [
        r#""when": {"question": "fax", "options": ["none"]}"#,
        r#""when": {"question": "equipment", "options": ["minitel"]}"#,
        r#""when": {"question": "equipment", "options": []}"#,
    ] {
        assert_eq!(
            with(item, &format!("{item}, {when}")),
            Err(QuestionnaireError::BadCondition(ItemId::new("device-type"))),
            "{when}"
        );
    }
    assert!(with(
        item,
        &format!(r#"{item}, "when": {{"question": "equipment", "options": ["phone"]}}"#)
    )
    .is_ok());
}
