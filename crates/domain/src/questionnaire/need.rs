//! Needs: what a person would like to be able to do with digital tools ("faire mes
//! démarches", "trouver un emploi"…). The needs chosen on the first question decide which
//! areas of skills the rest of the journey asks about.

use crate::questionnaire::ids::AreaId;
pub use crate::questionnaire::ids::NeedId;
use serde::{Deserialize, Serialize};

/// One need offered on the needs question: its id, the name of its pictogram file
/// (`public/pictos/<pictogram>.svg`) and the areas of skills it leads to. Its words live
/// in the message catalogs under `need.<id>.label` and `need.<id>.hint`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Need {
    pub id: NeedId,
    pub pictogram: String,
    pub areas: Vec<AreaId>,
}

impl Need {
    pub fn label_key(&self) -> String {
        format!("need.{}.label", self.id)
    }

    pub fn hint_key(&self) -> String {
        format!("need.{}.hint", self.id)
    }
}
