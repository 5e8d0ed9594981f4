//! Copying text to the clipboard, for the advisor's activity-report sheet. Browsers
//! offer the clipboard only to secure pages (HTTPS or localhost) and may refuse it: the
//! answer is then `false`, never an error.

use wasm_bindgen::JsCast;

/// Puts `text` on the clipboard; whether the browser took it.
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    // `navigator.clipboard` is missing on an insecure page: look before calling.
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    let Some(clipboard) = clipboard else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}
