//! "Votre résultat": strengths first, then a level per area in words with a simple
//! picture (three steps, with a text equivalent), what is done with help, what to learn
//! next, and a word about questions that were not clear. The next steps (places,
//! workshops, partners) come from the recommendation engine.

use super::advisor::{ActivityReportSheet, AdvisorNotes};
use super::handoff_card::HandoffCard;
use super::i18n::use_i18n;
use super::journey_handle::use_journey;
use super::next_steps::{NextSteps, Recommendations};
use super::page_heading::PageHeading;
use super::persistence::erase_everything;
use super::session::use_session;
use crate::domain::ids::ItemId;
use crate::domain::mode::Mode;
use crate::domain::scoring::{AreaResult, Profile};
use crate::platform::clock::{local, now_ms};
use crate::platform::print::print;
use leptos::prelude::*;

#[component]
pub fn ResultsPage() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let session = use_session();
    provide_context(Recommendations::from_context());
    let profile = Memo::new(move |_| journey.with(|j, q| Profile::of(q, j.answers())));
    let item_list = move |items: Vec<ItemId>| {
        let keys: Vec<String> = journey.questionnaire.with_value(|q| {
            items
                .iter()
                .filter_map(|id| q.item(id).map(|i| i.text_key()))
                .collect()
        });
        view! {
            <ul class="item-list">
                {keys.into_iter().map(|key| view! { <li>{i18n.t(&key)}</li> }).collect_view()}
            </ul>
        }
    };

    view! {
        <div class="results">
            <p class="print-only print-title">{move || {
                let now = local(now_ms());
                let month = i18n.t(&format!("month.{}", now.month));
                let date = i18n.format("date.format", &[("day", &now.day.to_string()), ("month", &month)]);
                i18n.format("print.title", &[("date", &format!("{date} {}", now.year))])
            }}</p>
            <PageHeading text=i18n.t("results.title")/>
            <p class="lead">{i18n.t("results.thanks")}</p>

            <section class="results-section results-strengths" aria-labelledby="strengths-title">
                <h2 id="strengths-title">{i18n.t("results.strengths.title")}</h2>
                {move || {
                    let strengths = profile.with(|p| p.strengths.clone());
                    if strengths.is_empty() {
                        view! { <p>{i18n.t("results.strengths.none")}</p> }.into_any()
                    } else {
                        item_list(strengths).into_any()
                    }
                }}
            </section>

            <section class="results-section" aria-labelledby="levels-title">
                <h2 id="levels-title">{i18n.t("results.levels.title")}</h2>
                <ul class="area-levels">
                    {move || profile.with(|p| p.areas.clone()).into_iter().map(|r| view! { <AreaLevel result=r/> }).collect_view()}
                </ul>
            </section>

            <NextSteps/>
            <HandoffCard/>
            {move || (session.mode.get() == Mode::Advisor).then(|| view! {
                <AdvisorNotes/>
                <ActivityReportSheet/>
            })}

            {move || {
                let with_help = profile.with(|p| p.with_help.clone());
                (!with_help.is_empty()).then(|| view! {
                    <section class="results-section" aria-labelledby="with-help-title">
                        <h2 id="with-help-title">{i18n.t("results.with_help.title")}</h2>
                        {item_list(with_help)}
                    </section>
                })
            }}

            {move || {
                let to_learn = profile.with(|p| p.to_learn.clone());
                (!to_learn.is_empty()).then(|| view! {
                    <section class="results-section" aria-labelledby="to-learn-title">
                        <h2 id="to-learn-title">{i18n.t("results.to_learn.title")}</h2>
                        {item_list(to_learn)}
                    </section>
                })
            }}

            {move || profile.with(|p| !p.not_understood.is_empty()).then(|| view! {
                <p class="results-note results-not-understood">{i18n.t("results.not_understood")}</p>
            })}


            <div class="results-actions">
                <button type="button" class="button button-primary" on:click=move |_| print()>
                    {i18n.t("results.print")}
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| journey.back()>
                    {i18n.t("results.change")}
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| erase_everything(session, journey, None)>
                    {i18n.t("results.restart")}
                </button>
                <button type="button" class="button button-primary" on:click=move |_| {
                    erase_everything(session, journey, Some("erase.done_finished"))
                }>
                    {i18n.t("results.finished")}
                </button>
            </div>
        </div>
    }
}

/// One area: its name, the level in words, and three steps filled to the level.
#[component]
fn AreaLevel(result: AreaResult) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let name_key = journey
        .questionnaire
        .with_value(|q| q.area(&result.area).map(|a| a.name_key()))
        .unwrap_or_default();
    let level = result.level;
    let steps = level.steps();
    let picture_label = i18n.format("results.level_picture", &[("steps", &steps.to_string())]);
    view! {
        <li class="area-level" data-area=result.area.to_string() data-level=level.report_label()>
            <span class="area-level-name">{i18n.t(&name_key)}</span>
            <svg class="level-steps" role="img" aria-label=picture_label viewBox="0 0 84 20" width="84" height="20">
                {(1..=3u8).map(|n| {
                    let x = u16::from(n - 1) * 28 + 2;
                    view! {
                        <rect x=x y="4" width="24" height="12" rx="6"
                            class="level-step" class:level-step-filled=n <= steps/>
                    }
                }).collect_view()}
            </svg>
            <span class="area-level-words">{i18n.t(level.resident_key())}</span>
        </li>
    }
}
