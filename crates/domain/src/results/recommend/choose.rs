//! The rule that turns the candidate steps into the person's next steps (stated in
//! `ARCHITECTURE.md`, "The triage"):
//!
//! 1. Steps come in the order of their doors: a démarche done with someone, then the
//!    organisme's partner, then what stands in the way, then learning; within a door,
//!    as the door proposed them.
//! 2. Two steps to the same door (the same workshop, place or partner; a workshop and
//!    the place that holds it) become one, where the first was, with both reasons; a
//!    workshop says more than its place, so it stands for both.
//! 3. At most [`MAX_STEPS`], plus the organisme's partner, which is never cut; never
//!    zero: the structure's own contact, else the national help line (else, for
//!    someone who hears badly, a place to go).
//!
//! On each card, at most [`MAX_REASONS`] reasons, its own before those of the steps
//! merged into it; the person's answers first, then what the catalog says.

use super::judged::Judged;
use super::person::Person;
use super::{Door, NextStep, NextStepKind, Reason, MAX_STEPS};

/// At most this many reasons on a card: enough to say why, short enough to read.
pub const MAX_REASONS: usize = 5;
use crate::catalog::workshop::WorkshopFormat;

pub(super) fn choose(
    person: &Person,
    judged: &Judged,
    candidates: impl Iterator<Item = NextStep>,
) -> Vec<NextStep> {
    let mut steps: Vec<NextStep> = Vec::new();
    let mut ordered: Vec<NextStep> = candidates.collect();
    ordered.sort_by_key(|s| s.door);
    for step in ordered {
        match steps
            .iter_mut()
            .find(|s| same_target(judged, &s.kind, &step.kind))
        {
            Some(existing) => {
                if matches!(existing.kind, NextStepKind::Place { .. })
                    && matches!(step.kind, NextStepKind::Workshop(_))
                {
                    existing.kind = step.kind;
                    existing.distance_km = existing.distance_km.or(step.distance_km);
                }
                // Steps come in the order of their doors: a learning step merged into an
                // earlier door's (accompanied, a barrier) is not « plus tard » there.
                for reason in step.reasons {
                    let later_now = reason == Reason::Later && existing.door < Door::Learn;
                    if !existing.reasons.contains(&reason) && !later_now {
                        existing.reasons.push(reason);
                    }
                }
            }
            None => steps.push(step),
        }
    }
    // On each card, its own reasons before those of the steps merged into it, at most
    // MAX_REASONS; what the person said first, then what the catalog says.
    for step in &mut steps {
        step.reasons.truncate(MAX_REASONS);
        step.reasons.sort_by_key(Reason::said_by);
    }
    let mut kept = 0;
    steps.retain(|s| {
        if s.door == Door::Organisme {
            return true;
        }
        kept += 1;
        kept <= MAX_STEPS
    });
    if steps.is_empty() {
        steps.push(fallback(person, judged));
    }
    steps
}

fn fallback(person: &Person, judged: &Judged) -> NextStep {
    let nearest = judged.best_place(|_| true);
    let kind = match nearest {
        _ if !judged.catalog.territory.structure.name.is_empty() => NextStepKind::Structure,
        Some(place) if person.has_support("hearing") => NextStepKind::Place {
            place,
            service: String::new(),
        },
        _ => NextStepKind::HelpLine,
    };
    NextStep {
        kind,
        reasons: vec![Reason::Fallback],
        distance_km: None,
        door: Door::Fallback,
    }
}

/// Whether two steps lead to the same door: the same workshop, place or contact, or a
/// workshop and the place that holds it (a place is the same whatever service brought
/// the person there). Help given remotely is not a door to its place: nobody goes there.
fn same_target(judged: &Judged, a: &NextStepKind, b: &NextStepKind) -> bool {
    let place_of = |kind: &NextStepKind| match kind {
        NextStepKind::Place { place, .. } => Some(*place),
        NextStepKind::Workshop(i)
            if judged.catalog.workshops[*i].format != WorkshopFormat::ADistance =>
        {
            judged.workshop_place(*i)
        }
        _ => None,
    };
    match (a, b) {
        (NextStepKind::Workshop(_), NextStepKind::Workshop(_)) => a == b,
        _ => match (place_of(a), place_of(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a == b,
        },
    }
}
