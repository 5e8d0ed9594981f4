//! The next steps: from the needs, the level per area and the situation, one to three
//! things to do, ranked, each with the reasons in the person's own answers.
//!
//! - A workshop for the weakest area that matters to the person's needs, at their level
//!   (a workshop of unknown level fits every level, after the exact ones).
//! - A place offering the national service that fits: "Accès internet et matériel
//!   informatique" without equipment or internet at home, "Aide aux démarches
//!   administratives" for procedures not yet mastered, otherwise the service of the
//!   weakest area.
//! - The national partner that handles the procedure named.
//!
//! Places that lack a specific support the person needs (hearing, sight, mobility,
//! language, reading) always come after those that have it; someone who cannot travel
//! gets roaming or remote help first; ties are broken by distance from the person's
//! commune, then by the next date. Never zero: the structure's own contact (or the
//! national help line) is the fallback.

mod partner_step;
mod person;
mod place_step;
mod workshop_step;

use crate::domain::catalog::Catalog;
use crate::domain::journey::answers::Answers;
use crate::domain::questionnaire::area::AreaId;
use crate::domain::questionnaire::ids::{ItemId, NeedId};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::results::scoring::{AreaResult, AutonomyLevel, Profile};
use partner_step::partner_step;
use person::Person;
use place_step::place_step;
use workshop_step::workshop_step;

/// The situation question ids the engine reads (checked against the content by a test).
pub const EQUIPMENT: &str = "equipment";
pub const INTERNET_HOME: &str = "internet-home";
pub const TRAVEL: &str = "travel";
pub const SUPPORT: &str = "support";

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
    NoInternet,
    /// The place offers this specific support the person asked for.
    Support(String),
    CannotTravel,
    /// An item the person cannot do alone yet.
    Item(ItemId),
    Fallback,
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
    profile: Profile,
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

/// One to three next steps, best first. `today` is "YYYY-MM-DDTHH:MM" (local), to skip
/// past dates and break ties by the next one.
pub fn recommend(
    q: &Questionnaire,
    answers: &Answers,
    catalog: &Catalog,
    today: &str,
) -> Vec<NextStep> {
    let c = Context {
        q,
        answers,
        catalog,
        profile: Profile::of(q, answers),
        person: Person::of(answers, catalog),
    };
    let weakest = c.weakest();
    let workshop = weakest.and_then(|weak| workshop_step(&c, weak, today));
    let place = place_step(&c, weakest, workshop.as_ref());
    let mut steps: Vec<NextStep> = Vec::new();
    steps.extend(workshop);
    steps.extend(place);
    steps.extend(partner_step(q, answers, catalog));
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
