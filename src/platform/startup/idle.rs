//! Work that can wait: run once the page has loaded and the browser is idle, so that
//! nothing competes with the first screen (preloading the next screens' code, for
//! example). Where the browser has no `requestIdleCallback` (Safari), a short timer
//! after the load stands in for it.
//!
//! ```ignore
//! idle::after_load(|| chunks::preload_after_welcome());
//! ```

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How long the browser may put the work off while it is busy, in milliseconds.
const AT_THE_LATEST_MS: u32 = 3_000;
/// Without `requestIdleCallback`: how long after the load the work runs.
const WITHOUT_IDLE_MS: i32 = 300;

/// Runs `work` once the page has loaded (at once if it has) and the browser is idle.
pub fn after_load(work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let loaded = window
        .document()
        .is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        when_idle(window, work);
        return;
    }
    let waiting = window.clone();
    let on_load = Closure::once_into_js(move || when_idle(waiting, work));
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "load",
        on_load.unchecked_ref(),
        &options,
    );
}

fn when_idle(window: web_sys::Window, work: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(work);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(AT_THE_LATEST_MS);
    let asked = window.request_idle_callback_with_options(callback.unchecked_ref(), &options);
    if asked.is_err() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            callback.unchecked_ref(),
            WITHOUT_IDLE_MS,
        );
    }
}
