//! Repère: a browser-only digital-skills self-assessment for French digital mediation.
//!
//! The crate is a functional core with a thin shell:
//! - [`domain`] is pure Rust (no browser APIs) and holds every rule worth testing;
//! - [`content`] turns the data files compiled into the app into domain types;
//! - [`platform`] holds the few adapters to the browser;
//! - [`ui`] holds the Leptos components, which read state and call the domain.

pub mod content;
pub mod domain;
pub mod platform;
pub mod ui;
