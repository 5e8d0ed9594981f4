//! The pure core of Repère. Nothing here touches the browser, so all of it compiles and
//! is tested natively with `cargo test`. One folder per concept:
//!
//! | folder | owns |
//! |---|---|
//! | [`questionnaire`] | the model read from `content/questionnaire.json`: needs, situation questions, areas, skill items, their ids |
//! | [`journey`] | one person's way through it: the answers, the plan of questions (branching), the stage on screen |
//! | [`results`] | what the answers say: levels per area (scoring), next steps (recommend), the activity report |
//! | [`codes`] | what leaves the journey as text: the hand-off code, saved progress, the kiosk PIN |
//! | [`site`] | how the deploying structure runs Repère: settings, mode, address parameters, kiosk timer, local time, storage keys, reading comfort |
//! | [`messages`] | the words of one language, and the wording of dates, times and opening hours |
//! | [`catalog`] | places, workshops, partners and territory, read from the structure's files and checked |
//! | [`figures`] | the structure's figures: what the device's visits did, counted per day, the month view, the exports and their merge |
//! | [`space`] | the structure's space: the official list of communes, the import of the national places export, the forms, the published files |
//! | `checks` | content checks and path lengths, for tests and tools only (not in the shipped wasm) |

pub mod catalog;
#[cfg(any(test, feature = "tools"))]
pub mod checks;
pub mod codes;
pub mod figures;
pub mod journey;
pub mod messages;
pub mod questionnaire;
pub mod results;
pub mod site;
pub mod space;
