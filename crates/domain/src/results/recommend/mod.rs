//! The next steps: from the needs, the level per area and the situation, one to three
//! things to do, ranked, each with the reasons in the person's own answers.
//!
//! - First the barriers that stand in the way of a chosen need (`barrier_steps`: no
//!   device or internet, no e-mail address, no phone for SMS codes, reading, language,
//!   travel, an urgent procedure, several questions not understood).
//! - Then a workshop for the weakest area that matters to the person's needs, at their
//!   level (a workshop of unknown level fits every level, after the exact ones).
//! - A place offering the national service that fits: "Aide aux démarches
//!   administratives" for procedures not yet mastered, otherwise the service of the
//!   weakest area.
//! - The national partner that handles the procedure named.
//!
//! Two steps to the same door (a workshop, a place, a contact; a workshop and the place
//! that holds it) become one, where the first was, with both reasons; a workshop says
//! more than its place, so it stands for both.
//!
//! Places that lack a specific support the person needs (hearing, sight, mobility,
//! language, reading) always come after those that have it; someone who cannot travel
//! gets roaming or remote help first; ties are broken by distance from the person's
//! commune, then by the next date. Never zero: the structure's own contact (or the
//! national help line) is the fallback.

mod barrier_steps;
mod partner_step;
mod person;
mod place_step;
mod workshop_step;

use crate::catalog::Catalog;
use crate::journey::answers::Answers;
use crate::questionnaire::area::AreaId;
use crate::questionnaire::ids::{ItemId, NeedId};
use crate::questionnaire::Questionnaire;
use crate::results::scoring::{AreaResult, AutonomyLevel, Profile};
use barrier_steps::barrier_steps;
pub use barrier_steps::{EMAIL_ADDRESS, SMS, URGENCY};
use partner_step::partner_step;
use person::Person;
use place_step::place_step;
use workshop_step::workshop_step;

/// The situation question ids the engine reads (checked against the content by a test).
pub const EQUIPMENT: &str = "equipment";
pub const INTERNET_HOME: &str = "internet-home";
pub const SUPPORT: &str = "support";
/// The `support` option for "getting to an appointment is hard".
pub const SUPPORT_TRAVEL: &str = "travel";

/// The options of the `support` question and the national "prise en charge
/// spécifique" values that answer them.
pub const SUPPORT_NEEDS: [(&str, &[&str]); 5] = [
    ("hearing", &["Surdité"]),
    ("sight", &["Déficience visuelle"]),
    ("mobility", &["Handicaps moteurs"]),
    (
        "language",
        &[
            "Langues étrangères (anglais)",
            "Langues étrangères (autres)",
        ],
    ),
    ("reading", &["Illettrisme"]),
];

pub const SERVICE_EQUIPMENT: &str = "Accès internet et matériel informatique";
pub const SERVICE_PROCEDURES: &str = "Aide aux démarches administratives";
pub const SERVICE_SOLIDARITY_EQUIPMENT: &str =
    "Acquisition de matériel informatique à prix solidaire";

/// What a next step points to (indices into the catalog's lists).
#[derive(Clone, Debug, PartialEq)]
pub enum NextStepKind {
    Workshop(usize),
    Place {
        place: usize,
        service: String,
    },
    Partner(usize),
    /// The deploying structure's own contact.
    Structure,
    /// The national help line.
    HelpLine,
}

/// Why a step is suggested, in terms of what the person said.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    Need(NeedId),
    AreaLevel {
        area: AreaId,
        level: AutonomyLevel,
    },
    NoEquipment,
    /// Only a phone with buttons: nothing to go on the internet with.
    FeaturePhone,
    NoInternet,
    /// The place lends a computer and the internet.
    EquipmentPlace,
    /// The place sells equipment at a solidarity price.
    SolidarityEquipment,
    NoEmail,
    ForgottenEmail,
    /// Someone close deals with the person's e-mail.
    RelativeEmail,
    /// No phone of one's own to receive SMS codes.
    NoSms,
    Urgent {
        this_week: bool,
    },
    /// This many questions were not understood.
    NotUnderstood(usize),
    /// An advisor, one to one, at the person's pace.
    OneToOne,
    /// Reading or writing is hard.
    Reading,
    /// French is not the person's language.
    Language,
    /// The place has the specific support for this option of the `support` question
    /// ("reading"), said in the person's terms.
    Support(&'static str),
    CannotTravel,
    /// An item the person cannot do alone yet.
    Item(ItemId),
    Fallback,
}

impl Reason {
    /// The key of the reason's words in the message catalogs, for the reasons that say
    /// the same whatever the answers (the others take a placeholder).
    pub fn fixed_key(&self) -> Option<&'static str> {
        Some(match self {
            Self::NoEquipment => "reason.no_equipment",
            Self::FeaturePhone => "reason.feature_phone",
            Self::NoInternet => "reason.no_internet",
            Self::EquipmentPlace => "reason.equipment_place",
            Self::SolidarityEquipment => "reason.solidarity_equipment",
            Self::NoEmail => "reason.no_email",
            Self::ForgottenEmail => "reason.forgotten_email",
            Self::RelativeEmail => "reason.relative_email",
            Self::NoSms => "reason.no_sms",
            Self::Urgent { this_week: true } => "reason.urgent.week",
            Self::Urgent { this_week: false } => "reason.urgent.month",
            Self::OneToOne => "reason.one_to_one",
            Self::Reading => "reason.reading",
            Self::Language => "reason.language",
            Self::CannotTravel => "reason.cannot_travel",
            Self::Fallback => "reason.fallback",
            Self::Need(_)
            | Self::AreaLevel { .. }
            | Self::NotUnderstood(_)
            | Self::Support(_)
            | Self::Item(_) => return None,
        })
    }

    /// Every key a reason can use, to check that each language has them all.
    pub fn all_keys() -> Vec<String> {
        let mut keys: Vec<String> = [
            "reason.need",
            "reason.level.fully_supported",
            "reason.level.partly_autonomous",
            "reason.level.autonomous",
            "reason.not_understood",
            "reason.item",
        ]
        .map(str::to_owned)
        .to_vec();
        keys.extend(
            SUPPORT_NEEDS
                .iter()
                .map(|(o, _)| format!("reason.support.{o}")),
        );
        keys.extend(
            [
                Self::NoEquipment,
                Self::FeaturePhone,
                Self::NoInternet,
                Self::EquipmentPlace,
                Self::SolidarityEquipment,
                Self::NoEmail,
                Self::ForgottenEmail,
                Self::RelativeEmail,
                Self::NoSms,
                Self::Urgent { this_week: true },
                Self::Urgent { this_week: false },
                Self::OneToOne,
                Self::Reading,
                Self::Language,
                Self::CannotTravel,
                Self::Fallback,
            ]
            .iter()
            .filter_map(|r| r.fixed_key().map(str::to_owned)),
        );
        keys
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct NextStep {
    pub kind: NextStepKind,
    pub reasons: Vec<Reason>,
    /// Kilometres from the person's commune, when both are known.
    pub distance_km: Option<f64>,
}

/// What every kind of step reads: the content, the answers, the catalog, and what the
/// engine worked out of them once.
struct Context<'a> {
    q: &'a Questionnaire,
    answers: &'a Answers,
    catalog: &'a Catalog,
    profile: &'a Profile,
    person: Person,
}

impl Context<'_> {
    /// "Vous avez choisi …" and "Pour « … », vous débutez".
    fn area_reasons(&self, result: &AreaResult) -> Vec<Reason> {
        let need = self
            .q
            .needs()
            .iter()
            .find(|n| self.answers.needs.contains(&n.id) && n.areas.contains(&result.area))
            .map(|n| n.id.clone());
        let mut reasons: Vec<Reason> = need.map(Reason::Need).into_iter().collect();
        reasons.push(Reason::AreaLevel {
            area: result.area.clone(),
            level: result.level,
        });
        reasons
    }

    /// The weakest area among those the needs lead to; on a tie, the one the needs name
    /// first (a job seeker's "work" before their "email").
    fn weakest(&self) -> Option<&AreaResult> {
        // The areas the chosen needs lead to, in the needs' order.
        let chosen_areas: Vec<&AreaId> = self
            .q
            .needs()
            .iter()
            .filter(|n| self.answers.needs.contains(&n.id))
            .flat_map(|n| n.areas.iter())
            .collect();
        let rank = |area: &AreaId| chosen_areas.iter().position(|a| *a == area);
        self.profile
            .areas
            .iter()
            .filter(|r| rank(&r.area).is_some())
            .min_by_key(|r| (r.level, rank(&r.area)))
            .or_else(|| self.profile.areas.iter().min_by_key(|r| r.level))
    }
}

/// One to three next steps, best first, for the person whose answers and profile
/// (`Profile::of(q, answers)`, computed once by the caller) are given. `today` is
/// "YYYY-MM-DDTHH:MM" (local), to skip past dates and break ties by the next one.
pub fn recommend(
    q: &Questionnaire,
    answers: &Answers,
    profile: &Profile,
    catalog: &Catalog,
    today: &str,
) -> Vec<NextStep> {
    let c = Context {
        q,
        answers,
        catalog,
        profile,
        person: Person::of(answers, catalog),
    };
    let weakest = c.weakest();
    let workshop = weakest.and_then(|weak| workshop_step(&c, weak, today));
    let place = place_step(&c, weakest, workshop.as_ref());
    let mut steps: Vec<NextStep> = Vec::new();
    let candidates = barrier_steps(&c, today)
        .into_iter()
        .chain(workshop)
        .chain(place)
        .chain(partner_step(q, answers, catalog));
    for step in candidates {
        match steps
            .iter_mut()
            .find(|s| same_target(catalog, &s.kind, &step.kind))
        {
            Some(existing) => {
                // A workshop says more than the place that holds it.
                if matches!(existing.kind, NextStepKind::Place { .. })
                    && matches!(step.kind, NextStepKind::Workshop(_))
                {
                    existing.kind = step.kind;
                }
                for reason in step.reasons {
                    if !existing.reasons.contains(&reason) {
                        existing.reasons.push(reason);
                    }
                }
            }
            None => steps.push(step),
        }
    }
    steps.truncate(3);
    if steps.is_empty() {
        let kind = if catalog.territory.structure.name.is_empty() {
            NextStepKind::HelpLine
        } else {
            NextStepKind::Structure
        };
        steps.push(NextStep {
            kind,
            reasons: vec![Reason::Fallback],
            distance_km: None,
        });
    }
    steps
}

/// Whether two steps lead to the same door: the same workshop, place or contact, or a
/// workshop and the place that holds it (a place is the same whatever service brought
/// the person there).
fn same_target(catalog: &Catalog, a: &NextStepKind, b: &NextStepKind) -> bool {
    let place_of = |kind: &NextStepKind| match kind {
        NextStepKind::Place { place, .. } => Some(*place),
        NextStepKind::Workshop(i) => catalog
            .places
            .iter()
            .position(|p| p.id == catalog.workshops[*i].place),
        _ => None,
    };
    match (a, b) {
        (NextStepKind::Workshop(_), NextStepKind::Workshop(_)) => a == b,
        _ => match (place_of(a), place_of(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a == b,
        },
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
