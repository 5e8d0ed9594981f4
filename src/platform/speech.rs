//! Reading aloud with the browser's speech synthesis, in the language in use. Where the
//! browser has none, `is_available` says so and the app shows a plain message instead.

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

/// Whether this browser can read aloud.
pub fn is_available() -> bool {
    synthesis().is_some()
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
