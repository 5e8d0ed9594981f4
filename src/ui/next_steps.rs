//! "Vos prochaines étapes": one to three next steps from the recommendation engine,
//! each with what, where, when, how to contact and why ("Vous avez choisi…"); the
//! commune, to rank places by distance; and the national help line, always there.

use super::catalog_state::use_catalog;
use super::hours_text::{describe, status_text, time_text};
use super::i18n::{use_i18n, I18n};
use super::journey_handle::use_journey;
use super::session::use_session;
use crate::domain::catalog::links::SafeLink;
use crate::domain::catalog::place::Place;
use crate::domain::catalog::territory::Contact;
use crate::domain::catalog::workshop::WorkshopFormat;
use crate::domain::catalog::Catalog;
use crate::domain::mode::Mode;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::recommend::{recommend, NextStep, Reason, StepKind};
use crate::domain::scoring::AutonomyLevel;
use crate::platform::clock::{local, now_ms};
use leptos::prelude::*;

/// The next steps for the journey as it is, computed once for the results page (its
/// cards and the advisor's activity-report sheet both read them). `None` until the
/// catalog is loaded.
#[derive(Clone, Copy)]
pub struct Recommendations(pub Memo<Option<Vec<NextStep>>>);

impl Recommendations {
    /// Recommendations for the journey and catalog in context.
    pub fn from_context() -> Self {
        let journey = use_journey();
        let catalog = use_catalog();
        Self(Memo::new(move |_| {
            catalog.catalog.with(|c| {
                let c = c.as_ref()?;
                let today = local(now_ms()).iso_minute();
                Some(journey.with(|j, q| recommend(q, j.answers(), c, &today)))
            })
        }))
    }
}

#[component]
pub fn NextSteps() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let catalog = use_catalog();
    let steps = expect_context::<Recommendations>().0;
    view! {
        <section class="results-section next-steps" aria-labelledby="next-title">
            <h2 id="next-title">{i18n.t("next.title")}</h2>
            <CommuneChoice/>
            // The catalog is read in place: a large places file is not copied at each change.
            {move || catalog.catalog.with(|c| match (steps.get(), c) {
                (Some(steps), Some(c)) => {
                    let problem = c.problems.iter().any(|p| p.serious).then(|| view! {
                        <p class="results-note">{i18n.t("catalog.problem")}</p>
                    });
                    let cards = journey.questionnaire.with_value(|q| {
                        steps.iter().map(|s| step_card(i18n, q, c, s)).collect_view()
                    });
                    view! {
                        {problem}
                        <ol class="next-step-list">{cards}</ol>
                        <HelpLine contact=c.territory.help_line.clone()/>
                    }
                    .into_any()
                }
                // The steps are drawn from the catalog: none until it is read.
                _ => view! { <p>{i18n.t("next.loading")}</p> }.into_any(),
            })}
        </section>
    }
}

/// The commune, to rank places from the nearest.
#[component]
fn CommuneChoice() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let catalog = use_catalog();
    let communes = move || {
        catalog.catalog.with(|c| {
            c.as_ref()
                .map(|c| {
                    c.territory
                        .communes
                        .iter()
                        .map(|c| c.name.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let current = move || journey.with(|j, _| j.answers().commune.clone().unwrap_or_default());
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        journey.update(|j, _| j.set_commune((!value.is_empty()).then_some(value)));
    };
    move || {
        let names = communes();
        (!names.is_empty()).then(|| view! {
            <div class="commune-choice">
                <label class="field-label" for="commune">{i18n.t("next.commune.label")}</label>
                <p id="commune-hint" class="hint">{i18n.t("next.commune.hint")}</p>
                <select id="commune" class="select" aria-describedby="commune-hint" on:change=on_change>
                    <option value="" selected=current().is_empty()>{i18n.t("next.commune.none")}</option>
                    {names.into_iter().map(|name| {
                        let selected = current() == name;
                        view! { <option value=name.clone() selected=selected>{name.clone()}</option> }
                    }).collect_view()}
                </select>
            </div>
        })
    }
}

fn step_card(i18n: I18n, q: &Questionnaire, catalog: &Catalog, step: &NextStep) -> AnyView {
    let (kind_key, title, body) = match &step.kind {
        StepKind::Workshop(i) => {
            let w = &catalog.workshops[*i];
            let place = catalog.place(&w.place);
            let format_key = match w.format {
                WorkshopFormat::Collectif => "next.format.collectif",
                WorkshopFormat::Individuel => "next.format.individuel",
                WorkshopFormat::ADistance => "next.format.a_distance",
            };
            let level = w.level.clone().unwrap_or_else(|| i18n.t("next.level.any"));
            let when = if let Some(date) = w.dates.first() {
                i18n.format("next.when.date", &[("date", &date_text(i18n, date))])
            } else if let Some(hours) = &w.recurrence {
                describe(&i18n, hours)
            } else if !w.schedule_note.is_empty() {
                w.schedule_note.clone()
            } else {
                i18n.t("next.when.ask")
            };
            let body = view! {
                {(!w.description.is_empty()).then(|| view! { <p>{w.description.clone()}</p> })}
                <p>{format!("{} · {}", i18n.t(format_key), i18n.format("next.level", &[("level", &level)]))}</p>
                <p>{when}</p>
                {(!w.registration.is_empty()).then(|| view! { <p>{i18n.format("next.registration", &[("how", &w.registration)])}</p> })}
                {place.map(|p| place_details(i18n, p, step.distance_km))}
                {w.link.clone().map(|l| link_line(i18n, "next.website", &l))}
            };
            ("next.kind.workshop", w.title.clone(), body.into_any())
        }
        StepKind::Place { place, service } => {
            let p = &catalog.places[*place];
            let body = view! {
                <p>{i18n.format("next.service", &[("service", service)])}</p>
                {(!p.summary.is_empty()).then(|| view! { <p>{p.summary.clone()}</p> })}
                {place_details(i18n, p, step.distance_km)}
            };
            ("next.kind.place", p.name.clone(), body.into_any())
        }
        StepKind::Partner(i) => {
            let p = &catalog.partners[*i];
            let place = p.place.as_deref().and_then(|id| catalog.place(id));
            let body = view! {
                {(!p.procedures.is_empty()).then(|| view! { <p>{i18n.format("next.partner.handles", &[("procedures", &p.procedures.join(", "))])}</p> })}
                {contact_lines(i18n, p.phone.clone(), None, p.website.clone())}
                {place.map(|pl| view! { <p>{i18n.format("next.partner.receives_at", &[("place", &pl.name)])}</p> })}
            };
            ("next.kind.partner", p.name.clone(), body.into_any())
        }
        StepKind::Structure => {
            let s = &catalog.territory.structure;
            let place = s.place.as_deref().and_then(|id| catalog.place(id));
            let body = view! {
                {contact_lines(i18n, s.phone.clone(), s.email.clone(), s.website.clone())}
                {place.map(|p| place_details(i18n, p, None))}
            };
            ("next.kind.structure", s.name.clone(), body.into_any())
        }
        StepKind::HelpLine => {
            let h = &catalog.territory.help_line;
            (
                "next.kind.help_line",
                h.name.clone(),
                contact_lines(i18n, h.phone.clone(), h.email.clone(), h.website.clone()).into_any(),
            )
        }
    };
    let reasons: Vec<String> = step
        .reasons
        .iter()
        .map(|r| reason_text(i18n, q, r))
        .collect();
    view! {
        <li class="next-step">
            <p class="next-step-kind">{i18n.t(kind_key)}</p>
            <h3 class="next-step-title">{title}</h3>
            {body}
            <div class="next-step-why">
                <p class="next-step-why-title">{i18n.t("next.why")}</p>
                <ul>{reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            </div>
        </li>
    }
    .into_any()
}

/// Where a place is, when it is open, how to reach it.
fn place_details(i18n: I18n, place: &Place, distance_km: Option<f64>) -> impl IntoView {
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
    let now = local(now_ms());
    let hours = match &place.opening_hours {
        Some(hours) => Some((
            describe(&i18n, hours),
            status_text(
                &i18n,
                hours.status(now.weekday as usize, (now.hour * 60 + now.minute) as u16),
            ),
        )),
        None if !place.opening_hours_text.is_empty() => Some((
            i18n.format("hours.as_written", &[("text", &place.opening_hours_text)]),
            None,
        )),
        None => None,
    };
    view! {
        <p class="next-step-where">{i18n.format("next.where", &[("place", &place.name)])}
            {(!address.is_empty()).then(|| format!(" — {address}"))}</p>
        {distance_km.map(|km| view! { <p>{i18n.format("next.distance", &[("km", &((km.round().max(1.0)) as u32).to_string())])}</p> })}
        {hours.map(|(week, status)| view! {
            <p>{week}</p>
            {status.map(|s| view! { <p class="next-step-open">{s}</p> })}
        })}
        {contact_lines(i18n, place.phone.clone(), place.emails.first().cloned(), place.websites.first().cloned())}
        {place.booking.clone().map(|l| link_line(i18n, "next.booking", &l))}
    }
}

/// Phone, e-mail and website; on a kiosk, as plain text (no way to wander off).
fn contact_lines(
    i18n: I18n,
    phone: Option<String>,
    email: Option<String>,
    website: Option<SafeLink>,
) -> impl IntoView {
    let kiosk = use_session().mode.get_untracked() == Mode::Kiosk;
    let phone = phone.map(|p| {
        let href = format!("tel:{}", p.replace(' ', ""));
        view! { <p>{format!("{} ", i18n.t("next.phone"))}{if kiosk { p.into_any() } else { view! { <a href=href>{p}</a> }.into_any() }}</p> }
    });
    let email = email.map(|e| {
        let href = format!("mailto:{e}");
        view! { <p>{format!("{} ", i18n.t("next.email"))}{if kiosk { e.into_any() } else { view! { <a href=href>{e}</a> }.into_any() }}</p> }
    });
    view! { {phone} {email} {website.map(|w| link_line(i18n, "next.website", &w))} }
}

fn link_line(i18n: I18n, key: &'static str, link: &SafeLink) -> impl IntoView {
    let kiosk = use_session().mode.get_untracked() == Mode::Kiosk;
    let (href, text) = (link.as_str().to_owned(), link.display().to_owned());
    view! {
        <p>{format!("{} ", i18n.t(key))}
            {if kiosk { text.into_any() } else { view! { <a href=href rel="noopener noreferrer">{text}</a> }.into_any() }}
        </p>
    }
}

/// "le 3 décembre à 14 h" from "2026-12-03T14:00".
fn date_text(i18n: I18n, date: &str) -> String {
    let number = |range: std::ops::Range<usize>| {
        date.get(range)
            .and_then(|s| s.parse::<u16>().ok())
            .unwrap_or(0)
    };
    let month = i18n.t(&format!("month.{}", number(5..7)));
    let day = i18n.format(
        "date.format",
        &[("day", &number(8..10).to_string()), ("month", &month)],
    );
    i18n.format(
        "next.date_time",
        &[
            ("date", &day),
            (
                "time",
                &time_text(&i18n, number(11..13) * 60 + number(14..16)),
            ),
        ],
    )
}

fn reason_text(i18n: I18n, q: &Questionnaire, reason: &Reason) -> String {
    match reason {
        Reason::Need(id) => {
            let label = q
                .needs()
                .iter()
                .find(|n| &n.id == id)
                .map(|n| i18n.t(&n.label_key()))
                .unwrap_or_default();
            i18n.format("reason.need", &[("need", &label)])
        }
        Reason::AreaLevel { area, level } => {
            let name = q
                .area(area)
                .map(|a| i18n.t(&a.name_key()))
                .unwrap_or_default();
            let key = match level {
                AutonomyLevel::FullySupported => "reason.level.fully_supported",
                AutonomyLevel::PartlyAutonomous => "reason.level.partly_autonomous",
                AutonomyLevel::Autonomous => "reason.level.autonomous",
            };
            i18n.format(key, &[("area", &name)])
        }
        Reason::NoEquipment => i18n.t("reason.no_equipment"),
        Reason::NoInternet => i18n.t("reason.no_internet"),
        Reason::Support(value) => i18n.format("reason.support", &[("support", value)]),
        Reason::CannotTravel => i18n.t("reason.cannot_travel"),
        Reason::Item(id) => {
            let text = q
                .item(id)
                .map(|i| i18n.t(&i.text_key()))
                .unwrap_or_default();
            i18n.format("reason.item", &[("item", &text)])
        }
        Reason::Fallback => i18n.t("reason.fallback"),
    }
}

/// The national help line, always on the results.
#[component]
fn HelpLine(contact: Contact) -> impl IntoView {
    let i18n = use_i18n();
    (!contact.name.is_empty()).then(|| view! {
        <div class="help-line">
            <h3>{i18n.t("help.title")}</h3>
            <p>{contact.name.clone()}</p>
            {contact_lines(i18n, contact.phone.clone(), contact.email.clone(), contact.website.clone())}
        </div>
    })
}
