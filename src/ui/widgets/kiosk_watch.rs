//! The kiosk's watch for inactivity: after a while without a touch, a full-screen
//! "Vous êtes toujours là ?" with a visible countdown and a large "Oui, je continue";
//! then `Visit::reset_for_next_person`. The timing rule is `domain::site::kiosk_timer`.

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::visit::use_visit;
use domain::site::kiosk_timer::{kiosk_phase, KioskPhase};
use leptos::html::Button;
use leptos::prelude::*;
use std::time::Duration;

/// Watches for inactivity while the app runs as a kiosk.
#[component]
pub fn KioskWatch() -> impl IntoView {
    let visit = use_visit();
    let (idle, warning) = visit.with_config(|c| (c.kiosk_idle_seconds, c.kiosk_warning_seconds));
    let idle_seconds = RwSignal::new(0u32);
    let phase = Memo::new(move |_| kiosk_phase(idle_seconds.get(), idle, warning));
    count_idle_seconds(idle_seconds, phase);

    Effect::new(move |_| match phase.get() {
        KioskPhase::Active => {}
        // Nothing to reset: the kiosk is as the next person should find it.
        KioskPhase::Warning { .. } if untrack(|| visit.is_as_started()) => idle_seconds.set(0),
        KioskPhase::Warning { .. } => {}
        KioskPhase::Reset => {
            visit.reset_for_next_person();
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

/// Counts the seconds without a sign of life. Any touch, click, key or scroll is one,
/// except during the question: only "Oui, je continue" answers it. The listeners and
/// the ticker go with the watch.
fn count_idle_seconds(idle_seconds: RwSignal<u32>, phase: Memo<KioskPhase>) {
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
