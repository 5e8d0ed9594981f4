//! The service worker registered by `index.html` (`sw.js`): whether it answers this
//! page's requests, which makes a reload safe even with the network off.

use wasm_bindgen::JsValue;

/// Whether a service worker controls the page (it then answers a reload from its cache
/// when the network is off).
pub fn controls_page() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    // Read through Reflect: `navigator.serviceWorker` is missing where service workers
    // are not allowed (a page served over plain HTTP to another machine).
    js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|container| !container.is_undefined())
        .and_then(|container| {
            js_sys::Reflect::get(&container, &JsValue::from_str("controller")).ok()
        })
        .is_some_and(|controller| !controller.is_null() && !controller.is_undefined())
}
