//! The journey in progress, shared through context with the pages that show and change
//! it: the state and the questionnaire it runs on.
//!
//! ```ignore
//! let journey = use_journey();
//! journey.update(|j, q| j.toggle_need(q, &id));
//! let moved = journey.advance();
//! ```

use crate::domain::journey::{Journey, Progress};
use crate::domain::questionnaire::Questionnaire;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct JourneyHandle {
    pub state: RwSignal<Journey>,
    pub questionnaire: StoredValue<Questionnaire>,
}

impl JourneyHandle {
    pub fn new(journey: Journey, questionnaire: Questionnaire) -> Self {
        Self {
            state: RwSignal::new(journey),
            questionnaire: StoredValue::new(questionnaire),
        }
    }

    /// Changes the journey through one of its methods.
    pub fn update(&self, change: impl FnOnce(&mut Journey, &Questionnaire)) {
        self.questionnaire
            .with_value(|q| self.state.update(|j| change(j, q)));
    }

    /// Reads something from the journey and the questionnaire (tracked).
    pub fn with<T>(&self, read: impl FnOnce(&Journey, &Questionnaire) -> T) -> T {
        self.questionnaire
            .with_value(|q| self.state.with(|j| read(j, q)))
    }

    /// Confirms the question on screen; false if it has no answer yet.
    pub fn advance(&self) -> bool {
        self.questionnaire.with_value(|q| {
            self.state
                .try_update(|j| j.advance(q))
                .is_some_and(|r| r.is_ok())
        })
    }

    pub fn back(&self) {
        self.update(Journey::back);
    }

    pub fn progress(&self) -> Option<Progress> {
        self.with(|j, q| j.progress(q))
    }
}

/// The journey handle provided by the app shell.
pub fn use_journey() -> JourneyHandle {
    expect_context::<JourneyHandle>()
}
