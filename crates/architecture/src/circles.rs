//! Import circles: at every folder of a crate, its child modules must import each other
//! one way only. An import from `a::b::x` to `a::c::y` is an arrow from `a::b` to `a::c`
//! among the children of `a`; a child using its own parent (`super::Thing` defined in a
//! `mod.rs`) is not an arrow between siblings.

use std::collections::{BTreeMap, BTreeSet};

use crate::graph::{Edge, Target};
use crate::tree::module_name;

/// Each circle among sibling modules, said as the modules in it and one import for each
/// arrow of it.
pub fn circles(edges: &[Edge]) -> Vec<String> {
    // arrow (from child, to child) → the first import that makes it
    let mut arrows: BTreeMap<(Vec<String>, Vec<String>), &Edge> = BTreeMap::new();
    for edge in edges {
        let Target::Module(to) = &edge.to else {
            continue;
        };
        let shared = edge.from.iter().zip(to).take_while(|(a, b)| a == b).count();
        if shared == to.len() || shared == edge.from.len() {
            continue; // to one's own parent or child
        }
        arrows
            .entry((edge.from[..=shared].to_vec(), to[..=shared].to_vec()))
            .or_insert(edge);
    }
    let nodes: BTreeSet<&Vec<String>> = arrows.keys().flat_map(|(a, b)| [a, b]).collect();
    let mut problems = Vec::new();
    for component in strongly_connected(&nodes, &arrows) {
        if component.len() < 2 {
            continue;
        }
        let names: Vec<String> = component.iter().map(|m| module_name(m)).collect();
        let mut lines = vec![format!("circle between {}:", names.join(", "))];
        for ((a, b), edge) in &arrows {
            if component.contains(a) && component.contains(b) {
                lines.push(format!(
                    "  {} → {} ({})",
                    module_name(a),
                    module_name(b),
                    edge.place()
                ));
            }
        }
        problems.push(lines.join("\n"));
    }
    problems
}

/// Tarjan's strongly connected components of the arrows' graph.
fn strongly_connected<'a>(
    nodes: &BTreeSet<&'a Vec<String>>,
    arrows: &BTreeMap<(Vec<String>, Vec<String>), &Edge>,
) -> Vec<BTreeSet<&'a Vec<String>>> {
    struct State<'a> {
        index: BTreeMap<&'a Vec<String>, usize>,
        low: BTreeMap<&'a Vec<String>, usize>,
        stack: Vec<&'a Vec<String>>,
        on_stack: BTreeSet<&'a Vec<String>>,
        found: Vec<BTreeSet<&'a Vec<String>>>,
    }
    fn visit<'a>(
        node: &'a Vec<String>,
        nodes: &BTreeSet<&'a Vec<String>>,
        arrows: &BTreeMap<(Vec<String>, Vec<String>), &Edge>,
        s: &mut State<'a>,
    ) {
        let i = s.index.len();
        s.index.insert(node, i);
        s.low.insert(node, i);
        s.stack.push(node);
        s.on_stack.insert(node);
        for next in nodes
            .iter()
            .copied()
            .filter(|n| arrows.contains_key(&(node.clone(), (*n).clone())))
        {
            if !s.index.contains_key(next) {
                visit(next, nodes, arrows, s);
                let low = s.low[node].min(s.low[next]);
                s.low.insert(node, low);
            } else if s.on_stack.contains(next) {
                let low = s.low[node].min(s.index[next]);
                s.low.insert(node, low);
            }
        }
        if s.low[node] == s.index[node] {
            let mut component = BTreeSet::new();
            while let Some(top) = s.stack.pop() {
                s.on_stack.remove(top);
                component.insert(top);
                if top == node {
                    break;
                }
            }
            s.found.push(component);
        }
    }
    let mut s = State {
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in nodes {
        if !s.index.contains_key(node) {
            visit(node, nodes, arrows, &mut s);
        }
    }
    s.found
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn edge(from: &str, to: &str, line: usize) -> Edge {
        let v = |p: &str| p.split("::").map(str::to_owned).collect();
        Edge {
            from: v(from),
            to: Target::Module(v(to)),
            file: PathBuf::from("f.rs"),
            line,
        }
    }

    #[test]
    fn siblings_that_import_each_other_are_a_circle_at_their_parent() {
        let edges = [
            edge("space::import", "space::setup", 1),
            edge("space::setup::form", "space::import", 2),
            edge("space::diff", "space::import", 3),
            edge("space::import", "space", 4),
            edge("space", "space::import", 5),
        ];
        assert_eq!(
            circles(&edges),
            ["circle between space::import, space::setup:\n  space::import → space::setup (f.rs:1)\n  space::setup → space::import (f.rs:2)"]
        );
    }

    #[test]
    fn a_longer_circle_across_folders_is_found() {
        let edges = [
            edge("ui::chunks::parts", "ui::screens::skill", 1),
            edge("ui::screens::skill", "ui::state::catalog", 2),
            edge("ui::state::catalog", "ui::chunks::parts", 3),
        ];
        let found = circles(&edges);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].starts_with("circle between ui::chunks, ui::screens, ui::state:"),
            "{found:?}"
        );
    }
}
