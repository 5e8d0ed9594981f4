//! One skill item ("Je sais envoyer une photo à un proche") with the four answers:
//! "Oui, sans aide", "Oui, avec de l'aide", "Non, pas encore", "Je ne comprends pas la
//! question". The area is named above the question, with its pictogram.

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::journey_handle::use_journey;
use crate::ui::widgets::choice_question::{
    ChoiceKind, ChoiceOption, ChoiceQuestion, Choices, QuestionPicture, QuestionTexts,
};
use domain::journey::plan::Question;
use domain::journey::Stage;
use domain::questionnaire::ids::ItemId;
use domain::questionnaire::skill::SkillAnswer;
use leptos::prelude::*;

/// What the screen shows of the item on screen.
#[derive(Clone, PartialEq)]
struct ShownItem {
    id: ItemId,
    area_key: String,
    text_key: String,
    example_key: String,
    picture: QuestionPicture,
}

/// The skill question of the journey's current step. One screen serves every skill item
/// in turn: moving to the next item changes its texts in place, which is much less work
/// for an old computer than building a new screen.
#[component]
pub fn SkillPage() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    // The item on screen; the last one stays while the screen goes away.
    let shown = Memo::new(move |previous: Option<&Option<ShownItem>>| {
        journey
            .with(|j, q| {
                let Stage::Question(Question::Skill(id)) = j.stage() else {
                    return None;
                };
                let item = q.item(id)?;
                let area = q.area(&item.area)?;
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
                Some(ShownItem {
                    id: id.clone(),
                    area_key: area.name_key(),
                    text_key: item.text_key(),
                    example_key: item.example_key(),
                    picture,
                })
            })
            .or_else(|| previous.cloned().flatten())
    });
    let text = move |key: fn(&ShownItem) -> &String| {
        Signal::derive(move || {
            shown.with(|s| s.as_ref().map(|s| i18n.t(key(s))).unwrap_or_default())
        })
    };
    let french = move |key: fn(&ShownItem) -> &String| {
        Signal::derive(move || shown.with(|s| s.as_ref().and_then(|s| i18n.french_too(key(s)))))
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
    let shown_id = move || shown.with(|s| s.as_ref().map(|s| s.id.clone()));
    let texts = QuestionTexts {
        caption: text(|s| &s.area_key),
        heading: text(|s| &s.text_key),
        hint: text(|s| &s.example_key),
        heading_in_french: french(|s| &s.text_key),
        hint_in_french: french(|s| &s.example_key),
        error: i18n.t("question.error.skill").into(),
        picture: Memo::new(move |_| shown.with(|s| s.as_ref().map(|s| s.picture.clone()))).into(),
    };
    let choices = Choices {
        kind: ChoiceKind::One,
        options,
        is_chosen: Callback::new(move |slug: String| {
            let Some(id) = shown_id() else { return false };
            journey.with(|j, _| j.answers().skill(&id).is_some_and(|a| a.slug() == slug))
        }),
        on_choose: Callback::new(move |slug: String| {
            let (Some(id), Some(answer)) = (
                shown_id(),
                SkillAnswer::ALL.into_iter().find(|a| a.slug() == slug),
            ) else {
                return;
            };
            journey.update(|j, q| j.answer_skill(q, &id, answer));
        }),
        keyboard_hint: true,
    };
    let question = Signal::derive(move || {
        shown_id()
            .map(|id| id.as_str().to_owned())
            .unwrap_or_default()
    });
    view! { <ChoiceQuestion prefix="answer" texts choices question/> }
}
