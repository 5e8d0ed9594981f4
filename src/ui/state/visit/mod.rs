//! The visit: one person's time with Repère, from the welcome screen to "J'ai terminé"
//! or the kiosk's reset. [`Visit`] owns what belongs to it (the mode, the settings in
//! force, the screen on top of the journey, the notices, the saved progress on offer,
//! the advisor's notes) and, in [`lifecycle`], every way a visit starts and ends:
//! `open`, `take_code_in_address`, `start`, `resume`, `start_again`, `load_code`, `erase`, `finish`,
//! `reset_for_next_person`. Keeping the journey on the device is [`persistence`];
//! counting the visit for the structure's figures is [`counting`]; keeping the language
//! chosen for the visit is [`language`].

mod counting;
mod language;
pub mod lifecycle;
mod persistence;

use super::figures::VisitFigures;
use super::i18n::I18n;
use super::journey_handle::JourneyHandle;
use super::reading_comfort::ReadingComfort;
use domain::codes::saved_progress::SavedProgress;
use domain::site::config::{LoadedConfig, SiteConfig};
use domain::site::mode::Mode;
use leptos::prelude::*;

/// A screen shown over the journey, which stays as it is underneath.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    Pause,
    Privacy,
    ConfirmErase,
    KioskSettings,
    /// The advisor's view of every answer, each one editable.
    Overview,
}

#[derive(Clone, Copy)]
pub struct Visit {
    journey: JourneyHandle,
    i18n: I18n,
    comfort: ReadingComfort,
    mode: RwSignal<Mode>,
    /// The settings in force and the problems met reading them (said in the footer).
    config: StoredValue<LoadedConfig>,
    /// The language a visit starts in, as the settings say (one of the app's codes).
    starting_language: &'static str,
    overlay: RwSignal<Option<Overlay>>,
    /// Message keys of plain sentences shown at the top of the page.
    notices: RwSignal<Vec<&'static str>>,
    /// Progress saved on an earlier visit, offered on the welcome screen.
    resume: RwSignal<Option<SavedProgress>>,
    /// When the journey in progress started (ms since 1970), once it has.
    started_at: StoredValue<Option<f64>>,
    /// False once the storage proved unusable: the visit goes on in memory.
    storage_works: StoredValue<bool>,
    /// The advisor's free notes: kept in memory only, printed, never stored or encoded.
    notes: RwSignal<String>,
    /// This visit as the structure's figures count it.
    figures: VisitFigures,
}

impl Visit {
    /// The journey of this visit.
    pub fn journey(&self) -> JourneyHandle {
        self.journey
    }

    /// This visit as the structure's figures count it.
    pub fn figures(&self) -> VisitFigures {
        self.figures
    }

    /// The reading comfort of this visit.
    pub fn reading_comfort(&self) -> ReadingComfort {
        self.comfort
    }

    /// The mode Repère runs in (tracked).
    pub fn mode(&self) -> Mode {
        self.mode.get()
    }

    /// Leaves kiosk mode from its settings: the same visit goes on as a resident's.
    pub fn leave_kiosk(&self) {
        self.mode.set(Mode::Resident);
        self.close_overlay();
    }

    /// Reads the settings in force (they never change during a visit).
    pub fn with_config<T>(&self, read: impl FnOnce(&SiteConfig) -> T) -> T {
        self.config.with_value(|loaded| read(&loaded.config))
    }

    /// Reads the settings and the problems met while reading them.
    pub fn with_loaded_config<T>(&self, read: impl FnOnce(&LoadedConfig) -> T) -> T {
        self.config.with_value(read)
    }

    /// The language a visit starts in.
    pub fn starting_language(&self) -> &'static str {
        self.starting_language
    }

    /// The screen on top of the journey, if any (tracked).
    pub fn overlay(&self) -> Option<Overlay> {
        self.overlay.get()
    }

    pub fn show(&self, overlay: Overlay) {
        self.overlay.set(Some(overlay));
    }

    pub fn close_overlay(&self) {
        self.overlay.set(None);
    }

    /// The message keys of the notices to show (tracked).
    pub fn notices(&self) -> Vec<&'static str> {
        self.notices.get()
    }

    /// Adds a notice, once.
    pub fn notify(&self, key: &'static str) {
        self.notices.update(|n| {
            if !n.contains(&key) {
                n.push(key);
            }
        });
    }

    pub fn clear_notices(&self) {
        self.notices.set(Vec::new());
    }

    /// When the progress on offer started, if there is progress on offer (tracked).
    pub fn resume_offer(&self) -> Option<f64> {
        self.resume.with(|r| r.as_ref().map(|p| p.started_at))
    }

    /// The advisor's notes (tracked).
    pub fn notes(&self) -> String {
        self.notes.get()
    }

    pub fn set_notes(&self, notes: String) {
        self.notes.set(notes);
    }

    /// How long progress may be kept on this device, in milliseconds (0 on a kiosk).
    pub fn keep_ms(&self) -> f64 {
        if self.mode.get_untracked() == Mode::Kiosk {
            return 0.0;
        }
        f64::from(self.with_config(|c| c.keep_progress_hours)) * 3_600_000.0
    }
}

/// The visit provided by the app.
pub fn use_visit() -> Visit {
    expect_context::<Visit>()
}
