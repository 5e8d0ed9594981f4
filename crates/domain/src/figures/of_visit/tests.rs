//! Tests of what one visit counts: its start, end, results and steps.

use super::*;
use crate::questionnaire::ids::{NeedId, OptionId, SituationId};
use crate::results::recommend::recommend;
use proptest::prelude::*;

fn count(measures: &[Measure], family: Family) -> usize {
    measures.iter().filter(|m| m.family == family).count()
}

/// Any sequence of what people do on a kiosk: every visit ends counted once,
/// either at its results or interrupted.
#[derive(Clone, Copy, Debug)]
enum Act {
    Start,
    Resume,
    Language(bool),
    Results,
    Code,
    Print,
    Close(u8),
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        Just(Act::Start),
        Just(Act::Resume),
        any::<bool>().prop_map(Act::Language),
        Just(Act::Results),
        Just(Act::Code),
        Just(Act::Print),
        (0u8..4).prop_map(Act::Close),
    ]
}

proptest! {
    #[test]
    fn every_visit_ends_once(acts in prop::collection::vec(act(), 0..40)) {
        let q = crate::content::questionnaire();
        let answers = Answers::default();
        let mut tally = VisitTally::default();
        let mut all = Vec::new();
        let mut stage = Stage::Welcome;
        for a in acts {
            all.extend(match a {
                Act::Start => tally.start(Mode::Kiosk, "fr"),
                Act::Resume => tally.resume(Mode::Resident, "fr"),
                Act::Language(en) => tally.language(if en { "en" } else { "fr" }),
                Act::Results => { stage = Stage::Results; tally.reached_results(&answers, &Profile::of(&q, &answers)) }
                Act::Code => tally.code_shown(),
                Act::Print => tally.printed(),
                Act::Close(at) => {
                    let at = match at {
                        0 => Stage::Question(Question::Needs),
                        1 => Stage::Question(Question::Situation(SituationId::new("sms"))),
                        2 => Stage::Question(Question::ChecksOffer),
                        _ => stage.clone(),
                    };
                    stage = Stage::Welcome;
                    tally.close(&at)
                }
            });
        }
        all.extend(tally.close(&Stage::Question(Question::Needs)));
        let visits = count(&all, Family::Started) + count(&all, Family::Resumed);
        prop_assert_eq!(visits, count(&all, Family::Finished) + count(&all, Family::Abandoned));
        prop_assert_eq!(visits, count(&all, Family::Mode));
        prop_assert!(count(&all, Family::CodeShown) <= visits);
        prop_assert!(count(&all, Family::Language) <= 2 * visits);
    }
}

#[test]
fn a_visit_to_its_results_counts_its_needs_barriers_levels_and_steps_in_the_report_words() {
    let q = crate::content::questionnaire();
    let catalog = crate::catalog::shipped_catalog();
    let mut answers = Answers {
        needs: [NeedId::new("procedures"), NeedId::new("basics")].into(),
        ..Answers::default()
    };
    let mut set = |question: &str, options: &[&str]| {
        answers.situation.insert(
            SituationId::new(question),
            options.iter().map(|o| OptionId::new(*o)).collect(),
        );
    };
    set("equipment", &["feature-phone"]);
    set("internet-home", &["no"]);
    set("email-address", &["forgotten"]);
    set("support", &["reading", "travel"]);
    set("procedure", &["caf"]);
    set("wants", &["done-with-me"]);
    set("language", &["ar"]);
    set("helper", &["no"]);
    assert_eq!(
        barriers(&answers),
        [
            "no-device",
            "no-internet",
            "no-email",
            "reading",
            "language",
            "travel",
            "no-helper"
        ]
    );
    while let Some(item) = crate::journey::plan::planned_items(&q, &answers)
        .into_iter()
        .find(|i| answers.skill(&i.id).is_none())
    {
        answers.skills.insert(
            item.id.clone(),
            crate::questionnaire::skill::SkillAnswer::WithHelp,
        );
    }

    let mut tally = VisitTally::default();
    assert!(
        tally
            .reached_results(&answers, &Profile::of(&q, &answers))
            .is_empty(),
        "no visit is open"
    );
    let opened = tally.start(Mode::Kiosk, "fr");
    assert_eq!(
        opened.iter().map(Measure::key).collect::<Vec<_>>(),
        ["started", "mode:borne", "language:fr"]
    );
    let results = tally.reached_results(&answers, &Profile::of(&q, &answers));
    let keys: Vec<String> = results.iter().map(Measure::key).collect();
    assert!(keys.contains(&"finished".to_owned()));
    assert!(
        keys.contains(&"need:procedures".to_owned()) && keys.contains(&"need:basics".to_owned())
    );
    assert!(keys.contains(&"barrier:no-device".to_owned()));
    // The triage's answers, as answered: nothing else of the person.
    for key in [
        "triage:procedure:caf",
        "triage:wants:done-with-me",
        "triage:language:ar",
        "triage:helper:no",
    ] {
        assert!(keys.contains(&key.to_owned()), "{key}: {keys:?}");
    }
    let french = crate::content::default_messages();
    let said = Measure::with(Family::Triage, "wants:done-with-me").value_label(&french);
    assert_eq!(
        said,
        "Pour cette démarche, que préférez-vous\u{a0}? Cette fois, qu'on la fasse avec moi"
    );
    assert!(
        keys.iter().any(|k| k.starts_with("level:procedures:")),
        "{keys:?}"
    );
    assert!(
        tally
            .reached_results(&answers, &Profile::of(&q, &answers))
            .is_empty(),
        "once per visit"
    );

    let steps = recommend(
        &q,
        &answers,
        &Profile::of(&q, &answers),
        &catalog,
        "2026-12-02T10:00",
    );
    let given = tally.steps_shown(&catalog, &steps);
    assert!(!given.is_empty());
    let reference: serde_json::Value = serde_json::from_str(include_str!(
        "../../../../../content/reference/vocabulaires.json"
    ))
    .unwrap();
    let listed = |v: &serde_json::Value, s: &str| v.as_array().unwrap().iter().any(|x| x == s);
    for m in &given {
        match m.family {
            Family::WorkshopThematique => {
                assert!(crate::catalog::vocabulary::is_thematique(&m.value))
            }
            Family::PlaceService => assert!(
                crate::catalog::vocabulary::SERVICES.contains(&m.value.as_str()),
                "{m:?}"
            ),
            Family::PartnerRedirection => assert!(
                listed(
                    &reference["activite_mediateurs"]["structure_de_redirection"],
                    &m.value
                ),
                "{m:?}"
            ),
            Family::OtherStep => {}
            other => panic!("{other:?}"),
        }
    }
    assert!(
        tally.steps_shown(&catalog, &steps).is_empty(),
        "once per visit"
    );
    // Reaching the results, the visit is not interrupted when it ends.
    assert!(tally.close(&Stage::Results).is_empty());
    // Nothing a visit counts carries a time, a code or a commune.
    for m in opened.iter().chain(&results).chain(&given) {
        assert!(!m.value.contains(|c: char| c.is_ascii_digit()), "{m:?}");
    }
}
