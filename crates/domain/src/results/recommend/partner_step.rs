//! The third kind of next step: the national partner that handles the procedure
//! named, matched by the thématique of the first item the person cannot do alone yet.

use super::{NextStep, NextStepKind, Reason};
use crate::catalog::Catalog;
use crate::journey::answers::Answers;
use crate::questionnaire::ids::NeedId;
use crate::questionnaire::skill::SkillAnswer;
use crate::questionnaire::Questionnaire;

/// The partner for the first item of a chosen need's areas that the person cannot do
/// alone yet, matched by thématique; otherwise the first partner of a chosen need.
pub(super) fn partner_step(
    q: &Questionnaire,
    answers: &Answers,
    catalog: &Catalog,
) -> Option<NextStep> {
    let chosen = |need: &str| answers.needs.contains(&NeedId::new(need));
    let fits_need = |needs: &[String]| needs.iter().any(|n| chosen(n));
    for item in crate::journey::plan::planned_items(q, answers) {
        let struggling = answers
            .assessed(q, &item.id)
            .is_some_and(SkillAnswer::needs_help);
        if !struggling {
            continue;
        }
        if let Some(index) = catalog
            .partners
            .iter()
            .position(|p| fits_need(&p.needs) && p.thematiques.contains(&item.thematique))
        {
            let need = q
                .needs()
                .iter()
                .find(|n| chosen(n.id.as_str()) && n.areas.contains(&item.area));
            let mut reasons: Vec<Reason> = need
                .map(|n| Reason::Need(n.id.clone()))
                .into_iter()
                .collect();
            reasons.push(Reason::Item(item.id.clone()));
            return Some(NextStep {
                kind: NextStepKind::Partner(index),
                reasons,
                distance_km: None,
            });
        }
    }
    q.needs()
        .iter()
        .filter(|n| answers.needs.contains(&n.id))
        .find_map(|need| {
            let index = catalog
                .partners
                .iter()
                .position(|p| p.needs.iter().any(|n| n == need.id.as_str()))?;
            Some(NextStep {
                kind: NextStepKind::Partner(index),
                reasons: vec![Reason::Need(need.id.clone())],
                distance_km: None,
            })
        })
}
