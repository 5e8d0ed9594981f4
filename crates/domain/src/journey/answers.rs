//! Everything a person has answered: needs, situation, skills, and what the hands-on
//! checks observed (`observation.rs` says how they count). A plain value, kept even
//! for questions the current plan no longer asks, so that going back and changing an
//! answer never loses the others.

use crate::journey::observation::{ChecksOffer, Observation, Observed};
use crate::questionnaire::ids::{CheckId, ItemId, NeedId, OptionId, SituationId};
use crate::questionnaire::skill::SkillAnswer;
use crate::questionnaire::Questionnaire;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    pub needs: BTreeSet<NeedId>,
    pub situation: BTreeMap<SituationId, BTreeSet<OptionId>>,
    pub skills: BTreeMap<ItemId, SkillAnswer>,
    /// The person's commune, among the territory's, to rank places by distance.
    pub commune: Option<String>,
    /// « Voulez-vous essayer ? »: whether the hands-on checks were accepted.
    pub checks_offer: Option<ChecksOffer>,
    /// What each hands-on check observed.
    pub checks: BTreeMap<CheckId, Observation>,
    /// After an urgent shortcut, the person asked to answer the questions it skipped.
    pub answer_the_rest: bool,
}

impl Answers {
    pub fn skill(&self, id: &ItemId) -> Option<SkillAnswer> {
        self.skills.get(id).copied()
    }

    /// Whether `option` was chosen for the situation question `id`.
    pub fn has_option(&self, id: &str, option: &str) -> bool {
        self.situation
            .get(&SituationId::new(id))
            .is_some_and(|o| o.contains(&OptionId::new(option)))
    }

    /// The options chosen for a situation question (empty if unanswered).
    pub fn options(&self, id: &SituationId) -> BTreeSet<OptionId> {
        self.situation.get(id).cloned().unwrap_or_default()
    }

    /// Answers saved before the spoken language had its own question: « le français
    /// n'est pas ma langue », then an option of `support`, becomes « Une autre langue »
    /// of `language` (unless that was answered).
    pub fn carry_over_the_spoken_language(&mut self) {
        let support = SituationId::new("support");
        let Some(options) = self.situation.get_mut(&support) else {
            return;
        };
        if options.remove(&OptionId::new("language")) {
            if options.is_empty() {
                self.situation.remove(&support);
            }
            self.situation
                .entry(SituationId::new("language"))
                .or_insert_with(|| [OptionId::new("other")].into());
        }
    }

    /// Keeps only what the questionnaire knows: answers saved under ids that were
    /// removed from the content, or options a question no longer offers, are dropped
    /// (the spoken language is carried over first).
    pub fn retain_known(&mut self, questionnaire: &Questionnaire) {
        if questionnaire
            .situation_question(&SituationId::new("language"))
            .is_some()
        {
            self.carry_over_the_spoken_language();
        }
        self.needs.retain(|id| questionnaire.has_need(id));
        self.skills.retain(|id, _| questionnaire.item(id).is_some());
        self.checks
            .retain(|id, _| questionnaire.check(id).is_some());
        if questionnaire.checks().is_none() {
            self.checks_offer = None;
        }
        self.situation
            .retain(|id, options| match questionnaire.situation_question(id) {
                Some(question) => {
                    options.retain(|o| question.has_option(o));
                    let too_many = question.choice == crate::questionnaire::situation::Choice::One
                        && options.len() > 1;
                    !options.is_empty() && !too_many
                }
                None => false,
            });
    }
}

impl Answers {
    /// The observations of checks in the plan, in the questionnaire's order.
    pub fn observations<'a>(
        &'a self,
        q: &'a Questionnaire,
    ) -> impl Iterator<Item = (&'a CheckId, &'a Observation)> + 'a {
        let accepted = self.checks_offer == Some(ChecksOffer::Accepted);
        q.checks()
            .into_iter()
            .flat_map(|c| &c.list)
            .filter(move |_| accepted)
            .filter_map(|c| self.checks.get(&c.id).map(|o| (&c.id, o)))
    }

    /// What the checks observed of `item`, if any check stands for it.
    pub fn observed(&self, q: &Questionnaire, item: &ItemId) -> Option<Observed> {
        let all: Vec<Observed> = self
            .observations(q)
            .filter(|(id, observation)| {
                let Some(attempt) = observation.attempt() else {
                    return false;
                };
                q.check(id)
                    .and_then(|c| c.evidence_for(attempt.means))
                    .is_some_and(|i| i == item)
            })
            .filter_map(|(_, o)| o.observed())
            .collect();
        Observed::combine(&all)
    }

    /// The answer that counts for `item`: what was observed, or else what was said.
    pub fn assessed(&self, q: &Questionnaire, item: &ItemId) -> Option<SkillAnswer> {
        self.observed(q, item)
            .map(Observed::as_answer)
            .or_else(|| self.skill(item))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::fixtures::sample;

    #[test]
    fn forgets_answers_to_questions_that_no_longer_exist() {
        let mut answers = Answers::default();
        answers.needs.insert(NeedId::new("procedures"));
        answers.needs.insert(NeedId::new("gardening"));
        answers
            .skills
            .insert(ItemId::new("email-read"), SkillAnswer::Alone);
        answers
            .skills
            .insert(ItemId::new("fax-send"), SkillAnswer::Alone);
        answers.situation.insert(
            SituationId::new("equipment"),
            [OptionId::new("phone"), OptionId::new("minitel")].into(),
        );
        answers.situation.insert(
            SituationId::new("travel"),
            [OptionId::new("yes"), OptionId::new("no")].into(),
        );
        answers.retain_known(&sample());
        assert_eq!(answers.needs, [NeedId::new("procedures")].into());
        assert_eq!(answers.skills.len(), 1);
        assert_eq!(
            answers.options(&SituationId::new("equipment")),
            [OptionId::new("phone")].into()
        );
        assert!(answers.options(&SituationId::new("travel")).is_empty());
    }
}
