//! The questionnaire's structure, read from `content/questionnaire.json`: which needs are
//! offered (and, as the content grows, the areas, situation questions and skill items).
//! Texts are not here: they live in the message catalogs, one file per language.

use super::need::{Need, NeedId};
use serde::Deserialize;
use std::collections::BTreeSet;

/// The structure of the questionnaire, validated: ids are unique and well formed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Questionnaire {
    needs: Vec<Need>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestionnaire {
    needs: Vec<Need>,
}

/// Why a questionnaire file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuestionnaireError {
    /// The file is not valid JSON of the expected shape.
    Syntax(String),
    /// The file offers no need at all: the first question would be empty.
    NoNeeds,
    /// Two needs share one id.
    DuplicateNeed(NeedId),
    /// An id is empty or uses characters other than `a-z`, `0-9` and `-`.
    MalformedId(String),
}

impl std::fmt::Display for QuestionnaireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Syntax(detail) => write!(f, "the questionnaire is not valid JSON: {detail}"),
            Self::NoNeeds => f.write_str("the questionnaire offers no need"),
            Self::DuplicateNeed(id) => write!(f, "the need id `{id}` is used twice"),
            Self::MalformedId(id) => write!(
                f,
                "the id `{id}` must be made of lowercase letters, digits and dashes"
            ),
        }
    }
}

impl Questionnaire {
    /// Parses and validates a questionnaire file.
    pub fn parse(json: &str) -> Result<Self, QuestionnaireError> {
        let raw: RawQuestionnaire =
            serde_json::from_str(json).map_err(|e| QuestionnaireError::Syntax(e.to_string()))?;
        if raw.needs.is_empty() {
            return Err(QuestionnaireError::NoNeeds);
        }
        let mut seen = BTreeSet::new();
        for need in &raw.needs {
            if !is_well_formed_id(need.id.as_str()) {
                return Err(QuestionnaireError::MalformedId(need.id.to_string()));
            }
            if !seen.insert(&need.id) {
                return Err(QuestionnaireError::DuplicateNeed(need.id.clone()));
            }
        }
        Ok(Self { needs: raw.needs })
    }

    /// The needs offered on the first question, in the order they are shown.
    pub fn needs(&self) -> &[Need] {
        &self.needs
    }

    /// Whether `id` is one of the needs offered.
    pub fn has_need(&self, id: &NeedId) -> bool {
        self.needs.iter().any(|need| &need.id == id)
    }

    /// Every message key the questionnaire needs in each language.
    pub fn message_keys(&self) -> Vec<String> {
        self.needs
            .iter()
            .flat_map(|need| [need.label_key(), need.hint_key()])
            .collect()
    }
}

fn is_well_formed_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_needs_in_order() {
        let q = Questionnaire::parse(
            r#"{"needs":[{"id":"job","pictogram":"job"},{"id":"basics","pictogram":"basics"}]}"#,
        )
        .unwrap();
        let ids: Vec<&str> = q.needs().iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["job", "basics"]);
        assert!(q.has_need(&NeedId::new("job")));
        assert!(!q.has_need(&NeedId::new("cooking")));
    }

    #[test]
    fn refuses_duplicate_ids() {
        let err = Questionnaire::parse(
            r#"{"needs":[{"id":"job","pictogram":"a"},{"id":"job","pictogram":"b"}]}"#,
        )
        .unwrap_err();
        assert_eq!(err, QuestionnaireError::DuplicateNeed(NeedId::new("job")));
    }

    #[test]
    fn refuses_malformed_ids_and_empty_lists() {
        assert_eq!(
            Questionnaire::parse(r#"{"needs":[{"id":"Job Search","pictogram":"a"}]}"#),
            Err(QuestionnaireError::MalformedId("Job Search".into()))
        );
        assert_eq!(
            Questionnaire::parse(r#"{"needs":[]}"#),
            Err(QuestionnaireError::NoNeeds)
        );
        assert!(matches!(
            Questionnaire::parse(r#"{"needs":[{"id":"job"}]}"#),
            Err(QuestionnaireError::Syntax(_))
        ));
    }

    #[test]
    fn lists_the_message_keys_of_every_need() {
        let q = Questionnaire::parse(r#"{"needs":[{"id":"job","pictogram":"job"}]}"#).unwrap();
        assert_eq!(q.message_keys(), ["need.job.label", "need.job.hint"]);
    }
}
