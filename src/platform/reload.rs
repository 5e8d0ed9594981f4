//! Loading Repère again without risking a dead screen, for a kiosk between two
//! visitors: with the service worker in control, a reload works even offline; without
//! it, only once the server has just answered a probe that no cache can answer, and only
//! if nobody has started meanwhile.

use crate::platform::clock::now_ms;
use crate::platform::location;
use crate::platform::network::fetch_text::fetch_text;
use crate::platform::network::service_worker;

/// Reloads the page when that is safe. `probe` is a small file of the app
/// (`config.json`); `still_idle` is asked again once the server has answered.
pub fn reload_when_safe(probe: &'static str, still_idle: impl Fn() -> bool + 'static) {
    if service_worker::controls_page() {
        location::reload();
        return;
    }
    leptos::task::spawn_local(async move {
        // A new address each time, so that no cache can answer for the server.
        let probe = format!("{probe}?reload-check={}", now_ms() as u64);
        if fetch_text(&probe).await.is_ok() && leptos::prelude::untrack(&still_idle) {
            location::reload();
        }
    });
}
