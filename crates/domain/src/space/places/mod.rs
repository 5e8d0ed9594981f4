//! The places of the territory: the national export read and filtered to it
//! ([`import`]), what changed since the last import ([`diff`]), and the places file
//! written back in the national format ([`file`]).

pub mod diff;
pub mod file;
pub mod import;
