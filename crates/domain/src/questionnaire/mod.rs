//! The questionnaire's structure, read from `content/questionnaire.json`: the needs
//! offered, the situation questions, the areas and their skill items, and the budget of
//! skill questions per journey. Texts are not here: they live in the message catalogs,
//! one file per language. Parsing checks that every reference points somewhere; the
//! checks against the national vocabularies are in `content_check`.

pub mod area;
pub mod check;
pub mod ids;
pub mod need;
pub mod situation;
pub mod skill;

use crate::questionnaire::area::{Area, AreaId};
use crate::questionnaire::check::{Check, CheckId, HandsOnChecks};
use crate::questionnaire::ids::is_well_formed;
use crate::questionnaire::need::{Need, NeedId};
use crate::questionnaire::situation::{SituationId, SituationQuestion};
use crate::questionnaire::skill::{ItemId, ItemLevel, SkillItem};
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

/// Why a questionnaire file was refused. Each error names what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuestionnaireError {
    /// The file is not valid JSON of the expected shape.
    Syntax(String),
    /// A list that must not be empty is empty (`needs`, `areas`, `items`).
    Empty(&'static str),
    /// The skill budget is zero: no skill would ever be asked.
    ZeroBudget,
    /// An id is empty or uses characters other than `a-z`, `0-9` and `-`.
    MalformedId(String),
    /// Two things of one kind share an id.
    Duplicate { kind: &'static str, id: String },
    /// A need, an item or `always_area` names an area that does not exist.
    UnknownArea { owner: String, area: AreaId },
    /// A need leads to no area.
    NeedWithoutAreas(NeedId),
    /// An area has no item.
    AreaWithoutItems(AreaId),
    /// A basic item comes after an advanced item of the same area.
    BasicAfterAdvanced(ItemId),
    /// A situation question offers no option, or marks as exclusive an option it lacks.
    BadOptions(SituationId),
    /// An item's `when` names a situation question or an option that does not exist.
    BadCondition(ItemId),
    /// A hands-on check has a malformed or repeated id, names an unknown item as its
    /// evidence, or the checks' list is empty.
    BadCheck(String),
}

impl std::fmt::Display for QuestionnaireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Syntax(detail) => write!(f, "not valid JSON of the expected shape: {detail}"),
            Self::Empty(list) => write!(f, "the list `{list}` is empty"),
            Self::ZeroBudget => f.write_str("`skill_budget` must be at least 1"),
            Self::MalformedId(id) => write!(
                f,
                "the id `{id}` must be made of lowercase letters, digits and dashes"
            ),
            Self::Duplicate { kind, id } => write!(f, "{kind} `{id}`: the id is used twice"),
            Self::UnknownArea { owner, area } => {
                write!(f, "{owner}: the area `{area}` does not exist")
            }
            Self::NeedWithoutAreas(id) => write!(f, "need `{id}`: it leads to no area"),
            Self::AreaWithoutItems(id) => write!(f, "area `{id}`: it has no item"),
            Self::BasicAfterAdvanced(id) => write!(
                f,
                "item `{id}`: a basic item must come before the advanced items of its area"
            ),
            Self::BadOptions(id) => write!(
                f,
                "situation `{id}`: it needs options, and its exclusive options must be among them"
            ),
            Self::BadCondition(id) => write!(
                f,
                "item `{id}`: `when` must name a situation question and some of its options"
            ),
            Self::BadCheck(detail) => write!(f, "checks: {detail}"),
        }
    }
}

impl Questionnaire {
    /// Parses and validates a questionnaire file.
    pub fn parse(json: &str) -> Result<Self, QuestionnaireError> {
        let raw: RawQuestionnaire =
            serde_json::from_str(json).map_err(|e| QuestionnaireError::Syntax(e.to_string()))?;
        validate(&raw)?;
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

fn validate(raw: &RawQuestionnaire) -> Result<(), QuestionnaireError> {
    use QuestionnaireError as E;
    if raw.needs.is_empty() {
        return Err(E::Empty("needs"));
    }
    if raw.areas.is_empty() {
        return Err(E::Empty("areas"));
    }
    if raw.items.is_empty() {
        return Err(E::Empty("items"));
    }
    if raw.skill_budget == 0 {
        return Err(E::ZeroBudget);
    }
    unique("need", raw.needs.iter().map(|n| n.id.as_str()))?;
    unique("situation", raw.situation.iter().map(|s| s.id.as_str()))?;
    unique("area", raw.areas.iter().map(|a| a.id.as_str()))?;
    unique("item", raw.items.iter().map(|i| i.id.as_str()))?;

    let areas: BTreeSet<&AreaId> = raw.areas.iter().map(|a| &a.id).collect();
    let known = |owner: String, area: &AreaId| {
        if areas.contains(area) {
            Ok(())
        } else {
            Err(E::UnknownArea {
                owner,
                area: area.clone(),
            })
        }
    };
    if let Some(area) = &raw.always_area {
        known("`always_area`".into(), area)?;
    }
    for need in &raw.needs {
        if need.areas.is_empty() {
            return Err(E::NeedWithoutAreas(need.id.clone()));
        }
        for area in &need.areas {
            known(format!("need `{}`", need.id), area)?;
        }
    }
    for question in &raw.situation {
        unique("option", question.options.iter().map(|o| o.as_str()))?;
        if question.options.is_empty()
            || question
                .exclusive
                .iter()
                .any(|o| !question.options.contains(o))
        {
            return Err(E::BadOptions(question.id.clone()));
        }
    }
    for item in &raw.items {
        known(format!("item `{}`", item.id), &item.area)?;
        if let Some(when) = &item.when {
            let question = raw.situation.iter().find(|s| s.id == when.question);
            let valid = question.is_some_and(|q| {
                !when.options.is_empty() && when.options.iter().all(|o| q.has_option(o))
            });
            if !valid {
                return Err(E::BadCondition(item.id.clone()));
            }
        }
    }
    for area in &raw.areas {
        let levels: Vec<ItemLevel> = raw
            .items
            .iter()
            .filter(|i| i.area == area.id)
            .map(|i| i.level)
            .collect();
        if levels.is_empty() {
            return Err(E::AreaWithoutItems(area.id.clone()));
        }
        if let Some(pos) = levels.windows(2).position(|w| w[0] > w[1]) {
            let id = raw.items.iter().filter(|i| i.area == area.id).nth(pos + 1);
            return Err(E::BasicAfterAdvanced(
                id.map(|i| i.id.clone())
                    .unwrap_or_else(|| ItemId::new(area.id.as_str())),
            ));
        }
    }
    if let Some(checks) = &raw.checks {
        validate_checks(raw, checks)?;
    }
    Ok(())
}

fn validate_checks(
    raw: &RawQuestionnaire,
    checks: &HandsOnChecks,
) -> Result<(), QuestionnaireError> {
    use QuestionnaireError as E;
    if !raw.areas.iter().any(|a| a.id == checks.area) {
        return Err(E::UnknownArea {
            owner: "`checks`".into(),
            area: checks.area.clone(),
        });
    }
    if checks.list.is_empty() {
        return Err(E::BadCheck("the list is empty".into()));
    }
    unique("check", checks.list.iter().map(|c| c.id.as_str()))?;
    for check in &checks.list {
        if let Some(item) = check
            .evidence
            .values()
            .find(|item| !raw.items.iter().any(|i| &i.id == *item))
        {
            return Err(E::BadCheck(format!(
                "check `{}`: its evidence names the item `{item}`, which does not exist",
                check.id
            )));
        }
    }
    Ok(())
}

/// Checks that every id of one kind is well formed and used once.
fn unique<'a>(
    kind: &'static str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<(), QuestionnaireError> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !is_well_formed(id) {
            return Err(QuestionnaireError::MalformedId(id.to_owned()));
        }
        if !seen.insert(id) {
            return Err(QuestionnaireError::Duplicate {
                kind,
                id: id.to_owned(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod fixtures;

#[cfg(test)]
mod tests;
