//! Section 4: the structure's own contact (shown when no place fits, and on the sheet),
//! and the national partners' local details: where each receives people here, and
//! whether its national number was checked.

use super::fields::{problem_of, TextField};
use super::use_space;
use domain::space::forms::ContactForm;
use leptos::prelude::*;
use serde_json::Value;

#[component]
pub fn ContactSection() -> impl IntoView {
    let space = use_space();
    let problems = Memo::new(move |_| space.read(|s| s.contact.problems()));
    let value = move |get: fn(&ContactForm) -> String| {
        Signal::derive(move || space.read(|s| get(&s.contact)))
    };
    let set = move |change: fn(&mut ContactForm, String)| {
        Callback::new(move |v: String| space.edit(|s| change(&mut s.contact, v)))
    };
    let shown =
        move |field: &'static str| Signal::derive(move || problems.with(|p| problem_of(p, field)));
    let places = move || space.read(|s| s.place_choices());
    let partners = move || {
        let count = space.read(|s| s.partners.len());
        (0..count)
            .map(|i| {
                let text = move |key: &'static str| space.read(|s| s.partners.get(i).and_then(|p| p.get(key)).and_then(Value::as_str).unwrap_or_default().to_owned());
                let set_text = move |key: &'static str, v: String| space.edit(|s| if let Some(Value::Object(p)) = s.partners.get_mut(i) { p.insert(key.into(), Value::String(v)); });
                let name = text("nom");
                let to_verify = move || space.read(|s| s.partners.get(i).and_then(|p| p.get("a_verifier")).and_then(Value::as_bool).unwrap_or(false));
                let id = format!("partner-{i}");
                view! {
                    <fieldset class="space-fieldset">
                        <legend>{name}</legend>
                        <label class="field-label" for=format!("{id}-phone")>"Téléphone"</label>
                        <input id=format!("{id}-phone") class="text-input" type="tel" prop:value=move || text("telephone") on:input=move |ev| set_text("telephone", event_target_value(&ev))/>
                        <label class="field-label" for=format!("{id}-place")>"Reçoit ici, au lieu"</label>
                        <select id=format!("{id}-place") class="text-input" on:change=move |ev| set_text("lieu", event_target_value(&ev))>
                            <option value="" selected=move || text("lieu").is_empty()>"Aucun lieu du territoire"</option>
                            {move || places().into_iter().map(|(pid, pname)| { let sel = pid.clone(); view! { <option value=pid selected=move || text("lieu") == sel>{pname}</option> } }).collect_view()}
                        </select>
                        <label class="space-check">
                            <input type="checkbox" prop:checked=move || !to_verify()
                                on:change=move |ev| { let checked = event_target_checked(&ev); space.edit(|s| if let Some(Value::Object(p)) = s.partners.get_mut(i) { p.insert("a_verifier".into(), Value::Bool(!checked)); }) }/>
                            "J'ai vérifié ces coordonnées"
                        </label>
                    </fieldset>
                }
            })
            .collect_view()
    };
    view! {
        <h2>"Le contact de votre structure"</h2>
        <p>"Repère le propose quand aucun lieu ne convient, et l'imprime sur la fiche."</p>
        <TextField id="contact-name" label="Nom" value=value(|c| c.name.clone()) on_input=set(|c, v| c.name = v)/>
        <TextField id="contact-phone" label="Téléphone" kind="tel" value=value(|c| c.phone.clone()) on_input=set(|c, v| c.phone = v) problem=shown("telephone")/>
        <TextField id="contact-email" label="Adresse e-mail" kind="email" value=value(|c| c.email.clone()) on_input=set(|c, v| c.email = v) problem=shown("courriel")/>
        <TextField id="contact-address" label="Adresse" value=value(|c| c.address.clone()) on_input=set(|c, v| c.address = v)/>
        <TextField id="contact-website" label="Site internet" value=value(|c| c.website.clone()) on_input=set(|c, v| c.website = v) problem=shown("site_web")/>
        <h2>"Les partenaires"</h2>
        <p>"Les numéros nationaux sont publics. Vérifiez-les, et dites où chaque partenaire reçoit sur votre territoire."</p>
        {move || space.read(|s| s.partners.is_empty()).then(|| view! { <p>"Aucun fichier de partenaires publié ici : Repère utilise les partenaires nationaux qu'il connaît."</p> })}
        {partners}
    }
}
