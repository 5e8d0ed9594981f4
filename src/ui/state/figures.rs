//! Counting this visit for the structure's figures. [`VisitFigures`] holds the visit's
//! [`VisitTally`] (in memory only) and adds what it says to the device's figures
//! (`platform::storage::figures_store`). Counting is off when the settings say so
//! (`figures.count_visits`); after a storage failure (full, blocked) it stops for the
//! rest of the page's life, silently: the person's journey is not the place to say it,
//! the structure's space is.

use crate::platform::storage::figures_store;
use domain::figures::measure::Measure;
use domain::figures::of_visit::VisitTally;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct VisitFigures {
    tally: StoredValue<VisitTally>,
    counting: StoredValue<bool>,
}

impl VisitFigures {
    pub fn new(count_visits: bool) -> Self {
        Self {
            tally: StoredValue::new(VisitTally::default()),
            counting: StoredValue::new(count_visits),
        }
    }

    /// Tells the tally what happened, and counts what it says to count.
    pub fn count(&self, event: impl FnOnce(&mut VisitTally) -> Vec<Measure>) {
        let mut measures = Vec::new();
        self.tally.update_value(|tally| measures = event(tally));
        if measures.is_empty() || !self.counting.get_value() {
            return;
        }
        if figures_store::record(&measures).is_err() {
            self.counting.set_value(false);
        }
    }

    /// Whether a visit is being followed.
    pub fn is_open(&self) -> bool {
        self.tally.with_value(VisitTally::is_open)
    }
}
