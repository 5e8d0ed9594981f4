//! The app shell: header, the current screen of the journey, footer. It owns the
//! journey state and the configuration, and hands them to the pages.

use super::advisor::{load_code, OverviewPage};
use super::catalog_state::CatalogState;
use super::display::{Display, DisplaySettings};
use super::i18n::{use_i18n, I18n};
use super::journey_handle::JourneyHandle;
use super::kiosk::{KioskSettingsPage, KioskWatch};
use super::language_switch::LanguageSwitch;
use super::needs_page::NeedsPage;
use super::notices::Notices;
use super::page_heading::FocusHeadings;
use super::pause_page::PausePage;
use super::persistence::{load_saved_progress, save_after_every_change};
use super::privacy_page::{ConfirmErasePage, PrivacyPage};
use super::results_page::ResultsPage;
use super::session::{Overlay, Session};
use super::site_footer::SiteFooter;
use super::situation_page::SituationPage;
use super::skill_page::SkillPage;
use super::visit_actions::VisitActions;
use super::welcome_page::WelcomePage;
use crate::content;
use crate::domain::config::{parse_config, LoadedConfig};
use crate::domain::ids::SituationId;
use crate::domain::journey::{Journey, Step};
use crate::domain::mode::{choose_mode, query_param, Mode};
use crate::domain::plan::Question;
use crate::platform::fetch_text::fetch_text;
use crate::platform::location::{clear_fragment, fragment, query_string};
use leptos::prelude::*;

/// The configuration file, served beside `index.html`.
const CONFIG_URL: &str = "config.json";

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let (Ok(questionnaire), Some(i18n)) = (content::questionnaire(), I18n::new()) else {
        return view! { <ContentUnavailable/> }.into_any();
    };
    provide_context(i18n);
    i18n.sync_document_language();

    let config = RwSignal::new(None::<LoadedConfig>);
    leptos::task::spawn_local(async move {
        let languages: Vec<&str> = content::language_codes().collect();
        let loaded = match fetch_text(CONFIG_URL).await {
            Ok(text) => parse_config(&text, &languages),
            Err(_) => LoadedConfig::unreadable(),
        };
        config.set(Some(loaded));
    });

    // The visit starts once the settings are known: they decide the mode and how long
    // saved progress is kept.
    let questionnaire = StoredValue::new(questionnaire);
    let visit = move || -> Option<_> {
        let site = config.with(|c| c.as_ref().map(|c| c.config.clone()))?;
        let requested = query_param(&query_string(), "mode").map(str::to_owned);
        let (mode, refused) =
            choose_mode(site.default_mode, &site.allowed_modes, requested.as_deref());
        // Read once: a later change of language must not start the visit again.
        let language = untrack(|| i18n.code());
        let starting = site.starting_language(content::default_language());
        if starting != language {
            // Until it is fetched, or if it cannot be, the page stays in French.
            i18n.set_language(starting, || {});
        }
        let session = Session::new(mode, site);
        let journey = JourneyHandle::new(Journey::default(), questionnaire.get_value());
        if refused {
            session.notify("mode.refused");
        }
        load_saved_progress(session, journey);
        Some(view! { <Shell journey session config/> })
    };
    visit.into_any()
}

/// The page layout around the screen of the current step.
#[component]
pub fn Shell(
    journey: JourneyHandle,
    session: Session,
    config: RwSignal<Option<LoadedConfig>>,
) -> impl IntoView {
    let i18n = use_i18n();
    provide_context(journey);
    provide_context(session);
    let catalog = CatalogState::default();
    provide_context(catalog);
    let read_aloud_by_default = session.mode.get_untracked() == Mode::Kiosk
        && session.config.with_value(|c| c.kiosk_read_aloud);
    provide_context(Display::new(read_aloud_by_default));
    save_after_every_change(session, journey);
    // A code in the address (from the resident's QR code) opens their answers.
    if session.mode.get_untracked() == Mode::Advisor {
        if let Some(code) = fragment().strip_prefix("code=").map(str::to_owned) {
            clear_fragment();
            match load_code(&code) {
                Ok(()) => session.notify("code.loaded"),
                Err(key) => session.notify(key),
            }
        }
    }
    let focus_headings = FocusHeadings(StoredValue::new(false));
    provide_context(focus_headings);
    let step = Memo::new(move |_| journey.state.with(|j| Screen::of(j.step())));
    // The catalog is fetched as the journey starts, well before the results need it
    // (this follows the screen, not every answer).
    Effect::new(move |_| {
        if step.with(|s| *s != Screen::Welcome) {
            catalog.request();
        }
    });
    let overlay = session.overlay;

    let screen = move || {
        // A screen reads its texts once, as it is built: a change of language builds it
        // again (fewer reactive texts, and Leptos keeps a little of each after it goes).
        i18n.track();
        let screen = match overlay.get() {
            Some(Overlay::Pause) => view! { <PausePage/> }.into_any(),
            Some(Overlay::Privacy) => view! { <PrivacyPage/> }.into_any(),
            Some(Overlay::ConfirmErase) => view! { <ConfirmErasePage/> }.into_any(),
            Some(Overlay::KioskSettings) => view! { <KioskSettingsPage/> }.into_any(),
            Some(Overlay::Overview) => view! { <OverviewPage/> }.into_any(),
            None => match step.get() {
                Screen::Welcome => view! { <WelcomePage/> }.into_any(),
                Screen::Needs => view! { <NeedsPage/> }.into_any(),
                Screen::Situation(id) => view! { <SituationPage id/> }.into_any(),
                Screen::Skill => view! { <SkillPage/> }.into_any(),
                Screen::Results => view! { <ResultsPage/> }.into_any(),
            },
        };
        // Every screen after the first one takes focus on its heading.
        focus_headings.0.set_value(true);
        screen
    };
    let is_kiosk = move || session.mode.get() == Mode::Kiosk;
    // Says where the person is after each move, politely, for screen readers.
    let announcement = move || journey.progress_words(&i18n);

    view! {
        <a class="skip-link" href="#main">{i18n.text("app.skip_to_content")}</a>
        <header class="site-header">
            <p class="site-name">
                {i18n.text("app.name")}
                {move || (session.mode.get() == Mode::Advisor).then(|| view! {
                    <span class="mode-badge">{i18n.t("advisor.badge")}</span>
                })}
            </p>
            <LanguageSwitch/>
        </header>
        <div class="comfort-bar"><DisplaySettings/></div>
        <main id="main" class="site-main" tabindex="-1">
            <Notices/>
            {screen}
        </main>
        <p class="visually-hidden" aria-live="polite">{announcement}</p>
        <VisitActions/>
        <SiteFooter config/>
        {move || is_kiosk().then(|| view! { <KioskWatch/> })}
    }
}

/// The screen that shows a step. Every skill item shares one screen, which follows the
/// item in place (see `SkillPage`).
#[derive(Clone, PartialEq)]
enum Screen {
    Welcome,
    Needs,
    Situation(SituationId),
    Skill,
    Results,
}

impl Screen {
    fn of(step: &Step) -> Self {
        match step {
            Step::Welcome => Self::Welcome,
            Step::Question(Question::Needs) => Self::Needs,
            Step::Question(Question::Situation(id)) => Self::Situation(id.clone()),
            Step::Question(Question::Skill(_)) => Self::Skill,
            Step::Results => Self::Results,
        }
    }
}

/// Shown if the content compiled into the app cannot be read. It cannot happen with a
/// build that passed its tests, but a blank page must never be the answer.
#[component]
fn ContentUnavailable() -> impl IntoView {
    view! {
        <main id="main" class="site-main">
            <h1>"Repère ne peut pas s'ouvrir"</h1>
            <p>"Le contenu de Repère est abîmé sur ce serveur."</p>
            <p>"Demandez de l'aide à la personne de l'accueil."</p>
        </main>
    }
}
