//! Reading comfort, for the visit: text size in three steps, a high-contrast theme, and
//! reading aloud. The choices are applied as classes on `<html>` and kept in
//! `sessionStorage` (erased with everything else of the visit); their text format is
//! `domain::site::reading_comfort`. The system's reduced motion and dark scheme are
//! followed by the stylesheet. The bar that changes them is `widgets::comfort_bar`.

use crate::platform::{document, speech, storage};
use domain::site::reading_comfort::ComfortChoices;
use domain::site::storage_keys;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct ReadingComfort {
    /// 0, 1 or 2.
    text_size: RwSignal<u8>,
    high_contrast: RwSignal<bool>,
    read_aloud: RwSignal<bool>,
    /// Reading aloud as a visit starts: on for a kiosk whose configuration says so, where
    /// the browser can speak.
    read_aloud_at_start: StoredValue<bool>,
    /// Whether the browser can speak: it has a voice (some list theirs a moment late).
    can_speak: RwSignal<bool>,
    /// Changes each time the browser's list of voices changes.
    voices: RwSignal<u32>,
}

impl ReadingComfort {
    /// The choices kept for this visit, or the defaults; `read_aloud_by_default` for a
    /// kiosk whose configuration says so.
    pub fn new(read_aloud_by_default: bool) -> Self {
        let kept = storage::read_for_visit(storage_keys::READING_COMFORT).unwrap_or_default();
        let choices = ComfortChoices::parse(&kept);
        let can_speak = speech::is_available();
        let wanted = choices.read_aloud.unwrap_or(read_aloud_by_default);
        let comfort = Self {
            text_size: RwSignal::new(choices.text_size),
            high_contrast: RwSignal::new(choices.high_contrast),
            read_aloud: RwSignal::new(wanted && can_speak),
            read_aloud_at_start: StoredValue::new(read_aloud_by_default && can_speak),
            can_speak: RwSignal::new(can_speak),
            voices: RwSignal::new(0),
        };
        // Voices listed late: reading aloud becomes possible, and a kiosk that reads
        // aloud by default starts doing so.
        speech::on_voices_changed(move || {
            comfort.voices.update(|n| *n = n.wrapping_add(1));
            let now = speech::is_available();
            if now == comfort.can_speak.get_untracked() {
                return;
            }
            comfort.can_speak.set(now);
            comfort
                .read_aloud_at_start
                .set_value(read_aloud_by_default && now);
            // Before, the button was not there: nobody chose otherwise.
            comfort.read_aloud.set(now && wanted);
        });
        Effect::new(move |_| {
            let aloud = comfort.read_aloud.get();
            let choices = ComfortChoices {
                text_size: comfort.text_size.get(),
                high_contrast: comfort.high_contrast.get(),
                read_aloud: Some(aloud),
            };
            document::set_root_classes(&choices.root_classes());
            if !aloud {
                speech::stop();
            }
            // Only a choice the person made is kept: the defaults leave no key behind.
            match choices.encode(read_aloud_by_default) {
                Some(kept) => storage::write_for_visit(storage_keys::READING_COMFORT, &kept),
                None => storage::remove_for_visit(storage_keys::READING_COMFORT),
            }
        });
        comfort
    }

    /// 0, 1 or 2 (tracked).
    pub fn text_size(&self) -> u8 {
        self.text_size.get()
    }

    pub fn set_text_size(&self, size: u8) {
        self.text_size.set(size);
    }

    /// Whether the high-contrast theme is on (tracked).
    pub fn high_contrast(&self) -> bool {
        self.high_contrast.get()
    }

    pub fn toggle_high_contrast(&self) {
        self.high_contrast.update(|c| *c = !*c);
    }

    /// Whether the browser has a voice for language `lang` (tracked): without one,
    /// reading aloud is not offered in that language.
    pub fn can_speak_in(&self, lang: &str) -> bool {
        self.voices.track();
        self.can_speak.get() && speech::has_voice_for(lang)
    }

    /// Whether questions are read aloud (tracked).
    pub fn read_aloud(&self) -> bool {
        self.read_aloud.get()
    }

    pub fn toggle_read_aloud(&self) {
        self.read_aloud.update(|r| *r = !*r);
    }

    /// Whether every setting is as a visit starts (tracked).
    pub fn is_as_started(&self) -> bool {
        self.text_size.get() == 0
            && !self.high_contrast.get()
            && self.read_aloud.get() == self.read_aloud_at_start.get_value()
    }

    /// Puts every setting back as a visit starts, for the next person on a kiosk.
    pub fn reset(&self) {
        self.text_size.set(0);
        self.high_contrast.set(false);
        self.read_aloud.set(self.read_aloud_at_start.get_value());
    }
}

pub fn use_reading_comfort() -> ReadingComfort {
    expect_context::<ReadingComfort>()
}
