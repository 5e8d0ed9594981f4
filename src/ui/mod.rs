//! The Leptos interface: it reads the app-wide state and calls the domain to change it.
//!
//! - [`app`] reads the content and the settings and opens the visit; [`shell`] lays
//!   out the page and picks the screen.
//! - [`state`] holds the app-wide handles; [`screens`] one file per screen;
//!   [`widgets`] the reusable pieces.
//!
//! ## Contexts
//!
//! Every handle is `Copy`, provided once, and changed only through its methods.
//!
//! | context | provided by | read by | written by |
//! |---|---|---|---|
//! | `I18n` (language in use) | `App` | everything | `LanguageSwitch`; `Visit` (starting language) |
//! | `Visit` (mode, settings, overlay, notices, resume offer, notes; starts and ends the visit) | `Shell` | screens, widgets | screens and widgets through its methods (`start`, `erase`, `show`…) |
//! | `JourneyHandle` (the answers and the stage) | `Shell` | question screens, results | question screens through `update`/`advance`/`back`; only `Visit` replaces it whole |
//! | `ReadingComfort` (text size, contrast, reading aloud) | `Shell` | `ComfortBar`, `ListenButton` | `ComfortBar`; `Visit` (kiosk reset) |
//! | `CatalogState` (places catalog) | `Shell` | results | its own fetch, started by `Shell` |
//! | `FocusHeadings` (move focus to new headings) | `Shell` | `PageHeading` | `Shell` |
//! | `Recommendations` (the next steps) | `ResultsPage` | its cards, the activity-report sheet | — (a memo) |

pub mod app;
pub mod chunks;
pub mod screens;
pub mod shell;
pub mod state;
pub mod widgets;

use wasm_bindgen::JsCast;

/// Mounts the app into the page's `#app` element (or the body if there is none).
pub fn mount() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => leptos::mount::mount_to(root, app::App).forget(),
        None => leptos::mount::mount_to_body(app::App),
    }
}
