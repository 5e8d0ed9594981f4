//! "Vos données": what Repère keeps, where, for how long, how to erase it, and that
//! nothing is sent anywhere. And the confirmation before erasing everything.

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::visit::use_visit;
use crate::ui::widgets::page_heading::PageHeading;
use domain::messages::time_words::kept_for;
use domain::site::mode::Mode;
use leptos::prelude::*;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    let visit = use_visit();
    let hours = visit.with_config(|c| c.keep_progress_hours);
    let how_long = move || kept_for(&i18n.messages(), visit.mode() == Mode::Kiosk, hours);
    view! {
        <div class="privacy">
            <PageHeading text=i18n.t("privacy.title")/>
            <p class="lead">{i18n.t("privacy.nothing_sent")}</p>
            <h2>{i18n.t("privacy.what.title")}</h2>
            <p>{i18n.t("privacy.what")}</p>
            <p>{i18n.t("privacy.where")}</p>
            {visit.with_config(|c| c.count_visits).then(|| view! { <p class="privacy-figures">{i18n.t("privacy.figures")}</p> })}
            <h2>{i18n.t("privacy.how_long.title")}</h2>
            <p>{how_long}</p>
            <h2>{i18n.t("privacy.erase.title")}</h2>
            <p>{i18n.t("privacy.erase")}</p>
            <p>{i18n.t("privacy.finished")}</p>
            <button type="button" class="button button-primary" on:click=move |_| visit.close_overlay()>
                {i18n.t("nav.back")}
            </button>
        </div>
    }
}

/// "Effacer mes réponses ?": erase, or go back.
#[component]
pub fn ConfirmErasePage() -> impl IntoView {
    let i18n = use_i18n();
    let visit = use_visit();
    view! {
        <div class="confirm-erase">
            <PageHeading text=i18n.t("erase.title")/>
            <p class="lead">{i18n.t("erase.explain")}</p>
            <p>{i18n.t("erase.cannot_undo")}</p>
            <div class="question-actions">
                <button type="button" class="button button-warning" on:click=move |_| visit.erase(Some("erase.done"))>
                    {i18n.t("erase.confirm")}
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| visit.close_overlay()>
                    {i18n.t("erase.cancel")}
                </button>
            </div>
        </div>
    }
}
