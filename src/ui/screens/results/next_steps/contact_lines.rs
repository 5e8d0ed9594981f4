//! How to reach a place, a partner or the help line: phone, e-mail, website, booking.
//! On a kiosk they are plain text, never links: nobody can wander off to the web.

use crate::ui::state::i18n::I18n;
use domain::catalog::links::SafeLink;
use leptos::prelude::*;

/// Phone, e-mail and website, each on its line when known.
pub fn contact_lines(
    i18n: I18n,
    kiosk: bool,
    phone: Option<String>,
    email: Option<String>,
    website: Option<SafeLink>,
) -> impl IntoView {
    let phone = phone.map(|p| {
        let href = format!("tel:{}", p.replace(' ', ""));
        view! { <p>{format!("{} ", i18n.t("next.phone"))}<span dir="ltr">{if kiosk { p.into_any() } else { view! { <a href=href>{p}</a> }.into_any() }}</span></p> }
    });
    let email = email.map(|e| {
        let href = format!("mailto:{e}");
        view! { <p>{format!("{} ", i18n.t("next.email"))}<span dir="ltr">{if kiosk { e.into_any() } else { view! { <a href=href>{e}</a> }.into_any() }}</span></p> }
    });
    view! { {phone} {email} {website.map(|w| link_line(i18n, kiosk, "next.website", &w))} }
}

/// "Site internet : exemple.fr", a link except on a kiosk.
pub fn link_line(i18n: I18n, kiosk: bool, key: &'static str, link: &SafeLink) -> impl IntoView {
    let (href, text) = (link.as_str().to_owned(), link.display().to_owned());
    view! {
        <p>{format!("{} ", i18n.t(key))}
            <span dir="ltr">{if kiosk { text.into_any() } else { view! { <a href=href rel="noopener noreferrer">{text}</a> }.into_any() }}</span>
        </p>
    }
}
