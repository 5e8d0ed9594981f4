//! Section 6: the next steps Repère would give a few typical residents with the catalog
//! being set up, before it is published.

use super::use_space;
use domain::space::export::{published_catalog, published_files};
use domain::space::preview::{preview, TYPICAL};
use leptos::prelude::*;

#[component]
pub fn PreviewSection() -> impl IntoView {
    let space = use_space();
    let communes = move || {
        space.read(|s| {
            s.communes
                .iter()
                .map(|c| c.name.clone())
                .collect::<Vec<_>>()
        })
    };
    let commune = RwSignal::new(communes().first().cloned().unwrap_or_default());
    let cards = move || {
        let q = domain::content::questionnaire();
        let catalog = space.read(|s| published_catalog(&published_files(s)));
        let today = crate::platform::clock::local(crate::platform::clock::now_ms()).iso_minute();
        let home = commune.get();
        TYPICAL
            .iter()
            .map(|who| {
                let steps = preview(
                    &q,
                    &catalog,
                    who,
                    (!home.is_empty()).then_some(home.as_str()),
                    &today,
                );
                view! {
                    <article class="space-preview">
                        <h3>{who.who}</h3>
                        <ol>{steps.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol>
                    </article>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <h2>"Comme un habitant le verrait"</h2>
        <p>"Voici les prochaines étapes que Repère proposerait, avec vos fichiers, à trois personnes typiques."</p>
        <div class="space-field">
            <label class="field-label" for="preview-commune">"La personne habite à"</label>
            <select id="preview-commune" class="text-input" on:change=move |ev| commune.set(event_target_value(&ev))>
                {move || communes().into_iter().map(|c| { let (sel, value) = (c.clone(), c.clone()); view! { <option value=value selected=move || commune.get() == sel>{c}</option> } }).collect_view()}
            </select>
        </div>
        {cards}
    }
}
