//! The words of the shipped French catalog, for the domain's tests (test
//! builds only): wording rules are tested on the words a person really reads.

use super::Messages;

/// The French catalog of `content/locales/fr.json`.
pub(crate) fn french() -> Messages {
    Messages::parse("fr", include_str!("../../../../content/locales/fr.json")).unwrap()
}
