//! The whole app: reads the compiled-in content and the settings file, then opens the
//! visit (`Visit::open`), and a resident's code carried by an advisor's link, and hands
//! the visit to the shell. A blank page is never the answer: settings that cannot be read
//! give the defaults (said in the footer); a code that cannot be read, a plain notice.

use super::chunks::parts;
use super::shell::space_gate::SpaceGate;
use super::shell::Shell;
use super::state::i18n::I18n;
use super::state::visit::Visit;
use crate::platform::location::query_string;
use crate::platform::network::published;
use crate::platform::startup::{in_next_task, timing};
use domain::content;
use domain::site::address::asks_for_space;
use domain::site::config::{parse_config, ConfigProblem, LoadedConfig, CONFIG_FILE};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let (questionnaire, i18n) = (content::questionnaire(), I18n::in_default_language());
    timing::mark("repere:content-read");
    provide_context(i18n);
    i18n.sync_document_language();

    // Written once, by this task: the visit below opens once.
    let config = RwSignal::new(None::<LoadedConfig>);
    leptos::task::spawn_local(async move {
        let languages: Vec<&str> = content::language_codes().collect();
        let (text, damaged) = published::config_text(CONFIG_FILE).await;
        let mut loaded = match text {
            Ok(text) => parse_config(&text, &languages),
            Err(_) => LoadedConfig::unreadable(),
        };
        if damaged {
            loaded.problems.push(ConfigProblem::InstalledSetDamaged);
        }
        timing::mark("repere:settings-read");
        config.set(Some(loaded));
    });

    // The visit opens once the settings are known: they decide the mode and how long
    // saved progress is kept. The questionnaire moves into it. Only the settings are
    // tracked here, so that nothing read while opening can open the visit again.
    let questionnaire = StoredValue::new(Some(questionnaire));
    let space = asks_for_space(&query_string());
    let visit = move || {
        let loaded = config.get()?;
        if space {
            return Some(view! { <SpaceGate/> }.into_any());
        }
        let questionnaire = questionnaire.try_update_value(Option::take).flatten()?;
        let visit = untrack(|| Visit::open(loaded, questionnaire, i18n));
        timing::mark("repere:visit-open");
        // The shell is drawn in the next task: opening the visit and drawing the page are
        // two short tasks rather than one long one. An advisor's link with a resident's
        // code opens on their answers: the page waits for the code to be read (a chunk)
        // rather than show the welcome screen first.
        let shown = RwSignal::new(false);
        match visit.take_code_in_address() {
            Some(code) => leptos::task::spawn_local(async move {
                if parts::open_code(visit, code).await.is_err() {
                    visit.notify("chunk.missing");
                }
                shown.set(true);
            }),
            None => in_next_task(move || shown.set(true)),
        }
        Some((move || shown.get().then(|| view! { <Shell visit/> })).into_any())
    };
    visit.into_any()
}
