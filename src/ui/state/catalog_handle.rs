//! The places catalog (places, workshops, partners, territory), fetched from `catalog/`
//! beside the app once, when the journey starts (not at start-up: the welcome screen must
//! come first), and shared through context. Until it is read, the next steps say they
//! are loading; a missing or broken file falls back to what is built in (see
//! `domain::catalog`).

use crate::platform::network::catalog_files::fetch_catalog_files;
use domain::catalog::{Catalog, CatalogFiles};
use leptos::prelude::*;
use std::future::Future;

#[derive(Clone, Copy)]
pub struct CatalogHandle {
    loaded: RwSignal<Option<Catalog>>,
    requested: StoredValue<bool>,
}

/// An empty handle: nothing is fetched until `request`.
impl Default for CatalogHandle {
    fn default() -> Self {
        Self {
            loaded: RwSignal::new(None),
            requested: StoredValue::new(false),
        }
    }
}

impl CatalogHandle {
    /// Starts fetching the four files at once, the first time only (or again after the
    /// code that reads them could not be fetched); the state fills in when `read` has
    /// read them. Reading is a chunk of its own: the shell, which knows the chunks, hands
    /// it over (`None` when its code could not be fetched).
    pub fn request<F>(self, read: impl FnOnce(CatalogFiles) -> F + 'static)
    where
        F: Future<Output = Option<Catalog>> + 'static,
    {
        if self.requested.get_value() {
            return;
        }
        self.requested.set_value(true);
        let (loaded, requested) = (self.loaded, self.requested);
        leptos::task::spawn_local(async move {
            let files = fetch_catalog_files().await;
            // If the reading's chunk cannot be fetched, the next request (the shell's,
            // at the next screen) tries again.
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

/// The shared catalog state (the shell starts its fetch as the journey starts).
pub fn use_catalog() -> CatalogHandle {
    expect_context::<CatalogHandle>()
}
