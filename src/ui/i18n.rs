//! The catalog in use, shared through context, with short helpers to read messages.
//! The default language's catalog is compiled in; another language's is fetched the
//! first time it is chosen, then kept for the visit.
//!
//! A screen reads its texts once (`t`, `format`): the shell builds it again when the
//! language changes. What stays on the page across screens (header, footer, reading
//! comfort) follows the language through `text`.
//!
//! ```ignore
//! let i18n = use_i18n();
//! view! { <h1>{i18n.t("welcome.title")}</h1> <p>{i18n.text("footer.privacy")}</p> }
//! ```

use crate::content;
use crate::domain::locale::Catalog;
use crate::platform::document;
use crate::platform::fetch_text::fetch_text;
use leptos::prelude::*;

/// A handle on the catalog in use. Reading through it inside a closure makes the text
/// follow a change of language.
#[derive(Clone, Copy)]
pub struct I18n {
    catalog: RwSignal<Catalog>,
    /// Every catalog read during the visit, the compiled-in one first.
    read: StoredValue<Vec<Catalog>>,
}

impl I18n {
    /// The compiled-in catalog, or `None` if it is not valid.
    pub fn new() -> Option<Self> {
        let catalog = content::default_catalog().ok()?;
        Some(Self {
            catalog: RwSignal::new(catalog.clone()),
            read: StoredValue::new(vec![catalog]),
        })
    }

    /// The code of the language in use (tracked).
    pub fn code(&self) -> String {
        self.catalog.with(|c| c.code().to_owned())
    }

    /// Switches to the language `code`: at once if its catalog was read already, else
    /// once it is fetched. If it cannot be fetched or read (offline before a first visit,
    /// a damaged file), the language stays as it is and `on_failure` runs.
    pub fn set_language(self, code: &str, on_failure: impl FnOnce() + 'static) {
        if let Some(catalog) = self
            .read
            .with_value(|r| r.iter().find(|c| c.code() == code).cloned())
        {
            self.catalog.set(catalog);
            return;
        }
        if !content::language_codes().any(|c| c == code) {
            on_failure();
            return;
        }
        let code = code.to_owned();
        leptos::task::spawn_local(async move {
            let parsed = fetch_text(&content::catalog_url(&code))
                .await
                .ok()
                .and_then(|json| Catalog::parse(&code, &json).ok());
            match parsed {
                Some(catalog) => {
                    self.read.update_value(|r| r.push(catalog.clone()));
                    self.catalog.set(catalog);
                }
                None => on_failure(),
            }
        });
    }

    /// Makes the reactive context around follow a change of language (the shell builds
    /// the screen again with it).
    pub fn track(&self) {
        self.catalog.track();
    }

    /// The message for `key`.
    pub fn t(&self, key: &str) -> String {
        self.catalog.with(|c| c.text(key).to_owned())
    }

    /// The message for `key` as a view that follows a change of language, for what stays
    /// on the page across screens. These texts all go through this one closure type, so
    /// the view code that keeps them up to date is compiled once (a smaller wasm).
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
