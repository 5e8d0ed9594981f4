//! « En français, pour l'accueil »: when the person reads Repère in another language,
//! the same next steps again in French, for the desk of the place or the partner they
//! will show the sheet to (the desk reads French). Printed with the results. The cards
//! are the results' own, drawn with the French words, without the reasons (the desk
//! needs where and how, not why).

use super::step_card::step_card;
use crate::ui::state::catalog_handle::use_catalog;
use crate::ui::state::i18n::{use_i18n, I18n};
use crate::ui::state::journey_handle::use_journey;
use crate::ui::state::recommendations::use_recommendations;
use crate::ui::state::visit::use_visit;
use domain::content;
use domain::site::mode::Mode;
use leptos::prelude::*;

#[component]
pub fn StepsInFrench() -> impl IntoView {
    let i18n = use_i18n();
    if i18n.code() == content::default_language() {
        return ().into_any();
    }
    let journey = use_journey();
    let visit = use_visit();
    let catalog = use_catalog();
    let steps = use_recommendations();
    let french = I18n::in_default_language();
    let cards = move || {
        let kiosk = visit.mode() == Mode::Kiosk;
        steps.with(|steps| {
            catalog.with_loaded(|c| {
                let (Some(steps), Some(c)) = (steps, c) else {
                    return None;
                };
                Some(journey.with_questionnaire(|q| {
                    steps
                        .iter()
                        .map(|s| step_card(french, kiosk, q, c, s, false))
                        .collect_view()
                }))
            })
        })
    };
    view! {
        <section class="results-section steps-in-french" aria-labelledby="in-french-title">
            <h2 id="in-french-title">{i18n.t("results.in_french")}</h2>
            <p class="hint">{i18n.t("results.in_french.hint")}</p>
            <div lang="fr" dir="ltr">
                <p class="in-french-heading">{french.t("results.in_french")}</p>
                <ol class="next-step-list">{cards}</ol>
            </div>
        </section>
    }
    .into_any()
}
