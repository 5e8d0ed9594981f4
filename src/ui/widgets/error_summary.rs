//! The summary of what is missing, at the top of a question: focused when it appears
//! so that it is read at once, with a link that moves focus to the first answer. Warm
//! amber, not a red wall.

use crate::platform::document::focus_element;
use crate::ui::state::i18n::use_i18n;
use leptos::html::Div;
use leptos::prelude::*;

#[component]
pub fn ErrorSummary(
    /// What to do, in one or two plain sentences.
    message: String,
    /// The id of the field the link leads to.
    target: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let summary = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if let Some(el) = summary.get() {
            let _ = el.focus();
        }
    });
    let href = target.as_ref().map(|id| format!("#{id}"));
    let on_click = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(id) = &target {
            focus_element(id);
        }
    };
    view! {
        <div class="error-summary" role="alert" tabindex="-1" node_ref=summary>
            <h2 class="error-summary-title">{i18n.t("question.error.summary_title")}</h2>
            <ul class="error-summary-list">
                <li><a href=href on:click=on_click>{message}</a></li>
            </ul>
        </div>
    }
}
