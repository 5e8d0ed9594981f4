//! The welcome screen ("Accueil"): what Repère is, how long it takes, that answers stay
//! on the device, and the Start button.

use super::i18n::use_i18n;
use super::journey_handle::use_journey;
use super::page_heading::PageHeading;
use crate::domain::journey::Journey;
use leptos::prelude::*;

#[component]
pub fn WelcomePage() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    view! {
        <div class="welcome">
            <PageHeading text=Signal::derive(move || i18n.t("welcome.title"))/>
            <p class="lead">{move || i18n.t("welcome.what")}</p>
            <p>{move || i18n.t("welcome.then")}</p>
            <ul class="reassurances">
                <li class="reassurance reassurance-time">{move || i18n.t("welcome.duration")}</li>
                <li class="reassurance reassurance-device">{move || i18n.t("welcome.privacy")}</li>
                <li class="reassurance reassurance-kind">{move || i18n.t("welcome.no_wrong_answer")}</li>
            </ul>
            <button
                type="button"
                class="button button-primary button-start"
                on:click=move |_| journey.state.update(Journey::start)
            >
                {move || i18n.t("welcome.start")}
            </button>
        </div>
    }
}
