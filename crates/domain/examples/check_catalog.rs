//! Checks a catalog folder and lists every problem in plain words (in French, for the
//! people who edit it), then times the reading of the places file.
//!
//! `cargo run --release --example check_catalog -- public/catalog`

use repere_domain::catalog::{
    Catalog, CatalogFiles, PARTNERS_FILE, PLACES_FILE, TERRITORY_FILE, WORKSHOPS_FILE,
};
use std::path::Path;
use std::time::Instant;

fn main() {
    let folder = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/catalog".into());
    let read = |name: &str| std::fs::read_to_string(Path::new(&folder).join(name)).ok();
    let files = CatalogFiles {
        places: read(PLACES_FILE),
        workshops: read(WORKSHOPS_FILE),
        partners: read(PARTNERS_FILE),
        territory: read(TERRITORY_FILE),
    };
    let started = Instant::now();
    let catalog = Catalog::load(&files);
    let elapsed = started.elapsed();
    println!(
        "{folder} : {} lieux, {} ateliers, {} partenaires, {} communes (lu en {:.1} ms, {} Ko de lieux)",
        catalog.places.len(),
        catalog.workshops.len(),
        catalog.partners.len(),
        catalog.territory.communes.len(),
        elapsed.as_secs_f64() * 1000.0,
        files.places.as_ref().map_or(0, String::len) / 1024
    );
    if catalog.problems.is_empty() {
        println!("Aucun problème.");
    }
    for problem in &catalog.problems {
        println!("- {problem}");
    }
    let serious = catalog.problems.iter().filter(|p| p.serious).count();
    println!(
        "{} problème(s), dont {serious} qui écartent une ligne ou un fichier.",
        catalog.problems.len()
    );
}
