//! The footer: who offers Repère here (from the configuration file), the promise that
//! nothing is sent, and any problem met in the configuration, in plain words.

use super::i18n::use_i18n;
use crate::domain::config::{ConfigProblem, LoadedConfig};
use leptos::prelude::*;

#[component]
pub fn SiteFooter(config: RwSignal<Option<LoadedConfig>>) -> impl IntoView {
    let i18n = use_i18n();
    let offered_by = move || {
        config.with(|loaded| {
            let c = &loaded.as_ref()?.config;
            let structure = match (c.structure_name.as_str(), c.territory.as_str()) {
                ("", _) => return None,
                (name, "") => name.to_owned(),
                (name, territory) => format!("{name} – {territory}"),
            };
            Some(view! {
                <p class="offered-by">{i18n.format("footer.offered_by", &[("structure", &structure)])}</p>
            })
        })
    };
    let problems = move || {
        config.with(|loaded| {
            loaded
                .iter()
                .flat_map(|l| l.problems.iter())
                .map(|problem| {
                    let text = match problem {
                        ConfigProblem::Unreadable => i18n.t("config.problem.unreadable"),
                        ConfigProblem::InvalidField(field) => {
                            i18n.format("config.problem.field", &[("field", field)])
                        }
                    };
                    view! { <p class="config-problem">{text}</p> }
                })
                .collect_view()
        })
    };
    view! {
        <footer class="site-footer">
            {offered_by}
            <p>{i18n.text("footer.privacy")}</p>
            {problems}
        </footer>
    }
}
