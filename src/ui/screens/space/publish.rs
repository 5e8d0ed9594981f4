//! Section 8: publish. What Repère will say of these files (the checks of
//! `check_catalog`); « Utiliser sur cet appareil », for a kiosk or a PC with no web
//! host: the set is installed in this device's storage, and the space says which set is
//! in use and can go back to the server's; and for a structure with a web host, each
//! file to download, or one archive, with « what to upload where » in plain words.

use super::use_space;
use crate::platform::clock::{local, now_ms};
use crate::platform::files::download;
use crate::platform::network::published::{self, Installed};
use domain::messages::time_words::date_time_text;
use domain::site::installed::InstalledSet;
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
    let in_use = RwSignal::new(published::installed());
    let install_error = RwSignal::new(None::<&'static str>);
    let install = move |_| {
        let files = files.get_untracked();
        let set = InstalledSet::new(
            &local(now_ms()).iso_minute(),
            files.iter().map(|f| (f.path.as_str(), f.text.as_str())),
        );
        match published::install(&set) {
            Ok(()) => install_error.set(None),
            Err(_) => install_error.set(Some("Cet appareil n'a pas pu garder les fichiers : son stockage est plein ou bloqué (navigation privée ?). Rien n'a changé.")),
        }
        in_use.set(published::installed());
    };
    let uninstall = move |_| {
        published::uninstall();
        in_use.set(published::installed());
    };
    let state = move || {
        let words = match in_use.get() {
            Installed::Set(set) => {
                let when = date_time_text(&domain::content::default_messages(), &set.installed_at);
                format!("Cet appareil utilise les fichiers installés ici {when}, pas ceux du serveur.")
            }
            Installed::Damaged => "Les fichiers installés sur cet appareil sont abîmés : Repère utilise ceux du serveur. Installez-les à nouveau.".to_owned(),
            Installed::Nothing => "Cet appareil utilise les fichiers du serveur.".to_owned(),
        };
        let installed = !matches!(in_use.get(), Installed::Nothing);
        view! {
            <p class="space-summary" role="status">{words}</p>
            {installed.then(|| view! { <p><button type="button" class="button button-link" on:click=uninstall>"Revenir aux fichiers du serveur"</button></p> })}
        }
    };
    view! {
        <h2>"Publier"</h2>
        {problems}
        <h3>"Sur cet appareil"</h3>
        <p>"Pour une borne ou un poste sans site internet : Repère garde ces fichiers dans cet appareil et s'en sert, même hors ligne et après une mise à jour de Repère. Effacer les réponses d'une personne ne les efface pas."</p>
        {state}
        <p><button type="button" class="button button-primary" on:click=install>"Utiliser sur cet appareil"</button></p>
        {move || install_error.get().map(|e| view! { <p class="error-message" role="alert">{e}</p> })}
        <h3>"Sur votre site internet"</h3>
        <p class="space-help">{UPLOAD_HELP}</p>
        <p><button type="button" class="button button-secondary" on:click=archive>"Télécharger l'archive (tous les fichiers)"</button></p>
        <ul class="space-files">{list}</ul>
    }
}
