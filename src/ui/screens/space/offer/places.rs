//! Section 2: the places, imported from the national export as it was downloaded
//! (CSV or JSON, a département's or a region's), kept for the territory, each problem
//! named by its row; and, when places were there before, what changed.

use super::super::use_space;
use crate::platform::files::{file_input_of, picked_file};
use domain::catalog::problem::CatalogProblem;
use domain::space::places::diff::places_diff;
use domain::space::places::import::{import_places, SourceKind};
use leptos::prelude::*;

/// Problems listed on screen at most (the rest are counted).
const SHOWN_PROBLEMS: usize = 200;

#[component]
pub fn PlacesSection() -> impl IntoView {
    let space = use_space();
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let file_name = RwSignal::new(String::new());
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = file_input_of(&ev) else {
            return;
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            let Some((name, bytes)) = picked_file(&input).await else {
                busy.set(false);
                return;
            };
            file_name.set(name);
            let list = space.list();
            let communes = space.read_untracked(|s| s.communes.clone());
            match import_places(&bytes, &communes, list.as_deref()) {
                Ok(import) => {
                    error.set(None);
                    space.edit(|s| {
                        if let Some(before) = &s.places {
                            space.show_diff(Some(places_diff(before, &import)));
                        }
                        for (c, position) in s.communes.iter_mut().zip(&import.positions) {
                            if position.is_some() {
                                c.position = *position;
                            }
                        }
                        s.places = Some(import);
                    });
                }
                Err(words) => error.set(Some(words)),
            }
            busy.set(false);
        });
    };
    let no_territory = move || space.read(|s| s.communes.is_empty());
    let summary = move || {
        space.read(|s| {
            s.places.as_ref().map(|p| {
                let kept = p.places.len();
                let words = if p.read == 0 || file_name.get().is_empty() {
                    format!("{kept} lieux publiés pour ce territoire.")
                } else {
                    format!("Fichier « {} » lu : {} lieux, dont {kept} gardés pour votre territoire et {} dans d'autres communes.{}", file_name.get(), p.read, p.outside,
                        if p.unplaced > 0 { format!(" {} lieu(x) dans une commune que la liste officielle ne connaît pas : voyez les points à vérifier.", p.unplaced) } else { String::new() })
                };
                let note = p.encoding_note.map(|n| view! { <p class="space-notice">{n}</p> });
                let unit = if p.kind == SourceKind::Json { "Lieu n°" } else { "Ligne" };
                let count = p.problems.len();
                let rows = p.problems.iter().take(SHOWN_PROBLEMS).map(|pr| problem_row(pr, unit)).collect_view();
                let more = (count > SHOWN_PROBLEMS).then(|| view! { <p>{format!("… et {} autres.", count - SHOWN_PROBLEMS)}</p> });
                // Built when the list is opened: a region's hundreds of places would slow
                // the import's first paint on an old PC.
                let names = p.places.iter().map(|pl| format!("{} — {}", pl.name, pl.commune)).collect::<Vec<_>>();
                let open = RwSignal::new(false);
                let names = move || open.get().then(|| names.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view());
                view! {
                    <p class="space-summary" role="status">{words}</p>
                    {note}
                    <details class="space-places" on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                        <summary>{format!("Voir les {kept} lieux")}</summary>
                        <ul>{names}</ul>
                    </details>
                    {(count > 0).then(|| view! {
                        <h3>{format!("{count} point(s) à vérifier")}</h3>
                        <p class="hint">"Les numéros de ligne sont ceux de votre tableur (l'en-tête est la ligne 1). Corrigez le fichier source, ou laissez : Repère utilise ce qui est bon."</p>
                        <table class="space-problems">
                            <thead><tr><th scope="col">{unit}</th><th scope="col">"Champ"</th><th scope="col">"Ce qu'il faut savoir"</th></tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                        {more}
                    })}
                }
            })
        })
    };
    let diff = move || {
        space.diff().map(|d| {
            let list = |title: &'static str, items: Vec<String>| {
                (!items.is_empty()).then(|| view! {
                    <h4>{format!("{title} ({})", items.len())}</h4>
                    <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                })
            };
            let ids = space.read(|s| s.places.as_ref().map(|p| p.places.iter().map(|p| p.id.clone()).collect::<Vec<_>>()).unwrap_or_default());
            let orphans: Vec<String> = space.read(|s| {
                s.workshops.iter().filter(|w| !w.place.is_empty() && !ids.contains(&w.place)).map(|w| w.title.clone()).collect()
            });
            view! {
                <h3>"Ce qui a changé depuis les lieux d'avant"</h3>
                {d.is_empty().then(|| view! { <p>"Rien n'a changé."</p> })}
                {list("Lieux ajoutés", d.added.iter().map(|(_, n)| n.clone()).collect())}
                {list("Lieux retirés", d.removed.iter().map(|(_, n)| n.clone()).collect())}
                {list("Lieux modifiés", d.changed.iter().map(|c| format!("{} : {}", c.name, c.fields.join(", "))).collect())}
                {(!orphans.is_empty()).then(|| view! {
                    <p class="space-notice">"Ces ateliers citent un lieu qui n'est plus dans la liste : choisissez-leur un autre lieu dans « 3. Ateliers »."</p>
                    <ul>{orphans.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                })}
            }
        })
    };
    view! {
        <h2>"Les lieux de votre territoire"</h2>
        <p>"Téléchargez l'export national des lieux de médiation numérique de votre département ou de votre région (format CSV ou JSON), puis choisissez-le ici. Repère garde les lieux de vos communes."</p>
        {move || no_territory().then(|| view! { <p class="space-notice">"Choisissez d'abord votre territoire, dans « 1. Territoire »."</p> })}
        <div class="space-field">
            <label class="field-label" for="space-places-file">"Fichier des lieux (CSV ou JSON)"</label>
            <input id="space-places-file" type="file" accept=".csv,.json,text/csv,application/json" on:change=on_change/>
        </div>
        {move || busy.get().then(|| view! { <p class="space-status" role="status">"Lecture du fichier…"</p> })}
        {move || error.get().map(|e| view! { <p class="error-message" role="alert">{e}</p> })}
        {summary}
        {diff}
    }
}

fn problem_row(p: &CatalogProblem, _unit: &str) -> impl IntoView {
    let line = p.line.map(|l| l.to_string()).unwrap_or_else(|| "—".into());
    let field = p.field.clone().unwrap_or_else(|| "—".into());
    view! { <tr><td>{line}</td><td>{field}</td><td>{p.detail.clone()}</td></tr> }
}
