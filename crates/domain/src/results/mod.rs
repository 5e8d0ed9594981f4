//! What the answers say: a level per area and the strengths ([`scoring`]), the next
//! steps drawn from the catalog ([`recommend`]), and the advisor's activity report in the
//! national vocabulary ([`activity_report`]).

pub mod activity_report;
pub mod recommend;
pub mod scoring;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod observation_tests;
