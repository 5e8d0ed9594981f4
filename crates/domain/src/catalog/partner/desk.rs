//! Where and how a partner receives people on the territory: its desk's address, hours,
//! e-mail, booking link, how to reach it (`modes_mobilisation`), for whom (`publics`),
//! whether it is free and whether it helps remotely — the fields of a service of
//! data·inclusion (schema v1), kept under those names in `partenaires.json`.

use super::super::links::SafeLink;
use super::super::opening_hours::OpeningHours;

/// How a person reaches the partner, data·inclusion's `modes_mobilisation`.
pub const WAYS: &[&str] = &[
    "se-presenter",
    "telephoner",
    "envoyer-un-courriel",
    "utiliser-lien-mobilisation",
];

/// For whom, data·inclusion's `publics` (v1).
pub const PUBLICS: &[&str] = &[
    "tous-publics",
    "actifs",
    "beneficiaires-des-minimas-sociaux",
    "demandeurs-emploi",
    "etudiants",
    "familles",
    "femmes",
    "jeunes",
    "personnes-en-situation-de-handicap",
    "personnes-en-situation-durgence",
    "personnes-en-situation-juridique-specifique",
    "personnes-exilees",
    "residents-qpv-frr",
    "seniors",
];

/// How it receives, data·inclusion's `modes_accueil`.
pub const RECEPTION: &[&str] = &["en-presentiel", "a-distance"];

/// The fees, data·inclusion's `frais`.
pub const FEES: &[&str] = &["gratuit", "payant"];

/// A partner's desk on the territory. Every field may be unknown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Desk {
    pub address: String,
    pub postcode: String,
    pub commune: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub opening_hours: Option<OpeningHours>,
    /// The `horaires` text, shown as written when it could not be understood.
    pub opening_hours_text: String,
    pub email: Option<String>,
    pub booking: Option<SafeLink>,
    /// Values of [`WAYS`].
    pub ways: Vec<String>,
    /// Values of [`PUBLICS`].
    pub publics: Vec<String>,
    /// `Some(true)` when free, `Some(false)` when paid, `None` when not said.
    pub free: Option<bool>,
    /// Values of [`RECEPTION`].
    pub reception: Vec<String>,
    /// The SIRET of the structure, to recognise it among the places.
    pub siret: String,
}

impl Desk {
    /// Whether the desk says where it is: a local partner, not a national line.
    pub fn is_located(&self) -> bool {
        !self.address.trim().is_empty() || !self.commune.trim().is_empty()
    }

    /// « 12 rue … , 79200 Parthenay », what is known of it.
    pub fn address_line(&self) -> String {
        let town = format!("{} {}", self.postcode.trim(), self.commune.trim());
        [self.address.trim(), town.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Helps only remotely (no desk to go to).
    pub fn only_remote(&self) -> bool {
        self.reception.iter().any(|r| r == "a-distance")
            && !self.reception.iter().any(|r| r == "en-presentiel")
    }

    pub fn also_remote(&self) -> bool {
        self.reception.iter().any(|r| r == "a-distance")
    }
}

/// An e-mail address worth showing, or `None`.
pub fn email(text: &str) -> Option<String> {
    let text = text.trim();
    (text.contains('@')
        && !text.contains(char::is_whitespace)
        && SafeLink::parse(&format!("mailto:{text}")).is_some())
    .then(|| text.to_owned())
}
