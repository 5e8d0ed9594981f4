//! The Leptos interface: pages and components that read the journey state and call the
//! domain to change it.

pub mod advisor;
pub mod app;
pub mod catalog_state;
pub mod choice_question;
pub mod display;
pub mod error_summary;
pub mod handoff_card;
pub mod hours_text;
pub mod i18n;
pub mod journey_handle;
pub mod kiosk;
pub mod language_switch;
pub mod needs_page;
pub mod next_steps;
pub mod notices;
pub mod page_heading;
pub mod pause_page;
pub mod persistence;
pub mod privacy_page;
pub mod qr_code;
pub mod results_page;
pub mod session;
pub mod site_footer;
pub mod situation_page;
pub mod skill_page;
pub mod visit_actions;
pub mod welcome_page;

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
