//! The files shipped in `public/` for the deploying structure to edit: the example
//! catalog and the configuration pass their own checks.

use crate::content::*;

/// The example catalog of Parthenay-Gâtine: every row and value is valid; the only
/// notes are the fields left empty for the structure to complete and the national
/// numbers it should check.
#[test]
fn the_shipped_catalog_is_valid_and_honest_about_its_gaps() {
    let catalog = crate::catalog::shipped_catalog();
    let not_gaps: Vec<String> = catalog
        .problems
        .iter()
        .filter(|p| {
            p.serious || !(p.detail.contains("à compléter") || p.detail.contains("à vérifier"))
        })
        .map(ToString::to_string)
        .collect();
    assert!(not_gaps.is_empty(), "{}", not_gaps.join("\n"));
    assert!(catalog.places.len() >= 5);
    assert!(catalog.partners.iter().any(|p| p.id == "caf"));
    assert!(catalog.territory.commune("Parthenay").is_some());
    assert!(catalog.territory.help_line.phone.is_some());
}

#[test]
fn the_shipped_configuration_is_valid() {
    let text = include_str!("../../../../public/config.json");
    let loaded = crate::site::config::parse_config(text, &language_codes().collect::<Vec<_>>());
    assert_eq!(loaded.problems, [], "public/config.json");
    assert!(!loaded.config.structure_name.is_empty());
}
