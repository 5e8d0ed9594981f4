//! The needs question ("Que voulez-vous réussir à faire ?"): pictogram cards that are
//! real checkboxes, several choices allowed.

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::journey_handle::use_journey;
use crate::ui::widgets::choice_question::{
    ChoiceKind, ChoiceOption, ChoiceQuestion, Choices, QuestionTexts,
};
use domain::questionnaire::ids::NeedId;
use leptos::prelude::*;

#[component]
pub fn NeedsPage() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let options = journey.with_questionnaire(|q| {
        q.needs()
            .iter()
            .map(|need| ChoiceOption {
                value: need.id.to_string(),
                label_key: need.label_key(),
                hint_key: Some(need.hint_key()),
                pictogram: Some(need.pictogram.clone()),
            })
            .collect()
    });
    let texts = QuestionTexts {
        caption: i18n.t("needs.caption").into(),
        heading: i18n.t("needs.title").into(),
        hint: i18n.t("needs.hint").into(),
        heading_in_french: i18n.french_too("needs.title").into(),
        hint_in_french: i18n.french_too("needs.hint").into(),
        error: i18n.t("needs.error.none").into(),
        picture: Signal::default(),
    };
    let choices = Choices {
        kind: ChoiceKind::Several,
        options,
        is_chosen: Callback::new(move |id: String| {
            journey.with(|j, _| j.has_need(&NeedId::new(id)))
        }),
        on_choose: Callback::new(move |id: String| {
            journey.update(|j, q| j.toggle_need(q, &NeedId::new(id)))
        }),
        keyboard_hint: false,
    };
    view! { <ChoiceQuestion prefix="need" texts choices/> }
}
