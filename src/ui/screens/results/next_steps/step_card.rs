//! One next step as a card: what kind of step, its name, what, where, when, how to
//! contact, and why ("Pourquoi cette étape ?"). One body per kind of step.

use super::contact_lines::{contact_lines, link_line};
use super::reasons::reason_text;
use crate::platform::clock::{local, now_ms};
use crate::ui::state::i18n::I18n;
use domain::catalog::opening_hours::OpeningHours;
use domain::catalog::partner::desk::Desk;
use domain::catalog::place::Place;
use domain::catalog::vocabulary::service_words_key;
use domain::catalog::workshop::{Workshop, WorkshopFormat};
use domain::catalog::Catalog;
use domain::messages::time_words::{date_time_text, describe_hours, status_text};
use domain::questionnaire::Questionnaire;
use domain::results::recommend::{NextStep, NextStepKind};
use leptos::prelude::*;

/// The card of `step`; `kiosk` shows contacts as plain text; `with_reasons` adds
/// « Pourquoi ? » and the reasons.
pub fn step_card(
    i18n: I18n,
    kiosk: bool,
    q: &Questionnaire,
    catalog: &Catalog,
    step: &NextStep,
    with_reasons: bool,
) -> AnyView {
    let (kind_key, title, body) = match &step.kind {
        NextStepKind::Workshop(i) => {
            let w = &catalog.workshops[*i];
            let body = workshop_body(i18n, kiosk, catalog, w, step.distance_km);
            ("next.kind.workshop", w.title.clone(), body)
        }
        NextStepKind::Place { place, service } => {
            let p = &catalog.places[*place];
            let plain = (!service.is_empty()).then(|| i18n.t(&service_words_key(service)));
            let body = view! {
                {plain.map(|words| view! { <p class="next-step-service">{words}</p> })}
                {(!p.summary.is_empty()).then(|| view! { <p class="next-step-summary from-catalog" lang="fr" dir="auto">{p.summary.clone()}</p> })}
                {place_details(i18n, kiosk, p, step.distance_km, false)}
            };
            ("next.kind.place", p.name.clone(), body.into_any())
        }
        NextStepKind::Partner(i) => {
            let p = &catalog.partners[*i];
            let place = p.place.as_deref().and_then(|id| catalog.place(id));
            let body = view! {
                {(!p.procedures.is_empty()).then(|| view! { <p>{i18n.format("next.partner.handles", &[("procedures", &p.procedures.join(", "))])}</p> })}
                {desk_details(i18n, &p.desk)}
                {contact_lines(i18n, kiosk, p.phone.clone(), p.desk.email.clone(), p.website.clone())}
                {p.desk.booking.clone().map(|l| link_line(i18n, kiosk, "next.booking", &l))}
                {place.map(|pl| view! { <p>{i18n.format("next.partner.receives_at", &[("place", &pl.name)])}</p> })}
            };
            ("next.kind.partner", p.name.clone(), body.into_any())
        }
        NextStepKind::Structure => {
            let s = &catalog.territory.structure;
            let place = s.place.as_deref().and_then(|id| catalog.place(id));
            let body = view! {
                {contact_lines(i18n, kiosk, s.phone.clone(), s.email.clone(), s.website.clone())}
                {place.map(|p| place_details(i18n, kiosk, p, None, false))}
            };
            ("next.kind.structure", s.name.clone(), body.into_any())
        }
        NextStepKind::HelpLine => {
            let h = &catalog.territory.help_line;
            let body = contact_lines(
                i18n,
                kiosk,
                h.phone.clone(),
                h.email.clone(),
                h.website.clone(),
            );
            ("next.kind.help_line", h.name.clone(), body.into_any())
        }
    };
    view! {
        <li class="next-step">
            <p class="next-step-kind">{i18n.t(kind_key)}</p>
            <h3 class="next-step-title from-catalog" lang="fr" dir="auto">{title}</h3>
            {body}
            {with_reasons.then(|| view! {
                <div class="next-step-why">
                    <p class="next-step-why-title">{i18n.t("next.why")}</p>
                    <ul>{step.reasons.iter().map(|r| view! { <li>{reason_text(i18n, q, r)}</li> }).collect_view()}</ul>
                </div>
            })}
        </li>
    }
    .into_any()
}

/// A workshop: what, format and level, when, how to register, where.
fn workshop_body(
    i18n: I18n,
    kiosk: bool,
    catalog: &Catalog,
    w: &Workshop,
    distance_km: Option<f64>,
) -> AnyView {
    let place = catalog.place(&w.place);
    let format_key = match w.format {
        WorkshopFormat::Collectif => "next.format.collectif",
        WorkshopFormat::Individuel => "next.format.individuel",
        WorkshopFormat::ADistance => "next.format.a_distance",
    };
    let level = match &w.level {
        Some(level) => i18n.format("next.level", &[("level", level)]),
        None => i18n.t("next.level.any"),
    };
    let when = if let Some(date) = w.dates.first() {
        let date = date_time_text(&i18n.messages(), date);
        i18n.format("next.when.date", &[("date", &date)])
    } else if let Some(hours) = &w.recurrence {
        describe_hours(&i18n.messages(), hours)
    } else if !w.schedule_note.is_empty() {
        w.schedule_note.clone()
    } else if w.format == WorkshopFormat::ADistance {
        i18n.t("next.when.ask_remote")
    } else if place.is_some_and(|p| p.phone.is_none()) {
        // No number to call where the catalog has none.
        i18n.t("next.when.ask_no_phone")
    } else {
        i18n.t("next.when.ask")
    };
    view! {
        {(!w.description.is_empty()).then(|| view! { <p class="next-step-summary from-catalog" lang="fr" dir="auto">{w.description.clone()}</p> })}
        <p>{format!("{} · {}", i18n.t(format_key), level)}</p>
        <p>{when}</p>
        {(!w.registration.is_empty()).then(|| view! { <p>{i18n.format("next.registration", &[("how", &w.registration)])}</p> })}
        {place.map(|p| place_details(i18n, kiosk, p, distance_km, w.format == WorkshopFormat::ADistance))}
        {w.link.clone().map(|l| link_line(i18n, kiosk, "next.website", &l))}
    }
    .into_any()
}

/// Where a place is, how far, when it is open, how to reach it; for help given
/// remotely, who gives it (« Avec : … ») rather than where.
fn place_details(
    i18n: I18n,
    kiosk: bool,
    place: &Place,
    distance_km: Option<f64>,
    remote: bool,
) -> impl IntoView {
    let address = [
        place.address.as_str(),
        place.address_extra.as_str(),
        &format!("{} {}", place.postcode, place.commune),
    ]
    .iter()
    .map(|s| s.trim())
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    let hours = hours_lines(
        i18n,
        place.opening_hours.as_ref(),
        &place.opening_hours_text,
    );
    view! {
        <p class="next-step-where">{i18n.format(if remote { "next.by" } else { "next.where" }, &[("place", &place.name)])}
            {(!address.is_empty()).then(|| view! { " — " <bdi>{address}</bdi> })}</p>
        {distance_km.map(|km| view! { <p>{i18n.format("next.distance", &[("km", &((km.round().max(1.0)) as u32).to_string())])}</p> })}
        {hours}
        {contact_lines(i18n, kiosk, place.phone.clone(), place.emails.first().cloned(), place.websites.first().cloned())}
        {place.booking.clone().map(|l| link_line(i18n, kiosk, "next.booking", &l))}
        {place.accessibility_sheet.clone().map(|l| link_line(i18n, kiosk, "next.accessibility", &l))}
    }
}

/// The week's hours and whether it is open now; the text as written when it could not
/// be understood.
fn hours_lines(i18n: I18n, hours: Option<&OpeningHours>, as_written: &str) -> Option<AnyView> {
    let (week, status) = match hours {
        Some(hours) => {
            let now = local(now_ms());
            let m = i18n.messages();
            let status = hours.status(now.weekday as usize, (now.hour * 60 + now.minute) as u16);
            (describe_hours(&m, hours), status_text(&m, status))
        }
        None if !as_written.is_empty() => (
            i18n.format("hours.as_written", &[("text", as_written)]),
            None,
        ),
        None => return None,
    };
    Some(
        view! {
            <p>{week}</p>
            {status.map(|s| view! { <p class="next-step-open">{s}</p> })}
        }
        .into_any(),
    )
}

/// A partner's desk: its address, hours, how to reach it, free, remote.
fn desk_details(i18n: I18n, desk: &Desk) -> impl IntoView {
    let address = desk.address_line();
    let ways: Vec<String> = desk
        .ways
        .iter()
        .map(|w| i18n.t(&format!("next.way.{w}")))
        .collect();
    let remote = if desk.only_remote() {
        Some("next.partner.only_remote")
    } else if desk.also_remote() {
        Some("next.partner.also_remote")
    } else {
        None
    };
    view! {
        {(!address.is_empty()).then(|| view! { <p class="next-step-where">{i18n.format("next.partner.address", &[("address", &address)])}</p> })}
        {hours_lines(i18n, desk.opening_hours.as_ref(), &desk.opening_hours_text)}
        {(!ways.is_empty()).then(|| view! { <p>{i18n.format("next.partner.ways", &[("ways", &ways.join(", "))])}</p> })}
        {(desk.free == Some(true)).then(|| view! { <p>{i18n.t("next.partner.free")}</p> })}
        {remote.map(|key| view! { <p>{i18n.t(key)}</p> })}
    }
}
