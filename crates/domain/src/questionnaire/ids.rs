//! Stable identifiers of the questionnaire's content: needs, areas, situation questions
//! and their options, skill items, hands-on checks.
//!
//! Ids are saved with a person's progress and encoded into hand-off codes, so an id
//! never changes once published: rename the texts, never the id. Each kind of id is its
//! own type, so an area id can never be passed where an item id is expected.

/// Declares a string newtype used as a stable id, serialised as the bare string.
macro_rules! stable_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

stable_id!(
    /// A need offered on the first question ("procedures", "job"…).
    NeedId
);
stable_id!(
    /// An area of everyday life that groups skill items ("device", "email"…).
    AreaId
);
stable_id!(
    /// A skill item ("device-power", "safety-phishing"…).
    ItemId
);
stable_id!(
    /// A question about the person's situation ("equipment", "travel"…).
    SituationId
);
stable_id!(
    /// One option of a situation question ("smartphone", "none"…).
    OptionId
);
stable_id!(
    /// A hands-on check ("press", "type-word"…).
    CheckId
);

/// Whether `id` is well formed: non-empty, lowercase ASCII letters, digits and dashes.
pub fn is_well_formed(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_only_lowercase_words_with_dashes() {
        assert!(is_well_formed("device-power"));
        assert!(is_well_formed("step2"));
        assert!(!is_well_formed(""));
        assert!(!is_well_formed("Device"));
        assert!(!is_well_formed("device power"));
        assert!(!is_well_formed("démarches"));
    }

    #[test]
    fn serialises_as_the_bare_string() {
        assert_eq!(
            serde_json::to_string(&ItemId::new("email-read")).unwrap(),
            "\"email-read\""
        );
    }
}
