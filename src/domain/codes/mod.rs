//! What leaves a journey as text, and must be read back safely: the hand-off code for
//! the advisor, the saved-progress document, and the kiosk PIN's hash.

pub mod handoff;
pub mod pin;
pub mod saved_progress;
