//! One question on one screen, in the GOV.UK pattern adapted to touch kiosks: the
//! question is the page's `h1` inside the `legend` of a fieldset of real radio buttons
//! or checkboxes, drawn as large cards whose whole surface is the label. A hint gives a
//! concrete example; keys 1 to 9 choose an answer; "Continuer" moves on, or shows a
//! gentle error summary that links to the first answer; "Retour" and "Faire une pause"
//! are always there; progress is said in words.

use super::display::use_display;
use super::error_summary::ErrorSummary;
use super::i18n::use_i18n;
use super::journey_handle::use_journey;
use super::page_heading::PageHeading;
use super::session::{use_session, Overlay};
use crate::platform::document::focus_element;
use crate::platform::speech::speak;
use leptos::ev::{KeyboardEvent, SubmitEvent};
use leptos::prelude::*;

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

/// The id of the question's heading.
const HEADING_ID: &str = "question-heading";

#[component]
pub fn ChoiceQuestion(
    /// Prefix of the ids and the input name ("need", "situation", "answer").
    prefix: &'static str,
    /// A short line above the question naming the part of the journey.
    #[prop(into)]
    caption: Signal<String>,
    #[prop(into)] heading: Signal<String>,
    #[prop(into)] hint: Signal<String>,
    #[prop(optional, into)] picture: Signal<Option<QuestionPicture>>,
    /// Which question is on screen, when one screen shows several in turn (the skill
    /// items): a change means a new question, so the error goes and the heading takes
    /// focus, as on a new screen.
    #[prop(optional, into)]
    question: Signal<String>,
    kind: ChoiceKind,
    options: Vec<ChoiceOption>,
    /// Whether the option with this value is chosen.
    is_chosen: Callback<String, bool>,
    /// The person clicked (or typed the number of) an option.
    on_choose: Callback<String>,
    /// The message when "Continuer" is pressed without an answer.
    #[prop(into)]
    error_text: Signal<String>,
    /// Says "Au clavier, vous pouvez aussi taper 1, 2, 3 ou 4" under the answers.
    #[prop(optional)]
    keyboard_hint: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let session = use_session();
    let display = use_display();
    let show_error = RwSignal::new(false);
    let input_id = move |value: &str| format!("{prefix}-{value}");
    let first_input = options.first().map(|o| input_id(&o.value));
    let (hint_id, error_id) = (format!("{prefix}-hint"), format!("{prefix}-error"));

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if !journey.advance() {
            show_error.set(true);
        }
    };
    let values: Vec<String> = options.iter().map(|o| o.value.clone()).collect();
    // Which options are chosen, read from the journey once for the whole question: the
    // boxes follow this, not the journey each (fewer subscriptions to app-wide state,
    // which Leptos keeps after a screen is gone).
    let chosen = {
        let values = values.clone();
        Memo::new(move |_| {
            values
                .iter()
                .map(|v| is_chosen.run(v.clone()))
                .collect::<Vec<bool>>()
        })
    };
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
            return;
        }
        let Some(index) = ev.key().parse::<usize>().ok().filter(|n| *n >= 1) else {
            return;
        };
        if let Some(value) = values.get(index - 1) {
            ev.prevent_default();
            on_choose.run(value.clone());
            show_error.set(false);
            focus_element(&input_id(value));
        }
    };
    let spoken_labels: Vec<String> = options.iter().map(|o| o.label_key.clone()).collect();
    // Reads the question, its example and its answers, in the language in use.
    let spoken_labels = StoredValue::new(spoken_labels);
    let read_aloud = move || {
        let answers: Vec<String> =
            spoken_labels.with_value(|l| l.iter().map(|k| i18n.t(k)).collect());
        let text = format!(
            "{}. {}. {}.",
            heading.get_untracked(),
            hint.get_untracked(),
            answers.join(". ")
        );
        speak(&text, &i18n.code());
    };
    let progress = move || journey.progress_words(&i18n);
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
        picture.get().map(|p| {
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
    let choices = options
        .into_iter()
        .enumerate()
        .map(|(index, option)| {
            let checked = Memo::new(move |_| chosen.with(|c| c.get(index).copied().unwrap_or(false)));
            // The box follows the answers: compared with the box itself, not with what
            // was last written to it, since a click changes it first. When the question
            // changes in place, an answer chosen and taken away in one go would
            // otherwise leave it ticked.
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
            let value = option.value.clone();
            let choose = move |_| {
                on_choose.run(value.clone());
                show_error.set(false);
            };
            let label = i18n.t(&option.label_key);
            let hint = option.hint_key.as_ref().map(|key| {
                view! { <span class="choice-hint">{i18n.t(key)}</span> }
            });
            let picto = option.pictogram.as_ref().map(|p| {
                view! { <img class="choice-picto" src=format!("pictos/{p}.svg") alt="" width="48" height="48"/> }
            });
            view! {
                <label class="choice" class:choice-checked=checked>
                    <input
                        type=if kind == ChoiceKind::One { "radio" } else { "checkbox" }
                        class="choice-input"
                        id=input_id(&option.value)
                        name=prefix
                        value=option.value.clone()
                        node_ref=input
                        on:change=choose
                    />
                    {picto}
                    <span class="choice-text">
                        <span class="choice-label">{label}</span>
                        {hint}
                    </span>
                </label>
            }
        })
        .collect_view();

    view! {
        <form class="question" novalidate on:submit=on_submit on:keydown=on_keydown>
            <div class="question-top">
                <button type="button" class="back-link" on:click=move |_| journey.back()>
                    {i18n.t("nav.back")}
                </button>
                <p class="progress">{progress}</p>
            </div>
            {move || display.read_aloud.get().then(|| view! {
                <button type="button" class="button button-secondary listen-button" on:click=move |_| read_aloud()>
                    {i18n.t("display.listen")}
                </button>
            })}
            {move || {
                show_error.get().then(|| view! {
                    <ErrorSummary message=error_text.get() target=first_input.clone()/>
                })
            }}
            <p class="question-caption">{caption}</p>
            <fieldset
                class="question-fieldset"
                class:question-fieldset-error=move || show_error.get()
                aria-describedby=described_by
            >
                <legend class="question-legend">
                    <PageHeading text=heading id=HEADING_ID/>
                </legend>
                <div class="question-intro">
                    {picture}
                    <p id=hint_id class="hint">{hint}</p>
                </div>
                {move || show_error.get().then(|| view! {
                    <p id=error_id.clone() class="error-message">{error_text.get()}</p>
                })}
                <div class="choices" class:choices-answers=keyboard_hint>{choices}</div>
            </fieldset>
            {keyboard_hint.then(|| view! {
                <p class="keyboard-hint">{i18n.t("question.keyboard_hint")}</p>
            })}
            <div class="question-actions">
                <button type="submit" class="button button-primary">{i18n.t("nav.continue")}</button>
                <button type="button" class="button button-secondary" on:click=move |_| session.show(Overlay::Pause)>
                    {i18n.t("nav.pause")}
                </button>
            </div>
        </form>
    }
}
