//! The parts of a question screen around its answers: "Retour" and the progress in
//! words above, "Écouter la question" when reading aloud is on, "Continuer" and "Faire
//! une pause" below.

use crate::platform::speech::speak;
use crate::ui::state::i18n::use_i18n;
use crate::ui::state::journey_handle::use_journey;
use crate::ui::state::reading_comfort::use_reading_comfort;
use crate::ui::state::visit::{use_visit, Overlay};
use leptos::prelude::*;

/// "Retour", and "Question 3 sur 12 environ".
pub fn question_top() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    view! {
        <div class="question-top">
            <button type="button" class="back-link" on:click=move |_| journey.back()>
                {i18n.t("nav.back")}
            </button>
            <p class="progress">{move || journey.progress_words(&i18n)}</p>
        </div>
    }
}

/// Reads the question, its example and its answers, in the language in use; shown
/// while reading aloud is on.
/// `labels` are the message keys of the answers.
pub fn listen_button(
    heading: Signal<String>,
    hint: Signal<String>,
    labels: Vec<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let comfort = use_reading_comfort();
    let labels = StoredValue::new(labels);
    let read_aloud = move || {
        let answers: Vec<String> = labels.with_value(|l| l.iter().map(|k| i18n.t(k)).collect());
        let text = format!(
            "{}. {}. {}.",
            heading.get_untracked(),
            hint.get_untracked(),
            answers.join(". ")
        );
        speak(&text, &i18n.code());
    };
    move || {
        (comfort.read_aloud() && comfort.can_speak_in(&i18n.code())).then(|| view! {
            <button type="button" class="button button-secondary listen-button" on:click=move |_| read_aloud()>
                {i18n.t("display.listen")}
            </button>
        })
    }
}

/// "Continuer" (the form's submit) and "Faire une pause".
pub fn question_actions() -> impl IntoView {
    let i18n = use_i18n();
    let visit = use_visit();
    view! {
        <div class="question-actions">
            <button type="submit" class="button button-primary">{i18n.t("nav.continue")}</button>
            <button type="button" class="button button-secondary" on:click=move |_| visit.show(Overlay::Pause)>
                {i18n.t("nav.pause")}
            </button>
        </div>
    }
}
