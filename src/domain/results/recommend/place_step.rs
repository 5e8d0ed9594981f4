//! The second kind of next step: a place offering the national service that fits:
//! "Accès internet et matériel informatique" without equipment or internet at home,
//! "Aide aux démarches administratives" for procedures not yet mastered, otherwise the
//! service of the weakest area. Places with the person's specific supports come first,
//! then those that reach someone who cannot travel, then the nearest.

use super::person::{by_distance, place_distance};
use super::{Context, NextStep, NextStepKind, Reason};
use super::{EQUIPMENT, INTERNET_HOME, SERVICE_EQUIPMENT, SERVICE_PROCEDURES};
use crate::domain::catalog::place::Place;
use crate::domain::questionnaire::area::AreaId;
use crate::domain::questionnaire::ids::NeedId;
use crate::domain::results::scoring::{AreaResult, AutonomyLevel};

/// The place step, unless the `workshop` step already leads there.
pub(super) fn place_step(
    c: &Context,
    weakest: Option<&AreaResult>,
    workshop: Option<&NextStep>,
) -> Option<NextStep> {
    let (q, answers, catalog, person) = (c.q, c.answers, c.catalog, &c.person);
    let no_equipment = answers.has_option(EQUIPMENT, "none");
    let no_internet = answers.has_option(INTERNET_HOME, "no");
    let procedures = NeedId::new("procedures");
    let procedures_level = c.profile.level_of(&AreaId::new("procedures"));
    let mut wishes: Vec<(String, Vec<Reason>)> = Vec::new();
    if no_equipment || no_internet {
        let mut reasons = Vec::new();
        if no_equipment {
            reasons.push(Reason::NoEquipment);
        }
        if no_internet {
            reasons.push(Reason::NoInternet);
        }
        wishes.push((SERVICE_EQUIPMENT.to_owned(), reasons));
    }
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
        if no_equipment {
            reasons.push(Reason::NoEquipment);
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
    for (service, mut reasons) in wishes {
        let mut candidates: Vec<(usize, &Place)> = catalog
            .places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.offers(&service))
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
                .then_with(|| ia.cmp(ib))
        });
        if let Some((index, place)) = candidates.first() {
            if workshop_place == Some(place.id.as_str()) {
                // The workshop already leads there; try the next kind of help.
                continue;
            }
            if person.cannot_travel && person.reachable(place) {
                reasons.push(Reason::CannotTravel);
            }
            reasons.extend(person.support_reasons(place));
            return Some(NextStep {
                kind: NextStepKind::Place {
                    place: *index,
                    service,
                },
                reasons,
                distance_km: place_distance(catalog, person, place),
            });
        }
    }
    None
}
