//! The start-up's adapters: marks on the page's timeline, for the profile of the start-up
//! ([`timing`]), and work that can wait until the page has loaded and is idle ([`idle`]).

pub mod idle;
pub mod timing;
