//! What the answers say, computed once for the results screen: the profile (a level per
//! area) and the next steps drawn from it. Its cards, the figures and the advisor's
//! activity-report sheet all read these. Provided by the results screen only, for its
//! parts.

use super::catalog_handle::CatalogHandle;
use super::journey_handle::JourneyHandle;
use crate::platform::clock::{local, now_ms};
use domain::results::recommend::{recommend, NextStep};
use domain::results::scoring::Profile;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Recommendations {
    profile: Memo<Profile>,
    /// `None` until the catalog is read.
    steps: Memo<Option<Vec<NextStep>>>,
}

impl Recommendations {
    pub fn new(journey: JourneyHandle, catalog: CatalogHandle) -> Self {
        let profile = Memo::new(move |_| journey.with(|j, q| Profile::of(q, j.answers())));
        let steps = Memo::new(move |_| {
            catalog.with_loaded(|c| {
                let c = c?;
                let today = local(now_ms()).iso_minute();
                profile.with(|p| Some(journey.with(|j, q| recommend(q, j.answers(), p, c, &today))))
            })
        });
        Self { profile, steps }
    }

    /// Reads the steps (tracked).
    pub fn with<T>(&self, read: impl FnOnce(Option<&[NextStep]>) -> T) -> T {
        self.steps.with(|s| read(s.as_deref()))
    }

    /// Reads the profile (tracked).
    pub fn with_profile<T>(&self, read: impl FnOnce(&Profile) -> T) -> T {
        self.profile.with(read)
    }

    /// The profile, for a part that reads it on its own (`ChecksSeen`).
    pub fn profile(&self) -> Memo<Profile> {
        self.profile
    }
}

/// The recommendations of the results screen.
pub fn use_recommendations() -> Recommendations {
    expect_context::<Recommendations>()
}
