//! The rules of `ARCHITECTURE.md`, checked on the real tree. Each failure names the file,
//! the line and the rule; each check's unit tests (in `src/`) plant a violation and see it
//! named, so none of these can pass by reading nothing.

use std::fs;
use std::path::PathBuf;

use repere_architecture::dependencies::forbidden_dependencies;
use repere_architecture::graph::{import_graph, workspace_crates};
use repere_architecture::layers::{declared_layers, upward_imports};
use repere_architecture::sizes::{crowded_folders, long_files};
use repere_architecture::{circles, workspace_root};

fn fail_on(problems: Vec<String>, rule: &str) {
    assert!(problems.is_empty(), "{rule}:\n{}", problems.join("\n"));
}

/// The folders of Rust sources the size rules apply to.
fn source_roots() -> Vec<PathBuf> {
    let root = workspace_root();
    let mut roots = vec![root.join("src")];
    for krate in fs::read_dir(root.join("crates")).unwrap() {
        let dir = krate.unwrap().path();
        for sub in ["src", "examples"] {
            if dir.join(sub).is_dir() {
                roots.push(dir.join(sub));
            }
        }
    }
    roots
}

#[test]
fn every_import_points_down_the_declared_layers() {
    let root = workspace_root();
    let doc = fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    let declared = declared_layers(&doc).unwrap();
    let mut problems = Vec::new();
    for krate in workspace_crates(&root) {
        let layers = declared
            .iter()
            .find(|l| l.crate_name == krate.name)
            .unwrap_or_else(|| panic!("ARCHITECTURE.md declares no layers for {}", krate.name));
        let (files, edges) = import_graph(&krate).unwrap();
        assert!(
            files.len() > 20 && edges.len() > 20,
            "{}: the tree was read",
            krate.name
        );
        problems.extend(upward_imports(layers, &edges));
        for layer in layers.names() {
            let is_module = files.iter().any(|f| {
                f.module_name() == layer || f.module_name().starts_with(&format!("{layer}::"))
            });
            let is_extern = krate.externs.iter().any(|e| e == layer);
            if !is_module && !is_extern {
                problems.push(format!(
                    "ARCHITECTURE.md: layer `{layer}` of {} is no module",
                    krate.name
                ));
            }
        }
    }
    fail_on(problems, "imports against the layers of ARCHITECTURE.md");
}

#[test]
fn no_two_modules_import_each_other() {
    let mut problems = Vec::new();
    for krate in workspace_crates(&workspace_root()) {
        let (_, edges) = import_graph(&krate).unwrap();
        problems.extend(circles::circles(&edges));
    }
    fail_on(problems, "import circles");
}

#[test]
fn no_source_file_is_over_400_lines() {
    fail_on(
        long_files(&source_roots()).unwrap(),
        "files too long to take in",
    );
}

#[test]
fn no_folder_holds_more_than_10_files() {
    fail_on(
        crowded_folders(&source_roots()).unwrap(),
        "folders too crowded to take in",
    );
}

#[test]
fn the_domain_depends_on_no_browser_or_view_crate() {
    let manifest = fs::read_to_string(workspace_root().join("crates/domain/Cargo.toml")).unwrap();
    fail_on(
        forbidden_dependencies(&manifest),
        "crates/domain/Cargo.toml",
    );
}
