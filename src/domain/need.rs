//! Needs: what a person would like to be able to do with digital tools ("faire mes
//! démarches", "trouver un emploi"…). The needs chosen on the first question decide which
//! areas of skills the rest of the journey asks about.

use serde::{Deserialize, Serialize};

/// The stable identifier of a need, as written in `content/questionnaire.json`.
///
/// Ids are saved with a person's progress and encoded into hand-off codes, so an id
/// never changes once published: rename the texts, never the id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NeedId(String);

impl NeedId {
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for NeedId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One need offered on the needs question: its id and the name of its pictogram file
/// (`public/pictos/<pictogram>.svg`). Its words live in the message catalogs under
/// `need.<id>.label` and `need.<id>.hint`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Need {
    pub id: NeedId,
    pub pictogram: String,
}

impl Need {
    pub fn label_key(&self) -> String {
        format!("need.{}.label", self.id)
    }

    pub fn hint_key(&self) -> String {
        format!("need.{}.hint", self.id)
    }
}
