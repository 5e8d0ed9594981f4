//! The screens shown on top of the journey (chunk `overlays`): privacy and the erase
//! confirmation, the advisor's overview of the answers, the kiosk's settings.

pub mod kiosk_settings;
pub mod overview;
pub mod privacy;
