//! What the triage adds beside the steps: what to bring for the démarche named, « Le
//! reste peut attendre » after an urgent shortcut (with the way back to the questions
//! skipped), and Repère in the language the person speaks best, or an advisor to go
//! through it with them.

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::journey_handle::use_journey;
use crate::ui::state::visit::use_visit;
use domain::content;
use domain::journey::shortcut::is_shortened;
use domain::questionnaire::ids::SituationId;
use domain::results::recommend::{language_other_than_french, PROCEDURE, SUPPORT};
use domain::site::mode::Mode;
use leptos::prelude::*;

/// The one answer to a situation question, if any.
fn answer_to(question: &str) -> impl Fn() -> Option<String> {
    let journey = use_journey();
    let question = SituationId::new(question);
    move || {
        journey.with(|j, _| {
            j.answers()
                .options(&question)
                .into_iter()
                .next()
                .map(|o| o.as_str().to_owned())
        })
    }
}

/// « À apporter pour votre démarche »: a short list for the démarche named.
#[component]
pub fn WhatToBring() -> impl IntoView {
    let i18n = use_i18n();
    let demarche = answer_to(PROCEDURE);
    move || {
        let demarche = demarche().filter(|d| d != "none")?;
        let key = format!("bring.{demarche}");
        let lines: Vec<String> = i18n.t(&key).lines().map(str::to_owned).collect();
        Some(view! {
            <div class="what-to-bring">
                <h3>{i18n.t("bring.title")}</h3>
                <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                <p class="results-note">{i18n.t("bring.hint")}</p>
            </div>
        })
    }
}

/// After an urgent shortcut: the other questions can wait, and are one button away.
#[component]
pub fn LaterNote() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let shortened = move || journey.with(|j, _| is_shortened(j.answers()));
    move || {
        shortened().then(|| {
            view! {
                <div class="later-note">
                    <h3>{i18n.t("results.later.title")}</h3>
                    <p>{i18n.t("results.later.text")}</p>
                    <button type="button" class="button button-secondary"
                        on:click=move |_| journey.update(|j, q| j.answer_the_rest(q))>
                        {i18n.t("results.later.button")}
                    </button>
                </div>
            }
        })
    }
}

/// French is not the language the person speaks best: Repère in theirs, where it has
/// it, and (outside the advisor mode) an advisor to go through it with them, as for
/// someone for whom reading is hard.
#[component]
pub fn LanguageOffer() -> impl IntoView {
    let i18n = use_i18n();
    let visit = use_visit();
    let journey = use_journey();
    let spoken = move || {
        journey.with(|j, _| language_other_than_french(j.answers()).map(|l| l.as_str().to_owned()))
    };
    let reading = move || journey.with(|j, _| j.answers().has_option(SUPPORT, "reading"));
    move || {
        let spoken = spoken();
        let offered = spoken.as_deref().and_then(|code| {
            content::languages()
                .iter()
                .copied()
                .find(|(c, _)| *c == code && visit.with_config(|conf| conf.offers_language(c)))
        });
        let switch = offered.filter(|(code, _)| i18n.code() != *code).map(|(code, name)| {
            let choose = move |_| i18n.set_language(code, move || visit.notify("language.unavailable"));
            view! {
                <p>{i18n.t("results.language.offer")}" "
                    <button type="button" class="button button-secondary" lang=code on:click=choose>{name}</button>
                </p>
            }
        });
        let advisor = ((spoken.is_some() || reading()) && visit.mode() != Mode::Advisor)
            .then(|| view! { <p>{i18n.t("results.language.advisor")}</p> });
        (switch.is_some() || advisor.is_some())
            .then(|| view! { <div class="language-offer">{switch}{advisor}</div> })
    }
}
