//! "Vos données": what Repère keeps, where, for how long, how to erase it, and that
//! nothing is sent anywhere. And the confirmation before erasing everything.

use super::i18n::use_i18n;
use super::journey_handle::use_journey;
use super::page_heading::PageHeading;
use super::persistence::erase_everything;
use super::session::use_session;
use crate::domain::mode::Mode;
use leptos::prelude::*;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let hours = session
        .config
        .with_value(|c| c.keep_progress_hours)
        .to_string();
    let how_long = move || match session.mode.get() {
        Mode::Kiosk => i18n.t("privacy.how_long_kiosk"),
        _ if hours == "0" => i18n.t("privacy.how_long_never"),
        _ => i18n.format("privacy.how_long", &[("hours", &hours)]),
    };
    view! {
        <div class="privacy">
            <PageHeading text=i18n.t("privacy.title")/>
            <p class="lead">{i18n.t("privacy.nothing_sent")}</p>
            <h2>{i18n.t("privacy.what.title")}</h2>
            <p>{i18n.t("privacy.what")}</p>
            <p>{i18n.t("privacy.where")}</p>
            <h2>{i18n.t("privacy.how_long.title")}</h2>
            <p>{how_long}</p>
            <h2>{i18n.t("privacy.erase.title")}</h2>
            <p>{i18n.t("privacy.erase")}</p>
            <p>{i18n.t("privacy.finished")}</p>
            <button type="button" class="button button-primary" on:click=move |_| session.close_overlay()>
                {i18n.t("nav.back")}
            </button>
        </div>
    }
}

#[component]
pub fn ConfirmErasePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let journey = use_journey();
    view! {
        <div class="confirm-erase">
            <PageHeading text=i18n.t("erase.title")/>
            <p class="lead">{i18n.t("erase.explain")}</p>
            <p>{i18n.t("erase.cannot_undo")}</p>
            <div class="question-actions">
                <button type="button" class="button button-warning" on:click=move |_| {
                    erase_everything(session, journey, Some("erase.done"))
                }>
                    {i18n.t("erase.confirm")}
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| session.close_overlay()>
                    {i18n.t("erase.cancel")}
                </button>
            </div>
        </div>
    }
}
