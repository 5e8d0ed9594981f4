//! The language switch in the header: one button per other language, named in that
//! language ("English", "Français") and marked with its `lang` so that screen readers
//! pronounce it right. Every language compiled into the app is offered.

use super::i18n::use_i18n;
use crate::content;
use leptos::prelude::*;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let languages: Vec<(&'static str, String)> = content::language_codes()
        .filter_map(|code| {
            let catalog = content::catalog(code)?.ok()?;
            Some((code, catalog.text("language.name").to_owned()))
        })
        .collect();
    view! {
        <nav class="language-switch" aria-label=move || i18n.t("language.switch")>
            <ul>
                {languages
                    .into_iter()
                    .map(|(code, name)| {
                        view! {
                            <li hidden=move || i18n.code() == code>
                                <button type="button" class="language-button" lang=code on:click=move |_| i18n.set_language(code)>
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
