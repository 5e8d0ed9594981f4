//! The advisor's intake mode (conseiller): load a resident's code, see every answer at a
//! glance and change any of them, take notes, and read a sheet in the words of the
//! national activity report.

use super::catalog_state::use_catalog;
use super::i18n::use_i18n;
use super::journey_handle::use_journey;
use super::next_steps::Recommendations;
use super::page_heading::PageHeading;
use super::session::{use_session, Overlay};
use crate::domain::activity_report::activity_report;
use crate::domain::handoff::decode;
use crate::domain::journey::Journey;
use crate::domain::plan::{plan, Question};
use crate::domain::questionnaire::Questionnaire;
use leptos::ev::SubmitEvent;
use leptos::html::Input;
use leptos::prelude::*;

/// Loads a journey from a hand-off code; the error's message key if it cannot.
pub fn load_code(code: &str) -> Result<(), &'static str> {
    let journey = use_journey();
    let decoded = journey.questionnaire.with_value(|q| decode(q, code));
    match decoded {
        Ok(loaded) => {
            journey.state.set(loaded);
            Ok(())
        }
        Err(e) => Err(e.message_key()),
    }
}

/// "Charger un code": type or paste a resident's code.
#[component]
pub fn LoadCode() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let input = NodeRef::<Input>::new();
    let error = RwSignal::new(None::<&'static str>);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let code = input.get().map(|i| i.value()).unwrap_or_default();
        match load_code(&code) {
            Ok(()) => {
                session.notices.set(Vec::new());
                session.notify("code.loaded");
            }
            Err(key) => error.set(Some(key)),
        }
    };
    view! {
        <form class="load-code" novalidate on:submit=on_submit>
            <h2>{i18n.t("code.load.title")}</h2>
            <label class="field-label" for="handoff-code">{i18n.t("code.load.label")}</label>
            <p id="handoff-code-hint" class="hint">{i18n.t("code.load.hint")}</p>
            {move || error.get().map(|key| view! {
                <p id="handoff-code-error" class="error-message" role="alert">{i18n.t(key)}</p>
            })}
            <input id="handoff-code" class="text-input code-input" type="text" autocomplete="off"
                autocapitalize="characters" spellcheck="false" node_ref=input
                aria-describedby=move || if error.get().is_some() { "handoff-code-hint handoff-code-error" } else { "handoff-code-hint" }/>
            <button type="submit" class="button button-secondary">{i18n.t("code.load.submit")}</button>
        </form>
    }
}

/// Every question of the plan with its answer, and a button to change it.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let session = use_session();
    let rows = move || {
        journey.with(|j, q| {
            plan(q, j.answers())
                .into_iter()
                .map(|question| {
                    let (asked, answer) = question_and_answer(q, j, &question);
                    let target = question.clone();
                    let edit = move |_| {
                        journey.update(|j, q| j.go_to(q, &target));
                        session.close_overlay();
                    };
                    view! {
                        <div class="overview-row">
                            <dt>{i18n.t(&asked)}</dt>
                            <dd>
                                <span>{if answer.is_empty() { i18n.t("overview.unanswered") } else { answer.iter().map(|k| i18n.t(k)).collect::<Vec<_>>().join(", ") }}</span>
                                <button type="button" class="link-button" on:click=edit>
                                    {i18n.t("overview.change")}
                                    <span class="visually-hidden">{format!(" : {}", i18n.t(&asked))}</span>
                                </button>
                            </dd>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="overview">
            <PageHeading text=i18n.t("overview.title")/>
            <dl class="overview-list">{rows}</dl>
            <button type="button" class="button button-primary" on:click=move |_| session.close_overlay()>
                {i18n.t("nav.back")}
            </button>
        </div>
    }
}

/// The question's message key and the message keys of its answer.
fn question_and_answer(
    q: &Questionnaire,
    j: &Journey,
    question: &Question,
) -> (String, Vec<String>) {
    match question {
        Question::Needs => (
            "needs.title".into(),
            q.needs()
                .iter()
                .filter(|n| j.has_need(&n.id))
                .map(|n| n.label_key())
                .collect(),
        ),
        Question::Situation(id) => {
            let Some(s) = q.situation_question(id) else {
                return (String::new(), Vec::new());
            };
            let chosen = j.answers().options(id);
            (
                s.question_key(),
                s.options
                    .iter()
                    .filter(|o| chosen.contains(*o))
                    .map(|o| s.option_key(o))
                    .collect(),
            )
        }
        Question::Skill(id) => {
            let Some(item) = q.item(id) else {
                return (String::new(), Vec::new());
            };
            (
                item.text_key(),
                j.answers()
                    .skill(id)
                    .map(|a| a.label_key().to_owned())
                    .into_iter()
                    .collect(),
            )
        }
    }
}

/// The advisor's notes, printed with the sheet.
#[component]
pub fn AdvisorNotes() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    view! {
        <section class="results-section advisor-notes" aria-labelledby="notes-title">
            <h2 id="notes-title">{i18n.t("advisor.notes.title")}</h2>
            <label class="field-label" for="advisor-notes">{i18n.t("advisor.notes.label")}</label>
            <p id="advisor-notes-hint" class="hint">{i18n.t("advisor.notes.hint")}</p>
            <textarea id="advisor-notes" class="text-area" rows="4" aria-describedby="advisor-notes-hint"
                prop:value=move || session.notes.get()
                on:input=move |ev| session.notes.set(event_target_value(&ev))></textarea>
            <p class="print-only notes-printed">{move || session.notes.get()}</p>
        </section>
    }
}

/// "Pour votre compte rendu d'activité": the intake in the report's own words.
#[component]
pub fn ActivityReportSheet() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let catalog = use_catalog();
    let steps = expect_context::<Recommendations>().0;
    // Drawn from the same next steps as the cards, once the catalog is read.
    let report = Memo::new(move |_| {
        steps.with(|steps| {
            let steps = steps.as_ref()?;
            catalog.catalog.with(|c| {
                let c = c.as_ref()?;
                Some(journey.with(|j, q| activity_report(q, j.answers(), c, steps)))
            })
        })
    });
    let row = move |label: &'static str, values: Vec<String>| {
        view! {
            <div class="report-row">
                <dt>{i18n.t(label)}</dt>
                <dd>{if values.is_empty() { "—".to_owned() } else { values.join(" · ") }}</dd>
            </div>
        }
    };
    view! {
        <section class="results-section activity-report" aria-labelledby="report-title">
            <h2 id="report-title">{i18n.t("advisor.report.title")}</h2>
            {move || {
                report.get().map(|r| view! {
                    <dl class="report-list">
                        {row("advisor.report.thematiques", r.thematiques.clone())}
                        {row("advisor.report.demarches", r.demarches.clone())}
                        {row("advisor.report.autonomy", r.autonomy.map(str::to_owned).into_iter().collect())}
                        {row("advisor.report.autonomy_by_area", r.autonomy_by_area.iter().map(|(k, l)| format!("{} : {l}", i18n.t(k))).collect())}
                        {row("advisor.report.redirections", r.redirections.iter().map(|s| (*s).to_owned()).collect())}
                        {row("advisor.report.equipment", r.equipment.iter().map(|s| (*s).to_owned()).collect())}
                    </dl>
                })
            }}
        </section>
    }
}

/// "Voir toutes les réponses", for the advisor, under every screen.
#[component]
pub fn OverviewButton() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    view! {
        <button type="button" class="link-button" on:click=move |_| session.show(Overlay::Overview)>
            {i18n.text("overview.link")}
        </button>
    }
}
