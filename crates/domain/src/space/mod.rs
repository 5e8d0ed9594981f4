//! The structure's space: what a conseiller numérique does to set Repère up for a
//! territory and keep it current, without editing a file. Everything here is pure: the
//! official list of communes ([`official_list`]), reading a file as it was downloaded
//! ([`decode`]), the places: the national export filtered to the territory, what changed since the
//! last import and the places file in the national format ([`places`]), the forms of workshops, contact and
//! settings checked with the catalog's own checks ([`forms`]), the files it publishes
//! ([`export`]) and their archive ([`archive`]).
//!
//! The files it produces are the very files Repère reads (`config.json` and
//! `catalog/*`): the space needs no server.

pub mod archive;
pub mod commune;
pub mod decode;
pub mod export;
pub mod forms;
pub mod official_list;
pub mod partners;
pub mod places;
pub mod preview;
pub mod setup;
