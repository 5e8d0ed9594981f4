//! The hand-off code: a person's answers in a short code that can be read aloud and
//! typed ("7K2M-9XQP-4C1T-HV"), so that an advisor's device shows the same profile
//! without any server.
//!
//! Layout, in bits: the format version (4); the needs, one bit each in the
//! questionnaire's order; each situation question in order (one answer: its option's
//! number + 1, or 0 for no answer, in as few bits as its options need; several: one bit
//! per option); the number of skill answers (6), then each answer (2 bits) in the order
//! the plan asks them, so that the decoder re-plans as it reads; then a 10-bit checksum.
//! Written in Crockford's base32 (no I, L, O, U; read case-insensitively, with I and L
//! taken as 1 and O as 0), in groups of four.
//!
//! The questionnaire's order is part of the format: a test pins a known code, so that
//! reordering the content fails it and calls for a new version.

use super::answers::Answers;
use super::journey::{Journey, Step};
use super::plan::planned_items;
use super::questionnaire::Questionnaire;
use super::situation::Choice;
use super::skill::SkillAnswer;

/// The format this build writes and reads.
pub const CODE_VERSION: u32 = 1;
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
    let answered: Vec<SkillAnswer> = planned_items(q, answers)
        .iter()
        .map_while(|item| answers.skill(&item.id))
        .take(63)
        .collect();
    w.push(answered.len() as u32, 6);
    for answer in answered {
        w.push(answer_number(answer), 2);
    }
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
    let mut answers = Answers::default();
    for need in q.needs() {
        if r.read(1).ok_or(CodeError::Mistyped)? == 1 {
            answers.needs.insert(need.id.clone());
        }
    }
    for question in q.situation() {
        let mut chosen = std::collections::BTreeSet::new();
        match question.choice {
            Choice::One => {
                let index = r
                    .read(width(question.options.len()))
                    .ok_or(CodeError::Mistyped)? as usize;
                if index > 0 {
                    chosen.insert(
                        question
                            .options
                            .get(index - 1)
                            .ok_or(CodeError::Mistyped)?
                            .clone(),
                    );
                }
            }
            Choice::Several => {
                for option in &question.options {
                    if r.read(1).ok_or(CodeError::Mistyped)? == 1 {
                        chosen.insert(option.clone());
                    }
                }
            }
        }
        if !chosen.is_empty() {
            answers.situation.insert(question.id.clone(), chosen);
        }
    }
    let count = r.read(6).ok_or(CodeError::Mistyped)?;
    for _ in 0..count {
        let number = r.read(2).ok_or(CodeError::Mistyped)? as usize;
        let next = planned_items(q, &answers)
            .into_iter()
            .find(|i| answers.skill(&i.id).is_none())
            .map(|i| i.id.clone())
            .ok_or(CodeError::Mistyped)?;
        answers.skills.insert(next, SkillAnswer::ALL[number]);
    }
    let payload_end = r.at;
    let sum = r.read(CHECKSUM_BITS).ok_or(CodeError::Mistyped)?;
    let padding_ok = bits[r.at..].iter().all(|b| !b) && bits.len() - r.at < 5;
    if sum != checksum(&bits[..payload_end]) || !padding_ok {
        return Err(if version != CODE_VERSION {
            CodeError::OtherVersion
        } else {
            CodeError::Mistyped
        });
    }
    if version != CODE_VERSION {
        return Err(CodeError::OtherVersion);
    }
    Ok(journey_at_first_gap(q, answers))
}

/// A journey with these answers, on the first unanswered question or the results
/// (what `Journey::repair` does for a screen that is not valid yet).
fn journey_at_first_gap(q: &Questionnaire, answers: Answers) -> Journey {
    let mut journey = Journey::with_answers(answers, Step::Results);
    journey.repair(q);
    journey
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::paths::{path_length, Profile};
    use proptest::prelude::*;

    /// The shipped questionnaire, parsed once for all the cases.
    fn q() -> Questionnaire {
        static Q: std::sync::OnceLock<Questionnaire> = std::sync::OnceLock::new();
        Q.get_or_init(|| crate::content::questionnaire().unwrap())
            .clone()
    }

    /// A finished journey for these needs, answering every skill with `answer`.
    fn finished(q: &Questionnaire, needs: &[&str], answer: SkillAnswer) -> Answers {
        let mut answers = Answers {
            needs: needs
                .iter()
                .map(|n| crate::domain::ids::NeedId::new(*n))
                .collect(),
            ..Answers::default()
        };
        for s in q.situation() {
            answers
                .situation
                .insert(s.id.clone(), [s.options[0].clone()].into());
        }
        while let Some(item) = planned_items(q, &answers)
            .into_iter()
            .find(|i| answers.skill(&i.id).is_none())
        {
            let id = item.id.clone();
            answers.skills.insert(id, answer);
        }
        answers
    }

    #[test]
    fn a_typical_code_is_short_and_comes_back_whole() {
        let q = q();
        let answers = finished(&q, &["procedures", "job"], SkillAnswer::WithHelp);
        let code = encode(&q, &answers);
        assert!(code.len() <= 24, "{code} is {} characters", code.len());
        let journey = decode(&q, &code).unwrap();
        assert_eq!(journey.answers(), &answers);
        assert_eq!(journey.step(), &Step::Results);
    }

    /// Pins the format: if this fails, the content's order changed and the code needs
    /// a new version (bump CODE_VERSION and keep reading the old one).
    #[test]
    fn the_format_is_pinned() {
        let q = q();
        let answers = finished(&q, &["safety"], SkillAnswer::Alone);
        assert_eq!(encode(&q, &answers), "2121-5B04-0005-4R");
    }

    #[test]
    fn reads_what_people_type() {
        let q = q();
        let answers = finished(&q, &["health"], SkillAnswer::NotYet);
        let code = encode(&q, &answers);
        let typed = code
            .to_lowercase()
            .replace('-', " ")
            .replace('1', "l")
            .replace('0', "o");
        assert_eq!(decode(&q, &typed).unwrap().answers(), &answers);
    }

    #[test]
    fn a_typo_is_caught_never_a_wrong_profile() {
        let q = q();
        let code = encode(&q, &finished(&q, &["money", "family"], SkillAnswer::Alone));
        let mut caught = 0;
        let mut total = 0;
        for (i, c) in code.char_indices().filter(|(_, c)| *c != '-') {
            for replacement in ALPHABET.iter().map(|b| *b as char).filter(|r| *r != c) {
                let mut typo = code.clone();
                typo.replace_range(i..i + 1, &replacement.to_string());
                total += 1;
                if decode(&q, &typo).is_err() {
                    caught += 1;
                }
            }
        }
        // A 10-bit checksum misses about one typo in a thousand.
        assert!(
            caught * 1000 >= total * 995,
            "{caught} of {total} typos caught"
        );
        assert_eq!(decode(&q, ""), Err(CodeError::NotACode));
        assert_eq!(decode(&q, "hello!"), Err(CodeError::NotACode));
        assert_eq!(
            decode(&q, &code[..code.len() - 3]),
            Err(CodeError::Mistyped)
        );
    }

    #[test]
    fn a_code_of_another_version_is_named_as_such() {
        let q = q();
        let code = encode(&q, &finished(&q, &["school"], SkillAnswer::Alone));
        // Rewrite the version bits (the first 4 of the first character) and the checksum.
        let other = {
            let mut answers_bits = code.clone();
            answers_bits.replace_range(0..1, "J");
            answers_bits
        };
        assert!(matches!(
            decode(&q, &other),
            Err(CodeError::OtherVersion | CodeError::Mistyped)
        ));
    }

    #[test]
    fn codes_stay_short_on_every_path() {
        let q = q();
        let mut longest = 0;
        for needs in crate::domain::content_check::need_combinations(&q).step_by(7) {
            let names: Vec<&str> = needs.iter().map(|n| n.as_str()).collect();
            let code = encode(&q, &finished(&q, &names, SkillAnswer::Alone));
            longest = longest.max(code.len());
            assert!(path_length(&q, &needs, Profile::AllAlone).is_some());
        }
        assert!(longest <= 24, "longest code {longest} characters");
    }

    fn any_answers() -> impl Strategy<Value = Answers> {
        let q = q();
        let needs: Vec<_> = q.needs().iter().map(|n| n.id.clone()).collect();
        let situation: Vec<_> = q
            .situation()
            .iter()
            .map(|s| (s.id.clone(), s.options.clone()))
            .collect();
        (
            prop::sample::subsequence(needs, 0..=9),
            prop::collection::vec(prop::collection::vec(any::<bool>(), 6), situation.len()),
            prop::collection::vec(0usize..4, 0..40),
        )
            .prop_map(move |(needs, picks, skills)| {
                let q = self::q();
                let mut answers = Answers {
                    needs: needs.into_iter().collect(),
                    ..Answers::default()
                };
                for ((id, options), picks) in situation.iter().zip(picks) {
                    let question = q.situation_question(id).unwrap();
                    let mut chosen = std::collections::BTreeSet::new();
                    for (option, pick) in options.iter().zip(picks) {
                        if pick {
                            chosen = question.choose(&chosen, option);
                        }
                    }
                    if !chosen.is_empty() {
                        answers.situation.insert(id.clone(), chosen);
                    }
                }
                for answer in skills {
                    let Some(item) = planned_items(&q, &answers)
                        .into_iter()
                        .find(|i| answers.skill(&i.id).is_none())
                    else {
                        break;
                    };
                    let id = item.id.clone();
                    answers.skills.insert(id, SkillAnswer::ALL[answer]);
                }
                answers
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        /// Encode then decode gives back the same answers.
        #[test]
        fn encode_then_decode_is_the_identity(answers in any_answers()) {
            let q = q();
            let code = encode(&q, &answers);
            let journey = decode(&q, &code).unwrap();
            prop_assert_eq!(journey.answers(), &answers);
        }

        /// Arbitrary text never panics the decoder.
        #[test]
        fn arbitrary_text_never_panics_the_decoder(text in ".{0,80}") {
            let q = q();
            if let Ok(journey) = decode(&q, &text) {
                let mut repaired = journey.clone();
                repaired.repair(&q);
                prop_assert_eq!(repaired, journey);
            }
        }
    }
}
