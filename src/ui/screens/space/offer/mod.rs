//! The sections of what Repère proposes on the territory: its places (the national
//! export), its workshops, and its partners (data·inclusion, and typed by hand).

pub mod partners;
pub mod places;
pub mod workshops;
