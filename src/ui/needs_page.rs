//! The needs question ("Que voulez-vous réussir à faire ?"): pictogram cards that are
//! real checkboxes, several choices allowed.

use super::choice_question::{ChoiceKind, ChoiceOption, ChoiceQuestion};
use super::i18n::use_i18n;
use super::journey_handle::use_journey;
use crate::domain::ids::NeedId;
use leptos::prelude::*;

#[component]
pub fn NeedsPage() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let options = journey.questionnaire.with_value(|q| {
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
    view! {
        <ChoiceQuestion
            prefix="need"
            caption=i18n.t("needs.caption")
            heading=i18n.t("needs.title")
            hint=i18n.t("needs.hint")
            kind=ChoiceKind::Several
            options
            is_chosen=Callback::new(move |id: String| journey.with(|j, _| j.has_need(&NeedId::new(id))))
            on_choose=Callback::new(move |id: String| journey.update(|j, q| j.toggle_need(q, &NeedId::new(id))))
            error_text=i18n.t("needs.error.none")
        />
    }
}
