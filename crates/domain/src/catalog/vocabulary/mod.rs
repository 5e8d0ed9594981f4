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

/// The key of a national service's plain words for residents (« Ici, vous pouvez
/// utiliser un ordinateur et internet. »): `service.` and the service's name in lower
/// case, without accents, words joined by dashes.
pub fn service_words_key(service: &str) -> String {
    let folded: String = service
        .chars()
        .map(|c| match c {
            'à' | 'â' | 'À' => 'a',
            'é' | 'è' | 'ê' | 'É' => 'e',
            'î' | 'ï' => 'i',
            'ô' => 'o',
            'û' | 'ù' => 'u',
            'ç' => 'c',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    format!("service.{}", words.join("-"))
}

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
/// The national labels and trainings (`formations_labels`). « Étapes numériques (La
/// Poste) » is written as everyone writes it, with a space: the schema's pattern has
/// none (v1.0.2), and [`enum_key`] matches both.
pub const FORMATION_LABELS: &[&str] = &[
    "Formé à « Mon Espace Santé »",
    "Formé à « DUPLEX » (illettrisme)",
    "Arnia/MedNum BFC (Bourgogne-Franche-Comté)",
    "Collectif ressources et acteurs réemploi (Normandie)",
    "Étapes numériques (La Poste)",
    "Fabriques de Territoire",
    "Les Éclaireurs du numérique (Drôme)",
    "Mes Papiers (Métropole de Lyon)",
    "ORDI 3.0",
    "SUD LABS (PACA)",
];

/// What an enumeration value is matched on: typographic apostrophes as straight ones,
/// no-break spaces as spaces, runs of spaces as one, a space before each opening
/// bracket, lower case. « Ce lieu n’accueille pas de public » (the Coop's) is then « Ce
/// lieu n'accueille pas de public » (the standard's).
pub fn enum_key(value: &str) -> String {
    let spaced = value
        .replace(['\u{2019}', '\u{2018}', '`'], "'")
        .replace('(', " (");
    spaced
        .split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The value of `allowed` that `written` is, as the standard writes it: the same text,
/// or the same words once apostrophes, spacing and case are set aside ([`enum_key`]).
/// The exact match is tried first: it is what almost every row of a file has, and it
/// costs no allocation on a file of 18,000 places.
pub fn standard_value(allowed: &[&'static str], written: &str) -> Option<&'static str> {
    if let Some(exact) = allowed.iter().find(|a| **a == written) {
        return Some(exact);
    }
    let key = enum_key(written);
    allowed.iter().find(|a| enum_key(a) == key).copied()
}

/// The administrative thématiques of the advisors' activity report (2026), allowed only
/// beside [`PROCEDURES_HELP`].
pub const DEMARCHES: &[&str] = &[
    "Papiers - Élections - Citoyenneté",
    "Famille - Scolarité",
    "Social - Santé",
    "Travail - Formation - Entreprise",
    "Logement",
    "Transports - Mobilité",
    "Argent - Impôts",
    "Justice",
    "Étrangers - Europe",
    "Loisirs - Sports - Culture",
    "Associations",
];
/// The thématique of every intake, Repère's included.
pub const DIAGNOSTIC: &str = "Diagnostic numérique";
/// The thématique that an administrative procedure is reported under.
pub const PROCEDURES_HELP: &str = "Aide aux démarches administratives";
/// The thématiques of digital mediation of the activity report (2026), in its order.
pub const THEMATIQUES: &[&str] = &[
    DIAGNOSTIC,
    "Prendre en main du matériel",
    "Maintenance de matériel",
    "Gérer ses contenus numériques",
    "Navigation sur internet",
    "E-mail",
    "Bureautique",
    "Réseaux sociaux communication",
    "Santé",
    "Banque et achats en ligne",
    "Accompagner un professionnel",
    "Insertion professionnelle",
    "Prévention en sécurité numérique",
    "Parentalité",
    "Scolarité et numérique",
    "Créer avec le numérique",
    "Culture numérique",
    "Intelligence artificielle (IA)",
    PROCEDURES_HELP,
];

/// The thématiques of the 2024 lists that the activity report renamed since, with the
/// name it uses now (`retired` in `content/reference/vocabulaires.json`).
pub const RETIRED_THEMATIQUES: &[(&str, &str)] = &[
    (
        "Papiers - Élections Citoyenneté",
        "Papiers - Élections - Citoyenneté",
    ),
    ("Travail - Formation", "Travail - Formation - Entreprise"),
    ("Loisirs - Sports Culture", "Loisirs - Sports - Culture"),
    ("Entrepreneuriat", "Accompagner un professionnel"),
];

/// Whether `value` is a thématique of the activity report, démarches included.
pub fn is_thematique(value: &str) -> bool {
    THEMATIQUES.contains(&value) || DEMARCHES.contains(&value)
}

/// How a catalog's thématique reads today: itself when it is one (whatever its
/// apostrophes and spacing), its new name when the report renamed it, else nothing.
pub fn thematique(value: &str) -> Option<Thematique> {
    if let Some(known) = standard_value(THEMATIQUES, value).or(standard_value(DEMARCHES, value)) {
        return Some(Thematique::Current(known));
    }
    let key = enum_key(value);
    RETIRED_THEMATIQUES
        .iter()
        .find(|(old, _)| enum_key(old) == key)
        .map(|(_, now)| Thematique::Renamed(now))
}

/// A thématique read from a catalog file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Thematique {
    /// Today's value.
    Current(&'static str),
    /// A 2024 value; today's name for it.
    Renamed(&'static str),
}

impl Thematique {
    /// The value as the activity report writes it today.
    pub fn value(self) -> &'static str {
        match self {
            Self::Current(v) | Self::Renamed(v) => v,
        }
    }

    /// What to tell the structure about `written`, read as this thématique: nothing for
    /// today's value; for a renamed one, that it is read under its new name.
    pub fn notice(self, written: &str) -> Option<String> {
        match self {
            Self::Current(_) => None,
            Self::Renamed(now) => Some(format!(
                "« {written} » est l'ancien nom de « {now} » : lu comme « {now} »"
            )),
        }
    }
}
/// Workshop levels of the activity report.
pub const WORKSHOP_LEVELS: &[&str] = &["Débutant", "Intermédiaire", "Avancé"];

/// Columns of older exports (standard v0.1) under the name they have now, where the
/// meaning is the same.
pub const OLDER_COLUMN_NAMES: &[(&str, &str)] = &[
    ("courriel", "courriels"),
    ("labels_nationaux", "dispositif_programmes_nationaux"),
    ("labels_autres", "autres_formations_labels"),
    ("conditions_acces", "frais_a_charge"),
    ("accessibilite", "fiche_acces_libre"),
    ("publics_accueillis", "publics_specifiquement_adresses"),
];

/// The name a column has in the standard now, for an older name.
pub fn current_column_name(name: &str) -> Option<&'static str> {
    OLDER_COLUMN_NAMES
        .iter()
        .find(|(old, _)| *old == name)
        .map(|(_, now)| *now)
}

/// Values of the standard v0.1 whose meaning in v1 is certain: (column, old, now). The
/// 15 services of v0.1 became 9 in v1.0.0; the ones whose meaning spread over several
/// are in [`RETIRED_VALUES`] instead.
pub const OLDER_VALUES: &[(&str, &str, &str)] = &[
    (
        "services",
        "Prendre en main un smartphone ou une tablette",
        "Maîtrise des outils numériques du quotidien",
    ),
    (
        "services",
        "Prendre en main un ordinateur",
        "Maîtrise des outils numériques du quotidien",
    ),
    (
        "services",
        "Utiliser le numérique au quotidien",
        "Maîtrise des outils numériques du quotidien",
    ),
    (
        "services",
        "Approfondir ma culture numérique",
        "Compréhension du monde numérique",
    ),
    (
        "services",
        "Favoriser mon insertion professionnelle",
        "Insertion professionnelle via le numérique",
    ),
    (
        "services",
        "Accéder à une connexion internet",
        "Accès internet et matériel informatique",
    ),
    (
        "services",
        "Accéder à du matériel",
        "Accès internet et matériel informatique",
    ),
    (
        "services",
        "Équiper en matériel informatique",
        "Acquisition de matériel informatique à prix solidaire",
    ),
    (
        "services",
        "Créer avec le numérique",
        "Loisirs et créations numériques",
    ),
    (
        "services",
        "Soutenir la parentalité et l'éducation avec le numérique",
        "Parentalité et éducation avec le numérique",
    ),
    (
        "services",
        "Réaliser des démarches administratives avec un accompagnement",
        "Aide aux démarches administratives",
    ),
    (
        "services",
        "Devenir autonome dans les démarches administratives",
        "Aide aux démarches administratives",
    ),
    (
        "dispositif_programmes_nationaux",
        "CNFS",
        "Conseillers numériques",
    ),
    (
        "dispositif_programmes_nationaux",
        "Conseiller numérique France Services",
        "Conseillers numériques",
    ),
];

/// Values of the standard v0.1 with no single equivalent now: reported, not guessed.
pub const RETIRED_VALUES: &[(&str, &str)] = &[
    ("services", "Créer et développer mon entreprise"),
    ("services", "Promouvoir la citoyenneté numérique"),
    ("services", "Accompagner les démarches de santé"),
    ("dispositif_programmes_nationaux", "APTIC"),
];

/// The current value for an older one of `column` (matched like [`standard_value`]).
pub fn current_value(column: &str, written: &str) -> Option<&'static str> {
    let key = enum_key(written);
    OLDER_VALUES
        .iter()
        .find(|(c, old, _)| *c == column && enum_key(old) == key)
        .map(|(_, _, now)| *now)
}

/// What to say of a retired value of `column`, if `written` is one.
pub fn retired_value_note(column: &str, written: &str) -> Option<String> {
    let key = enum_key(written);
    RETIRED_VALUES
        .iter()
        .any(|(c, old)| *c == column && enum_key(old) == key)
        .then(|| format!("« {written} » est un libellé de l'ancienne version du standard, sans équivalent sûr aujourd'hui : ignoré, choisissez la valeur qui convient"))
}

#[cfg(test)]
mod tests;
