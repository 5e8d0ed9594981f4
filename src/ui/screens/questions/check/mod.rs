//! One hands-on check on its own screen: the instruction as the heading, how to do it
//! with every means, the task, a word after each try (« Pas tout à fait. Vous pouvez
//! réessayer. », then encouragement), and the ways out: « Continuer » once done,
//! « Passer cet essai », « Arrêter les essais ». No time is shown and nothing is judged;
//! what is seen goes to the journey as an `Observation`.
//!
//! The tasks, one file each, share [`Task`]: they report a try that missed and a
//! success, and keep `means` up to date (a pointer's type as it goes down, the keyboard
//! on a key). A click with no pointer before it (a screen reader, the Enter key) is the
//! keyboard's, so no one using a screen reader is ever counted on a pointer task.

mod choose;
mod press;
mod scroll;
mod type_word;

use crate::platform::clock::now_ms;
use crate::ui::state::i18n::use_i18n;
use crate::ui::state::journey_handle::use_journey;
use crate::ui::widgets::choice_question::{listen_button, question_top};
use crate::ui::widgets::languages::in_french::{french_under, Under};
use crate::ui::widgets::page_heading::PageHeading;
use domain::journey::observation::Observation;
use domain::questionnaire::check::{Check, CheckId, CheckKind, Means};
use leptos::prelude::*;

/// What a task reports to its screen.
#[derive(Clone, Copy)]
struct Task {
    /// How the person acts, as last seen (the keyboard until a pointer goes down).
    means: RwSignal<Means>,
    /// A try that did not succeed (a press beside the button, a wrong word).
    miss: Callback<()>,
    /// The task is done, by this means.
    done: Callback<Means>,
}

impl Task {
    /// The means of a click: the keyboard's when no pointer pressed (`detail` is 0 for
    /// a click made by a key or by assistive technology).
    fn means_of_click(&self, ev: &leptos::ev::MouseEvent) -> Means {
        if ev.detail() == 0 {
            Means::Keyboard
        } else {
            self.means.get_untracked()
        }
    }

    fn pointer_down(&self, ev: &leptos::ev::PointerEvent) {
        self.means.set(Means::of_pointer(&ev.pointer_type()));
    }
}

const CONTINUE_ID: &str = "check-continue";

#[component]
pub fn CheckPage(id: CheckId) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let Some(check) = journey.with_questionnaire(|q| q.check(&id).cloned()) else {
        return ().into_any();
    };
    let started = now_ms();
    let seconds = move || ((now_ms() - started) / 1000.0).clamp(0.0, f64::from(u16::MAX)) as u16;
    let misses = RwSignal::new(0u8);
    let done_on = RwSignal::new(None::<u8>);
    let means = RwSignal::new(Means::Keyboard);
    let stored_id = StoredValue::new(id.clone());
    let earlier = move || {
        stored_id
            .with_value(|id| journey.with_untracked(|j, _| j.answers().checks.get(id).copied()))
    };
    let had_earlier = earlier().is_some();
    // Once the last check is done, « Continuer » is all there is left to do.
    let is_last = journey.with_questionnaire(|q| {
        q.checks()
            .and_then(|c| c.list.last())
            .is_some_and(|last| last.id == id)
    });

    let done = {
        let id = id.clone();
        Callback::new(move |by: Means| {
            if done_on.get_untracked().is_some() {
                return;
            }
            let tries = misses.get_untracked().saturating_add(1);
            done_on.set(Some(tries));
            journey.update(|j, q| j.observe(q, &id, Observation::done(tries, by, seconds())));
        })
    };
    // Once done, focus goes to « Continuer » as soon as it is in the page.
    let continue_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let (Some(_), Some(button)) = (done_on.get(), continue_button.get()) {
            let _ = button.focus();
        }
    });
    let miss = Callback::new(move |()| {
        if done_on.get_untracked().is_none() {
            misses.update(|m| *m = m.saturating_add(1));
        }
    });
    let task = Task { means, miss, done };
    // What to keep when the person leaves: the success, an earlier visit's result when
    // nothing was tried this time, or the tries so far.
    let leaving = move || match (done_on.get_untracked(), misses.get_untracked(), earlier()) {
        (None, 0, Some(before)) => before,
        (Some(_), _, Some(now)) => now,
        (_, tries, _) => Observation::left_after(tries, means.get_untracked(), seconds()),
    };
    let skip = move |_| {
        let observation = leaving();
        stored_id.with_value(|id| {
            journey.update(|j, q| {
                j.observe(q, id, observation);
                let _ = j.advance(q);
            })
        });
    };
    let stop = move |_| {
        let observation = leaving();
        journey.update(|j, q| j.stop_checks(q, observation));
    };
    let next = move |_| {
        journey.advance();
    };

    let heading = i18n.t(&check.instruction_key());
    let hint = i18n.t(&check.hint_key());
    let feedback = {
        let (first, later) = (check.done_first_key(), check.done_later_key());
        move || match (done_on.get(), misses.get()) {
            (Some(1), _) => i18n.t(&first),
            (Some(_), _) => i18n.t(&later),
            (None, 0) if had_earlier => i18n.t("check.again"),
            (None, 0) => String::new(),
            (None, _) => i18n.t("check.retry"),
        }
    };
    let finished = move || done_on.get().is_some() || had_earlier;
    let view_of_task = task_view(&check, task);

    view! {
        <div class="question check" data-check=id.to_string()>
            {question_top()}
            {listen_button(Signal::stored(heading.clone()), Signal::stored(hint.clone()), Vec::new())}
            <p class="question-caption">{i18n.t("checks.caption")}</p>
            <PageHeading text=heading id="question-heading"/>
            {french_under(i18n.french_too(&check.instruction_key()), Under::Heading)}
            <p id="check-hint" class="hint">{hint}{french_under(i18n.french_too(&check.hint_key()), Under::Text)}</p>
            <div class="check-task">{view_of_task}</div>
            <p class="check-feedback" role="status" class:check-feedback-done=move || done_on.get().is_some()>
                {feedback}
            </p>
            <div class="question-actions">
                {move || finished().then(|| view! {
                    <button type="button" id=CONTINUE_ID class="button button-primary" node_ref=continue_button on:click=next>
                        {i18n.t("nav.continue")}
                    </button>
                })}
                {move || done_on.get().is_none().then(|| view! {
                    <button type="button" class="button button-secondary check-skip" on:click=skip>
                        {i18n.t("check.skip")}
                    </button>
                })}
                {move || (!is_last || done_on.get().is_none()).then(|| view! {
                    <button type="button" class="link-button check-stop" on:click=stop>
                        {i18n.t("check.stop")}
                    </button>
                })}
            </div>
        </div>
    }
    .into_any()
}

fn task_view(check: &Check, task: Task) -> AnyView {
    let check = check.clone();
    match check.kind {
        CheckKind::Press => view! { <press::PressTask check task/> }.into_any(),
        CheckKind::Scroll => view! { <scroll::ScrollTask check task/> }.into_any(),
        CheckKind::Choose => view! { <choose::ChooseTask check task/> }.into_any(),
        CheckKind::Type => view! { <type_word::TypeTask check task/> }.into_any(),
    }
}

/// Text as the person's answer is compared: without spaces around, in lowercase.
fn normalised(text: &str) -> String {
    text.trim().to_lowercase()
}
