//! The page itself: its language and writing direction, kept in step with the
//! language in use so that screen readers pronounce the words right; the classes of
//! `<html>` that apply the reading comfort; and moving focus.

use domain::messages::TextDirection;

/// Sets `lang` and `dir` on the `<html>` element. Does nothing outside a page.
pub fn set_language(code: &str, direction: TextDirection) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("lang", code);
    let _ = root.set_attribute("dir", direction.as_html());
}

/// Sets the text of the element with this id, if there is one (the page's own texts
/// outside the app, as the dialog shown if the app stops).
pub fn set_text(id: &str, text: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        element.set_text_content(Some(text));
    }
}

/// Sets the `class` of the `<html>` element. Does nothing outside a page.
pub fn set_root_classes(classes: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("class", classes);
    }
}

/// Moves keyboard focus to the element with this id, if there is one.
pub fn focus_element(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
