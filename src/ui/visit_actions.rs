//! The actions about the visit itself, under every screen: "Vos données" (what is kept
//! and for how long), "Effacer mes réponses" (with a confirmation), and on a kiosk,
//! "Réglages" behind a PIN when the configuration has one.

use super::advisor::OverviewButton;
use super::i18n::use_i18n;
use super::session::{use_session, Overlay};
use crate::domain::mode::Mode;
use leptos::prelude::*;

#[component]
pub fn VisitActions() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let has_pin = session.config.with_value(|c| c.kiosk_pin_hash.is_some());
    view! {
        <nav class="visit-actions" aria-label=move || i18n.t("visit.actions")>
            {move || (session.mode.get() == Mode::Advisor).then(|| view! { <OverviewButton/> })}
            <button type="button" class="link-button" on:click=move |_| session.show(Overlay::Privacy)>
                {i18n.text("privacy.link")}
            </button>
            <button type="button" class="link-button" on:click=move |_| session.show(Overlay::ConfirmErase)>
                {i18n.text("erase.link")}
            </button>
            {move || (session.mode.get() == Mode::Kiosk && has_pin).then(|| view! {
                <button type="button" class="link-button" on:click=move |_| session.show(Overlay::KioskSettings)>
                    {i18n.t("kiosk.settings.link")}
                </button>
            })}
        </nav>
    }
}
