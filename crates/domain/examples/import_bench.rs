//! Times the import of a national places file natively, step by step: decoding,
//! parsing the CSV, and the whole import filtered to the CC de Parthenay-Gâtine (from
//! the official list). `scripts/import-bench.mjs` writes the file and times the same in
//! the browser at 4x CPU slowdown.
//!
//! With a services file and a structures file of data·inclusion after them (written by
//! `scripts/partners-import-bench.mjs`), it times their import too.
//!
//! `cargo run --release --example import_bench -- target/tmp/national-20000.csv dist/espace/communes.json [services.csv structures.json]`

use repere_domain::catalog::partner::built_in_partners;
use repere_domain::catalog::read::csv::records;
use repere_domain::space::commune::ChosenCommune;
use repere_domain::space::decode::decode;
use repere_domain::space::official_list::OfficialList;
use repere_domain::space::partners::entry::PlaceKey;
use repere_domain::space::partners::import::{import_partners, Export};
use repere_domain::space::places::import::import_places;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let file = args
        .next()
        .unwrap_or_else(|| "target/tmp/national-20000.csv".into());
    let list_file = args
        .next()
        .unwrap_or_else(|| "dist/espace/communes.json".into());
    let partners_files = args.next().zip(args.next());
    let bytes = std::fs::read(&file).expect("the places file");
    let list =
        OfficialList::parse(&std::fs::read_to_string(&list_file).expect("the official list"))
            .expect("a list");
    let communes: Vec<ChosenCommune> = list
        .communes_of_epci("200041333")
        .into_iter()
        .map(ChosenCommune::from)
        .collect();
    let t = Instant::now();
    let text = decode(&bytes).expect("text").text;
    let decoded = t.elapsed();
    let t = Instant::now();
    let table = records(&text);
    let parsed = t.elapsed();
    let t = Instant::now();
    let _ = repere_domain::catalog::read::csv::records_where(&text, |_| vec![3, 4, 5], |_| false);
    let scanned = t.elapsed();
    let t = Instant::now();
    let import = import_places(&bytes, &communes, Some(&list)).expect("an import");
    let whole = t.elapsed();
    println!(
        "{file}: {} rows, {} kept, {} problems; decode {:.0} ms, CSV records {:.0} ms, scan keeping none {:.0} ms, whole import {:.0} ms (native)",
        table.len() - 1,
        import.places.len(),
        import.problems.len(),
        decoded.as_secs_f64() * 1000.0,
        parsed.as_secs_f64() * 1000.0,
        scanned.as_secs_f64() * 1000.0,
        whole.as_secs_f64() * 1000.0
    );
    if let Some((services, structures)) = partners_files {
        let services_bytes = std::fs::read(&services).expect("the services file");
        let structures_bytes = std::fs::read(&structures).expect("the structures file");
        let t = Instant::now();
        let partners = import_partners(
            Export {
                services: Some(&services_bytes),
                structures: Some(&structures_bytes),
            },
            &communes,
            Some(&list),
            &PlaceKey::of(&import),
            &built_in_partners(),
        )
        .expect("a partners import");
        println!(
            "{services} + {structures}: {} services and {} structures read, {} services kept in {} partners, {} problems; whole import {:.0} ms (native)",
            partners.services_read,
            partners.structures_read,
            partners.services_kept,
            partners.entries.len(),
            partners.problems.len(),
            t.elapsed().as_secs_f64() * 1000.0
        );
    }
}
