//! Reads a text file served beside the app: the configuration, the places catalog, the
//! messages of another language.
//!
//! Only relative URLs are passed in, so no request can leave the app's own origin.
//!
//! ```ignore
//! let text = fetch_text("config.json").await?;
//! ```

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No `window` (not in a browser page).
    NoWindow,
    /// The network failed, or the browser refused the request.
    Network,
    /// The server answered with this HTTP status instead of 200.
    Status(u16),
    /// The body could not be read as text.
    Body,
}

/// Fetches `relative_url` and returns its body as text.
pub async fn fetch_text(relative_url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::NoWindow)?;
    let response = JsFuture::from(window.fetch_with_str(relative_url))
        .await
        .map_err(|_| FetchError::Network)?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let body = response.text().map_err(|_| FetchError::Body)?;
    JsFuture::from(body)
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or(FetchError::Body)
}
