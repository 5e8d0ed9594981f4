//! The journey in progress, shared through context with the screens that show and
//! change it: the state and the questionnaire it runs on. Its signals are private:
//! screens answer through `update` with one of `Journey`'s methods, and only the visit
//! (`state::visit`) replaces or erases the whole journey.
//!
//! ```ignore
//! let journey = use_journey();
//! journey.update(|j, q| j.toggle_need(q, &id));
//! let moved = journey.advance();
//! ```

use super::i18n::I18n;
use domain::journey::{Journey, Progress};
use domain::questionnaire::Questionnaire;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct JourneyHandle {
    state: RwSignal<Journey>,
    questionnaire: StoredValue<Questionnaire>,
    /// Where the person is, computed once per change for every reader.
    progress: Memo<Option<Progress>>,
}

impl JourneyHandle {
    /// A journey not started yet, on `questionnaire`.
    pub fn new(questionnaire: Questionnaire) -> Self {
        let state = RwSignal::new(Journey::default());
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

    /// Reads something from the journey and the questionnaire, untracked (in an event
    /// handler, or once as a screen is built).
    pub fn with_untracked<T>(&self, read: impl FnOnce(&Journey, &Questionnaire) -> T) -> T {
        self.questionnaire
            .with_value(|q| self.state.with_untracked(|j| read(j, q)))
    }

    /// Reads something from the questionnaire alone (it never changes).
    pub fn with_questionnaire<T>(&self, read: impl FnOnce(&Questionnaire) -> T) -> T {
        self.questionnaire.with_value(read)
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

    /// Whether nothing was started or answered (tracked).
    pub fn is_untouched(&self) -> bool {
        self.state.with(|j| *j == Journey::default())
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

    /// Puts a whole journey in place: resumed progress, or a hand-off code read.
    pub(in crate::ui::state) fn replace(&self, journey: Journey) {
        self.state.set(journey);
    }

    /// Makes the reactive context around follow every change (the save Effect).
    pub(in crate::ui::state) fn track(&self) {
        self.state.track();
    }

    /// The journey as it is now, untracked; `None` once the app is taken down.
    pub(in crate::ui::state) fn snapshot(&self) -> Option<Journey> {
        self.state.try_get_untracked()
    }
}

/// The journey handle provided by the app shell.
pub fn use_journey() -> JourneyHandle {
    expect_context::<JourneyHandle>()
}
