//! The import graph of one crate: for each source file, the modules its paths reach,
//! resolved as the compiler resolves `crate::`, `super::`, `self::`, a child module's name
//! and the name of another crate of the workspace.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::imports::written_paths;
use crate::tree::{module_name, source_files, SourceFile};

/// One crate of the workspace, as the checks see it.
#[derive(Debug, Clone)]
pub struct CrateSource {
    /// The package name (`repere`, `repere-domain`).
    pub name: String,
    /// Its `src/` folder.
    pub src: PathBuf,
    /// The other crates it uses, by the name its code writes (`domain`).
    pub externs: Vec<String>,
}

/// Where an import leads.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    /// A module of the same crate (empty: the crate root).
    Module(Vec<String>),
    /// Another crate of the workspace.
    Extern(String),
}

impl Target {
    /// `ui::state`, `crate`, or the other crate's name.
    pub fn name(&self) -> String {
        match self {
            Target::Module(m) => module_name(m),
            Target::Extern(name) => name.clone(),
        }
    }
}

/// One import from a file's module to another module.
#[derive(Debug, Clone)]
pub struct Edge {
    /// The importing file's module.
    pub from: Vec<String>,
    pub to: Target,
    pub file: PathBuf,
    pub line: usize,
}

impl Edge {
    /// `src/ui/shell/mod.rs:12`.
    pub fn place(&self) -> String {
        format!("{}:{}", self.file.display(), self.line)
    }
}

/// The crate's files and every import between its modules, one edge per file and target
/// (the first line that names it). A module reaching into its own children is left out:
/// a parent always owns its children.
pub fn import_graph(krate: &CrateSource) -> Result<(Vec<SourceFile>, Vec<Edge>), String> {
    let files = source_files(&krate.src).map_err(|e| format!("{}: {e}", krate.src.display()))?;
    let known: BTreeSet<Vec<String>> = files.iter().map(|f| f.module.clone()).collect();
    let mut edges = Vec::new();
    for file in &files {
        let text =
            fs::read_to_string(&file.path).map_err(|e| format!("{}: {e}", file.path.display()))?;
        let paths = written_paths(&text, &file.module)
            .map_err(|e| format!("{}: cannot be parsed: {e}", file.path.display()))?;
        let mut seen = BTreeSet::new();
        for path in paths {
            let Some(target) = resolve(&path.in_module, &path.segments, &known, &krate.externs)
            else {
                continue;
            };
            if let Target::Module(m) = &target {
                if m.starts_with(&file.module) {
                    continue;
                }
            }
            if seen.insert(target.clone()) {
                edges.push(Edge {
                    from: file.module.clone(),
                    to: target,
                    file: file.path.clone(),
                    line: path.line,
                });
            }
        }
    }
    Ok((files, edges))
}

/// The module a path written in `in_module` reaches: the longest known module that its
/// absolute form starts with. `None` for a path that names no module of the workspace.
fn resolve(
    in_module: &[String],
    segments: &[String],
    known: &BTreeSet<Vec<String>>,
    externs: &[String],
) -> Option<Target> {
    let first = segments.first()?.as_str();
    let absolute: Vec<String> = match first {
        "crate" => segments[1..].to_vec(),
        "self" => [in_module, &segments[1..]].concat(),
        "super" => {
            let ups = segments.iter().take_while(|s| *s == "super").count();
            let base = in_module.get(..in_module.len().checked_sub(ups)?)?;
            [base, &segments[ups..]].concat()
        }
        name if externs.iter().any(|e| e == name) => return Some(Target::Extern(name.to_owned())),
        _ => {
            let relative = [in_module, &segments[..1]].concat();
            if !known.contains(&relative) {
                return None;
            }
            [in_module, segments].concat()
        }
    };
    let depth = (0..=absolute.len())
        .rev()
        .find(|&n| known.contains(&absolute[..n]))
        .unwrap_or(0);
    Some(Target::Module(absolute[..depth].to_vec()))
}

/// The workspace's crates whose imports are checked, found from the workspace root.
pub fn workspace_crates(root: &Path) -> Vec<CrateSource> {
    vec![
        CrateSource {
            name: "repere".to_owned(),
            src: root.join("src"),
            externs: vec!["domain".to_owned()],
        },
        CrateSource {
            name: "repere-domain".to_owned(),
            src: root.join("crates/domain/src"),
            externs: Vec::new(),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(path: &str) -> Vec<String> {
        path.split("::")
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn paths_resolve_to_the_longest_known_module() {
        let known: BTreeSet<_> = ["", "a", "a::b", "a::b::c", "d"]
            .iter()
            .map(|m| v(m))
            .collect();
        let externs = ["domain".to_owned()];
        let at = |module: &str, path: &str| {
            resolve(&v(module), &v(path), &known, &externs).map(|t| t.name())
        };
        assert_eq!(at("a::b::c", "super::super::Thing").as_deref(), Some("a"));
        assert_eq!(
            at("a::b::c::tests", "super::helper").as_deref(),
            Some("a::b::c")
        );
        assert_eq!(at("d", "crate::a::b::c::f").as_deref(), Some("a::b::c"));
        assert_eq!(
            at("a", "b::Thing").as_deref(),
            Some("a::b"),
            "a child module named without self"
        );
        assert_eq!(
            at("a", "domain::journey::Journey").as_deref(),
            Some("domain")
        );
        assert_eq!(at("a", "crate::Root").as_deref(), Some("crate"));
        assert_eq!(at("a", "std::fmt::Display"), None);
        assert_eq!(at("a", "super::super::x"), None, "above the crate root");
    }
}
