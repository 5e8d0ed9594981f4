//! Repère: a browser-only digital-skills self-assessment for French digital mediation.
//!
//! A functional core with a thin shell (see `ARCHITECTURE.md`):
//! - the `domain` crate (`crates/domain`) is pure Rust, knows no browser, and holds every
//!   rule worth testing, with the content compiled in;
//! - [`platform`] holds the few adapters to the browser;
//! - [`ui`] holds the Leptos components, which read state and call the domain.

pub mod platform;
pub mod ui;
