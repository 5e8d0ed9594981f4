//! Times reading a 5 MB places file in the national format (about 12,000 rows made from
//! the national example), natively. The browser runs the same code in WebAssembly,
//! typically 1.5 to 3 times slower.
//!
//! `cargo run --release --example catalog_load_bench`

use repere_domain::catalog::place::parse_places;
use std::time::Instant;

fn main() {
    let example = include_str!("../../../tests/samples/lieux-exemple-national.csv");
    let (header, row) = example.split_once('\n').expect("a header and a row");
    let row = row.trim_end();
    let mut text = String::from(header);
    text.push('\n');
    let mut n = 0;
    while text.len() < 5 * 1024 * 1024 {
        n += 1;
        text.push_str(&row.replacen("structure-1", &format!("structure-{n}"), 1));
        text.push('\n');
    }
    let mut best = f64::MAX;
    for _ in 0..5 {
        let started = Instant::now();
        let mut problems = Vec::new();
        let places = parse_places(&text, &mut problems);
        best = best.min(started.elapsed().as_secs_f64());
        assert_eq!(places.len(), n);
    }
    println!(
        "places file of {:.1} MB, {n} rows: read natively in {:.0} ms (best of 5)",
        text.len() as f64 / (1024.0 * 1024.0),
        best * 1000.0
    );
}
