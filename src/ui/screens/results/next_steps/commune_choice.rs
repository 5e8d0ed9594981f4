//! "Votre commune", above the next steps: an answer of the journey that ranks places
//! from the nearest (distances are computed on the device, between communes of the
//! territory).

use crate::ui::state::catalog_handle::use_catalog;
use crate::ui::state::i18n::use_i18n;
use crate::ui::state::journey_handle::use_journey;
use leptos::prelude::*;

#[component]
pub fn CommuneChoice() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let catalog = use_catalog();
    let communes = move || {
        catalog.with_loaded(|c| {
            c.map(|c| {
                c.territory
                    .communes
                    .iter()
                    .map(|c| c.name.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    };
    let current = move || journey.with(|j, _| j.answers().commune.clone().unwrap_or_default());
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        journey.update(|j, _| j.set_commune((!value.is_empty()).then_some(value)));
    };
    move || {
        let names = communes();
        (!names.is_empty()).then(|| view! {
            <div class="commune-choice">
                <label class="field-label" for="commune">{i18n.t("next.commune.label")}</label>
                <p id="commune-hint" class="hint">{i18n.t("next.commune.hint")}</p>
                <select id="commune" class="select" aria-describedby="commune-hint" on:change=on_change>
                    <option value="" selected=current().is_empty()>{i18n.t("next.commune.none")}</option>
                    {names.into_iter().map(|name| {
                        let selected = current() == name;
                        view! { <option value=name.clone() selected=selected>{name.clone()}</option> }
                    }).collect_view()}
                </select>
            </div>
        })
    }
}
