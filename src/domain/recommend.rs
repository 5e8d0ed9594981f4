//! The next steps: from the needs, the level per area and the situation, one to three
//! things to do, ranked, each with the reasons in the person's own answers.
//!
//! - A workshop for the weakest area that matters to the person's needs, at their level
//!   (a workshop of unknown level fits every level, after the exact ones).
//! - A place offering the national service that fits: "Accès internet et matériel
//!   informatique" without equipment or internet at home, "Aide aux démarches
//!   administratives" for procedures not yet mastered, otherwise the service of the
//!   weakest area.
//! - The national partner that handles the procedure named.
//!
//! Places that lack a specific support the person needs (hearing, sight, mobility,
//! language, reading) always come after those that have it; someone who cannot travel
//! gets roaming or remote help first; ties are broken by distance from the person's
//! commune, then by the next date. Never zero: the structure's own contact (or the
//! national help line) is the fallback.

use super::answers::Answers;
use super::area::AreaId;
use super::catalog::place::Place;
use super::catalog::workshop::{Workshop, WorkshopFormat};
use super::catalog::Catalog;
use super::ids::{ItemId, NeedId};
use super::questionnaire::Questionnaire;
use super::scoring::{AutonomyLevel, Profile};
use super::skill::SkillAnswer;
use std::cmp::Ordering;

/// The situation question ids the engine reads (checked against the content by a test).
pub const EQUIPMENT: &str = "equipment";
pub const INTERNET_HOME: &str = "internet-home";
pub const TRAVEL: &str = "travel";
pub const SUPPORT: &str = "support";

/// The options of the `support` question and the national "prise en charge
/// spécifique" values that answer them.
pub const SUPPORT_NEEDS: [(&str, &[&str]); 5] = [
    ("hearing", &["Surdité"]),
    ("sight", &["Déficience visuelle"]),
    ("mobility", &["Handicaps moteurs"]),
    (
        "language",
        &[
            "Langues étrangères (anglais)",
            "Langues étrangères (autres)",
        ],
    ),
    ("reading", &["Illettrisme"]),
];

pub const SERVICE_EQUIPMENT: &str = "Accès internet et matériel informatique";
pub const SERVICE_PROCEDURES: &str = "Aide aux démarches administratives";

/// What a next step points to (indices into the catalog's lists).
#[derive(Clone, Debug, PartialEq)]
pub enum StepKind {
    Workshop(usize),
    Place {
        place: usize,
        service: String,
    },
    Partner(usize),
    /// The deploying structure's own contact.
    Structure,
    /// The national help line.
    HelpLine,
}

/// Why a step is suggested, in terms of what the person said.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    Need(NeedId),
    AreaLevel {
        area: AreaId,
        level: AutonomyLevel,
    },
    NoEquipment,
    NoInternet,
    /// The place offers this specific support the person asked for.
    Support(String),
    CannotTravel,
    /// An item the person cannot do alone yet.
    Item(ItemId),
    Fallback,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NextStep {
    pub kind: StepKind,
    pub reasons: Vec<Reason>,
    /// Kilometres from the person's commune, when both are known.
    pub distance_km: Option<f64>,
}

/// What the engine knows of the person.
struct Person {
    supports: Vec<&'static str>,
    cannot_travel: bool,
    origin: Option<(f64, f64)>,
}

impl Person {
    /// How many of the person's specific supports a place lacks.
    fn missing_supports(&self, place: &Place) -> usize {
        self.supports
            .iter()
            .filter(|wanted| {
                let values = SUPPORT_NEEDS
                    .iter()
                    .find(|(o, _)| o == *wanted)
                    .map(|(_, v)| *v)
                    .unwrap_or_default();
                !values
                    .iter()
                    .any(|v| place.specific_support.iter().any(|s| s == v))
            })
            .count()
    }

    fn support_reasons(&self, place: &Place) -> Vec<Reason> {
        SUPPORT_NEEDS
            .iter()
            .filter(|(option, _)| self.supports.contains(option))
            .flat_map(|(_, values)| values.iter())
            .filter(|v| place.specific_support.iter().any(|s| s == *v))
            .map(|v| Reason::Support((*v).to_owned()))
            .collect()
    }

    /// Whether a place can serve someone who cannot travel.
    fn reachable(&self, place: &Place) -> bool {
        !self.cannot_travel
            || place.roaming.iter().any(|r| r == "Itinérant")
            || place.support_formats.iter().any(|f| f == "À distance")
    }
}

fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1, lat2, lon2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    6371.0 * 2.0 * h.sqrt().asin()
}

fn place_position(catalog: &Catalog, place: &Place) -> Option<(f64, f64)> {
    match (place.latitude, place.longitude) {
        (Some(lat), Some(lon)) => Some((lat, lon)),
        _ => catalog
            .territory
            .commune(&place.commune)
            .map(|c| (c.latitude, c.longitude)),
    }
}

fn place_distance(catalog: &Catalog, person: &Person, place: &Place) -> Option<f64> {
    Some(distance_km(person.origin?, place_position(catalog, place)?))
}

/// Unknown distances sort after known ones.
fn by_distance(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.total_cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
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
fn area_themes(q: &Questionnaire, area: &AreaId) -> Vec<String> {
    q.area(area)
        .map(|a| {
            std::iter::once(a.service.clone())
                .chain(a.thematiques.iter().cloned())
                .collect()
        })
        .unwrap_or_default()
}

/// One to three next steps, best first. `today` is "YYYY-MM-DDTHH:MM" (local), to skip
/// past dates and break ties by the next one.
pub fn recommend(
    q: &Questionnaire,
    answers: &Answers,
    catalog: &Catalog,
    today: &str,
) -> Vec<NextStep> {
    let profile = Profile::of(q, answers);
    let supports: Vec<&'static str> = SUPPORT_NEEDS
        .iter()
        .map(|(option, _)| *option)
        .filter(|option| answers.has_option(SUPPORT, option))
        .collect();
    let person = Person {
        supports,
        cannot_travel: answers.has_option(TRAVEL, "no"),
        origin: answers
            .commune
            .as_deref()
            .and_then(|c| catalog.territory.commune(c))
            .map(|c| (c.latitude, c.longitude)),
    };
    let chosen_areas: Vec<&AreaId> = q
        .needs()
        .iter()
        .filter(|n| answers.needs.contains(&n.id))
        .flat_map(|n| n.areas.iter())
        .collect();
    let need_of_area = |area: &AreaId| {
        q.needs()
            .iter()
            .find(|n| answers.needs.contains(&n.id) && n.areas.contains(area))
            .map(|n| n.id.clone())
    };
    // "Vous avez choisi …" and "Pour « … », vous débutez".
    let area_reasons = |result: &super::scoring::AreaResult| -> Vec<Reason> {
        let mut reasons: Vec<Reason> = need_of_area(&result.area)
            .map(Reason::Need)
            .into_iter()
            .collect();
        reasons.push(Reason::AreaLevel {
            area: result.area.clone(),
            level: result.level,
        });
        reasons
    };
    // The weakest area among those the needs lead to; on a tie, the one the needs name
    // first (a job seeker's "work" before their "email").
    let rank = |area: &AreaId| chosen_areas.iter().position(|a| *a == area);
    let weakest = profile
        .areas
        .iter()
        .filter(|r| rank(&r.area).is_some())
        .min_by_key(|r| (r.level, rank(&r.area)))
        .or_else(|| profile.areas.iter().min_by_key(|r| r.level));

    let mut steps: Vec<NextStep> = Vec::new();
    let no_equipment = answers.has_option(EQUIPMENT, "none");
    let no_internet = answers.has_option(INTERNET_HOME, "no");

    // 1. A workshop for the weakest area, at the person's level.
    if let Some(weak) = weakest {
        let themes = area_themes(q, &weak.area);
        let level = workshop_level(weak.level);
        let next_date = |w: &Workshop| w.dates.iter().find(|d| d.as_str() >= today).cloned();
        let mut candidates: Vec<(usize, &Workshop)> = catalog
            .workshops
            .iter()
            .enumerate()
            .filter(|(_, w)| w.themes.iter().any(|t| themes.contains(t)))
            .filter(|(_, w)| w.level.as_deref().is_none_or(|l| l == level))
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
                        place_of(a).and_then(|p| place_distance(catalog, &person, p)),
                        place_of(b).and_then(|p| place_distance(catalog, &person, p)),
                    )
                })
                .then_with(|| match (next_date(a), next_date(b)) {
                    (Some(x), Some(y)) => x.cmp(&y),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => Ordering::Equal,
                })
                .then_with(|| ia.cmp(ib))
        });
        if let Some((index, workshop)) = candidates.first() {
            let mut reasons = area_reasons(weak);
            if person.cannot_travel {
                reasons.push(Reason::CannotTravel);
            }
            if let Some(place) = place_of(workshop) {
                reasons.extend(person.support_reasons(place));
            }
            steps.push(NextStep {
                kind: StepKind::Workshop(*index),
                reasons,
                distance_km: place_of(workshop).and_then(|p| place_distance(catalog, &person, p)),
            });
        }
    }

    // 2. A place with the national service that fits.
    let procedures = NeedId::new("procedures");
    let procedures_level = profile.level_of(&AreaId::new("procedures"));
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
            wishes.push((area.service.clone(), area_reasons(weak)));
        }
    }
    let workshop_place = steps.iter().find_map(|s| match s.kind {
        StepKind::Workshop(i) => Some(catalog.workshops[i].place.clone()),
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
                        place_distance(catalog, &person, a),
                        place_distance(catalog, &person, b),
                    )
                })
                .then_with(|| ia.cmp(ib))
        });
        if let Some((index, place)) = candidates.first() {
            if workshop_place.as_deref() == Some(place.id.as_str()) {
                // The workshop already leads there; try the next kind of help.
                continue;
            }
            if person.cannot_travel && person.reachable(place) {
                reasons.push(Reason::CannotTravel);
            }
            reasons.extend(person.support_reasons(place));
            steps.push(NextStep {
                kind: StepKind::Place {
                    place: *index,
                    service,
                },
                reasons,
                distance_km: place_distance(catalog, &person, place),
            });
            break;
        }
    }

    // 3. The partner that handles the procedure named.
    if let Some(step) = partner_step(q, answers, catalog) {
        steps.push(step);
    }

    steps.truncate(3);
    if steps.is_empty() {
        let kind = if catalog.territory.structure.name.is_empty() {
            StepKind::HelpLine
        } else {
            StepKind::Structure
        };
        steps.push(NextStep {
            kind,
            reasons: vec![Reason::Fallback],
            distance_km: None,
        });
    }
    steps
}

/// The partner for the first item of a chosen need's areas that the person cannot do
/// alone yet, matched by thématique; otherwise the first partner of a chosen need.
fn partner_step(q: &Questionnaire, answers: &Answers, catalog: &Catalog) -> Option<NextStep> {
    let chosen = |need: &str| answers.needs.contains(&NeedId::new(need));
    let fits_need = |needs: &[String]| needs.iter().any(|n| chosen(n));
    for item in super::plan::planned_items(q, answers) {
        let struggling = answers
            .skill(&item.id)
            .is_some_and(|a| a != SkillAnswer::Alone);
        if !struggling {
            continue;
        }
        if let Some(index) = catalog
            .partners
            .iter()
            .position(|p| fits_need(&p.needs) && p.thematiques.contains(&item.thematique))
        {
            let need = q
                .needs()
                .iter()
                .find(|n| chosen(n.id.as_str()) && n.areas.contains(&item.area));
            let mut reasons: Vec<Reason> = need
                .map(|n| Reason::Need(n.id.clone()))
                .into_iter()
                .collect();
            reasons.push(Reason::Item(item.id.clone()));
            return Some(NextStep {
                kind: StepKind::Partner(index),
                reasons,
                distance_km: None,
            });
        }
    }
    q.needs()
        .iter()
        .filter(|n| answers.needs.contains(&n.id))
        .find_map(|need| {
            let index = catalog
                .partners
                .iter()
                .position(|p| p.needs.iter().any(|n| n == need.id.as_str()))?;
            Some(NextStep {
                kind: StepKind::Partner(index),
                reasons: vec![Reason::Need(need.id.clone())],
                distance_km: None,
            })
        })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "recommend_tests.rs"]
mod tests;
