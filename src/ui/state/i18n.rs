//! The words of the language in use, shared through context, with short helpers to
//! read them. The default language's messages are compiled in; another language's are
//! fetched the first time it is chosen, then kept for the visit.
//!
//! A screen reads its texts once (`t`, `format`): the shell builds it again when the
//! language changes. What stays on the page across screens (header, footer, reading
//! comfort) follows the language through `text`.
//!
//! ```ignore
//! let i18n = use_i18n();
//! view! { <h1>{i18n.t("welcome.title")}</h1> <p>{i18n.text("footer.privacy")}</p> }
//! ```

use crate::platform::document;
use crate::platform::network::fetch_text::fetch_text;
use domain::content;
use domain::messages::Messages;
use leptos::prelude::*;

/// A handle on the messages in use. Reading through it inside a closure makes the text
/// follow a change of language.
#[derive(Clone, Copy)]
pub struct I18n {
    messages: RwSignal<Messages>,
    /// The bilingual display: the French under each text of another language, for an
    /// advisor who does not read it.
    bilingual: RwSignal<bool>,
    /// Every language's messages read during the visit, the compiled-in ones first.
    read: StoredValue<Vec<Messages>>,
}

impl I18n {
    /// The default language's messages, compiled in: the visit starts with them. Also
    /// what stays in French whatever the visit's language (the activity report, the
    /// part of the results for the desk).
    pub fn in_default_language() -> Self {
        let messages = content::default_messages();
        Self {
            messages: RwSignal::new(messages.clone()),
            bilingual: RwSignal::new(false),
            read: StoredValue::new(vec![messages]),
        }
    }

    /// Whether the French is shown under the texts (tracked): asked for, and the
    /// language in use is not French.
    pub fn bilingual(&self) -> bool {
        self.bilingual.get()
            && self
                .messages
                .with(|m| m.code() != content::default_language())
    }

    /// Whether the bilingual display is asked for (tracked), whatever the language.
    pub fn bilingual_wanted(&self) -> bool {
        self.bilingual.get()
    }

    /// Turns the bilingual display on or off.
    pub fn set_bilingual(&self, on: bool) {
        self.bilingual.set(on);
    }

    /// The French for `key`, when the bilingual display is on (tracked).
    pub fn french_too(&self, key: &str) -> Option<String> {
        self.bilingual().then(|| {
            self.read
                .with_value(|r| r.first().map(|french| french.text(key).to_owned()))
                .unwrap_or_default()
        })
    }

    /// The code of the language in use (tracked).
    pub fn code(&self) -> String {
        self.messages.with(|c| c.code().to_owned())
    }

    /// Switches to the language `code`: at once if its messages were read already, else
    /// once they are fetched. If it cannot be fetched or read (offline before a first visit,
    /// a damaged file), the language stays as it is and `on_failure` runs.
    pub fn set_language(self, code: &str, on_failure: impl FnOnce() + 'static) {
        if let Some(messages) = self
            .read
            .with_value(|r| r.iter().find(|m| m.code() == code).cloned())
        {
            self.messages.set(messages);
            return;
        }
        if !content::language_codes().any(|c| c == code) {
            on_failure();
            return;
        }
        let code = code.to_owned();
        leptos::task::spawn_local(async move {
            let parsed = fetch_text(&content::messages_url(&code))
                .await
                .ok()
                .and_then(|json| Messages::parse(&code, &json).ok());
            match parsed {
                Some(messages) => {
                    self.read.update_value(|r| r.push(messages.clone()));
                    self.messages.set(messages);
                }
                None => on_failure(),
            }
        });
    }

    /// Makes the reactive context around follow a change of language (the shell builds
    /// the screen again with it).
    pub fn track(&self) {
        self.messages.track();
        self.bilingual.track();
    }

    /// The message for `key`.
    pub fn t(&self, key: &str) -> String {
        self.messages.with(|c| c.text(key).to_owned())
    }

    /// The message for `key` as a view that follows a change of language, for what stays
    /// on the page across screens. These texts all go through this one closure type, so
    /// the view code that keeps them up to date is compiled once (a smaller wasm).
    pub fn text(self, key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(key)
    }

    /// The messages in use (tracked; a cheap clone), for words built from several of
    /// them (`domain::messages::time_words`).
    pub fn messages(&self) -> Messages {
        self.messages.get()
    }

    /// The message for `key`, with `{name}` placeholders filled in.
    pub fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.messages.with(|c| c.format(key, args))
    }

    /// Keeps the page's `lang` and `dir` in step with the language in use, and the texts
    /// of `index.html`'s dialog for when the app stops (`PAGE_TEXTS`).
    pub fn sync_document_language(&self) {
        let messages = self.messages;
        Effect::new(move |_| {
            messages.with(|c| {
                document::set_language(c.code(), c.direction());
                for (id, key) in PAGE_TEXTS {
                    document::set_text(id, c.text(key));
                }
            });
        });
    }
}

/// The texts of `index.html` outside the app that follow the language: element id, key.
const PAGE_TEXTS: [(&str, &str); 4] = [
    ("crashed-title", "crashed.title"),
    ("crashed-fault", "crashed.not_your_fault"),
    ("crashed-continue", "crashed.reload_to_continue"),
    ("crashed-reload", "crashed.reload"),
];

/// The language handle provided by the app.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
