//! « Écrivez le mot « pomme », puis appuyez sur « Valider ». »: a field and « Valider »
//! (or Enter). Capitals and spaces around do not count; a « Valider » on another word is
//! a try that missed.

use super::{normalised, Task};
use crate::ui::state::i18n::use_i18n;
use domain::questionnaire::check::{Check, Means};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

#[component]
pub(super) fn TypeTask(check: Check, task: Task) -> impl IntoView {
    let i18n = use_i18n();
    let target = normalised(&i18n.t(&check.target_key()));
    let typed = RwSignal::new(String::new());
    let input_id = format!("check-{}-field", check.id);
    let validate = move |ev: SubmitEvent| {
        ev.prevent_default();
        if typed.with_untracked(|t| normalised(t) == target) {
            task.done.run(task.means.get_untracked());
        } else {
            task.miss.run(());
        }
    };
    view! {
        <form class="check-form" novalidate on:submit=validate>
            <label class="field-label" for=input_id.clone()>{i18n.t(&check.label_key())}</label>
            <input id=input_id class="text-input check-field" type="text" autocomplete="off"
                autocapitalize="off" spellcheck="false" aria-describedby="check-hint"
                on:pointerdown=move |ev| task.pointer_down(&ev)
                on:keydown=move |_| task.means.set(Means::Keyboard)
                on:input=move |ev| typed.set(event_target_value(&ev))/>
            <button type="submit" class="button button-primary check-validate">{i18n.t("check.validate")}</button>
        </form>
    }
}
