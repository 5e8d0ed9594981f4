//! Barriers are next steps of their own, ranked before the steps for skills: an advisor
//! starts from what stands in the way, not from what the person cannot do yet.
//!
//! | barrier (the person's answers) | stands in the way of | next step |
//! |---|---|---|
//! | several questions not understood | every need | a one-to-one appointment with an advisor (else the structure, else the help line) |
//! | an urgent procedure (this week, this month) | every need | a place offering « Aide aux démarches administratives » |
//! | no device, only a phone with buttons, no internet at home | every need | a place offering « Accès internet et matériel informatique », else « Acquisition de matériel informatique à prix solidaire » |
//! | no phone of one's own for SMS codes | needs with online accounts | a place offering « Aide aux démarches administratives » |
//! | no e-mail address the person uses | needs with online accounts | an e-mail workshop for beginners, else a place offering « Maîtrise des outils numériques du quotidien » |
//! | reading or writing is hard, French is not their language | every need | a place with that specific support, else a one-to-one appointment |
//! | getting to an appointment is hard | every need | a place that comes to the communes or helps remotely |
//!
//! Each rule gives at most one step, in this order; steps to the same place or
//! workshop are merged by `recommend`.

use super::person::Person;
use super::place_step::{best_place, place_next_step};
use super::workshop_step::{area_themes, best_workshop, workshop_next_step, workshop_reasons};
use super::{Context, NextStep, NextStepKind, Reason};
use super::{SERVICE_EQUIPMENT, SERVICE_PROCEDURES, SERVICE_SOLIDARITY_EQUIPMENT};
use crate::catalog::workshop::WorkshopFormat;
use crate::questionnaire::area::AreaId;
use crate::questionnaire::ids::NeedId;
use crate::questionnaire::skill::SkillAnswer;

/// The situation question ids and options the barriers read (checked against the
/// content by a test).
pub const SMS: &str = "sms";
pub const EMAIL_ADDRESS: &str = "email-address";
pub const URGENCY: &str = "urgency";
/// The needs whose online procedures need an account (an e-mail address, SMS codes).
pub const NEEDS_WITH_ACCOUNTS: [&str; 5] = ["procedures", "job", "health", "money", "school"];
/// From this many questions not understood, the first step is an advisor, one to one.
pub const SEVERAL_NOT_UNDERSTOOD: usize = 2;
/// The national service for everyday digital skills, where an e-mail address is made.
const SERVICE_EVERYDAY: &str = "Maîtrise des outils numériques du quotidien";

/// The barrier steps, most blocking first.
pub(super) fn barrier_steps(c: &Context, today: &str) -> Vec<NextStep> {
    [
        not_understood(c, today),
        urgent(c),
        equipment(c),
        sms(c),
        email(c, today),
        support(c, "reading", Reason::Reading, today),
        support(c, "language", Reason::Language, today),
        cannot_travel(c),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn has(c: &Context, question: &str, option: &str) -> bool {
    c.answers.has_option(question, option)
}

fn needs_accounts(c: &Context) -> bool {
    NEEDS_WITH_ACCOUNTS
        .iter()
        .any(|n| c.answers.needs.contains(&NeedId::new(*n)))
}

/// A one-to-one appointment with an advisor: an individual workshop the person can
/// reach; else the structure's own contact; else the national help line.
fn one_to_one(c: &Context, reasons: Vec<Reason>, today: &str) -> NextStep {
    if let Some(index) = best_workshop(c, |w| w.format == WorkshopFormat::Individuel, today) {
        let mut reasons = reasons;
        reasons.extend(workshop_reasons(c, index));
        return workshop_next_step(c, index, reasons);
    }
    let kind = if c.catalog.territory.structure.name.is_empty() {
        NextStepKind::HelpLine
    } else {
        NextStepKind::Structure
    };
    NextStep {
        kind,
        reasons,
        distance_km: None,
    }
}

fn not_understood(c: &Context, today: &str) -> Option<NextStep> {
    let count = c
        .answers
        .skills
        .values()
        .filter(|a| **a == SkillAnswer::NotUnderstood)
        .count();
    (count >= SEVERAL_NOT_UNDERSTOOD)
        .then(|| one_to_one(c, vec![Reason::NotUnderstood(count)], today))
}

fn urgent(c: &Context) -> Option<NextStep> {
    let this_week = has(c, URGENCY, "week");
    if !this_week && !has(c, URGENCY, "month") {
        return None;
    }
    let index = best_place(c, |p| p.offers(SERVICE_PROCEDURES))?;
    Some(place_next_step(
        c,
        index,
        SERVICE_PROCEDURES.to_owned(),
        vec![Reason::Urgent { this_week }],
    ))
}

/// No device, or only a phone with buttons (nothing to go on the internet with), or no
/// internet at home.
fn equipment(c: &Context) -> Option<NextStep> {
    let a = c.answers;
    let online_device = ["smartphone", "computer", "tablet"]
        .iter()
        .any(|o| a.has_option(super::EQUIPMENT, o));
    let mut reasons = Vec::new();
    if a.has_option(super::EQUIPMENT, "none") {
        reasons.push(Reason::NoEquipment);
    } else if a.has_option(super::EQUIPMENT, "feature-phone") && !online_device {
        reasons.push(Reason::FeaturePhone);
    }
    if a.has_option(super::INTERNET_HOME, "no") {
        reasons.push(Reason::NoInternet);
    }
    if reasons.is_empty() {
        return None;
    }
    let (index, service, offer) = [
        (SERVICE_EQUIPMENT, Reason::EquipmentPlace),
        (SERVICE_SOLIDARITY_EQUIPMENT, Reason::SolidarityEquipment),
    ]
    .into_iter()
    .find_map(|(service, offer)| Some((best_place(c, |p| p.offers(service))?, service, offer)))?;
    reasons.push(offer);
    Some(place_next_step(c, index, service.to_owned(), reasons))
}

fn sms(c: &Context) -> Option<NextStep> {
    if !(has(c, SMS, "no") || has(c, SMS, "relative")) || !needs_accounts(c) {
        return None;
    }
    let index = best_place(c, |p| p.offers(SERVICE_PROCEDURES))?;
    Some(place_next_step(
        c,
        index,
        SERVICE_PROCEDURES.to_owned(),
        vec![Reason::NoSms],
    ))
}

/// No e-mail address the person uses: making or recovering one comes before any online
/// account.
fn email(c: &Context, today: &str) -> Option<NextStep> {
    let reason = [
        ("no", Reason::NoEmail),
        ("forgotten", Reason::ForgottenEmail),
        ("relative", Reason::RelativeEmail),
    ]
    .into_iter()
    .find(|(option, _)| has(c, EMAIL_ADDRESS, option))
    .map(|(_, reason)| reason)?;
    if !needs_accounts(c) {
        return None;
    }
    let themes = area_themes(c.q, &AreaId::new("email"));
    let email_workshop = best_workshop(
        c,
        |w| {
            w.themes.iter().any(|t| themes.contains(t))
                && w.level.as_deref().is_none_or(|l| l == "Débutant")
        },
        today,
    );
    if let Some(index) = email_workshop {
        let mut reasons = vec![reason];
        reasons.extend(workshop_reasons(c, index));
        return Some(workshop_next_step(c, index, reasons));
    }
    let index = best_place(c, |p| p.offers(SERVICE_EVERYDAY))?;
    Some(place_next_step(
        c,
        index,
        SERVICE_EVERYDAY.to_owned(),
        vec![reason],
    ))
}

/// Reading is hard, or French is not their language: a place with that support, said in
/// the person's own terms; else an advisor, one to one, at the person's pace.
fn support(c: &Context, option: &'static str, said: Reason, today: &str) -> Option<NextStep> {
    if !has(c, super::SUPPORT, option) {
        return None;
    }
    match best_place(c, |p| Person::has_support(p, option)) {
        Some(index) => {
            let place = &c.catalog.places[index];
            let service = place.services.first().cloned().unwrap_or_default();
            // `place_next_step` adds the support reasons.
            Some(place_next_step(c, index, service, vec![said]))
        }
        None => Some(one_to_one(c, vec![said, Reason::OneToOne], today)),
    }
}

/// Getting to an appointment is hard: help that comes to the communes or happens
/// remotely.
fn cannot_travel(c: &Context) -> Option<NextStep> {
    if !c.person.cannot_travel {
        return None;
    }
    let index = best_place(c, |p| c.person.reachable(p))?;
    let place = &c.catalog.places[index];
    let service = place.services.first().cloned().unwrap_or_default();
    // `place_next_step` adds « cette aide vient près de chez vous ».
    Some(place_next_step(c, index, service, Vec::new()))
}
