//! The page's address: only its query string is read (`?mode=borne`).

/// The query string of the page's URL, with its `?` (empty when there is none).
pub fn query_string() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}
