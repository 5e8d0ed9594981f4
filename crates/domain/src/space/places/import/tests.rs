//! The import on files shaped like the national export of a département
//! (`tests/samples/lieux-79-export.csv` and its JSON twin): the place names follow real
//! patterns, but the values (phones, SIRET, addresses) are placeholders, not facts.

use super::*;
use crate::space::official_list::sample_list;

const CSV: &[u8] = include_bytes!("../../../../../../tests/samples/lieux-79-export.csv");
const JSON: &[u8] = include_bytes!("../../../../../../tests/samples/lieux-79-export.json");

/// The CC de Parthenay-Gâtine's communes that the samples use.
fn gatine() -> Vec<ChosenCommune> {
    crate::space::commune::communes(&[
        ("79202", "Parthenay", "79200"),
        ("79080", "Châtillon-sur-Thouet", "79200"),
        ("79213", "Pompaire", "79200"),
        ("79311", "Secondigny", "79130"),
        ("79326", "Thénezay", "79390"),
        ("79339", "Vasles", "79340"),
        ("79239", "Saint-Aubin-le-Cloud", "79450"),
    ])
}

fn ids(import: &PlacesImport) -> Vec<&str> {
    import.places.iter().map(|p| p.id.as_str()).collect()
}

fn said(import: &PlacesImport) -> Vec<String> {
    import
        .problems
        .iter()
        .map(|p| format!("{:?} {:?} {}", p.line, p.field, p.detail))
        .collect()
}

#[test]
fn a_departement_export_gives_the_places_of_the_intercommunalite() {
    let import = import_places(CSV, &gatine(), None).unwrap();
    assert_eq!(import.kind, SourceKind::Csv);
    assert_eq!(import.read, 14);
    assert_eq!(
        ids(&import),
        [
            "cnfs-parthenay-epn",
            "fs-parthenay",
            "mediatheque-parthenay",
            "mairie-chatillon",
            "epn-secondigny",
            "ccas-thenezay",
            "asso-vasles"
        ]
    );
    assert_eq!(import.outside, 4, "Niort twice, Bressuire, Thouars");
    let p = &import.places;
    assert_eq!(
        p[1].commune, "Parthenay",
        "the official name, not the capitals"
    );
    assert_eq!(
        p[3].commune, "Châtillon-sur-Thouet",
        "found by its name without accents"
    );
    assert_eq!(p[4].postcode, "79130");
    assert_eq!(p[4].latitude, Some(46.6103), "a decimal comma");
    assert_eq!(
        p[5].name, "=HYPERLINK(\"https://exemple.fr\";\"CCAS de Thénezay\")",
        "text, as written"
    );
    assert_eq!(
        p[0].programmes,
        ["Conseillers numériques"],
        "labels_nationaux read as today's column"
    );
    assert_eq!(
        p[2].services,
        [
            "Accès internet et matériel informatique",
            "Maîtrise des outils numériques du quotidien"
        ]
    );
    assert_eq!(
        import.positions[0],
        Some(((46.6486 + 46.6501) / 2.0, (-0.2466 + -0.2489) / 2.0))
    );
    assert_eq!(
        import.positions[2], None,
        "Pompaire has no place with coordinates"
    );
}

#[test]
fn every_messy_value_is_named_with_the_row_a_spreadsheet_shows() {
    let import = import_places(CSV, &gatine(), None).unwrap();
    let said = said(&import);
    // Row 3 holds a line break inside quotes: the rows after it are still the
    // spreadsheet's (the file's lines would be one more).
    for expected in [
        "None Some(\"courriel\") colonne de l'ancienne version du standard : lue comme « courriels »",
        "Some(4) Some(\"pivot\") « 00000000000000 » est un SIRET par défaut, pas celui du lieu : à compléter",
        "Some(4) Some(\"date_maj\") « 1970-01-01 » est une date par défaut, pas celle de la mise à jour : à compléter",
        "Some(4) Some(\"horaires\") horaires non compris par Repère : ils sont montrés tels quels",
        "Some(6) Some(\"code_postal\") « 79130 CEDEX » : lu comme « 79130 »",
        "Some(8) Some(\"code_postal\") « 793400 » n'est pas un code postal : remplacé par celui de Vasles, 79340",
        "Some(13) None ni commune, ni code postal, ni code INSEE : on ne sait pas où est ce lieu, il est écarté",
        "Some(14) None l'identifiant « fs-parthenay » est déjà pris : ligne ignorée",
        "Some(15) None le champ « id » est vide : ligne ignorée",
    ] {
        assert!(said.iter().any(|s| s == expected), "missing: {expected}\nin: {said:#?}");
    }
    assert!(said.iter().any(|s| s.starts_with("Some(6) Some(\"services\") « Créer et développer mon entreprise » est un libellé de l'ancienne version")));
}

#[test]
fn the_json_export_gives_the_same_places() {
    let csv = import_places(CSV, &gatine(), None).unwrap();
    let json = import_places(JSON, &gatine(), None).unwrap();
    assert_eq!(json.kind, SourceKind::Json);
    assert_eq!(ids(&json), ids(&csv));
    let strip = |p: &Place| Place {
        line: 0,
        ..p.clone()
    };
    assert_eq!(
        json.places.iter().map(strip).collect::<Vec<_>>(),
        csv.places.iter().map(strip).collect::<Vec<_>>()
    );
}

#[test]
fn a_windows_1252_export_is_read_and_said() {
    let text = "id;nom;commune;code_postal\r\nm;Médiathèque;Châtillon-sur-Thouet;79200\r\n";
    let latin1: Vec<u8> = text
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap())
        .collect();
    let import = import_places(&latin1, &gatine(), None).unwrap();
    assert_eq!(import.places[0].name, "Médiathèque");
    assert!(import.encoding_note.is_some());
}

#[test]
fn a_postal_code_shared_with_a_commune_outside_is_not_enough() {
    // 79200 is Parthenay's and Châtillon's, both chosen here, but the list has no other.
    let list = sample_list();
    let only_parthenay: Vec<ChosenCommune> = gatine().into_iter().take(1).collect();
    let csv = "id,nom,commune,code_postal\nx,Lieu,Ailleurs,79200\ny,Autre,,79450\n";
    let import = import_places(csv.as_bytes(), &only_parthenay, Some(&list)).unwrap();
    assert_eq!(
        ids(&import),
        Vec::<&str>::new(),
        "79200 is also Châtillon's, outside"
    );
    let both: Vec<ChosenCommune> = gatine().into_iter().take(2).collect();
    let import = import_places(csv.as_bytes(), &both, Some(&list)).unwrap();
    assert_eq!(ids(&import), ["x"]);
}

#[test]
fn a_place_nobody_can_place_is_listed_and_counted_apart_from_other_territories() {
    let list = sample_list();
    let gatine: Vec<ChosenCommune> = gatine().into_iter().take(1).collect();
    let csv = "id,nom,commune,code_postal\nn,Niort,Niort,79000\nz,Perdu,Ville-Introuvable,99999\np,Parthenay Cedex,PARTHENAY CEDEX,79203\n";
    let import = import_places(csv.as_bytes(), &gatine, Some(&list)).unwrap();
    assert_eq!(ids(&import), ["p"]);
    assert_eq!((import.outside, import.unplaced), (1, 1));
    assert!(
        said(&import)
            .iter()
            .any(|p| p.starts_with("Some(3) None « Ville-Introuvable » (99999)")),
        "{:#?}",
        said(&import)
    );
}

#[test]
fn a_file_that_is_not_an_export_is_refused_in_plain_words() {
    for bytes in [
        &b"name,city\nx,y\n"[..],
        b"PK\x03\x04....",
        b"",
        b"{\"a\": 1}",
        b"[1, 2",
    ] {
        let err = import_places(bytes, &gatine(), None).unwrap_err();
        assert!(err.starts_with("Ce fichier"), "{err}");
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use crate::space::places::file::places_csv;
    use proptest::prelude::*;

    fn cell() -> impl Strategy<Value = String> {
        prop_oneof![
            "[A-Za-zéèàç' ]{0,12}",
            Just("=HYPERLINK(\"x\";\"y\")".to_owned()),
            Just("a;b|c".to_owned()),
            Just("ligne 1\nligne 2".to_owned()),
            Just("il dit \"oui\"".to_owned()),
            Just("+33 5 49 00 00 00".to_owned()),
            Just("-".to_owned()),
        ]
    }

    proptest! {
        /// Export then import gives the same catalog.
        #[test]
        fn exported_places_read_back_as_the_same_catalog(
            rows in proptest::collection::vec((cell(), cell(), 0usize..3, cell()), 0..12)
        ) {
            let communes = gatine();
            let columns: Vec<String> = ["id", "nom", "commune", "code_postal", "code_insee", "presentation_resume"].map(String::from).into();
            let text: String = {
                let mut records = Vec::new();
                for (i, (name, summary_a, commune, summary_b)) in rows.iter().enumerate() {
                    let c = &communes[*commune];
                    records.push(Record { line: i + 2, fields: vec![format!("lieu-{i}"), format!("Lieu {name}"), c.name.clone(), c.postcodes[0].clone(), c.code.clone(), format!("{summary_a}{summary_b}")] });
                }
                places_csv(&columns, &records)
            };
            let first = read_published_places(text.as_bytes()).unwrap();
            let again = read_published_places(places_csv(&first.columns, &first.rows).as_bytes()).unwrap();
            prop_assert_eq!(&first.places, &again.places);
            prop_assert_eq!(first.places.len(), rows.len());
            let filtered = import_places(text.as_bytes(), &communes, None).unwrap();
            prop_assert_eq!(filtered.places.len(), rows.len());
        }

        #[test]
        fn any_text_imports_or_is_refused_without_a_panic(text in ".{0,300}", separator in prop_oneof![Just(","), Just(";")]) {
            let file = format!("id{separator}nom{separator}commune\n{text}");
            let _ = import_places(file.as_bytes(), &gatine(), None);
            let _ = import_places(text.as_bytes(), &gatine(), None);
        }
    }
}
