//! The first kind of next step: a workshop for the weakest area that matters to the
//! person's needs, at their level (a workshop of unknown level fits every level, after
//! the exact ones), one they can reach, with a date still to come.

use super::person::{by_distance, place_distance};
use super::{Context, NextStep, NextStepKind, Reason};
use crate::catalog::workshop::{Workshop, WorkshopFormat};
use crate::questionnaire::area::AreaId;
use crate::questionnaire::Questionnaire;
use crate::results::scoring::{AreaResult, AutonomyLevel};
use std::cmp::Ordering;

/// The workshop step for `weak`, the weakest area, if the catalog has one that fits.
pub(super) fn workshop_step(c: &Context, weak: &AreaResult, today: &str) -> Option<NextStep> {
    let themes = area_themes(c.q, &weak.area);
    let index = best_workshop(
        c,
        |w| {
            w.themes.iter().any(|t| themes.contains(t))
                && w.level
                    .as_deref()
                    .is_none_or(|l| l == workshop_level(weak.level))
        },
        today,
    )?;
    let mut reasons = c.area_reasons(weak);
    reasons.extend(workshop_reasons(c, index));
    Some(workshop_next_step(c, index, reasons))
}

/// The best workshop among those that `fits`, that the person can reach, with a date
/// still to come: those at places with the person's specific supports first, then those
/// of a known level, then the nearest, then the soonest.
pub(super) fn best_workshop(
    c: &Context,
    fits: impl Fn(&Workshop) -> bool,
    today: &str,
) -> Option<usize> {
    let (catalog, person) = (c.catalog, &c.person);
    let next_date = |w: &Workshop| w.dates.iter().find(|d| d.as_str() >= today).cloned();
    let mut candidates: Vec<(usize, &Workshop)> = catalog
        .workshops
        .iter()
        .enumerate()
        .filter(|(_, w)| fits(w))
        .filter(|(_, w)| !person.cannot_travel || w.format == WorkshopFormat::ADistance)
        .filter(|(_, w)| w.dates.is_empty() || next_date(w).is_some())
        .collect();
    let place_of = |w: &Workshop| catalog.place(&w.place);
    candidates.sort_by(|(ia, a), (ib, b)| {
        let missing = |w: &Workshop| {
            place_of(w).map_or(person.supports.len(), |p| person.missing_supports(p))
        };
        missing(a)
            .cmp(&missing(b))
            .then_with(|| b.level.is_some().cmp(&a.level.is_some()))
            .then_with(|| {
                by_distance(
                    place_of(a).and_then(|p| place_distance(catalog, person, p)),
                    place_of(b).and_then(|p| place_distance(catalog, person, p)),
                )
            })
            .then_with(|| {
                let near = |w: &Workshop| place_of(w).map_or(2, |p| person.nearness(p));
                near(a).cmp(&near(b))
            })
            .then_with(|| match (next_date(a), next_date(b)) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            })
            .then_with(|| ia.cmp(ib))
    });
    candidates.first().map(|(index, _)| *index)
}

/// What the person's situation adds to any workshop's reasons: it reaches them though
/// they cannot travel, its place has the supports they asked for.
pub(super) fn workshop_reasons(c: &Context, index: usize) -> Vec<Reason> {
    let mut reasons = Vec::new();
    if c.person.cannot_travel {
        reasons.push(Reason::CannotTravel);
    }
    if let Some(place) = c.catalog.place(&c.catalog.workshops[index].place) {
        reasons.extend(c.person.support_reasons(place));
    }
    reasons
}

pub(super) fn workshop_next_step(c: &Context, index: usize, reasons: Vec<Reason>) -> NextStep {
    let place = c.catalog.place(&c.catalog.workshops[index].place);
    NextStep {
        kind: NextStepKind::Workshop(index),
        reasons,
        distance_km: place.and_then(|p| place_distance(c.catalog, &c.person, p)),
    }
}

fn workshop_level(level: AutonomyLevel) -> &'static str {
    match level {
        AutonomyLevel::FullySupported => "Débutant",
        AutonomyLevel::PartlyAutonomous => "Intermédiaire",
        AutonomyLevel::Autonomous => "Avancé",
    }
}

/// The themes that describe an area: its national service and its thématiques.
pub(super) fn area_themes(q: &Questionnaire, area: &AreaId) -> Vec<String> {
    q.area(area)
        .map(|a| {
            std::iter::once(a.service.clone())
                .chain(a.thematiques.iter().cloned())
                .collect()
        })
        .unwrap_or_default()
}
