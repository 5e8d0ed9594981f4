//! Checks that a questionnaire file holds together: every list filled, every id well
//! formed and unique, every reference (an area, a condition, a check's evidence)
//! pointing somewhere, basic items before advanced ones. Each refusal names what is
//! wrong.

use crate::questionnaire::area::{Area, AreaId};
use crate::questionnaire::check::HandsOnChecks;
use crate::questionnaire::ids::is_well_formed;
use crate::questionnaire::need::{Need, NeedId};
use crate::questionnaire::situation::{SituationId, SituationQuestion};
use crate::questionnaire::skill::{ItemId, ItemLevel, SkillItem};
use std::collections::BTreeSet;

/// The parts of a questionnaire file, as read, before they are accepted.
pub(super) struct Parts<'a> {
    pub skill_budget: usize,
    pub always_area: Option<&'a AreaId>,
    pub needs: &'a [Need],
    pub situation: &'a [SituationQuestion],
    pub areas: &'a [Area],
    pub items: &'a [SkillItem],
    pub checks: Option<&'a HandsOnChecks>,
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
    /// A situation question's `when` names a need, an earlier question or an option
    /// that does not exist.
    BadSituationCondition(SituationId),
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
            Self::BadSituationCondition(id) => write!(
                f,
                "situation `{id}`: `when` must name existing needs, or an earlier situation question and some of its options"
            ),
            Self::BadCheck(detail) => write!(f, "checks: {detail}"),
        }
    }
}

pub(super) fn validate(raw: &Parts) -> Result<(), QuestionnaireError> {
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
    for need in raw.needs {
        if need.areas.is_empty() {
            return Err(E::NeedWithoutAreas(need.id.clone()));
        }
        for area in &need.areas {
            known(format!("need `{}`", need.id), area)?;
        }
    }
    for question in raw.situation {
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
    for (index, question) in raw.situation.iter().enumerate() {
        let Some(when) = &question.when else { continue };
        let needs_ok = when
            .needs
            .iter()
            .all(|n| raw.needs.iter().any(|need| &need.id == n));
        let earlier = &raw.situation[..index];
        let answer_ok = match &when.question {
            None => when.options.is_empty(),
            Some(id) => earlier.iter().find(|s| &s.id == id).is_some_and(|q| {
                !when.options.is_empty() && when.options.iter().all(|o| q.has_option(o))
            }),
        };
        if !needs_ok || !answer_ok {
            return Err(E::BadSituationCondition(question.id.clone()));
        }
    }
    for item in raw.items {
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
    for area in raw.areas {
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

fn validate_checks(raw: &Parts, checks: &HandsOnChecks) -> Result<(), QuestionnaireError> {
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
