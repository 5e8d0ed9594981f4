//! A minimal Leptos page: the baseline Repère's figures are compared with.
use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| view! { <main><h1>"Bonjour"</h1></main> });
}
