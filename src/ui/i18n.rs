//! The catalog in use, shared through context, with short helpers to read messages.
//!
//! ```ignore
//! let i18n = use_i18n();
//! view! { <h1>{i18n.text("welcome.title")}</h1> }
//! ```

use crate::content;
use crate::domain::locale::Catalog;
use crate::platform::document;
use leptos::prelude::*;

/// A handle on the catalog in use. Reading through it inside a closure makes the text
/// follow a change of language.
#[derive(Clone, Copy)]
pub struct I18n {
    catalog: RwSignal<Catalog>,
}

impl I18n {
    /// The catalog of `code`, or `None` if the app has no valid catalog for it.
    pub fn new(code: &str) -> Option<Self> {
        let catalog = content::catalog(code)?.ok()?;
        Some(Self {
            catalog: RwSignal::new(catalog),
        })
    }

    /// The code of the language in use (tracked).
    pub fn code(&self) -> String {
        self.catalog.with(|c| c.code().to_owned())
    }

    /// Switches to the language `code`, if the app has a valid catalog for it.
    pub fn set_language(&self, code: &str) {
        if let Some(Ok(catalog)) = content::catalog(code) {
            self.catalog.set(catalog);
        }
    }

    /// The message for `key`.
    pub fn t(&self, key: &str) -> String {
        self.catalog.with(|c| c.text(key).to_owned())
    }

    /// The message for `key` as a view that follows a change of language. Every fixed
    /// text of the app goes through this one closure type, so the view code that keeps
    /// it up to date is compiled once, not once per text (a smaller wasm).
    pub fn text(self, key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(key)
    }

    /// The message for `key`, with `{name}` placeholders filled in.
    pub fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.catalog.with(|c| c.format(key, args))
    }

    /// Keeps the page's `lang` and `dir` in step with the catalog.
    pub fn sync_document_language(&self) {
        let catalog = self.catalog;
        Effect::new(move |_| {
            catalog.with(|c| document::set_language(c.code(), c.direction()));
        });
    }
}

/// The catalog handle provided by the app.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
