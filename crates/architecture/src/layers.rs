//! The layers of each crate, as `ARCHITECTURE.md` declares them, and the imports that go
//! against them.
//!
//! The declaration is the fenced block tagged `layers`, one line per crate, its layers
//! from the top down: `repere-domain: space → figures | results → journey`. A layer is a
//! module path; a module belongs to the longest layer its path starts with. An arrow
//! reads "may import"; layers joined by `|` stand side by side (they may import each
//! other one way, never both: the circles check sees to that).

use crate::graph::{Edge, Target};
use crate::tree::module_name;

/// One crate's layers, top first; the layers of one rank side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layers {
    pub crate_name: String,
    pub ranks: Vec<Vec<String>>,
}

impl Layers {
    /// The rank and name of the layer a module belongs to.
    pub fn layer_of(&self, target: &Target) -> Option<(usize, &str)> {
        let name = target.name();
        let mut best: Option<(usize, &str)> = None;
        for (rank, layers) in self.ranks.iter().enumerate() {
            for layer in layers {
                let within = name == *layer || name.starts_with(&format!("{layer}::"));
                if within && best.is_none_or(|(_, b)| layer.len() > b.len()) {
                    best = Some((rank, layer));
                }
            }
        }
        best
    }

    /// Every layer's name.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.ranks.iter().flatten().map(String::as_str)
    }
}

/// Reads the `layers` block of `ARCHITECTURE.md`.
pub fn declared_layers(architecture_md: &str) -> Result<Vec<Layers>, String> {
    let start = architecture_md
        .find("```layers")
        .ok_or("ARCHITECTURE.md has no ```layers block")?;
    let body = &architecture_md[start..];
    let body = &body[body.find('\n').unwrap_or(body.len())..];
    let end = body
        .find("```")
        .ok_or("the ```layers block is not closed")?;
    let mut all = Vec::new();
    for line in body[..end].lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (crate_name, list) = line.split_once(':').ok_or_else(|| {
            format!("layers: `{line}` does not start with a crate's name and a colon")
        })?;
        let ranks = list
            .split('→')
            .map(|rank| rank.split('|').map(|l| l.trim().to_owned()).collect())
            .collect();
        all.push(Layers {
            crate_name: crate_name.trim().to_owned(),
            ranks,
        });
    }
    Ok(all)
}

/// The imports of one crate that go against its layers, each said in a line that names
/// the file, the line and the rule.
pub fn upward_imports(layers: &Layers, edges: &[Edge]) -> Vec<String> {
    let mut problems = Vec::new();
    for edge in edges {
        let from = Target::Module(edge.from.clone());
        if edge.from.is_empty() {
            continue; // the crate root declares the top modules
        }
        let Some((from_rank, from_layer)) = layers.layer_of(&from) else {
            problems.push(format!(
                "{}: module `{}` is in no layer of {}",
                edge.place(),
                module_name(&edge.from),
                layers.crate_name
            ));
            continue;
        };
        let Some((to_rank, to_layer)) = layers.layer_of(&edge.to) else {
            if edge.to != Target::Module(Vec::new()) {
                problems.push(format!(
                    "{}: `{}` imports `{}`, which is in no layer of {}",
                    edge.place(),
                    module_name(&edge.from),
                    edge.to.name(),
                    layers.crate_name
                ));
            }
            continue;
        };
        if to_rank < from_rank {
            problems.push(format!(
                "{}: `{}` (layer {from_layer}) imports `{}` (layer {to_layer}), which is above it",
                edge.place(),
                module_name(&edge.from),
                edge.to.name(),
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    const DOC: &str = "# Architecture\n\n```layers\nrepere: ui → ui::shell → ui::screens | ui::widgets → domain\n```\n";

    fn edge(from: &str, to: Target) -> Edge {
        Edge {
            from: from.split("::").map(str::to_owned).collect(),
            to,
            file: PathBuf::from("src/x.rs"),
            line: 3,
        }
    }

    fn module(path: &str) -> Target {
        Target::Module(path.split("::").map(str::to_owned).collect())
    }

    #[test]
    fn the_block_is_read_top_first_with_side_by_side_layers() {
        let layers = declared_layers(DOC).unwrap();
        assert_eq!(layers.len(), 1);
        assert_eq!(layers[0].crate_name, "repere");
        assert_eq!(layers[0].ranks[2], ["ui::screens", "ui::widgets"]);
        assert_eq!(
            layers[0].layer_of(&module("ui::screens::results::card")),
            Some((2, "ui::screens"))
        );
        assert_eq!(layers[0].layer_of(&module("ui")), Some((0, "ui")));
        assert_eq!(
            layers[0].layer_of(&Target::Extern("domain".into())),
            Some((3, "domain"))
        );
    }

    #[test]
    fn an_import_up_the_layers_is_named_with_its_place() {
        let layers = &declared_layers(DOC).unwrap()[0];
        let down = edge("ui::shell", module("ui::screens::welcome"));
        let side = edge("ui::screens::a", module("ui::widgets::b"));
        let up = edge("ui::widgets::b", module("ui::shell"));
        let nowhere = edge("platform::x", Target::Extern("domain".into()));
        let found = upward_imports(layers, &[down, side, up, nowhere]);
        assert_eq!(
            found,
            [
                "src/x.rs:3: `ui::widgets::b` (layer ui::widgets) imports `ui::shell` (layer ui::shell), which is above it",
                "src/x.rs:3: module `platform::x` is in no layer of repere",
            ]
        );
    }
}
