//! One question on one screen, in the GOV.UK pattern adapted to touch kiosks: the
//! question is the page's `h1` inside the `legend` of a fieldset of real radio buttons
//! or checkboxes, drawn as large cards whose whole surface is the label. A hint gives a
//! concrete example; keys 1 to 9 choose an answer; "Continuer" moves on, or shows a
//! gentle error summary that links to the first answer; "Retour" and "Faire une pause"
//! are always there; progress is said in words.
//!
//! The parts: [`QuestionTexts`] and [`Choices`] (what a screen hands in), `choice_card`
//! (one answer), `question_top` (back and progress), `listen_button` (reading aloud) and
//! `question_actions` (continue, pause).

mod choice_card;
mod parts;

use super::error_summary::ErrorSummary;
use super::languages::in_french::{french_under, Under};
use super::page_heading::PageHeading;
use crate::platform::document::focus_element;
use crate::ui::state::i18n::use_i18n;
use crate::ui::state::journey_handle::use_journey;
use choice_card::choice_card;
use leptos::ev::{KeyboardEvent, SubmitEvent};
use leptos::prelude::*;
use parts::question_actions;
pub use parts::{listen_button, question_top};

/// Radio buttons (one answer) or checkboxes (several).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChoiceKind {
    One,
    Several,
}

/// One answer offered.
#[derive(Clone, Debug)]
pub struct ChoiceOption {
    /// The value, unique within the question; also the end of the input's id.
    pub value: String,
    pub label_key: String,
    pub hint_key: Option<String>,
    /// `public/pictos/<pictogram>.svg`, decorative (the label says it all).
    pub pictogram: Option<String>,
}

/// A picture beside the question, with its text alternative (empty if decorative).
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionPicture {
    pub pictogram: String,
    pub alt_key: Option<String>,
}

/// What the question says, each text in the language in use.
#[derive(Clone, Copy)]
pub struct QuestionTexts {
    /// A short line above the question naming the part of the journey.
    pub caption: Signal<String>,
    pub heading: Signal<String>,
    /// The concrete example under the question.
    pub hint: Signal<String>,
    /// The question and its example in French, under them, in the bilingual display.
    pub heading_in_french: Signal<Option<String>>,
    pub hint_in_french: Signal<Option<String>>,
    /// The message when "Continuer" is pressed without an answer.
    pub error: Signal<String>,
    pub picture: Signal<Option<QuestionPicture>>,
}

/// The answers offered and how they are chosen.
pub struct Choices {
    pub kind: ChoiceKind,
    pub options: Vec<ChoiceOption>,
    /// Whether the option with this value is chosen.
    pub is_chosen: Callback<String, bool>,
    /// The person clicked (or typed the number of) an option.
    pub on_choose: Callback<String>,
    /// Says "Au clavier, vous pouvez aussi taper 1, 2, 3 ou 4" under the answers.
    pub keyboard_hint: bool,
}

/// The id of the question's heading.
const HEADING_ID: &str = "question-heading";

#[component]
pub fn ChoiceQuestion(
    /// Prefix of the ids and the input name ("need", "situation", "answer").
    prefix: &'static str,
    texts: QuestionTexts,
    choices: Choices,
    /// Which question is on screen, when one screen shows several in turn (the skill
    /// items): a change means a new question, so the error goes and the heading takes
    /// focus, as on a new screen.
    #[prop(optional, into)]
    question: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let show_error = RwSignal::new(false);
    let input_id = move |value: &str| format!("{prefix}-{value}");
    let first_input = choices.options.first().map(|o| input_id(&o.value));
    let (hint_id, error_id) = (format!("{prefix}-hint"), format!("{prefix}-error"));

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if !journey.advance() {
            show_error.set(true);
        }
    };
    let values: Vec<String> = choices.options.iter().map(|o| o.value.clone()).collect();
    let chosen = chosen_memo(values.clone(), choices.is_chosen);
    let on_choose = choices.on_choose;
    let on_keydown = move |ev: KeyboardEvent| {
        if let Some(value) = number_key_choice(&ev, &values) {
            ev.prevent_default();
            on_choose.run(value.clone());
            show_error.set(false);
            focus_element(&input_id(value));
        }
    };
    let spoken_labels: Vec<String> = choices
        .options
        .iter()
        .map(|o| o.label_key.clone())
        .collect();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if show_error.get() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    let picture = move || {
        texts.picture.get().map(|p| {
            let alt = p.alt_key.as_ref().map(|k| i18n.t(k)).unwrap_or_default();
            view! {
                <img class="question-picto" src=format!("pictos/{}.svg", p.pictogram) alt=alt width="64" height="64"/>
            }
        })
    };
    Effect::new(move |previous: Option<String>| {
        let now = question.get();
        if previous.is_some_and(|previous| previous != now) {
            show_error.set(false);
            focus_element(HEADING_ID);
        }
        now
    });
    let kind = choices.kind;
    let cards = choices
        .options
        .into_iter()
        .enumerate()
        .map(|(index, option)| {
            let checked =
                Memo::new(move |_| chosen.with(|c| c.get(index).copied().unwrap_or(false)));
            let value = option.value.clone();
            let choose = move || {
                on_choose.run(value.clone());
                show_error.set(false);
            };
            choice_card(prefix, kind, option, checked, question, choose)
        })
        .collect_view();

    view! {
        <form class="question" novalidate on:submit=on_submit on:keydown=on_keydown>
            {question_top()}
            {listen_button(texts.heading, texts.hint, spoken_labels)}
            {move || {
                show_error.get().then(|| view! {
                    <ErrorSummary message=texts.error.get() target=first_input.clone()/>
                })
            }}
            <p class="question-caption">{texts.caption}</p>
            <fieldset
                class="question-fieldset"
                class:question-fieldset-error=move || show_error.get()
                aria-describedby=described_by
            >
                <legend class="question-legend">
                    <PageHeading text=texts.heading id=HEADING_ID/>
                    {move || french_under(texts.heading_in_french.get(), Under::Heading)}
                </legend>
                <div class="question-intro">
                    {picture}
                    <p id=hint_id class="hint">
                        {texts.hint}
                        {move || french_under(texts.hint_in_french.get(), Under::Text)}
                    </p>
                </div>
                {move || show_error.get().then(|| view! {
                    <p id=error_id.clone() class="error-message">{texts.error.get()}</p>
                })}
                <div class="choices" class:choices-answers=choices.keyboard_hint>{cards}</div>
            </fieldset>
            {choices.keyboard_hint.then(|| view! {
                <p class="keyboard-hint">{i18n.t("question.keyboard_hint")}</p>
            })}
            {question_actions()}
        </form>
    }
}

/// Which options are chosen, read from the journey once for the whole question: the
/// boxes follow this, not the journey each (fewer subscriptions to app-wide state,
/// which Leptos keeps after a screen is gone).
fn chosen_memo(values: Vec<String>, is_chosen: Callback<String, bool>) -> Memo<Vec<bool>> {
    Memo::new(move |_| values.iter().map(|v| is_chosen.run(v.clone())).collect())
}

/// The option whose number (1 to 9) was typed, without a modifier key.
fn number_key_choice<'a>(ev: &KeyboardEvent, values: &'a [String]) -> Option<&'a String> {
    if ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
        return None;
    }
    let index = ev.key().parse::<usize>().ok().filter(|n| *n >= 1)?;
    values.get(index - 1)
}
