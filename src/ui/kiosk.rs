//! The kiosk: after a while without a touch, a full-screen "Vous êtes toujours là ?"
//! with a visible countdown and a large "Oui, je continue"; then everything is erased
//! and the kiosk is as it started for the next visitor: the welcome screen, the
//! starting language, the usual reading comfort. The settings (leave kiosk mode, reset
//! now) are behind the PIN whose hash is in the configuration.

use super::display::{use_display, Display};
use super::i18n::{use_i18n, I18n};
use super::journey_handle::{use_journey, JourneyHandle};
use super::page_heading::PageHeading;
use super::persistence::erase_everything;
use super::session::{use_session, Session};
use crate::content;
use crate::domain::journey::Journey;
use crate::domain::kiosk_timer::{kiosk_phase, KioskPhase};
use crate::domain::mode::Mode;
use crate::domain::pin::pin_matches;
use crate::platform::clock::now_ms;
use crate::platform::fetch_text::fetch_text;
use crate::platform::{location, service_worker};
use leptos::ev::SubmitEvent;
use leptos::html::{Button, Input};
use leptos::prelude::*;
use std::time::Duration;

/// Watches for inactivity while the app runs as a kiosk.
#[component]
pub fn KioskWatch() -> impl IntoView {
    let session = use_session();
    let journey = use_journey();
    let (i18n, display) = (use_i18n(), use_display());
    let (idle, warning) = session
        .config
        .with_value(|c| (c.kiosk_idle_seconds, c.kiosk_warning_seconds));
    let idle_seconds = RwSignal::new(0u32);
    let phase = Memo::new(move |_| kiosk_phase(idle_seconds.get(), idle, warning));

    // Any touch, click, key or scroll is a sign of life, except during the question:
    // only "Oui, je continue" answers it.
    let alive = move || {
        if !matches!(phase.get_untracked(), KioskPhase::Warning { .. }) {
            idle_seconds.set(0);
        }
    };
    let listeners = [
        window_event_listener(leptos::ev::pointerdown, move |_| alive()),
        window_event_listener(leptos::ev::keydown, move |_| alive()),
        window_event_listener(leptos::ev::wheel, move |_| alive()),
        window_event_listener(leptos::ev::touchstart, move |_| alive()),
    ];
    let ticker = set_interval_with_handle(
        move || idle_seconds.update(|s| *s = s.saturating_add(1)),
        Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        for listener in listeners {
            listener.remove();
        }
        if let Some(ticker) = ticker {
            ticker.clear();
        }
    });

    Effect::new(move |_| match phase.get() {
        KioskPhase::Active => {}
        KioskPhase::Warning { .. }
            if untrack(|| is_as_started(session, journey, i18n, display)) =>
        {
            idle_seconds.set(0)
        }
        KioskPhase::Warning { .. } => {}
        KioskPhase::Reset => {
            start_afresh(session, journey, i18n, display);
            idle_seconds.set(0);
        }
    });

    let warning_shown = Memo::new(move |_| matches!(phase.get(), KioskPhase::Warning { .. }));
    let seconds_left = Signal::derive(move || match phase.get() {
        KioskPhase::Warning { seconds_left } => seconds_left,
        _ => 0,
    });
    move || {
        warning_shown.get().then(|| {
            view! { <KioskWarning seconds_left on_continue=move || idle_seconds.set(0)/> }
        })
    }
}

/// The language a visit starts in, as the configuration says.
fn starting_language(session: Session) -> String {
    session
        .config
        .with_value(|c| c.starting_language(content::default_language()).to_owned())
}

/// Whether the kiosk is as the next person should find it: no journey, no screen on
/// top, the starting language and the usual reading comfort.
fn is_as_started(session: Session, journey: JourneyHandle, i18n: I18n, display: Display) -> bool {
    journey.state.with(|j| *j == Journey::default())
        && session.overlay.get().is_none()
        && display.is_as_started()
        && i18n.code() == starting_language(session)
}

/// Readies the kiosk for the next person: erases the visit and puts the language and the
/// reading comfort back as they started. Then loads Repère again when that is safe, so
/// that a new version, the catalog and the settings as they are now are picked up, and
/// nothing of the visit stays in memory (Leptos keeps a little of every screen shown).
fn start_afresh(session: Session, journey: JourneyHandle, i18n: I18n, display: Display) {
    erase_everything(session, journey, None);
    display.reset();
    i18n.set_language(&starting_language(session), || {});
    reload_when_safe(move || is_as_started(session, journey, i18n, display));
}

/// Reloads the page unless that could leave a dead screen: with the service worker in
/// control, a reload works even offline; without it, only once the server has just
/// answered, and only if nobody has started meanwhile (`still_idle`).
fn reload_when_safe(still_idle: impl Fn() -> bool + 'static) {
    if service_worker::controls_page() {
        location::reload();
        return;
    }
    leptos::task::spawn_local(async move {
        // A new address each time, so that no cache can answer for the server.
        let probe = format!("config.json?reload-check={}", now_ms() as u64);
        if fetch_text(&probe).await.is_ok() && untrack(&still_idle) {
            location::reload();
        }
    });
}

/// "Vous êtes toujours là ?" over the whole screen.
#[component]
fn KioskWarning(seconds_left: Signal<u32>, on_continue: impl Fn() + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let button = NodeRef::<Button>::new();
    Effect::new(move |_| {
        if let Some(button) = button.get() {
            let _ = button.focus();
        }
    });
    view! {
        <div class="kiosk-warning" role="alertdialog" aria-modal="true"
            aria-labelledby="kiosk-warning-title" aria-describedby="kiosk-warning-text">
            <div class="kiosk-warning-box">
                <h2 id="kiosk-warning-title">{i18n.t("kiosk.warning.title")}</h2>
                <p id="kiosk-warning-text">{i18n.t("kiosk.warning.text")}</p>
                <p class="kiosk-countdown" aria-hidden="true">
                    {move || i18n.format("kiosk.warning.countdown", &[("seconds", &seconds_left.get().to_string())])}
                </p>
                <button type="button" class="button button-primary button-start" node_ref=button
                    on:click=move |_| on_continue()>
                    {i18n.t("kiosk.warning.continue")}
                </button>
            </div>
        </div>
    }
}

/// The kiosk's settings: a PIN first, then leave kiosk mode or reset now.
#[component]
pub fn KioskSettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let journey = use_journey();
    let display = use_display();
    let unlocked = RwSignal::new(false);
    let wrong = RwSignal::new(false);
    let pin_input = NodeRef::<Input>::new();
    let expected = session.config.with_value(|c| c.kiosk_pin_hash.clone());
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let pin = pin_input.get().map(|i| i.value()).unwrap_or_default();
        let ok = expected
            .as_deref()
            .is_some_and(|hash| pin_matches(&pin, hash));
        unlocked.set(ok);
        wrong.set(!ok);
    };
    let leave_kiosk = move |_| {
        session.mode.set(Mode::Resident);
        session.close_overlay();
    };
    let on_submit = Callback::new(move |ev: SubmitEvent| on_submit(ev));
    view! {
        <div class="kiosk-settings">
            <PageHeading text=i18n.t("kiosk.settings.title")/>
            {move || if unlocked.get() {
                view! {
                    <div class="question-actions">
                        <button type="button" class="button button-primary" on:click=leave_kiosk>
                            {i18n.t("kiosk.settings.leave")}
                        </button>
                        <button type="button" class="button button-secondary" on:click=move |_| start_afresh(session, journey, i18n, display)>
                            {i18n.t("kiosk.settings.reset")}
                        </button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <form class="pin-form" novalidate on:submit=move |ev| on_submit.run(ev)>
                        <label class="field-label" for="kiosk-pin">{i18n.t("kiosk.settings.pin")}</label>
                        {move || wrong.get().then(|| view! {
                            <p id="kiosk-pin-error" class="error-message" role="alert">{i18n.t("kiosk.settings.wrong_pin")}</p>
                        })}
                        <input id="kiosk-pin" class="text-input" type="password" inputmode="numeric"
                            autocomplete="off" node_ref=pin_input
                            aria-describedby=move || wrong.get().then_some("kiosk-pin-error")/>
                        <button type="submit" class="button button-primary">{i18n.t("kiosk.settings.open")}</button>
                    </form>
                }.into_any()
            }}
            <button type="button" class="back-link" on:click=move |_| session.close_overlay()>
                {i18n.t("nav.back")}
            </button>
        </div>
    }
}
