//! The code for the advisor on the results: the answers in a short code to read aloud
//! or type, and a QR code that opens them in advisor mode on another device. Nothing is
//! sent anywhere: the code carries everything.

use crate::platform::location::app_url;
use crate::ui::state::i18n::use_i18n;
use crate::ui::state::journey_handle::use_journey;
use crate::ui::state::visit::use_visit;
use crate::ui::widgets::qr_code::QrCodeImage;
use domain::codes::handoff::encode;
use domain::site::address::advisor_link;
use leptos::prelude::*;

#[component]
pub fn HandoffCard() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let code = Memo::new(move |_| journey.with(|j, q| encode(q, j.answers())));
    // Counted for the structure's figures (once per visit); the code itself never is.
    use_visit().figures().count(|t| t.code_shown());
    view! {
        <section class="results-section handoff" aria-labelledby="code-title">
            <h2 id="code-title">{i18n.t("code.title")}</h2>
            <p>{i18n.t("code.explain")}</p>
            <div class="handoff-body">
                <p class="handoff-code" aria-label=move || i18n.format("code.spelled", &[("code", &spell(&code.get()))])>
                    {move || code.get()}
                </p>
                {move || {
                    view! { <QrCodeImage text=advisor_link(&app_url(), &code.get())/> }
                }}
            </div>
        </section>
    }
}

/// "7 K 2 M, 9 X Q P": one character at a time, so a screen reader spells it.
fn spell(code: &str) -> String {
    code.split('-')
        .map(|group| {
            group
                .chars()
                .map(String::from)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(", ")
}
