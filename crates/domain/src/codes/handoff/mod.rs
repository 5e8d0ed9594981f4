//! The hand-off code: a person's answers in a short code that can be read aloud and
//! typed ("7K2M-9XQP-4C1T-HV"), so that an advisor's device shows the same profile
//! without any server.
//!
//! Layout of version 3, in bits: the format version (4); the needs, one bit each in the
//! questionnaire's order; each situation question in order (one answer: its option's
//! number + 1, or 0 for no answer, in as few bits as its options need; several: one bit
//! per option); if the questionnaire has hands-on checks, the offer (2: 0 unanswered, 1
//! accepted, 2 declined) and, when accepted, each check in order (2: 0 not yet, 1
//! passed, 2 done, 3 not done; for done and not done, the tries − 1 up to 3 (2), the
//! means (2) and the span of time (2)); the number of skill answers (6), then each
//! answer (2 bits) in the order the plan asks them, so that the decoder re-plans as it
//! reads; then a 10-bit checksum.
//!
//! Version 2 is version 3 without the checks: its codes still read, as a journey where
//! the checks were not done (the offer counts as declined).
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

/// The format this build writes; it reads this one and [`CODE_VERSION_WITHOUT_CHECKS`].
pub const CODE_VERSION: u32 = 3;
/// The previous format, from before the hands-on checks.
pub const CODE_VERSION_WITHOUT_CHECKS: u32 = 2;
const CHECKSUM_BITS: u32 = 10;
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

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

struct BitWriter {
    bits: Vec<bool>,
}

impl BitWriter {
    fn push(&mut self, value: u32, width: u32) {
        for i in (0..width).rev() {
            self.bits.push(value >> i & 1 == 1);
        }
    }
}

struct BitReader<'a> {
    bits: &'a [bool],
    at: usize,
}

impl BitReader<'_> {
    fn read(&mut self, width: u32) -> Option<u32> {
        let mut value = 0;
        for _ in 0..width {
            value = value << 1 | u32::from(*self.bits.get(self.at)?);
            self.at += 1;
        }
        Some(value)
    }
}

/// Bits needed to write 0..=max.
fn width(max: usize) -> u32 {
    usize::BITS - max.leading_zeros()
}

fn checksum(bits: &[bool]) -> u32 {
    // CRC-16/CCITT over the bits, cut to 10 bits.
    let mut crc: u16 = 0xFFFF;
    for bit in bits {
        let top = crc >> 15 == 1;
        crc <<= 1;
        if top ^ bit {
            crc ^= 0x1021;
        }
    }
    u32::from(crc) & ((1 << CHECKSUM_BITS) - 1)
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
    if q.checks().is_some() {
        write_checks(&mut w, q, answers);
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
    framed(w)
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

/// Ends `bits` with the frame every version shares (the checksum of all of them, then
/// zero bits to fill the last character) and writes them in groups of four characters.
fn framed(mut w: BitWriter) -> String {
    let sum = checksum(&w.bits);
    w.push(sum, CHECKSUM_BITS);
    while w.bits.len() % 5 != 0 {
        w.bits.push(false);
    }
    let chars: Vec<char> = w
        .bits
        .chunks(5)
        .map(|c| ALPHABET[c.iter().fold(0usize, |v, b| v << 1 | usize::from(*b))] as char)
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// The value of one typed character; `None` for one outside the alphabet.
fn value_of(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    ALPHABET
        .iter()
        .position(|a| *a as char == c)
        .map(|p| p as u8)
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
    if version != CODE_VERSION && version != CODE_VERSION_WITHOUT_CHECKS {
        // Another version's layout is unknown here; its frame is not. A code that does
        // not pass its checksum is a typo, whatever its version field says.
        return Err(if has_a_valid_frame(&bits) {
            CodeError::OtherVersion
        } else {
            CodeError::Mistyped
        });
    }
    // Any failure from here on is a typo: the code does not fit this version's layout.
    let with_checks = version == CODE_VERSION;
    let answers = read_answers(q, &mut r, with_checks).ok_or(CodeError::Mistyped)?;
    let payload_end = r.at;
    let sum = r.read(CHECKSUM_BITS).ok_or(CodeError::Mistyped)?;
    let padding_ok = bits[r.at..].iter().all(|b| !b) && bits.len() - r.at < 5;
    if sum != checksum(&bits[..payload_end]) || !padding_ok {
        return Err(CodeError::Mistyped);
    }
    Ok(journey_at_first_gap(q, answers))
}

/// Whether the bits end as every version's code ends: a checksum of all that comes
/// before it, then fewer than five zero bits to fill the last character.
fn has_a_valid_frame(bits: &[bool]) -> bool {
    let checksum_bits = CHECKSUM_BITS as usize;
    (0..5).any(|padding| {
        let Some(end) = bits.len().checked_sub(padding) else {
            return false;
        };
        let Some(payload_end) = end.checked_sub(checksum_bits) else {
            return false;
        };
        let mut r = BitReader {
            bits: &bits[payload_end..end],
            at: 0,
        };
        bits[end..].iter().all(|b| !b)
            && r.read(CHECKSUM_BITS) == Some(checksum(&bits[..payload_end]))
    })
}

/// Reads the answers of this version's layout; `None` where the bits do not fit it.
fn read_answers(q: &Questionnaire, r: &mut BitReader, with_checks: bool) -> Option<Answers> {
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
        if with_checks {
            read_checks(r, q, &mut answers)?;
        } else {
            // Made before the checks existed: the person was not offered them.
            answers.checks_offer = Some(ChecksOffer::Declined);
        }
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
