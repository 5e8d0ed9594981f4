//! Section 4: the territory's partners. The data·inclusion export (its services and
//! structures files, as downloaded from data.gouv.fr) is read and kept to the
//! territory, with what it set aside and every problem by row, and what changed since
//! the last import; each partner can then be edited, removed, or added by hand. The
//! national partners stay as the fallback where the territory has none.

use super::super::use_space;
use crate::platform::clock::now_ms;
use crate::platform::files::{file_input_of, picked_files};
use domain::catalog::partner::built_in_partners;
use domain::space::partners::diff::{is_imported, partners_diff, PartnersDiff};
use domain::space::partners::import::{import_partners, Export, PartnersImport};
use leptos::prelude::*;
use serde_json::Value;

/// Problems listed on screen at most (the rest are counted).
const SHOWN_PROBLEMS: usize = 200;

/// The démarches a partner can be the organisme of, as the `procedure` question names
/// them.
const ORGANISMES: &[(&str, &str)] = &[
    ("", "Aucune démarche en particulier"),
    ("caf", "CAF"),
    ("health", "Assurance maladie"),
    ("france-travail", "France Travail"),
    ("taxes", "Impôts"),
    ("id-papers", "Papiers d'identité, permis, carte grise"),
    ("retirement", "Retraite"),
    ("disability", "Handicap, autonomie (MDPH)"),
    ("bank", "Banque"),
];

#[component]
pub fn PartnersSection() -> impl IntoView {
    let space = use_space();
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let last = RwSignal::new(None::<(PartnersImport, f64, Vec<String>)>);
    let diff = RwSignal::new(None::<PartnersDiff>);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = file_input_of(&ev) else {
            return;
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            let files = picked_files(&input).await;
            let started = now_ms();
            let (communes, places) = space.read_untracked(|s| (s.communes.clone(), s.place_keys()));
            let list = space.list();
            let result = import_partners(
                Export::sort(&files),
                &communes,
                list.as_deref(),
                &places,
                &built_in_partners(),
            );
            let seconds = (now_ms() - started) / 1000.0;
            match result {
                Ok(import) => {
                    error.set(None);
                    space.edit(|s| {
                        let had = s.partners.iter().any(is_imported);
                        let changes = partners_diff(&s.partners, &import.entries);
                        diff.set(had.then_some(changes));
                        s.replace_imported_partners(import.entries.clone());
                    });
                    last.set(Some((
                        import,
                        seconds,
                        files.into_iter().map(|(n, _)| n).collect(),
                    )));
                }
                Err(words) => error.set(Some(words)),
            }
            busy.set(false);
        });
    };
    let summary = move || {
        last.with(|l| {
            l.as_ref().map(|(import, seconds, names)| {
                let words = format!(
                    "{} lu(s) en {:.1} s : {} services et {} structures. Gardés pour votre territoire : {} services, réunis en {} partenaires. Écartés : {} dans d'autres territoires, {} sur d'autres sujets (logement, sport…), {} déjà parmi vos lieux.",
                    names.join(" et "), seconds, import.services_read, import.structures_read, import.services_kept,
                    import.entries.len(), import.outside, import.off_topic, import.same_as_place
                );
                let count = import.problems.len();
                let rows = import.problems.iter().take(SHOWN_PROBLEMS).map(|p| {
                    let line = p.line.map(|l| l.to_string()).unwrap_or_else(|| "—".into());
                    let field = p.field.clone().unwrap_or_else(|| "—".into());
                    view! { <tr><td>{p.file}</td><td>{line}</td><td>{field}</td><td>{p.detail.clone()}</td></tr> }
                }).collect_view();
                view! {
                    <p class="space-summary" role="status">{words}</p>
                    {(count > 0).then(|| view! {
                        <h3>{format!("{count} point(s) à vérifier")}</h3>
                        <p class="hint">"Une ligne d'un CSV est numérotée comme dans votre tableur ; une entrée d'un JSON, dans l'ordre du fichier."</p>
                        <table class="space-problems">
                            <thead><tr><th scope="col">"Fichier"</th><th scope="col">"Ligne"</th><th scope="col">"Champ"</th><th scope="col">"Ce qu'il faut savoir"</th></tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                        {(count > SHOWN_PROBLEMS).then(|| view! { <p>{format!("… et {} autres.", count - SHOWN_PROBLEMS)}</p> })}
                    })}
                }
            })
        })
    };
    let changes = move || {
        diff.get().map(|d| {
            let list = |title: &'static str, items: Vec<String>| {
                (!items.is_empty()).then(|| view! {
                    <h4>{format!("{title} ({})", items.len())}</h4>
                    <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                })
            };
            view! {
                <h3>"Ce qui a changé depuis l'import d'avant"</h3>
                {d.is_empty().then(|| view! { <p>"Rien n'a changé."</p> })}
                {list("Partenaires ajoutés", d.added.clone())}
                {list("Partenaires retirés", d.removed.clone())}
                {list("Partenaires modifiés", d.changed.iter().map(|(n, what)| format!("{n} : {what}")).collect())}
            }
        })
    };
    let opened = RwSignal::new(None::<usize>);
    let add = move |_| {
        let mut index = 0;
        space.edit(|s| index = s.add_partner());
        opened.set(Some(index));
    };
    let count = move || space.read(|s| s.partners.len());
    let cards = move || (0..count()).map(|i| partner_card(i, opened)).collect_view();
    view! {
        <h2>"Les partenaires de votre territoire"</h2>
        <p>"Repère oriente vers la CAF, l'Assurance maladie, France Travail, la mission locale… Ici, vous dites où ils reçoivent sur votre territoire."</p>
        <p>"Le plus simple : téléchargez sur data.gouv.fr les deux fichiers du référentiel data·inclusion (« services-inclusion » et « structures-inclusion », en CSV ou en JSON), puis choisissez-les ici ensemble. Repère garde ceux de vos communes qui aident aux démarches ou au numérique."</p>
        {move || space.read(|s| s.communes.is_empty()).then(|| view! { <p class="space-notice">"Choisissez d'abord votre territoire, dans « 1. Territoire »."</p> })}
        <div class="space-field">
            <label class="field-label" for="space-partners-files">"Fichiers de data·inclusion (services et structures, CSV ou JSON)"</label>
            <input id="space-partners-files" type="file" multiple accept=".csv,.json,text/csv,application/json" on:change=on_change/>
        </div>
        {move || busy.get().then(|| view! { <p class="space-status" role="status">"Lecture des fichiers…"</p> })}
        {move || error.get().map(|e| view! { <p class="error-message" role="alert">{e}</p> })}
        {summary}
        {changes}
        <h3>{move || format!("{} partenaires", count())}</h3>
        {move || (count() == 0).then(|| view! { <p>"Aucun fichier de partenaires publié ici : Repère utilise les partenaires nationaux qu'il connaît."</p> })}
        <p class="hint">"Les partenaires nationaux restent : Repère les propose quand votre territoire n'a personne pour une démarche. Les numéros nationaux sont publics : vérifiez-les."</p>
        <ul class="space-partners">{cards}</ul>
        <p><button type="button" class="button button-secondary" on:click=add>"Ajouter un partenaire"</button></p>
    }
}

/// One partner, folded: its name, where it is and where it comes from; unfolded, its
/// fields, and « Retirer ».
fn partner_card(i: usize, opened: RwSignal<Option<usize>>) -> impl IntoView {
    let space = use_space();
    let text = move |key: &'static str| {
        space.read(|s| {
            s.partners
                .get(i)
                .and_then(|p| p.get(key))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        })
    };
    let set = move |key: &'static str, v: String| {
        space.edit(|s| {
            if let Some(Value::Object(p)) = s.partners.get_mut(i) {
                p.insert(key.into(), Value::String(v));
            }
        })
    };
    let id = format!("partner-{i}");
    let field = move |key: &'static str, label: &'static str, kind: &'static str| {
        let input_id = format!("{id}-{key}");
        view! {
            <label class="field-label" for=input_id.clone()>{label}</label>
            <input id=input_id class="text-input" type=kind autocomplete="off" prop:value=move || text(key) on:input=move |ev| set(key, event_target_value(&ev))/>
        }
    };
    let to_verify = move || {
        space.read(|s| {
            s.partners
                .get(i)
                .and_then(|p| p.get("a_verifier"))
                .and_then(Value::as_bool)
                .unwrap_or(false)
        })
    };
    let title = move || {
        let name = text("nom");
        let name = if name.is_empty() {
            "Nouveau partenaire".to_owned()
        } else {
            name
        };
        let place = [text("commune"), text("lieu")]
            .into_iter()
            .find(|s| !s.is_empty());
        let origin = if text("source").is_empty() {
            "national ou saisi ici".to_owned()
        } else {
            text("source")
        };
        match place {
            Some(p) => format!("{name} — {p} ({origin})"),
            None => format!("{name} ({origin})"),
        }
    };
    let places = move || space.read(|s| s.place_choices());
    let remove = move |_| {
        space.edit(|s| {
            if i < s.partners.len() {
                s.partners.remove(i);
            }
        });
        opened.set(None);
    };
    let organisme_id = format!("partner-{i}-organisme");
    let place_id = format!("partner-{i}-place");
    view! {
        <li class="space-partner">
            <details prop:open=move || opened.get() == Some(i)
                on:toggle=move |ev| {
                    let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                    if open { opened.set(Some(i)) } else if opened.get_untracked() == Some(i) { opened.set(None) }
                }>
                <summary>{title}</summary>
                // Built when opened: a territory may have hundreds of partners.
                {move || (opened.get() == Some(i)).then(|| {
                let (organisme_id, place_id) = (organisme_id.clone(), place_id.clone());
                view! {
                <fieldset class="space-fieldset">
                    <legend>{move || text("nom")}</legend>
                    {field("nom", "Nom", "text")}
                    <label class="field-label" for=organisme_id.clone()>"Démarche dont il s'occupe"</label>
                    <select id=organisme_id class="text-input" on:change=move |ev| set("organisme", event_target_value(&ev))>
                        {ORGANISMES.iter().map(|(value, words)| view! { <option value=*value selected=move || text("organisme") == *value>{*words}</option> }).collect_view()}
                    </select>
                    {field("adresse", "Adresse", "text")}
                    {field("code_postal", "Code postal", "text")}
                    {field("commune", "Commune", "text")}
                    {field("horaires", "Horaires (ex. : Mo-Fr 09:00-12:00)", "text")}
                    {field("telephone", "Téléphone", "tel")}
                    {field("courriel", "Adresse e-mail", "email")}
                    {field("site_web", "Site internet", "url")}
                    {field("prise_rdv", "Prendre rendez-vous en ligne (lien)", "url")}
                    <label class="field-label" for=place_id.clone()>"Reçoit ici, au lieu"</label>
                    <select id=place_id class="text-input" on:change=move |ev| set("lieu", event_target_value(&ev))>
                        <option value="" selected=move || text("lieu").is_empty()>"Aucun lieu du territoire"</option>
                        {move || places().into_iter().map(|(pid, pname)| { let sel = pid.clone(); view! { <option value=pid selected=move || text("lieu") == sel>{pname}</option> } }).collect_view()}
                    </select>
                    <label class="space-check">
                        <input type="checkbox" prop:checked=move || !to_verify()
                            on:change=move |ev| { let checked = event_target_checked(&ev); space.edit(|s| if let Some(Value::Object(p)) = s.partners.get_mut(i) { p.insert("a_verifier".into(), Value::Bool(!checked)); }) }/>
                        "J'ai vérifié ces coordonnées"
                    </label>
                    <p><button type="button" class="button button-link" on:click=remove>"Retirer ce partenaire"</button></p>
                </fieldset>
                }})}
            </details>
        </li>
    }
}
