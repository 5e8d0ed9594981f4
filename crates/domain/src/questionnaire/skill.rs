//! Skill items ("Je sais envoyer une photo à un proche") and the four answers a person
//! can give to each.

pub use crate::questionnaire::ids::ItemId;
use crate::questionnaire::ids::{AreaId, OptionId, SituationId};
use serde::{Deserialize, Serialize};

/// How far into an area an item goes. Basic items are asked first; when a person
/// answers "not yet" to a basic item, the advanced items of that area are skipped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemLevel {
    Basic,
    Advanced,
}

/// One skill item. Its sentence lives in the message catalogs under `item.<id>.text`
/// (it starts with "Je sais…"), its concrete example under `item.<id>.example`, its
/// short label for the results and the reasons under `item.<id>.short` (« Faire un
/// virement »), and the text alternative of its pictogram, if it has one, under
/// `item.<id>.pictogram_alt`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillItem {
    pub id: ItemId,
    pub area: AreaId,
    pub level: ItemLevel,
    /// CRCN competence codes ("2.1", "4.1"…).
    pub crcn: Vec<String>,
    /// The thématique of the national activity report, or of its list of démarches.
    pub thematique: String,
    /// The tasks of the everyday-tasks inventory this item was written from ("DEV-01").
    pub sources: Vec<String>,
    /// `public/pictos/<pictogram>.svg`, if the item has its own picture.
    #[serde(default)]
    pub pictogram: Option<String>,
    /// Asked only to people whose answer to a situation question includes one of these
    /// options (the mouse item only to people with a computer), or who left it unanswered.
    #[serde(default)]
    pub when: Option<AskedWhen>,
}

/// The situation answers that make an item worth asking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AskedWhen {
    pub question: SituationId,
    pub options: Vec<OptionId>,
}

impl SkillItem {
    pub fn text_key(&self) -> String {
        format!("item.{}.text", self.id)
    }

    pub fn example_key(&self) -> String {
        format!("item.{}.example", self.id)
    }

    pub fn short_key(&self) -> String {
        format!("item.{}.short", self.id)
    }

    pub fn pictogram_alt_key(&self) -> String {
        format!("item.{}.pictogram_alt", self.id)
    }
}

/// An answer to a skill item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkillAnswer {
    /// "Oui, sans aide".
    Alone,
    /// "Oui, avec de l'aide".
    WithHelp,
    /// "Non, pas encore".
    NotYet,
    /// "Je ne comprends pas la question": counted in no level and skipping nothing,
    /// and flagged so the advisor sees which wording failed.
    NotUnderstood,
}

impl SkillAnswer {
    /// Every answer, in the order they are offered.
    pub const ALL: [SkillAnswer; 4] = [
        Self::Alone,
        Self::WithHelp,
        Self::NotYet,
        Self::NotUnderstood,
    ];

    /// Whether the person cannot do it yet. « Je ne comprends pas la question » is not:
    /// the wording failed, not the person, so it never lowers a level nor skips a
    /// question; it is listed for the advisor.
    pub fn is_not_yet(self) -> bool {
        self == Self::NotYet
    }

    /// Whether the person said they cannot do it without help yet (« avec de l'aide »
    /// or « pas encore »). A question not understood says nothing either way.
    pub fn needs_help(self) -> bool {
        matches!(self, Self::WithHelp | Self::NotYet)
    }

    /// The key of the answer's words in the message catalogs.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Alone => "answer.alone",
            Self::WithHelp => "answer.with_help",
            Self::NotYet => "answer.not_yet",
            Self::NotUnderstood => "answer.not_understood",
        }
    }

    /// A short stable name, used in element ids and test hooks.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Alone => "alone",
            Self::WithHelp => "with-help",
            Self::NotYet => "not-yet",
            Self::NotUnderstood => "not-understood",
        }
    }

    /// How much this answer shows the person can do: more is better.
    pub fn rank(self) -> u8 {
        match self {
            Self::NotYet | Self::NotUnderstood => 0,
            Self::WithHelp => 1,
            Self::Alone => 2,
        }
    }
}
