//! The actions about the visit itself, under every screen: for the advisor "Voir toutes
//! les réponses"; "Vos données" (what is kept and for how long); "Effacer mes réponses"
//! (with a confirmation); and on a kiosk, "Réglages" behind a PIN when the settings
//! have one.

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::visit::{use_visit, Overlay};
use domain::site::mode::Mode;
use leptos::prelude::*;

#[component]
pub fn VisitActions() -> impl IntoView {
    let i18n = use_i18n();
    let visit = use_visit();
    let has_pin = visit.with_config(|c| c.kiosk_pin_hash.is_some());
    view! {
        <nav class="visit-actions" aria-label=move || i18n.t("visit.actions")>
            {move || (visit.mode() == Mode::Advisor).then(|| view! {
                <button type="button" class="link-button" on:click=move |_| visit.show(Overlay::Overview)>
                    {i18n.text("overview.link")}
                </button>
            })}
            <button type="button" class="link-button" on:click=move |_| visit.show(Overlay::Privacy)>
                {i18n.text("privacy.link")}
            </button>
            <button type="button" class="link-button" on:click=move |_| visit.show(Overlay::ConfirmErase)>
                {i18n.text("erase.link")}
            </button>
            {move || (visit.mode() == Mode::Kiosk && has_pin).then(|| view! {
                <button type="button" class="link-button" on:click=move |_| visit.show(Overlay::KioskSettings)>
                    {i18n.t("kiosk.settings.link")}
                </button>
            })}
        </nav>
    }
}
