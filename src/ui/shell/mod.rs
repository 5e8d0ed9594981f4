//! The page layout around the screen of the visit: header (name, mode, language),
//! the reading-comfort bar, the notices and the screen, a polite announcement of the
//! progress, the visit's actions, the footer, and on a kiosk the inactivity watch. The
//! shell provides the app-wide handles (see the table in [`crate::ui`]), starts the
//! places catalog's fetch as the journey starts, and is the only part of the interface
//! that knows the chunks: it shows each screen's part and preloads the next ones as the
//! stage changes.

use super::chunks::lazy_view::{lazy_view, PendingView};
use super::chunks::parts;
use super::screens::start::pause::PausePage;
use super::screens::start::welcome::WelcomePage;
pub mod space_gate;

use super::chunks;
use super::state::catalog_handle::CatalogHandle;
use super::state::i18n::use_i18n;
use super::state::visit::{Overlay, Visit};
use super::widgets::comfort_bar::ComfortBar;
use super::widgets::kiosk_watch::KioskWatch;
use super::widgets::languages::switch::LanguageSwitch;
use super::widgets::notices::Notices;
use super::widgets::page_heading::FocusHeadings;
use super::widgets::site_footer::SiteFooter;
use super::widgets::visit_actions::VisitActions;
use crate::platform::startup::{idle, in_next_task};
use domain::journey::plan::Question;
use domain::journey::Stage;
use domain::questionnaire::ids::{CheckId, SituationId};
use domain::site::mode::Mode;
use leptos::prelude::*;

#[component]
pub fn Shell(visit: Visit) -> impl IntoView {
    let i18n = use_i18n();
    let journey = visit.journey();
    provide_context(visit);
    provide_context(journey);
    provide_context(visit.reading_comfort());
    let catalog = CatalogHandle::default();
    provide_context(catalog);
    let focus_headings = FocusHeadings(StoredValue::new(false));
    provide_context(focus_headings);

    let stage = Memo::new(move |_| journey.with(|j, _| Screen::of(j.stage())));
    // The catalog is fetched as the journey starts, well before the results need it
    // (this follows the screen, not every answer; again at the next screen if reading it
    // could not be fetched).
    Effect::new(move |_| {
        if stage.with(|s| *s != Screen::Welcome) {
            catalog.request(|files| async move { parts::read_catalog(files).await.ok() });
        }
    });

    // Only the shell knows the chunks: as the screen changes, it fetches the code of the
    // screens that may come next, so that a click never waits on the network. On the
    // welcome screen, once the page has loaded and is idle: never during the start-up.
    Effect::new(move |_| match stage.get() {
        Screen::Welcome => idle::after_load(chunks::preload_after_welcome),
        Screen::Skill => chunks::preload_results(),
        _ => {}
    });

    // The page is drawn in three short tasks rather than one long one, so that a slow PC
    // can answer between them: the frame, then the bars around the screen, then the
    // screen. The start-up preview stays on until the screen is there (index.html).
    let drawn = RwSignal::new(Drawn::Frame);
    in_next_task(move || {
        drawn.set(Drawn::Bars);
        in_next_task(move || drawn.set(Drawn::All));
    });
    let bars = move || drawn.get() >= Drawn::Bars;
    let screen = move || {
        if drawn.get() < Drawn::All {
            return ().into_any();
        }
        // A screen reads its texts once, as it is built: a change of language builds it
        // again (fewer reactive texts, and Leptos keeps a little of each after it goes).
        i18n.track();
        let screen = match visit.overlay() {
            Some(Overlay::Pause) => view! { <PausePage/> }.into_any(),
            Some(Overlay::Privacy) => part(|| Box::pin(parts::privacy_screen())),
            Some(Overlay::ConfirmErase) => part(|| Box::pin(parts::confirm_erase_screen())),
            Some(Overlay::KioskSettings) => part(|| Box::pin(parts::kiosk_settings_screen())),
            Some(Overlay::Overview) => part(|| Box::pin(parts::overview_screen())),
            None => match stage.get() {
                Screen::Welcome => view! {
                    <WelcomePage load_code=|| part(|| Box::pin(parts::load_code_form()))/>
                }
                .into_any(),
                Screen::Needs => part(|| Box::pin(parts::needs_screen())),
                Screen::Situation(id) => lazy_view(std::sync::Arc::new(move || {
                    Box::pin(parts::situation_screen(id.clone()))
                })),
                Screen::Skill => part(|| Box::pin(parts::skill_screen())),
                Screen::ChecksOffer => part(|| Box::pin(parts::checks_offer_screen())),
                Screen::Check(id) => lazy_view(std::sync::Arc::new(move || {
                    Box::pin(parts::check_screen(id.clone()))
                })),
                Screen::Results => part(|| Box::pin(parts::results_screen())),
            },
        };
        // Every screen after the first one takes focus on its heading.
        focus_headings.0.set_value(true);
        screen
    };
    let is_kiosk = move || visit.mode() == Mode::Kiosk;
    // Says where the person is after each move, politely, for screen readers.
    let announcement = move || journey.progress_words(&i18n);

    view! {
        <a class="skip-link" href="#main">{i18n.text("app.skip_to_content")}</a>
        <header class="site-header">
            <p class="site-name">
                {i18n.text("app.name")}
                {move || (visit.mode() == Mode::Advisor).then(|| view! {
                    <span class="mode-badge">{i18n.t("advisor.badge")}</span>
                })}
            </p>
            // On the welcome screen, the languages are on the screen itself.
            {move || (stage.get() != Screen::Welcome || visit.overlay().is_some()).then(|| view! { <LanguageSwitch/> })}
        </header>
        <div class="comfort-bar">{move || bars().then(|| view! { <ComfortBar/> })}</div>
        <main id="main" class="site-main" tabindex="-1">
            <Notices/>
            {screen}
        </main>
        <p class="visually-hidden" aria-live="polite">{announcement}</p>
        {move || bars().then(|| view! { <VisitActions/> <SiteFooter/> })}
        {move || is_kiosk().then(|| view! { <KioskWatch/> })}
    }
}

/// A screen whose code may still have to be fetched (see [`crate::ui::chunks`]).
fn part(load: fn() -> PendingView) -> AnyView {
    lazy_view(std::sync::Arc::new(load))
}

/// How much of the page is drawn, as the start-up goes.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Drawn {
    Frame,
    Bars,
    All,
}

/// The screen that shows a stage of the journey. Every skill item shares one screen,
/// which follows the item in place (see `SkillPage`).
#[derive(Clone, PartialEq)]
enum Screen {
    Welcome,
    Needs,
    Situation(SituationId),
    Skill,
    ChecksOffer,
    Check(CheckId),
    Results,
}

impl Screen {
    fn of(stage: &Stage) -> Self {
        match stage {
            Stage::Welcome => Self::Welcome,
            Stage::Question(Question::Needs) => Self::Needs,
            Stage::Question(Question::Situation(id)) => Self::Situation(id.clone()),
            Stage::Question(Question::Skill(_)) => Self::Skill,
            Stage::Question(Question::ChecksOffer) => Self::ChecksOffer,
            Stage::Question(Question::Check(id)) => Self::Check(id.clone()),
            Stage::Results => Self::Results,
        }
    }
}
