//! The start-up's adapters: marks on the page's timeline, for the profile of the start-up
//! ([`timing`]); work that can wait until the page has loaded and is idle ([`idle`]); and
//! [`in_next_task`], which cuts the start-up into short tasks.

pub mod idle;
pub mod timing;

/// Runs `work` in a task of its own, after the one running now: two short tasks rather
/// than one long one, so that a slow PC can answer between them.
pub fn in_next_task(work: impl FnOnce() + 'static) {
    leptos::prelude::set_timeout(work, std::time::Duration::ZERO);
}
