//! Counting the visit for the structure's figures as it goes (the rules and the table
//! of what is counted when are in `domain::figures::of_visit`): each language used, and
//! the visit's end when the page goes. « Commencer », « Reprendre » and the ends of a
//! visit (`erase`) count from `lifecycle`; the results reached, the next steps, the
//! code and the prints from the results screen (so that the scoring they read stays in
//! the results' chunk, out of the first download).

use super::Visit;
use leptos::prelude::*;

/// The Effect and the listener that count for the whole life of the visit.
pub(super) fn count_as_it_goes(visit: Visit) {
    let i18n = visit.i18n;
    Effect::new(move |_| {
        let language = i18n.code();
        untrack(|| visit.figures.count(|t| t.language(&language)));
    });
    // For the app's whole life, like the visit itself.
    std::mem::forget(window_event_listener(leptos::ev::pagehide, move |_| {
        close(visit)
    }));
}

/// The visit ends (erased, reset, another one loaded, the page closed): counted as
/// interrupted at its stage unless it reached its results.
pub(super) fn close(visit: Visit) {
    if !visit.figures.is_open() {
        return;
    }
    let stage = visit.journey.with_untracked(|j, _| j.stage().clone());
    visit.figures.count(|t| t.close(&stage));
}
