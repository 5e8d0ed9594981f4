//! "Charger un code", on the advisor's welcome screen: type or paste a resident's code
//! to see their answers. A typo gets a plain sentence, never a wrong profile.

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::visit::use_visit;
use leptos::ev::SubmitEvent;
use leptos::html::Input;
use leptos::prelude::*;

#[component]
pub fn LoadCode() -> impl IntoView {
    let i18n = use_i18n();
    let visit = use_visit();
    let input = NodeRef::<Input>::new();
    // The message key of the problem with the code typed, if any.
    let error = RwSignal::new(None::<&'static str>);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let code = input.get().map(|i| i.value()).unwrap_or_default();
        error.set(visit.load_code(&code).err().map(|e| e.message_key()));
    };
    view! {
        <form class="load-code" novalidate on:submit=on_submit>
            <h2>{i18n.t("code.load.title")}</h2>
            <label class="field-label" for="handoff-code">{i18n.t("code.load.label")}</label>
            <p id="handoff-code-hint" class="hint">{i18n.t("code.load.hint")}</p>
            {move || error.get().map(|key| view! {
                <p id="handoff-code-error" class="error-message" role="alert">{i18n.t(key)}</p>
            })}
            <input id="handoff-code" class="text-input code-input" type="text" autocomplete="off"
                autocapitalize="characters" spellcheck="false" node_ref=input
                aria-describedby=move || if error.get().is_some() { "handoff-code-hint handoff-code-error" } else { "handoff-code-hint" }/>
            <button type="submit" class="button button-secondary">{i18n.t("code.load.submit")}</button>
        </form>
    }
}
