//! The advisor's parts of the results: free notes (memory only, printed with the
//! sheet) and "Pour votre compte rendu d'activité", the intake in the national activity
//! report's own words, drawn from the same next steps as the cards.

use crate::platform::clipboard::copy_text;
use crate::ui::state::catalog_handle::use_catalog;
use crate::ui::state::i18n::I18n;
use crate::ui::state::journey_handle::use_journey;
use crate::ui::state::recommendations::use_recommendations;
use crate::ui::state::visit::use_visit;
use domain::questionnaire::ids::{ItemId, SituationId};
use domain::results::activity_report::activity_report;
use domain::results::recommend::TRIAGE_QUESTIONS;
use leptos::prelude::*;

/// The advisor's notes, printed with the sheet.
#[component]
pub fn AdvisorNotes() -> impl IntoView {
    // The advisor's own part: in French, whatever the person's language.
    let i18n = I18n::in_default_language();
    let visit = use_visit();
    view! {
        <section class="results-section advisor-notes" lang="fr" dir="ltr" aria-labelledby="notes-title">
            <h2 id="notes-title">{i18n.t("advisor.notes.title")}</h2>
            <label class="field-label" for="advisor-notes">{i18n.t("advisor.notes.label")}</label>
            <p id="advisor-notes-hint" class="hint">{i18n.t("advisor.notes.hint")}</p>
            <textarea id="advisor-notes" class="text-area" rows="4" aria-describedby="advisor-notes-hint"
                prop:value=move || visit.notes()
                on:input=move |ev| visit.set_notes(event_target_value(&ev))></textarea>
            <p class="print-only notes-printed">{move || visit.notes()}</p>
        </section>
    }
}

/// "Pour votre compte rendu d'activité": the intake in the report's own words. The field
/// names and values are the report's, in French whatever the language in use (the report
/// is French); a button copies them as text, one field a line, to paste in it.
#[component]
pub fn ActivityReportSheet() -> impl IntoView {
    // The national report is French: so is this part, whatever the person's language.
    let i18n = I18n::in_default_language();
    let journey = use_journey();
    let catalog = use_catalog();
    let recommendations = use_recommendations();
    // Drawn from the same next steps as the cards, once the catalog is read.
    let report = Memo::new(move |_| {
        recommendations.with(|steps| {
            let steps = steps?;
            catalog.with_loaded(|c| {
                let c = c?;
                Some(journey.with(|j, q| {
                    recommendations.with_profile(|p| activity_report(q, j.answers(), p, c, steps))
                }))
            })
        })
    });
    // None before any copy; then whether it worked.
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let Some(text) = report.with_untracked(|r| r.as_ref().map(|r| r.as_text())) else {
            return;
        };
        leptos::task::spawn_local(async move {
            copied.set(Some(copy_text(&text).await));
        });
    };
    // The questions not understood, in the words of the items.
    let item_texts = move |ids: &[ItemId]| {
        journey.with_questionnaire(|q| {
            ids.iter()
                .filter_map(|id| q.item(id))
                .map(|item| format!("« {} »", i18n.t(&item.text_key())))
                .collect::<Vec<_>>()
                .join(" · ")
        })
    };
    // What the person said for the triage: the démarche, its urgency, how they want
    // to do it, the language they speak best, who helps them.
    let triage_said = move || {
        let said: Vec<String> = journey.with(|j, _| {
            TRIAGE_QUESTIONS
                .iter()
                .flat_map(|question| {
                    j.answers()
                        .options(&SituationId::new(*question))
                        .into_iter()
                        .map(move |o| i18n.t(&format!("situation.{question}.option.{o}")))
                })
                .collect()
        });
        (!said.is_empty()).then(|| said.join(" · "))
    };
    view! {
        <section class="results-section activity-report" lang="fr" dir="ltr" aria-labelledby="report-title">
            <h2 id="report-title">{i18n.t("advisor.report.title")}</h2>
            {move || {
                report.get().map(|r| view! {
                    <dl class="report-list" lang="fr">
                        {r.fields().into_iter().map(|(field, value)| view! {
                            <div class="report-row">
                                <dt>{field}</dt>
                                <dd>{value}</dd>
                            </div>
                        }).collect_view()}
                    </dl>
                    <p class="report-by-area">
                        {i18n.t("advisor.report.autonomy_by_area")}
                        " : "
                        {r.autonomy_by_area.iter().map(|(k, l)| format!("{} : {l}", i18n.t(k))).collect::<Vec<_>>().join(" · ")}
                    </p>
                    {triage_said().map(|said| view! {
                        <p class="report-triage">{i18n.t("advisor.report.triage")}" "{said}</p>
                    })}
                    {(!r.not_understood.is_empty()).then(|| view! {
                        <p class="report-not-understood">
                            {i18n.t("advisor.report.not_understood")}
                            " "
                            {item_texts(&r.not_understood)}
                        </p>
                    })}
                })
            }}
            <div class="report-copy">
                <button type="button" class="button button-secondary" on:click=copy>
                    {i18n.t("advisor.report.copy")}
                </button>
                <p class="report-copied" role="status">
                    {move || copied.get().map(|done| i18n.t(if done { "advisor.report.copied" } else { "advisor.report.copy_failed" }))}
                </p>
            </div>
        </section>
    }
}
