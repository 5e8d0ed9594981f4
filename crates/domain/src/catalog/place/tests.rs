//! Tests of reading places: the national format, older exports, bad values.

use super::*;

#[test]
fn reads_the_national_example_as_it_is() {
    let mut problems = Vec::new();
    let places = parse_places(
        include_str!("../../../../../tests/samples/lieux-exemple-national.csv"),
        &mut problems,
    );
    assert_eq!(problems, []);
    let p = &places[0];
    assert_eq!(
        (p.id.as_str(), p.name.as_str(), p.commune.as_str()),
        ("structure-1", "Anonymal", "Reims")
    );
    assert_eq!(p.phone.as_deref(), Some("01 80 05 98 80"));
    assert_eq!(
        p.specific_support,
        ["Surdité", "Illettrisme", "Langues étrangères (anglais)"]
    );
    assert!(p.offers("Insertion professionnelle via le numérique"));
    assert_eq!(p.websites.len(), 2);
    assert!(p.opening_hours.is_some());
    assert_eq!(p.latitude, Some(43.52609));
}

#[test]
fn keeps_valid_rows_and_names_every_bad_value() {
    let csv = "id,nom,commune,telephone,services,site_web,latitude,prise_en_charge_specifique\n\
               a,Médiathèque,Parthenay,05 49,Aide aux démarches administratives|Jardinage,javascript:alert(1),abc,Surdité;Déficience visuelle\n\
               ,Sans id,Parthenay,,,,,\n\
               a,Doublon,Parthenay,,,,,\n";
    let mut problems = Vec::new();
    let places = parse_places(csv, &mut problems);
    assert_eq!(places.len(), 1);
    let p = &places[0];
    assert_eq!(p.services, ["Aide aux démarches administratives"]);
    assert_eq!(
        p.specific_support,
        ["Surdité", "Déficience visuelle"],
        "older ';' separator"
    );
    assert_eq!(
        (p.phone.as_ref(), p.websites.len(), p.latitude),
        (None, 0, None)
    );
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    for expected in [
        "lieux.csv, ligne 2, champ « telephone » : « 05 49 » n'est pas un numéro de téléphone : ignoré",
        "lieux.csv, ligne 2, champ « services » : « Jardinage » n'est pas une valeur du standard : ignorée",
        "lieux.csv, ligne 2, champ « site_web » : « javascript:alert(1) » n'est pas un lien http(s) : ignoré",
        "lieux.csv, ligne 2, champ « latitude » : « abc » n'est pas une coordonnée : ignorée",
        "lieux.csv, ligne 3 : le champ « id » est vide : ligne ignorée",
        "lieux.csv, ligne 4 : l'identifiant « a » est déjà pris : ligne ignorée",
    ] {
        assert!(said.iter().any(|s| s == expected), "missing: {expected}\nin: {said:#?}");
    }
}

#[test]
fn enumeration_values_match_whatever_their_apostrophes_and_spacing() {
    let mut problems = Vec::new();
    let places = parse_places(
        "id,nom,commune,modalites_acces,formations_labels,dispositif_programmes_nationaux\n\
         x,EPN,Parthenay,Ce lieu n\u{2019}accueille pas de public,\
         Étapes numériques(La Poste)|Étapes numériques (La Poste),\
         Point d\u{2019}accès  numérique CAF|france services\n",
        &mut problems,
    );
    let values: Vec<&CatalogProblem> = problems
        .iter()
        .filter(|p| p.detail.contains("n'est pas une valeur"))
        .collect();
    assert_eq!(values, Vec::<&CatalogProblem>::new());
    assert_eq!(places[0].access, ["Ce lieu n'accueille pas de public"]);
    assert_eq!(places[0].labels, ["Étapes numériques (La Poste)"]);
    assert_eq!(
        places[0].programmes,
        ["Point d'accès numérique CAF", "France Services"]
    );
}

#[test]
fn a_messy_export_is_read_with_each_fix_said_in_plain_words() {
    // As public regional exports are: older column names, a v0 label, placeholder
    // values, a commune in capitals, a postal code with Cedex or six digits, CRLF.
    let csv = "\u{feff}id;pivot;nom;commune;code_postal;courriel;labels_nationaux;services;date_maj\r\n\
               a;00000000000000;Mairie;SAINT-AUBIN-LE-CLOUD;79450 CEDEX;mairie@exemple.fr;France Services;Accéder à une connexion internet;1970-01-01\r\n\
               b;12345678900012;EPN;Parthenay;792000;;;;2024-05-01\r\n";
    let mut problems = Vec::new();
    let places = parse_places(csv, &mut problems);
    assert_eq!(places.len(), 2, "no place is lost");
    let a = &places[0];
    assert_eq!(a.commune, "Saint-Aubin-le-Cloud");
    assert_eq!(a.postcode, "79450");
    assert_eq!(
        a.emails,
        ["mairie@exemple.fr"],
        "courriel is read as courriels"
    );
    assert_eq!(
        a.programmes,
        ["France Services"],
        "labels_nationaux is read as dispositif_programmes_nationaux"
    );
    assert_eq!(a.services, ["Accès internet et matériel informatique"]);
    assert_eq!(places[1].postcode, "");
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    for expected in [
        "lieux.csv, ligne 2, champ « pivot » : « 00000000000000 » est un SIRET par défaut, pas celui du lieu : à compléter",
        "lieux.csv, ligne 2, champ « date_maj » : « 1970-01-01 » est une date par défaut, pas celle de la mise à jour : à compléter",
        "lieux.csv, ligne 2, champ « code_postal » : « 79450 CEDEX » : lu comme « 79450 »",
        "lieux.csv, ligne 2, champ « services » : « Accéder à une connexion internet » est un libellé de l'ancienne version du standard : lu comme « Accès internet et matériel informatique »",
        "lieux.csv, ligne 3, champ « code_postal » : « 792000 » n'est pas un code postal : ignoré",
    ] {
        assert!(said.iter().any(|s| s == expected), "missing: {expected}\nin: {said:#?}");
    }
}

#[test]
fn a_problem_in_a_crlf_file_names_the_row_a_spreadsheet_shows() {
    for newline in ["\n", "\r\n"] {
        let csv = [
            "id,nom,commune,latitude",
            "a,A,Parthenay,46.6",
            "b,B,Parthenay,abc",
            "",
        ]
        .join(newline);
        let mut problems = Vec::new();
        parse_places(&csv, &mut problems);
        assert_eq!(
            problems
                .iter()
                .filter(|p| p.field.as_deref() == Some("latitude"))
                .map(|p| p.line)
                .collect::<Vec<_>>(),
            [Some(3)],
            "{newline:?}"
        );
    }
}

#[test]
fn commune_names_in_capitals_get_their_usual_case() {
    assert_eq!(commune_case("PARTHENAY"), "Parthenay");
    assert_eq!(commune_case("CHÂTILLON-SUR-THOUET"), "Châtillon-sur-Thouet");
    assert_eq!(commune_case("LE TALLUD"), "Le Tallud");
    assert_eq!(commune_case("L'ABSIE"), "L'Absie");
}

#[test]
fn html_in_a_text_field_stays_text() {
    let mut problems = Vec::new();
    let places = parse_places(
        "id,nom,commune\nx,<script>alert(1)</script>,Parthenay\n",
        &mut problems,
    );
    assert_eq!(places[0].name, "<script>alert(1)</script>");
}

#[test]
fn a_file_that_is_not_a_places_file_is_refused_in_plain_words() {
    let mut problems = Vec::new();
    assert!(parse_places("name,city\nx,y\n", &mut problems).is_empty());
    assert!(problems[0].to_string().contains("la colonne « id » manque"));
}
