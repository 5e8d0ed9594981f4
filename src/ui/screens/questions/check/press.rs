//! « Appuyez sur le bouton « Ici ». »: a large button inside a frame. A press in the
//! frame beside the button is a try that missed.

use super::Task;
use crate::ui::state::i18n::use_i18n;
use domain::questionnaire::check::{Check, Means};
use leptos::prelude::*;

#[component]
pub(super) fn PressTask(check: Check, task: Task) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="check-zone check-press-zone"
            on:pointerdown=move |ev| {
                task.pointer_down(&ev);
                task.miss.run(());
            }
            on:keydown=move |_| task.means.set(Means::Keyboard)>
            <button type="button" class="button check-target"
                on:pointerdown=move |ev| {
                    ev.stop_propagation();
                    task.pointer_down(&ev);
                }
                on:click=move |ev| task.done.run(task.means_of_click(&ev))>
                {i18n.t(&check.target_key())}
            </button>
        </div>
    }
}
