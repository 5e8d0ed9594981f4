//! The structure's space as a page of its own (`?espace`), behind the kiosk's PIN on a
//! kiosk. The space is a chunk: like the journey's screens, it is shown by the shell.

use crate::platform::location::query_string;
use crate::ui::chunks::lazy_view::lazy_view;
use crate::ui::chunks::parts;
use domain::site::address::requested_mode;
use domain::site::config::SiteConfig;
use domain::site::mode::Mode;
use domain::site::pin::pin_matches;
use leptos::prelude::*;

/// The structure's space, behind the kiosk's PIN on a kiosk (where anyone passing by
/// could open it); elsewhere it opens at once, as it holds nothing personal.
#[component]
pub fn SpaceGate(config: SiteConfig) -> impl IntoView {
    let kiosk = config.default_mode == Mode::Kiosk
        || requested_mode(&query_string()) == Some(Mode::Kiosk.as_str());
    let open = RwSignal::new(!kiosk);
    let wrong = RwSignal::new(false);
    let hash = StoredValue::new(config.kiosk_pin_hash.clone());
    let pin = RwSignal::new(String::new());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ok = hash.with_value(|h| {
            h.as_deref()
                .is_some_and(|h| pin_matches(&pin.get_untracked(), h))
        });
        open.set(ok);
        wrong.set(!ok);
    };
    let has_pin = config.kiosk_pin_hash.is_some();
    move || {
        if open.get() {
            return lazy_view(std::sync::Arc::new(|| Box::pin(parts::space_screen())));
        }
        view! {
            <main id="main" class="site-main">
                <h1 class="page-heading">"Espace de la structure"</h1>
                {if has_pin {
                    view! {
                        <form class="pin-form" novalidate on:submit=on_submit>
                            <label class="field-label" for="space-pin">"Code de la borne"</label>
                            {move || wrong.get().then(|| view! { <p id="space-pin-error" class="error-message" role="alert">"Ce n'est pas le bon code."</p> })}
                            <input id="space-pin" class="text-input" type="password" inputmode="numeric" autocomplete="off"
                                prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev))/>
                            <button type="submit" class="button button-primary">"Ouvrir"</button>
                        </form>
                    }.into_any()
                } else {
                    view! { <p>"Sur une borne, cet espace s'ouvre avec le code de la borne, et aucun code n'est réglé. Ouvrez l'espace depuis un autre poste pour en choisir un."</p> }.into_any()
                }}
                <p><a href="./">"Revenir à Repère"</a></p>
            </main>
        }
        .into_any()
    }
}
