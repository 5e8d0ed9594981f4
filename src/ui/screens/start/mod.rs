//! The screens of the first download: what a person sees before any chunk is fetched.

pub mod load_code;
pub mod pause;
pub mod welcome;
