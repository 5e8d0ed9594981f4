//! The next steps for the journey as it is, computed once for the results screen: its
//! cards and the advisor's activity-report sheet both read them. Provided by the results
//! screen only, for its parts.

use super::catalog_state::CatalogState;
use super::journey_handle::JourneyHandle;
use crate::domain::results::recommend::{recommend, NextStep};
use crate::platform::clock::{local, now_ms};
use leptos::prelude::*;

/// `None` until the catalog is read.
#[derive(Clone, Copy)]
pub struct Recommendations(Memo<Option<Vec<NextStep>>>);

impl Recommendations {
    pub fn new(journey: JourneyHandle, catalog: CatalogState) -> Self {
        Self(Memo::new(move |_| {
            catalog.with_loaded(|c| {
                let c = c?;
                let today = local(now_ms()).iso_minute();
                Some(journey.with(|j, q| recommend(q, j.answers(), c, &today)))
            })
        }))
    }

    /// Reads the steps (tracked).
    pub fn with<T>(&self, read: impl FnOnce(Option<&[NextStep]>) -> T) -> T {
        self.0.with(|s| read(s.as_deref()))
    }
}

/// The recommendations of the results screen.
pub fn use_recommendations() -> Recommendations {
    expect_context::<Recommendations>()
}
