//! The questionnaire compiled in as static data: `data.rs` holds
//! `content/questionnaire.json` as Rust tables (written by the test of `source.rs`, from
//! the file once parsed and validated), and this module turns them into a
//! [`Questionnaire`] when the page opens — no JSON to parse, nothing to check, and the
//! tables lie in the wasm's data, which compresses as well as the JSON did.
//!
//! Each `Static…` type mirrors one of the questionnaire's with `&'static` text and
//! slices in place of `String` and `Vec`.

use super::area::Area;
use super::check::{Check, CheckKind, HandsOnChecks, Means};
use super::need::Need;
use super::situation::{Choice, SituationQuestion, SituationWhen};
use super::skill::{AskedWhen, ItemLevel, SkillItem};
use super::Questionnaire;

#[rustfmt::skip]
mod data;
#[cfg(test)]
mod source;

pub(super) struct StaticQuestionnaire {
    pub skill_budget: usize,
    pub always_area: Option<&'static str>,
    pub needs: &'static [StaticNeed],
    pub situation: &'static [StaticSituationQuestion],
    pub areas: &'static [StaticArea],
    pub items: &'static [StaticSkillItem],
    pub checks: Option<StaticHandsOnChecks>,
}

pub(super) struct StaticNeed {
    pub id: &'static str,
    pub pictogram: &'static str,
    pub areas: &'static [&'static str],
}

pub(super) struct StaticArea {
    pub id: &'static str,
    pub pictogram: &'static str,
    pub service: &'static str,
    pub thematiques: &'static [&'static str],
}

pub(super) struct StaticSituationQuestion {
    pub id: &'static str,
    pub choice: Choice,
    pub options: &'static [&'static str],
    pub exclusive: &'static [&'static str],
    pub when: Option<StaticSituationWhen>,
    pub later_if_urgent: bool,
}

pub(super) struct StaticSituationWhen {
    pub needs: &'static [&'static str],
    pub question: Option<&'static str>,
    pub options: &'static [&'static str],
}

pub(super) struct StaticSkillItem {
    pub id: &'static str,
    pub area: &'static str,
    pub level: ItemLevel,
    pub crcn: &'static [&'static str],
    pub thematique: &'static str,
    pub sources: &'static [&'static str],
    pub pictogram: Option<&'static str>,
    pub when: Option<StaticAskedWhen>,
}

pub(super) struct StaticAskedWhen {
    pub question: &'static str,
    pub options: &'static [&'static str],
}

pub(super) struct StaticHandsOnChecks {
    pub area: &'static str,
    pub list: &'static [StaticCheck],
}

pub(super) struct StaticCheck {
    pub id: &'static str,
    pub kind: CheckKind,
    pub evidence: &'static [(Means, &'static str)],
}

/// Each text of `list` made into `T` (an id, or a `String`).
fn all<T: From<&'static str>>(list: &'static [&'static str]) -> Vec<T> {
    list.iter().map(|&text| T::from(text)).collect()
}

/// The questionnaire of `content/questionnaire.json`, built from the compiled-in tables.
pub(super) fn questionnaire() -> Questionnaire {
    let q = &data::QUESTIONNAIRE;
    Questionnaire {
        skill_budget: q.skill_budget,
        always_area: q.always_area.map(From::from),
        needs: q.needs.iter().map(need).collect(),
        situation: q.situation.iter().map(situation).collect(),
        areas: q.areas.iter().map(area).collect(),
        items: q.items.iter().map(item).collect(),
        checks: q.checks.as_ref().map(|c| HandsOnChecks {
            area: c.area.into(),
            list: c.list.iter().map(check).collect(),
        }),
    }
}

fn need(n: &StaticNeed) -> Need {
    Need {
        id: n.id.into(),
        pictogram: n.pictogram.into(),
        areas: all(n.areas),
    }
}

fn area(a: &StaticArea) -> Area {
    Area {
        id: a.id.into(),
        pictogram: a.pictogram.into(),
        service: a.service.into(),
        thematiques: all(a.thematiques),
    }
}

fn situation(s: &StaticSituationQuestion) -> SituationQuestion {
    SituationQuestion {
        id: s.id.into(),
        choice: s.choice,
        options: all(s.options),
        exclusive: all(s.exclusive),
        when: s.when.as_ref().map(|w| SituationWhen {
            needs: all(w.needs),
            question: w.question.map(From::from),
            options: all(w.options),
        }),
        later_if_urgent: s.later_if_urgent,
    }
}

fn item(i: &StaticSkillItem) -> SkillItem {
    SkillItem {
        id: i.id.into(),
        area: i.area.into(),
        level: i.level,
        crcn: all(i.crcn),
        thematique: i.thematique.into(),
        sources: all(i.sources),
        pictogram: i.pictogram.map(From::from),
        when: i.when.as_ref().map(|w| AskedWhen {
            question: w.question.into(),
            options: all(w.options),
        }),
    }
}

fn check(c: &StaticCheck) -> Check {
    Check {
        id: c.id.into(),
        kind: c.kind,
        evidence: c
            .evidence
            .iter()
            .map(|&(m, item)| (m, item.into()))
            .collect(),
    }
}
