//! Areas of everyday life ("Utiliser un appareil", "Les e-mails", "Vos démarches"…): they
//! group the skill items, receive a level each, and name the national mediation service
//! that helps in that area.

pub use crate::questionnaire::ids::AreaId;
use serde::{Deserialize, Serialize};

/// One area. Its name lives in the message catalogs under `area.<id>.name`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: AreaId,
    /// `public/pictos/<pictogram>.svg`, shown beside the area's name.
    pub pictogram: String,
    /// The service of the national list of mediation services that helps in this area
    /// (`lieux_mediation_numerique.services` in the reference vocabularies).
    pub service: String,
    /// The thématiques of the advisors' activity report that cover this area; a
    /// workshop on one of them helps in this area.
    pub thematiques: Vec<String>,
}

impl Area {
    pub fn name_key(&self) -> String {
        format!("area.{}.name", self.id)
    }
}
