//! The journey in progress, shared through context with the pages that show and change
//! it: the state and the questionnaire it runs on.
//!
//! ```ignore
//! let journey = use_journey();
//! journey.update(|j, q| j.toggle_need(q, &id));
//! let moved = journey.advance();
//! ```

use super::i18n::I18n;
use crate::domain::journey::{Journey, Progress};
use crate::domain::questionnaire::Questionnaire;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct JourneyHandle {
    pub state: RwSignal<Journey>,
    pub questionnaire: StoredValue<Questionnaire>,
    /// Where the person is, computed once per change for every reader.
    progress: Memo<Option<Progress>>,
}

impl JourneyHandle {
    pub fn new(journey: Journey, questionnaire: Questionnaire) -> Self {
        let state = RwSignal::new(journey);
        let questionnaire = StoredValue::new(questionnaire);
        let progress =
            Memo::new(move |_| questionnaire.with_value(|q| state.with(|j| j.progress(q))));
        Self {
            state,
            questionnaire,
            progress,
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
        self.progress.get()
    }

    /// "Question 3 sur 12 environ", or nothing outside the questions.
    pub fn progress_words(&self, i18n: &I18n) -> Option<String> {
        self.progress().map(|p| {
            i18n.format(
                "question.progress",
                &[
                    ("position", &p.position.to_string()),
                    ("total", &p.estimated_total.to_string()),
                ],
            )
        })
    }
}

/// The journey handle provided by the app shell.
pub fn use_journey() -> JourneyHandle {
    expect_context::<JourneyHandle>()
}
