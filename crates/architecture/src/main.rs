//! Prints the import graph between the layers of each crate of the workspace: for each
//! pair of layers, how many files of the first import the second (`cargo run -p
//! repere-architecture`). An arrow up the layers or a circle is what the tests refuse.

use std::collections::BTreeMap;
use std::fs;

use repere_architecture::graph::{import_graph, workspace_crates};
use repere_architecture::layers::declared_layers;
use repere_architecture::{circles, layers, workspace_root};

fn main() {
    let root = workspace_root();
    let doc = fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let declared = declared_layers(&doc).unwrap_or_default();
    for krate in workspace_crates(&root) {
        let (files, edges) = import_graph(&krate).expect("the sources parse");
        println!(
            "{} ({} files, {} imports between modules)",
            krate.name,
            files.len(),
            edges.len()
        );
        let Some(layers) = declared.iter().find(|l| l.crate_name == krate.name) else {
            println!("  no layers declared in ARCHITECTURE.md");
            continue;
        };
        let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
        for edge in &edges {
            let from = repere_architecture::graph::Target::Module(edge.from.clone());
            let name = |t| {
                layers
                    .layer_of(t)
                    .map_or("?".to_owned(), |(_, n)| n.to_owned())
            };
            let (a, b) = (name(&from), name(&edge.to));
            if a != b {
                *counts.entry((a, b)).or_default() += 1;
            }
        }
        for ((a, b), n) in counts {
            println!("  {a:<20} → {b:<20} {n}");
        }
        let problems: Vec<String> = layers::upward_imports(layers, &edges)
            .into_iter()
            .chain(circles::circles(&edges))
            .collect();
        println!("  {} upward imports or circles", problems.len());
        for p in problems {
            println!("  {p}");
        }
    }
}
