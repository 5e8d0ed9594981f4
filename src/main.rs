//! Entry point of the WebAssembly build: mounts the app into the page.

fn main() {
    repere::ui::mount();
}
