//! The app-wide handles: each is a `Copy` handle on a few signals, provided once through
//! context and changed only through its methods. See the table of contexts in
//! [`crate::ui`].

pub mod catalog_handle;
pub mod figures;
pub mod i18n;
pub mod journey_handle;
pub mod reading_comfort;
pub mod recommendations;
pub mod visit;
