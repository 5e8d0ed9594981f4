//! Fetches the four files of the places catalog from `catalog/` beside the app (or from
//! the set installed on this device, [`super::published`]), at once; a file that cannot
//! be fetched is `None` (the catalog's reader says so in plain words
//! and falls back to what is built in).
//!
//! ```ignore
//! let files = fetch_catalog_files().await;
//! let catalog = Catalog::load(&files);
//! ```

use super::fetch_text::fetch_text;
use super::published::{installed, Installed};
use domain::catalog::{
    file_path, CatalogFiles, PARTNERS_FILE, PLACES_FILE, TERRITORY_FILE, WORKSHOPS_FILE,
};

/// The four catalog files: the installed set's, read once, else the server's, fetched
/// side by side.
pub async fn fetch_catalog_files() -> CatalogFiles {
    if let Installed::Set(set) = installed() {
        let file = |name: &str| set.file(&file_path(name));
        return CatalogFiles {
            places: file(PLACES_FILE),
            workshops: file(WORKSHOPS_FILE),
            partners: file(PARTNERS_FILE),
            territory: file(TERRITORY_FILE),
        };
    }
    let (places, workshops, partners, territory) = futures::join!(
        fetch(PLACES_FILE),
        fetch(WORKSHOPS_FILE),
        fetch(PARTNERS_FILE),
        fetch(TERRITORY_FILE)
    );
    CatalogFiles {
        places,
        workshops,
        partners,
        territory,
    }
}

async fn fetch(name: &str) -> Option<String> {
    fetch_text(&file_path(name)).await.ok()
}
