//! The next steps, as an advisor triages: the person read once, every candidate of the
//! catalog judged once against them, then the steps chosen by one rule.
//!
//! - `person`: the answers read once into what the person needs now and what
//!   constrains them (the door they want, urgency, the démarche and its organisme,
//!   equipment, travel, senses, reading, language, who helps them, their level).
//! - `judged`: every place and workshop judged once (distance, reach, supports, what
//!   it adds to a step's reasons), with the one ranking every door uses.
//! - `doors` and `learn`: the candidate steps, each with its [`Door`] and its reasons.
//! - `choose`: the rule, stated in `ARCHITECTURE.md` ("The triage"): the steps in the
//!   order of their doors (accompanied, the organisme, what stands in the way,
//!   learning); two steps to the same door become one; at most three, plus the
//!   organisme's partner, which is never cut; never zero.

mod choose;
mod doors;
mod judged;
mod learn;
mod person;
mod reason;

use crate::catalog::Catalog;
use crate::journey::answers::Answers;
use crate::questionnaire::Questionnaire;
use crate::results::scoring::Profile;
pub use doors::AIDANTS_CONNECT;
pub use person::{
    language_other_than_french, EMAIL_ADDRESS, EQUIPMENT, FRENCH, HELPER, INTERNET_HOME, LANGUAGE,
    PROCEDURE, SMS, SUPPORT, SUPPORT_TRAVEL, TRIAGE_QUESTIONS,
};
pub use reason::{Reason, SUPPORT_NEEDS};

pub const SERVICE_EQUIPMENT: &str = "Accès internet et matériel informatique";
pub const SERVICE_PROCEDURES: &str = "Aide aux démarches administratives";
pub const SERVICE_SOLIDARITY_EQUIPMENT: &str =
    "Acquisition de matériel informatique à prix solidaire";
/// The national service for everyday digital skills, where an e-mail address is made.
pub const SERVICE_EVERYDAY: &str = "Maîtrise des outils numériques du quotidien";
/// A place is « près de chez vous » within this many kilometres.
pub const NEAR_KM: f64 = 10.0;
/// At most this many steps, besides the organisme's partner.
pub const MAX_STEPS: usize = 3;

/// The kind of door a step opens, in the order an advisor opens them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Door {
    /// A démarche done with someone (France Services, Aidants Connect).
    Accompanied,
    /// The organisme the démarche is with.
    Organisme,
    /// What stands in the way: understanding, language, reading, equipment, travel,
    /// SMS codes, an e-mail address.
    Barrier,
    /// Learning to do it oneself.
    Learn,
    /// Nothing else fits: the structure, or the national help line.
    Fallback,
}

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

#[derive(Clone, Debug, PartialEq)]
pub struct NextStep {
    pub kind: NextStepKind,
    pub reasons: Vec<Reason>,
    /// Kilometres from the person's commune, when both are known.
    pub distance_km: Option<f64>,
    pub door: Door,
}

/// One to three next steps, best first (four when the organisme's partner comes on
/// top), for the person whose answers and profile (`Profile::of(q, answers)`, computed
/// once by the caller) are given. `today` is "YYYY-MM-DDTHH:MM" (local), to skip past
/// dates and break ties by the next one.
pub fn recommend(
    q: &Questionnaire,
    answers: &Answers,
    profile: &Profile,
    catalog: &Catalog,
    today: &str,
) -> Vec<NextStep> {
    let person = person::Person::of(q, answers, profile, catalog);
    let judged = judged::Judged::of(&person, catalog, today);
    let candidates = doors::accompanied(&person, &judged)
        .into_iter()
        .chain(doors::organisme(&person, &judged))
        .chain(doors::barriers(&person, &judged))
        .chain(learn::learning(&person, &judged));
    choose::choose(&person, &judged, candidates)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
