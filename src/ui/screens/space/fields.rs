//! The space's form fields: a label, the input, a hint, and the problem Repère would
//! report for it, tied to the input with `aria-describedby` and shown as it is typed.

use domain::space::forms::FieldProblem;
use leptos::prelude::*;

/// The words of the problem of `field` among `problems`, if any.
pub fn problem_of(problems: &[FieldProblem], field: &str) -> Option<String> {
    let words: Vec<&str> = problems
        .iter()
        .filter(|p| p.field == field)
        .map(|p| p.words.as_str())
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// A one-line text field.
#[component]
pub fn TextField(
    id: &'static str,
    label: &'static str,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(into, optional)] problem: Signal<Option<String>>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] kind: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if problem.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="space-field">
            <label class="field-label" for=id>{label}</label>
            {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
            <input id=id class="text-input" type=kind.unwrap_or("text") autocomplete="off"
                prop:value=move || value.get()
                aria-invalid=move || problem.with(Option::is_some).then_some("true")
                aria-describedby=described
                on:input=move |ev| on_input.run(event_target_value(&ev))/>
            {move || problem.get().map(|p| view! { <p id=error_id.clone() class="error-message">{p}</p> })}
        </div>
    }
}
