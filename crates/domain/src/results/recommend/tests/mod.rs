//! The triage checked as an advisor would: a table of residents on the example
//! catalog of Parthenay-Gâtine (`residents.rs`), and properties over any answers.

use super::*;
use crate::catalog::CatalogFiles;
use crate::journey::observation::{ChecksOffer, Observation};
use crate::journey::plan::planned_items;
use crate::questionnaire::check::{CheckId, Means};
use crate::questionnaire::ids::{ItemId, NeedId, OptionId, SituationId};
use crate::questionnaire::skill::SkillAnswer;
use proptest::prelude::*;

mod properties;
mod residents;

/// A Thursday in December 2026, 10:00.
const TODAY: &str = "2026-12-03T10:00";

fn questionnaire() -> Questionnaire {
    crate::content::questionnaire()
}

fn catalog() -> Catalog {
    crate::catalog::shipped_catalog()
}

/// A resident: needs, situation answers ("question=option"), one answer for every skill
/// item asked (with exceptions by item id), a commune; and what an advisor expects.
pub(super) struct Resident {
    pub who: &'static str,
    pub needs: &'static [&'static str],
    pub situation: &'static [&'static str],
    pub skills: SkillAnswer,
    pub except: &'static [(&'static str, SkillAnswer)],
    pub commune: Option<&'static str>,
    /// The first step ("place:france-services-parthenay", "partner:caf", "workshop:…",
    /// "structure", "help-line").
    pub first: &'static str,
    /// Reasons the first step must give (their message keys, or "demarche").
    pub first_says: &'static [&'static str],
    pub must: &'static [&'static str],
    pub must_not: &'static [&'static str],
}

pub(super) fn answers_of(q: &Questionnaire, r: &Resident) -> Answers {
    let mut answers = Answers {
        needs: r.needs.iter().map(|n| NeedId::new(*n)).collect(),
        commune: r.commune.map(str::to_owned),
        ..Answers::default()
    };
    for pair in r.situation {
        let (question, option) = pair.split_once('=').unwrap();
        answers
            .situation
            .entry(SituationId::new(question))
            .or_default()
            .insert(OptionId::new(option));
    }
    // Answer in plan order, so that skips apply as they would on screen.
    for _ in 0..60 {
        let next = planned_items(q, &answers)
            .into_iter()
            .find(|i| answers.skill(&i.id).is_none());
        let Some(item) = next else { break };
        let answer = r
            .except
            .iter()
            .find(|(id, _)| *id == item.id.as_str())
            .map_or(r.skills, |(_, a)| *a);
        answers.skills.insert(item.id.clone(), answer);
    }
    answers
}

/// The next steps for these answers, the profile computed as the results screen does.
fn steps_for(q: &Questionnaire, answers: &Answers, catalog: &Catalog) -> Vec<NextStep> {
    recommend(q, answers, &Profile::of(q, answers), catalog, TODAY)
}

/// "workshop:premiers-pas", "place:france-services-parthenay", "partner:caf",
/// "structure", "help-line".
pub(super) fn label(catalog: &Catalog, step: &NextStep) -> String {
    match &step.kind {
        NextStepKind::Workshop(i) => format!("workshop:{}", catalog.workshops[*i].id),
        NextStepKind::Place { place, .. } => format!("place:{}", catalog.places[*place].id),
        NextStepKind::Partner(i) => format!("partner:{}", catalog.partners[*i].id),
        NextStepKind::Structure => "structure".into(),
        NextStepKind::HelpLine => "help-line".into(),
    }
}

/// A reason's name in the table: its message key, or its kind for the others.
pub(super) fn reason_name(reason: &Reason) -> String {
    reason.fixed_key().map_or_else(
        || match reason {
            Reason::Need(_) => "need".into(),
            Reason::AreaLevel { .. } => "level".into(),
            Reason::Demarche(_) => "demarche".into(),
            Reason::NotUnderstood(_) => "not_understood".into(),
            Reason::Language(_) => "language".into(),
            Reason::Support(option) => format!("support.{option}"),
            Reason::Item(_) => "item".into(),
            Reason::Near => "near".into(),
            _ => String::new(),
        },
        |k| k.trim_start_matches("reason.").to_owned(),
    )
}

#[test]
fn without_any_catalog_the_help_line_remains() {
    let q = questionnaire();
    let empty = Catalog::load(&CatalogFiles::default());
    let steps = steps_for(&q, &answers_of(&q, &residents::RESIDENTS[4]), &empty);
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0].kind, NextStepKind::HelpLine);
    assert_eq!(
        empty.problems.iter().filter(|p| p.serious).count(),
        4,
        "one plain problem per missing file"
    );
}

/// Someone who hears badly is never left with only a phone line: without a structure,
/// the fallback is a place to go.
#[test]
fn someone_who_hears_badly_gets_a_place_not_only_a_phone_line() {
    let q = questionnaire();
    let mut catalog = catalog();
    catalog.territory.structure.name.clear();
    catalog.workshops.clear();
    let mut answers = answers_of(&q, &residents::RESIDENTS[0]);
    answers.needs = [NeedId::new("leisure")].into();
    answers.situation.clear();
    answers
        .situation
        .insert(SituationId::new(SUPPORT), [OptionId::new("hearing")].into());
    for skill in answers.skills.values_mut() {
        *skill = SkillAnswer::Alone;
    }
    let steps = steps_for(&q, &answers, &catalog);
    assert!(
        steps.iter().all(|s| s.kind != NextStepKind::HelpLine),
        "{steps:?}"
    );
    answers.situation.clear();
    let steps = steps_for(&q, &answers, &catalog);
    assert!(steps.iter().any(|s| matches!(
        s.kind,
        NextStepKind::HelpLine | NextStepKind::Place { .. } | NextStepKind::Workshop(_)
    )));
}

#[test]
fn the_situation_ids_the_triage_reads_exist() {
    let q = questionnaire();
    let options = [
        (
            EQUIPMENT,
            &[
                "none",
                "feature-phone",
                "smartphone",
                "computer",
                "tablet",
                "borrowed",
            ][..],
        ),
        (INTERNET_HOME, &["no"]),
        (SMS, &["no", "relative"]),
        (EMAIL_ADDRESS, &["no", "forgotten", "relative"]),
        (crate::journey::shortcut::URGENCY, &["week", "month"]),
        (
            crate::journey::shortcut::WANTS,
            &["learn", "with-someone", "done-with-me"],
        ),
        (
            SUPPORT,
            &[SUPPORT_TRAVEL, "hearing", "sight", "mobility", "reading"],
        ),
        (LANGUAGE, &[person::FRENCH]),
        (HELPER, &["yes", "sometimes", "no"]),
        (PROCEDURE, &["none", "other", "bank"]),
    ];
    for (id, options) in options {
        let question = q.situation_question(&SituationId::new(id));
        assert!(question.is_some(), "{id}");
        for option in options {
            assert!(
                question.unwrap().has_option(&OptionId::new(*option)),
                "{id}: {option}"
            );
        }
    }
    let catalog = catalog();
    let procedure = q.situation_question(&SituationId::new(PROCEDURE)).unwrap();
    for partner in catalog.partners.iter().filter(|p| !p.organisme.is_empty()) {
        assert!(
            procedure.has_option(&OptionId::new(partner.organisme.as_str())),
            "partner {}: organisme « {} » is not an option of `procedure`",
            partner.id,
            partner.organisme
        );
    }
}

/// Any answers to the shipped questionnaire, the situation answered or not.
pub(super) fn any_answers() -> impl Strategy<Value = Answers> {
    let q = questionnaire();
    let needs: Vec<NeedId> = q.needs().iter().map(|n| n.id.clone()).collect();
    let items: Vec<ItemId> = q.items().iter().map(|i| i.id.clone()).collect();
    let situation: Vec<(SituationId, Vec<OptionId>)> = q
        .situation()
        .iter()
        .map(|s| (s.id.clone(), s.options.clone()))
        .collect();
    (
        prop::sample::subsequence(needs, 1..=4),
        prop::collection::vec(0usize..4, items.len()),
        prop::collection::vec(prop::option::of(0usize..12), situation.len()),
        prop::option::of(prop::sample::select(vec![
            "Parthenay",
            "Secondigny",
            "Thénezay",
            "Amailloux",
            "Ailleurs",
        ])),
        any_checks(),
    )
        .prop_map(
            move |(needs, skills, picks, commune, (checks_offer, checks))| Answers {
                needs: needs.into_iter().collect(),
                skills: items
                    .iter()
                    .cloned()
                    .zip(skills.into_iter().map(|i| SkillAnswer::ALL[i]))
                    .collect(),
                situation: situation
                    .iter()
                    .zip(picks)
                    .filter_map(|((id, options), pick)| {
                        Some((id.clone(), [options[pick? % options.len()].clone()].into()))
                    })
                    .collect(),
                commune: commune.map(str::to_owned),
                checks_offer,
                checks,
                answer_the_rest: false,
            },
        )
}

/// The offer answered or not, and any observation of the shipped checks.
fn any_checks() -> impl Strategy<
    Value = (
        Option<ChecksOffer>,
        std::collections::BTreeMap<CheckId, Observation>,
    ),
> {
    let ids: Vec<CheckId> = questionnaire()
        .checks()
        .map(|c| c.list.iter().map(|c| c.id.clone()).collect())
        .unwrap_or_default();
    (
        prop::option::of(prop::sample::select(vec![
            ChecksOffer::Accepted,
            ChecksOffer::Declined,
        ])),
        prop::collection::vec((0u8..4, 0u8..6, 0usize..3, 0u16..120), ids.len()),
    )
        .prop_map(move |(offer, seen)| {
            let checks = ids
                .iter()
                .cloned()
                .zip(seen)
                .filter_map(|(id, (outcome, tries, means, seconds))| {
                    let means = Means::ALL[means];
                    let observation = match outcome {
                        0 => return None,
                        1 => Observation::Skipped,
                        2 => Observation::done(tries, means, seconds),
                        _ => Observation::left_after(tries, means, seconds),
                    };
                    Some((id, observation))
                })
                .collect();
            (offer, checks)
        })
}
