//! One skill item ("Je sais envoyer une photo à un proche") with the four answers:
//! "Oui, tout seul", "Oui, avec de l'aide", "Non, pas encore", "Je ne comprends pas la
//! question". The area is named above the question, with its pictogram.

use super::choice_question::{ChoiceKind, ChoiceOption, ChoiceQuestion, QuestionPicture};
use super::i18n::use_i18n;
use super::journey_handle::use_journey;
use crate::domain::ids::ItemId;
use crate::domain::skill::SkillAnswer;
use leptos::prelude::*;

#[component]
pub fn SkillPage(id: ItemId) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let Some((item, area)) = journey.questionnaire.with_value(|q| {
        let item = q.item(&id)?.clone();
        let area = q.area(&item.area)?.clone();
        Some((item, area))
    }) else {
        return ().into_any();
    };
    let options = SkillAnswer::ALL
        .iter()
        .map(|answer| ChoiceOption {
            value: answer.slug().to_owned(),
            label_key: answer.label_key().to_owned(),
            hint_key: None,
            pictogram: None,
        })
        .collect();
    let picture = match &item.pictogram {
        Some(pictogram) => QuestionPicture {
            pictogram: pictogram.clone(),
            alt_key: Some(item.pictogram_alt_key()),
        },
        None => QuestionPicture {
            pictogram: area.pictogram.clone(),
            alt_key: None,
        },
    };
    let (area_key, text_key, example_key) = (area.name_key(), item.text_key(), item.example_key());
    let (chosen_id, choose_id) = (id.clone(), id);
    view! {
        <ChoiceQuestion
            prefix="answer"
            caption=Signal::derive(move || i18n.t(&area_key))
            heading=Signal::derive(move || i18n.t(&text_key))
            hint=Signal::derive(move || i18n.t(&example_key))
            picture
            kind=ChoiceKind::One
            options
            is_chosen=Callback::new(move |slug: String| {
                journey.with(|j, _| j.answers().skill(&chosen_id).is_some_and(|a| a.slug() == slug))
            })
            on_choose=Callback::new(move |slug: String| {
                if let Some(answer) = SkillAnswer::ALL.into_iter().find(|a| a.slug() == slug) {
                    journey.update(|j, q| j.answer_skill(q, &choose_id, answer));
                }
            })
            error_text=Signal::derive(move || i18n.t("question.error.skill"))
            keyboard_hint=true
        />
    }
    .into_any()
}
