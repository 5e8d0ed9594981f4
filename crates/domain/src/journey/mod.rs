//! The state of one person's journey through Repère: the screen they are on and what
//! they have answered. It is a plain serialisable value so that it can be saved on the
//! device, encoded into a hand-off code and migrated between versions; every change goes
//! through a method here, which keeps the rules in one place and testable.

pub mod answers;
pub mod observation;
pub mod plan;
pub mod shortcut;

use crate::journey::answers::Answers;
use crate::journey::observation::{ChecksOffer, Observation};
use crate::journey::plan::{plan, Question};
use crate::questionnaire::ids::{CheckId, ItemId, NeedId, OptionId, SituationId};
use crate::questionnaire::skill::SkillAnswer;
use crate::questionnaire::Questionnaire;
use serde::{Deserialize, Serialize};

/// Where a journey is: the welcome screen, one question, or the results.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "screen", content = "question")]
pub enum Stage {
    /// The welcome screen: what Repère is, and the Start button.
    #[default]
    Welcome,
    /// One question.
    Question(Question),
    /// The result: strengths, a level per area, what to learn next.
    Results,
}

/// Why the current question cannot be left yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unanswered;

/// Where the person is in the questions: "Question 3 sur 12 environ".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// 1 for the first question.
    pub position: usize,
    /// The number of questions if every answer from here on is "yes": an estimate,
    /// since a "not yet" skips questions.
    pub estimated_total: usize,
}

/// One person's journey.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journey {
    /// Named `step` in the saved-progress document, a format read forever.
    #[serde(rename = "step")]
    stage: Stage,
    answers: Answers,
}

impl Journey {
    /// A journey with these answers on `stage` (call `repair` if they come from outside).
    pub fn with_answers(answers: Answers, stage: Stage) -> Self {
        Self { stage, answers }
    }

    /// Shows a question of the plan again (the advisor's overview); ignored if the plan
    /// does not ask it or an earlier question is unanswered.
    pub fn go_to(&mut self, questionnaire: &Questionnaire, question: &Question) {
        let plan = plan(questionnaire, &self.answers);
        if plan.contains(question) && self.earlier_answered(&plan, question) {
            self.stage = Stage::Question(question.clone());
        }
    }

    pub fn stage(&self) -> &Stage {
        &self.stage
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn has_need(&self, id: &NeedId) -> bool {
        self.answers.needs.contains(id)
    }

    /// Leaves the welcome screen for the first question.
    pub fn start(&mut self) {
        if self.stage == Stage::Welcome {
            self.stage = Stage::Question(Question::Needs);
        }
    }

    /// Chooses a need, or un-chooses it if it was chosen. Ids the questionnaire does
    /// not offer are ignored, so a stale or forged id can never enter the state. Like
    /// every answer, it may be changed from any screen (the advisor's overview does):
    /// if the screen is then no longer in the plan, the journey moves to the first
    /// question left unanswered.
    pub fn toggle_need(&mut self, questionnaire: &Questionnaire, id: &NeedId) {
        if !questionnaire.has_need(id) {
            return;
        }
        if !self.answers.needs.remove(id) {
            self.answers.needs.insert(id.clone());
        }
        self.repair(questionnaire);
    }

    /// Clicks `option` of a situation question (see `SituationQuestion::choose`).
    pub fn choose_option(
        &mut self,
        questionnaire: &Questionnaire,
        id: &SituationId,
        option: &OptionId,
    ) {
        let Some(question) = questionnaire.situation_question(id) else {
            return;
        };
        let next = question.choose(&self.answers.options(id), option);
        if next.is_empty() {
            self.answers.situation.remove(id);
        } else {
            self.answers.situation.insert(id.clone(), next);
        }
        self.repair(questionnaire);
    }

    /// Answers a skill item. Unknown items are ignored.
    pub fn answer_skill(
        &mut self,
        questionnaire: &Questionnaire,
        id: &ItemId,
        answer: SkillAnswer,
    ) {
        if questionnaire.item(id).is_some() {
            self.answers.skills.insert(id.clone(), answer);
            self.repair(questionnaire);
        }
    }

    /// Answers « Voulez-vous essayer ? ». Ignored if the questionnaire has no checks.
    pub fn answer_checks_offer(&mut self, questionnaire: &Questionnaire, offer: ChecksOffer) {
        if questionnaire.checks().is_some() {
            self.answers.checks_offer = Some(offer);
            self.repair(questionnaire);
        }
    }

    /// Records what a hands-on check observed. Unknown checks are ignored.
    pub fn observe(
        &mut self,
        questionnaire: &Questionnaire,
        id: &CheckId,
        observation: Observation,
    ) {
        if questionnaire.check(id).is_some() {
            self.answers.checks.insert(id.clone(), observation);
            self.repair(questionnaire);
        }
    }

    /// « Arrêter les essais »: the current check ends with `current` (what was seen of
    /// it so far), every check not done yet is passed, and the journey moves to the
    /// question after the checks (or the results). Outside a check it does nothing.
    pub fn stop_checks(&mut self, questionnaire: &Questionnaire, current: Observation) {
        let Stage::Question(Question::Check(id)) = &self.stage else {
            return;
        };
        self.answers.checks.insert(id.clone(), current);
        for check in questionnaire.checks().into_iter().flat_map(|c| &c.list) {
            self.answers
                .checks
                .entry(check.id.clone())
                .or_insert(Observation::Skipped);
        }
        let plan = plan(questionnaire, &self.answers);
        let after = plan
            .iter()
            .rposition(|q| matches!(q, Question::Check(_)))
            .and_then(|i| plan.get(i + 1));
        self.stage = after.cloned().map_or(Stage::Results, Stage::Question);
        self.repair(questionnaire);
    }

    /// Sets the person's commune (used only to rank places by distance), or forgets it.
    pub fn set_commune(&mut self, commune: Option<String>) {
        self.answers.commune = commune.filter(|c| !c.trim().is_empty() && c.len() <= 100);
    }

    /// Whether `question` has an answer.
    pub fn is_answered(&self, question: &Question) -> bool {
        match question {
            Question::Needs => !self.answers.needs.is_empty(),
            Question::Situation(id) => self.answers.situation.contains_key(id),
            Question::Skill(id) => self.answers.skills.contains_key(id),
            Question::ChecksOffer => self.answers.checks_offer.is_some(),
            Question::Check(id) => self.answers.checks.contains_key(id),
        }
    }

    /// Confirms the question on screen and moves to the next one in the plan, or to
    /// the results after the last one. Says so if the question has no answer yet.
    pub fn advance(&mut self, questionnaire: &Questionnaire) -> Result<(), Unanswered> {
        let Stage::Question(current) = &self.stage else {
            return Ok(());
        };
        if !self.is_answered(current) {
            return Err(Unanswered);
        }
        let plan = plan(questionnaire, &self.answers);
        let next = plan
            .iter()
            .position(|q| q == current)
            .and_then(|i| plan.get(i + 1));
        self.stage = match next {
            Some(question) => Stage::Question(question.clone()),
            None => Stage::Results,
        };
        Ok(())
    }

    /// « Répondre aux autres questions » after an urgent shortcut: the skipped questions
    /// come back, from the first unanswered one.
    pub fn answer_the_rest(&mut self, questionnaire: &Questionnaire) {
        self.answers.answer_the_rest = true;
        self.stage = plan(questionnaire, &self.answers)
            .into_iter()
            .find(|q| !self.is_answered(q))
            .map_or(Stage::Results, Stage::Question);
    }

    /// Goes back one screen in the plan, keeping every answer.
    pub fn back(&mut self, questionnaire: &Questionnaire) {
        let plan = plan(questionnaire, &self.answers);
        self.stage = match &self.stage {
            Stage::Welcome => Stage::Welcome,
            Stage::Results => plan.last().cloned().map_or(Stage::Welcome, Stage::Question),
            Stage::Question(current) => match plan.iter().position(|q| q == current) {
                Some(i) if i > 0 => Stage::Question(plan[i - 1].clone()),
                _ => Stage::Welcome,
            },
        };
    }

    /// "Question 3 sur 12 environ", or nothing outside the questions.
    pub fn progress(&self, questionnaire: &Questionnaire) -> Option<Progress> {
        let Stage::Question(current) = &self.stage else {
            return None;
        };
        let plan = plan(questionnaire, &self.answers);
        let index = plan.iter().position(|q| q == current)?;
        Some(Progress {
            position: index + 1,
            estimated_total: plan.len(),
        })
    }

    /// Makes a journey that came from outside (saved progress, a hand-off code) fit the
    /// questionnaire: answers to unknown ids are dropped, and a screen the plan no
    /// longer has becomes the first unanswered question, or the results.
    pub fn repair(&mut self, questionnaire: &Questionnaire) {
        self.answers.retain_known(questionnaire);
        let plan = plan(questionnaire, &self.answers);
        let first_unanswered = || {
            plan.iter()
                .find(|q| !self.is_answered(q))
                .cloned()
                .map_or(Stage::Results, Stage::Question)
        };
        self.stage = match &self.stage {
            Stage::Welcome => Stage::Welcome,
            Stage::Question(q) if plan.contains(q) && self.earlier_answered(&plan, q) => {
                self.stage.clone()
            }
            _ => first_unanswered(),
        };
    }

    /// Whether every question before `question` in `plan` has an answer.
    fn earlier_answered(&self, plan: &[Question], question: &Question) -> bool {
        plan.iter()
            .take_while(|q| *q != question)
            .all(|q| self.is_answered(q))
    }
}

// Native only: proptest does not build for the browser target.

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
