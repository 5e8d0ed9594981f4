//! Section 1: the territory, chosen from the official list: an intercommunalité or a
//! département found by its name, or communes one by one; each can be unticked.

use super::fields::TextField;
use super::{use_space, ListState};
use domain::space::commune::ChosenCommune;
use domain::space::official_list::Found;
use leptos::prelude::*;

#[component]
pub fn TerritorySection() -> impl IntoView {
    let space = use_space();
    let query = RwSignal::new(String::new());
    let found = move || {
        let q = query.get();
        space.list().map(|list| list.search(&q)).unwrap_or_default()
    };
    let choose = move |f: Found| {
        let Some(list) = space.list() else { return };
        space.edit(|s| {
            let (name, communes): (String, Vec<ChosenCommune>) = match &f {
                Found::Epci { code, name, .. } => (
                    name.clone(),
                    list.communes_of_epci(code)
                        .into_iter()
                        .map(ChosenCommune::from)
                        .collect(),
                ),
                Found::Departement { code, name, .. } => (
                    name.clone(),
                    list.communes_of_departement(code)
                        .into_iter()
                        .map(ChosenCommune::from)
                        .collect(),
                ),
                Found::Commune { code, .. } => {
                    let mut all = s.communes.clone();
                    if let Some(c) = list.commune(code) {
                        if !all.iter().any(|a| a.code == c.code) {
                            all.push(ChosenCommune::from(c));
                        }
                    }
                    (s.territory_name.clone(), all)
                }
            };
            if s.territory_name.is_empty() || !matches!(f, Found::Commune { .. }) {
                s.territory_name = name.clone();
            }
            if s.settings.territory.is_empty() {
                s.settings.territory = name;
            }
            s.communes = communes;
        });
        query.set(String::new());
    };
    let results = move || {
        found()
            .into_iter()
            .map(|f| {
                let words = match &f {
                    Found::Epci { name, communes, .. } => format!("{name} — intercommunalité, {communes} communes"),
                    Found::Departement { code, name, communes } => format!("{name} ({code}) — département, {communes} communes"),
                    Found::Commune { name, postcodes, .. } => format!("{name} ({postcodes}) — ajouter cette commune"),
                };
                view! {
                    <li><button type="button" class="button button-secondary space-found" on:click=move |_| choose(f.clone())>{words}</button></li>
                }
            })
            .collect_view()
    };
    let list_status = move || {
        match space.list_state() {
        ListState::Loading => Some("Chargement de la liste officielle des communes…"),
        ListState::Unavailable => Some("La liste officielle des communes n'a pas pu être chargée. Vérifiez la connexion, puis rechargez la page. Les communes déjà choisies restent."),
        ListState::Ready(_) => None,
    }
    };
    let communes = move || {
        space.read(|s| {
            s.communes
                .iter()
                .map(|c| {
                    let code = c.code.clone();
                    let label = format!("{} ({})", c.name, c.postcodes.join(", "));
                    view! {
                        <li>
                            <label class="space-check">
                                <input type="checkbox" checked=true
                                    on:change=move |_| { let code = code.clone(); space.edit(move |s| s.communes.retain(|c| c.code != code)) }/>
                                {label}
                            </label>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let count = move || space.read(|s| s.communes.len());
    view! {
        <h2>"Votre territoire"</h2>
        <p>"Cherchez votre intercommunalité ou votre département. Vous pouvez aussi ajouter des communes une à une."</p>
        {move || list_status().map(|s| view! { <p class="space-status" role="status">{s}</p> })}
        <div class="space-field">
            <label class="field-label" for="space-search">"Nom, code postal ou code INSEE"</label>
            <input id="space-search" class="text-input" type="search" autocomplete="off"
                prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev))/>
        </div>
        <ul class="space-results" aria-label="Résultats">{results}</ul>
        <TextField id="space-territory-name" label="Nom du territoire, tel que les habitants le disent"
            value=Signal::derive(move || space.read(|s| s.territory_name.clone()))
            on_input=move |v: String| space.edit(|s| s.territory_name = v)/>
        <h3>{move || match count() { 0 => "Aucune commune choisie".to_owned(), 1 => "1 commune".to_owned(), n => format!("{n} communes") }}</h3>
        <p class="hint">"Décochez une commune pour la retirer. Les noms et codes postaux viennent de la liste officielle (découpage administratif de l'État, Licence Ouverte)."</p>
        <ul class="space-communes">{communes}</ul>
    }
}
