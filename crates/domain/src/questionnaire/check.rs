//! Hands-on checks: tiny optional tasks done on the screen in a few seconds (press a
//! button, type a word…), offered after the basic items of one area, beside the
//! self-assessment. What a check observes can stand for a skill item's answer
//! (`evidence`): pressing the button with the mouse says something about « Je sais
//! cliquer avec la souris », pressing it from the keyboard says nothing about the mouse.
//!
//! The kinds of task are code (`ui/screens/check/`); which checks exist, in which order,
//! after which area and what they stand for are content (`checks` in
//! `content/questionnaire.json`). Every kind can be done with a mouse, a finger, the
//! keyboard or a screen reader, so no check is withheld from anyone: only the evidence
//! depends on the means used.

pub use crate::questionnaire::ids::CheckId;
use crate::questionnaire::ids::{AreaId, ItemId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The checks of the questionnaire, offered together after the basic items of `area`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandsOnChecks {
    pub area: AreaId,
    pub list: Vec<Check>,
}

/// One check. Its texts are under `check.<id>.…` (see [`Check::message_keys`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub id: CheckId,
    pub kind: CheckKind,
    /// The item whose answer the check's outcome stands for, by the means used. A
    /// means absent here (the keyboard, for a pointer task) makes the check count for
    /// nothing but the advisor's sheet.
    #[serde(default)]
    pub evidence: BTreeMap<Means, ItemId>,
}

/// What the person does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckKind {
    /// Press a large button inside a frame (a press beside it is a try).
    Press,
    /// Move down a frame to find a button below, and press it.
    Scroll,
    /// Choose one option in a drop-down list, then « Valider ».
    Choose,
    /// Type a short word in a field, then « Valider ».
    Type,
}

/// How the person acted: what the browser says of the pointer, or the keyboard. A
/// screen reader acts as a keyboard does (a click with no pointer before it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Means {
    Mouse,
    /// A finger or a pen on the screen.
    Touch,
    /// The keyboard, or a screen reader.
    Keyboard,
}

impl Means {
    pub const ALL: [Means; 3] = [Self::Mouse, Self::Touch, Self::Keyboard];

    /// The means of a pointer event's `pointerType` ("mouse", "touch", "pen").
    pub fn of_pointer(pointer_type: &str) -> Self {
        match pointer_type {
            "touch" | "pen" => Self::Touch,
            _ => Self::Mouse,
        }
    }

    /// The key of the words saying how it was done (« à la souris »).
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Mouse => "check.means.mouse",
            Self::Touch => "check.means.touch",
            Self::Keyboard => "check.means.keyboard",
        }
    }
}

impl CheckKind {
    /// Whether the check has a list of options (`check.<id>.options`, separated by `|`).
    pub fn has_options(self) -> bool {
        self == Self::Choose
    }

    /// Whether the check has a field with a label (`check.<id>.label`).
    pub fn has_field(self) -> bool {
        matches!(self, Self::Choose | Self::Type)
    }
}

impl Check {
    /// The item this check stands for when done with `means`.
    pub fn evidence_for(&self, means: Means) -> Option<&ItemId> {
        self.evidence.get(&means)
    }

    /// The one-sentence instruction, the check's heading (« Appuyez sur le bouton
    /// « Ici ». »).
    pub fn instruction_key(&self) -> String {
        format!("check.{}.instruction", self.id)
    }

    /// How to do it, with every means (« Avec la souris, avec le doigt ou au clavier »).
    pub fn hint_key(&self) -> String {
        format!("check.{}.hint", self.id)
    }

    /// The label of the list or of the field.
    pub fn label_key(&self) -> String {
        format!("check.{}.label", self.id)
    }

    /// The label of what to press, type or choose (the button, the word, the option).
    pub fn target_key(&self) -> String {
        format!("check.{}.target", self.id)
    }

    /// A short name for the advisor's sheet (« Appuyer sur un bouton »).
    pub fn short_key(&self) -> String {
        format!("check.{}.short", self.id)
    }

    /// The encouragement after a success on the first try.
    pub fn done_first_key(&self) -> String {
        format!("check.{}.done_first", self.id)
    }

    /// The encouragement after a success on a later try.
    pub fn done_later_key(&self) -> String {
        format!("check.{}.done_later", self.id)
    }

    /// The options of a `choose` check, separated by `|`.
    pub fn options_key(&self) -> String {
        format!("check.{}.options", self.id)
    }

    /// Every key this check needs in each language.
    pub fn message_keys(&self) -> Vec<String> {
        let mut keys = vec![
            self.instruction_key(),
            self.hint_key(),
            self.target_key(),
            self.short_key(),
            self.done_first_key(),
            self.done_later_key(),
        ];
        if self.kind.has_options() {
            keys.push(self.options_key());
        }
        if self.kind.has_field() {
            keys.push(self.label_key());
        }
        keys
    }
}
