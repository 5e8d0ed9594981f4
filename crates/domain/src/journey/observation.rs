//! What a hands-on check observed (did it succeed, on which try, how, how long), and how
//! observations stand for skill items' answers. Observed, not scored: the person never
//! sees a time nor a judgement, only encouragement; the advisor sees both what was said
//! and what was seen.
//!
//! How observations change an item's answer (see [`Answers::assessed`]):
//! - only checks in the plan count (the offer accepted), each for the item its
//!   `evidence` names for the means used; a check passed without trying counts for
//!   nothing;
//! - done on the first try stands for « Oui, sans aide », done after some tries for
//!   « Oui, avec de l'aide », tried and not done for « Non, pas encore »;
//! - several checks for one item: all on the first try → sans aide; none done → pas
//!   encore; anything else → avec de l'aide;
//! - where an item has an observation, the observation is what counts (the levels, the
//!   next steps, the plan); what the person said stays on the advisor's sheet.

use crate::questionnaire::check::Means;
use crate::questionnaire::skill::SkillAnswer;
use serde::{Deserialize, Serialize};

/// The person's answer to « Voulez-vous essayer ? C'est facultatif. ».
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChecksOffer {
    Accepted,
    Declined,
}

/// What was seen of one check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "outcome")]
pub enum Observation {
    /// Passed before any try.
    Skipped,
    /// Done on try number `tries` (1: the first).
    Done(Attempt),
    /// Tried `tries` times without success, then passed or stopped.
    NotDone(Attempt),
}

/// How a check went: the tries, the means of the last one, the time from the check's
/// screen to its end (never shown to the person).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    pub tries: u8,
    pub means: Means,
    pub seconds: u16,
}

/// What observations say of an item, in the words of the advisor's sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Observed {
    /// Tried and not done (« pas encore réussi »).
    NotYet,
    /// Done after some tries (« avec des essais »).
    AfterTries,
    /// Done on the first try (« du premier coup »).
    FirstTry,
}

/// How long a check took, in the four spans the advisor reads (and the hand-off code
/// carries): under 10 s, under 30 s, under a minute, longer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Span {
    UnderTen,
    UnderThirty,
    UnderAMinute,
    Longer,
}

impl Span {
    pub const ALL: [Span; 4] = [
        Self::UnderTen,
        Self::UnderThirty,
        Self::UnderAMinute,
        Self::Longer,
    ];

    pub fn of(seconds: u16) -> Self {
        match seconds {
            0..10 => Self::UnderTen,
            10..30 => Self::UnderThirty,
            30..60 => Self::UnderAMinute,
            _ => Self::Longer,
        }
    }

    /// A duration within the span, for an observation read back from a hand-off code.
    pub fn typical_seconds(self) -> u16 {
        match self {
            Self::UnderTen => 5,
            Self::UnderThirty => 20,
            Self::UnderAMinute => 45,
            Self::Longer => 90,
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Self::UnderTen => "check.span.under_ten",
            Self::UnderThirty => "check.span.under_thirty",
            Self::UnderAMinute => "check.span.under_a_minute",
            Self::Longer => "check.span.longer",
        }
    }
}

impl Observation {
    /// The end of a check the person left (« Passer », « Arrêter les essais ») after
    /// `tries` unsuccessful tries: passed if there was none.
    pub fn left_after(tries: u8, means: Means, seconds: u16) -> Self {
        if tries == 0 {
            Self::Skipped
        } else {
            Self::NotDone(Attempt {
                tries,
                means,
                seconds,
            })
        }
    }

    /// A success on try number `tries` (0 is taken as 1).
    pub fn done(tries: u8, means: Means, seconds: u16) -> Self {
        Self::Done(Attempt {
            tries: tries.max(1),
            means,
            seconds,
        })
    }

    pub fn attempt(&self) -> Option<&Attempt> {
        match self {
            Self::Skipped => None,
            Self::Done(a) | Self::NotDone(a) => Some(a),
        }
    }

    /// What this observation says, if anything.
    pub fn observed(&self) -> Option<Observed> {
        match self {
            Self::Skipped => None,
            Self::Done(a) if a.tries <= 1 => Some(Observed::FirstTry),
            Self::Done(_) => Some(Observed::AfterTries),
            Self::NotDone(_) => Some(Observed::NotYet),
        }
    }
}

impl Observed {
    /// The self-assessment answer it stands for.
    pub fn as_answer(self) -> SkillAnswer {
        match self {
            Self::FirstTry => SkillAnswer::Alone,
            Self::AfterTries => SkillAnswer::WithHelp,
            Self::NotYet => SkillAnswer::NotYet,
        }
    }

    /// « du premier coup », « avec des essais », « pas encore réussi ».
    pub fn label_key(self) -> &'static str {
        match self {
            Self::FirstTry => "observed.first_try",
            Self::AfterTries => "observed.after_tries",
            Self::NotYet => "observed.not_yet",
        }
    }

    /// Several observations of one item together (see the module's rules).
    pub fn combine(all: &[Observed]) -> Option<Self> {
        let first = *all.first()?;
        Some(if all.iter().all(|o| *o == first) {
            first
        } else {
            Self::AfterTries
        })
    }
}
