//! The few adapters between Repère and the browser. Each is small and replaceable, and
//! none holds a rule worth testing natively: those live in `domain`.

pub mod clipboard;
pub mod clock;
pub mod document;
pub mod fetch_text;
pub mod figures_store;
pub mod files;
pub mod location;
pub mod print;
pub mod reload;
pub mod service_worker;
pub mod speech;
pub mod storage;
