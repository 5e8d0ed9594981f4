//! Marks on the page's performance timeline (`performance.mark`), so that a profile of
//! the start-up (`scripts/startup-profile.mjs`) can say how long each part took. A mark
//! costs a few microseconds and nothing is sent anywhere: they stay in the page.
//!
//! ```ignore
//! timing::mark("repere:settings-read");
//! ```

/// Marks the moment `name` on the page's timeline; nothing happens where the browser has
/// no `performance` (it is only read by the profile).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
