//! One file per screen. The journey's stages (`welcome`, `needs`, `situation`, `skill`,
//! `checks_offer` and `check/` for the hands-on checks, `results`) follow
//! `Journey::stage`; the others are shown on top of the journey
//! (`state::visit::Overlay`): `pause`, `privacy` (and the erase confirmation),
//! `overview` (advisor), `kiosk_settings`. The shell picks the screen. `space/` is the
//! structure's space, a page of its own (`?espace`, see `app.rs`).

pub mod check;
pub mod checks_offer;
pub mod kiosk_settings;
pub mod load_code;
pub mod needs;
pub mod overview;
pub mod pause;
pub mod privacy;
pub mod results;
pub mod situation;
pub mod skill;
pub mod space;
pub mod welcome;
