//! Section 8: the device's figures. A month of counts in plain sentences, charts with
//! their tables, printable on one page for a report; the month as CSV or JSON (counts
//! under 3 written « moins de 3 »); the device's name; counting paused or the figures
//! erased; several devices' exports merged (`figures_merge`). On a kiosk the space,
//! and so this, opens only with the PIN.

mod chart;
mod merge;

use crate::platform::files::download;
use crate::platform::print::print;
use crate::platform::storage::figures_store;
use crate::platform::storage::{self, StorageError};
use chart::{BarChart, ChartRow};
use domain::figures::day::Month;
use domain::figures::export::{csv, file_name, json, rows};
use domain::figures::ledger::{Ledger, LoadProblem};
use domain::figures::measure::Family;
use domain::figures::month::MonthView;
use domain::messages::Messages;
use domain::results::scoring::AutonomyLevel;
use leptos::prelude::*;
use merge::MergeExports;
use std::sync::Arc;

/// Key written and removed once to see whether the storage still takes a write.
const PROBE_KEY: &str = "repere-figures-probe";

fn french() -> Arc<Messages> {
    Arc::new(domain::content::default_messages())
}

/// What the section says about the storage, before the figures.
fn storage_notices(problem: Option<LoadProblem>, ledger: &Ledger) -> Vec<String> {
    let mut notices = Vec::new();
    if let (Some(LoadProblem::Damaged), _) | (_, Some(_)) = (problem, ledger.reset_on) {
        let day = ledger
            .reset_on
            .map(|d| format!("le {}", d.words()))
            .unwrap_or_default();
        notices.push(format!(
            "Les chiffres enregistrés sur cet appareil étaient abîmés : ils ont été remis à zéro, et Repère compte de nouveau depuis {day}."
        ));
    }
    let probe = storage::write(PROBE_KEY, &"0".repeat(2048));
    let _ = storage::erase_keys_starting_with(PROBE_KEY);
    if let Err(StorageError::Full) = probe {
        notices.push("Le stockage de cet appareil est plein : Repère ne compte plus les visites. Le parcours des personnes continue normalement. Libérez de la place dans le navigateur (données des sites), puis rouvrez cette page.".to_owned());
    } else if probe.is_err() {
        notices.push("Le navigateur de cet appareil refuse d'enregistrer des données : Repère ne peut pas compter les visites ici.".to_owned());
    }
    notices
}

#[component]
pub fn FiguresSection() -> impl IntoView {
    let space = super::use_space();
    let messages = french();
    let (ledger, notices) = match figures_store::load() {
        Ok((ledger, problem)) => {
            if problem.is_some() {
                let _ = figures_store::save(&ledger);
            }
            let notices = storage_notices(problem, &ledger);
            (Some(ledger), notices)
        }
        Err(_) => (
            None,
            vec!["Le navigateur de cet appareil refuse l'accès à ses données : les chiffres ne peuvent pas être lus ici.".to_owned()],
        ),
    };
    let usable = ledger.is_some();
    let ledger = RwSignal::new(ledger.unwrap_or_else(|| Ledger::new("Cet appareil")));
    let saved = RwSignal::new(None::<&'static str>);
    let change = move |edit: Box<dyn FnOnce(&mut Ledger)>, words: &'static str| {
        // From the stored figures as they are now: a visit may have been counted since
        // the section opened (another tab of the same device).
        let mut now = match figures_store::load() {
            Ok((stored, _)) => stored,
            Err(_) => ledger.get_untracked(),
        };
        edit(&mut now);
        let result = figures_store::save(&now);
        ledger.set(now);
        saved.set(Some(match result {
            Ok(()) => words,
            Err(_) => "Ce changement n'a pas pu être enregistré : le stockage de cet appareil est plein ou bloqué.",
        }));
    };
    let this_month = figures_store::today().month_of();
    let months = move || {
        let mut months = ledger.with(Ledger::months);
        if !months.contains(&this_month) {
            months.push(this_month);
        }
        months.sort();
        months.reverse();
        months
    };
    let chosen = RwSignal::new(this_month);
    let view_of = {
        let messages = messages.clone();
        Memo::new(move |_| ledger.with(|l| MonthView::of(l, chosen.get(), &messages)))
    };
    let month_options = move || {
        months()
            .into_iter()
            .map(|m| view! { <option value=m.code() selected=move || chosen.get() == m>{m.name()}</option> })
            .collect_view()
    };
    let exports = {
        let messages = messages.clone();
        move |json_file: bool| {
            let month = chosen.get_untracked();
            let (text, device) = ledger.with_untracked(|l| {
                let rows = rows(l, Some(month), &messages);
                (
                    if json_file { json(&rows) } else { csv(&rows) },
                    l.device.clone(),
                )
            });
            let (extension, mime) = match json_file {
                true => ("json", "application/json;charset=utf-8"),
                false => ("csv", "text/csv;charset=utf-8"),
            };
            download(
                &file_name(&device, Some(month), extension),
                text.as_bytes(),
                mime,
            );
        }
    };
    let exports_json = exports.clone();
    let device_name = RwSignal::new(ledger.with_untracked(|l| l.device.clone()));
    let rename = move |_| {
        let name = device_name.get_untracked();
        let fits = ledger.with_untracked(|l| l.clone().rename(&name));
        match fits {
            true => change(
                Box::new(move |l: &mut Ledger| {
                    l.rename(&name);
                }),
                "Le nom de l'appareil est enregistré.",
            ),
            false => saved.set(Some("Donnez un nom d'une ligne, de 60 caractères au plus.")),
        }
    };
    let confirm_erase = RwSignal::new(false);
    let counting_off = move || !space.read(|s| s.settings.count_visits);

    let report = move || {
        let v = view_of.get();
        let sentences = v
            .sentences()
            .into_iter()
            .map(|s| view! { <p>{s}</p> })
            .collect_view();
        let weeks: Vec<ChartRow> = v
            .weeks
            .iter()
            .map(|w| (w.label.clone(), vec![w.visits, w.finished]))
            .collect();
        let rows_of = |family: Family| -> Vec<ChartRow> {
            v.values(family)
                .iter()
                .map(|(label, n)| (label.clone(), vec![*n]))
                .collect()
        };
        let mut steps: Vec<ChartRow> = Vec::new();
        for (family, prefix) in [
            (Family::WorkshopThematique, "Atelier"),
            (Family::PlaceService, "Lieu"),
            (Family::PartnerRedirection, "Partenaire"),
            (Family::OtherStep, ""),
        ] {
            steps.extend(v.values(family).iter().map(|(label, n)| {
                let label = match prefix.is_empty() {
                    true => label.clone(),
                    false => format!("{prefix} · {label}"),
                };
                (label, vec![*n])
            }));
        }
        let levels = level_table(&v);
        let plain = |family: Family, title: &'static str| {
            let list: Vec<String> = v
                .values(family)
                .iter()
                .map(|(l, n)| format!("{l} : {n}"))
                .collect();
            (!list.is_empty())
                .then(|| view! { <p><strong>{title}</strong>" "{list.join(" · ")}</p> })
        };
        view! {
            <p class="print-only figures-print-title">
                {ledger.with(|l| format!("Repère — chiffres de « {} » — {}", l.device, v.month.name()))}
            </p>
            <div class="figures-sentences">{sentences}</div>
            {plain(Family::Language, "Langues :")}
            {plain(Family::Mode, "Modes :")}
            <div class="figures-charts">
                <BarChart id="chart-weeks" title="Visites par semaine".to_owned() row_name="Semaine"
                    series=vec!["Visites", "Jusqu'aux résultats"] rows=weeks/>
                <BarChart id="chart-needs" title="Besoins choisis (nombre de visites)".to_owned() row_name="Besoin"
                    series=vec!["Visites"] rows=rows_of(Family::Need)/>
                <BarChart id="chart-steps" title="Étapes proposées, dans les mots du compte rendu d'activité".to_owned() row_name="Étape"
                    series=vec!["Visites"] rows=steps print_table=true/>
                <BarChart id="chart-barriers" title="Freins rencontrés".to_owned() row_name="Frein"
                    series=vec!["Visites"] rows=rows_of(Family::Barrier)/>
            </div>
            {levels}
        }
    };

    view! {
        <h2>"Chiffres de cet appareil"</h2>
        <p class="hint">"Repère compte ici les visites faites sur cet appareil, jour par jour. Il ne garde les réponses de personne : seulement des nombres, sans heure ni code ni commune."</p>
        {notices.into_iter().map(|n| view! { <p class="space-notice" role="status">{n}</p> }).collect_view()}
        {move || counting_off().then(|| view! {
            <p class="space-notice">"Dans les réglages (section 5), le comptage des visites est arrêté : une fois ces réglages publiés, Repère ne comptera plus rien."</p>
        })}
        {move || ledger.with(|l| l.paused).then(|| view! {
            <p class="space-notice">"Le comptage est arrêté sur cet appareil."</p>
        })}
        {usable.then(|| view! {
            <div class="figures-controls">
                <label class="field-label" for="figures-month">"Mois"</label>
                <select id="figures-month" class="text-input"
                    on:change=move |ev| if let Some(m) = Month::parse(&event_target_value(&ev)) { chosen.set(m) }>
                    {month_options}
                </select>
            </div>
            <div class="figures-report">{report}</div>
            <div class="figures-actions">
                <button type="button" class="button button-primary" on:click=move |_| print()>"Imprimer ce mois"</button>
                <button type="button" class="button button-secondary" on:click=move |_| exports(false)>"Télécharger le mois (CSV, pour un tableur)"</button>
                <button type="button" class="button button-secondary" on:click=move |_| exports_json(true)>"Télécharger le mois (JSON)"</button>
            </div>
            <p class="hint figures-export-hint">"Dans les fichiers, un nombre inférieur à 3 est écrit « moins de 3 » : un jour calme ne permet de reconnaître personne."</p>
            <MergeExports/>
            <fieldset class="space-fieldset figures-device">
                <legend>"Cet appareil"</legend>
                <label class="field-label" for="figures-device-name">"Nom de cet appareil dans les fichiers"</label>
                <p class="hint" id="figures-device-hint">"Par exemple « Borne de la médiathèque ». Chaque appareil a son nom, pour rassembler leurs chiffres sans les mélanger."</p>
                <input id="figures-device-name" class="text-input" type="text" maxlength="60" aria-describedby="figures-device-hint"
                    prop:value=move || device_name.get() on:input=move |ev| device_name.set(event_target_value(&ev))/>
                <button type="button" class="button button-secondary" on:click=rename>"Enregistrer le nom"</button>
                <label class="space-check">
                    <input type="checkbox" prop:checked=move || ledger.with(|l| l.paused)
                        on:change=move |ev| {
                            let paused = event_target_checked(&ev);
                            change(Box::new(move |l: &mut Ledger| l.paused = paused),
                                if paused { "Le comptage est arrêté sur cet appareil." } else { "Le comptage reprend sur cet appareil." });
                        }/>
                    "Arrêter de compter les visites sur cet appareil"
                </label>
                {move || match confirm_erase.get() {
                    false => view! {
                        <button type="button" class="button button-secondary" on:click=move |_| confirm_erase.set(true)>"Effacer les chiffres de cet appareil"</button>
                    }.into_any(),
                    true => view! {
                        <p role="alert">"Tous les chiffres de cet appareil seront effacés. Téléchargez-les d'abord si vous en avez besoin."</p>
                        <button type="button" class="button button-warning" on:click=move |_| {
                            change(Box::new(Ledger::erase), "Les chiffres de cet appareil sont effacés.");
                            confirm_erase.set(false);
                        }>"Oui, tout effacer"</button>
                        " "
                        <button type="button" class="button button-secondary" on:click=move |_| confirm_erase.set(false)>"Non, garder les chiffres"</button>
                    }.into_any(),
                }}
                {move || saved.get().map(|w| view! { <p class="space-summary" role="status">{w}</p> })}
            </fieldset>
        })}
    }
}

/// The levels reached, one row per area, a column per autonomy level of the report.
fn level_table(v: &MonthView) -> impl IntoView {
    let levels = [
        AutonomyLevel::FullySupported,
        AutonomyLevel::PartlyAutonomous,
        AutonomyLevel::Autonomous,
    ];
    // « Les e-mails : Autonome » → area « Les e-mails », level « Autonome ».
    let mut areas: Vec<(String, [u64; 3])> = Vec::new();
    for (label, n) in v.values(Family::Level) {
        let Some((area, level)) = label.rsplit_once(" : ") else {
            continue;
        };
        let Some(column) = levels.iter().position(|l| l.report_label() == level) else {
            continue;
        };
        match areas.iter_mut().find(|(a, _)| a == area) {
            Some((_, counts)) => counts[column] += n,
            None => {
                let mut counts = [0; 3];
                counts[column] = *n;
                areas.push((area.to_owned(), counts));
            }
        }
    }
    (!areas.is_empty()).then(|| {
        let header = levels
            .iter()
            .map(|l| view! { <th scope="col">{l.report_label()}</th> })
            .collect_view();
        let body = areas
            .into_iter()
            .map(|(area, counts)| {
                let cells = counts
                    .iter()
                    .map(|n| view! { <td>{n.to_string()}</td> })
                    .collect_view();
                view! { <tr><th scope="row">{area}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <div class="figures-table-wrap" tabindex="0" role="region" aria-label="Niveaux atteints, par domaine">
            <table class="figures-table figures-levels">
                <caption>"Niveau d'autonomie atteint, par domaine (nombre de visites)"</caption>
                <thead><tr><th scope="col">"Domaine"</th>{header}</tr></thead>
                <tbody>{body}</tbody>
            </table>
            </div>
        }
    })
}
