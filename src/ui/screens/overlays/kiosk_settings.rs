//! The kiosk's settings: a PIN first (its hash is in the settings file), then leave
//! kiosk mode, reset now for the next person, or open the structure's space.

use crate::platform::crypto::pin_opens;
use crate::ui::state::i18n::use_i18n;
use crate::ui::state::visit::use_visit;
use crate::ui::widgets::page_heading::PageHeading;
use leptos::ev::SubmitEvent;
use leptos::html::Input;
use leptos::prelude::*;

#[component]
pub fn KioskSettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let visit = use_visit();
    // Locked, a wrong PIN, or open: two flags, set together only in `on_submit` (a
    // signal of a new type of its own would cost the wasm more than this screen).
    let (open, wrong) = (RwSignal::new(false), RwSignal::new(false));
    let pin_input = NodeRef::<Input>::new();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let pin = pin_input.get().map(|i| i.value()).unwrap_or_default();
        let Some(hash) = visit.with_config(|c| c.kiosk_pin_hash.clone()) else {
            wrong.set(true);
            return;
        };
        leptos::task::spawn_local(async move {
            let ok = pin_opens(&pin, &hash).await;
            open.set(ok);
            wrong.set(!ok);
        });
    };
    let pin_form = move || {
        view! {
            <form class="pin-form" novalidate on:submit=on_submit>
                <label class="field-label" for="kiosk-pin">{i18n.t("kiosk.settings.pin")}</label>
                {move || wrong.get().then(|| view! {
                    <p id="kiosk-pin-error" class="error-message" role="alert">{i18n.t("kiosk.settings.wrong_pin")}</p>
                })}
                <input id="kiosk-pin" class="text-input" type="password"
                    autocomplete="off" node_ref=pin_input
                    aria-describedby=move || wrong.get().then_some("kiosk-pin-error")/>
                <button type="submit" class="button button-primary">{i18n.t("kiosk.settings.open")}</button>
            </form>
        }
    };
    view! {
        <div class="kiosk-settings">
            <PageHeading text=i18n.t("kiosk.settings.title")/>
            {move || if open.get() {
                view! {
                    <div class="question-actions">
                        <button type="button" class="button button-primary" on:click=move |_| visit.leave_kiosk()>
                            {i18n.t("kiosk.settings.leave")}
                        </button>
                        <button type="button" class="button button-secondary" on:click=move |_| visit.reset_for_next_person()>
                            {i18n.t("kiosk.settings.reset")}
                        </button>
                    </div>
                    // The space asks for the PIN again: it is a page of its own.
                    <p><a href="?espace&mode=borne">{i18n.t("kiosk.settings.space")}</a></p>
                }.into_any()
            } else {
                pin_form().into_any()
            }}
            <button type="button" class="back-link" on:click=move |_| visit.close_overlay()>
                {i18n.t("nav.back")}
            </button>
        </div>
    }
}
