//! The doors an advisor opens for a démarche and for what stands in the way, each a
//! step with its reasons (learning is `learn.rs`):
//!
//! | door | when (the person's answers) | step |
//! |---|---|---|
//! | accompanied | a démarche wanted done with someone, or urgent | a place offering « Aide aux démarches administratives »; for a démarche that comes back, wanted done with them, also a place of the Aidants Connect programme |
//! | organisme | a démarche of a named organisme (CAF, France Travail…) | its partner: the local desk where the catalog has one, else the national one; never cut |
//! | barrier | questions not understood, another language, reading, no device of one's own, no internet, a CV without a computer, cannot travel, no SMS, no e-mail | an advisor one to one; a place with that support; a place that lends a computer and one that sells one at a solidarity price; a place that comes to them; … |

use super::judged::Judged;
use super::person::{Person, NO_ORGANISME};
use super::{Door, NextStep, NextStepKind, Reason};
use super::{
    SERVICE_EQUIPMENT, SERVICE_EVERYDAY, SERVICE_PROCEDURES, SERVICE_SOLIDARITY_EQUIPMENT,
};
use crate::catalog::workshop::WorkshopFormat;

/// The national programme whose aidants may do a démarche for the person, under a mandate.
pub const AIDANTS_CONNECT: &str = "Aidants Connect";
/// The national programme of places where agents do démarches with the person.
pub const FRANCE_SERVICES: &str = "France Services";
/// The `procedure` options that are not administrative: done with a conseiller
/// numérique, one to one, rather than at a France Services desk.
pub const NOT_ADMINISTRATIVE: [&str; 1] = ["bank"];

/// The step to place `index` for `service`, with what the place adds to `reasons`.
pub(super) fn place_step(
    j: &Judged,
    door: Door,
    index: usize,
    service: &str,
    mut reasons: Vec<Reason>,
) -> NextStep {
    for reason in &j.places[index].reasons {
        if !reasons.contains(reason) {
            reasons.push(reason.clone());
        }
    }
    NextStep {
        kind: NextStepKind::Place {
            place: index,
            service: service.to_owned(),
        },
        reasons,
        distance_km: j.places[index].distance_km,
        door,
    }
}

pub(super) fn workshop_step(
    j: &Judged,
    door: Door,
    index: usize,
    mut reasons: Vec<Reason>,
) -> NextStep {
    for reason in j.workshop_reasons(index) {
        if !reasons.contains(&reason) {
            reasons.push(reason);
        }
    }
    NextStep {
        kind: NextStepKind::Workshop(index),
        reasons,
        distance_km: j.workshop_distance(index),
        door,
    }
}

/// An advisor, one to one: an individual (or remote) workshop the person can reach; else the
/// structure's own contact; else a place for everyday skills; else, unless the person
/// hears badly (a phone line would be their only way in), the national help line.
pub(super) fn one_to_one(
    p: &Person,
    j: &Judged,
    door: Door,
    reasons: Vec<Reason>,
) -> Option<NextStep> {
    let alone = |w: &crate::catalog::workshop::Workshop| {
        matches!(
            w.format,
            WorkshopFormat::Individuel | WorkshopFormat::ADistance
        )
    };
    if let Some(index) = j.best_workshop(alone) {
        return Some(workshop_step(j, door, index, reasons));
    }
    let structure = &j.catalog.territory.structure;
    if !structure.name.is_empty() {
        return Some(NextStep {
            kind: NextStepKind::Structure,
            reasons,
            distance_km: None,
            door,
        });
    }
    if let Some(index) = j.best_place(|pl| pl.offers(SERVICE_EVERYDAY)) {
        return Some(place_step(j, door, index, SERVICE_EVERYDAY, reasons));
    }
    (!p.has_support("hearing")).then_some(NextStep {
        kind: NextStepKind::HelpLine,
        reasons,
        distance_km: None,
        door,
    })
}

/// A démarche done with someone: France Services (or any place for démarches), and the
/// Aidants Connect programme when it comes back and the person wants it done with them.
pub(super) fn accompanied(p: &Person, j: &Judged) -> Vec<NextStep> {
    let urgent = p.urgent.is_some();
    if !(urgent || p.wants_someone()) {
        return Vec::new();
    }
    let mut reasons = p.said_demarche();
    if let Some(this_week) = p.urgent {
        reasons.push(Reason::Urgent { this_week });
    }
    match p.wants {
        super::person::Wants::DoneWithMe => reasons.push(Reason::WantsItDone),
        super::person::Wants::WithSomeone => reasons.push(Reason::WantsSomeoneBeside),
        _ => {}
    }
    let not_administrative = p
        .demarche
        .as_ref()
        .is_some_and(|d| NOT_ADMINISTRATIVE.contains(&d.as_str()));
    if not_administrative {
        reasons.push(Reason::OneToOne);
        return one_to_one(p, j, Door::Accompanied, reasons)
            .into_iter()
            .collect();
    }
    let desk = j
        .best_place_reaching(|pl| pl.offers(SERVICE_PROCEDURES) && pl.is_in(FRANCE_SERVICES))
        .or_else(|| j.best_place(|pl| pl.offers(SERVICE_PROCEDURES)));
    let mut steps: Vec<NextStep> = desk
        .map(|i| place_step(j, Door::Accompanied, i, SERVICE_PROCEDURES, reasons))
        .into_iter()
        .collect();
    let recurring = organisme_partner(p, j).is_some_and(|i| j.catalog.partners[i].recurring);
    if p.wants == super::person::Wants::DoneWithMe && recurring {
        if let Some(i) = j.best_place(|pl| pl.is_in(AIDANTS_CONNECT)) {
            let service = if j.catalog.places[i].offers(SERVICE_PROCEDURES) {
                SERVICE_PROCEDURES
            } else {
                ""
            };
            steps.push(place_step(
                j,
                Door::Accompanied,
                i,
                service,
                vec![Reason::AidantsConnect],
            ));
        }
    }
    steps
}

/// The partner of the organisme the démarche is with: its desk on the territory (tied
/// to a place, or with an address, where one can go) before one that helps only
/// remotely, and that before the national one (the fallback where the territory has
/// none).
pub(super) fn organisme_partner(p: &Person, j: &Judged) -> Option<usize> {
    let demarche = p.demarche.as_ref()?;
    if NO_ORGANISME.contains(&demarche.as_str()) {
        return None;
    }
    let partners = &j.catalog.partners;
    let rank = |i: &usize| {
        let partner = &partners[*i];
        match (partner.is_local(), partner.desk.only_remote()) {
            (true, false) => 0,
            (true, true) => 1,
            (false, _) => 2,
        }
    };
    (0..partners.len())
        .filter(|i| partners[*i].organisme == demarche.as_str())
        .min_by_key(rank)
}

/// The organisme's partner, a step of its own; without a named démarche, the partner
/// of the first item of a chosen need the person cannot do alone yet.
pub(super) fn organisme(p: &Person, j: &Judged) -> Option<NextStep> {
    if let Some(index) = organisme_partner(p, j) {
        let mut reasons = p.said_demarche();
        if p.has_support("hearing") && j.catalog.partners[index].website.is_some() {
            reasons.push(Reason::WriteInstead);
        }
        return Some(NextStep {
            kind: NextStepKind::Partner(index),
            reasons,
            distance_km: None,
            door: Door::Organisme,
        });
    }
    if p.demarche.is_some() {
        return None;
    }
    let partners = &j.catalog.partners;
    p.struggling.iter().find_map(|(need, item, thematique)| {
        let index = partners.iter().position(|partner| {
            partner.needs.iter().any(|n| n == need.as_str())
                && partner.thematiques.contains(thematique)
        })?;
        Some(NextStep {
            kind: NextStepKind::Partner(index),
            reasons: vec![Reason::Need(need.clone()), Reason::Item(item.clone())],
            distance_km: None,
            door: Door::Learn,
        })
    })
}

/// What stands in the way, most blocking first.
pub(super) fn barriers(p: &Person, j: &Judged) -> Vec<NextStep> {
    let mut steps = Vec::new();
    let door = Door::Barrier;
    if p.not_understood >= super::person::SEVERAL_NOT_UNDERSTOOD {
        steps.extend(one_to_one(
            p,
            j,
            door,
            vec![Reason::NotUnderstood(p.not_understood)],
        ));
    }
    if let Some(language) = &p.language {
        let said = Reason::Language(language.clone());
        steps.extend(match j.best_place(|pl| j.has_support(pl, "language")) {
            Some(i) => Some(place_step(j, door, i, first_service(j, i), vec![said])),
            None => one_to_one(p, j, door, vec![said, Reason::OneToOne]),
        });
    }
    if p.has_support("reading") {
        steps.extend(match j.best_place(|pl| j.has_support(pl, "reading")) {
            Some(i) => Some(place_step(
                j,
                door,
                i,
                first_service(j, i),
                vec![Reason::Reading],
            )),
            None => one_to_one(p, j, door, vec![Reason::Reading, Reason::OneToOne]),
        });
    }
    steps.extend(equipment(p, j));
    if p.cannot_travel {
        let service = p.weakest_service.as_deref().unwrap_or(SERVICE_EVERYDAY);
        let comes = |pl: &crate::catalog::place::Place| pl.travels() || pl.helps_remotely();
        if let Some(i) = j
            .best_place(|pl| comes(pl) && pl.offers(service))
            .or_else(|| j.best_place(comes))
        {
            let service = if j.catalog.places[i].offers(service) {
                service
            } else {
                first_service(j, i)
            };
            steps.push(place_step(j, door, i, service, vec![Reason::CannotTravel]));
        }
    }
    if p.no_sms && p.needs_accounts {
        if let Some(i) = j.best_place(|pl| pl.offers(SERVICE_PROCEDURES)) {
            steps.push(place_step(
                j,
                door,
                i,
                SERVICE_PROCEDURES,
                vec![Reason::NoSms],
            ));
        }
    }
    if let (Some(said), true) = (&p.email, p.needs_accounts) {
        let workshop = j.best_workshop(|w| {
            w.themes.iter().any(|t| p.email_themes.contains(t))
                && w.level.as_deref().is_none_or(|l| l == "Débutant")
        });
        steps.extend(match workshop {
            Some(i) => Some(workshop_step(j, door, i, vec![said.clone()])),
            None => j
                .best_place(|pl| pl.offers(SERVICE_EVERYDAY))
                .map(|i| place_step(j, door, i, SERVICE_EVERYDAY, vec![said.clone()])),
        });
    }
    steps
}

/// No device of one's own, no internet, or a CV without a computer: a place that lends
/// a computer, and a place to get a device of one's own.
fn equipment(p: &Person, j: &Judged) -> Vec<NextStep> {
    let mut said = Vec::new();
    if p.no_device {
        said.push(Reason::NoEquipment);
    } else if p.feature_phone_only {
        said.push(Reason::FeaturePhone);
    } else if p.borrowed_only {
        said.push(Reason::BorrowedDevice);
    }
    let own_device = !said.is_empty();
    if p.no_internet {
        said.push(Reason::NoInternet);
    }
    if p.needs_computer {
        said.push(Reason::NeedsComputer);
    }
    let mut steps = Vec::new();
    if said.is_empty() {
        return steps;
    }
    let weakest = p.weakest_service.as_deref().unwrap_or(SERVICE_EQUIPMENT);
    let lends = j
        .best_place(|pl| pl.offers(SERVICE_EQUIPMENT) && pl.offers(weakest))
        .or_else(|| j.best_place(|pl| pl.offers(SERVICE_EQUIPMENT)));
    if let Some(i) = lends {
        let mut reasons = said.clone();
        reasons.push(Reason::EquipmentPlace);
        steps.push(place_step(j, Door::Barrier, i, SERVICE_EQUIPMENT, reasons));
    }
    if own_device {
        if let Some(i) = j.best_place(|pl| pl.offers(SERVICE_SOLIDARITY_EQUIPMENT)) {
            let reasons = vec![said[0].clone(), Reason::SolidarityEquipment];
            steps.push(place_step(
                j,
                Door::Barrier,
                i,
                SERVICE_SOLIDARITY_EQUIPMENT,
                reasons,
            ));
        }
    }
    steps
}

fn first_service(j: &Judged, index: usize) -> &'static str {
    let place = &j.catalog.places[index];
    crate::catalog::vocabulary::SERVICES
        .iter()
        .copied()
        .find(|s| place.offers(s))
        .unwrap_or("")
}
