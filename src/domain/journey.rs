//! The state of one person's journey through Repère: where they are and what they have
//! answered so far. It is a plain serialisable value so that it can be saved on the
//! device, encoded into a hand-off code and migrated between versions; every change goes
//! through a method here, which keeps the rules in one place and testable.

use super::need::NeedId;
use super::questionnaire::Questionnaire;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The screen a journey is on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// The welcome screen: what Repère is, and the Start button.
    #[default]
    Welcome,
    /// "Que voulez-vous réussir à faire ?": several needs may be chosen.
    Needs,
    /// The needs chosen, read back to the person.
    NeedsSummary,
}

/// Why the needs question cannot be left yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NeedsError {
    /// No need is chosen. "Apprendre les bases" is always there for someone unsure.
    NoneChosen,
}

/// One person's journey: the current step and the needs chosen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journey {
    step: Step,
    needs: BTreeSet<NeedId>,
}

impl Journey {
    pub fn step(&self) -> Step {
        self.step
    }

    pub fn needs(&self) -> &BTreeSet<NeedId> {
        &self.needs
    }

    pub fn has_need(&self, id: &NeedId) -> bool {
        self.needs.contains(id)
    }

    /// Leaves the welcome screen for the first question.
    pub fn start(&mut self) {
        if self.step == Step::Welcome {
            self.step = Step::Needs;
        }
    }

    /// Chooses a need, or un-chooses it if it was chosen. Ids the questionnaire does
    /// not offer are ignored, so a stale or forged id can never enter the state. Taking
    /// away the last need from anywhere past the needs question leads back to it.
    pub fn toggle_need(&mut self, questionnaire: &Questionnaire, id: &NeedId) {
        if !questionnaire.has_need(id) {
            return;
        }
        if !self.needs.remove(id) {
            self.needs.insert(id.clone());
        }
        if self.needs.is_empty() && self.step == Step::NeedsSummary {
            self.step = Step::Needs;
        }
    }

    /// Confirms the needs question and moves on, or says why it cannot.
    pub fn submit_needs(&mut self) -> Result<(), NeedsError> {
        if self.needs.is_empty() {
            return Err(NeedsError::NoneChosen);
        }
        self.step = Step::NeedsSummary;
        Ok(())
    }

    /// Goes back one screen, keeping every answer.
    pub fn back(&mut self) {
        self.step = match self.step {
            Step::Welcome | Step::Needs => Step::Welcome,
            Step::NeedsSummary => Step::Needs,
        };
    }
}

// Native only: proptest does not build for the browser target.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn questionnaire() -> Questionnaire {
        Questionnaire::parse(
            r#"{"needs":[{"id":"procedures","pictogram":"p"},{"id":"job","pictogram":"j"},{"id":"basics","pictogram":"b"}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn starts_on_the_welcome_screen_then_asks_for_needs() {
        let mut journey = Journey::default();
        assert_eq!(journey.step(), Step::Welcome);
        journey.start();
        assert_eq!(journey.step(), Step::Needs);
    }

    #[test]
    fn cannot_leave_the_needs_question_without_a_need() {
        let mut journey = Journey::default();
        journey.start();
        assert_eq!(journey.submit_needs(), Err(NeedsError::NoneChosen));
        assert_eq!(journey.step(), Step::Needs);
    }

    #[test]
    fn choosing_twice_unchooses() {
        let q = questionnaire();
        let job = NeedId::new("job");
        let mut journey = Journey::default();
        journey.toggle_need(&q, &job);
        assert!(journey.has_need(&job));
        journey.toggle_need(&q, &job);
        assert!(!journey.has_need(&job));
    }

    #[test]
    fn ignores_needs_the_questionnaire_does_not_offer() {
        let mut journey = Journey::default();
        journey.toggle_need(&questionnaire(), &NeedId::new("cooking"));
        assert!(journey.needs().is_empty());
    }

    #[test]
    fn going_back_keeps_the_answers() {
        let q = questionnaire();
        let mut journey = Journey::default();
        journey.start();
        journey.toggle_need(&q, &NeedId::new("procedures"));
        journey.submit_needs().unwrap();
        assert_eq!(journey.step(), Step::NeedsSummary);
        journey.back();
        assert_eq!(journey.step(), Step::Needs);
        assert!(journey.has_need(&NeedId::new("procedures")));
        journey.back();
        assert_eq!(journey.step(), Step::Welcome);
        assert_eq!(journey.needs().len(), 1);
    }

    #[test]
    fn survives_a_round_trip_through_json() {
        let q = questionnaire();
        let mut journey = Journey::default();
        journey.start();
        journey.toggle_need(&q, &NeedId::new("job"));
        let json = serde_json::to_string(&journey).unwrap();
        assert_eq!(serde_json::from_str::<Journey>(&json).unwrap(), journey);
    }

    #[derive(Clone, Debug)]
    enum Action {
        Start,
        Toggle(usize),
        Submit,
        Back,
    }

    fn action() -> impl Strategy<Value = Action> {
        prop_oneof![
            Just(Action::Start),
            (0usize..4).prop_map(Action::Toggle),
            Just(Action::Submit),
            Just(Action::Back),
        ]
    }

    proptest! {
        /// Whatever a person clicks, in any order, the summary is only ever reached with
        /// at least one need, and every need held is one the questionnaire offers.
        #[test]
        fn any_sequence_of_actions_keeps_the_journey_valid(actions in prop::collection::vec(action(), 0..60)) {
            let q = questionnaire();
            let ids = ["procedures", "job", "basics", "unknown"];
            let mut journey = Journey::default();
            for action in actions {
                match action {
                    Action::Start => journey.start(),
                    Action::Toggle(i) => journey.toggle_need(&q, &NeedId::new(ids[i])),
                    Action::Submit => { let _ = journey.submit_needs(); }
                    Action::Back => journey.back(),
                }
                prop_assert!(journey.needs().iter().all(|id| q.has_need(id)));
                if journey.step() == Step::NeedsSummary {
                    prop_assert!(!journey.needs().is_empty());
                }
            }
        }
    }
}
