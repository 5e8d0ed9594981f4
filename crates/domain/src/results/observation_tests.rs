//! How what the hands-on checks saw counts, from the plan to the levels: the rules of
//! `journey/observation.rs` and `journey/answers.rs` (`assessed`) seen through the plan
//! and the scoring.

use crate::journey::answers::Answers;
use crate::journey::observation::*;
use crate::journey::plan::{plan, Question};
use crate::journey::{Journey, Stage};
use crate::questionnaire::check::{CheckId, Means};
use crate::questionnaire::fixtures::sample_with_checks;
use crate::questionnaire::ids::ItemId;
use crate::questionnaire::ids::NeedId;
use crate::questionnaire::skill::SkillAnswer;
use crate::questionnaire::Questionnaire;
use crate::results::scoring::{AutonomyLevel, Profile};
use proptest::prelude::*;
use SkillAnswer::*;

fn device_level(answers: &Answers) -> Option<AutonomyLevel> {
    Profile::of(&sample_with_checks(), answers)
        .level_of(&crate::questionnaire::area::AreaId::new("device"))
}

/// Needs « basics » and « procedures » (so that the device's advanced item is
/// asked), its two basic items answered as said, the checks accepted and observed as
/// given.
fn answers(power: SkillAnswer, typing: SkillAnswer, seen: &[(&str, Observation)]) -> Answers {
    let mut a = Answers::default();
    a.needs.insert(NeedId::new("basics"));
    a.needs.insert(NeedId::new("procedures"));
    a.skills.insert(ItemId::new("device-power"), power);
    a.skills.insert(ItemId::new("device-type"), typing);
    a.checks_offer = Some(ChecksOffer::Accepted);
    for (id, o) in seen {
        a.checks.insert(CheckId::new(*id), *o);
    }
    a
}

const MOUSE_FIRST: Observation = Observation::Done(Attempt {
    tries: 1,
    means: Means::Mouse,
    seconds: 3,
});

#[test]
fn what_was_seen_counts_over_what_was_said() {
    // Said « Non, pas encore », pressed the button with the mouse on the first try.
    let said_no = answers(NotYet, Alone, &[]);
    assert_eq!(device_level(&said_no), Some(AutonomyLevel::FullySupported));
    let seen_yes = answers(NotYet, Alone, &[("press", MOUSE_FIRST)]);
    assert_eq!(device_level(&seen_yes), Some(AutonomyLevel::Autonomous));
    // Said « Oui, sans aide », tried three times with a finger and stopped.
    let seen_no = answers(
        Alone,
        Alone,
        &[("press", Observation::left_after(3, Means::Touch, 20))],
    );
    assert_eq!(device_level(&seen_no), Some(AutonomyLevel::FullySupported));
    let profile = Profile::of(&sample_with_checks(), &seen_no);
    assert_eq!(profile.observed.len(), 1);
    let seen = &profile.observed[0];
    assert_eq!(
        (seen.declared, seen.observed),
        (Some(Alone), Observed::NotYet)
    );
    assert!(seen.disagrees());
    assert!(profile.to_learn.contains(&ItemId::new("device-power")));
}

#[test]
fn success_after_some_tries_stands_for_with_help() {
    let a = answers(
        Alone,
        Alone,
        &[("press", Observation::done(3, Means::Mouse, 12))],
    );
    assert_eq!(
        a.assessed(&sample_with_checks(), &ItemId::new("device-power")),
        Some(WithHelp)
    );
    assert_eq!(device_level(&a), Some(AutonomyLevel::PartlyAutonomous));
}

#[test]
fn the_keyboard_says_nothing_of_a_pointer_item() {
    // A screen reader or the Enter key pressed the button: the mouse item keeps
    // what the person said, and a keyboard user never fails a pointer task.
    for o in [
        Observation::done(1, Means::Keyboard, 2),
        Observation::left_after(2, Means::Keyboard, 9),
    ] {
        let a = answers(NotYet, Alone, &[("press", o)]);
        assert_eq!(device_level(&a), Some(AutonomyLevel::FullySupported));
        assert!(Profile::of(&sample_with_checks(), &a).observed.is_empty());
    }
    // The typing check counts whatever the means.
    let typed = answers(
        Alone,
        NotYet,
        &[("type", Observation::done(1, Means::Keyboard, 4))],
    );
    assert_eq!(device_level(&typed), Some(AutonomyLevel::Autonomous));
}

#[test]
fn a_check_passed_or_declined_counts_for_nothing() {
    let skipped = answers(NotYet, Alone, &[("press", Observation::Skipped)]);
    assert_eq!(device_level(&skipped), Some(AutonomyLevel::FullySupported));
    assert_eq!(
        Observation::left_after(0, Means::Mouse, 5),
        Observation::Skipped
    );
    let mut declined = answers(NotYet, Alone, &[("press", MOUSE_FIRST)]);
    declined.checks_offer = Some(ChecksOffer::Declined);
    assert_eq!(device_level(&declined), Some(AutonomyLevel::FullySupported));
    assert!(Profile::of(&sample_with_checks(), &declined)
        .checks
        .is_empty());
}

#[test]
fn several_checks_of_one_item_agree_or_meet_halfway() {
    let mut q: serde_json::Value =
        serde_json::from_str(crate::questionnaire::fixtures::SAMPLE).unwrap();
    q["checks"] = serde_json::json!({"area": "device", "list": [
        {"id": "a", "kind": "press", "evidence": {"mouse": "device-power"}},
        {"id": "b", "kind": "scroll", "evidence": {"mouse": "device-power"}}
    ]});
    let q = Questionnaire::parse(&q.to_string()).unwrap();
    let power = ItemId::new("device-power");
    let seen = |a: Observation, b: Observation| {
        let mut answers = answers(Alone, Alone, &[("a", a), ("b", b)]);
        answers.checks_offer = Some(ChecksOffer::Accepted);
        answers.observed(&q, &power)
    };
    let failed = Observation::left_after(2, Means::Mouse, 30);
    assert_eq!(seen(MOUSE_FIRST, MOUSE_FIRST), Some(Observed::FirstTry));
    assert_eq!(seen(failed, failed), Some(Observed::NotYet));
    assert_eq!(seen(MOUSE_FIRST, failed), Some(Observed::AfterTries));
    assert_eq!(
        seen(MOUSE_FIRST, Observation::Skipped),
        Some(Observed::FirstTry)
    );
}

#[test]
fn the_offer_comes_after_the_basics_and_before_the_advanced_items() {
    let q = sample_with_checks();
    let mut a = answers(Alone, Alone, &[]);
    a.checks_offer = None;
    let questions = plan(&q, &a);
    let at = |wanted: &Question| questions.iter().position(|x| x == wanted).unwrap();
    let offer = at(&Question::ChecksOffer);
    assert!(at(&Question::Skill(ItemId::new("device-type"))) < offer);
    assert!(offer < at(&Question::Skill(ItemId::new("device-wifi"))));
    assert!(!questions.iter().any(|x| matches!(x, Question::Check(_))));
    a.checks_offer = Some(ChecksOffer::Accepted);
    let accepted = plan(&q, &a);
    assert_eq!(accepted.len(), questions.len() + 3);
    assert_eq!(accepted[offer + 1], Question::Check(CheckId::new("press")));
}

#[test]
fn a_basic_item_seen_not_done_skips_the_advanced_items() {
    let q = sample_with_checks();
    let wifi = Question::Skill(ItemId::new("device-wifi"));
    let a = answers(Alone, Alone, &[("press", MOUSE_FIRST)]);
    assert!(plan(&q, &a).contains(&wifi));
    let a = answers(
        Alone,
        Alone,
        &[("press", Observation::left_after(2, Means::Mouse, 8))],
    );
    assert!(!plan(&q, &a).contains(&wifi));
}

#[test]
fn stopping_passes_the_checks_left_and_moves_past_them() {
    let q = sample_with_checks();
    let mut journey = Journey::default();
    journey.start();
    journey.toggle_need(&q, &NeedId::new("basics"));
    let mut steps = 0;
    while !matches!(journey.stage(), Stage::Question(Question::Check(_))) {
        match journey.stage().clone() {
            Stage::Question(Question::Situation(id)) => {
                let first = q.situation_question(&id).unwrap().options[0].clone();
                journey.choose_option(&q, &id, &first);
            }
            Stage::Question(Question::Skill(id)) => journey.answer_skill(&q, &id, Alone),
            Stage::Question(Question::ChecksOffer) => {
                journey.answer_checks_offer(&q, ChecksOffer::Accepted)
            }
            _ => {}
        }
        journey.advance(&q).unwrap();
        steps += 1;
        assert!(steps < 50, "never reached a check");
    }
    // One try from the keyboard: it counts for nothing, so the advanced item stays.
    let tried = Observation::left_after(1, Means::Keyboard, 4);
    journey.stop_checks(&q, tried);
    let a = journey.answers();
    assert_eq!(a.checks.get(&CheckId::new("press")), Some(&tried));
    assert_eq!(
        a.checks.get(&CheckId::new("type")),
        Some(&Observation::Skipped)
    );
    assert_eq!(
        a.checks.get(&CheckId::new("choose")),
        Some(&Observation::Skipped)
    );
    assert_eq!(
        journey.stage(),
        &Stage::Question(Question::Skill(ItemId::new("device-wifi")))
    );
}

fn any_answer() -> impl Strategy<Value = SkillAnswer> {
    prop::sample::select(SkillAnswer::ALL.to_vec())
}

proptest! {
    /// Whatever was said, a check done with the keyboard leaves the pointer item's
    /// level as it was.
    #[test]
    fn keyboard_checks_never_change_a_pointer_item(
        power in any_answer(),
        typing in any_answer(),
        tries in 0u8..8,
        done in any::<bool>(),
    ) {
        let before = answers(power, typing, &[]);
        let o = if done { Observation::done(tries, Means::Keyboard, 5) } else { Observation::left_after(tries, Means::Keyboard, 5) };
        let after = answers(power, typing, &[("press", o)]);
        prop_assert_eq!(
            before.assessed(&sample_with_checks(), &ItemId::new("device-power")),
            after.assessed(&sample_with_checks(), &ItemId::new("device-power"))
        );
    }

    /// A success on the first try can only raise an item, a check not done only
    /// lower it: the observation decides, whatever was said.
    #[test]
    fn an_observation_decides_the_item(said in any_answer(), tries in 1u8..8) {
        let q = sample_with_checks();
        let power = ItemId::new("device-power");
        let first = answers(said, Alone, &[("press", Observation::done(1, Means::Mouse, 5))]);
        prop_assert_eq!(first.assessed(&q, &power), Some(Alone));
        let failed = answers(said, Alone, &[("press", Observation::left_after(tries, Means::Touch, 5))]);
        prop_assert_eq!(failed.assessed(&q, &power), Some(NotYet));
    }
}
