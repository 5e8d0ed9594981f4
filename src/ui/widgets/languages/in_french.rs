//! The French under a text, in the bilingual display (`I18n::french_too`): smaller, on
//! the side the page's text starts from, marked as French for screen readers and
//! reading aloud. Every screen draws it through here.
//!
//! ```ignore
//! view! { <h2>{with_french(i18n, "next.title")}</h2> }
//! view! { <PageHeading text=…/> {french_under(i18n.french_too(key), Under::Heading)} }
//! ```

use crate::ui::state::i18n::I18n;
use leptos::prelude::*;

/// What the French goes under.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Under {
    /// A page's heading: a line of its own below it.
    Heading,
    /// Any other text, inside its element.
    Text,
}

/// `french`, when there is one (the bilingual display is on), under a text.
pub fn french_under(french: Option<String>, under: Under) -> impl IntoView {
    let class = match under {
        Under::Heading => "in-french in-french-heading",
        Under::Text => "in-french",
    };
    french.map(|f| view! { <span class=class lang="fr" dir="ltr">{f}</span> })
}

/// The text of `key` with its French under it in the bilingual display.
pub fn with_french(i18n: I18n, key: &str) -> impl IntoView {
    view! { {i18n.t(key)} {french_under(i18n.french_too(key), Under::Text)} }
}
