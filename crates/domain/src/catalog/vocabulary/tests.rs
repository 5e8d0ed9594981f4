//! Tests of the national vocabularies: current names, older labels, the reference file.

use super::*;
use serde_json::Value;

fn reference() -> Value {
    serde_json::from_str(include_str!(
        "../../../../../content/reference/vocabulaires.json"
    ))
    .unwrap()
}

fn list(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn match_the_national_reference() {
    let r = reference();
    let places = &r["lieux_mediation_numerique"];
    assert_eq!(list(&places["services"]), SERVICES);
    assert_eq!(list(&places["publics_specifiquement_adresses"]), PUBLICS);
    assert_eq!(
        list(&places["prise_en_charge_specifique"]),
        SPECIFIC_SUPPORT
    );
    assert_eq!(list(&places["frais_a_charge"]), COSTS);
    assert_eq!(list(&places["itinerance"]), ROAMING);
    assert_eq!(list(&places["modalites_acces"]), ACCESS);
    assert_eq!(list(&places["modalites_accompagnement"]), SUPPORT_FORMATS);
    assert_eq!(
        list(&places["dispositif_programmes_nationaux"]),
        NATIONAL_PROGRAMMES
    );
    assert_eq!(list(&places["formations_labels"]), FORMATION_LABELS);
    let activity = &r["activite_mediateurs"];
    assert_eq!(list(&activity["thematiques"]), THEMATIQUES);
    assert_eq!(list(&activity["niveau_atelier"]), WORKSHOP_LEVELS);
    let mut demarches: Vec<String> = activity["thematiques_demarches"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let mut expected: Vec<&str> = DEMARCHES.to_vec();
    demarches.sort();
    expected.sort_unstable();
    assert_eq!(demarches, expected);
    assert!(DEMARCHES.iter().all(|d| is_thematique(d)));
}

#[test]
fn a_renamed_thematique_reads_as_its_new_name_and_an_unknown_one_as_nothing() {
    assert_eq!(thematique("E-mail"), Some(Thematique::Current("E-mail")));
    assert_eq!(
        thematique("Travail - Formation"),
        Some(Thematique::Renamed("Travail - Formation - Entreprise"))
    );
    assert_eq!(thematique("Jardinage"), None);
    for (old, now) in RETIRED_THEMATIQUES {
        assert!(!is_thematique(old) && is_thematique(now), "{old} → {now}");
    }
    let retired = &reference()["activite_mediateurs"]["retired"];
    for (old, now) in RETIRED_THEMATIQUES {
        assert_eq!(
            retired[old].as_str(),
            Some(*now),
            "{old} in vocabulaires.json"
        );
    }
}

#[test]
fn an_enumeration_value_is_matched_on_its_words_only() {
    for (written, standard) in [
        (
            "Ce lieu n\u{2019}accueille pas de public",
            "Ce lieu n'accueille pas de public",
        ),
        (
            "Étapes numériques(La Poste)",
            "Étapes numériques (La Poste)",
        ),
        (
            "  Point d'accès\u{a0}numérique   CAF ",
            "Point d'accès numérique CAF",
        ),
        ("france services", "France Services"),
    ] {
        assert_eq!(enum_key(written), enum_key(standard), "{written}");
    }
    assert_ne!(enum_key("Gratuit"), enum_key("Gratuit sous condition"));
}
