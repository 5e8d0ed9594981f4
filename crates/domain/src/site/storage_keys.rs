//! Every key Repère writes in the browser's storage, named once. Everything of a visit
//! lives under [`VISIT_PREFIX`], so that "Effacer mes réponses", "J'ai terminé" and the
//! kiosk reset remove all of it with one prefix, and nothing else. The structure's
//! figures ([`FIGURES`]) are not a visit's: they live outside that prefix.

/// The prefix of every key that belongs to a visit.
pub const VISIT_PREFIX: &str = "repere:";
/// Saved progress (`localStorage`): the versioned document of `codes::saved_progress`.
pub const PROGRESS: &str = "repere:progress";
/// The reading-comfort choices of the visit (`sessionStorage`).
pub const READING_COMFORT: &str = "repere:display";
/// The language the person chose for this visit, and whether French is shown under it
/// (`sessionStorage`: `ar`, or `ar+fr` for the bilingual display).
pub const LANGUAGE: &str = "repere:language";
/// The device's figures (`localStorage`): the document of `figures::ledger`. Not a
/// visit's key: erasing a visit and the kiosk reset leave it.
pub const FIGURES: &str = "repere-figures";
/// The published set installed on this device by the structure's space
/// (`localStorage`, the document of `site::installed`). Not a visit's key: erasing a
/// visit and the kiosk reset leave it.
pub const INSTALLED: &str = "repere-installed";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_of_a_visit_is_erased_with_the_visit_prefix() {
        for key in [PROGRESS, READING_COMFORT, LANGUAGE] {
            assert!(key.starts_with(VISIT_PREFIX), "{key}");
            assert!(key.len() > VISIT_PREFIX.len(), "{key}");
        }
        assert_ne!(PROGRESS, READING_COMFORT);
        assert_ne!(LANGUAGE, READING_COMFORT);
        assert!(
            !FIGURES.starts_with(VISIT_PREFIX),
            "the figures outlive a visit"
        );
        assert!(
            !INSTALLED.starts_with(VISIT_PREFIX),
            "the installed set outlives a visit"
        );
    }
}
