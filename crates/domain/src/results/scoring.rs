//! What the answers say: a level per area in the three autonomy levels advisors report,
//! the person's strengths, what to learn next, and the questions they did not
//! understand.
//!
//! The level of an area, from the items of the plan that were answered:
//! - "Avec guidage" when a basic item is "not yet";
//! - "Autonome" when every answered item is "Oui, sans aide";
//! - "Autonome avec guidage en cas de besoin" otherwise.
//!
//! "Je ne comprends pas la question" counts in no level and skips nothing: the wording
//! failed, not the person. It is listed for the advisor.
//!
//! Where a hands-on check observed an item, the observation counts instead of the
//! answer (see `journey::observation`); both are kept for the advisor's sheet, in
//! `observed`.
//!
//! Answering "Oui, sans aide" instead of "Non, pas encore" can never lower a level: a
//! better basic answer can only leave the lowest level, and the advanced items it brings
//! back can at worst give the middle one.

use crate::journey::answers::Answers;
use crate::journey::observation::{Observation, Observed};
use crate::journey::plan::planned_items;
use crate::questionnaire::area::AreaId;
use crate::questionnaire::check::CheckId;
use crate::questionnaire::skill::{ItemId, ItemLevel, SkillAnswer};
use crate::questionnaire::Questionnaire;
use serde::{Deserialize, Serialize};

/// The three autonomy levels of the national activity report, from least to most
/// autonomous.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AutonomyLevel {
    FullySupported,
    PartlyAutonomous,
    Autonomous,
}

impl AutonomyLevel {
    /// The exact words of the national activity report, for the advisor.
    pub fn report_label(self) -> &'static str {
        match self {
            Self::FullySupported => "Avec guidage",
            Self::PartlyAutonomous => "Autonome avec guidage en cas de besoin",
            Self::Autonomous => "Autonome",
        }
    }

    /// The key of the words a resident reads for this level.
    pub fn resident_key(self) -> &'static str {
        match self {
            Self::FullySupported => "level.fully_supported",
            Self::PartlyAutonomous => "level.partly_autonomous",
            Self::Autonomous => "level.autonomous",
        }
    }

    /// 1, 2 or 3: the number of filled bars in the level's picture.
    pub fn bars(self) -> u8 {
        self as u8 + 1
    }
}

/// The level of one area, and how many of its items were answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaResult {
    pub area: AreaId,
    pub level: AutonomyLevel,
    pub answered: usize,
}

/// Everything the answers say, computed once for the results page and the advisor.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    /// Areas with at least one answered item, in the order they were asked.
    pub areas: Vec<AreaResult>,
    /// Items answered "Oui, sans aide", in the order they were asked.
    pub strengths: Vec<ItemId>,
    /// Items answered "Oui, avec de l'aide".
    pub with_help: Vec<ItemId>,
    /// Items answered "Non, pas encore".
    pub to_learn: Vec<ItemId>,
    /// Items answered "Je ne comprends pas la question": the wording failed. They count
    /// in no level (an area where nothing else was answered has none), unless a check
    /// observed them.
    pub not_understood: Vec<ItemId>,
    /// Items a hands-on check observed: what was said, what was seen.
    pub observed: Vec<ObservedItem>,
    /// What each check of the plan observed, in the order they were offered.
    pub checks: Vec<(CheckId, Observation)>,
}

/// One item both answered and observed (« déclaré : sans aide · observé : avec des
/// essais »).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObservedItem {
    pub item: ItemId,
    /// What the person said, if the item was asked and answered.
    pub declared: Option<SkillAnswer>,
    pub observed: Observed,
}

impl ObservedItem {
    /// Whether what was seen is not what was said.
    pub fn disagrees(&self) -> bool {
        self.declared != Some(self.observed.as_answer())
    }
}

impl Profile {
    /// The profile of the answers, counting only the items the plan asks.
    pub fn of(questionnaire: &Questionnaire, answers: &Answers) -> Self {
        let mut profile = Self::default();
        let mut current: Option<(AreaId, Vec<(ItemLevel, SkillAnswer)>)> = None;
        profile.checks = answers
            .observations(questionnaire)
            .map(|(id, o)| (id.clone(), *o))
            .collect();
        for item in planned_items(questionnaire, answers) {
            let declared = answers.skill(&item.id);
            if let Some(observed) = answers.observed(questionnaire, &item.id) {
                profile.observed.push(ObservedItem {
                    item: item.id.clone(),
                    declared,
                    observed,
                });
                if declared == Some(SkillAnswer::NotUnderstood) {
                    profile.not_understood.push(item.id.clone());
                }
            }
            let Some(answer) = answers.assessed(questionnaire, &item.id) else {
                continue;
            };
            match answer {
                SkillAnswer::Alone => profile.strengths.push(item.id.clone()),
                SkillAnswer::WithHelp => profile.with_help.push(item.id.clone()),
                SkillAnswer::NotYet => profile.to_learn.push(item.id.clone()),
                // The wording failed: listed for the advisor, and no evidence either way.
                SkillAnswer::NotUnderstood => {
                    profile.not_understood.push(item.id.clone());
                    continue;
                }
            }
            match &mut current {
                Some((area, answered)) if *area == item.area => answered.push((item.level, answer)),
                _ => {
                    if let Some((area, answered)) = current.take() {
                        profile.areas.push(area_result(area, &answered));
                    }
                    current = Some((item.area.clone(), vec![(item.level, answer)]));
                }
            }
        }
        if let Some((area, answered)) = current {
            profile.areas.push(area_result(area, &answered));
        }
        profile
    }

    pub fn level_of(&self, area: &AreaId) -> Option<AutonomyLevel> {
        self.areas.iter().find(|r| &r.area == area).map(|r| r.level)
    }

    /// The lowest level over all areas: the autonomy an advisor would report for the
    /// person as a whole.
    pub fn overall(&self) -> Option<AutonomyLevel> {
        self.areas.iter().map(|r| r.level).min()
    }
}

fn area_result(area: AreaId, answered: &[(ItemLevel, SkillAnswer)]) -> AreaResult {
    let level = if answered
        .iter()
        .any(|(level, answer)| *level == ItemLevel::Basic && answer.is_not_yet())
    {
        AutonomyLevel::FullySupported
    } else if answered
        .iter()
        .all(|(_, answer)| *answer == SkillAnswer::Alone)
    {
        AutonomyLevel::Autonomous
    } else {
        AutonomyLevel::PartlyAutonomous
    };
    AreaResult {
        area,
        level,
        answered: answered.len(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::questionnaire::fixtures::sample;
    use crate::questionnaire::ids::NeedId;
    use proptest::prelude::*;

    fn answers(needs: &[&str], skills: &[(&str, SkillAnswer)]) -> Answers {
        Answers {
            needs: needs.iter().map(|id| NeedId::new(*id)).collect(),
            skills: skills
                .iter()
                .map(|(id, a)| (ItemId::new(*id), *a))
                .collect(),
            ..Answers::default()
        }
    }

    use SkillAnswer::*;

    #[test]
    fn a_basic_not_yet_means_fully_supported() {
        let p = Profile::of(
            &sample(),
            &answers(
                &["procedures"],
                &[("device-power", Alone), ("device-type", NotYet)],
            ),
        );
        assert_eq!(
            p.level_of(&AreaId::new("device")),
            Some(AutonomyLevel::FullySupported)
        );
        assert_eq!(p.overall(), Some(AutonomyLevel::FullySupported));
    }

    #[test]
    fn all_alone_means_autonomous_and_any_help_means_partly() {
        let q = sample();
        let all_alone = answers(
            &["procedures"],
            &[("proc-site", Alone), ("proc-account", Alone)],
        );
        assert_eq!(
            Profile::of(&q, &all_alone).level_of(&AreaId::new("procedures")),
            Some(AutonomyLevel::Autonomous)
        );
        let some_help = answers(
            &["procedures"],
            &[("proc-site", Alone), ("proc-account", WithHelp)],
        );
        assert_eq!(
            Profile::of(&q, &some_help).level_of(&AreaId::new("procedures")),
            Some(AutonomyLevel::PartlyAutonomous)
        );
        // An advanced "not yet" is not the lowest level: the basics are there.
        let advanced_gap = answers(
            &["procedures"],
            &[("proc-site", Alone), ("proc-account", NotYet)],
        );
        assert_eq!(
            Profile::of(&q, &advanced_gap).level_of(&AreaId::new("procedures")),
            Some(AutonomyLevel::PartlyAutonomous)
        );
    }

    #[test]
    fn names_strengths_first_and_flags_unclear_questions() {
        let p = Profile::of(
            &sample(),
            &answers(
                &["procedures"],
                &[
                    ("device-power", Alone),
                    ("device-type", NotUnderstood),
                    ("proc-site", WithHelp),
                ],
            ),
        );
        assert_eq!(p.strengths, [ItemId::new("device-power")]);
        assert_eq!(p.with_help, [ItemId::new("proc-site")]);
        assert!(p.to_learn.is_empty(), "not understood is not « not yet »");
        assert_eq!(p.not_understood, [ItemId::new("device-type")]);
        // A basic item not understood does not lower the area.
        assert_eq!(
            p.level_of(&AreaId::new("device")),
            Some(AutonomyLevel::Autonomous)
        );
    }

    #[test]
    fn ignores_answers_the_plan_no_longer_asks() {
        // "proc-taxes" was answered on an earlier path; "proc-site" is now "not yet".
        let p = Profile::of(
            &sample(),
            &answers(
                &["procedures"],
                &[("proc-site", NotYet), ("proc-taxes", Alone)],
            ),
        );
        assert!(p.strengths.is_empty());
        assert_eq!(p.areas.len(), 1);
    }

    #[test]
    fn uses_the_exact_words_of_the_activity_report() {
        let vocabularies: serde_json::Value = serde_json::from_str(include_str!(
            "../../../../content/reference/vocabulaires.json"
        ))
        .unwrap();
        let autonomie = &vocabularies["activite_mediateurs"]["autonomie"];
        for (i, level) in [
            AutonomyLevel::FullySupported,
            AutonomyLevel::PartlyAutonomous,
            AutonomyLevel::Autonomous,
        ]
        .into_iter()
        .enumerate()
        {
            assert_eq!(autonomie[i], level.report_label());
        }
    }

    fn answer() -> impl Strategy<Value = SkillAnswer> {
        prop::sample::select(SkillAnswer::ALL.to_vec())
    }

    proptest! {
        /// Answering "Oui, sans aide" instead of "Non, pas encore" to any one item never
        /// lowers the level of any area, whatever the other answers.
        #[test]
        fn scoring_is_monotone(
            picks in prop::collection::btree_set(0usize..3, 1..=3),
            skills in prop::collection::vec(answer(), 9),
            improved in 0usize..9,
        ) {
            let q = sample();
            let mut before = Answers {
                needs: picks.iter().map(|i| q.needs()[*i].id.clone()).collect(),
                skills: q.items().iter().zip(&skills).map(|(i, a)| (i.id.clone(), *a)).collect(),
                ..Answers::default()
            };
            let item = q.items()[improved].id.clone();
            before.skills.insert(item.clone(), NotYet);
            let mut after = before.clone();
            after.skills.insert(item, Alone);
            let (before, after) = (Profile::of(&q, &before), Profile::of(&q, &after));
            for result in &before.areas {
                let level = after.level_of(&result.area);
                prop_assert!(level >= Some(result.level), "{:?}: {:?} then {:?}", result.area, result.level, level);
            }
        }
    }
}
