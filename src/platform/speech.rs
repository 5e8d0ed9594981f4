//! Reading aloud with the browser's speech synthesis, in the language in use. Where the
//! browser has none, or has it without a single voice (Firefox or Chromium on a Linux PC
//! without a speech engine: pressing « Écouter » would be silent), `is_available` says so
//! and the app shows a plain message instead. Some browsers list their voices a moment
//! after the page opens: `on_voices_changed` says when.

use web_sys::SpeechSynthesisUtterance;

fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    use wasm_bindgen::JsCast;
    // Read the property by hand: a browser without speech has no such property, and
    // the generated getter would not notice.
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &"speechSynthesis".into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())?
        .dyn_into::<web_sys::SpeechSynthesis>()
        .ok()
}

/// Whether this browser can read aloud: it has speech synthesis and at least one voice.
pub fn is_available() -> bool {
    synthesis().is_some_and(|s| s.get_voices().length() > 0)
}

/// Calls `changed` each time the browser's list of voices changes (Chrome fills it a
/// moment after the page opens). For the app's lifetime: call it once.
pub fn on_voices_changed(changed: impl Fn() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(synthesis) = synthesis() else { return };
    let callback = Closure::<dyn Fn()>::new(changed);
    let _ = synthesis
        .add_event_listener_with_callback("voiceschanged", callback.as_ref().unchecked_ref());
    // Listened to for as long as the page lives.
    callback.forget();
}

/// Reads `text` in language `lang` ("fr", "en"), stopping whatever was being read.
pub fn speak(text: &str, lang: &str) {
    let Some(synthesis) = synthesis() else { return };
    synthesis.cancel();
    if let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) {
        utterance.set_lang(lang);
        utterance.set_rate(0.9);
        synthesis.speak(&utterance);
    }
}

/// Stops reading.
pub fn stop() {
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
}
