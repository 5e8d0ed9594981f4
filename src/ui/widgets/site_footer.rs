//! The footer: who offers Repère here (from the settings), the promise that nothing is
//! sent, and any problem met in the settings file, in plain words.

use crate::ui::state::i18n::use_i18n;
use crate::ui::state::visit::use_visit;
use domain::site::config::ConfigProblem;
use domain::site::mode::Mode;
use leptos::prelude::*;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    let visit = use_visit();
    let offered_by = move || {
        visit.with_config(|c| {
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
        visit.with_loaded_config(|loaded| {
            loaded
                .problems
                .iter()
                .map(|problem| {
                    let text = match problem {
                        ConfigProblem::Unreadable => i18n.t("config.problem.unreadable"),
                        ConfigProblem::InstalledSetDamaged => {
                            i18n.t("config.problem.installed_damaged")
                        }
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
            <p class="footer-privacy">{i18n.text("footer.privacy")}</p>
            {problems}
            {move || (visit.mode() != Mode::Kiosk).then(|| view! {
                <p class="footer-space"><a href="?espace">{i18n.t("footer.space")}</a></p>
            })}
        </footer>
    }
}
