//! Section 5: the settings (`config.json`): name, territory, modes, how long progress is
//! kept, the kiosk's timers and PIN (typed twice, only its SHA-256 kept), languages.

use super::fields::{problem_of, TextField};
use super::use_space;
use crate::platform::crypto::new_pin_hash;
use domain::site::mode::Mode;
use domain::space::forms::{new_pin, SettingsForm};
use leptos::prelude::*;

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Resident => "Une personne seule (poste en libre accès, chez soi)",
        Mode::Advisor => "Un conseiller avec une personne (accueil)",
        Mode::Kiosk => "Une borne (remise à zéro après chaque personne)",
    }
}

#[component]
pub fn SettingsSection() -> impl IntoView {
    let space = use_space();
    let known: Vec<&'static str> = domain::content::language_codes().collect();
    let problems = Memo::new(move |_| space.read(|s| s.settings.problems(&known)));
    let value = move |get: fn(&SettingsForm) -> String| {
        Signal::derive(move || space.read(|s| get(&s.settings)))
    };
    let set = move |change: fn(&mut SettingsForm, String)| {
        Callback::new(move |v: String| space.edit(|s| change(&mut s.settings, v)))
    };
    let shown =
        move |field: &'static str| Signal::derive(move || problems.with(|p| problem_of(p, field)));
    let (pin, again) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let pin_message = RwSignal::new(None::<Result<&'static str, &'static str>>);
    let save_pin = move |_| {
        match new_pin(&pin.get_untracked(), &again.get_untracked()) {
            Ok(typed) => {
                pin_message.set(Some(Ok("Enregistrement du code…")));
                leptos::task::spawn_local(async move {
                    match new_pin_hash(&typed).await {
                        Some(hash) => {
                            space.edit(|s| s.settings.pin_hash = Some(hash));
                            pin_message.set(Some(Ok("Le code est enregistré. Seule son empreinte, lente à tester, sera dans config.json. Publiez ou installez les fichiers pour qu'il serve.")));
                        }
                        None => pin_message.set(Some(Err("Ce navigateur n'a pas pu calculer l'empreinte du code : aucun code n'est enregistré."))),
                    }
                });
            }
            Err(words) => pin_message.set(Some(Err(words))),
        }
        pin.set(String::new());
        again.set(String::new());
    };
    let modes = move || {
        Mode::ALL
            .into_iter()
            .map(|mode| view! {
                <label class="space-check">
                    <input type="radio" name="default-mode" prop:checked=move || space.read(|s| s.settings.default_mode == mode)
                        on:change=move |_| space.edit(|s| s.settings.default_mode = mode)/>
                    {mode_name(mode)}
                </label>
            })
            .collect_view()
    };
    let allowed = move || {
        Mode::ALL
            .into_iter()
            .map(|mode| view! {
                <label class="space-check">
                    <input type="checkbox" prop:checked=move || space.read(|s| s.settings.allowed_modes.contains(&mode))
                        on:change=move |ev| { let on = event_target_checked(&ev); space.edit(|s| { s.settings.allowed_modes.retain(|m| *m != mode); if on { s.settings.allowed_modes.push(mode); s.settings.allowed_modes.sort(); } }) }/>
                    {mode_name(mode)}
                </label>
            })
            .collect_view()
    };
    // The languages in the order the welcome screen offers them, each named in French
    // (the questionnaire's own names) and in its script; ticked or not, and « Monter ».
    let french = domain::content::default_messages();
    let language_choices = move || {
        let all: Vec<&str> = domain::content::language_codes().collect();
        space
            .read(|s| s.settings.language_rows(&all))
            .into_iter()
            .enumerate()
            .map(|(index, (code, on))| {
                let key = format!("situation.language.option.{code}");
                let name = if french.has(&key) { french.text(&key).to_owned() } else { code.clone() };
                let (tick, up) = (code.clone(), code.clone());
                view! {
                    <li class="space-language">
                        <label class="space-check">
                            <input type="checkbox" prop:checked=on
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let all: Vec<&str> = domain::content::language_codes().collect();
                                    space.edit(|s| s.settings.offer_language(&tick, on, &all));
                                }/>
                            {name.clone()}
                        </label>
                        {(on && index > 0).then(|| view! {
                            <button type="button" class="link-button" aria-label=format!("Monter : {name}")
                                on:click=move |_| {
                                    let all: Vec<&str> = domain::content::language_codes().collect();
                                    space.edit(|s| s.settings.move_language_up(&up, &all));
                                }>"Monter"</button>
                        })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <h2>"Réglages"</h2>
        <TextField id="settings-name" label="Nom de la structure (en bas de chaque page)" value=value(|s| s.name.clone()) on_input=set(|s, v| s.name = v) problem=shown("structure.name")/>
        <TextField id="settings-territory" label="Territoire (en bas de chaque page)" value=value(|s| s.territory.clone()) on_input=set(|s, v| s.territory = v) problem=shown("structure.territory")/>
        <fieldset class="space-fieldset"><legend>"Sur ce site, Repère s'ouvre pour"</legend>{modes}</fieldset>
        <fieldset class="space-fieldset"><legend>"Modes qu'une adresse peut demander (?mode=…)"</legend>{allowed}</fieldset>
        <TextField id="settings-keep" label="Combien d'heures garder les réponses sur l'appareil" hint="De 0 à 720. Une borne ne garde rien."
            kind="number" value=value(|s| s.keep_hours.clone()) on_input=set(|s, v| s.keep_hours = v) problem=shown("progress.keep_hours")/>
        <TextField id="settings-idle" label="Borne : secondes sans toucher avant « Vous êtes toujours là ? »" kind="number"
            value=value(|s| s.idle_seconds.clone()) on_input=set(|s, v| s.idle_seconds = v) problem=shown("kiosk.idle_seconds")/>
        <TextField id="settings-warning" label="Borne : secondes de ce compte à rebours" kind="number"
            value=value(|s| s.warning_seconds.clone()) on_input=set(|s, v| s.warning_seconds = v) problem=shown("kiosk.warning_seconds")/>
        <label class="space-check">
            <input type="checkbox" prop:checked=move || space.read(|s| s.settings.read_aloud)
                on:change=move |ev| { let on = event_target_checked(&ev); space.edit(|s| s.settings.read_aloud = on) }/>
            "Borne : lire à voix haute dès le début"
        </label>
        <fieldset class="space-fieldset"><legend>"Langues proposées, dans l'ordre de l'accueil"</legend><ul class="space-languages">{language_choices}</ul></fieldset>
        <label class="space-check">
            <input type="checkbox" prop:checked=move || space.read(|s| s.settings.count_visits)
                on:change=move |ev| { let on = event_target_checked(&ev); space.edit(|s| s.settings.count_visits = on) }/>
            "Compter les visites, jour par jour, pour vos chiffres (rien de personnel n'est gardé)"
        </label>
        <fieldset class="space-fieldset">
            <legend>"Code de la structure"</legend>
            <p class="hint">"Il ouvre cet espace sur chaque poste, et les réglages d'une borne. Tapez-le deux fois. Il n'est jamais enregistré en clair. Il tient les curieux à l'écart, pas une personne décidée : préférez un code de 6 caractères ou plus, avec des lettres."</p>
            <p>{move || match space.read(|s| s.settings.pin_hash.as_ref().map(|h| h.is_legacy())) {
                Some(false) => "Un code est enregistré.",
                Some(true) => "Un code est enregistré, sous une ancienne forme : tapez-le à nouveau ci-dessous pour le protéger mieux.",
                None => "Aucun code pour l'instant.",
            }}</p>
            <label class="field-label" for="settings-pin">"Nouveau code"</label>
            <input id="settings-pin" class="text-input" type="password" autocomplete="new-password"
                prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev))/>
            <label class="field-label" for="settings-pin-again">"Le même code, encore une fois"</label>
            <input id="settings-pin-again" class="text-input" type="password" autocomplete="new-password"
                prop:value=move || again.get() on:input=move |ev| again.set(event_target_value(&ev))/>
            <button type="button" class="button button-secondary" on:click=save_pin>"Enregistrer le code"</button>
            {move || pin_message.get().map(|m| match m {
                Ok(words) => view! { <p class="space-summary" role="status">{words}</p> }.into_any(),
                Err(words) => view! { <p class="error-message" role="alert">{words}</p> }.into_any(),
            })}
            {move || shown("kiosk.pin").get().map(|p| view! { <p class="error-message">{p}</p> })}
        </fieldset>
    }
}
