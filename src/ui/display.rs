//! Reading comfort, for the visit: text size in three steps, a high-contrast theme, and
//! reading aloud. The choices are applied as classes on `<html>` and kept in
//! `sessionStorage` (erased with everything else); the system's reduced motion and dark
//! scheme are followed by the stylesheet.

use super::i18n::use_i18n;
use crate::platform::{speech, storage};
use leptos::prelude::*;

const KEY: &str = "repere:display";

#[derive(Clone, Copy)]
pub struct Display {
    /// 0, 1 or 2.
    pub text_size: RwSignal<u8>,
    pub high_contrast: RwSignal<bool>,
    pub read_aloud: RwSignal<bool>,
    /// Reading aloud as a visit starts: on for a kiosk whose configuration says so, where
    /// the browser can speak.
    read_aloud_at_start: bool,
}

impl Display {
    /// The choices kept for this visit, or the defaults (reading aloud on for a kiosk
    /// whose configuration says so).
    pub fn new(read_aloud_by_default: bool) -> Self {
        let saved = storage::read_for_visit(KEY).unwrap_or_default();
        let mut parts = saved.split(',');
        let text_size = parts
            .next()
            .and_then(|s| s.parse::<u8>().ok())
            .filter(|s| *s <= 2)
            .unwrap_or(0);
        let high_contrast = parts.next() == Some("1");
        let read_aloud = match parts.next() {
            Some(flag) => flag == "1",
            None => read_aloud_by_default,
        } && speech::is_available();
        let display = Self {
            text_size: RwSignal::new(text_size),
            high_contrast: RwSignal::new(high_contrast),
            read_aloud: RwSignal::new(read_aloud),
            read_aloud_at_start: read_aloud_by_default && speech::is_available(),
        };
        Effect::new(move |_| {
            let (size, contrast, aloud) = (
                display.text_size.get(),
                display.high_contrast.get(),
                display.read_aloud.get(),
            );
            if let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let classes = format!(
                    "text-size-{size}{}",
                    if contrast { " theme-contrast" } else { "" }
                );
                let _ = root.set_attribute("class", &classes);
            }
            if !aloud {
                speech::stop();
            }
            // Only a choice the person made is kept: the defaults leave no key behind.
            if size != 0 || contrast || aloud != read_aloud_by_default {
                storage::write_for_visit(
                    KEY,
                    &format!("{size},{},{}", u8::from(contrast), u8::from(aloud)),
                );
            } else {
                storage::remove_for_visit(KEY);
            }
        });
        display
    }

    /// Whether every setting is as a visit starts (tracked).
    pub fn is_as_started(&self) -> bool {
        self.text_size.get() == 0
            && !self.high_contrast.get()
            && self.read_aloud.get() == self.read_aloud_at_start
    }

    /// Puts every setting back as a visit starts, for the next person on a kiosk.
    pub fn reset(&self) {
        self.text_size.set(0);
        self.high_contrast.set(false);
        self.read_aloud.set(self.read_aloud_at_start);
    }
}

pub fn use_display() -> Display {
    expect_context::<Display>()
}

/// The bar of reading-comfort settings, at the top of every screen.
#[component]
pub fn DisplaySettings() -> impl IntoView {
    let i18n = use_i18n();
    let display = use_display();
    let size_button = move |size: u8, key: &'static str| {
        view! {
            <button type="button" class="toggle-button" aria-pressed=move || (display.text_size.get() == size).to_string()
                on:click=move |_| display.text_size.set(size)>
                <span class=format!("size-sample size-sample-{size}") aria-hidden="true">"A"</span>
                {move || i18n.t(key)}
            </button>
        }
    };
    view! {
        <details class="display-settings">
            <summary>{i18n.text("display.title")}</summary>
            <div class="display-settings-body">
                <div role="group" aria-labelledby="text-size-label" class="display-group">
                    <span id="text-size-label" class="display-label">{i18n.text("display.text_size")}</span>
                    {size_button(0, "display.size.normal")}
                    {size_button(1, "display.size.large")}
                    {size_button(2, "display.size.larger")}
                </div>
                <div class="display-group">
                    <button type="button" class="toggle-button" aria-pressed=move || display.high_contrast.get().to_string()
                        on:click=move |_| display.high_contrast.update(|c| *c = !*c)>
                        {i18n.text("display.contrast")}
                    </button>
                </div>
            </div>
        </details>
        {move || if speech::is_available() {
            view! {
                <button type="button" class="toggle-button read-aloud-toggle" aria-pressed=move || display.read_aloud.get().to_string()
                    on:click=move |_| display.read_aloud.update(|r| *r = !*r)>
                    {i18n.text("display.read_aloud")}
                </button>
            }.into_any()
        } else {
            view! { <p class="no-speech">{i18n.t("display.no_speech")}</p> }.into_any()
        }}
    }
}
