//! "Vous faites une pause": the answers are kept, and "Reprendre" goes back to the
//! question the person left.

use super::i18n::use_i18n;
use super::page_heading::PageHeading;
use super::session::use_session;
use leptos::prelude::*;

#[component]
pub fn PausePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    view! {
        <div class="pause">
            <PageHeading text=i18n.t("pause.title")/>
            <p class="lead">{i18n.t("pause.kept")}</p>
            <p>{i18n.t("pause.when_ready")}</p>
            <button type="button" class="button button-primary" on:click=move |_| session.close_overlay()>
                {i18n.t("pause.resume")}
            </button>
        </div>
    }
}
