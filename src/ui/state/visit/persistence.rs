//! Keeping the journey on the device: the saved progress offered at start-up, and
//! saving after every answer through one Effect. Failures of the storage become one
//! plain notice; the visit always goes on in memory. Erasing is `Visit::erase`.

use super::Visit;
use crate::platform::clock::now_ms;
use crate::platform::storage::{self, StorageError};
use domain::codes::saved_progress::{self, SavedProgress};
use domain::journey::Journey;
use domain::site::storage_keys;
use leptos::prelude::*;

fn storage_notice(error: StorageError) -> &'static str {
    match error {
        StorageError::Full => "storage.full",
        StorageError::Unavailable | StorageError::Failed => "storage.unavailable",
    }
}

/// Reads saved progress at start-up: offers it on the welcome screen, erases it if it
/// is damaged or expired (or on a kiosk), and says what went wrong in plain words.
pub(super) fn offer_saved_progress(visit: Visit) {
    let stored = match storage::read(storage_keys::PROGRESS) {
        Ok(stored) => stored,
        Err(error) => {
            visit.storage_works.set_value(false);
            visit.notify(storage_notice(error));
            return;
        }
    };
    let keep_ms = visit.keep_ms();
    let loaded = visit
        .journey
        .with_questionnaire(|q| saved_progress::load(stored.as_deref(), now_ms(), keep_ms, q));
    if loaded.erase {
        let _ = storage::erase_keys_starting_with(storage_keys::VISIT_PREFIX);
    }
    if let Some(problem) = loaded.problem {
        visit.notify(problem.message_key());
    }
    visit.resume.set(loaded.progress);
}

/// Saves the journey after every change (one Effect for the whole app). The write is
/// left for just after the next paint (a task queued from the next animation frame),
/// so that the next question shows at once; it saves the state as it is then (nothing,
/// if everything was erased meanwhile). When the page goes (a reload, the tab closed)
/// before that paint, which a browser in the background may put off, the state is saved
/// then: the last answer is never lost.
pub(super) fn save_after_every_change(visit: Visit) {
    // For the app's whole life, like the visit itself.
    std::mem::forget(window_event_listener(leptos::ev::pagehide, move |_| {
        if visit.storage_works.get_value() && visit.keep_ms() > 0.0 {
            save_now(visit);
        }
    }));
    Effect::new(move |first: Option<()>| {
        visit.journey.track();
        if first.is_none() || !visit.storage_works.get_value() || visit.keep_ms() <= 0.0 {
            return;
        }
        request_animation_frame(move || {
            set_timeout(move || save_now(visit), std::time::Duration::ZERO)
        });
    });
}

fn save_now(visit: Visit) {
    // Nothing to save if the app was taken down meanwhile (only tests do that).
    let Some(state) = visit.journey.snapshot() else {
        return;
    };
    if state == Journey::default() {
        // Nothing to keep; saved progress still on offer stays until the person
        // chooses to resume it or start again.
        return;
    }
    let now = now_ms();
    let started_at = visit.started_at.get_value().unwrap_or(now);
    visit.started_at.set_value(Some(started_at));
    let document = SavedProgress::new(state, started_at, now).encode();
    if let Err(error) = storage::write(storage_keys::PROGRESS, &document) {
        visit.notify(storage_notice(error));
    }
}
