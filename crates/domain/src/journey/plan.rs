//! Which questions a journey asks, in which order, given the answers so far.
//!
//! The plan is recomputed from the answers every time, so going back and changing an
//! answer re-plans the rest without losing anything. The rules:
//! - the needs question, then the situation questions that fit the answers before
//!   them (`shortcut::is_asked`: the démarche only with a need that has démarches);
//! - an urgent démarche wanted done with someone stops there (`shortcut`);
//! - then the skill areas: the questionnaire's `always_area` first (only its basic
//!   items, unless a chosen need leads to it), then the areas of the chosen needs in
//!   the questionnaire's order;
//! - the skill budget is dealt out one item per area per round, so that every area gets
//!   at least one question and no journey asks more than the budget (unless there are
//!   more areas than the budget);
//! - within an area, basic items come first, and once a basic item is answered "not
//!   yet", the advanced items of that area are skipped;
//! - an item that does not apply to the person's situation (the mouse item to someone
//!   with only a smartphone) is left out before the budget is dealt;
//! - the hands-on checks' offer comes right after the basic items of the checks' area
//!   (before its advanced items), and, if accepted, every check after it; where a check
//!   stands for a basic item, what it observed decides whether the advanced items are
//!   skipped.
//!
//! Every question's place in the plan depends only on the answers before it, so the
//! question on screen always stays in the plan when it is answered.

use crate::journey::answers::Answers;
use crate::journey::observation::ChecksOffer;
use crate::journey::shortcut::{is_asked, is_shortened};
use crate::questionnaire::area::AreaId;
use crate::questionnaire::ids::{CheckId, ItemId, SituationId};
use crate::questionnaire::skill::{ItemLevel, SkillItem};
use crate::questionnaire::Questionnaire;
use serde::{Deserialize, Serialize};

/// One question of a journey.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "id")]
pub enum Question {
    Needs,
    Situation(SituationId),
    Skill(ItemId),
    /// « Voulez-vous essayer ? C'est facultatif. »
    ChecksOffer,
    /// One hands-on check.
    Check(CheckId),
}

/// The questions asked, in order, for these answers.
pub fn plan(questionnaire: &Questionnaire, answers: &Answers) -> Vec<Question> {
    let mut questions = vec![Question::Needs];
    questions.extend(
        questionnaire
            .situation()
            .iter()
            .filter(|s| is_asked(s, answers))
            .map(|s| Question::Situation(s.id.clone())),
    );
    let items = planned_items(questionnaire, answers);
    let checks_at = questionnaire.checks().and_then(|checks| {
        let of_area = |i: &&SkillItem| i.area == checks.area;
        let last_basic = items
            .iter()
            .rposition(|i| of_area(i) && i.level == ItemLevel::Basic);
        last_basic
            .map(|i| i + 1)
            .or_else(|| items.iter().position(of_area))
            .map(|at| (at, checks))
    });
    for (index, item) in items.iter().enumerate() {
        if let Some((_, checks)) = checks_at.filter(|(at, _)| *at == index) {
            push_checks(&mut questions, checks, answers);
        }
        questions.push(Question::Skill(item.id.clone()));
    }
    if let Some((_, checks)) = checks_at.filter(|(at, _)| *at == items.len()) {
        push_checks(&mut questions, checks, answers);
    }
    questions
}

/// The offer, and the checks if it was accepted.
fn push_checks(
    questions: &mut Vec<Question>,
    checks: &crate::questionnaire::check::HandsOnChecks,
    answers: &Answers,
) {
    questions.push(Question::ChecksOffer);
    if answers.checks_offer == Some(ChecksOffer::Accepted) {
        questions.extend(checks.list.iter().map(|c| Question::Check(c.id.clone())));
    }
}

/// The skill items asked, in order, for these answers.
pub fn planned_items<'a>(
    questionnaire: &'a Questionnaire,
    answers: &Answers,
) -> Vec<&'a SkillItem> {
    if is_shortened(answers) {
        return Vec::new();
    }
    let areas = areas_asked(questionnaire, answers);
    let quotas = deal(
        questionnaire.skill_budget(),
        &areas.iter().map(|(_, cap)| *cap).collect::<Vec<_>>(),
    );
    let mut items = Vec::new();
    for ((area, _), quota) in areas.iter().zip(quotas) {
        let mut basics_missing = false;
        for item in questionnaire
            .items_of(area)
            .filter(|i| applies(i, answers))
            .take(quota)
        {
            if item.level == ItemLevel::Advanced && basics_missing {
                break;
            }
            if item.level == ItemLevel::Basic
                && answers
                    .assessed(questionnaire, &item.id)
                    .is_some_and(|a| a.is_not_yet())
            {
                basics_missing = true;
            }
            items.push(item);
        }
    }
    items
}

/// Whether an item applies to this person: true unless its `when` names a situation
/// question the person answered with none of its options.
pub fn applies(item: &SkillItem, answers: &Answers) -> bool {
    item.when.as_ref().is_none_or(|when| {
        let chosen = answers.options(&when.question);
        chosen.is_empty() || when.options.iter().any(|o| chosen.contains(o))
    })
}

/// The areas asked, in order, each with the most items it may ask.
pub fn areas_asked<'a>(
    questionnaire: &'a Questionnaire,
    answers: &Answers,
) -> Vec<(&'a AreaId, usize)> {
    let chosen = |area: &AreaId| {
        questionnaire
            .needs()
            .iter()
            .filter(|n| answers.needs.contains(&n.id))
            .any(|n| n.areas.contains(area))
    };
    let count = |area: &AreaId, basic_only: bool| {
        questionnaire
            .items_of(area)
            .filter(|i| applies(i, answers))
            .filter(|i| !basic_only || i.level == ItemLevel::Basic)
            .count()
    };
    let mut areas = Vec::new();
    if let Some(always) = questionnaire.always_area() {
        areas.push((always, count(always, !chosen(always))));
    }
    for area in questionnaire.areas() {
        if Some(&area.id) != questionnaire.always_area() && chosen(&area.id) {
            areas.push((&area.id, count(&area.id, false)));
        }
    }
    areas
}

/// Deals `budget` questions out to areas, one per area per round, never more than an
/// area's `caps`; every area with a question gets at least one, even past the budget.
fn deal(budget: usize, caps: &[usize]) -> Vec<usize> {
    let mut quotas = vec![0; caps.len()];
    let mut dealt = 0;
    loop {
        let mut progressed = false;
        for (quota, cap) in quotas.iter_mut().zip(caps) {
            if *quota < *cap && (dealt < budget || *quota == 0) {
                *quota += 1;
                dealt += 1;
                progressed = true;
            }
        }
        if !progressed {
            return quotas;
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::questionnaire::fixtures::sample;
    use crate::questionnaire::ids::{NeedId, OptionId, SituationId};
    use crate::questionnaire::skill::SkillAnswer;
    use proptest::prelude::*;

    fn needs(ids: &[&str]) -> Answers {
        Answers {
            needs: ids.iter().map(|id| NeedId::new(*id)).collect(),
            ..Answers::default()
        }
    }

    fn skill_ids(q: &Questionnaire, answers: &Answers) -> Vec<String> {
        planned_items(q, answers)
            .iter()
            .map(|i| i.id.to_string())
            .collect()
    }

    /// The shipped content: the mouse item is asked only to people with a computer (or
    /// none, or who did not say), the touch-screen item only to people with a smartphone
    /// or a tablet; and the room it leaves goes to the next item.
    #[test]
    fn an_item_that_does_not_fit_the_equipment_is_not_asked() {
        let q = crate::content::questionnaire();
        let with_equipment = |options: &[&str]| {
            let mut answers = needs(&["basics"]);
            answers.situation.insert(
                SituationId::new("equipment"),
                options.iter().map(|o| OptionId::new(*o)).collect(),
            );
            skill_ids(&q, &answers)
        };
        let phone = with_equipment(&["smartphone"]);
        assert!(phone.contains(&"device-touch".into()));
        assert!(!phone.contains(&"device-click".into()));
        let computer = with_equipment(&["computer"]);
        assert!(computer.contains(&"device-click".into()));
        assert!(!computer.contains(&"device-touch".into()));
        let both = with_equipment(&["computer", "tablet"]);
        assert!(both.contains(&"device-click".into()) && both.contains(&"device-touch".into()));
        let unsaid = skill_ids(&q, &needs(&["basics"]));
        assert!(unsaid.contains(&"device-click".into()) && unsaid.contains(&"device-touch".into()));
        assert_eq!(phone.len(), unsaid.len(), "the room goes to the next item");
    }

    /// The procedures that matter most at France Services (ANTS, impôts) are asked even
    /// when a second need shares the budget.
    #[test]
    fn ants_and_taxes_are_asked_beside_a_second_need() {
        let q = crate::content::questionnaire();
        for other in ["job", "family", "health", "safety", "school", "leisure"] {
            let mut answers = needs(&["procedures", other]);
            answers.situation.insert(
                SituationId::new("equipment"),
                [OptionId::new("smartphone")].into(),
            );
            let ids = skill_ids(&q, &answers);
            assert!(
                ids.contains(&"procedures-france-titres".into()),
                "{other}: {ids:?}"
            );
            if other != "job" && other != "family" {
                assert!(ids.contains(&"procedures-taxes".into()), "{other}: {ids:?}");
            }
        }
    }

    #[test]
    fn asks_needs_then_situation_then_skills() {
        let q = sample();
        let plan = plan(&q, &needs(&["procedures"]));
        assert_eq!(plan[0], Question::Needs);
        assert_eq!(plan[1], Question::Situation(SituationId::new("equipment")));
        assert_eq!(plan[2], Question::Situation(SituationId::new("travel")));
        assert!(matches!(plan[3], Question::Skill(_)));
    }

    #[test]
    fn always_starts_with_the_basics_of_the_device() {
        let q = sample();
        // Not chosen: only the two basic device items, then procedures takes the rest
        // of the budget of six.
        assert_eq!(
            skill_ids(&q, &needs(&["procedures"])),
            [
                "device-power",
                "device-type",
                "proc-site",
                "proc-account",
                "proc-form",
                "proc-taxes"
            ]
        );
        // Chosen through "basics": the advanced device item too.
        assert_eq!(
            skill_ids(&q, &needs(&["basics"])),
            ["device-power", "device-type", "device-wifi"]
        );
    }

    #[test]
    fn shares_the_budget_between_areas() {
        let q = sample();
        // device (2 basics), email (2), procedures (4) with a budget of 6:
        // rounds give device 2, email 2, procedures 2.
        assert_eq!(
            skill_ids(&q, &needs(&["family"])),
            [
                "device-power",
                "device-type",
                "email-read",
                "email-attach",
                "proc-site",
                "proc-account"
            ]
        );
    }

    #[test]
    fn skips_advanced_items_when_a_basic_one_is_not_yet() {
        let q = sample();
        let mut answers = needs(&["procedures"]);
        answers
            .skills
            .insert(ItemId::new("proc-site"), SkillAnswer::NotYet);
        assert_eq!(
            skill_ids(&q, &answers),
            ["device-power", "device-type", "proc-site"]
        );
        // "I don't understand the question" is not "not yet": the wording failed, and
        // the advanced items stay.
        answers
            .skills
            .insert(ItemId::new("proc-site"), SkillAnswer::NotUnderstood);
        assert_eq!(skill_ids(&q, &answers).len(), 6);
        // "With help" is not "not yet": the advanced items stay.
        answers
            .skills
            .insert(ItemId::new("proc-site"), SkillAnswer::WithHelp);
        assert_eq!(skill_ids(&q, &answers).len(), 6);
    }

    #[test]
    fn a_not_yet_in_one_area_does_not_shorten_another() {
        let q = sample();
        let mut answers = needs(&["basics"]);
        answers
            .skills
            .insert(ItemId::new("email-read"), SkillAnswer::NotYet);
        assert_eq!(skill_ids(&q, &answers).len(), 3);
    }

    #[test]
    fn deals_round_by_round_and_gives_every_area_one() {
        assert_eq!(deal(6, &[2, 2, 4]), [2, 2, 2]);
        assert_eq!(deal(12, &[3, 6]), [3, 6]);
        assert_eq!(deal(5, &[1, 9, 9]), [1, 2, 2]);
        assert_eq!(deal(2, &[3, 3, 3]), [1, 1, 1]);
        assert_eq!(deal(4, &[]), Vec::<usize>::new());
    }

    proptest! {
        /// The budget holds whatever the needs, and no area is asked twice the same item.
        #[test]
        fn never_asks_more_than_the_budget_or_an_item_twice(
            picks in prop::collection::btree_set(0usize..3, 0..=3),
        ) {
            let q = sample();
            let ids: Vec<&str> = picks.iter().map(|i| ["procedures", "family", "basics"][*i]).collect();
            let items = skill_ids(&q, &needs(&ids));
            let areas = areas_asked(&q, &needs(&ids)).len();
            prop_assert!(items.len() <= q.skill_budget().max(areas));
            let unique: std::collections::BTreeSet<_> = items.iter().collect();
            prop_assert_eq!(unique.len(), items.len());
        }
    }
}
