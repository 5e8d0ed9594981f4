//! The paths one source file names: every `use` and every path written in code that
//! starts with `crate`, `super`, `self`, an extern crate or a child module, read with
//! `syn` so that comments and strings never count. Inline modules (`mod tests { … }`)
//! are followed, so that their `super` means what the compiler means.

use syn::visit::{self, Visit};
use syn::{ItemMod, ItemUse, UseTree};

/// A path as written, with the module it is written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenPath {
    /// The module the path is written in (the file's module, plus inline modules).
    pub in_module: Vec<String>,
    /// The path's segments as written (`super`, `crate`, names).
    pub segments: Vec<String>,
    /// The line where it is written.
    pub line: usize,
}

/// Every path of `source` that may name another module, or the parse error.
pub fn written_paths(source: &str, module: &[String]) -> Result<Vec<WrittenPath>, syn::Error> {
    let file = syn::parse_file(source)?;
    let mut collector = Collector {
        module: module.to_vec(),
        paths: Vec::new(),
    };
    collector.visit_file(&file);
    Ok(collector.paths)
}

struct Collector {
    module: Vec<String>,
    paths: Vec<WrittenPath>,
}

impl Collector {
    fn push(&mut self, segments: Vec<String>, line: usize) {
        if !segments.is_empty() {
            self.paths.push(WrittenPath {
                in_module: self.module.clone(),
                segments,
                line,
            });
        }
    }
}

impl<'ast> Visit<'ast> for Collector {
    fn visit_item_mod(&mut self, item: &'ast ItemMod) {
        if item.content.is_some() {
            self.module.push(item.ident.to_string());
            visit::visit_item_mod(self, item);
            self.module.pop();
        }
    }

    fn visit_item_use(&mut self, item: &'ast ItemUse) {
        let line = item.use_token.span.start().line;
        let mut found = Vec::new();
        use_paths(&item.tree, &mut Vec::new(), &mut found);
        for segments in found {
            self.push(segments, line);
        }
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let line = path
            .segments
            .first()
            .map_or(0, |s| s.ident.span().start().line);
        // A one-segment path (`String`, `helper()`) names something already in scope.
        if path.segments.len() > 1 {
            let segments = path.segments.iter().map(|s| s.ident.to_string()).collect();
            self.push(segments, line);
        }
        visit::visit_path(self, path);
    }
}

/// Expands a `use` tree into its paths: `a::{b, c::d}` → `a::b`, `a::c::d`; a glob or a
/// `self` names the prefix itself.
fn use_paths(tree: &UseTree, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match tree {
        UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            use_paths(&p.tree, prefix, out);
            prefix.pop();
        }
        UseTree::Name(n) if n.ident == "self" => out.push(prefix.clone()),
        UseTree::Name(n) => out.push([prefix.clone(), vec![n.ident.to_string()]].concat()),
        UseTree::Rename(r) if r.ident == "self" => out.push(prefix.clone()),
        UseTree::Rename(r) => out.push([prefix.clone(), vec![r.ident.to_string()]].concat()),
        UseTree::Glob(_) => out.push(prefix.clone()),
        UseTree::Group(g) => {
            for item in &g.items {
                use_paths(item, prefix, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(source: &str) -> Vec<String> {
        written_paths(source, &["a".to_owned()])
            .unwrap()
            .into_iter()
            .map(|p| format!("{} in {}", p.segments.join("::"), p.in_module.join("::")))
            .collect()
    }

    #[test]
    fn use_trees_are_expanded_and_inline_modules_followed() {
        let found = paths(
            "use crate::{b::{self, C}, d::*};\n\
             // use crate::commented::Out;\n\
             const S: &str = \"crate::in_a_string\";\n\
             fn f() -> super::e::T { crate::g::h() }\n\
             mod tests { use super::*; use crate::fixtures as f; }",
        );
        assert_eq!(
            found,
            [
                "crate::b in a",
                "crate::b::C in a",
                "crate::d in a",
                "super::e::T in a",
                "crate::g::h in a",
                "super in a::tests",
                "crate::fixtures in a::tests",
            ]
        );
    }
}
