//! The visit's language, kept for the visit only: the one the person chose and whether
//! the French is shown under it, in the tab's visit storage (`storage_keys::LANGUAGE`,
//! its text `domain::site::language_choice`), so that a reload keeps them; erased with
//! the rest of the visit, and put back as the settings say at the kiosk's reset. In
//! advisor mode the bilingual display is on from the start.

use super::Visit;
use crate::platform::storage;
use domain::content;
use domain::site::language_choice::LanguageChoice;
use domain::site::mode::Mode;
use domain::site::storage_keys;
use leptos::prelude::*;

/// Whether the bilingual display is on as a visit starts in `mode`.
pub(super) fn bilingual_at_start(mode: Mode) -> bool {
    mode == Mode::Advisor
}

/// Takes back the language kept for this visit, then keeps each change of it.
pub(super) fn restore_and_keep(visit: Visit) {
    let i18n = visit.i18n;
    let offered: Vec<&'static str> = visit.with_config(|c| {
        c.offered_languages(content::languages())
            .into_iter()
            .map(|(code, _)| code)
            .collect()
    });
    let at_start = bilingual_at_start(visit.mode.get_untracked());
    let kept = storage::read_for_visit(storage_keys::LANGUAGE)
        .and_then(|text| LanguageChoice::parse(&text, &offered));
    match kept {
        Some(choice) => {
            i18n.set_bilingual(choice.bilingual);
            if choice.code != untrack(|| i18n.code()) {
                // Until it is fetched, or if it cannot be, the page stays as it is.
                i18n.set_language(&choice.code, || {});
            }
        }
        None => i18n.set_bilingual(at_start),
    }
    let starting = visit.starting_language;
    Effect::new(move |_| {
        let choice = LanguageChoice {
            code: i18n.code(),
            bilingual: i18n.bilingual_wanted(),
        };
        if choice.code == starting && choice.bilingual == at_start {
            storage::remove_for_visit(storage_keys::LANGUAGE);
        } else {
            storage::write_for_visit(storage_keys::LANGUAGE, &choice.encode());
        }
    });
}
