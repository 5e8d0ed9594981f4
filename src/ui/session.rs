//! The visit: the mode Repère runs in, the settings, what is on top of the journey
//! (pause, privacy page, erase confirmation, kiosk settings), notices to show, and the
//! saved progress offered on the welcome screen. Shared through context.

use crate::domain::config::SiteConfig;
use crate::domain::mode::Mode;
use crate::domain::saved_progress::SavedProgress;
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
pub struct Session {
    pub mode: RwSignal<Mode>,
    pub config: StoredValue<SiteConfig>,
    pub overlay: RwSignal<Option<Overlay>>,
    /// Message keys of plain sentences shown at the top of the page.
    pub notices: RwSignal<Vec<&'static str>>,
    /// Progress saved on an earlier visit, offered on the welcome screen.
    pub resume: RwSignal<Option<SavedProgress>>,
    /// When the journey in progress started (ms since 1970), once it has.
    pub started_at: StoredValue<Option<f64>>,
    /// False once the storage proved unusable: the visit goes on in memory.
    pub storage_works: StoredValue<bool>,
    /// The advisor's free notes: kept in memory only, printed, never stored or encoded.
    pub notes: RwSignal<String>,
}

impl Session {
    pub fn new(mode: Mode, config: SiteConfig) -> Self {
        Self {
            mode: RwSignal::new(mode),
            config: StoredValue::new(config),
            overlay: RwSignal::new(None),
            notices: RwSignal::new(Vec::new()),
            resume: RwSignal::new(None),
            started_at: StoredValue::new(None),
            storage_works: StoredValue::new(true),
            notes: RwSignal::new(String::new()),
        }
    }

    /// Adds a notice, once.
    pub fn notify(&self, key: &'static str) {
        self.notices.update(|n| {
            if !n.contains(&key) {
                n.push(key);
            }
        });
    }

    /// How long progress may be kept on this device, in milliseconds (0 on a kiosk).
    pub fn keep_ms(&self) -> f64 {
        if self.mode.get_untracked() == Mode::Kiosk {
            return 0.0;
        }
        f64::from(self.config.with_value(|c| c.keep_progress_hours)) * 3_600_000.0
    }

    pub fn show(&self, overlay: Overlay) {
        self.overlay.set(Some(overlay));
    }

    pub fn close_overlay(&self) {
        self.overlay.set(None);
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}
