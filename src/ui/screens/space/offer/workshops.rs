//! Section 3: the workshops, with a form: title, place from the catalog, thématiques and
//! national services from the vocabularies, level, format, dates or a weekly schedule,
//! cost, how to register. Every field is checked as it is typed with the checks Repère
//! runs on `ateliers.json`.

use super::super::fields::{problem_of, TextField};
use super::super::use_space;
use domain::catalog::vocabulary::{SERVICES, THEMATIQUES, WORKSHOP_LEVELS};
use domain::space::forms::WorkshopForm;
use leptos::prelude::*;

const DAYS: [(&str, &str); 7] = [
    ("Mo", "lundi"),
    ("Tu", "mardi"),
    ("We", "mercredi"),
    ("Th", "jeudi"),
    ("Fr", "vendredi"),
    ("Sa", "samedi"),
    ("Su", "dimanche"),
];

#[component]
pub fn WorkshopsSection() -> impl IntoView {
    let space = use_space();
    let draft = RwSignal::new(WorkshopForm::default());
    let editing = RwSignal::new(None::<usize>);
    let tried = RwSignal::new(false);
    let saved = RwSignal::new(None::<String>);
    let place_ids = move || {
        space.read(|s| {
            s.place_choices()
                .into_iter()
                .map(|(id, _)| id)
                .collect::<Vec<_>>()
        })
    };
    let problems = Memo::new(move |_| draft.with(|d| d.problems(&place_ids())));
    let shown = move |field: &'static str| {
        Signal::derive(move || {
            let required = matches!(field, "titre" | "thematiques");
            if required && !tried.get() {
                return None;
            }
            problems.with(|p| problem_of(p, field))
        })
    };
    let set = move |change: fn(&mut WorkshopForm, String)| {
        Callback::new(move |v: String| draft.update(|d| change(d, v)))
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if !problems.with(Vec::is_empty) {
            return;
        }
        let mut form = draft.get_untracked();
        let title = form.title.clone();
        space.edit(|s| {
            if form.id.trim().is_empty() {
                let base = domain::space::forms::slug(&form.title);
                let mut id = base.clone();
                let mut n = 2;
                while s.workshops.iter().enumerate().any(|(i, w)| {
                    Some(i) != editing.get_untracked() && w.to_json()["id"] == id.as_str()
                }) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                form.id = id;
            }
            match editing.get_untracked() {
                Some(i) if i < s.workshops.len() => s.workshops[i] = form,
                _ => s.workshops.push(form),
            }
        });
        saved.set(Some(format!("L'atelier « {title} » est enregistré.")));
        draft.set(WorkshopForm::default());
        editing.set(None);
        tried.set(false);
    };
    let list = move || {
        let ids = place_ids();
        space.read(|s| {
            s.workshops
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let gone = !w.place.is_empty() && !ids.contains(&w.place);
                    let title = w.title.clone();
                    view! {
                        <li class="space-workshop">
                            <span>{title.clone()}</span>
                            {gone.then(|| view! { <span class="space-warning">" — son lieu n'est plus dans la liste"</span> })}
                            <button type="button" class="button button-link" aria-label=format!("Modifier « {title} »")
                                on:click=move |_| {
                                    draft.set(space.read_untracked(|s| s.workshops[i].clone()));
                                    editing.set(Some(i));
                                    saved.set(None);
                                }>"Modifier"</button>
                            <button type="button" class="button button-link" aria-label=format!("Retirer « {} »", w.title)
                                on:click=move |_| { space.edit(|s| { if i < s.workshops.len() { s.workshops.remove(i); } }); editing.set(None); }>"Retirer"</button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let choices = |name: &'static str, values: Vec<&'static str>| {
        values
            .into_iter()
            .map(move |value: &'static str| {
                let checked = move || draft.with(|d| d.themes.iter().any(|t| t == value));
                view! {
                    <label class="space-check">
                        <input type="checkbox" name=name prop:checked=checked
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                draft.update(|d| {
                                    d.themes.retain(|t| t != value);
                                    if on { d.themes.push(value.to_owned()); }
                                });
                            }/>
                        {value}
                    </label>
                }
            })
            .collect_view()
    };
    let places = move || {
        space.read(|s| {
            s.place_choices()
                .into_iter()
                .map(|(id, name)| {
                    let selected = {
                        let id = id.clone();
                        move || draft.with(|d| d.place == id)
                    };
                    view! { <option value=id selected=selected>{name}</option> }
                })
                .collect_view()
        })
    };
    let new_date = RwSignal::new(String::new());
    let (day, start, end) = (
        RwSignal::new("Tu".to_owned()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let dates = move || {
        draft.with(|d| {
            d.dates
                .iter()
                .map(|date| {
                    let shown = date.replace('T', " à ");
                    let gone = date.clone();
                    view! { <li>{shown}" "<button type="button" class="button button-link" on:click=move |_| { let gone = gone.clone(); draft.update(move |d| d.dates.retain(|x| *x != gone)) }>"Retirer la date"</button></li> }
                })
                .collect_view()
        })
    };
    view! {
        <h2>"Vos ateliers"</h2>
        <ul class="space-workshops">{list}</ul>
        {move || saved.get().map(|s| view! { <p class="space-summary" role="status">{s}</p> })}
        <form class="space-form" novalidate on:submit=save>
            <h3>{move || if editing.get().is_some() { "Modifier l'atelier" } else { "Ajouter un atelier" }}</h3>
            <TextField id="workshop-title" label="Titre" value=Signal::derive(move || draft.with(|d| d.title.clone()))
                on_input=set(|d, v| d.title = v) problem=shown("titre")/>
            <TextField id="workshop-description" label="Description (une phrase)" value=Signal::derive(move || draft.with(|d| d.description.clone()))
                on_input=set(|d, v| d.description = v)/>
            <div class="space-field">
                <label class="field-label" for="workshop-place">"Lieu"</label>
                <select id="workshop-place" class="text-input" on:change=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.place = v) }>
                    <option value="" selected=move || draft.with(|d| d.place.is_empty())>"À distance, ou sans lieu fixe"</option>
                    {places}
                </select>
                {move || shown("lieu").get().map(|p| view! { <p class="error-message">{p}</p> })}
            </div>
            <fieldset class="space-fieldset">
                <legend>"Thématiques (celles du compte rendu d'activité)"</legend>
                {choices("thematiques", THEMATIQUES.to_vec())}
            </fieldset>
            <fieldset class="space-fieldset">
                <legend>"ou services nationaux des lieux"</legend>
                {choices("services", SERVICES.iter().copied().filter(|s| !THEMATIQUES.contains(s)).collect())}
                {move || shown("thematiques").get().map(|p| view! { <p class="error-message">{p}</p> })}
            </fieldset>
            <div class="space-field">
                <label class="field-label" for="workshop-level">"Niveau"</label>
                <select id="workshop-level" class="text-input" on:change=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.level = v) }>
                    <option value="" selected=move || draft.with(|d| d.level.is_empty())>"Tous niveaux"</option>
                    {WORKSHOP_LEVELS.iter().map(|l| view! { <option value=*l selected=move || draft.with(|d| d.level == *l)>{*l}</option> }).collect_view()}
                </select>
            </div>
            <fieldset class="space-fieldset">
                <legend>"Format"</legend>
                {[("collectif", "En groupe"), ("individuel", "Individuel"), ("a-distance", "À distance")].into_iter().map(|(value, label)| view! {
                    <label class="space-check">
                        <input type="radio" name="workshop-format" value=value prop:checked=move || draft.with(|d| d.format == value)
                            on:change=move |_| draft.update(|d| d.format = value.to_owned())/>
                        {label}
                    </label>
                }).collect_view()}
            </fieldset>
            <fieldset class="space-fieldset">
                <legend>"Quand"</legend>
                <ul>{dates}</ul>
                <label class="field-label" for="workshop-date">"Une date et une heure"</label>
                <input id="workshop-date" class="text-input" type="datetime-local" prop:value=move || new_date.get()
                    on:input=move |ev| new_date.set(event_target_value(&ev))/>
                <button type="button" class="button button-secondary" on:click=move |_| {
                    let date = new_date.get_untracked();
                    if !date.is_empty() { draft.update(|d| { d.dates.push(date.chars().take(16).collect()); d.dates.sort(); }); new_date.set(String::new()); }
                }>"Ajouter cette date"</button>
                {move || shown("dates").get().map(|p| view! { <p class="error-message">{p}</p> })}
                <p class="hint">"Ou chaque semaine :"</p>
                <label class="field-label" for="workshop-day">"Jour"</label>
                <select id="workshop-day" class="text-input" on:change=move |ev| day.set(event_target_value(&ev))>
                    {DAYS.iter().map(|(code, name)| view! { <option value=*code selected=move || day.get() == *code>{*name}</option> }).collect_view()}
                </select>
                <label class="field-label" for="workshop-start">"De"</label>
                <input id="workshop-start" class="text-input" type="time" prop:value=move || start.get() on:input=move |ev| start.set(event_target_value(&ev))/>
                <label class="field-label" for="workshop-end">"à"</label>
                <input id="workshop-end" class="text-input" type="time" prop:value=move || end.get() on:input=move |ev| end.set(event_target_value(&ev))/>
                <button type="button" class="button button-secondary" on:click=move |_| {
                    let (d0, s0, e0) = (day.get_untracked(), start.get_untracked(), end.get_untracked());
                    if !s0.is_empty() && !e0.is_empty() { draft.update(|d| d.recurrence = format!("{d0} {s0}-{e0}")); }
                }>"Chaque semaine"</button>
                {move || draft.with(|d| (!d.recurrence.is_empty()).then(|| view! { <p>{format!("Chaque semaine : {}", d.recurrence)}</p> }))}
                {move || shown("recurrence").get().map(|p| view! { <p class="error-message">{p}</p> })}
                <TextField id="workshop-schedule-note" label="Ou en quelques mots (« Sur rendez-vous »)" value=Signal::derive(move || draft.with(|d| d.schedule_note.clone()))
                    on_input=set(|d, v| d.schedule_note = v)/>
            </fieldset>
            <TextField id="workshop-cost" label="Coût (« Gratuit », « 2 € la séance »)" value=Signal::derive(move || draft.with(|d| d.cost.clone()))
                on_input=set(|d, v| d.cost = v)/>
            <TextField id="workshop-registration" label="Comment s'inscrire" value=Signal::derive(move || draft.with(|d| d.registration.clone()))
                on_input=set(|d, v| d.registration = v)/>
            <TextField id="workshop-link" label="Lien pour s'inscrire (facultatif)" hint="Une adresse qui commence par https://, tel: ou mailto:"
                value=Signal::derive(move || draft.with(|d| d.link.clone())) on_input=set(|d, v| d.link = v) problem=shown("lien")/>
            {move || (tried.get() && !problems.with(Vec::is_empty)).then(|| view! {
                <p class="error-message" role="alert">"L'atelier n'est pas encore enregistré : corrigez les points signalés."</p>
            })}
            <button type="submit" class="button button-primary">"Enregistrer l'atelier"</button>
        </form>
    }
}
