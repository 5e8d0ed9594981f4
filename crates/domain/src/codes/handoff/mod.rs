//! The hand-off code: a person's answers in a short code that can be read aloud and
//! typed ("7K2M-9XQP-4C1T-HV"), so that an advisor's device shows the same profile
//! without any server.
//!
//! Layout of version 4, in bits: the format version (4); the needs, one bit each in the
//! questionnaire's order; each situation question in order (one answer: its option's
//! number + 1, or 0 for no answer, in as few bits as its options need; several: one bit
//! per option); if the questionnaire has hands-on checks, the offer (2: 0 unanswered, 1
//! accepted, 2 declined) and, when accepted, each check in order (2: 0 not yet, 1
//! passed, 2 done, 3 not done; for done and not done, the tries − 1 up to 3 (2), the
//! means (2) and the span of time (2)); whether the person asked to answer the rest
//! after an urgent shortcut (1); the number of skill answers (6), then each answer (2
//! bits) in the order the plan asks them, so that the decoder re-plans as it reads;
//! then a 10-bit checksum.
//!
//! Versions 3 (before the triage's questions: the démarche, how the person wants to do
//! it, the spoken language) and 2 (before the checks) are read with the questionnaire
//! they were written for (`legacy.rs`), then carried over to today's.
//! Written in Crockford's base32 (no I, L, O, U; read case-insensitively, with I and L
//! taken as 1 and O as 0), in groups of four.
//!
//! Every version, this one and any later one, ends with the same frame: the checksum
//! of all the bits before it, then fewer than five zero bits. So a code of another
//! version is recognised as such only when its frame is valid; a code whose checksum
//! fails is always a typo, whatever its version bits say.
//!
//! The questionnaire's order is part of the format: a test pins a known code, so that
//! reordering the content fails it and calls for a new version.

use crate::journey::answers::Answers;
use crate::journey::observation::{Attempt, ChecksOffer, Observation, Span};
use crate::journey::plan::planned_items;
use crate::journey::{Journey, Stage};
use crate::questionnaire::check::Means;
use crate::questionnaire::situation::Choice;
use crate::questionnaire::skill::SkillAnswer;
use crate::questionnaire::Questionnaire;

mod bits;
mod legacy;

use bits::{
    checksum, framed, has_a_valid_frame, value_of, width, BitReader, BitWriter, CHECKSUM_BITS,
};

/// The format this build writes; it reads this one and the two before it.
pub const CODE_VERSION: u32 = 4;
/// The format from before the triage's questions.
pub const CODE_VERSION_BEFORE_TRIAGE: u32 = 3;
/// The format from before the hands-on checks.
pub const CODE_VERSION_WITHOUT_CHECKS: u32 = 2;

/// Why a code cannot be read. Each has a plain sentence for the person typing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Empty, or characters that are not in the code's alphabet.
    NotACode,
    /// The checksum does not match: a typo.
    Mistyped,
    /// Made by another version of Repère.
    OtherVersion,
}

impl CodeError {
    pub fn message_key(self) -> &'static str {
        match self {
            Self::NotACode => "code.error.not_a_code",
            Self::Mistyped => "code.error.mistyped",
            Self::OtherVersion => "code.error.other_version",
        }
    }
}

fn answer_number(answer: SkillAnswer) -> u32 {
    SkillAnswer::ALL
        .iter()
        .position(|a| *a == answer)
        .unwrap_or(0) as u32
}

/// The code of the answers, in groups of four characters.
pub fn encode(q: &Questionnaire, answers: &Answers) -> String {
    let mut w = BitWriter { bits: Vec::new() };
    w.push(CODE_VERSION, 4);
    write_answers(&mut w, q, answers, Layout::CURRENT);
    framed(w)
}

/// Writes the answers in a version's layout (after its version bits).
fn write_answers(w: &mut BitWriter, q: &Questionnaire, answers: &Answers, layout: Layout) {
    for need in q.needs() {
        w.push(u32::from(answers.needs.contains(&need.id)), 1);
    }
    for question in q.situation() {
        let chosen = answers.options(&question.id);
        match question.choice {
            Choice::One => {
                let index = question
                    .options
                    .iter()
                    .position(|o| chosen.contains(o))
                    .map_or(0, |i| i + 1);
                w.push(index as u32, width(question.options.len()));
            }
            Choice::Several => {
                for option in &question.options {
                    w.push(u32::from(chosen.contains(option)), 1);
                }
            }
        }
    }
    if q.checks().is_some() && layout.checks {
        write_checks(w, q, answers);
    }
    if layout.answer_the_rest {
        w.push(u32::from(answers.answer_the_rest), 1);
    }
    let answered: Vec<SkillAnswer> = planned_items(q, answers)
        .iter()
        .map_while(|item| answers.skill(&item.id))
        .take(63)
        .collect();
    w.push(answered.len() as u32, 6);
    for answer in answered {
        w.push(answer_number(answer), 2);
    }
}

fn write_checks(w: &mut BitWriter, q: &Questionnaire, answers: &Answers) {
    let offer = match answers.checks_offer {
        None => 0,
        Some(ChecksOffer::Accepted) => 1,
        Some(ChecksOffer::Declined) => 2,
    };
    w.push(offer, 2);
    if answers.checks_offer != Some(ChecksOffer::Accepted) {
        return;
    }
    for check in q.checks().into_iter().flat_map(|c| &c.list) {
        let observation = answers.checks.get(&check.id);
        let (outcome, attempt) = match observation {
            None => (0, None),
            Some(Observation::Skipped) => (1, None),
            Some(Observation::Done(a)) => (2, Some(a)),
            Some(Observation::NotDone(a)) => (3, Some(a)),
        };
        w.push(outcome, 2);
        if let Some(a) = attempt {
            w.push(u32::from(a.tries.clamp(1, 4) - 1), 2);
            w.push(index_of(&Means::ALL, &a.means), 2);
            w.push(index_of(&Span::ALL, &Span::of(a.seconds)), 2);
        }
    }
}

fn read_checks(r: &mut BitReader, q: &Questionnaire, answers: &mut Answers) -> Option<()> {
    answers.checks_offer = match r.read(2)? {
        0 => None,
        1 => Some(ChecksOffer::Accepted),
        2 => Some(ChecksOffer::Declined),
        _ => return None,
    };
    if answers.checks_offer != Some(ChecksOffer::Accepted) {
        return Some(());
    }
    for check in q.checks().into_iter().flat_map(|c| &c.list) {
        let outcome = r.read(2)?;
        let observation = match outcome {
            0 => continue,
            1 => Observation::Skipped,
            _ => {
                let attempt = Attempt {
                    tries: r.read(2)? as u8 + 1,
                    means: *Means::ALL.get(r.read(2)? as usize)?,
                    seconds: Span::ALL.get(r.read(2)? as usize)?.typical_seconds(),
                };
                if outcome == 2 {
                    Observation::Done(attempt)
                } else {
                    Observation::NotDone(attempt)
                }
            }
        };
        answers.checks.insert(check.id.clone(), observation);
    }
    Some(())
}

fn index_of<T: PartialEq>(all: &[T], value: &T) -> u32 {
    all.iter().position(|v| v == value).unwrap_or(0) as u32
}

/// Reads a code back into a journey on the results (or on its first unanswered
/// question). Never a wrong profile: a typo fails the checksum.
pub fn decode(q: &Questionnaire, code: &str) -> Result<Journey, CodeError> {
    let values: Option<Vec<u8>> = code
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '\u{a0}'))
        .map(value_of)
        .collect();
    let values = values
        .filter(|v| !v.is_empty() && v.len() <= 64)
        .ok_or(CodeError::NotACode)?;
    let bits: Vec<bool> = values
        .iter()
        .flat_map(|v| (0..5).rev().map(move |i| v >> i & 1 == 1))
        .collect();
    let mut r = BitReader { bits: &bits, at: 0 };
    let version = r.read(4).ok_or(CodeError::NotACode)?;
    let known = [
        CODE_VERSION,
        CODE_VERSION_BEFORE_TRIAGE,
        CODE_VERSION_WITHOUT_CHECKS,
    ];
    if !known.contains(&version) {
        // Another version's layout is unknown here; its frame is not. A code that does
        // not pass its checksum is a typo, whatever its version field says.
        return Err(if has_a_valid_frame(&bits) {
            CodeError::OtherVersion
        } else {
            CodeError::Mistyped
        });
    }
    // Any failure from here on is a typo: the code does not fit this version's layout.
    let answers = if version == CODE_VERSION {
        read_answers(q, &mut r, Layout::CURRENT)
    } else {
        let layout = Layout {
            checks: version == CODE_VERSION_BEFORE_TRIAGE,
            answer_the_rest: false,
        };
        let old = legacy::questionnaire_v3(q).ok_or(CodeError::OtherVersion)?;
        read_answers(&old, &mut r, layout).map(legacy::carried_over)
    }
    .ok_or(CodeError::Mistyped)?;
    let payload_end = r.at;
    let sum = r.read(CHECKSUM_BITS).ok_or(CodeError::Mistyped)?;
    let padding_ok = bits[r.at..].iter().all(|b| !b) && bits.len() - r.at < 5;
    if sum != checksum(&bits[..payload_end]) || !padding_ok {
        return Err(CodeError::Mistyped);
    }
    Ok(journey_at_first_gap(q, answers))
}

/// What a version's layout holds besides the needs, the situation and the skills.
#[derive(Clone, Copy)]
struct Layout {
    checks: bool,
    answer_the_rest: bool,
}

impl Layout {
    const CURRENT: Self = Self {
        checks: true,
        answer_the_rest: true,
    };
}

/// Reads the answers of a version's layout; `None` where the bits do not fit it.
fn read_answers(q: &Questionnaire, r: &mut BitReader, layout: Layout) -> Option<Answers> {
    let mut answers = Answers::default();
    for need in q.needs() {
        if r.read(1)? == 1 {
            answers.needs.insert(need.id.clone());
        }
    }
    for question in q.situation() {
        let mut chosen = std::collections::BTreeSet::new();
        match question.choice {
            Choice::One => {
                let index = r.read(width(question.options.len()))? as usize;
                if index > 0 {
                    chosen.insert(question.options.get(index - 1)?.clone());
                }
            }
            Choice::Several => {
                for option in &question.options {
                    if r.read(1)? == 1 {
                        chosen.insert(option.clone());
                    }
                }
            }
        }
        if !chosen.is_empty() {
            answers.situation.insert(question.id.clone(), chosen);
        }
    }
    if q.checks().is_some() {
        if layout.checks {
            read_checks(r, q, &mut answers)?;
        } else {
            // Made before the checks existed: the person was not offered them.
            answers.checks_offer = Some(ChecksOffer::Declined);
        }
    }
    if layout.answer_the_rest {
        answers.answer_the_rest = r.read(1)? == 1;
    }
    let count = r.read(6)?;
    for _ in 0..count {
        let number = r.read(2)? as usize;
        let next = planned_items(q, &answers)
            .into_iter()
            .find(|i| answers.skill(&i.id).is_none())?
            .id
            .clone();
        answers.skills.insert(next, SkillAnswer::ALL[number]);
    }
    Some(answers)
}

/// A journey with these answers, on the first unanswered question or the results
/// (what `Journey::repair` does for a screen that is not valid yet).
fn journey_at_first_gap(q: &Questionnaire, answers: Answers) -> Journey {
    let mut journey = Journey::with_answers(answers, Stage::Results);
    journey.repair(q);
    journey
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
