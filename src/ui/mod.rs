//! The Leptos interface: it reads the app-wide state and calls the domain to change it.
//!
//! In layers, each importing only those below it (`ARCHITECTURE.md`, checked by
//! `crates/architecture`): [`app`] reads the content and the settings and opens the
//! visit; [`shell`] lays out the page, picks the screen and is the only part that knows
//! the [`chunks`]; [`screens`] one folder per chunk; [`widgets`] the reusable pieces;
//! [`state`] the app-wide handles.
//!
//! ## Contexts
//!
//! Every handle is `Copy`, provided once, and changed only through its methods (its
//! signals are private). A handle is named for what it holds (`Visit`, `I18n`,
//! `Space`…), or `…Handle` where the domain already has that name (`JourneyHandle` on a
//! `Journey`, `CatalogHandle` on a `Catalog`); `use_x()` returns the context of `x`.
//!
//! | context | provided by | read by | written by |
//! |---|---|---|---|
//! | `I18n` (language in use) | `App` | everything | `LanguageSwitch`; `Visit` (starting language) |
//! | `Visit` (mode, settings, overlay, notices, resume offer, notes; starts and ends the visit) | `Shell` | screens, widgets | screens and widgets through its methods (`start`, `erase`, `show`…) |
//! | `JourneyHandle` (the answers and the stage) | `Shell` | question screens, results | question screens through `update`/`advance`/`back`; only `Visit` replaces it whole |
//! | `ReadingComfort` (text size, contrast, reading aloud) | `Shell` | `ComfortBar`, `ListenButton` | `ComfortBar`; `Visit` (kiosk reset) |
//! | `CatalogHandle` (places catalog) | `Shell` (with the chunk that reads it) | results | its own fetch, started by `Shell` and the results |
//! | `FocusHeadings` (move focus to new headings) | `Shell` | `PageHeading` | `Shell` |
//! | `Recommendations` (the profile, computed once, and the next steps) | `ResultsPage` | its parts, the figures, the activity-report sheet | — (memos) |
//! | `Space` (the setup being edited, the official list, the section on screen) | `SpacePage` | the space's sections | the sections through `edit`, `show_diff`, `go_to`, `start_afresh` |

pub mod app;
pub mod chunks;
pub mod screens;
pub mod shell;
pub mod state;
pub mod widgets;

use wasm_bindgen::JsCast;

/// Mounts the app into the page's `#app` element (or the body if there is none).
///
/// In a task of its own, after the one that compiled and started the wasm: two short
/// tasks rather than one long one, so that a slow PC can answer between them.
pub fn mount() {
    crate::platform::startup::in_next_task(mount_now);
}

fn mount_now() {
    crate::platform::startup::timing::mark("repere:main");
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => leptos::mount::mount_to(root, app::App).forget(),
        None => leptos::mount::mount_to_body(app::App),
    }
    crate::platform::startup::timing::mark("repere:mounted");
}
