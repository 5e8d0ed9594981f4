//! « Dans la liste, choisissez « mardi », puis appuyez sur « Valider ». »: a real
//! drop-down list (the browser's own, so every means works), then « Valider ». A
//! « Valider » on another choice is a try that missed.

use super::{normalised, Task};
use crate::ui::state::i18n::use_i18n;
use domain::questionnaire::check::{Check, Means};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

#[component]
pub(super) fn ChooseTask(check: Check, task: Task) -> impl IntoView {
    let i18n = use_i18n();
    let options: Vec<String> = i18n
        .t(&check.options_key())
        .split('|')
        .map(|o| o.trim().to_owned())
        .filter(|o| !o.is_empty())
        .collect();
    let target = normalised(&i18n.t(&check.target_key()));
    let chosen = RwSignal::new(String::new());
    let select_id = format!("check-{}-list", check.id);
    let validate = {
        let options = options.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let right = chosen.with_untracked(|c| {
                c.parse::<usize>()
                    .ok()
                    .and_then(|i| options.get(i))
                    .is_some_and(|o| normalised(o) == target)
            });
            if right {
                task.done.run(task.means.get_untracked());
            } else {
                task.miss.run(());
            }
        }
    };
    view! {
        <form class="check-form" novalidate on:submit=validate>
            <label class="field-label" for=select_id.clone()>{i18n.t(&check.label_key())}</label>
            <select id=select_id class="select check-select" aria-describedby="check-hint"
                on:pointerdown=move |ev| task.pointer_down(&ev)
                on:keydown=move |_| task.means.set(Means::Keyboard)
                on:change=move |ev| chosen.set(event_target_value(&ev))>
                <option value="">{i18n.t("check.choose_placeholder")}</option>
                {options.into_iter().enumerate().map(|(i, o)| view! {
                    <option value=i.to_string()>{o}</option>
                }).collect_view()}
            </select>
            <button type="submit" class="button button-primary check-validate">{i18n.t("check.validate")}</button>
        </form>
    }
}
