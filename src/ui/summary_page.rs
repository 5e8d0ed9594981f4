//! The needs chosen, read back to the person, with a way to change them.

use super::i18n::use_i18n;
use super::page_heading::PageHeading;
use crate::domain::journey::Journey;
use crate::domain::questionnaire::Questionnaire;
use leptos::prelude::*;

#[component]
pub fn SummaryPage(
    journey: RwSignal<Journey>,
    questionnaire: StoredValue<Questionnaire>,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = move || {
        questionnaire.with_value(|q| {
            journey.with(|j| {
                q.needs()
                    .iter()
                    .filter(|need| j.has_need(&need.id))
                    .map(|need| {
                        let key = need.label_key();
                        view! { <li>{move || i18n.t(&key)}</li> }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <div class="summary">
            <PageHeading text=Signal::derive(move || i18n.t("summary.title"))/>
            <p>{move || i18n.t("summary.intro")}</p>
            <ul class="summary-list">{chosen}</ul>
            <p>{move || i18n.t("summary.next")}</p>
            <button type="button" class="button button-secondary" on:click=move |_| journey.update(Journey::back)>
                {move || i18n.t("summary.change")}
            </button>
        </div>
    }
}
