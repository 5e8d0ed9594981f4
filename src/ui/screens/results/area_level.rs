//! One area on the results: its name, the level in words, and a picture of three bars
//! filled to the level (with a text equivalent).

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::journey_handle::use_journey;
use domain::results::scoring::AreaResult;
use leptos::prelude::*;

#[component]
pub fn AreaLevel(result: AreaResult) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let name_key = journey
        .with_questionnaire(|q| q.area(&result.area).map(|a| a.name_key()))
        .unwrap_or_default();
    let level = result.level;
    let bars = level.bars();
    view! {
        <li class="area-level" data-area=result.area.to_string() data-level=level.report_label()>
            <span class="area-level-name">{i18n.t(&name_key)}</span>
            <svg class="level-steps" aria-hidden="true" data-steps=bars viewBox="0 0 84 20" width="84" height="20">
                {(1..=3u8).map(|n| {
                    let x = u16::from(n - 1) * 28 + 2;
                    view! {
                        <rect x=x y="4" width="24" height="12" rx="6"
                            class="level-step" class:level-step-filled=n <= bars/>
                    }
                }).collect_view()}
            </svg>
            <span class="area-level-words">{i18n.t(level.resident_key())}</span>
        </li>
    }
}
