//! The language switch in the header: one button per other language offered, named in
//! that language ("English", "Français") and marked with its `lang` so that screen
//! readers pronounce it right. The languages are those of `content/locales/` that the
//! settings offer (`languages` in `config.json`; every one when it lists none); with a
//! single language there is no switch. If one cannot be fetched, a plain notice says so
//! and the page stays in its language.

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::visit::use_visit;
use domain::content;
use leptos::prelude::*;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let visit = use_visit();
    let offered: Vec<(&'static str, &'static str)> = visit.with_config(|c| {
        content::languages()
            .iter()
            .copied()
            .filter(|(code, _)| c.offers_language(code))
            .collect()
    });
    if offered.len() < 2 {
        return ().into_any();
    }
    let choose = move |code: &'static str| {
        i18n.set_language(code, move || visit.notify("language.unavailable"));
    };
    view! {
        <nav class="language-switch" aria-label=move || i18n.t("language.switch")>
            <ul>
                {offered
                    .into_iter()
                    .map(|(code, name)| {
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
    .into_any()
}
