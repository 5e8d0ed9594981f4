//! « Voulez-vous essayer ? C'est facultatif. »: the offer of the hands-on checks, after
//! the basic questions about the device. Two answers, « Oui, je veux essayer » and
//! « Non, je passe »; either way the journey goes on.

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::journey_handle::use_journey;
use crate::ui::widgets::choice_question::{
    ChoiceKind, ChoiceOption, ChoiceQuestion, Choices, QuestionPicture, QuestionTexts,
};
use domain::journey::observation::ChecksOffer;
use leptos::prelude::*;

const ANSWERS: [(ChecksOffer, &str, &str); 2] = [
    (ChecksOffer::Accepted, "yes", "checks.offer.yes"),
    (ChecksOffer::Declined, "no", "checks.offer.no"),
];

#[component]
pub fn ChecksOfferPage() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let options = ANSWERS
        .iter()
        .map(|(_, value, label)| ChoiceOption {
            value: (*value).to_owned(),
            label_key: (*label).to_owned(),
            hint_key: None,
            pictogram: None,
        })
        .collect();
    let offer_of = |value: &str| ANSWERS.iter().find(|a| a.1 == value).map(|a| a.0);
    let texts = QuestionTexts {
        caption: i18n.t("checks.caption").into(),
        heading: i18n.t("checks.offer.title").into(),
        hint: i18n.t("checks.offer.hint").into(),
        heading_in_french: i18n.french_too("checks.offer.title").into(),
        hint_in_french: i18n.french_too("checks.offer.hint").into(),
        error: i18n.t("question.error.one").into(),
        picture: Signal::stored(Some(QuestionPicture {
            pictogram: "basics".into(),
            alt_key: None,
        })),
    };
    let choices = Choices {
        kind: ChoiceKind::One,
        options,
        is_chosen: Callback::new(move |value: String| {
            journey.with(|j, _| {
                j.answers().checks_offer.is_some() && j.answers().checks_offer == offer_of(&value)
            })
        }),
        on_choose: Callback::new(move |value: String| {
            if let Some(offer) = offer_of(&value) {
                journey.update(|j, q| j.answer_checks_offer(q, offer));
            }
        }),
        keyboard_hint: false,
    };
    view! { <ChoiceQuestion prefix="checks-offer" texts choices/> }
}
