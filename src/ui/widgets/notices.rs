//! Plain sentences about the visit at the top of the page ("Vos réponses ne peuvent pas
//! être gardées sur cet appareil…"), in a polite live region so that screen readers
//! say them without interrupting.

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::visit::use_visit;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let i18n = use_i18n();
    let visit = use_visit();
    view! {
        <div class="notices" role="status">
            {move || {
                visit
                    .notices()
                    .into_iter()
                    .map(|key| view! { <p class="notice">{i18n.t(key)}</p> })
                    .collect_view()
            }}
        </div>
    }
}
