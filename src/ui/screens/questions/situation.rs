//! One question about the person's situation (equipment, internet at home…), with one
//! answer (radio buttons) or several (checkboxes).

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::journey_handle::use_journey;
use crate::ui::widgets::choice_question::{
    ChoiceKind, ChoiceOption, ChoiceQuestion, Choices, QuestionTexts,
};
use domain::questionnaire::ids::{OptionId, SituationId};
use domain::questionnaire::situation::Choice;
use leptos::prelude::*;

#[component]
pub fn SituationPage(id: SituationId) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let Some(question) = journey.with_questionnaire(|q| q.situation_question(&id).cloned()) else {
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
    let (kind, error_key) = match question.choice {
        Choice::One => (ChoiceKind::One, "question.error.one"),
        Choice::Several => (ChoiceKind::Several, "question.error.several"),
    };
    let texts = QuestionTexts {
        caption: i18n.t("situation.caption").into(),
        heading: i18n.t(&question.question_key()).into(),
        hint: i18n.t(&question.hint_key()).into(),
        heading_in_french: i18n.french_too(&question.question_key()).into(),
        hint_in_french: i18n.french_too(&question.hint_key()).into(),
        error: i18n.t(error_key).into(),
        picture: Signal::default(),
    };
    let (chosen_id, choose_id) = (id.clone(), id);
    let choices = Choices {
        kind,
        options,
        is_chosen: Callback::new(move |option: String| {
            journey.with(|j, _| {
                j.answers()
                    .options(&chosen_id)
                    .contains(&OptionId::new(option))
            })
        }),
        on_choose: Callback::new(move |option: String| {
            journey.update(|j, q| j.choose_option(q, &choose_id, &OptionId::new(option)))
        }),
        keyboard_hint: false,
    };
    view! { <ChoiceQuestion prefix="situation" texts choices/> }.into_any()
}
