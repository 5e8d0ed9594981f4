//! The questionnaire's structure, read from `content/questionnaire.json`: the needs
//! offered, the situation questions, the areas and their skill items, and the budget of
//! skill questions per journey. Texts are not here: they live in the message catalogs,
//! one file per language. Parsing checks that every reference points somewhere; the
//! checks against the national vocabularies are in `content_check`.

pub mod area;
pub mod check;
mod compiled;
pub mod ids;
pub mod need;
pub mod situation;
pub mod skill;
mod validate;

pub use validate::QuestionnaireError;

use crate::questionnaire::area::{Area, AreaId};
use crate::questionnaire::check::{Check, CheckId, HandsOnChecks};
use crate::questionnaire::need::{Need, NeedId};
use crate::questionnaire::situation::{SituationId, SituationQuestion};
use crate::questionnaire::skill::{ItemId, SkillItem};
use serde::Deserialize;
use std::collections::BTreeSet;

/// The structure of the questionnaire, validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Questionnaire {
    skill_budget: usize,
    always_area: Option<AreaId>,
    needs: Vec<Need>,
    situation: Vec<SituationQuestion>,
    areas: Vec<Area>,
    items: Vec<SkillItem>,
    checks: Option<HandsOnChecks>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestionnaire {
    skill_budget: usize,
    #[serde(default)]
    always_area: Option<AreaId>,
    needs: Vec<Need>,
    situation: Vec<SituationQuestion>,
    areas: Vec<Area>,
    items: Vec<SkillItem>,
    #[serde(default)]
    checks: Option<HandsOnChecks>,
}

impl RawQuestionnaire {
    fn parts(&self) -> validate::Parts<'_> {
        validate::Parts {
            skill_budget: self.skill_budget,
            always_area: self.always_area.as_ref(),
            needs: &self.needs,
            situation: &self.situation,
            areas: &self.areas,
            items: &self.items,
            checks: self.checks.as_ref(),
        }
    }
}

impl Questionnaire {
    /// Parses and validates a questionnaire file.
    pub fn parse(json: &str) -> Result<Self, QuestionnaireError> {
        let raw: RawQuestionnaire =
            serde_json::from_str(json).map_err(|e| QuestionnaireError::Syntax(e.to_string()))?;
        Self::accepted(raw)
    }

    /// The questionnaire of `content/questionnaire.json`, compiled in as code
    /// (`compiled.rs`): nothing to parse or check when the page opens.
    pub(crate) fn compiled_in() -> Self {
        compiled::questionnaire()
    }

    /// This questionnaire with other situation questions and, for the items named,
    /// another condition (`None`: asked to everyone), validated as a file would be: how
    /// an older questionnaire is rebuilt from today's (`codes::handoff`).
    pub fn with_situation(
        &self,
        situation: Vec<SituationQuestion>,
        conditions: &std::collections::BTreeMap<ItemId, Option<skill::AskedWhen>>,
    ) -> Result<Self, QuestionnaireError> {
        let mut items = self.items.clone();
        for item in &mut items {
            if let Some(when) = conditions.get(&item.id) {
                item.when = when.clone();
            }
        }
        let raw = RawQuestionnaire {
            skill_budget: self.skill_budget,
            always_area: self.always_area.clone(),
            needs: self.needs.clone(),
            situation,
            areas: self.areas.clone(),
            items,
            checks: self.checks.clone(),
        };
        Self::accepted(raw)
    }

    /// The questionnaire of `raw`, once validated.
    fn accepted(raw: RawQuestionnaire) -> Result<Self, QuestionnaireError> {
        validate::validate(&raw.parts())?;
        Ok(Self {
            skill_budget: raw.skill_budget,
            always_area: raw.always_area,
            needs: raw.needs,
            situation: raw.situation,
            areas: raw.areas,
            items: raw.items,
            checks: raw.checks,
        })
    }

    /// How many skill questions a journey asks at most, spread over its areas (each
    /// area gets at least one, even past the budget).
    pub fn skill_budget(&self) -> usize {
        self.skill_budget
    }

    /// The area asked first in every journey, limited to its basic items unless a chosen
    /// need leads to it.
    pub fn always_area(&self) -> Option<&AreaId> {
        self.always_area.as_ref()
    }

    /// The needs offered on the first question, in the order they are shown.
    pub fn needs(&self) -> &[Need] {
        &self.needs
    }

    /// Every non-empty combination of the needs offered (2^n − 1 of them; the content
    /// offers about ten needs, so about a thousand), for the tests and tools that walk
    /// every path.
    pub fn need_combinations(&self) -> impl Iterator<Item = BTreeSet<NeedId>> + '_ {
        let n = self.needs.len().min(16);
        (1u32..(1 << n)).map(move |mask| {
            self.needs
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, need)| need.id.clone())
                .collect()
        })
    }

    /// Whether `id` is one of the needs offered.
    pub fn has_need(&self, id: &NeedId) -> bool {
        self.needs.iter().any(|need| &need.id == id)
    }

    /// The situation questions, in the order they are asked.
    pub fn situation(&self) -> &[SituationQuestion] {
        &self.situation
    }

    pub fn situation_question(&self, id: &SituationId) -> Option<&SituationQuestion> {
        self.situation.iter().find(|s| &s.id == id)
    }

    /// The areas, in the order they are asked and shown.
    pub fn areas(&self) -> &[Area] {
        &self.areas
    }

    pub fn area(&self, id: &AreaId) -> Option<&Area> {
        self.areas.iter().find(|a| &a.id == id)
    }

    /// Every skill item, grouped by area, basic items first within an area.
    pub fn items(&self) -> &[SkillItem] {
        &self.items
    }

    pub fn item(&self, id: &ItemId) -> Option<&SkillItem> {
        self.items.iter().find(|i| &i.id == id)
    }

    /// The items of one area, basic first.
    pub fn items_of<'a>(&'a self, area: &AreaId) -> impl Iterator<Item = &'a SkillItem> + 'a {
        let area = area.clone();
        self.items.iter().filter(move |i| i.area == area)
    }

    /// The hands-on checks, in the order they are offered, and the area after whose basic
    /// items they come (none when the content has no `checks`).
    pub fn checks(&self) -> Option<&HandsOnChecks> {
        self.checks.as_ref()
    }

    pub fn check(&self, id: &CheckId) -> Option<&Check> {
        self.checks.as_ref()?.list.iter().find(|c| &c.id == id)
    }

    /// Every message key the questionnaire needs in each language, with the thing it
    /// belongs to ("item `device-power`") so that a missing text can be named.
    pub fn message_keys(&self) -> Vec<(String, String)> {
        let mut keys = Vec::new();
        for need in &self.needs {
            let subject = format!("need `{}`", need.id);
            keys.push((subject.clone(), need.label_key()));
            keys.push((subject, need.hint_key()));
        }
        for question in &self.situation {
            let subject = format!("situation `{}`", question.id);
            keys.push((subject.clone(), question.question_key()));
            keys.push((subject.clone(), question.hint_key()));
            for option in &question.options {
                keys.push((subject.clone(), question.option_key(option)));
            }
        }
        for area in &self.areas {
            keys.push((format!("area `{}`", area.id), area.name_key()));
        }
        for item in &self.items {
            let subject = format!("item `{}`", item.id);
            keys.push((subject.clone(), item.text_key()));
            keys.push((subject.clone(), item.example_key()));
            keys.push((subject.clone(), item.short_key()));
            if item.pictogram.is_some() {
                keys.push((subject, item.pictogram_alt_key()));
            }
        }
        for check in self.checks.iter().flat_map(|c| &c.list) {
            let subject = format!("check `{}`", check.id);
            keys.extend(
                check
                    .message_keys()
                    .into_iter()
                    .map(|k| (subject.clone(), k)),
            );
        }
        keys
    }
}

#[cfg(test)]
pub(crate) mod fixtures;

#[cfg(test)]
mod tests;
