//! Reads Repère's source tree and checks the rules of `ARCHITECTURE.md`, so that the
//! shape of the codebase is kept by tests rather than by memory:
//!
//! | module | checks |
//! |---|---|
//! | [`layers`] | each import points down the layers `ARCHITECTURE.md` declares |
//! | [`circles`] | no two sibling modules import each other, at any depth |
//! | [`sizes`] | no source file over 400 lines, no folder over 10 files |
//! | [`dependencies`] | the domain crate depends on no view or browser crate |
//!
//! The tests in `tests/invariants.rs` run these checks on the real tree; each check's own
//! unit tests plant a violation and see it reported. `cargo run -p repere-architecture`
//! prints the import graph between layers.

pub mod circles;
pub mod dependencies;
pub mod graph;
pub mod imports;
pub mod layers;
pub mod sizes;
pub mod tree;

use std::path::{Path, PathBuf};

/// The workspace's root folder (where `ARCHITECTURE.md` is).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the workspace root exists")
}
