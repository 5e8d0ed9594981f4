//! The places of the territory: the national export read and filtered to it
//! ([`import`]), what changed since the last import ([`diff`]), and the places file
//! written back in the national format ([`file`]), and which commune a row is in
//! ([`locator`]).

pub mod diff;
pub mod file;
pub mod import;
pub mod locator;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod national_schema;
