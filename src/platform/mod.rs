//! The few adapters between Repère and the browser. Each is small and replaceable, and
//! none holds a rule worth testing natively: those live in `domain`.

pub mod clipboard;
pub mod clock;
pub mod crypto;
pub mod document;
pub mod files;
pub mod location;
pub mod network;
pub mod print;
pub mod reload;
pub mod speech;
pub mod startup;
pub mod storage;
