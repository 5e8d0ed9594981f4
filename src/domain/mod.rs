//! The pure core of Repère: the questionnaire model and its branching, the journey
//! state, scoring, content checks, the site configuration and the message catalogs.
//! Nothing here touches the browser, so all of it compiles and is tested natively with
//! `cargo test`.

pub mod activity_report;
pub mod answers;
pub mod area;
pub mod catalog;
pub mod config;
pub mod content_check;
pub mod handoff;
pub mod ids;
pub mod journey;
pub mod kiosk_timer;
pub mod local_time;
pub mod locale;
pub mod mode;
pub mod need;
pub mod paths;
pub mod pin;
pub mod plan;
pub mod questionnaire;
pub mod recommend;
pub mod saved_progress;
pub mod scoring;
pub mod situation;
pub mod skill;
