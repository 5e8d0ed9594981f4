//! The structure's figures: what Repère did on this device, counted per day and never
//! finer, with nothing of a person kept. A visit reports events (started, reached the
//! results, interrupted, a sheet printed…) as [`measure::Measure`]s; the
//! [`ledger::Ledger`] adds them to the day's counts, which is all that is stored (under
//! its own key, untouched by « Effacer mes réponses » and the kiosk reset). The space
//! shows a month of them ([`month`]), exports them with every count under 3 shown as
//! « moins de 3 » ([`export`]) and merges several devices' exports ([`merge`]).
//!
//! What is never counted: answers of one visit linked together (each count is a
//! number of visits, on its own), times of day, free text, the hand-off code, the
//! commune chosen.

pub mod count;
pub mod day;
pub mod export;
pub mod ledger;
pub mod measure;
pub mod merge;
pub mod month;
pub mod of_visit;
