//! The state of one person's journey through Repère: the screen they are on and what
//! they have answered. It is a plain serialisable value so that it can be saved on the
//! device, encoded into a hand-off code and migrated between versions; every change goes
//! through a method here, which keeps the rules in one place and testable.

use super::answers::Answers;
use super::ids::{ItemId, NeedId, OptionId, SituationId};
use super::plan::{plan, Question};
use super::questionnaire::Questionnaire;
use super::skill::SkillAnswer;
use serde::{Deserialize, Serialize};

/// The screen a journey is on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "screen", content = "question")]
pub enum Step {
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
    step: Step,
    answers: Answers,
}

impl Journey {
    /// A journey with these answers on `step` (call `repair` if they come from outside).
    pub fn with_answers(answers: Answers, step: Step) -> Self {
        Self { step, answers }
    }

    /// Shows a question of the plan again (the advisor's overview); ignored if the plan
    /// does not ask it or an earlier question is unanswered.
    pub fn go_to(&mut self, questionnaire: &Questionnaire, question: &Question) {
        let plan = plan(questionnaire, &self.answers);
        if plan.contains(question) && self.earlier_answered(&plan, question) {
            self.step = Step::Question(question.clone());
        }
    }

    pub fn step(&self) -> &Step {
        &self.step
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn has_need(&self, id: &NeedId) -> bool {
        self.answers.needs.contains(id)
    }

    /// Leaves the welcome screen for the first question.
    pub fn start(&mut self) {
        if self.step == Step::Welcome {
            self.step = Step::Question(Question::Needs);
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
        }
    }

    /// Confirms the question on screen and moves to the next one in the plan, or to
    /// the results after the last one. Says so if the question has no answer yet.
    pub fn advance(&mut self, questionnaire: &Questionnaire) -> Result<(), Unanswered> {
        let Step::Question(current) = &self.step else {
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
        self.step = match next {
            Some(question) => Step::Question(question.clone()),
            None => Step::Results,
        };
        Ok(())
    }

    /// Goes back one screen in the plan, keeping every answer.
    pub fn back(&mut self, questionnaire: &Questionnaire) {
        let plan = plan(questionnaire, &self.answers);
        self.step = match &self.step {
            Step::Welcome => Step::Welcome,
            Step::Results => plan.last().cloned().map_or(Step::Welcome, Step::Question),
            Step::Question(current) => match plan.iter().position(|q| q == current) {
                Some(i) if i > 0 => Step::Question(plan[i - 1].clone()),
                _ => Step::Welcome,
            },
        };
    }

    /// "Question 3 sur 12 environ", or nothing outside the questions.
    pub fn progress(&self, questionnaire: &Questionnaire) -> Option<Progress> {
        let Step::Question(current) = &self.step else {
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
                .map_or(Step::Results, Step::Question)
        };
        self.step = match &self.step {
            Step::Welcome => Step::Welcome,
            Step::Question(q) if plan.contains(q) && self.earlier_answered(&plan, q) => {
                self.step.clone()
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
mod tests {
    use super::*;
    use crate::domain::questionnaire::sample;
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
        assert_eq!(journey.step(), &Step::Welcome);
        journey.start();
        assert_eq!(journey.step(), &Step::Question(Question::Needs));
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
            journey.step(),
            &Step::Question(Question::Situation(SituationId::new("equipment")))
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
        while let Step::Question(Question::Skill(id)) = journey.step().clone() {
            journey.answer_skill(&q, &id, SkillAnswer::Alone);
            journey.advance(&q).unwrap();
            seen += 1;
        }
        assert_eq!(seen, 3);
        assert_eq!(journey.step(), &Step::Results);
        journey.back(&q);
        assert_eq!(
            journey.step(),
            &Step::Question(Question::Skill(ItemId::new("device-wifi")))
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
        assert_eq!(journey.step(), &Step::Results);
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
            let Step::Question(Question::Skill(id)) = journey.step().clone() else {
                panic!()
            };
            journey.answer_skill(&q, &id, SkillAnswer::Alone);
            journey.advance(&q).unwrap();
        }
        assert_eq!(journey.step(), &Step::Results);
        // Back to the first procedures item, now "not yet": the advanced ones go.
        for _ in 0..4 {
            journey.back(&q);
        }
        assert_eq!(
            journey.step(),
            &Step::Question(Question::Skill(ItemId::new("proc-site")))
        );
        journey.answer_skill(&q, &ItemId::new("proc-site"), SkillAnswer::NotYet);
        journey.advance(&q).unwrap();
        assert_eq!(journey.step(), &Step::Results);
        // Their answers are kept, and come back if the first answer changes again.
        assert_eq!(
            journey.answers().skill(&ItemId::new("proc-taxes")),
            Some(SkillAnswer::Alone)
        );
        journey.back(&q);
        journey.answer_skill(&q, &ItemId::new("proc-site"), SkillAnswer::Alone);
        journey.advance(&q).unwrap();
        assert_eq!(
            journey.step(),
            &Step::Question(Question::Skill(ItemId::new("proc-account")))
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
            journey.step(),
            &Step::Question(Question::Situation(SituationId::new("travel")))
        );
        assert_eq!(journey.answers().needs.len(), 1);
        // A screen past unanswered questions is not allowed either.
        let json = r#"{"step":{"screen":"results"},"answers":{}}"#;
        let mut journey: Journey = serde_json::from_str(json).unwrap();
        journey.repair(&q);
        assert_eq!(journey.step(), &Step::Question(Question::Needs));
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
        match (action, journey.step().clone()) {
            (Action::Start, _) => journey.start(),
            (Action::ToggleNeed(i), _) => journey.toggle_need(q, &NeedId::new(needs[*i])),
            (Action::Choose(i), Step::Question(Question::Situation(id))) => {
                let options = &q.situation_question(&id).unwrap().options;
                let option = options
                    .get(*i)
                    .cloned()
                    .unwrap_or_else(|| OptionId::new("x"));
                journey.choose_option(q, &id, &option);
            }
            (Action::Answer(i), Step::Question(Question::Skill(id))) => {
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
                if let Step::Question(current) = journey.step() {
                    prop_assert!(plan.contains(current));
                }
                if journey.step() == &Step::Results {
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
                match journey.step().clone() {
                    Step::Question(Question::Situation(id)) => {
                        let option = q.situation_question(&id).unwrap().options[0].clone();
                        journey.choose_option(&q, &id, &option);
                    }
                    Step::Question(Question::Skill(id)) => {
                        journey.answer_skill(&q, &id, SkillAnswer::ALL[*next_answer.next().unwrap()]);
                    }
                    _ => {}
                }
                if journey.step() == &Step::Results {
                    break;
                }
                journey.advance(&q).unwrap();
            }
            prop_assert_eq!(journey.step(), &Step::Results);
        }
    }
}
