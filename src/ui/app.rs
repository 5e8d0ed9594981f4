//! The whole app: reads the compiled-in content and the settings file, then opens the
//! visit (`Visit::open`) and hands it to the shell. A blank page is never the answer:
//! content that cannot be read gets a plain message, settings that cannot be read give
//! the defaults (said in the footer).

use super::chunks::lazy_view::lazy_view;
use super::chunks::parts;
use super::shell::Shell;
use super::state::i18n::I18n;
use super::state::visit::Visit;
use crate::content;
use crate::domain::codes::pin::pin_matches;
use crate::domain::site::address::{asks_for_space, requested_mode};
use crate::domain::site::config::SiteConfig;
use crate::domain::site::config::{parse_config, LoadedConfig, CONFIG_FILE};
use crate::domain::site::mode::Mode;
use crate::platform::fetch_text::fetch_text;
use crate::platform::location::query_string;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let (Ok(questionnaire), Some(i18n)) = (content::questionnaire(), I18n::new()) else {
        return view! { <ContentUnavailable/> }.into_any();
    };
    provide_context(i18n);
    i18n.sync_document_language();

    // Written once, by this task: the visit below opens once.
    let config = RwSignal::new(None::<LoadedConfig>);
    leptos::task::spawn_local(async move {
        let languages: Vec<&str> = content::language_codes().collect();
        let loaded = match fetch_text(CONFIG_FILE).await {
            Ok(text) => parse_config(&text, &languages),
            Err(_) => LoadedConfig::unreadable(),
        };
        config.set(Some(loaded));
    });

    // The visit opens once the settings are known: they decide the mode and how long
    // saved progress is kept. The questionnaire moves into it. Only the settings are
    // tracked here, so that nothing read while opening can open the visit again.
    let questionnaire = StoredValue::new(Some(questionnaire));
    let space = asks_for_space(&query_string());
    let visit = move || {
        let loaded = config.get()?;
        if space {
            return Some(view! { <SpaceGate config=loaded.config/> }.into_any());
        }
        let questionnaire = questionnaire.try_update_value(Option::take).flatten()?;
        let visit = untrack(|| Visit::open(loaded, questionnaire, i18n));
        Some(view! { <Shell visit/> }.into_any())
    };
    visit.into_any()
}

/// The structure's space, behind the kiosk's PIN on a kiosk (where anyone passing by
/// could open it); elsewhere it opens at once, as it holds nothing personal.
#[component]
fn SpaceGate(config: SiteConfig) -> impl IntoView {
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

/// Shown if the content compiled into the app cannot be read. It cannot happen with a
/// build that passed its tests, but a blank page must never be the answer.
#[component]
fn ContentUnavailable() -> impl IntoView {
    view! {
        <main id="main" class="site-main">
            <h1>"Repère ne peut pas s'ouvrir"</h1>
            <p>"Le contenu de Repère est abîmé sur ce serveur."</p>
            <p>"Demandez de l'aide à un proche, ou à l'accueil d'une mairie ou de France Services."</p>
        </main>
    }
}
