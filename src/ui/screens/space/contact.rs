//! Section 5: the structure's own contact, shown when no place fits, and on the sheet.

use super::fields::{problem_of, TextField};
use super::use_space;
use domain::space::forms::ContactForm;
use leptos::prelude::*;

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
    view! {
        <h2>"Le contact de votre structure"</h2>
        <p>"Repère le propose quand aucun lieu ne convient, et l'imprime sur la fiche."</p>
        <TextField id="contact-name" label="Nom" value=value(|c| c.name.clone()) on_input=set(|c, v| c.name = v)/>
        <TextField id="contact-phone" label="Téléphone" kind="tel" value=value(|c| c.phone.clone()) on_input=set(|c, v| c.phone = v) problem=shown("telephone")/>
        <TextField id="contact-email" label="Adresse e-mail" kind="email" value=value(|c| c.email.clone()) on_input=set(|c, v| c.email = v) problem=shown("courriel")/>
        <TextField id="contact-address" label="Adresse" value=value(|c| c.address.clone()) on_input=set(|c, v| c.address = v)/>
        <TextField id="contact-website" label="Site internet" value=value(|c| c.website.clone()) on_input=set(|c, v| c.website = v) problem=shown("site_web")/>
    }
}
