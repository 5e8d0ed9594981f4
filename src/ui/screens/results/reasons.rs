//! Why a next step is suggested, in the person's own answers: "Vous avez choisi :
//! faire vos démarches en ligne", "Vous êtes accompagné pour : les démarches".

use crate::domain::questionnaire::Questionnaire;
use crate::domain::results::recommend::Reason;
use crate::domain::results::scoring::AutonomyLevel;
use crate::ui::state::i18n::I18n;

pub fn reason_text(i18n: I18n, q: &Questionnaire, reason: &Reason) -> String {
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
        Reason::NoEquipment => i18n.t("reason.no_equipment"),
        Reason::NoInternet => i18n.t("reason.no_internet"),
        Reason::Support(value) => i18n.format("reason.support", &[("support", value)]),
        Reason::CannotTravel => i18n.t("reason.cannot_travel"),
        Reason::Item(id) => {
            let text = q
                .item(id)
                .map(|i| i18n.t(&i.text_key()))
                .unwrap_or_default();
            i18n.format("reason.item", &[("item", &text)])
        }
        Reason::Fallback => i18n.t("reason.fallback"),
    }
}
