//! Tests of the journey's moves, its progress in words and its invariants (proptest).

use super::*;
use crate::questionnaire::fixtures::sample;
use proptest::prelude::*;

fn answer_situation(journey: &mut Journey, q: &Questionnaire) {
    for s in q.situation() {
        journey.choose_option(q, &s.id, &s.options[0]);
        journey.advance(q).unwrap();
    }
}

#[test]
fn starts_on_the_welcome_screen_then_asks_for_needs() {
    let mut journey = Journey::default();
    assert_eq!(journey.stage(), &Stage::Welcome);
    journey.start();
    assert_eq!(journey.stage(), &Stage::Question(Question::Needs));
}

#[test]
fn cannot_leave_a_question_without_an_answer() {
    let q = sample();
    let mut journey = Journey::default();
    journey.start();
    assert_eq!(journey.advance(&q), Err(Unanswered));
    journey.toggle_need(&q, &NeedId::new("procedures"));
    journey.advance(&q).unwrap();
    assert_eq!(journey.advance(&q), Err(Unanswered));
    assert_eq!(
        journey.stage(),
        &Stage::Question(Question::Situation(SituationId::new("equipment")))
    );
}

#[test]
fn ignores_ids_the_questionnaire_does_not_offer() {
    let q = sample();
    let mut journey = Journey::default();
    journey.toggle_need(&q, &NeedId::new("cooking"));
    journey.answer_skill(&q, &ItemId::new("fax-send"), SkillAnswer::Alone);
    journey.choose_option(&q, &SituationId::new("pets"), &OptionId::new("cat"));
    assert_eq!(journey.answers(), &Answers::default());
}

#[test]
fn walks_every_question_to_the_results_and_back() {
    let q = sample();
    let mut journey = Journey::default();
    journey.start();
    journey.toggle_need(&q, &NeedId::new("basics"));
    journey.advance(&q).unwrap();
    answer_situation(&mut journey, &q);
    let mut seen = 0;
    while let Stage::Question(Question::Skill(id)) = journey.stage().clone() {
        journey.answer_skill(&q, &id, SkillAnswer::Alone);
        journey.advance(&q).unwrap();
        seen += 1;
    }
    assert_eq!(seen, 3);
    assert_eq!(journey.stage(), &Stage::Results);
    journey.back(&q);
    assert_eq!(
        journey.stage(),
        &Stage::Question(Question::Skill(ItemId::new("device-wifi")))
    );
}

#[test]
fn shows_progress_in_words_that_can_be_trusted() {
    let q = sample();
    let mut journey = Journey::default();
    assert_eq!(journey.progress(&q), None);
    journey.start();
    journey.toggle_need(&q, &NeedId::new("procedures"));
    // Needs + 2 situation + 6 skills.
    assert_eq!(
        journey.progress(&q),
        Some(Progress {
            position: 1,
            estimated_total: 9
        })
    );
    journey.advance(&q).unwrap();
    answer_situation(&mut journey, &q);
    journey.answer_skill(&q, &ItemId::new("device-power"), SkillAnswer::Alone);
    journey.advance(&q).unwrap();
    journey.answer_skill(&q, &ItemId::new("device-type"), SkillAnswer::Alone);
    journey.advance(&q).unwrap();
    journey.answer_skill(&q, &ItemId::new("proc-site"), SkillAnswer::NotYet);
    // The advanced procedures items are skipped: the estimate shrinks.
    assert_eq!(
        journey.progress(&q),
        Some(Progress {
            position: 6,
            estimated_total: 6
        })
    );
    journey.advance(&q).unwrap();
    assert_eq!(journey.stage(), &Stage::Results);
}

#[test]
fn changing_an_earlier_answer_replans_without_losing_the_others() {
    let q = sample();
    let mut journey = Journey::default();
    journey.start();
    journey.toggle_need(&q, &NeedId::new("procedures"));
    journey.advance(&q).unwrap();
    answer_situation(&mut journey, &q);
    for _ in 0..6 {
        let Stage::Question(Question::Skill(id)) = journey.stage().clone() else {
            panic!()
        };
        journey.answer_skill(&q, &id, SkillAnswer::Alone);
        journey.advance(&q).unwrap();
    }
    assert_eq!(journey.stage(), &Stage::Results);
    // Back to the first procedures item, now "not yet": the advanced ones go.
    for _ in 0..4 {
        journey.back(&q);
    }
    assert_eq!(
        journey.stage(),
        &Stage::Question(Question::Skill(ItemId::new("proc-site")))
    );
    journey.answer_skill(&q, &ItemId::new("proc-site"), SkillAnswer::NotYet);
    journey.advance(&q).unwrap();
    assert_eq!(journey.stage(), &Stage::Results);
    // Their answers are kept, and come back if the first answer changes again.
    assert_eq!(
        journey.answers().skill(&ItemId::new("proc-taxes")),
        Some(SkillAnswer::Alone)
    );
    journey.back(&q);
    journey.answer_skill(&q, &ItemId::new("proc-site"), SkillAnswer::Alone);
    journey.advance(&q).unwrap();
    assert_eq!(
        journey.stage(),
        &Stage::Question(Question::Skill(ItemId::new("proc-account")))
    );
}

#[test]
fn repairs_a_journey_that_came_from_outside() {
    let q = sample();
    // A saved screen the content no longer has: back to the first gap.
    let json = r#"{"step":{"screen":"question","question":{"kind":"skill","id":"gone"}},
        "answers":{"needs":["procedures","gone"],"situation":{"equipment":["phone"]}}}"#;
    let mut journey: Journey = serde_json::from_str(json).unwrap();
    journey.repair(&q);
    assert_eq!(
        journey.stage(),
        &Stage::Question(Question::Situation(SituationId::new("travel")))
    );
    assert_eq!(journey.answers().needs.len(), 1);
    // A screen past unanswered questions is not allowed either.
    let json = r#"{"step":{"screen":"results"},"answers":{}}"#;
    let mut journey: Journey = serde_json::from_str(json).unwrap();
    journey.repair(&q);
    assert_eq!(journey.stage(), &Stage::Question(Question::Needs));
}

#[test]
fn survives_a_round_trip_through_json() {
    let q = sample();
    let mut journey = Journey::default();
    journey.start();
    journey.toggle_need(&q, &NeedId::new("family"));
    journey.advance(&q).unwrap();
    journey.choose_option(&q, &SituationId::new("equipment"), &OptionId::new("none"));
    let json = serde_json::to_string(&journey).unwrap();
    assert_eq!(serde_json::from_str::<Journey>(&json).unwrap(), journey);
}

#[derive(Clone, Debug)]
enum Action {
    Start,
    ToggleNeed(usize),
    Choose(usize),
    Answer(usize),
    Advance,
    Back,
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        1 => Just(Action::Start),
        2 => (0usize..4).prop_map(Action::ToggleNeed),
        2 => (0usize..4).prop_map(Action::Choose),
        4 => (0usize..4).prop_map(Action::Answer),
        4 => Just(Action::Advance),
        2 => Just(Action::Back),
    ]
}

/// Plays one action on the journey, on whatever the current screen is.
fn play(journey: &mut Journey, q: &Questionnaire, action: &Action) {
    let needs = ["procedures", "family", "basics", "unknown"];
    match (action, journey.stage().clone()) {
        (Action::Start, _) => journey.start(),
        (Action::ToggleNeed(i), _) => journey.toggle_need(q, &NeedId::new(needs[*i])),
        (Action::Choose(i), Stage::Question(Question::Situation(id))) => {
            let options = &q.situation_question(&id).unwrap().options;
            let option = options
                .get(*i)
                .cloned()
                .unwrap_or_else(|| OptionId::new("x"));
            journey.choose_option(q, &id, &option);
        }
        (Action::Answer(i), Stage::Question(Question::Skill(id))) => {
            journey.answer_skill(q, &id, SkillAnswer::ALL[*i]);
        }
        (Action::Advance, _) => {
            let _ = journey.advance(q);
        }
        (Action::Back, _) => journey.back(q),
        _ => {}
    }
}

proptest! {
    /// Whatever a person clicks, in any order, the screen is always one the plan
    /// has, every question before it is answered, and only offered ids are held.
    #[test]
    fn any_sequence_of_answers_and_back_steps_keeps_the_journey_valid(
        actions in prop::collection::vec(action(), 0..120),
    ) {
        let q = sample();
        let mut journey = Journey::default();
        for action in &actions {
            play(&mut journey, &q, action);
            let plan = plan(&q, journey.answers());
            let mut repaired = journey.clone();
            repaired.repair(&q);
            prop_assert_eq!(&repaired, &journey, "after {:?}", action);
            if let Stage::Question(current) = journey.stage() {
                prop_assert!(plan.contains(current));
            }
            if journey.stage() == &Stage::Results {
                prop_assert!(plan.iter().all(|q| journey.is_answered(q)));
            }
        }
    }

    /// Whatever the answers, advancing after each one reaches the results.
    #[test]
    fn every_path_ends_at_the_results(
        picks in prop::collection::btree_set(0usize..3, 1..=3),
        answers in prop::collection::vec(0usize..4, 20),
    ) {
        let q = sample();
        let mut journey = Journey::default();
        journey.start();
        for i in &picks {
            journey.toggle_need(&q, &q.needs()[*i].id.clone());
        }
        let mut next_answer = answers.iter().cycle();
        for _ in 0..100 {
            match journey.stage().clone() {
                Stage::Question(Question::Situation(id)) => {
                    let option = q.situation_question(&id).unwrap().options[0].clone();
                    journey.choose_option(&q, &id, &option);
                }
                Stage::Question(Question::Skill(id)) => {
                    journey.answer_skill(&q, &id, SkillAnswer::ALL[*next_answer.next().unwrap()]);
                }
                _ => {}
            }
            if journey.stage() == &Stage::Results {
                break;
            }
            journey.advance(&q).unwrap();
        }
        prop_assert_eq!(journey.stage(), &Stage::Results);
    }
}

// The urgent shortcut and the situation questions' own conditions (`shortcut.rs`).

fn shortcut_answers(needs: &[&str], situation: &[(&str, &str)]) -> Answers {
    let mut a = Answers {
        needs: needs.iter().map(|n| NeedId::new(*n)).collect(),
        ..Answers::default()
    };
    for (q, o) in situation {
        a.situation
            .insert(SituationId::new(*q), [OptionId::new(*o)].into());
    }
    a
}

#[test]
fn the_shortcut_reads_questions_the_content_has() {
    let q = crate::content::questionnaire();
    let urgency = q
        .situation_question(&SituationId::new(shortcut::URGENCY))
        .unwrap();
    assert!(urgency.has_option(&OptionId::new(shortcut::URGENCY_THIS_WEEK)));
    let wants = q
        .situation_question(&SituationId::new(shortcut::WANTS))
        .unwrap();
    assert!(shortcut::WANTS_SOMEONE
        .iter()
        .all(|o| wants.has_option(&OptionId::new(*o))));
}

/// An urgent démarche this week, wanted done with someone: a door in at most ten
/// answers, and every question skipped can still be answered later.
#[test]
fn an_urgent_demarche_done_with_someone_is_answered_in_ten_answers_at_most() {
    let q = crate::content::questionnaire();
    let mut a = shortcut_answers(
        &["procedures"],
        &[
            ("procedure", "caf"),
            ("urgency", "week"),
            ("wants", "done-with-me"),
        ],
    );
    let short = plan(&q, &a);
    assert!(short.len() <= 10, "{short:?}");
    assert!(!short.iter().any(|s| matches!(s, Question::Skill(_))));
    assert!(!short.contains(&Question::Situation(SituationId::new("helper"))));
    a.answer_the_rest = true;
    let whole = plan(&q, &a);
    assert!(whole.iter().any(|s| matches!(s, Question::Skill(_))));
    assert!(whole.contains(&Question::Situation(SituationId::new("helper"))));
    let learner = shortcut_answers(
        &["procedures"],
        &[
            ("procedure", "caf"),
            ("urgency", "week"),
            ("wants", "learn"),
        ],
    );
    assert!(plan(&q, &learner)
        .iter()
        .any(|s| matches!(s, Question::Skill(_))));
}

#[test]
fn the_demarche_is_asked_only_with_a_need_that_has_demarches() {
    let q = crate::content::questionnaire();
    let procedure = Question::Situation(SituationId::new("procedure"));
    let wants = Question::Situation(SituationId::new("wants"));
    assert!(!plan(&q, &shortcut_answers(&["leisure"], &[])).contains(&procedure));
    assert!(plan(&q, &shortcut_answers(&["job"], &[])).contains(&procedure));
    assert!(!plan(&q, &shortcut_answers(&["job"], &[])).contains(&wants));
    assert!(!plan(&q, &shortcut_answers(&["job"], &[("procedure", "none")])).contains(&wants));
    assert!(plan(
        &q,
        &shortcut_answers(&["job"], &[("procedure", "france-travail")])
    )
    .contains(&wants));
}
