//! The choice of language: one button per language offered, named in that language and
//! its own script (« العربية », « Українська », « Türkçe ») and marked with its `lang`,
//! so that a person who reads no French finds theirs, and screen readers pronounce it
//! right. On the welcome screen every language is there, the one in use pressed; in the
//! header, on the other screens, the others (the one in use is hidden). The languages and their order are the
//! settings' (`languages` in `config.json`; every one, French first, when it lists
//! none); with a single language there is no choice. If one cannot be fetched, a plain
//! notice says so and the page stays in its language.
//!
//! In another language than French, « Afficher aussi le français » (in that language)
//! turns the bilingual display on or off: the French under each text, for an advisor.

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::visit::use_visit;
use domain::content;
use leptos::prelude::*;

#[component]
pub fn LanguageSwitch(
    /// On the welcome screen: every language, the one in use pressed.
    #[prop(optional)]
    on_welcome: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let visit = use_visit();
    let offered = visit.with_config(|c| c.offered_languages(content::languages()));
    if offered.len() < 2 {
        return ().into_any();
    }
    let choose = move |code: &'static str| {
        i18n.set_language(code, move || visit.notify("language.unavailable"));
    };
    let bilingual = move || {
        (i18n.code() != content::default_language()).then(|| {
            view! {
                <button type="button" class="toggle-button bilingual-toggle"
                    aria-pressed=move || i18n.bilingual_wanted().to_string()
                    on:click=move |_| i18n.set_bilingual(!i18n.bilingual_wanted())>
                    {i18n.t("language.bilingual")}
                </button>
            }
        })
    };
    let key = if on_welcome {
        "language.choose"
    } else {
        "language.switch"
    };
    view! {
        <nav class=if on_welcome { "language-switch language-choice" } else { "language-switch" }
            aria-label=move || i18n.t(key)>
            <ul>
                {offered
                    .into_iter()
                    .map(|(code, name)| {
                        let current = move || i18n.code() == code;
                        view! {
                            <li hidden=move || !on_welcome && current()>
                                <button type="button" class="language-button" lang=code dir="auto"
                                    aria-pressed=move || current().to_string()
                                    on:click=move |_| choose(code)>
                                    {name}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {bilingual}
        </nav>
    }
    .into_any()
}
