//! The parts of the app that a release build moves out of the first download, into
//! chunks fetched when they are needed (or preloaded a little before).
//!
//! | chunk | what it holds | fetched |
//! |---|---|---|
//! | `questions` | the needs, situation and skill screens | preloaded by the welcome screen |
//! | `catalog` | reading the places catalog (`Catalog::load`) | as the journey starts, with the catalog's files |
//! | `results` | the results screen, its next steps, hand-off code and sheet | preloaded at the first skill question |
//! | `overlays` | privacy, erase confirmation, advisor overview, kiosk settings | preloaded by the welcome screen, after `questions` |
//! | `handoff` | « Charger un code » and the reading of hand-off codes (advisor mode) | when the advisor's welcome screen is shown, or a code is in the address |
//! | `space` | the structure's space (`?espace`): import, forms, published files | only when the space opens |
//!
//! `scripts/build-wasm.sh` builds with the Cargo feature `split` and cuts the wasm
//! with `wasm-split-cli`. Without the feature (development, component tests) each part
//! is an ordinary `async fn` that is ready at once, so the same code runs everywhere.
//!
//! A chunk that cannot be fetched is an [`ChunkMissing`] error, never a panic:
//! [`lazy_view::lazy_view`] shows a plain message and "Réessayer".

pub mod lazy_view;
pub mod parts;

/// A chunk could not be fetched (the network dropped before it was cached).
#[cfg(feature = "split")]
pub type ChunkMissing = leptos::wasm_split::SplitLoaderError;

/// A chunk could not be fetched: never happens without the `split` feature.
#[cfg(not(feature = "split"))]
#[derive(Debug, Clone)]
pub struct ChunkMissing;

/// Declares a part of the app that the release build fetches on demand: an `async fn`
/// returning `Result<_, ChunkMissing>`, and `preload`, which fetches the chunk without
/// running anything. All parts named with the same chunk share one file.
///
/// The part is built untracked: its components' reads at build time must not subscribe
/// the shell's screen switch (`lazy_view` may build it there, or later in a task), or
/// each change of such a signal would build the whole screen again.
macro_rules! part {
    (
        $(#[$doc:meta])*
        chunk $chunk:ident, preload $preload:ident:
        fn $name:ident($($arg:ident: $ty:ty),*) -> $out:ty $body:block
    ) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            fallible,
            preload($preload)
        )]
        pub fn $name($($arg: $ty),*) -> Result<$out, $crate::ui::chunks::ChunkMissing> {
            fn build($($arg: $ty),*) -> $out $body
            Ok(::leptos::prelude::untrack(move || build($($arg),*)))
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        pub async fn $name($($arg: $ty),*) -> Result<$out, $crate::ui::chunks::ChunkMissing> {
            fn build($($arg: $ty),*) -> $out $body
            Ok(::leptos::prelude::untrack(move || build($($arg),*)))
        }

        /// Fetches this part's chunk ahead of time (ready at once without `split`).
        #[cfg(not(feature = "split"))]
        pub async fn $preload() -> Result<(), $crate::ui::chunks::ChunkMissing> {
            Ok(())
        }
    };
}
pub(crate) use part;

/// Fetches, one after the other, the chunks the welcome screen can lead to: the question
/// screens, then the screens its links open (privacy). Called once the welcome screen is
/// shown and the page idle (`platform::startup::idle`), so that a click never waits on the network
/// when the connection is fine, and the start-up never shares it. The
/// catalog's reading is not among them: it is fetched as the journey starts, with the
/// catalog's files, long before the results need it. A failure is left for the real use
/// to retry.
pub fn preload_after_welcome() {
    leptos::task::spawn_local(async {
        let _ = parts::preload_questions().await;
        let _ = parts::preload_overlays().await;
    });
}

/// Fetches the results screen's chunk while the person answers the skill questions.
pub fn preload_results() {
    leptos::task::spawn_local(async {
        let _ = parts::preload_results().await;
    });
}
