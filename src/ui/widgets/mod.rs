//! Reusable pieces of the screens. Each reads the app-wide handles it needs from
//! context (see the table in [`crate::ui`]) and writes only through their methods.

pub mod choice_question;
pub mod comfort_bar;
pub mod error_summary;
pub mod kiosk_watch;
pub mod languages;
pub mod notices;
pub mod page_heading;
pub mod qr_code;
pub mod site_footer;
pub mod visit_actions;
