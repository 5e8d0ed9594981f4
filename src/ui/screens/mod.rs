//! The screens, one folder per part of the release build, so that a folder is a chunk
//! (`ui::chunks` lists the parts; only the shell shows them):
//!
//! | folder | chunk | screens |
//! |---|---|---|
//! | [`start`] | the first download | the welcome screen, loading a code (advisor), the kiosk's pause |
//! | [`questions`] | `questions` | needs, situation, skill questions, the checks' offer and the hands-on checks |
//! | [`overlays`] | `overlays` | privacy (and the erase confirmation), the advisor's overview, the kiosk's settings |
//! | [`results`] | `results` | the results, their next steps, the hand-off code, the sheet |
//! | [`space`] | `space` | the structure's space (`?espace`), a page of its own |
//!
//! The journey's screens follow `Journey::stage`; the overlays are shown on top of the
//! journey (`state::visit::Overlay`). The shell picks the screen.

pub mod overlays;
pub mod questions;
pub mod results;
pub mod space;
pub mod start;
