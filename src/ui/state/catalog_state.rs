//! The places catalog (places, workshops, partners, territory), fetched from `catalog/`
//! beside the app once, when the journey starts (not at start-up: the welcome screen must
//! come first), and shared through context. Until it is read, the next steps say they
//! are loading; a missing or broken file falls back to what is built in (see
//! `domain::catalog`).

use crate::domain::catalog::{
    Catalog, CatalogFiles, PARTNERS_FILE, PLACES_FILE, TERRITORY_FILE, WORKSHOPS_FILE,
};
use crate::platform::fetch_text::fetch_text;
use crate::ui::chunks::parts::read_catalog;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct CatalogState {
    loaded: RwSignal<Option<Catalog>>,
    requested: StoredValue<bool>,
}

/// An empty state: nothing is fetched until `request`.
impl Default for CatalogState {
    fn default() -> Self {
        Self {
            loaded: RwSignal::new(None),
            requested: StoredValue::new(false),
        }
    }
}

impl CatalogState {
    /// Starts fetching the four files at once, the first time only (or again after the
    /// code that reads them could not be fetched); the state fills in when they are read.
    pub fn request(self) {
        if self.requested.get_value() {
            return;
        }
        self.requested.set_value(true);
        let (loaded, requested) = (self.loaded, self.requested);
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
            // Reading is in its own chunk: if it cannot be fetched, the next request
            // (the next screen, or the results screen) tries again.
            match read_catalog(files).await {
                Ok(catalog) => loaded.set(Some(catalog)),
                Err(_) => requested.set_value(false),
            }
        });
    }

    /// Reads the catalog in place, `None` until it is read (tracked). A large places
    /// file is never copied.
    pub fn with_loaded<T>(&self, read: impl FnOnce(Option<&Catalog>) -> T) -> T {
        self.loaded.with(|c| read(c.as_ref()))
    }
}

async fn fetch(name: &str) -> Option<String> {
    fetch_text(&format!("catalog/{name}")).await.ok()
}

/// The shared catalog state (the shell starts its fetch as the journey starts).
pub fn use_catalog() -> CatalogState {
    expect_context::<CatalogState>()
}
