//! The place step for skills: a place offering "Aide aux démarches administratives" for
//! procedures not yet mastered, otherwise the national service of the weakest area.
//! Places with the person's specific supports come first, then those that reach someone
//! who cannot travel, then the nearest. (Places for a barrier, such as free access to a
//! computer, are the barrier steps' own.)

use super::person::{by_distance, place_distance};
use super::{Context, NextStep, NextStepKind, Reason, SERVICE_PROCEDURES};
use crate::catalog::place::Place;
use crate::questionnaire::area::AreaId;
use crate::questionnaire::ids::NeedId;
use crate::results::scoring::{AreaResult, AutonomyLevel};

/// The place step, unless the `workshop` step already leads there.
pub(super) fn place_step(
    c: &Context,
    weakest: Option<&AreaResult>,
    workshop: Option<&NextStep>,
) -> Option<NextStep> {
    let (q, answers, catalog) = (c.q, c.answers, c.catalog);
    let procedures = NeedId::new("procedures");
    let procedures_level = c.profile.level_of(&AreaId::new("procedures"));
    let mut wishes: Vec<(String, Vec<Reason>)> = Vec::new();
    if answers.needs.contains(&procedures)
        && procedures_level.is_none_or(|l| l < AutonomyLevel::Autonomous)
    {
        let mut reasons = vec![Reason::Need(procedures.clone())];
        if let Some(level) = procedures_level {
            reasons.push(Reason::AreaLevel {
                area: AreaId::new("procedures"),
                level,
            });
        }
        wishes.push((SERVICE_PROCEDURES.to_owned(), reasons));
    }
    if let Some(weak) = weakest {
        if let Some(area) = q.area(&weak.area) {
            wishes.push((area.service.clone(), c.area_reasons(weak)));
        }
    }
    let workshop_place = workshop.and_then(|s| match s.kind {
        NextStepKind::Workshop(i) => Some(catalog.workshops[i].place.as_str()),
        _ => None,
    });
    for (service, reasons) in wishes {
        if let Some(index) = best_place(c, |p| p.offers(&service)) {
            if workshop_place == Some(catalog.places[index].id.as_str()) {
                // The workshop already leads there; try the next kind of help.
                continue;
            }
            return Some(place_next_step(c, index, service, reasons));
        }
    }
    None
}

/// The best place among those that `fits`: with the person's specific supports first,
/// then one that reaches someone who cannot travel, then the nearest.
pub(super) fn best_place(c: &Context, fits: impl Fn(&Place) -> bool) -> Option<usize> {
    let (catalog, person) = (c.catalog, &c.person);
    let mut candidates: Vec<(usize, &Place)> = catalog
        .places
        .iter()
        .enumerate()
        .filter(|(_, p)| fits(p))
        .collect();
    candidates.sort_by(|(ia, a), (ib, b)| {
        person
            .missing_supports(a)
            .cmp(&person.missing_supports(b))
            .then_with(|| person.reachable(b).cmp(&person.reachable(a)))
            .then_with(|| {
                by_distance(
                    place_distance(catalog, person, a),
                    place_distance(catalog, person, b),
                )
            })
            .then_with(|| person.nearness(a).cmp(&person.nearness(b)))
            .then_with(|| ia.cmp(ib))
    });
    candidates.first().map(|(index, _)| *index)
}

/// The step to place `index` for `service`, with what the person's situation adds to
/// `reasons`: it reaches them though they cannot travel, it has the supports they asked.
pub(super) fn place_next_step(
    c: &Context,
    index: usize,
    service: String,
    mut reasons: Vec<Reason>,
) -> NextStep {
    let place = &c.catalog.places[index];
    if c.person.cannot_travel && c.person.reachable(place) {
        reasons.push(Reason::CannotTravel);
    }
    reasons.extend(c.person.support_reasons(place));
    NextStep {
        kind: NextStepKind::Place {
            place: index,
            service,
        },
        reasons,
        distance_km: place_distance(c.catalog, &c.person, place),
    }
}
