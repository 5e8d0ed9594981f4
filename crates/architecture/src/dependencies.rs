//! The domain crate's dependencies: none of them may be a view or browser crate, so that
//! the compiler itself refuses a rule that reaches for the page.

/// Crates that would tie the domain to the browser or to the view.
pub const FORBIDDEN: &[&str] = &[
    "leptos",
    "web-sys",
    "wasm-bindgen",
    "js-sys",
    "gloo",
    "wasm-bindgen-futures",
];

/// The forbidden crates a `Cargo.toml` names as a dependency (by key or by `package =`).
pub fn forbidden_dependencies(manifest: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut in_dependencies = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_dependencies = line.contains("dependencies");
            continue;
        }
        if !in_dependencies || line.starts_with('#') {
            continue;
        }
        let key = line.split('=').next().unwrap_or("").trim();
        for name in FORBIDDEN {
            let renamed = line.contains(&format!("package = \"{name}\""));
            if key == *name || key.starts_with(&format!("{name}.")) || renamed {
                found.push(format!("`{line}` ({name} is a browser or view crate)"));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_browser_crate_is_named_however_it_is_written() {
        let manifest = "[package]\nname = \"leptos\"\n\n[dependencies]\nserde = \"1\"\nleptos = { version = \"0.8\" }\nview = { package = \"web-sys\", version = \"0.3\" }\n# js-sys = \"0.3\"\n\n[target.'cfg(unix)'.dev-dependencies]\ngloo.version = \"0.11\"\n";
        let found = forbidden_dependencies(manifest);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].contains("leptos is"));
        assert!(found[1].contains("web-sys is"));
        assert!(found[2].contains("gloo is"));
    }
}
