//! The published files Repère reads (`config.json`, `catalog/*`): the set the
//! structure installed on this device (`domain::site::installed`), when there is one,
//! else the server's. A damaged set is never half used: the server's files are read,
//! and [`config_text`] says so, for the footer to tell.
//!
//! ```ignore
//! let (text, damaged) = published::config_text().await;
//! published::install(&set)?;  // « Utiliser sur cet appareil »
//! ```

use super::fetch_text::{fetch_text, FetchError};
use crate::platform::storage::{self, StorageError};
use domain::site::installed::InstalledSet;
use domain::site::storage_keys::INSTALLED;

/// What this device has installed.
#[derive(Clone, Debug, PartialEq)]
pub enum Installed {
    /// Nothing: the server's files are read.
    Nothing,
    Set(InstalledSet),
    /// A set is stored but cannot be read whole: the server's files are read.
    Damaged,
}

/// The installed set, read from the device's storage now.
pub fn installed() -> Installed {
    match storage::read(INSTALLED) {
        Ok(Some(text)) => match InstalledSet::parse(&text) {
            Ok(set) => Installed::Set(set),
            Err(_) => Installed::Damaged,
        },
        _ => Installed::Nothing,
    }
}

/// The settings' text, and whether an installed set was damaged (the server's were
/// read instead).
pub async fn config_text(path: &str) -> (Result<String, FetchError>, bool) {
    match installed() {
        Installed::Set(set) => (set.file(path).ok_or(FetchError::Status(404)), false),
        Installed::Damaged => (fetch_text(path).await, true),
        Installed::Nothing => (fetch_text(path).await, false),
    }
}

/// Installs `set` on this device, in place of any other.
pub fn install(set: &InstalledSet) -> Result<(), StorageError> {
    storage::write(INSTALLED, &set.to_text())
}

/// Goes back to the server's files.
pub fn uninstall() {
    let _ = storage::remove(INSTALLED);
}
