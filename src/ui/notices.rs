//! Plain sentences about the visit at the top of the page ("Vos réponses ne peuvent pas
//! être gardées sur cet appareil…"), in a polite live region so that screen readers
//! say them without interrupting.

use super::i18n::use_i18n;
use super::session::use_session;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    view! {
        <div class="notices" role="status">
            {move || {
                session
                    .notices
                    .get()
                    .into_iter()
                    .map(|key| view! { <p class="notice">{i18n.t(key)}</p> })
                    .collect_view()
            }}
        </div>
    }
}
