//! A page's `h1`. When the person moves to a new screen, focus goes to its heading so
//! that keyboard and screen-reader users start reading at the top of the new content.

use leptos::html::H1;
use leptos::prelude::*;

/// Whether headings should take focus when they appear: false for the very first
/// screen of a visit (the browser already starts at the top), true after a move.
#[derive(Clone, Copy)]
pub struct FocusHeadings(pub StoredValue<bool>);

/// The heading of a screen, focusable by script only (`tabindex="-1"`).
#[component]
pub fn PageHeading(
    /// The heading text.
    #[prop(into)]
    text: Signal<String>,
    /// The element id, for `aria-labelledby` and links.
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    let should_focus = use_context::<FocusHeadings>().is_some_and(|f| f.0.get_value());
    Effect::new(move |_| {
        if let (true, Some(h1)) = (should_focus, heading.get()) {
            // A screen fetched on demand is built before it is in the page: focus it
            // once it is there.
            if h1.is_connected() {
                let _ = h1.focus();
            } else {
                request_animation_frame(move || {
                    let _ = h1.focus();
                });
            }
        }
    });
    view! {
        <h1 class="page-heading" id=id tabindex="-1" node_ref=heading>
            {text}
        </h1>
    }
}
