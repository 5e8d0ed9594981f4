//! One answer of a question: a real radio button or checkbox inside a large card whose
//! whole surface is its label, with an optional pictogram and hint.

use super::{ChoiceKind, ChoiceOption};
use crate::ui::state::i18n::use_i18n;
use crate::ui::widgets::languages::in_french::{french_under, Under};
use leptos::prelude::*;

/// The card of `option`: `prefix` is the question's (the input's name and the start of
/// its id); `checked` whether the journey has it chosen; `question` which question is on
/// screen (see `ChoiceQuestion`); `choose` runs when the person chooses it.
pub fn choice_card(
    prefix: &'static str,
    kind: ChoiceKind,
    option: ChoiceOption,
    checked: Memo<bool>,
    question: Signal<String>,
    choose: impl Fn() + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    // The box follows the answers: compared with the box itself, not with what was last
    // written to it, since a click changes it first. When the question changes in
    // place, an answer chosen and taken away in one go would otherwise leave it ticked.
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        question.track();
        let want = checked.get();
        if let Some(input) = input.get() {
            if input.checked() != want {
                input.set_checked(want);
            }
        }
    });
    let label = i18n.t(&option.label_key);
    let label_in_french = french_under(i18n.french_too(&option.label_key), Under::Text);
    let hint = option
        .hint_key
        .as_ref()
        .map(|key| view! { <span class="choice-hint">{i18n.t(key)}</span> });
    let picto = option.pictogram.as_ref().map(|p| {
        view! { <img class="choice-picto" src=format!("pictos/{p}.svg") alt="" width="48" height="48"/> }
    });
    view! {
        <label class="choice" class:choice-checked=checked>
            <input
                type=if kind == ChoiceKind::One { "radio" } else { "checkbox" }
                class="choice-input"
                id=format!("{prefix}-{}", option.value)
                name=prefix
                value=option.value.clone()
                node_ref=input
                on:change=move |_| choose()
            />
            {picto}
            <span class="choice-text">
                <span class="choice-label">{label}</span>
                {label_in_french}
                {hint}
            </span>
        </label>
    }
}
