//! The import of data·inclusion on files shaped like the real export
//! (`tests/samples/data-inclusion/`: services as CSV with the list forms the exports
//! use, structures as JSON), written from the schema v1 and its lists of values. The
//! names follow real patterns; addresses, phones and SIRET are placeholders, not facts.

use super::diff::partners_diff;
use super::entry::PlaceKey;
use super::import::{import_partners, Export, PartnersImport};
use super::record::{list_cell, read_rows};
use crate::catalog::partner::{built_in_partners, parse_partners};
use crate::space::commune::ChosenCommune;
use crate::space::places::import::import_places;
use serde_json::{json, Value};

const SERVICES: &[u8] =
    include_bytes!("../../../../../tests/samples/data-inclusion/services-inclusion-2026-11-30.csv");
const STRUCTURES: &[u8] = include_bytes!(
    "../../../../../tests/samples/data-inclusion/structures-inclusion-2026-11-30.json"
);
const PLACES: &[u8] = include_bytes!("../../../../../tests/samples/lieux-79-export.csv");

fn gatine() -> Vec<ChosenCommune> {
    crate::space::commune::communes(&[
        ("79202", "Parthenay", "79200"),
        ("79080", "Châtillon-sur-Thouet", "79200"),
        ("79213", "Pompaire", "79200"),
        ("79311", "Secondigny", "79130"),
        ("79326", "Thénezay", "79390"),
    ])
}

fn import() -> PartnersImport {
    let communes = gatine();
    let places = import_places(PLACES, &communes, None).unwrap();
    import_partners(
        Export {
            services: Some(SERVICES),
            structures: Some(STRUCTURES),
        },
        &communes,
        None,
        &PlaceKey::of(&places),
        &built_in_partners(),
    )
    .unwrap()
}

fn named<'a>(import: &'a PartnersImport, name: &str) -> &'a Value {
    import
        .entries
        .iter()
        .find(|e| e["nom"] == name)
        .unwrap_or_else(|| panic!("{name} not in {:#?}", names(import)))
}

fn names(import: &PartnersImport) -> Vec<&str> {
    import
        .entries
        .iter()
        .map(|e| e["nom"].as_str().unwrap())
        .collect()
}

fn said(import: &PartnersImport) -> String {
    import
        .problems
        .iter()
        .map(|p| format!("{} {:?} {:?} {}", p.file, p.line, p.field, p.detail))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn keeps_the_territorys_desks_that_matter_and_says_what_it_set_aside() {
    let import = import();
    assert_eq!(
        names(&import),
        [
            "Assurance maladie, accueil de Parthenay",
            "CAF des Deux-Sèvres, accueil de Parthenay",
            "CCAS de Secondigny",
            "France services Parthenay-Gâtine",
            "France Travail Parthenay",
            "Mission locale de la Gâtine",
            "Permanence numérique de Pompaire",
            "Solidarité Numérique",
        ],
        "{}",
        said(&import)
    );
    assert_eq!(import.services_read, 13);
    assert_eq!(import.structures_read, 13);
    // Niort in person, Bressuire: other territories. The football club: another topic.
    assert_eq!(import.outside, 2, "{}", said(&import));
    assert_eq!(import.off_topic, 1);
    // The EPN is one of the places (same SIRET): shown once, as a place; France
    // services is tied to its place.
    assert_eq!(import.same_as_place, 2);
    let text = said(&import);
    for expected in [
        "« Espace numérique de Parthenay » est déjà parmi vos lieux (« cnfs-parthenay-epn »)",
        "« France services Parthenay-Gâtine » est aussi parmi vos lieux (« fs-parthenay »)",
        "la structure « ccas-secondigny » est déjà plus haut",
        "« MISSION LOCALE GATINE » a le même SIRET que la structure « ml-gatine »",
        "le service « caf-parthenay-demarches » est déjà plus haut",
        "sa structure « inconnue-42 » n'est pas dans le fichier des structures",
        "« gratuit-sous-conditions » n'est pas une valeur de data·inclusion",
        "« retraites » n'est pas une valeur de data·inclusion",
        "« sur-place » n'est pas une valeur de data·inclusion",
        "« le matin » n'est pas compris",
        "« pas de numéro » n'est pas un numéro",
        "« ccas secondigny@exemple » n'est pas une adresse e-mail",
        "« www.mission-locale-exemple.fr » n'est pas un lien http(s)",
        "ce n'est pas un objet",
    ] {
        assert!(text.contains(expected), "{expected} not in\n{text}");
    }
}

#[test]
fn a_desk_keeps_what_a_resident_needs_and_borrows_the_national_partners_demarches() {
    let import = import();
    let caf = named(&import, "CAF des Deux-Sèvres, accueil de Parthenay");
    assert_eq!(caf["organisme"], "caf");
    assert_eq!(caf["reseau"], "caf");
    assert_eq!(caf["adresse"], "12 rue de l'Exemple");
    assert_eq!(caf["commune"], "Parthenay");
    assert_eq!(caf["horaires"], "Mo-Fr 08:30-12:00; Tu,Th 13:30-16:30");
    assert_eq!(
        caf["modes_mobilisation"],
        json!(["se-presenter", "telephoner"])
    );
    assert_eq!(caf["frais"], "gratuit");
    assert_eq!(caf["modes_accueil"], json!(["en-presentiel"]));
    assert_eq!(caf["demarches_qui_reviennent"], true);
    let demarches = caf["demarches"].as_array().unwrap();
    assert!(demarches.contains(&json!("RSA")), "{demarches:?}");
    assert!(demarches.contains(&json!("Accompagnement aux démarches CAF")));
    assert!(caf["source"]
        .as_str()
        .unwrap()
        .starts_with("data·inclusion (dora)"));
    let cpam = named(&import, "Assurance maladie, accueil de Parthenay");
    assert_eq!(cpam["organisme"], "health");
    assert_eq!(cpam["telephone"], "3646");
    assert_eq!(
        cpam["prise_rdv"],
        "https://www.ameli.fr/rendez-vous-exemple"
    );
    let ml = named(&import, "Mission locale de la Gâtine");
    assert_eq!(ml["besoins"], json!(["job"]));
    assert_eq!(ml["publics"], json!(["jeunes"]));
    assert_eq!(
        ml["modes_mobilisation"],
        json!(["telephoner", "envoyer-un-courriel"])
    );
    let remote = named(&import, "Solidarité Numérique");
    assert_eq!(remote["modes_accueil"], json!(["a-distance"]));
    // Written in capitals in the export, shown as residents read it.
    assert_eq!(
        named(&import, "CCAS de Secondigny")["commune"],
        "Secondigny"
    );
    let fs = named(&import, "France services Parthenay-Gâtine");
    assert_eq!(fs["lieu"], "fs-parthenay");
}

#[test]
fn the_entries_read_back_as_partners_without_a_problem() {
    let import = import();
    let text = json!({ "partenaires": import.entries }).to_string();
    let mut problems = Vec::new();
    let partners = parse_partners(&text, &mut problems);
    assert_eq!(partners.len(), import.entries.len());
    // Only the hours the import already said it could not understand (shown as written).
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0]
            .detail
            .contains("« le matin » n'est pas compris")
            && !problems[0].serious
    );
    let caf = partners.iter().find(|p| p.organisme == "caf").unwrap();
    assert!(caf.is_local());
    assert!(caf.desk.opening_hours.is_some());
    assert_eq!(
        caf.desk.address_line(),
        "12 rue de l'Exemple, 79200 Parthenay"
    );
}

#[test]
fn the_same_export_as_json_or_csv_gives_the_same_partners() {
    let rows = read_rows(SERVICES, |_| true).unwrap();
    let as_json: Vec<Value> = rows
        .kept
        .iter()
        .map(|r| {
            let mut o = serde_json::Map::new();
            for (k, v) in &r.fields {
                let list = [
                    "thematiques",
                    "publics",
                    "modes_accueil",
                    "zone_eligibilite",
                    "modes_mobilisation",
                    "mobilisable_par",
                ];
                let value = if list.contains(&k.as_str()) {
                    if v.is_empty() {
                        Value::Null
                    } else {
                        json!(list_cell(v))
                    }
                } else if v.is_empty() {
                    Value::Null
                } else {
                    json!(v)
                };
                o.insert(k.clone(), value);
            }
            Value::Object(o)
        })
        .collect();
    let json_text = serde_json::to_string(&as_json).unwrap();
    let communes = gatine();
    let from_json = import_partners(
        Export {
            services: Some(json_text.as_bytes()),
            structures: Some(STRUCTURES),
        },
        &communes,
        None,
        &[],
        &built_in_partners(),
    )
    .unwrap();
    let from_csv = import_partners(
        Export {
            services: Some(SERVICES),
            structures: Some(STRUCTURES),
        },
        &communes,
        None,
        &[],
        &built_in_partners(),
    )
    .unwrap();
    assert_eq!(from_json.entries, from_csv.entries);
}

#[test]
fn list_cells_are_read_whichever_way_the_export_wrote_them() {
    for written in [
        "a|b",
        "a,b",
        "[\"a\", \"b\"]",
        "['a', 'b']",
        "{a,b}",
        " a ; b ",
    ] {
        assert_eq!(list_cell(written), ["a", "b"], "{written}");
    }
    assert!(list_cell("").is_empty());
    assert!(list_cell("[]").is_empty());
}

#[test]
fn a_file_that_is_not_an_export_is_refused_in_plain_words() {
    let communes = gatine();
    let refuse = |services: &[u8]| {
        import_partners(
            Export {
                services: Some(services),
                structures: None,
            },
            &communes,
            None,
            &[],
            &[],
        )
        .unwrap_err()
    };
    assert!(refuse(b"nom;adresse\nx;y\n").contains("la colonne « id »"));
    assert!(refuse(b"").contains("vide"));
    assert!(refuse(b"[{\"id\": 1,").contains("abîmé"));
    assert!(import_partners(Export::default(), &communes, None, &[], &[]).is_err());
}

#[test]
fn a_new_import_says_who_comes_who_goes_and_what_changed() {
    let older = import().entries;
    let mut newer = older.clone();
    newer.retain(|e| e["nom"] != "CCAS de Secondigny");
    newer[0]["horaires"] = json!("Mo 09:00-12:00");
    newer.push(
        json!({"id": "di-new", "nom": "Nouvelle permanence", "source": "data·inclusion (dora)"}),
    );
    let mut typed = older.clone();
    typed.push(json!({"id": "typed", "nom": "Tapé à la main"}));
    let diff = partners_diff(&typed, &newer);
    assert_eq!(diff.added, ["Nouvelle permanence"]);
    assert_eq!(diff.removed, ["CCAS de Secondigny"]);
    assert_eq!(
        diff.changed,
        [(
            newer[0]["nom"].as_str().unwrap().to_owned(),
            "horaires".to_owned()
        )]
    );
}

#[test]
fn the_two_files_are_told_apart_by_name_or_by_content() {
    let files = vec![
        (
            "structures-inclusion-2026-11-30.json".to_owned(),
            STRUCTURES.to_vec(),
        ),
        ("export.csv".to_owned(), SERVICES.to_vec()),
    ];
    let export = Export::sort(&files);
    assert_eq!(export.services, Some(SERVICES));
    assert_eq!(export.structures, Some(STRUCTURES));
}

#[test]
fn the_national_partners_stay_the_fallback_of_a_demarche_the_territory_has_no_one_for() {
    use crate::catalog::{Catalog, CatalogFiles};
    // A file with only a local CAF desk: the CAF démarche goes to it, the others to
    // the national partners.
    let local = import()
        .entries
        .into_iter()
        .filter(|e| e["organisme"] == "caf")
        .collect::<Vec<_>>();
    let catalog = Catalog::load(&CatalogFiles {
        partners: Some(json!({ "partenaires": local }).to_string()),
        ..CatalogFiles::default()
    });
    let of = |organisme: &str| {
        catalog
            .partners
            .iter()
            .filter(|p| p.organisme == organisme)
            .collect::<Vec<_>>()
    };
    assert_eq!(of("caf").len(), 1);
    assert!(of("caf")[0].is_local());
    for organisme in [
        "health",
        "france-travail",
        "taxes",
        "id-papers",
        "retirement",
    ] {
        assert!(!of(organisme).is_empty(), "{organisme}");
    }
}

#[test]
fn a_desk_without_a_number_of_its_own_gives_its_organismes_national_line() {
    let import = import();
    let caf = named(&import, "CAF des Deux-Sèvres, accueil de Parthenay");
    assert_eq!(caf["telephone"], "3230");
    // A desk with a number keeps its own.
    assert_eq!(
        named(&import, "Mission locale de la Gâtine")["telephone"],
        "05 49 00 00 41"
    );
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use crate::site::installed::InstalledSet;
    use crate::site::pin::PinHash;
    use proptest::prelude::*;

    /// A sample cut at `at` and `junk` put in: what a broken download looks like.
    fn broken(sample: &[u8], at: usize, junk: &str) -> Vec<u8> {
        let at = at % (sample.len() + 1);
        let mut bytes = sample[..at].to_vec();
        bytes.extend_from_slice(junk.as_bytes());
        bytes.extend_from_slice(&sample[at..]);
        bytes
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// Any damage to either file gives partners or a refusal in plain words, never a
        /// panic (`scripts/reliability.sh` runs 100,000 of each).
        #[test]
        fn a_damaged_export_never_panics(at in 0usize..4000, junk in "[\\[\\]{}\",;|\\n'a-z0-9]{0,8}", which in 0..2) {
            let communes = gatine();
            let (services, structures) = if which == 0 {
                (broken(SERVICES, at, &junk), STRUCTURES.to_vec())
            } else {
                (SERVICES.to_vec(), broken(STRUCTURES, at, &junk))
            };
            let _ = import_partners(
                Export { services: Some(&services), structures: Some(&structures) },
                &communes,
                None,
                &[],
                &built_in_partners(),
            );
        }

        #[test]
        fn any_stored_set_or_pin_hash_is_read_or_refused(text in ".{0,200}") {
            let _ = InstalledSet::parse(&text);
            let _ = PinHash::parse(&text);
        }
    }
}
