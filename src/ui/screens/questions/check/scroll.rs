//! « Descendez dans le cadre, puis appuyez sur « Trouvé ». »: a frame that scrolls,
//! with the button at its bottom. The frame takes focus, so the arrow keys move it, and
//! Tab reaches the button. Scrolling is never a try: pressing the button ends it.

use super::Task;
use crate::ui::state::i18n::use_i18n;
use domain::questionnaire::check::{Check, Means};
use leptos::prelude::*;

/// How many lines stand between the top of the frame and the button.
const LINES: usize = 8;

#[component]
pub(super) fn ScrollTask(check: Check, task: Task) -> impl IntoView {
    let i18n = use_i18n();
    let more = i18n.t("check.scroll_more");
    view! {
        <div class="check-zone check-scroll-frame" tabindex="0" role="region"
            aria-label=i18n.t("check.frame")
            on:pointerdown=move |ev| task.pointer_down(&ev)
            on:keydown=move |_| task.means.set(Means::Keyboard)>
            <ul class="check-scroll-lines" aria-hidden="true">
                {(0..LINES).map(|_| view! { <li>{more.clone()}</li> }).collect_view()}
            </ul>
            <button type="button" class="button check-target"
                on:click=move |ev| task.done.run(task.means_of_click(&ev))>
                {i18n.t(&check.target_key())}
            </button>
        </div>
    }
}
