//! The learning door: an advisor one to one first for a beginner or someone nobody
//! helps; a workshop for the weakest area that matters to the person's needs, at their
//! level; a place offering the national service that fits (« Aide aux démarches
//! administratives » for démarches not yet mastered). Someone close who helps can come
//! along; someone who wants the démarche done with them now can learn « plus tard ».

use super::doors::{one_to_one, place_step, workshop_step};
use super::judged::Judged;
use super::person::{Helper, Person, Wants};
use super::{Door, NextStep, Reason, SERVICE_PROCEDURES};
use crate::catalog::workshop::WorkshopFormat;
use crate::results::scoring::AutonomyLevel;

pub(super) fn learning(p: &Person, j: &Judged) -> Vec<NextStep> {
    let mut steps = Vec::new();
    let door = Door::Learn;
    if p.one_to_one_first() {
        let mut reasons = Vec::new();
        if p.helper == Helper::Nobody {
            reasons.push(Reason::NoHelper);
        }
        reasons.push(Reason::OneToOne);
        reasons.extend(p.weakest_reasons.iter().cloned());
        steps.extend(one_to_one(p, j, door, reasons));
    }
    if let Some(weak) = &p.weakest {
        let level = workshop_level(weak.level);
        let fits = |w: &crate::catalog::workshop::Workshop| {
            w.themes.iter().any(|t| p.weakest_themes.contains(t))
                && w.level.as_deref().is_none_or(|l| l == level)
        };
        // After the one-to-one above, the next step is a group, where there is one.
        let workshop = if p.one_to_one_first() {
            j.best_workshop(|w| fits(w) && w.format == WorkshopFormat::Collectif)
                .or_else(|| j.best_workshop(|w| fits(w) && w.format != WorkshopFormat::Individuel))
        } else {
            j.best_workshop(fits)
        };
        if let Some(i) = workshop {
            let mut reasons = p.weakest_reasons.clone();
            if p.helper == Helper::Someone {
                reasons.push(Reason::LearnTogether);
            }
            steps.push(workshop_step(j, door, i, reasons));
        }
    }
    if let Some((service, reasons)) = place_wish(p) {
        if let Some(i) = j.best_place(|pl| pl.offers(&service)) {
            steps.push(place_step(j, door, i, &service, reasons));
        }
    }
    if p.wants == Wants::DoneWithMe {
        for step in &mut steps {
            step.reasons.push(Reason::Later);
        }
    }
    steps
}

/// The national service to look for: démarches not yet mastered, otherwise the
/// service of the weakest area.
fn place_wish(p: &Person) -> Option<(String, Vec<Reason>)> {
    if let Some(reasons) = &p.procedures_to_learn {
        return Some((SERVICE_PROCEDURES.to_owned(), reasons.clone()));
    }
    Some((p.weakest_service.clone()?, p.weakest_reasons.clone()))
}

fn workshop_level(level: AutonomyLevel) -> &'static str {
    match level {
        AutonomyLevel::FullySupported => "Débutant",
        AutonomyLevel::PartlyAutonomous => "Intermédiaire",
        AutonomyLevel::Autonomous => "Avancé",
    }
}
