//! The long reliability run of every decoder of outside input (the structure's space's
//! import of a national export among them): saved progress, the
//! configuration, the hand-off code, the four catalog files, the data·inclusion
//! export (services and structures), the set installed on a device, the PIN's hash,
//! opening hours and the address's parameters. Each gets valid documents (from the shipped files and random
//! journeys), their truncations, byte flips, insertions, deletions and duplications, and
//! random text, and must never panic. Prints, per decoder: cases, panics (must be 0),
//! inputs accepted and refused. Exits with an error if anything panicked.
//!
//! `scripts/reliability.sh [cases per decoder, 100000 by default]`
//!
//! Built with the `reliability` profile (the release one, but unwinding), so that a
//! panic is counted instead of ending the run. The test suite runs shorter property
//! tests of the same decoders on every build.

use repere_domain::catalog::opening_hours::OpeningHours;
use repere_domain::catalog::{Catalog, CatalogFiles, PARTNERS_FILE};
use repere_domain::codes::handoff::{decode, encode};
use repere_domain::codes::saved_progress::{load, SavedProgress};
use repere_domain::journey::answers::Answers;
use repere_domain::journey::plan::planned_items;
use repere_domain::questionnaire::skill::SkillAnswer;
use repere_domain::questionnaire::Questionnaire;
use repere_domain::site::address::{code_in_fragment, requested_mode};
use repere_domain::site::config::parse_config;
use repere_domain::site::installed::InstalledSet;
use repere_domain::site::pin::PinHash;
use repere_domain::space::commune::ChosenCommune;
use repere_domain::space::partners::import::{import_partners, Export};
use repere_domain::space::places::import::import_places;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

/// A small deterministic generator (xorshift64*): the same run every time.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Bytes that matter to the formats read: JSON, CSV, the code's alphabet, opening hours.
const INTERESTING: &[u8] =
    b"{}[]\",:;|\n\r\t\\ -0123456789.eE+ABCDEFGHJKMNPQRSTVWXYZabcdefMoTuWeThFrSaSu\x00\xff\xc3\xa9";

/// One mutation of a valid document.
fn mutate(rng: &mut Rng, valid: &str) -> String {
    let mut bytes = valid.as_bytes().to_vec();
    let at = rng.below(bytes.len() + 1);
    match rng.below(8) {
        0 => bytes.truncate(at),
        1 if !bytes.is_empty() => {
            let i = rng.below(bytes.len());
            bytes[i] ^= 1 << rng.below(8);
        }
        2 => bytes.insert(at, *rng.pick(INTERESTING)),
        3 if !bytes.is_empty() => {
            let i = rng.below(bytes.len());
            bytes[i] = *rng.pick(INTERESTING);
        }
        4 => {
            let end = (at + rng.below(64)).min(bytes.len());
            bytes.drain(at..end);
        }
        5 => {
            let end = (at + rng.below(64)).min(bytes.len());
            let copy = bytes[at..end].to_vec();
            bytes.splice(at..at, copy);
        }
        6 => {
            // Several changes at once.
            let mut text = String::from_utf8_lossy(&bytes).into_owned();
            for _ in 0..1 + rng.below(6) {
                text = mutate(rng, &text);
            }
            return text;
        }
        _ => {
            // Random text of the format's own characters.
            bytes = (0..rng.below(200))
                .map(|_| *rng.pick(INTERESTING))
                .collect();
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A random finished journey's answers.
fn random_answers(rng: &mut Rng, q: &Questionnaire) -> Answers {
    let mut answers = Answers::default();
    for need in q.needs() {
        if rng.below(3) == 0 {
            answers.needs.insert(need.id.clone());
        }
    }
    for question in q.situation() {
        if rng.below(5) > 0 {
            let option = rng.pick(&question.options).clone();
            answers
                .situation
                .insert(question.id.clone(), [option].into());
        }
    }
    while let Some(item) = planned_items(q, &answers)
        .into_iter()
        .find(|i| answers.skill(&i.id).is_none())
    {
        let id = item.id.clone();
        answers.skills.insert(id, *rng.pick(&SkillAnswer::ALL));
    }
    answers
}

struct Tally {
    cases: usize,
    panics: usize,
    accepted: usize,
    first_panic: Option<String>,
}

/// Runs `decoder` on `cases` inputs made from `valid` documents; `decoder` says whether
/// it accepted the input.
fn run(
    name: &str,
    cases: usize,
    rng: &mut Rng,
    valid: &[String],
    decoder: &dyn Fn(&str) -> bool,
) -> Tally {
    let started = Instant::now();
    let mut tally = Tally {
        cases: 0,
        panics: 0,
        accepted: 0,
        first_panic: None,
    };
    for case in 0..cases {
        // One in ten inputs is a valid document as it is.
        let seed: &String = rng.pick(valid);
        let input = if case % 10 == 0 {
            seed.clone()
        } else {
            mutate(rng, seed)
        };
        tally.cases += 1;
        match catch_unwind(AssertUnwindSafe(|| decoder(&input))) {
            Ok(true) => tally.accepted += 1,
            Ok(false) => {}
            Err(_) => {
                tally.panics += 1;
                tally.first_panic.get_or_insert(input);
            }
        }
    }
    println!(
        "{name:<22} {:>8} {:>7} {:>9} {:>8} {:>7.1} s",
        tally.cases,
        tally.panics,
        tally.accepted,
        tally.cases - tally.accepted,
        started.elapsed().as_secs_f64()
    );
    tally
}

fn main() {
    let cases: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    // Panics are counted, not printed one by one; this build must unwind to count them.
    std::panic::set_hook(Box::new(|_| {}));
    assert!(
        catch_unwind(|| panic!("probe")).is_err(),
        "build with --profile reliability"
    );
    let q = repere_domain::content::questionnaire();
    let mut rng = Rng(0x5eed_1234_abcd_ef01);

    let journeys: Vec<Answers> = (0..200).map(|_| random_answers(&mut rng, &q)).collect();
    let codes: Vec<String> = journeys.iter().map(|a| encode(&q, a)).collect();
    let mut progress: Vec<String> = codes
        .iter()
        .filter_map(|code| decode(&q, code).ok())
        .map(|journey| SavedProgress::new(journey, 1.796e12, 1.796e12 + 60_000.0).encode())
        .collect();
    progress.push(include_str!("../../../tests/samples/progress-v1.json").to_owned());
    let config = vec![include_str!("../../../public/config.json").to_owned()];
    let places = vec![
        include_str!("../../../public/catalog/lieux.csv").to_owned(),
        include_str!("../../../tests/samples/lieux-exemple-national.csv").to_owned(),
    ];
    let workshops = vec![include_str!("../../../public/catalog/ateliers.json").to_owned()];
    let exports = vec![
        include_str!("../../../tests/samples/lieux-79-export.csv").to_owned(),
        include_str!("../../../tests/samples/lieux-79-export.json").to_owned(),
    ];
    let partners = vec![include_str!("../../../public/catalog/partenaires.json").to_owned()];
    let territory = vec![include_str!("../../../public/catalog/territoire.json").to_owned()];
    let di_services = vec![include_str!(
        "../../../tests/samples/data-inclusion/services-inclusion-2026-11-30.csv"
    )
    .to_owned()];
    let di_structures = vec![include_str!(
        "../../../tests/samples/data-inclusion/structures-inclusion-2026-11-30.json"
    )
    .to_owned()];
    let installed = vec![InstalledSet::new(
        "2026-12-05T19:30",
        [
            ("config.json", include_str!("../../../public/config.json")),
            (
                "catalog/lieux.csv",
                include_str!("../../../public/catalog/lieux.csv"),
            ),
        ],
    )
    .to_text()];
    let pins = vec![
        "pbkdf2-sha256$600000$00112233445566778899aabbccddeeff$0011223344556677889900112233445566778899001122334455667788990011".to_owned(),
        "03ac674216f3e15c761ee1a5e255f067953623c8b388b4459e13f978d7c846f4".to_owned(),
    ];
    let gatine: Vec<ChosenCommune> = [
        ("79202", "Parthenay", "79200"),
        ("79311", "Secondigny", "79130"),
    ]
    .iter()
    .map(|(code, name, postcode)| ChosenCommune {
        code: (*code).into(),
        name: (*name).into(),
        postcodes: vec![(*postcode).into()],
        position: None,
    })
    .collect();
    let hours: Vec<String> = [
        "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00",
        "Tu 14:00-16:00",
        "Mo,We,Fr 09:00-12:30; PH off",
        "24/7",
        "Mo-Sa 10:00-19:00; Su off",
    ]
    .map(str::to_owned)
    .to_vec();
    let addresses: Vec<String> = codes
        .iter()
        .take(50)
        .map(|c| format!("?mode=conseiller#code={c}"))
        .chain(["?mode=borne".to_owned(), "?mode=personne&x=1".to_owned()])
        .collect();

    let at = 1.796e12 + 120_000.0;
    let catalog_of = |files: CatalogFiles| Catalog::load(&files);
    println!(
        "{:<22} {:>8} {:>7} {:>9} {:>8} {:>9}",
        "decoder", "cases", "panics", "accepted", "refused", "time"
    );
    let tallies = [
        run("saved progress", cases, &mut rng, &progress, &|t| {
            load(Some(t), at, 24.0 * 3_600_000.0, &q).progress.is_some()
        }),
        run("configuration", cases, &mut rng, &config, &|t| {
            parse_config(t, &["fr", "en"]).problems.is_empty()
        }),
        run("hand-off code", cases, &mut rng, &codes, &|t| {
            decode(&q, t).is_ok()
        }),
        run("places (lieux.csv)", cases, &mut rng, &places, &|t| {
            !catalog_of(CatalogFiles {
                places: Some(t.to_owned()),
                ..CatalogFiles::default()
            })
            .places
            .is_empty()
        }),
        run("workshops (json)", cases, &mut rng, &workshops, &|t| {
            !catalog_of(CatalogFiles {
                workshops: Some(t.to_owned()),
                ..CatalogFiles::default()
            })
            .workshops
            .is_empty()
        }),
        run("partners (json)", cases, &mut rng, &partners, &|t| {
            catalog_of(CatalogFiles {
                partners: Some(t.to_owned()),
                ..CatalogFiles::default()
            })
            .problems
            .iter()
            .all(|p| !p.serious || p.file != PARTNERS_FILE)
        }),
        run("territory (json)", cases, &mut rng, &territory, &|t| {
            !catalog_of(CatalogFiles {
                territory: Some(t.to_owned()),
                ..CatalogFiles::default()
            })
            .territory
            .communes
            .is_empty()
        }),
        run(
            "national export (space import)",
            cases,
            &mut rng,
            &exports,
            &|t| import_places(t.as_bytes(), &gatine, None).is_ok_and(|i| !i.places.is_empty()),
        ),
        run(
            "data·inclusion services",
            cases,
            &mut rng,
            &di_services,
            &|t| {
                import_partners(
                    Export {
                        services: Some(t.as_bytes()),
                        structures: Some(di_structures[0].as_bytes()),
                    },
                    &gatine,
                    None,
                    &[],
                    &[],
                )
                .is_ok_and(|i| !i.entries.is_empty())
            },
        ),
        run(
            "data·inclusion structures",
            cases,
            &mut rng,
            &di_structures,
            &|t| {
                import_partners(
                    Export {
                        services: Some(di_services[0].as_bytes()),
                        structures: Some(t.as_bytes()),
                    },
                    &gatine,
                    None,
                    &[],
                    &[],
                )
                .is_ok_and(|i| !i.entries.is_empty())
            },
        ),
        run("installed set", cases, &mut rng, &installed, &|t| {
            InstalledSet::parse(t).is_ok()
        }),
        run("PIN hash", cases, &mut rng, &pins, &|t| {
            PinHash::parse(t).is_some()
        }),
        run("opening hours", cases, &mut rng, &hours, &|t| {
            OpeningHours::parse(t).is_some()
        }),
        run("address parameters", cases, &mut rng, &addresses, &|t| {
            let (query, fragment) = t.split_once('#').unwrap_or((t, ""));
            let mode = requested_mode(query.trim_start_matches('?'));
            let code = code_in_fragment(fragment);
            mode.is_some() || code.is_some_and(|c| decode(&q, c).is_ok())
        }),
    ];
    let panics: usize = tallies.iter().map(|t| t.panics).sum();
    for tally in tallies.iter().filter(|t| t.panics > 0) {
        eprintln!("panicked on: {:?}", tally.first_panic);
    }
    if panics > 0 {
        eprintln!("{panics} panics");
        std::process::exit(1);
    }
    println!(
        "no panic in {} cases",
        tallies.iter().map(|t| t.cases).sum::<usize>()
    );
}
