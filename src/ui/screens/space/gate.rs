//! The door of the structure's space: once a PIN is set, the space (and its figures)
//! opens only with it, on every device of the deployment, kiosk or not. A wrong PIN
//! several times waits longer each time (`domain::site::pin::wait_seconds`). Without a
//! PIN, the space opens and says plainly how to set one — except on a kiosk, where
//! anyone passing could open it. A PIN of an older config opens too, and its slow hash
//! is written at the next publish.

use super::SpaceBody;
use crate::platform::clock::now_ms;
use crate::platform::crypto::{new_pin_hash, pin_opens};
use crate::platform::location::query_string;
use crate::platform::network::published;
use domain::site::address::requested_mode;
use domain::site::config::{parse_config, CONFIG_FILE};
use domain::site::mode::Mode;
use domain::site::pin::{wait_seconds, PinHash};
use leptos::prelude::*;

#[derive(Clone)]
enum Access {
    Reading,
    Locked(PinHash),
    KioskWithoutPin,
    Open {
        no_pin: bool,
        upgrade: Option<PinHash>,
    },
}

#[component]
pub fn Gate() -> impl IntoView {
    let access = RwSignal::new(Access::Reading);
    leptos::task::spawn_local(async move {
        let languages: Vec<&str> = domain::content::language_codes().collect();
        let (text, _) = published::config_text(CONFIG_FILE).await;
        let config = parse_config(&text.unwrap_or_default(), &languages).config;
        let kiosk = config.default_mode == Mode::Kiosk
            || requested_mode(&query_string()) == Some(Mode::Kiosk.as_str());
        access.set(match config.kiosk_pin_hash {
            Some(hash) => Access::Locked(hash),
            None if kiosk => Access::KioskWithoutPin,
            None => Access::Open {
                no_pin: true,
                upgrade: None,
            },
        });
    });
    move || {
        match access.get() {
        Access::Reading => view! { <main id="main" class="site-main"><p class="space-status" role="status">"Lecture des réglages…"</p></main> }.into_any(),
        Access::Locked(hash) => view! { <PinForm hash access/> }.into_any(),
        Access::KioskWithoutPin => view! {
            <main id="main" class="site-main">
                <h1 class="page-heading">"Espace de la structure"</h1>
                <p>"Sur une borne, cet espace s'ouvre avec le code de la structure, et aucun code n'est réglé. Ouvrez l'espace sans le mode borne (l'adresse de Repère suivie de « ?espace »), choisissez un code dans « Réglages », puis publiez ou installez les fichiers."</p>
                <p><a href="./">"Revenir à Repère"</a></p>
            </main>
        }.into_any(),
        Access::Open { no_pin, upgrade } => view! { <SpaceBody no_pin upgrade/> }.into_any(),
    }
    }
}

#[component]
fn PinForm(hash: PinHash, access: RwSignal<Access>) -> impl IntoView {
    let hash = StoredValue::new(hash);
    let pin = RwSignal::new(String::new());
    let (wrong, checking) = (RwSignal::new(false), RwSignal::new(false));
    let failures = RwSignal::new(0u32);
    // Until when the next try waits (ms since the epoch), and the seconds left shown.
    let wait_until = RwSignal::new(0.0f64);
    let seconds_left = RwSignal::new(0u32);
    let tick = move || {
        fn step(wait_until: RwSignal<f64>, seconds_left: RwSignal<u32>) {
            let left = ((wait_until.get_untracked() - now_ms()) / 1000.0)
                .ceil()
                .max(0.0) as u32;
            seconds_left.set(left);
            if left > 0 {
                set_timeout(
                    move || step(wait_until, seconds_left),
                    std::time::Duration::from_millis(500),
                );
            }
        }
        step(wait_until, seconds_left);
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if checking.get_untracked() || seconds_left.get_untracked() > 0 {
            return;
        }
        checking.set(true);
        let typed = pin.get_untracked();
        leptos::task::spawn_local(async move {
            let hash = hash.get_value();
            if pin_opens(&typed, &hash).await {
                // An older, quick hash is replaced by the slow one at the next publish.
                let upgrade = if hash.is_legacy() {
                    new_pin_hash(&typed).await
                } else {
                    None
                };
                access.set(Access::Open {
                    no_pin: false,
                    upgrade,
                });
                return;
            }
            checking.set(false);
            wrong.set(true);
            failures.update(|f| *f += 1);
            let wait = wait_seconds(failures.get_untracked());
            if wait > 0 {
                wait_until.set(now_ms() + f64::from(wait) * 1000.0);
                tick();
            }
        });
    };
    view! {
        <main id="main" class="site-main">
            <h1 class="page-heading">"Espace de la structure"</h1>
            <p>"Cet espace s'ouvre avec le code de la structure."</p>
            <form class="pin-form" novalidate on:submit=on_submit>
                <label class="field-label" for="space-pin">"Code de la structure"</label>
                {move || wrong.get().then(|| view! { <p id="space-pin-error" class="error-message" role="alert">"Ce n'est pas le bon code."</p> })}
                {move || (seconds_left.get() > 0).then(|| view! { <p class="space-notice" role="status">{format!("Trop d'essais. Attendez {} secondes avant de réessayer.", seconds_left.get())}</p> })}
                <input id="space-pin" class="text-input" type="password" autocomplete="off"
                    aria-describedby=move || wrong.get().then_some("space-pin-error")
                    prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev))/>
                <button type="submit" class="button button-primary" prop:disabled=move || seconds_left.get() > 0 || checking.get()>
                    {move || if checking.get() { "Vérification…" } else { "Ouvrir" }}
                </button>
            </form>
            <p><a href="./">"Revenir à Repère"</a></p>
        </main>
    }
}
