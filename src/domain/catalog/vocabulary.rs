//! The enumerations of the national standard for places of digital mediation (schema
//! v1.0.x), as the app checks them at runtime. A test keeps them equal to
//! `content/reference/vocabulaires.json`.

pub const SERVICES: &[&str] = &[
    "Aide aux démarches administratives",
    "Maîtrise des outils numériques du quotidien",
    "Insertion professionnelle via le numérique",
    "Utilisation sécurisée du numérique",
    "Parentalité et éducation avec le numérique",
    "Loisirs et créations numériques",
    "Compréhension du monde numérique",
    "Accès internet et matériel informatique",
    "Acquisition de matériel informatique à prix solidaire",
];
pub const PUBLICS: &[&str] = &[
    "Jeunes",
    "Étudiants",
    "Familles et/ou enfants",
    "Seniors",
    "Femmes",
];
pub const SPECIFIC_SUPPORT: &[&str] = &[
    "Surdité",
    "Handicaps moteurs",
    "Handicaps mentaux",
    "Illettrisme",
    "Langues étrangères (anglais)",
    "Langues étrangères (autres)",
    "Déficience visuelle",
];
pub const COSTS: &[&str] = &["Gratuit", "Gratuit sous condition", "Payant"];
pub const ROAMING: &[&str] = &["Itinérant", "Fixe"];
pub const ACCESS: &[&str] = &[
    "Se présenter",
    "Téléphoner",
    "Contacter par mail",
    "Prendre un RDV en ligne",
    "Ce lieu n'accueille pas de public",
    "Envoyer un mail avec une fiche de prescription",
];
pub const SUPPORT_FORMATS: &[&str] = &[
    "En autonomie",
    "Accompagnement individuel",
    "Dans un atelier collectif",
    "À distance",
];
pub const NATIONAL_PROGRAMMES: &[&str] = &[
    "Aidants Connect",
    "Bibliothèques numérique de référence",
    "Certification PIX",
    "Conseillers numériques",
    "Emmaüs Connect",
    "France Services",
    "Grande école du numérique",
    "La Croix Rouge",
    "Point d'accès numérique CAF",
    "Promeneurs du net",
    "Relais numérique (Emmaüs Connect)",
];
/// The démarches thématiques of the advisors' activity report.
pub const DEMARCHES: &[&str] = &[
    "Papiers - Élections Citoyenneté",
    "Famille - Scolarité",
    "Social - Santé",
    "Travail - Formation",
    "Logement",
    "Transports - Mobilité",
    "Argent - Impôts",
    "Justice",
    "Étrangers - Europe",
    "Loisirs - Sports Culture",
];
/// The thématiques of the advisors' activity report (without the démarches ones).
pub const THEMATIQUES: &[&str] = &[
    "Prendre en main du matériel",
    "Navigation sur internet",
    "E-mail",
    "Bureautique",
    "Réseaux sociaux communication",
    "Santé",
    "Banque et achats en ligne",
    "Entrepreneuriat",
    "Insertion professionnelle",
    "Prévention en sécurité numérique",
    "Parentalité",
    "Scolarité et numérique",
    "Créer avec le numérique",
    "Culture numérique",
];

/// Whether `value` is a thématique of the activity report, démarches included.
pub fn is_thematique(value: &str) -> bool {
    THEMATIQUES.contains(&value) || DEMARCHES.contains(&value)
}
/// Workshop levels of the activity report.
pub const WORKSHOP_LEVELS: &[&str] = &["Débutant", "Intermédiaire", "Avancé"];

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn reference() -> Value {
        serde_json::from_str(include_str!("../../../content/reference/vocabulaires.json")).unwrap()
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
}
