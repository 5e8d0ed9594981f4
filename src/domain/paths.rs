//! Path lengths: how many answers a journey takes, over every choice of needs and
//! several ways of answering. Used by the test that bounds them and by the benchmark
//! that prints their distribution (`cargo run --release --example path_lengths`).

use super::content_check::need_combinations;
use super::ids::NeedId;
use super::journey::{Journey, Step};
use super::plan::Question;
use super::questionnaire::Questionnaire;
use super::skill::{SkillAnswer, SkillItem};
use std::collections::BTreeSet;

/// A way of answering the skill items, for simulated journeys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    /// Every item "Oui, tout seul": the longest path for these needs.
    AllAlone,
    /// Every item "Oui, avec de l'aide".
    AllWithHelp,
    /// Every item "Non, pas encore": the shortest path.
    AllNotYet,
    /// Basic items "Oui, tout seul", advanced items "Non, pas encore".
    BasicsOnly,
    /// A fixed pseudo-random mix, reproducible from the seed.
    Mixed(u64),
}

impl Profile {
    fn answer(self, item: &SkillItem, index: usize) -> SkillAnswer {
        use super::skill::ItemLevel;
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

/// The number of questions answered on the way from the first question to the
/// results, or `None` if the journey does not reach the results in 500 steps.
pub fn path_length(q: &Questionnaire, needs: &BTreeSet<NeedId>, profile: Profile) -> Option<usize> {
    let mut journey = Journey::default();
    journey.start();
    for need in needs {
        journey.toggle_need(q, need);
    }
    for answered in 0..500 {
        match journey.step().clone() {
            Step::Results => return Some(answered),
            Step::Welcome => return None,
            Step::Question(Question::Needs) => {}
            Step::Question(Question::Situation(id)) => {
                let first = q.situation_question(&id)?.options.first()?.clone();
                journey.choose_option(q, &id, &first);
            }
            Step::Question(Question::Skill(id)) => {
                let item = q.item(&id)?;
                journey.answer_skill(q, &id, profile.answer(item, answered));
            }
        }
        journey.advance(q).ok()?;
    }
    None
}

/// The profiles every path-length figure is computed over.
pub fn profiles() -> Vec<Profile> {
    let mut profiles = vec![
        Profile::AllAlone,
        Profile::AllWithHelp,
        Profile::AllNotYet,
        Profile::BasicsOnly,
    ];
    profiles.extend((0..8).map(Profile::Mixed));
    profiles
}

/// Path lengths over every combination of needs and every profile, sorted.
pub fn all_path_lengths(q: &Questionnaire) -> Vec<Option<usize>> {
    let profiles = profiles();
    let mut lengths: Vec<Option<usize>> = need_combinations(q)
        .flat_map(|needs| {
            profiles
                .iter()
                .map(|p| path_length(q, &needs, *p))
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
