//! The pure core of Repère: the questionnaire model, the journey state, the site
//! configuration and the message catalogs. Nothing here touches the browser, so all of
//! it compiles and is tested natively with `cargo test`.

pub mod config;
pub mod journey;
pub mod locale;
pub mod need;
pub mod questionnaire;
