//! The page's address: its query string (`?mode=borne`) and its fragment (a hand-off
//! code) are read, the fragment cleared once read, and the page can be loaded again.
//! What these parts mean is in `domain::site::address`.

/// The query string of the page's URL, with its `?` (empty when there is none).
pub fn query_string() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The app's address without query or fragment ("https://exemple.fr/repere/").
pub fn app_url() -> String {
    web_sys::window()
        .map(|w| {
            let l = w.location();
            format!(
                "{}{}",
                l.origin().unwrap_or_default(),
                l.pathname().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

/// The fragment of the page's URL, without its `#`.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Removes the fragment from the address bar (a hand-off code must not linger there).
pub fn clear_fragment() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash("");
    }
}

/// Loads the page again, from the same address.
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}
