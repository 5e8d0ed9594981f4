//! The language switch in the header: one button per other language, named in that
//! language ("English", "Français") and marked with its `lang` so that screen readers
//! pronounce it right. Every language of `content/locales/` is offered; if one cannot be
//! fetched, a plain notice says so and the page stays in its language.

use super::i18n::use_i18n;
use super::session::use_session;
use crate::content;
use leptos::prelude::*;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let languages = content::languages();
    let choose = move |code: &'static str| {
        i18n.set_language(code, move || session.notify("language.unavailable"));
    };
    view! {
        <nav class="language-switch" aria-label=move || i18n.t("language.switch")>
            <ul>
                {languages
                    .iter()
                    .map(|&(code, name)| {
                        view! {
                            <li hidden=move || i18n.code() == code>
                                <button type="button" class="language-button" lang=code on:click=move |_| choose(code)>
                                    {name}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
