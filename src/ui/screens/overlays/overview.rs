//! "Voir toutes les réponses", for the advisor: every question of the plan with its
//! answer, and a "Modifier" on each that goes back to that question.

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::journey_handle::use_journey;
use crate::ui::state::visit::use_visit;
use crate::ui::widgets::page_heading::PageHeading;
use domain::journey::observation::ChecksOffer;
use domain::journey::plan::{plan, Question};
use domain::journey::Journey;
use domain::questionnaire::Questionnaire;
use leptos::prelude::*;

/// Every question of the plan with its answer, and a button to change it.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let visit = use_visit();
    let rows = move || {
        journey.with(|j, q| {
            plan(q, j.answers())
                .into_iter()
                .map(|question| {
                    let (asked, answer) = question_and_answer(q, j, &question);
                    let target = question.clone();
                    let edit = move |_| {
                        journey.update(|j, q| j.go_to(q, &target));
                        visit.close_overlay();
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
            <button type="button" class="button button-primary" on:click=move |_| visit.close_overlay()>
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
        Question::ChecksOffer => (
            "checks.offer.title".into(),
            j.answers()
                .checks_offer
                .map(|offer| match offer {
                    ChecksOffer::Accepted => "checks.offer.yes".to_owned(),
                    ChecksOffer::Declined => "checks.offer.no".to_owned(),
                })
                .into_iter()
                .collect(),
        ),
        Question::Check(id) => {
            let Some(check) = q.check(id) else {
                return (String::new(), Vec::new());
            };
            let outcome = j.answers().checks.get(id).map(|o| {
                o.observed()
                    .map_or("check.line.skipped", |seen| seen.label_key())
                    .to_owned()
            });
            (check.short_key(), outcome.into_iter().collect())
        }
    }
}
