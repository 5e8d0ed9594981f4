//! Every way a visit starts and ends, in one place:
//!
//! | method | when | what it does |
//! |---|---|---|
//! | `open` | the settings are read | mode, starting language, saved progress on offer |
//! | `take_code_in_address` | just after `open` | in advisor mode, the code of `#code=…`, for `App` to open |
//! | `start` | "Commencer" | the first question |
//! | `resume` | "Reprendre" | the saved journey, where it was left |
//! | `start_again` | "Recommencer" on the welcome screen | erases the saved journey, then `start` |
//! | `load_code` | the advisor types or scans a code | the resident's answers |
//! | `erase` | "Effacer mes réponses", "Recommencer" on the results | every `repere:` key and the journey in memory |
//! | `finish` | "J'ai terminé" | `erase`, and says it is done |
//! | `reset_for_next_person` | the kiosk's inactivity reset, "Réinitialiser" | `erase`, the starting language (French under it or not, as it started) and reading comfort, then a reload when safe |

use super::{counting, language, persistence, Visit};
use crate::platform::reload::reload_when_safe;
use crate::platform::{location, storage};
use crate::ui::state::figures::VisitFigures;
use crate::ui::state::i18n::I18n;
use crate::ui::state::journey_handle::JourneyHandle;
use crate::ui::state::reading_comfort::ReadingComfort;
use domain::codes::handoff::{decode, CodeError};
use domain::content;
use domain::journey::Journey;
use domain::questionnaire::Questionnaire;
use domain::site::address;
use domain::site::config::{LoadedConfig, CONFIG_FILE};
use domain::site::mode::{choose_mode, Mode};
use domain::site::storage_keys;
use leptos::prelude::*;

impl Visit {
    /// Opens a visit once the settings are read: the mode the address asks for if the
    /// settings allow it, the starting language, the saved progress on offer, saving
    /// after every answer.
    pub fn open(loaded: LoadedConfig, questionnaire: Questionnaire, i18n: I18n) -> Self {
        let site = &loaded.config;
        let query = location::query_string();
        let (mode, refused) = choose_mode(
            site.default_mode,
            &site.allowed_modes,
            address::requested_mode(&query),
        );
        let starting = site.starting_language(content::default_language());
        // The settings only list languages of the app, so this finds it.
        let starting_language = content::language_codes()
            .find(|code| *code == starting)
            .unwrap_or(content::default_language());
        if starting_language != untrack(|| i18n.code()) {
            // Until it is fetched, or if it cannot be, the page stays in French.
            i18n.set_language(starting_language, || {});
        }
        let comfort = ReadingComfort::new(mode == Mode::Kiosk && site.kiosk_read_aloud);
        let figures = VisitFigures::new(site.count_visits);
        let visit = Self {
            journey: JourneyHandle::new(questionnaire),
            i18n,
            comfort,
            mode: RwSignal::new(mode),
            config: StoredValue::new(loaded),
            starting_language,
            overlay: RwSignal::new(None),
            notices: RwSignal::new(Vec::new()),
            resume: RwSignal::new(None),
            started_at: StoredValue::new(None),
            storage_works: StoredValue::new(true),
            notes: RwSignal::new(String::new()),
            figures,
        };
        if refused {
            visit.notify("mode.refused");
        }
        language::restore_and_keep(visit);
        persistence::offer_saved_progress(visit);
        persistence::save_after_every_change(visit);
        counting::count_as_it_goes(visit);
        visit
    }

    /// In advisor mode, the hand-off code carried by the address (`#code=…`), taken out
    /// of it so that a reload does not open it again; `App` opens it (the reading of codes
    /// is a chunk).
    pub fn take_code_in_address(&self) -> Option<String> {
        if self.mode.get_untracked() != Mode::Advisor {
            return None;
        }
        let fragment = location::fragment();
        let code = address::code_in_fragment(&fragment)?.to_owned();
        location::clear_fragment();
        Some(code)
    }

    /// "Commencer": the first question.
    pub fn start(&self) {
        let (mode, language) = (self.mode.get_untracked(), untrack(|| self.i18n.code()));
        self.figures.count(|t| t.start(mode, &language));
        self.clear_notices();
        self.journey.update(|j, _| j.start());
    }

    /// "Reprendre": the progress on offer, where it was left.
    pub fn resume(&self) {
        if let Some(progress) = self.resume.get_untracked() {
            let (mode, language) = (self.mode.get_untracked(), untrack(|| self.i18n.code()));
            self.figures.count(|t| t.resume(mode, &language));
            self.started_at.set_value(Some(progress.started_at));
            self.resume.set(None);
            self.clear_notices();
            self.journey.replace(progress.journey);
        }
    }

    /// "Recommencer" on the welcome screen: the saved journey is erased, a new one starts.
    pub fn start_again(&self) {
        self.erase(None);
        self.start();
    }

    /// Opens a resident's answers from a hand-off code, on the results (or on their
    /// first unanswered question).
    pub fn load_code(&self, code: &str) -> Result<(), CodeError> {
        let journey = self.journey.with_questionnaire(|q| decode(q, code))?;
        counting::close(*self);
        self.journey.replace(journey);
        self.clear_notices();
        self.notify("code.loaded");
        Ok(())
    }

    /// Erases every key of the visit and the journey in memory, and goes back to the
    /// welcome screen with `notice` (if any).
    pub fn erase(&self, notice: Option<&'static str>) {
        counting::close(*self);
        let failed = storage::erase_keys_starting_with(storage_keys::VISIT_PREFIX).is_err();
        self.resume.set(None);
        self.started_at.set_value(None);
        self.overlay.set(None);
        self.notes.set(String::new());
        self.journey.replace(Journey::default());
        self.clear_notices();
        if failed && self.storage_works.get_value() {
            self.notify("storage.erase_failed");
        } else if let Some(notice) = notice {
            self.notify(notice);
        }
    }

    /// "J'ai terminé": everything is erased, and the welcome screen says so.
    pub fn finish(&self) {
        self.erase(Some("erase.done_finished"));
    }

    /// Whether the visit is as the next person should find it: no journey, no screen on
    /// top, the starting language and the usual reading comfort (tracked).
    pub fn is_as_started(&self) -> bool {
        self.journey.is_untouched()
            && self.overlay.get().is_none()
            && self.comfort.is_as_started()
            && self.i18n.code() == self.starting_language
            && self.i18n.bilingual_wanted()
                == language::bilingual_at_start(self.mode.get_untracked())
    }

    /// Readies a kiosk for the next person: erases the visit and puts the language and
    /// the reading comfort back as they started. Then loads Repère again when that is
    /// safe, so that a new version, the catalog and the settings as they are now are
    /// picked up, and nothing of the visit stays in memory (Leptos keeps a little of
    /// every screen shown).
    pub fn reset_for_next_person(&self) {
        self.erase(None);
        self.comfort.reset();
        self.i18n.set_language(self.starting_language, || {});
        self.i18n
            .set_bilingual(language::bilingual_at_start(self.mode.get_untracked()));
        let visit = *self;
        reload_when_safe(CONFIG_FILE, move || visit.is_as_started());
    }
}
