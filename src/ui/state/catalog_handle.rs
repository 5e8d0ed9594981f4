//! The places catalog (places, workshops, partners, territory), fetched from `catalog/`
//! beside the app once, when the journey starts (not at start-up: the welcome screen must
//! come first), and shared through context. Until it is read, the next steps say they
//! are loading; a missing or broken file falls back to what is built in (see
//! `domain::catalog`).

use crate::platform::network::fetch_text::fetch_text;
use domain::catalog::{
    file_path, Catalog, CatalogFiles, PARTNERS_FILE, PLACES_FILE, TERRITORY_FILE, WORKSHOPS_FILE,
};
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// Reads the fetched files into a catalog; `None` when the code that reads them could not
/// be fetched (the reading is a chunk of its own: the shell, which knows the chunks,
/// hands it over).
pub type CatalogReader = fn(CatalogFiles) -> Pin<Box<dyn Future<Output = Option<Catalog>>>>;

#[derive(Clone, Copy)]
pub struct CatalogHandle {
    loaded: RwSignal<Option<Catalog>>,
    requested: StoredValue<bool>,
    read: CatalogReader,
}

impl CatalogHandle {
    /// An empty handle: nothing is fetched until `request`.
    pub fn new(read: CatalogReader) -> Self {
        Self {
            loaded: RwSignal::new(None),
            requested: StoredValue::new(false),
            read,
        }
    }

    /// Starts fetching the four files at once, the first time only (or again after the
    /// code that reads them could not be fetched); the state fills in when they are read.
    pub fn request(self) {
        if self.requested.get_value() {
            return;
        }
        self.requested.set_value(true);
        let (loaded, requested, read) = (self.loaded, self.requested, self.read);
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
            match read(files).await {
                Some(catalog) => loaded.set(Some(catalog)),
                None => requested.set_value(false),
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
    fetch_text(&file_path(name)).await.ok()
}

/// The shared catalog state (the shell starts its fetch as the journey starts).
pub fn use_catalog() -> CatalogHandle {
    expect_context::<CatalogHandle>()
}
