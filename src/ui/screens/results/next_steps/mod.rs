//! "Vos prochaines étapes": the next steps of the triage (`state::recommendations`),
//! each a card (`step_card`); the commune, to rank places by distance; what to bring,
//! the questions left for later, the person's language (`triage_notes`); and the
//! national help line, always there.

mod commune_choice;
mod contact_lines;
mod in_french;
mod reasons;
mod step_card;
mod triage_notes;

use crate::ui::state::catalog_handle::use_catalog;
use crate::ui::state::i18n::use_i18n;
use crate::ui::state::journey_handle::use_journey;
use crate::ui::state::recommendations::use_recommendations;
use crate::ui::state::visit::use_visit;
use crate::ui::widgets::languages::in_french::with_french;
use commune_choice::CommuneChoice;
use contact_lines::contact_lines;
use domain::catalog::territory::Contact;
use domain::results::recommend::SUPPORT;
use domain::site::mode::Mode;
pub use in_french::StepsInFrench;
use leptos::prelude::*;
use step_card::step_card;
use triage_notes::{LanguageOffer, LaterNote, WhatToBring};

#[component]
pub fn NextSteps() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let visit = use_visit();
    let catalog = use_catalog();
    let steps = use_recommendations();
    let cards = move || {
        let kiosk = visit.mode() == Mode::Kiosk;
        steps.with(|steps| {
            catalog.with_loaded(|c| match (steps, c) {
                (Some(steps), Some(c)) => {
                    let problem = c.problems.iter().any(|p| p.serious).then(|| {
                        view! {
                            <p class="results-note">{i18n.t("catalog.problem")}</p>
                        }
                    });
                    let cards = journey.with_questionnaire(|q| {
                        steps
                            .iter()
                            .map(|s| step_card(i18n, kiosk, q, c, s, true))
                            .collect_view()
                    });
                    view! {
                        {problem}
                        <ol class="next-step-list">{cards}</ol>
                        <WhatToBring/>
                        <LaterNote/>
                        <LanguageOffer/>
                        <HelpLine contact=c.territory.help_line.clone() kiosk/>
                    }
                    .into_any()
                }
                // The steps are drawn from the catalog: none until it is read.
                _ => view! { <p>{i18n.t("next.loading")}</p> }.into_any(),
            })
        })
    };
    view! {
        <section class="results-section next-steps" aria-labelledby="next-title">
            <h2 id="next-title">{with_french(i18n, "next.title")}</h2>
            <CommuneChoice/>
            {cards}
        </section>
    }
}

/// The national help line, always on the results; for someone who hears badly, a word
/// that a place to go suits them better than a phone line.
#[component]
fn HelpLine(contact: Contact, kiosk: bool) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let hears_badly = journey.with_untracked(|j, _| j.answers().has_option(SUPPORT, "hearing"));
    (!contact.name.is_empty()).then(|| view! {
        <div class="help-line">
            <h3>{i18n.t("help.title")}</h3>
            <p class="from-catalog" lang="fr" dir="auto">{contact.name.clone()}</p>
            {contact_lines(i18n, kiosk, contact.phone.clone(), contact.email.clone(), contact.website.clone())}
            {hears_badly.then(|| view! { <p class="help-hearing">{i18n.t("help.hearing")}</p> })}
        </div>
    })
}
