//! The catalog (places, workshops, partners, territory), fetched from `catalog/` beside
//! the app at start-up and shared through context. Until it arrives, or if a file is
//! missing, the recommendations fall back to what is built in.

use crate::domain::catalog::{
    Catalog, CatalogFiles, PARTNERS_FILE, PLACES_FILE, TERRITORY_FILE, WORKSHOPS_FILE,
};
use crate::platform::fetch_text::fetch_text;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct CatalogState(pub RwSignal<Option<Catalog>>);

impl CatalogState {
    /// Starts fetching the four files; the state fills in when they are read.
    pub fn load() -> Self {
        let state = Self(RwSignal::new(None));
        leptos::task::spawn_local(async move {
            let files = CatalogFiles {
                places: fetch(PLACES_FILE).await,
                workshops: fetch(WORKSHOPS_FILE).await,
                partners: fetch(PARTNERS_FILE).await,
                territory: fetch(TERRITORY_FILE).await,
            };
            state.0.set(Some(Catalog::load(&files)));
        });
        state
    }
}

async fn fetch(name: &str) -> Option<String> {
    fetch_text(&format!("catalog/{name}")).await.ok()
}

pub fn use_catalog() -> CatalogState {
    expect_context::<CatalogState>()
}
