//! Section 7: publish. Each file to download, or one archive, with « what to upload
//! where » in plain words, and what Repère will say of these files (the checks of
//! `check_catalog`), before they go up.

use super::use_space;
use crate::platform::files::download;
use domain::space::archive::zip;
use domain::space::export::published_catalog;
use domain::space::export::{published_files, UPLOAD_HELP};
use leptos::prelude::*;

#[component]
pub fn PublishSection() -> impl IntoView {
    let space = use_space();
    let files = Memo::new(move |_| space.read(published_files));
    let problems = move || {
        let catalog = published_catalog(&files.get());
        let serious = catalog.problems.iter().filter(|p| p.serious).count();
        let count = catalog.problems.len();
        let words = match (count, serious) {
            (0, _) => "Repère ne signale aucun problème dans ces fichiers.".to_owned(),
            (n, 0) => format!("Repère signale {n} point(s) à vérifier, sans gravité : les fichiers fonctionnent."),
            (n, s) => format!("Repère signale {n} point(s) à vérifier, dont {s} qui écartent une ligne ou un fichier."),
        };
        let details = catalog
            .problems
            .into_iter()
            .take(100)
            .map(|p| view! { <li>{p.to_string()}</li> })
            .collect_view();
        view! {
            <p class="space-summary">{words}</p>
            {(count > 0).then(|| view! { <details><summary>"Voir le détail"</summary><ul>{details}</ul></details> })}
        }
    };
    let list = move || {
        files
            .get()
            .into_iter()
            .map(|f| {
                let name = f.path.rsplit('/').next().unwrap_or(&f.path).to_owned();
                let size = format!("{:.1} Ko", f.text.len() as f64 / 1024.0);
                let mime = if name.ends_with(".csv") { "text/csv;charset=utf-8" } else { "application/json;charset=utf-8" };
                let label = format!("Télécharger {name}");
                view! {
                    <li>
                        <button type="button" class="button button-secondary" on:click=move |_| download(&name, f.text.as_bytes(), mime)>{label}</button>
                        " "{format!("{} ({size})", f.path)}
                    </li>
                }
            })
            .collect_view()
    };
    let archive = move |_| {
        download(
            "repere-fichiers.zip",
            &zip(&files.get_untracked()),
            "application/zip",
        )
    };
    view! {
        <h2>"Publier"</h2>
        {problems}
        <p class="space-help">{UPLOAD_HELP}</p>
        <p><button type="button" class="button button-primary" on:click=archive>"Télécharger l'archive (tous les fichiers)"</button></p>
        <ul class="space-files">{list}</ul>
    }
}
