//! The structure's space as a page of its own (`?espace`). The space is a chunk: like
//! the journey's screens, it is shown by the shell. Its door — the PIN, on every
//! device once one is set — is in the chunk too (`screens::space::gate`), so that the
//! slow hash's code is never part of a resident's download.

use crate::ui::chunks::lazy_view::lazy_view;
use crate::ui::chunks::parts;
use leptos::prelude::*;

/// The structure's space.
#[component]
pub fn SpaceGate() -> impl IntoView {
    lazy_view(std::sync::Arc::new(|| Box::pin(parts::space_screen())))
}
