//! The needs question ("Que voulez-vous réussir à faire ?"): large pictogram cards that
//! are real checkboxes underneath, several choices allowed. Leaving it with nothing
//! chosen shows a gentle error summary that links to the first choice.

use super::i18n::use_i18n;
use super::page_heading::PageHeading;
use crate::domain::journey::{Journey, NeedsError};
use crate::domain::need::Need;
use crate::domain::questionnaire::Questionnaire;
use crate::platform::document::focus_element;
use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;

/// The id of the checkbox of a need.
fn choice_id(need: &Need) -> String {
    format!("need-{}", need.id)
}

#[component]
pub fn NeedsPage(
    journey: RwSignal<Journey>,
    questionnaire: StoredValue<Questionnaire>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = RwSignal::new(None::<NeedsError>);
    let first_choice_id = questionnaire.with_value(|q| q.needs().first().map(choice_id));

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if let Some(Err(e)) = journey.try_update(Journey::submit_needs) {
            error.set(Some(e));
        }
    };

    let choices = questionnaire.with_value(|q| {
        q.needs()
            .iter()
            .map(|need| view! { <NeedChoice need=need.clone() journey questionnaire error/> })
            .collect_view()
    });

    view! {
        <form class="question" novalidate on:submit=on_submit>
            <button type="button" class="back-link" on:click=move |_| journey.update(Journey::back)>
                {move || i18n.t("nav.back")}
            </button>
            {move || error.get().map(|_| view! { <ErrorSummary target=first_choice_id.clone()/> })}
            <fieldset
                class="question-fieldset"
                class:question-fieldset-error=move || error.get().is_some()
                aria-describedby=move || {
                    if error.get().is_some() { "needs-hint needs-error" } else { "needs-hint" }
                }
            >
                <legend class="question-legend">
                    <PageHeading text=Signal::derive(move || i18n.t("needs.title"))/>
                </legend>
                <p id="needs-hint" class="hint">{move || i18n.t("needs.hint")}</p>
                {move || {
                    error.get().map(|_| view! {
                        <p id="needs-error" class="error-message">{i18n.t("needs.error.none")}</p>
                    })
                }}
                <div class="choices">{choices}</div>
            </fieldset>
            <button type="submit" class="button button-primary">{move || i18n.t("nav.continue")}</button>
        </form>
    }
}

/// One need as a large card: the whole card is the checkbox's label.
#[component]
fn NeedChoice(
    need: Need,
    journey: RwSignal<Journey>,
    questionnaire: StoredValue<Questionnaire>,
    error: RwSignal<Option<NeedsError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = need.id.clone();
    let checked = Memo::new(move |_| journey.with(|j| j.has_need(&id)));
    let toggle = {
        let id = need.id.clone();
        move |_| {
            questionnaire.with_value(|q| journey.update(|j| j.toggle_need(q, &id)));
            error.set(None);
        }
    };
    let (label_key, hint_key) = (need.label_key(), need.hint_key());
    view! {
        <label class="choice" class:choice-checked=checked>
            <input
                type="checkbox"
                class="choice-input"
                id=choice_id(&need)
                name="needs"
                value=need.id.to_string()
                prop:checked=checked
                on:change=toggle
            />
            <img class="choice-picto" src=format!("pictos/{}.svg", need.pictogram) alt="" width="48" height="48"/>
            <span class="choice-text">
                <span class="choice-label">{move || i18n.t(&label_key)}</span>
                <span class="choice-hint">{move || i18n.t(&hint_key)}</span>
            </span>
        </label>
    }
}

/// The summary of what is missing, focused when it appears, with a link to the field.
#[component]
fn ErrorSummary(target: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let summary = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if let Some(el) = summary.get() {
            let _ = el.focus();
        }
    });
    let href = target.as_ref().map(|id| format!("#{id}"));
    let on_click = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(id) = &target {
            focus_element(id);
        }
    };
    view! {
        <div class="error-summary" role="alert" tabindex="-1" node_ref=summary>
            <h2 class="error-summary-title">{i18n.t("needs.error.summary_title")}</h2>
            <ul class="error-summary-list">
                <li><a href=href on:click=on_click>{i18n.t("needs.error.none")}</a></li>
            </ul>
        </div>
    }
}
