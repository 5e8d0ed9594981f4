//! Each part the release build fetches on demand, with the chunk it lives in (see the
//! table in [`crate::ui::chunks`]).

use super::part;
use crate::ui::screens::overlays::kiosk_settings::KioskSettingsPage;
use crate::ui::screens::overlays::overview::OverviewPage;
use crate::ui::screens::overlays::privacy::{ConfirmErasePage, PrivacyPage};
use crate::ui::screens::questions::check::CheckPage;
use crate::ui::screens::questions::checks_offer::ChecksOfferPage;
use crate::ui::screens::questions::needs::NeedsPage;
use crate::ui::screens::questions::situation::SituationPage;
use crate::ui::screens::questions::skill::SkillPage;
use crate::ui::screens::results::ResultsPage;
use crate::ui::screens::space::SpacePage;
use crate::ui::screens::start::load_code::LoadCode;
use crate::ui::state::visit::Visit;
use domain::catalog::{Catalog, CatalogFiles};
use domain::questionnaire::ids::{CheckId, SituationId};
use leptos::prelude::*;

part! {
    /// The needs screen.
    chunk questions, preload preload_questions:
    fn needs_screen() -> AnyView { view! { <NeedsPage/> }.into_any() }
}

part! {
    /// A situation question's screen.
    chunk questions, preload preload_situation:
    fn situation_screen(id: SituationId) -> AnyView { view! { <SituationPage id/> }.into_any() }
}

part! {
    /// The skill questions' screen.
    chunk questions, preload preload_skill:
    fn skill_screen() -> AnyView { view! { <SkillPage/> }.into_any() }
}

part! {
    /// « Voulez-vous essayer ? »: the offer of the hands-on checks.
    chunk questions, preload preload_checks_offer:
    fn checks_offer_screen() -> AnyView { view! { <ChecksOfferPage/> }.into_any() }
}

part! {
    /// A hands-on check's screen.
    chunk questions, preload preload_check:
    fn check_screen(id: CheckId) -> AnyView { view! { <CheckPage id/> }.into_any() }
}

part! {
    /// « Charger un code » on the advisor's welcome screen, with the reading of hand-off
    /// codes of every version.
    chunk handoff, preload preload_handoff:
    fn load_code_form() -> AnyView { view! { <LoadCode/> }.into_any() }
}

part! {
    /// Opens the answers of the code carried by the address (advisor mode), or says what
    /// is wrong with it; whether it opened them.
    chunk handoff, preload preload_code_in_address:
    fn open_code(visit: Visit, code: String) -> bool {
        match visit.load_code(&code) {
            Ok(()) => true,
            Err(error) => {
                visit.notify(error.message_key());
                false
            }
        }
    }
}

part! {
    /// Reads the places catalog's files (most of the parsing code).
    chunk catalog, preload preload_catalog:
    fn read_catalog(files: CatalogFiles) -> Catalog { Catalog::load(&files) }
}

part! {
    /// The results screen.
    chunk results, preload preload_results:
    fn results_screen() -> AnyView { view! { <ResultsPage/> }.into_any() }
}

part! {
    /// The privacy screen.
    chunk overlays, preload preload_overlays:
    fn privacy_screen() -> AnyView { view! { <PrivacyPage/> }.into_any() }
}

part! {
    /// The confirmation before erasing the answers.
    chunk overlays, preload preload_confirm_erase:
    fn confirm_erase_screen() -> AnyView { view! { <ConfirmErasePage/> }.into_any() }
}

part! {
    /// The advisor's overview of the answers.
    chunk overlays, preload preload_overview:
    fn overview_screen() -> AnyView { view! { <OverviewPage/> }.into_any() }
}

part! {
    /// The kiosk's settings, behind the PIN.
    chunk overlays, preload preload_kiosk_settings:
    fn kiosk_settings_screen() -> AnyView { view! { <KioskSettingsPage/> }.into_any() }
}

part! {
    /// The structure's space (`?espace`): never fetched in a resident's journey.
    chunk space, preload preload_space:
    fn space_screen() -> AnyView { view! { <SpacePage/> }.into_any() }
}
