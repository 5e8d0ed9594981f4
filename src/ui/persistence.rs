//! Keeping the journey on the device: loading saved progress at start-up, saving after
//! every answer through one Effect, and erasing everything. Failures of the storage
//! become one plain notice; the visit always goes on in memory.

use super::journey_handle::JourneyHandle;
use super::session::Session;
use crate::domain::journey::Journey;
use crate::domain::saved_progress::{self, SavedProgress, KEY_PREFIX, STORAGE_KEY};
use crate::platform::clock::now_ms;
use crate::platform::storage::{self, StorageError};
use leptos::prelude::*;

fn storage_notice(error: StorageError) -> &'static str {
    match error {
        StorageError::Full => "storage.full",
        StorageError::Unavailable | StorageError::Failed => "storage.unavailable",
    }
}

/// Reads saved progress at start-up: offers it on the welcome screen, erases it if it
/// is damaged or expired (or on a kiosk), and says what went wrong in plain words.
pub fn load_saved_progress(session: Session, journey: JourneyHandle) {
    let stored = match storage::read(STORAGE_KEY) {
        Ok(stored) => stored,
        Err(error) => {
            session.storage_works.set_value(false);
            session.notify(storage_notice(error));
            return;
        }
    };
    let keep_ms = session.keep_ms();
    let loaded = journey
        .questionnaire
        .with_value(|q| saved_progress::load(stored.as_deref(), now_ms(), keep_ms, q));
    if loaded.erase {
        let _ = storage::erase_keys_starting_with(KEY_PREFIX);
    }
    if let Some(problem) = loaded.problem {
        session.notify(problem.message_key());
    }
    session.resume.set(loaded.progress);
}

/// Saves the journey after every change (one Effect for the whole app). The write is
/// left for just after the next paint (a task queued from the next animation frame),
/// so that the next question shows at once; it saves the state as it is then (nothing,
/// if everything was erased meanwhile).
pub fn save_after_every_change(session: Session, journey: JourneyHandle) {
    Effect::new(move |first: Option<()>| {
        journey.state.track();
        if first.is_none() || !session.storage_works.get_value() || session.keep_ms() <= 0.0 {
            return;
        }
        request_animation_frame(move || {
            set_timeout(
                move || save_now(session, journey),
                std::time::Duration::ZERO,
            )
        });
    });
}

fn save_now(session: Session, journey: JourneyHandle) {
    // Nothing to save if the app was taken down meanwhile (only tests do that).
    let Some(state) = journey.state.try_get_untracked() else {
        return;
    };
    if state == Journey::default() {
        // Nothing to keep; saved progress still on offer stays until the person
        // chooses to resume it or start again.
        return;
    }
    let now = now_ms();
    let started_at = session.started_at.get_value().unwrap_or(now);
    session.started_at.set_value(Some(started_at));
    let document = SavedProgress::new(state, started_at, now).encode();
    if let Err(error) = storage::write(STORAGE_KEY, &document) {
        session.notify(storage_notice(error));
    }
}

/// Resumes the progress on offer.
pub fn resume(session: Session, journey: JourneyHandle) {
    if let Some(progress) = session.resume.get_untracked() {
        session.started_at.set_value(Some(progress.started_at));
        session.resume.set(None);
        session.notices.set(Vec::new());
        journey.state.set(progress.journey);
    }
}

/// Erases every key of the app and the journey in memory, and goes back to the
/// welcome screen with `notice` (if any).
pub fn erase_everything(session: Session, journey: JourneyHandle, notice: Option<&'static str>) {
    let failed = storage::erase_keys_starting_with(KEY_PREFIX).is_err();
    session.resume.set(None);
    session.started_at.set_value(None);
    session.overlay.set(None);
    session.notes.set(String::new());
    journey.state.set(Journey::default());
    session.notices.set(Vec::new());
    if failed && session.storage_works.get_value() {
        session.notify("storage.erase_failed");
    } else if let Some(notice) = notice {
        session.notify(notice);
    }
}
