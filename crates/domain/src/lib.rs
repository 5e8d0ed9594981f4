//! The pure core of Repère. Nothing here touches the browser (the crate depends on no
//! view or browser crate), so all of it compiles and is tested natively with
//! `cargo test`. One folder per concept, in layers: a module may import only the modules
//! below it in this table (`ARCHITECTURE.md` declares the order;
//! `crates/architecture` checks it).
//!
//! | module | owns |
//! |---|---|
//! | `audit` | content checks and path lengths, for tests and tools only (not in the shipped wasm) |
//! | [`figures`] | the structure's figures: what the device's visits did, counted per day, the month view, the exports and their merge |
//! | [`space`] | the structure's space: the official list of communes, the import of the national places export, the forms, the published files |
//! | [`results`] | what the answers say: levels per area (scoring), next steps (recommend), the activity report |
//! | [`codes`] | what leaves the journey as text: the hand-off code, saved progress |
//! | [`journey`] | one person's way through the questionnaire: the answers, the plan of questions (branching), the stage on screen |
//! | [`content`] | the questionnaire and the French words compiled in, the list of languages |
//! | [`messages`] | the words of one language, and the wording of dates, times and opening hours |
//! | [`site`], [`catalog`] | how the structure runs Repère (settings, mode, address, kiosk timer, local time, storage keys, PIN, reading comfort); places, workshops, partners and territory, read from the structure's files and checked |
//! | [`questionnaire`] | the model read from `content/questionnaire.json`: needs, situation questions, areas, skill items, hands-on checks, their ids |

#[cfg(any(test, feature = "tools"))]
pub mod audit;
pub mod catalog;
pub mod codes;
pub mod content;
pub mod figures;
pub mod journey;
pub mod messages;
pub mod questionnaire;
pub mod results;
pub mod site;
pub mod space;
