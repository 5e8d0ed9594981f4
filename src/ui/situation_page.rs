//! One question about the person's situation (equipment, internet at home…), with one
//! answer (radio buttons) or several (checkboxes).

use super::choice_question::{ChoiceKind, ChoiceOption, ChoiceQuestion};
use super::i18n::use_i18n;
use super::journey_handle::use_journey;
use crate::domain::ids::{OptionId, SituationId};
use crate::domain::situation::Choice;
use leptos::prelude::*;

#[component]
pub fn SituationPage(id: SituationId) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let Some(question) = journey
        .questionnaire
        .with_value(|q| q.situation_question(&id).cloned())
    else {
        return ().into_any();
    };
    let options = question
        .options
        .iter()
        .map(|option| ChoiceOption {
            value: option.to_string(),
            label_key: question.option_key(option),
            hint_key: None,
            pictogram: None,
        })
        .collect();
    let kind = match question.choice {
        Choice::One => ChoiceKind::One,
        Choice::Several => ChoiceKind::Several,
    };
    let error_key = match question.choice {
        Choice::One => "question.error.one",
        Choice::Several => "question.error.several",
    };
    let (question_key, hint_key) = (question.question_key(), question.hint_key());
    let (chosen_id, choose_id) = (id.clone(), id);
    view! {
        <ChoiceQuestion
            prefix="situation"
            caption=i18n.t("situation.caption")
            heading=i18n.t(&question_key)
            hint=i18n.t(&hint_key)
            kind
            options
            is_chosen=Callback::new(move |option: String| {
                journey.with(|j, _| j.answers().options(&chosen_id).contains(&OptionId::new(option)))
            })
            on_choose=Callback::new(move |option: String| {
                journey.update(|j, q| j.choose_option(q, &choose_id, &OptionId::new(option)))
            })
            error_text=i18n.t(error_key)
        />
    }
    .into_any()
}
