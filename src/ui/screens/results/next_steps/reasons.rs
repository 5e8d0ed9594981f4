//! Why a next step is suggested, in the person's own answers: « Vous avez choisi
//! « Faire mes démarches en ligne » », « Vous avez dit que vous n'avez pas d'appareil ».

use crate::ui::state::i18n::I18n;
use domain::questionnaire::Questionnaire;
use domain::results::recommend::{Reason, LANGUAGE, NEAR_KM, PROCEDURE};
use domain::results::scoring::AutonomyLevel;

pub fn reason_text(i18n: I18n, q: &Questionnaire, reason: &Reason) -> String {
    if let Some(key) = reason.fixed_key() {
        return i18n.t(key);
    }
    match reason {
        Reason::Need(id) => {
            let label = q
                .needs()
                .iter()
                .find(|n| &n.id == id)
                .map(|n| i18n.t(&n.label_key()))
                .unwrap_or_default();
            i18n.format("reason.need", &[("need", &label)])
        }
        Reason::AreaLevel { area, level } => {
            let name = q
                .area(area)
                .map(|a| i18n.t(&a.name_key()))
                .unwrap_or_default();
            let key = match level {
                AutonomyLevel::FullySupported => "reason.level.fully_supported",
                AutonomyLevel::PartlyAutonomous => "reason.level.partly_autonomous",
                AutonomyLevel::Autonomous => "reason.level.autonomous",
            };
            i18n.format(key, &[("area", &name)])
        }
        Reason::Support(option) => i18n.t(&format!("reason.support.{option}")),
        Reason::Demarche(option) => {
            let said = i18n.t(&format!("situation.{PROCEDURE}.option.{option}"));
            i18n.format("reason.demarche", &[("demarche", &said)])
        }
        Reason::Language(option) => {
            let said = i18n.t(&format!("situation.{LANGUAGE}.option.{option}"));
            i18n.format("reason.language", &[("language", &said)])
        }
        Reason::Near => i18n.format("reason.near", &[("km", &NEAR_KM.to_string())]),
        Reason::NotUnderstood(count) => {
            i18n.format("reason.not_understood", &[("count", &count.to_string())])
        }
        Reason::Item(id) => {
            let short = q
                .item(id)
                .map(|i| i18n.t(&i.short_key()))
                .unwrap_or_default();
            i18n.format("reason.item", &[("item", &short)])
        }
        // Said by `fixed_key` above.
        _ => String::new(),
    }
}
