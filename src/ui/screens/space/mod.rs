//! The structure's space (`?espace`): where the conseiller numérique who deploys Repère
//! chooses the territory, imports the national export of places, edits workshops,
//! partners, contact and settings, sees the next steps as a resident would, and
//! downloads the files to publish. It runs in the browser like the rest and needs no
//! server; it is a chunk of its own, never fetched in a resident's journey. It speaks
//! French only: its users are the French structures that deploy Repère.
//!
//! One [`Space`] value holds the setup being edited (`domain::space::setup::Setup`);
//! each section is a file here and edits it through [`Space::edit`].

mod contact;
mod fields;
mod figures;
mod figures_chart;
mod figures_merge;
mod places;
mod preview;
mod publish;
mod settings;
mod territory;
mod workshops;

use crate::domain::catalog::{PARTNERS_FILE, PLACES_FILE, TERRITORY_FILE, WORKSHOPS_FILE};
use crate::domain::site::config::CONFIG_FILE;
use crate::domain::space::diff::PlacesDiff;
use crate::domain::space::official_list::{OfficialList, OFFICIAL_LIST_FILE};
use crate::domain::space::setup::{PublishedFiles, Setup};
use crate::platform::fetch_text::fetch_text;
use leptos::prelude::*;
use std::sync::Arc;

/// The sections, in the order a structure goes through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Territory,
    Places,
    Workshops,
    Contact,
    Settings,
    Preview,
    Publish,
    /// The device's figures (not a step of publishing: it stands last).
    Figures,
}

impl Section {
    const ALL: [Section; 8] = [
        Self::Territory,
        Self::Places,
        Self::Workshops,
        Self::Contact,
        Self::Settings,
        Self::Preview,
        Self::Publish,
        Self::Figures,
    ];

    fn title(self) -> &'static str {
        match self {
            Self::Territory => "1. Territoire",
            Self::Places => "2. Lieux",
            Self::Workshops => "3. Ateliers",
            Self::Contact => "4. Contact et partenaires",
            Self::Settings => "5. Réglages",
            Self::Preview => "6. Aperçu",
            Self::Publish => "7. Publier",
            Self::Figures => "Chiffres de l'appareil",
        }
    }
}

/// The official list's state: it is fetched once, when the space opens.
#[derive(Clone)]
pub enum ListState {
    Loading,
    Ready(Arc<OfficialList>),
    Unavailable,
}

/// The space's state, shared by its sections through context.
#[derive(Clone, Copy)]
pub struct Space {
    pub setup: RwSignal<Setup>,
    pub list: RwSignal<ListState>,
    /// What the last import changed, when there were places before it.
    pub diff: RwSignal<Option<PlacesDiff>>,
    pub section: RwSignal<Section>,
}

impl Space {
    pub fn edit(self, change: impl FnOnce(&mut Setup)) {
        self.setup.update(change);
    }

    pub fn list(self) -> Option<Arc<OfficialList>> {
        match self.list.get() {
            ListState::Ready(list) => Some(list),
            _ => None,
        }
    }
}

pub fn use_space() -> Space {
    expect_context::<Space>()
}

#[component]
pub fn SpacePage() -> impl IntoView {
    let space = Space {
        setup: RwSignal::new(Setup::default()),
        list: RwSignal::new(ListState::Loading),
        diff: RwSignal::new(None),
        section: RwSignal::new(Section::Territory),
    };
    provide_context(space);
    let loaded = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        let fetch = |name: String| async move { fetch_text(&name).await.ok() };
        let (config, places, workshops, partners, territory) = futures::join!(
            fetch(CONFIG_FILE.to_owned()),
            fetch(format!("catalog/{PLACES_FILE}")),
            fetch(format!("catalog/{WORKSHOPS_FILE}")),
            fetch(format!("catalog/{PARTNERS_FILE}")),
            fetch(format!("catalog/{TERRITORY_FILE}")),
        );
        let files = PublishedFiles {
            config,
            places,
            workshops,
            partners,
            territory,
        };
        let languages: Vec<&str> = crate::content::language_codes().collect();
        space.setup.set(Setup::from_published(&files, &languages));
        loaded.set(true);
        let list = fetch_text(OFFICIAL_LIST_FILE)
            .await
            .ok()
            .and_then(|t| OfficialList::parse(&t));
        space
            .list
            .set(list.map_or(ListState::Unavailable, |l| ListState::Ready(Arc::new(l))));
    });
    let start_afresh = move |_| {
        // The settings and the national partners and help line are not the territory's:
        // they stay.
        let (settings, partners, help_line) = space
            .setup
            .with_untracked(|s| (s.settings.clone(), s.partners.clone(), s.help_line.clone()));
        space.setup.set(Setup {
            settings,
            partners,
            help_line,
            ..Setup::default()
        });
        space.diff.set(None);
    };
    let nav = move || {
        Section::ALL
            .into_iter()
            .map(|s| {
                let current = move || space.section.get() == s;
                view! {
                    <li>
                        <button type="button" class="space-nav-button"
                            aria-current=move || current().then_some("step")
                            on:click=move |_| space.section.set(s)>
                            {s.title()}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let body = move || match space.section.get() {
        Section::Territory => view! { <territory::TerritorySection/> }.into_any(),
        Section::Places => view! { <places::PlacesSection/> }.into_any(),
        Section::Workshops => view! { <workshops::WorkshopsSection/> }.into_any(),
        Section::Contact => view! { <contact::ContactSection/> }.into_any(),
        Section::Settings => view! { <settings::SettingsSection/> }.into_any(),
        Section::Preview => view! { <preview::PreviewSection/> }.into_any(),
        Section::Publish => view! { <publish::PublishSection/> }.into_any(),
        Section::Figures => view! { <figures::FiguresSection/> }.into_any(),
    };
    view! {
        <main id="main" class="site-main space">
            <h1 class="page-heading" tabindex="-1">"Espace de la structure"</h1>
            <p class="space-intro">
                "Ici, vous préparez Repère pour votre territoire : les communes, les lieux, vos ateliers et vos réglages. "
                "Rien n'est envoyé : à la fin, vous téléchargez les fichiers à mettre sur votre site."
            </p>
            {move || (!loaded.get()).then(|| view! { <p class="space-status" role="status">"Lecture des fichiers publiés…"</p> })}
            <p class="space-afresh">
                "Vous partez des fichiers déjà publiés ici. "
                <button type="button" class="button button-link" on:click=start_afresh>"Partir de zéro"</button>
            </p>
            <nav class="space-nav" aria-label="Étapes de l'espace de la structure"><ol>{nav}</ol></nav>
            <section class="space-section" aria-live="off">{body}</section>
            <p class="space-leave"><a href="./">"Revenir à Repère"</a></p>
        </main>
    }
}
