//! The source tree of one crate: each `.rs` file under its `src/` folder and the module
//! path the compiler gives it (`src/ui/screens/space/mod.rs` → `ui::screens::space`).

use std::fs;
use std::path::{Path, PathBuf};

/// One source file of a crate.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The file, as found under the crate's `src/`.
    pub path: PathBuf,
    /// Its module path inside the crate; empty for the crate root (`lib.rs`, `main.rs`).
    pub module: Vec<String>,
}

impl SourceFile {
    /// The module path written the way code writes it (`ui::screens`), `crate` for the root.
    pub fn module_name(&self) -> String {
        module_name(&self.module)
    }
}

/// `ui::screens`, or `crate` for the root.
pub fn module_name(module: &[String]) -> String {
    if module.is_empty() {
        "crate".to_owned()
    } else {
        module.join("::")
    }
}

/// Every `.rs` file under `src`, sorted by path, with its module path.
pub fn source_files(src: &Path) -> std::io::Result<Vec<SourceFile>> {
    let mut files = Vec::new();
    walk(src, &mut |path| {
        if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(src).expect("under src");
            files.push(SourceFile {
                module: module_of(relative),
                path: path.to_path_buf(),
            });
        }
    })?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// The module path of a file given relative to `src/`.
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    let root_file = parts.is_empty() && (stem == "lib" || stem == "main");
    if stem != "mod" && !root_file {
        parts.push(stem.to_owned());
    }
    parts
}

/// Calls `visit` for every file below `dir`, depth first, in no particular order.
pub fn walk(dir: &Path, visit: &mut dyn FnMut(&Path)) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path: PathBuf = entry?.path();
        if path.is_dir() {
            walk(&path, visit)?;
        } else {
            visit(&path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(path: &str) -> String {
        module_name(&module_of(Path::new(path)))
    }

    #[test]
    fn a_file_is_named_as_the_compiler_names_its_module() {
        assert_eq!(module("lib.rs"), "crate");
        assert_eq!(module("main.rs"), "crate");
        assert_eq!(module("ui/mod.rs"), "ui");
        assert_eq!(module("ui/screens/space/mod.rs"), "ui::screens::space");
        assert_eq!(module("domain/journey/plan.rs"), "domain::journey::plan");
        assert_eq!(module("content.rs"), "content");
    }
}
