//! What is counted: one [`Family`] per kind of count (« Visites commencées »,
//! « Besoin choisi »…), and for some a value (which need, which thématique…). Values
//! in the activity report's vocabulary (thématiques, national services, structures de
//! redirection, autonomy levels) are stored as the report writes them; needs, areas,
//! languages and modes as Repère's ids, named in French when shown.

use crate::messages::Messages;

/// A kind of count. Each count is a number of visits, except [`Family::SheetPrinted`]
/// (sheets) and [`Family::CodeShown`] (codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    /// « Commencer »: a new visit.
    Started,
    /// « Reprendre »: progress saved earlier, taken up again (also a visit).
    Resumed,
    /// The visit reached its results.
    Finished,
    /// The visit ended before its results (value: the stage).
    Abandoned,
    CodeShown,
    SheetPrinted,
    /// Each language a visit used (value: its code).
    Language,
    /// The mode a visit ran in (value: `personne`, `conseiller`, `borne`).
    Mode,
    /// Each need chosen (value: the need's id).
    Need,
    /// Each barrier met (value: one of [`BARRIERS`]).
    Barrier,
    /// The level reached per area (value: « area id:report level »).
    Level,
    /// Workshops offered, by thématique of the activity report.
    WorkshopThematique,
    /// Places offered, by national service.
    PlaceService,
    /// Partners offered, by the report's « structure de redirection ».
    PartnerRedirection,
    /// The structure's own contact or the national help line offered.
    OtherStep,
    /// An answer to one of the triage's questions (value: « question:option », one of
    /// [`TRIAGE_QUESTIONS`]): the démarche, its urgency, how the person wants to do it,
    /// the language they speak best, who helps them.
    Triage,
}

impl Family {
    pub const ALL: [Family; 16] = [
        Self::Started,
        Self::Resumed,
        Self::Finished,
        Self::Abandoned,
        Self::CodeShown,
        Self::SheetPrinted,
        Self::Language,
        Self::Mode,
        Self::Need,
        Self::Barrier,
        Self::Level,
        Self::WorkshopThematique,
        Self::PlaceService,
        Self::PartnerRedirection,
        Self::OtherStep,
        Self::Triage,
    ];

    /// Its name in the stored document (never changes).
    pub fn code(self) -> &'static str {
        match self {
            Self::Started => "started",
            Self::Resumed => "resumed",
            Self::Finished => "finished",
            Self::Abandoned => "abandoned",
            Self::CodeShown => "code",
            Self::SheetPrinted => "printed",
            Self::Language => "language",
            Self::Mode => "mode",
            Self::Need => "need",
            Self::Barrier => "barrier",
            Self::Level => "level",
            Self::WorkshopThematique => "workshop",
            Self::PlaceService => "place",
            Self::PartnerRedirection => "partner",
            Self::OtherStep => "other-step",
            Self::Triage => "triage",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.code() == code)
    }

    /// Its name in the exports' « Mesure » column and in the space.
    pub fn label(self) -> &'static str {
        match self {
            Self::Started => "Visites commencées",
            Self::Resumed => "Visites reprises",
            Self::Finished => "Visites allées jusqu'aux résultats",
            Self::Abandoned => "Visites interrompues",
            Self::CodeShown => "Codes pour un conseiller affichés",
            Self::SheetPrinted => "Fiches imprimées",
            Self::Language => "Langue utilisée",
            Self::Mode => "Mode",
            Self::Need => "Besoin choisi",
            Self::Barrier => "Frein rencontré",
            Self::Level => "Niveau d'autonomie du bénéficiaire",
            Self::WorkshopThematique => "Atelier proposé (thématique)",
            Self::PlaceService => "Lieu proposé (service)",
            Self::PartnerRedirection => "Partenaire proposé (structure de redirection)",
            Self::OtherStep => "Autre étape proposée",
            Self::Triage => "Réponse pour l'orientation",
        }
    }

    /// Whether its counts come with a value.
    pub fn has_value(self) -> bool {
        !matches!(
            self,
            Self::Started | Self::Resumed | Self::Finished | Self::CodeShown | Self::SheetPrinted
        )
    }
}

/// The stages a visit can be interrupted at (value of [`Family::Abandoned`]).
pub const STAGES: [(&str, &str); 3] = [
    ("needs", "Aux besoins"),
    ("situation", "À la situation"),
    ("skills", "Aux compétences"),
];

/// The barriers counted (value of [`Family::Barrier`]), read from the situation's
/// answers by `of_visit`.
pub const BARRIERS: [(&str, &str); 10] = [
    ("no-device", "Pas d'appareil pour aller sur internet"),
    ("no-internet", "Pas d'internet à la maison"),
    ("no-email", "Pas d'adresse e-mail utilisée"),
    ("reading", "Lire ou écrire est difficile"),
    ("language", "Le français n'est pas sa langue"),
    ("travel", "Se déplacer est difficile"),
    ("hearing", "Entendre est difficile"),
    ("sight", "Voir est difficile"),
    ("mobility", "Marcher est difficile"),
    ("no-helper", "Personne pour l'aider"),
];

/// The situation questions whose answers are counted as they are (value of
/// [`Family::Triage`], « question:option »).
pub use crate::results::recommend::TRIAGE_QUESTIONS;

/// The other steps (value of [`Family::OtherStep`]).
pub const OTHER_STEPS: [(&str, &str); 2] = [
    ("structure", "Contact de la structure"),
    ("help-line", "Ligne d'aide nationale"),
];

/// The modes, as the settings name them, and as the space says them.
pub const MODES: [(&str, &str); 3] = [
    ("personne", "Habitant seul"),
    ("conseiller", "Avec un conseiller"),
    ("borne", "Borne"),
];

/// Longest value kept (the report's longest value is under 100 characters).
pub const MAX_VALUE_CHARS: usize = 120;

/// One thing counted.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Measure {
    pub family: Family,
    /// Empty for a family without values.
    pub value: String,
}

impl Measure {
    pub fn of(family: Family) -> Self {
        Self {
            family,
            value: String::new(),
        }
    }

    pub fn with(family: Family, value: impl Into<String>) -> Self {
        Self {
            family,
            value: value.into(),
        }
    }

    /// Its key in the stored document: « started », « need:procedures ».
    pub fn key(&self) -> String {
        match self.family.has_value() {
            true => format!("{}:{}", self.family.code(), self.value),
            false => self.family.code().to_owned(),
        }
    }

    /// Reads a key; `None` for anything Repère does not count.
    pub fn from_key(key: &str) -> Option<Self> {
        let (code, value) = key.split_once(':').unwrap_or((key, ""));
        let family = Family::from_code(code)?;
        let fits = match family.has_value() {
            true => {
                !value.trim().is_empty()
                    && value.chars().count() <= MAX_VALUE_CHARS
                    && !value.chars().any(char::is_control)
            }
            false => value.is_empty() && !key.contains(':'),
        };
        fits.then(|| Self::with(family, value))
    }

    /// Its value in plain French words (the exports' « Valeur » column); `messages`
    /// are the French ones, for the needs' and areas' names.
    pub fn value_label(&self, messages: &Messages) -> String {
        let from = |table: &[(&str, &str)]| {
            table
                .iter()
                .find(|(code, _)| *code == self.value)
                .map(|(_, label)| (*label).to_owned())
                .unwrap_or_else(|| self.value.clone())
        };
        let message = |key: String| match messages.has(&key) {
            true => messages.text(&key).to_owned(),
            false => self.value.clone(),
        };
        match self.family {
            Family::Abandoned => from(&STAGES),
            Family::Barrier => from(&BARRIERS),
            Family::OtherStep => from(&OTHER_STEPS),
            Family::Mode => from(&MODES),
            Family::Language => crate::content::languages()
                .iter()
                .find(|(code, _)| *code == self.value)
                .map(|(_, name)| (*name).to_owned())
                .unwrap_or_else(|| self.value.clone()),
            Family::Need => message(format!("need.{}.label", self.value)),
            Family::Triage => match self.value.split_once(':') {
                Some((question, option)) => format!(
                    "{} {}",
                    message(format!("situation.{question}.question")),
                    message(format!("situation.{question}.option.{option}"))
                ),
                None => self.value.clone(),
            },
            Family::Level => match self.value.split_once(':') {
                Some((area, level)) => {
                    format!("{} : {level}", message(format!("area.{area}.name")))
                }
                None => self.value.clone(),
            },
            _ => self.value.clone(),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn keys_read_back_and_nothing_else_is_taken() {
        for measure in [
            Measure::of(Family::Started),
            Measure::with(Family::Need, "procedures"),
            Measure::with(Family::Level, "email:Autonome"),
            Measure::with(Family::PlaceService, "Aide aux démarches administratives"),
        ] {
            assert_eq!(Measure::from_key(&measure.key()), Some(measure));
        }
        for wrong in [
            "",
            "visits",
            "need:",
            "need: ",
            "started:3",
            "code:ABCD-1234",
            "need:a\nb",
        ] {
            assert_eq!(Measure::from_key(wrong), None, "{wrong:?}");
        }
        assert_eq!(
            Measure::from_key(&format!("need:{}", "x".repeat(121))),
            None
        );
        for family in Family::ALL {
            assert_eq!(Family::from_code(family.code()), Some(family));
        }
    }

    #[test]
    fn values_are_said_in_french() {
        let fr = crate::content::default_messages();
        let say = |family, value: &str| Measure::with(family, value).value_label(&fr);
        assert_eq!(
            say(Family::Need, "procedures"),
            "Faire mes démarches en ligne"
        );
        assert_eq!(
            say(Family::Level, "email:Autonome"),
            "Les e-mails : Autonome"
        );
        assert_eq!(say(Family::Language, "en"), "English");
        assert_eq!(say(Family::Abandoned, "skills"), "Aux compétences");
        assert_eq!(say(Family::Mode, "borne"), "Borne");
        assert_eq!(say(Family::WorkshopThematique, "E-mail"), "E-mail");
    }
}
