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

/// Whether this browser has a voice for language `lang` ("ar" finds "ar-SA" and "ar_MA").
pub fn has_voice_for(lang: &str) -> bool {
    let Some(synthesis) = synthesis() else {
        return false;
    };
    let voices = synthesis.get_voices();
    // Each voice's `lang` read by hand: what matters is the tag, whatever the object.
    (0..voices.length()).any(|i| {
        js_sys::Reflect::get(&voices.get(i), &"lang".into())
            .ok()
            .and_then(|tag| tag.as_string())
            .is_some_and(|tag| speaks(&tag, lang))
    })
}

/// Whether a voice tagged `voice_lang` ("ar-SA") speaks language `lang` ("ar").
fn speaks(voice_lang: &str, lang: &str) -> bool {
    let (tag, lang) = (voice_lang.as_bytes(), lang.as_bytes());
    tag.get(..lang.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(lang))
        && matches!(tag.get(lang.len()), None | Some(b'-' | b'_'))
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
