//! Shows a part of the app that may still have to be fetched. When its chunk is already
//! here (always, without the `split` feature), the part is built at once, like any
//! other screen. Otherwise: a "Chargement…" line (only if it takes more than a moment),
//! then the part; if the fetch fails, a plain message and "Réessayer", which fetches it
//! again. The answers are never touched: only this screen waits.

use super::ChunkMissing;
use crate::ui::state::i18n::use_i18n;
use crate::ui::widgets::page_heading::PageHeading;
use futures::FutureExt;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// A part's view, on its way.
pub type PendingView = Pin<Box<dyn Future<Output = Result<AnyView, ChunkMissing>>>>;

/// How to fetch a part's view (called again for each retry).
pub type LoadView = Arc<dyn Fn() -> PendingView + Send + Sync>;

#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Loading,
    Failed,
    Ready,
}

/// The view of a part fetched with `load`, again each time the person asks to retry.
pub fn lazy_view(load: LoadView) -> AnyView {
    let mut pending = load();
    let phase = match (&mut pending).now_or_never() {
        Some(Ok(view)) => return view,
        Some(Err(_)) => Phase::Failed,
        None => Phase::Loading,
    };
    let i18n = use_i18n();
    let phase = RwSignal::new(phase);
    // The part once fetched, taken out when shown.
    let ready = StoredValue::new_local(None::<AnyView>);
    // The part is built under this view's owner, so it goes when the screen goes (and
    // not with the "Réessayer" button, which goes as soon as it is pressed).
    let owner = Owner::current();
    let wait = move |pending: PendingView| {
        phase.set(Phase::Loading);
        let fetch = async move {
            match pending.await {
                Ok(view) => {
                    ready.set_value(Some(view));
                    phase.set(Phase::Ready);
                }
                Err(_) => phase.set(Phase::Failed),
            }
        };
        match &owner {
            Some(owner) => owner.with(|| spawn_local_scoped(fetch)),
            None => spawn_local_scoped(fetch),
        }
    };
    if phase.get_untracked() == Phase::Loading {
        wait(pending);
    }
    let retry = move |_| wait(load());
    let shown = move || match phase.get() {
        Phase::Loading => view! {
            <p class="chunk-loading" role="status">{i18n.t("chunk.loading")}</p>
        }
        .into_any(),
        Phase::Failed => view! {
            <PageHeading text=Signal::derive(i18n.text("chunk.missing_title"))/>
            <p role="alert">{i18n.t("chunk.missing")}</p>
            <button type="button" class="button button-primary" on:click=retry.clone()>
                {i18n.t("chunk.retry")}
            </button>
        }
        .into_any(),
        Phase::Ready => ready
            .try_update_value(Option::take)
            .flatten()
            .unwrap_or_else(|| ().into_any()),
    };
    shown.into_any()
}
