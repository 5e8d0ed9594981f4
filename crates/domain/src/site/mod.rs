//! How the deploying structure runs Repère: its settings file ([`config`]), the mode
//! ([`mode`]), what the address carries ([`address`]), the kiosk's inactivity timer,
//! the local time, the storage keys, the PIN's hash, the reading-comfort choices of a visit,
//! and the published set installed on the device ([`installed`]).

pub mod address;
pub mod config;
pub mod installed;
pub mod kiosk_timer;
pub mod language_choice;
pub mod local_time;
pub mod mode;
pub mod pin;
pub mod reading_comfort;
pub mod storage_keys;
