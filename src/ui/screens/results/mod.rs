//! "Votre résultat": strengths first, then a level per area in words with a simple
//! picture, what the hands-on checks saw, the next steps, the code for the advisor, what is done with help, what to
//! learn next, and a word about questions that were not clear. For the advisor, notes
//! and the activity-report sheet. Print, change, start again, or "J'ai terminé".

mod advisor_sheet;
mod area_level;
mod checks_seen;
mod handoff_card;
mod next_steps;

use crate::platform::clock::{local, now_ms};
use crate::platform::print::print;
use crate::ui::state::catalog_handle::use_catalog;
use crate::ui::state::i18n::use_i18n;
use crate::ui::state::journey_handle::use_journey;
use crate::ui::state::recommendations::Recommendations;
use crate::ui::state::visit::use_visit;
use crate::ui::widgets::languages::in_french::{french_under, with_french, Under};
use crate::ui::widgets::page_heading::PageHeading;
use advisor_sheet::{ActivityReportSheet, AdvisorNotes};
use area_level::AreaLevel;
use checks_seen::ChecksSeen;
use domain::messages::time_words::full_date_text;
use domain::questionnaire::ids::ItemId;
use domain::site::mode::Mode;
use handoff_card::HandoffCard;
use leptos::prelude::*;
use next_steps::{NextSteps, StepsInFrench};

#[component]
pub fn ResultsPage() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let visit = use_visit();
    let catalog = use_catalog();
    // The shell asked for the catalog as the journey started, and asks again as the
    // results open if that attempt failed.
    let recommendations = Recommendations::new(journey, catalog);
    provide_context(recommendations);
    // The structure's figures: the results reached (once per visit), the next steps
    // once the catalog is read, each print (the button or the browser's own menu).
    let profile = recommendations.profile();
    journey.with_untracked(|j, _| {
        profile.with_untracked(|p| visit.figures().count(|t| t.reached_results(j.answers(), p)))
    });
    Effect::new(move |_| {
        recommendations.with(|steps| {
            catalog.with_loaded(|c| {
                if let (Some(steps), Some(c)) = (steps, c) {
                    untrack(|| visit.figures().count(|t| t.steps_shown(c, steps)));
                }
            })
        })
    });
    let on_print = window_event_listener_untyped("beforeprint", move |_| {
        visit.figures().count(|t| t.printed());
    });
    on_cleanup(move || on_print.remove());
    let item_list = move |items: Vec<ItemId>| {
        let keys: Vec<String> = journey.with_questionnaire(|q| {
            items
                .iter()
                .filter_map(|id| q.item(id).map(|i| i.short_key()))
                .collect()
        });
        view! {
            <ul class="item-list">
                {keys.into_iter().map(|key| view! { <li>{with_french(i18n, &key)}</li> }).collect_view()}
            </ul>
        }
    };
    let print_title = move || {
        let date = full_date_text(&i18n.messages(), &local(now_ms()));
        i18n.format("print.title", &[("date", &date)])
    };

    view! {
        <div class="results">
            <p class="print-only print-title">{print_title}</p>
            <PageHeading text=i18n.t("results.title")/>
            {french_under(i18n.french_too("results.title"), Under::Heading)}
            <p class="lead">{i18n.t("results.thanks")}</p>

            // After an urgent shortcut no skill was asked: the door comes first.
            {move || profile.with(|p| !p.areas.is_empty()).then(|| view! {
            <section class="results-section results-strengths" aria-labelledby="strengths-title">
                <h2 id="strengths-title">{with_french(i18n, "results.strengths.title")}</h2>
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
                <h2 id="levels-title">{with_french(i18n, "results.levels.title")}</h2>
                <ul class="area-levels">
                    {move || profile.with(|p| p.areas.clone()).into_iter().map(|r| view! { <AreaLevel result=r/> }).collect_view()}
                </ul>
            </section>
            })}

            <ChecksSeen profile/>
            <NextSteps/>
            <StepsInFrench/>
            <HandoffCard/>
            {move || (visit.mode() == Mode::Advisor).then(|| view! {
                <AdvisorNotes/>
                <ActivityReportSheet/>
            })}

            {move || {
                let with_help = profile.with(|p| p.with_help.clone());
                (!with_help.is_empty()).then(|| view! {
                    <section class="results-section" aria-labelledby="with-help-title">
                        <h2 id="with-help-title">{with_french(i18n, "results.with_help.title")}</h2>
                        {item_list(with_help)}
                    </section>
                })
            }}

            {move || {
                let to_learn = profile.with(|p| p.to_learn.clone());
                (!to_learn.is_empty()).then(|| view! {
                    <section class="results-section" aria-labelledby="to-learn-title">
                        <h2 id="to-learn-title">{with_french(i18n, "results.to_learn.title")}</h2>
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
                <button type="button" class="button button-secondary" on:click=move |_| visit.erase(None)>
                    {i18n.t("results.restart")}
                </button>
                <button type="button" class="button button-primary" on:click=move |_| visit.finish()>
                    {i18n.t("results.finished")}
                </button>
            </div>
        </div>
    }
}
