//! « Rassembler les chiffres de plusieurs appareils »: pick the exports of several
//! devices (CSV or JSON, as downloaded, or re-saved by a spreadsheet), see them in one
//! table (a column per device, then the total) and download the merged CSV. Nothing is
//! stored: the files are read in the page.

use crate::platform::files::{download, file_input_of, picked_files};
use domain::figures::export::{csv, Row};
use domain::figures::merge::{merge, read_export, Merged};
use domain::space::decode::decode;
use leptos::prelude::*;

#[component]
pub fn MergeExports() -> impl IntoView {
    let merged = RwSignal::new(None::<Merged>);
    let problems = RwSignal::new(Vec::<String>::new());
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = file_input_of(&ev) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let mut files: Vec<Vec<Row>> = Vec::new();
            let mut said = Vec::new();
            for (name, bytes) in picked_files(&input).await {
                let text = match decode(&bytes) {
                    Ok(decoded) => decoded.text,
                    Err(why) => {
                        said.push(format!("{name} : {}", why.words()));
                        continue;
                    }
                };
                match read_export(&text) {
                    Ok((rows, problem)) => {
                        if let Some(problem) = problem {
                            said.push(format!("{name} : {}", problem.message()));
                        }
                        files.push(rows);
                    }
                    Err(problem) => said.push(format!("{name} : {}", problem.message())),
                }
            }
            let result = merge(&files);
            if result.repeated_days > 0 {
                said.push(format!(
                    "Certains jours d'un même appareil étaient dans plusieurs fichiers ({}) : ils sont comptés une seule fois.",
                    result.repeated_days
                ));
            }
            problems.set(said);
            merged.set((!files.is_empty()).then_some(result));
        });
    };
    let table = move || {
        merged.get().map(|m| {
            let header = m.devices.iter().map(|d| view! { <th scope="col">{d.clone()}</th> }).collect_view();
            let period = match (m.rows.first(), m.rows.last()) {
                (Some(first), Some(last)) => format!("du {} au {}", first.date.words(), last.date.words()),
                _ => String::new(),
            };
            let body = m
                .table
                .iter()
                .map(|row| {
                    let cells = row.by_device.iter().map(|c| view! { <td>{c.shown()}</td> }).collect_view();
                    let name = match row.value.is_empty() {
                        true => row.measure.clone(),
                        false => format!("{} · {}", row.measure, row.value),
                    };
                    view! { <tr><th scope="row">{name}</th>{cells}<td><strong>{row.total.shown()}</strong></td></tr> }
                })
                .collect_view();
            let rows = m.rows.clone();
            view! {
                <p class="space-summary" role="status">
                    {format!("{} appareil(s), {period}.", m.devices.len())}
                </p>
                <div class="figures-table-wrap" tabindex="0" role="region" aria-label="Chiffres rassemblés">
                    <table class="figures-table figures-merged">
                        <caption>"Chiffres rassemblés (nombre de visites, « 7 à 9 » quand un fichier disait « moins de 3 »)"</caption>
                        <thead><tr><th scope="col">"Mesure"</th>{header}<th scope="col">"Total"</th></tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
                <button type="button" class="button button-secondary"
                    on:click=move |_| download("chiffres-repere-rassembles.csv", csv(&rows).as_bytes(), "text/csv;charset=utf-8")>
                    "Télécharger les chiffres rassemblés (CSV)"
                </button>
            }
        })
    };
    view! {
        <details class="figures-merge">
            <summary>"Rassembler les chiffres de plusieurs appareils"</summary>
            <p class="hint" id="figures-merge-hint">"Choisissez les fichiers téléchargés sur chaque appareil (CSV ou JSON), tous à la fois."</p>
            <label class="field-label" for="figures-merge-files">"Fichiers des appareils"</label>
            <input id="figures-merge-files" type="file" multiple accept=".csv,.json,text/csv,application/json"
                aria-describedby="figures-merge-hint" on:change=on_change/>
            {move || problems.get().into_iter().map(|p| view! { <p class="space-notice">{p}</p> }).collect_view()}
            {table}
        </details>
    }
}
