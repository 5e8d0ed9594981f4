//! The bar of reading-comfort settings, at the top of every screen: text size in three
//! steps and high contrast in a disclosure, and "Lire à voix haute" (or a plain word
//! where the browser cannot speak). The state is `state::reading_comfort`.

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::reading_comfort::use_reading_comfort;
use leptos::prelude::*;

#[component]
pub fn ComfortBar() -> impl IntoView {
    let i18n = use_i18n();
    let comfort = use_reading_comfort();
    let size_button = move |size: u8, key: &'static str| {
        view! {
            <button type="button" class="toggle-button" aria-pressed=move || (comfort.text_size() == size).to_string()
                on:click=move |_| comfort.set_text_size(size)>
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
                    <button type="button" class="toggle-button" aria-pressed=move || comfort.high_contrast().to_string()
                        on:click=move |_| comfort.toggle_high_contrast()>
                        {i18n.text("display.contrast")}
                    </button>
                </div>
            </div>
        </details>
        {move || if comfort.can_speak_in(&i18n.code()) {
            view! {
                <button type="button" class="toggle-button read-aloud-toggle" aria-pressed=move || comfort.read_aloud().to_string()
                    on:click=move |_| comfort.toggle_read_aloud()>
                    {i18n.text("display.read_aloud")}
                </button>
            }.into_any()
        } else {
            view! { <p class="no-speech">{i18n.t("display.no_speech")}</p> }.into_any()
        }}
    }
}
