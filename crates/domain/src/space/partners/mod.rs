//! The territory's partners from the national open data of inclusion services,
//! data·inclusion (schema v1): the export read row by row ([`record`]), kept to the
//! territory ([`territory`]) and to what matters to Repère ([`networks`]), gathered into
//! one partner per structure ([`import`], [`entry`]); and what changed since the last
//! import ([`diff`]).

/// How the problems name the two files.
pub const SERVICES_FILE: &str = "services (data·inclusion)";
pub const STRUCTURES_FILE: &str = "structures (data·inclusion)";

pub mod diff;
pub mod entry;
pub mod import;
pub mod networks;
pub mod record;
pub mod territory;

#[cfg(test)]
mod tests;
