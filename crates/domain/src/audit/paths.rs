//! Path lengths: how many answers a journey takes, over every choice of needs and
//! several ways of answering. Used by the test that bounds them and by the benchmark
//! that prints their distribution (`cargo run --release --example path_lengths`).

use crate::journey::observation::{ChecksOffer, Observation};
use crate::journey::plan::Question;
use crate::journey::{Journey, Stage};
use crate::questionnaire::check::Means;
use crate::questionnaire::ids::NeedId;
use crate::questionnaire::skill::{SkillAnswer, SkillItem};
use crate::questionnaire::Questionnaire;
use std::collections::BTreeSet;

/// A way of answering the skill items, for simulated journeys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerPattern {
    /// Every item "Oui, sans aide": the longest path for these needs.
    AllAlone,
    /// Every item "Oui, avec de l'aide".
    AllWithHelp,
    /// Every item "Non, pas encore": the shortest path.
    AllNotYet,
    /// Basic items "Oui, sans aide", advanced items "Non, pas encore".
    BasicsOnly,
    /// A fixed pseudo-random mix, reproducible from the seed.
    Mixed(u64),
}

impl AnswerPattern {
    fn answer(self, item: &SkillItem, index: usize) -> SkillAnswer {
        use crate::questionnaire::skill::ItemLevel;
        match self {
            Self::AllAlone => SkillAnswer::Alone,
            Self::AllWithHelp => SkillAnswer::WithHelp,
            Self::AllNotYet => SkillAnswer::NotYet,
            Self::BasicsOnly if item.level == ItemLevel::Basic => SkillAnswer::Alone,
            Self::BasicsOnly => SkillAnswer::NotYet,
            Self::Mixed(seed) => {
                // SplitMix64 step: enough spread for a simulation, no dependency.
                let mut z =
                    seed.wrapping_add((index as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
                z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
                SkillAnswer::ALL[((z ^ (z >> 31)) % 4) as usize]
            }
        }
    }
}

/// What a simulated person does with the hands-on checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChecksPlay {
    /// « Non, je passe ».
    Declined,
    /// Accepted, and every check done on the first try with the mouse.
    AllDone,
}

/// The number of questions answered on the way from the first question to the
/// results, the checks declined, or `None` if the journey does not reach the results
/// in 500 steps.
pub fn path_length(
    q: &Questionnaire,
    needs: &BTreeSet<NeedId>,
    pattern: AnswerPattern,
) -> Option<usize> {
    path_length_with(q, needs, pattern, ChecksPlay::Declined)
}

/// [`path_length`], with the checks played as `checks` says (each check is a screen).
pub fn path_length_with(
    q: &Questionnaire,
    needs: &BTreeSet<NeedId>,
    pattern: AnswerPattern,
    checks: ChecksPlay,
) -> Option<usize> {
    let mut journey = Journey::default();
    journey.start();
    for need in needs {
        journey.toggle_need(q, need);
    }
    for answered in 0..500 {
        match journey.stage().clone() {
            Stage::Results => return Some(answered),
            Stage::Welcome => return None,
            Stage::Question(Question::Needs) => {}
            Stage::Question(Question::Situation(id)) => {
                let first = q.situation_question(&id)?.options.first()?.clone();
                journey.choose_option(q, &id, &first);
            }
            Stage::Question(Question::Skill(id)) => {
                let item = q.item(&id)?;
                journey.answer_skill(q, &id, pattern.answer(item, answered));
            }
            Stage::Question(Question::ChecksOffer) => {
                let offer = match checks {
                    ChecksPlay::Declined => ChecksOffer::Declined,
                    ChecksPlay::AllDone => ChecksOffer::Accepted,
                };
                journey.answer_checks_offer(q, offer);
            }
            Stage::Question(Question::Check(id)) => {
                journey.observe(q, &id, Observation::done(1, Means::Mouse, 4));
            }
        }
        journey.advance(q).ok()?;
    }
    None
}

/// The answer patterns every path-length figure is computed over.
pub fn answer_patterns() -> Vec<AnswerPattern> {
    let mut patterns = vec![
        AnswerPattern::AllAlone,
        AnswerPattern::AllWithHelp,
        AnswerPattern::AllNotYet,
        AnswerPattern::BasicsOnly,
    ];
    patterns.extend((0..8).map(AnswerPattern::Mixed));
    patterns
}

/// Path lengths over every combination of needs and every answer pattern, sorted, the
/// checks declined.
pub fn all_path_lengths(q: &Questionnaire) -> Vec<Option<usize>> {
    all_path_lengths_with(q, ChecksPlay::Declined)
}

/// [`all_path_lengths`], with the checks played as `checks` says.
pub fn all_path_lengths_with(q: &Questionnaire, checks: ChecksPlay) -> Vec<Option<usize>> {
    let patterns = answer_patterns();
    let mut lengths: Vec<Option<usize>> = q
        .need_combinations()
        .flat_map(|needs| {
            patterns
                .iter()
                .map(|p| path_length_with(q, &needs, *p, checks))
                .collect::<Vec<_>>()
        })
        .collect();
    lengths.sort();
    lengths
}

/// The median of sorted values (the lower middle for an even count).
pub fn median(sorted: &[usize]) -> usize {
    sorted
        .get(sorted.len().saturating_sub(1) / 2)
        .copied()
        .unwrap_or(0)
}
