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
mod gate;
mod offer;
mod preview;
mod publish;
mod settings;
mod territory;

use crate::platform::network::catalog_files::fetch_catalog_files;
use crate::platform::network::fetch_text::fetch_text;
use crate::platform::network::published;
use domain::site::config::CONFIG_FILE;
use domain::site::pin::PinHash;
use domain::space::official_list::{OfficialList, OFFICIAL_LIST_FILE};
use domain::space::places::diff::PlacesDiff;
use domain::space::setup::{PublishedFiles, Setup};
use leptos::prelude::*;
use std::sync::Arc;

/// The sections, in the order a structure goes through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Territory,
    Places,
    Workshops,
    Partners,
    Contact,
    Settings,
    Preview,
    Publish,
    /// The device's figures (not a step of publishing: it stands last).
    Figures,
}

impl Section {
    const ALL: [Section; 9] = [
        Self::Territory,
        Self::Places,
        Self::Workshops,
        Self::Partners,
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
            Self::Partners => "4. Partenaires",
            Self::Contact => "5. Contact",
            Self::Settings => "6. Réglages",
            Self::Preview => "7. Aperçu",
            Self::Publish => "8. Publier",
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

/// The space's state, shared by its sections through context (`use_space`). Its
/// signals are private: a section reads the setup with [`Space::read`] and changes it
/// with [`Space::edit`], like `JourneyHandle` for the journey.
#[derive(Clone, Copy)]
pub struct Space {
    setup: RwSignal<Setup>,
    list: RwSignal<ListState>,
    /// What the last import changed, when there were places before it.
    diff: RwSignal<Option<PlacesDiff>>,
    section: RwSignal<Section>,
}

impl Space {
    fn new() -> Self {
        Self {
            setup: RwSignal::new(Setup::default()),
            list: RwSignal::new(ListState::Loading),
            diff: RwSignal::new(None),
            section: RwSignal::new(Section::Territory),
        }
    }

    /// Reads the setup (tracked).
    pub fn read<T>(self, read: impl FnOnce(&Setup) -> T) -> T {
        self.setup.with(read)
    }

    /// Reads the setup without subscribing (in event handlers).
    pub fn read_untracked<T>(self, read: impl FnOnce(&Setup) -> T) -> T {
        self.setup.with_untracked(read)
    }

    pub fn edit(self, change: impl FnOnce(&mut Setup)) {
        self.setup.update(change);
    }

    /// Starts again from an empty setup. The settings and the national partners and
    /// help line are not the territory's: they stay.
    pub fn start_afresh(self) {
        let (settings, partners, help_line) = self
            .setup
            .with_untracked(|s| (s.settings.clone(), s.partners.clone(), s.help_line.clone()));
        self.setup.set(Setup {
            settings,
            partners,
            help_line,
            ..Setup::default()
        });
        self.diff.set(None);
    }

    /// The official list, once it is read (tracked).
    pub fn list(self) -> Option<Arc<OfficialList>> {
        match self.list.get() {
            ListState::Ready(list) => Some(list),
            _ => None,
        }
    }

    /// Where the official list stands (tracked).
    pub fn list_state(self) -> ListState {
        self.list.get()
    }

    /// What the last import changed (tracked).
    pub fn diff(self) -> Option<PlacesDiff> {
        self.diff.get()
    }

    /// Keeps what an import changed, to show it.
    pub fn show_diff(self, diff: Option<PlacesDiff>) {
        self.diff.set(diff);
    }

    /// The section on screen (tracked).
    pub fn section(self) -> Section {
        self.section.get()
    }

    pub fn go_to(self, section: Section) {
        self.section.set(section);
    }
}

pub fn use_space() -> Space {
    expect_context::<Space>()
}

/// The structure's space, behind its door ([`gate`]).
#[component]
pub fn SpacePage() -> impl IntoView {
    view! { <gate::Gate/> }
}

/// The space itself, once open. `no_pin`: no PIN protects it yet (said, with how to set
/// one); `upgrade`: the slow hash of the PIN just typed, in place of an older config's.
#[component]
fn SpaceBody(no_pin: bool, upgrade: Option<PinHash>) -> impl IntoView {
    let space = Space::new();
    provide_context(space);
    let loaded = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        let ((config, _), catalog) =
            futures::join!(published::config_text(CONFIG_FILE), fetch_catalog_files());
        let files = PublishedFiles {
            config: config.ok(),
            catalog,
        };
        let languages: Vec<&str> = domain::content::language_codes().collect();
        space.edit(|s| {
            *s = Setup::from_published(&files, &languages);
            if s.settings.pin_hash.as_ref().is_some_and(PinHash::is_legacy) {
                if let Some(slow) = upgrade {
                    s.settings.pin_hash = Some(slow);
                }
            }
        });
        loaded.set(true);
        let list = fetch_text(OFFICIAL_LIST_FILE)
            .await
            .ok()
            .and_then(|t| OfficialList::parse(&t));
        space
            .list
            .set(list.map_or(ListState::Unavailable, |l| ListState::Ready(Arc::new(l))));
    });
    let start_afresh = move |_| space.start_afresh();
    let nav = move || {
        Section::ALL
            .into_iter()
            .map(|s| {
                let current = move || space.section() == s;
                view! {
                    <li>
                        <button type="button" class="space-nav-button"
                            aria-current=move || current().then_some("step")
                            on:click=move |_| space.go_to(s)>
                            {s.title()}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let body = move || match space.section() {
        Section::Territory => view! { <territory::TerritorySection/> }.into_any(),
        Section::Places => view! { <offer::places::PlacesSection/> }.into_any(),
        Section::Workshops => view! { <offer::workshops::WorkshopsSection/> }.into_any(),
        Section::Partners => view! { <offer::partners::PartnersSection/> }.into_any(),
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
                "Ici, vous préparez Repère pour votre territoire : les communes, les lieux, vos ateliers, vos partenaires et vos réglages. "
                "Rien n'est envoyé : à la fin, vous installez ces réglages sur cet appareil, ou vous téléchargez les fichiers à mettre sur votre site."
            </p>
            {no_pin.then(|| view! {
                <p class="space-notice">"Aucun code ne protège cet espace : toute personne qui tape son adresse peut l'ouvrir et voir les chiffres. Choisissez un code dans « 6. Réglages », puis publiez : l'espace le demandera ensuite sur chaque poste et chaque borne."</p>
            })}
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
