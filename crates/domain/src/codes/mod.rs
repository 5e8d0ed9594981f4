//! What leaves a journey as text, and must be read back safely: the hand-off code for
//! the advisor and the saved-progress document.

pub mod handoff;
pub mod saved_progress;
