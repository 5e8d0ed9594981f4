//! "Vous faites une pause": the answers are kept, and "Reprendre" goes back to the
//! question the person left.

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::visit::use_visit;
use crate::ui::widgets::page_heading::PageHeading;
use leptos::prelude::*;

#[component]
pub fn PausePage() -> impl IntoView {
    let i18n = use_i18n();
    let visit = use_visit();
    view! {
        <div class="pause">
            <PageHeading text=i18n.t("pause.title")/>
            <p class="lead">{i18n.t("pause.kept")}</p>
            <p>{i18n.t("pause.when_ready")}</p>
            <button type="button" class="button button-primary" on:click=move |_| visit.close_overlay()>
                {i18n.t("pause.resume")}
            </button>
        </div>
    }
}
