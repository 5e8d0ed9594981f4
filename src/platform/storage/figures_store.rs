//! The device's figures in `localStorage` (`storage_keys::FIGURES`): read, add a
//! visit's counts to today, write back. The document is parsed and checked by
//! `domain::figures::ledger`; a damaged one is replaced (and the space says so). Every
//! failure is a [`StorageError`]: counting stops, the journey never does.
//!
//! ```ignore
//! figures_store::record(&[Measure::of(Family::Started)])?;
//! let (ledger, problem) = figures_store::load()?;
//! ```

use crate::platform::clock::{local, now_ms};
use crate::platform::storage::{self, StorageError};
use domain::figures::day::Day;
use domain::figures::ledger::{Ledger, LoadProblem};
use domain::figures::measure::Measure;
use domain::site::storage_keys::FIGURES;

/// Today, by the device's clock (which may be wrong: the counts go to the day it says).
pub fn today() -> Day {
    let now = local(now_ms());
    Day::new(now.year, now.month, now.day)
        .or_else(|| Day::new(1900, 1, 1))
        .expect("1900-01-01 is a day")
}

/// The stored figures (a new document, with a name of its own, when there are none).
pub fn load() -> Result<(Ledger, Option<LoadProblem>), StorageError> {
    let stored = storage::read(FIGURES)?;
    Ok(Ledger::load(stored.as_deref(), today(), || {
        // Random, so that two devices do not share a name until the structure names them.
        let seed = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
        Ledger::new(&Ledger::device_name_from(seed))
    }))
}

/// Writes the figures back, whole.
pub fn save(ledger: &Ledger) -> Result<(), StorageError> {
    storage::write(FIGURES, &ledger.encode())
}

/// Adds one to each of `measures` today (nothing while counting is paused here).
pub fn record(measures: &[Measure]) -> Result<(), StorageError> {
    let (mut ledger, _) = load()?;
    if ledger.paused {
        return Ok(());
    }
    ledger.record(today(), measures);
    save(&ledger)
}
