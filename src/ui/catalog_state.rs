//! The catalog (places, workshops, partners, territory), fetched from `catalog/` beside
//! the app once the journey starts, or the first time a page needs it (not at start-up:
//! the welcome screen must come first), and shared through context. Until it arrives, or
//! if a file is missing, the recommendations fall back to what is built in.

use crate::domain::catalog::{
    Catalog, CatalogFiles, PARTNERS_FILE, PLACES_FILE, TERRITORY_FILE, WORKSHOPS_FILE,
};
use crate::platform::fetch_text::fetch_text;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct CatalogState {
    pub catalog: RwSignal<Option<Catalog>>,
    requested: StoredValue<bool>,
}

/// An empty state: nothing is fetched until a page asks for it.
impl Default for CatalogState {
    fn default() -> Self {
        Self {
            catalog: RwSignal::new(None),
            requested: StoredValue::new(false),
        }
    }
}

impl CatalogState {
    /// Starts fetching the four files at once, the first time only; the state fills in
    /// when they are read.
    pub fn request(self) {
        if self.requested.get_value() {
            return;
        }
        self.requested.set_value(true);
        let catalog = self.catalog;
        leptos::task::spawn_local(async move {
            let (places, workshops, partners, territory) = futures::join!(
                fetch(PLACES_FILE),
                fetch(WORKSHOPS_FILE),
                fetch(PARTNERS_FILE),
                fetch(TERRITORY_FILE)
            );
            let files = CatalogFiles {
                places,
                workshops,
                partners,
                territory,
            };
            catalog.set(Some(Catalog::load(&files)));
        });
    }
}

async fn fetch(name: &str) -> Option<String> {
    fetch_text(&format!("catalog/{name}")).await.ok()
}

/// The shared catalog state, whose files start loading on this first call.
pub fn use_catalog() -> CatalogState {
    let state = expect_context::<CatalogState>();
    state.request();
    state
}
