//! The person, read once from their answers: the door they want, how urgent it is, the
//! démarche and its organisme, their equipment, whether they can travel, their senses,
//! reading and language, who helps them, and where they start from. Nothing else in
//! the triage reads the answers.

use crate::catalog::Catalog;
use crate::journey::answers::Answers;
use crate::journey::shortcut::{URGENCY, WANTS};
use crate::questionnaire::area::AreaId;
use crate::questionnaire::ids::{NeedId, OptionId, SituationId};
use crate::questionnaire::skill::SkillAnswer;
use crate::questionnaire::Questionnaire;
use crate::results::scoring::{AreaResult, AutonomyLevel, Profile};

/// The situation question ids and options the triage reads (checked against the
/// content by a test).
pub const PROCEDURE: &str = "procedure";
/// The `procedure` options that name no organisme.
pub const NO_ORGANISME: [&str; 2] = ["other", "none"];
pub const EQUIPMENT: &str = "equipment";
pub const INTERNET_HOME: &str = "internet-home";
pub const SMS: &str = "sms";
pub const EMAIL_ADDRESS: &str = "email-address";
pub const SUPPORT: &str = "support";
pub const LANGUAGE: &str = "language";
pub const FRENCH: &str = "fr";
pub const HELPER: &str = "helper";
/// The questions of the triage that an advisor asks at intake, said back on the
/// advisor's sheet and counted in the figures as answered.
pub const TRIAGE_QUESTIONS: [&str; 5] = [PROCEDURE, "urgency", "wants", LANGUAGE, HELPER];
/// The `support` options read as specific supports (hearing…), and the one for
/// "getting to an appointment is hard".
pub const SUPPORTS: [&str; 4] = ["hearing", "sight", "mobility", "reading"];
pub const SUPPORT_TRAVEL: &str = "travel";
/// The needs whose online démarches need an account (an e-mail address, SMS codes).
pub const NEEDS_WITH_ACCOUNTS: [&str; 6] =
    ["procedures", "job", "health", "money", "school", "family"];
/// The need whose work is done on a computer (a CV, a cover letter), and its item that
/// needs one: someone who needs help with it and has no computer needs a place with one.
pub const NEED_WITH_A_COMPUTER: &str = "job";
pub const ITEM_ON_A_COMPUTER: &str = "work-cv";
/// From this many questions not understood, an advisor, one to one, comes first.
pub const SEVERAL_NOT_UNDERSTOOD: usize = 2;

/// The language the person speaks best, when it is not French (the answer to
/// `language`): what the triage, the figures and the results' offer of another language
/// all read.
pub fn language_other_than_french(answers: &Answers) -> Option<OptionId> {
    answers
        .options(&SituationId::new(LANGUAGE))
        .into_iter()
        .find(|l| l.as_str() != FRENCH)
}

/// How the person wants to do their démarche.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wants {
    Learn,
    WithSomeone,
    DoneWithMe,
    Unsaid,
}

/// Who can help the person with devices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Helper {
    Nobody,
    Someone,
    Unsaid,
}

/// What the triage knows of the person.
pub(super) struct Person {
    /// The démarche named (an option of `procedure`), "other" included, "none" not.
    pub demarche: Option<OptionId>,
    pub wants: Wants,
    /// `Some(true)` this week, `Some(false)` this month.
    pub urgent: Option<bool>,
    pub no_device: bool,
    pub feature_phone_only: bool,
    pub borrowed_only: bool,
    pub no_internet: bool,
    /// Needs a computer (a CV) and has none.
    pub needs_computer: bool,
    pub no_sms: bool,
    pub email: Option<super::Reason>,
    pub needs_accounts: bool,
    /// The `support` options among [`SUPPORTS`], and "language" when French is not
    /// the language spoken best.
    pub supports: Vec<&'static str>,
    pub cannot_travel: bool,
    /// The language spoken best, when it is not French.
    pub language: Option<OptionId>,
    pub helper: Helper,
    /// « Vous découvrez » in an area the needs lead to.
    pub beginner: bool,
    pub not_understood: usize,
    /// The weakest area among those the needs lead to (or overall).
    pub weakest: Option<AreaResult>,
    /// The needs' reason and the level, for the weakest area.
    pub weakest_reasons: Vec<super::Reason>,
    /// The weakest area's national service and its themes (service and thématiques).
    pub weakest_service: Option<String>,
    pub weakest_themes: Vec<String>,
    /// The e-mail area's themes.
    pub email_themes: Vec<String>,
    /// Démarches chosen and not yet mastered: the reasons to learn them.
    pub procedures_to_learn: Option<Vec<super::Reason>>,
    /// The items of a chosen need not done alone yet, with that need and the item's
    /// thématique, in the plan's order.
    pub struggling: Vec<(NeedId, crate::questionnaire::ids::ItemId, String)>,
    pub origin: Option<(f64, f64)>,
    /// The person's commune (lower case) and its postal code.
    pub home: Option<(String, String)>,
}

impl Person {
    pub fn of(q: &Questionnaire, answers: &Answers, profile: &Profile, catalog: &Catalog) -> Self {
        let has = |question: &str, option: &str| answers.has_option(question, option);
        let one = |question: &str| {
            answers
                .options(&SituationId::new(question))
                .into_iter()
                .next()
        };
        let chosen = |need: &str| answers.needs.contains(&NeedId::new(need));
        let demarche = one(PROCEDURE).filter(|o| o.as_str() != "none");
        let wants = match demarche
            .as_ref()
            .and(one(WANTS))
            .as_ref()
            .map(OptionId::as_str)
        {
            Some("learn") => Wants::Learn,
            Some("with-someone") => Wants::WithSomeone,
            Some("done-with-me") => Wants::DoneWithMe,
            _ => Wants::Unsaid,
        };
        let online = ["smartphone", "computer", "tablet"];
        let own_online = online.iter().any(|o| has(EQUIPMENT, o));
        let has_computer = has(EQUIPMENT, "computer");
        let language = language_other_than_french(answers);
        let mut supports: Vec<&'static str> =
            SUPPORTS.into_iter().filter(|o| has(SUPPORT, o)).collect();
        if language.is_some() {
            supports.push("language");
        }
        let commune = answers
            .commune
            .as_deref()
            .and_then(|c| catalog.territory.commune(c));
        let weakest = weakest(q, answers, profile).cloned();
        let weakest_reasons = weakest
            .as_ref()
            .map(|w| area_reasons(q, answers, w))
            .unwrap_or_default();
        let need_areas: Vec<&AreaId> = q
            .needs()
            .iter()
            .filter(|n| answers.needs.contains(&n.id))
            .flat_map(|n| n.areas.iter())
            .collect();
        let procedures = AreaId::new("procedures");
        let procedures_level = profile.level_of(&procedures);
        let procedures_to_learn = (chosen("procedures")
            && procedures_level.is_none_or(|l| l < AutonomyLevel::Autonomous))
        .then(|| {
            let mut reasons = vec![super::Reason::Need(NeedId::new("procedures"))];
            if let Some(level) = procedures_level {
                reasons.push(super::Reason::AreaLevel {
                    area: procedures,
                    level,
                });
            }
            reasons
        });
        let struggling = crate::journey::plan::planned_items(q, answers)
            .into_iter()
            .filter(|item| {
                answers
                    .assessed(q, &item.id)
                    .is_some_and(SkillAnswer::needs_help)
            })
            .filter_map(|item| {
                let need = q
                    .needs()
                    .iter()
                    .find(|n| answers.needs.contains(&n.id) && n.areas.contains(&item.area))?;
                Some((need.id.clone(), item.id.clone(), item.thematique.clone()))
            })
            .collect();
        Self {
            weakest_service: weakest
                .as_ref()
                .and_then(|w| q.area(&w.area))
                .map(|a| a.service.clone()),
            weakest_themes: weakest
                .as_ref()
                .map(|w| area_themes(q, &w.area))
                .unwrap_or_default(),
            email_themes: area_themes(q, &AreaId::new("email")),
            procedures_to_learn,
            struggling,
            demarche,
            wants,
            urgent: if has(URGENCY, "week") {
                Some(true)
            } else {
                has(URGENCY, "month").then_some(false)
            },
            no_device: has(EQUIPMENT, "none"),
            feature_phone_only: has(EQUIPMENT, "feature-phone") && !own_online,
            borrowed_only: has(EQUIPMENT, "borrowed") && !own_online,
            no_internet: has(INTERNET_HOME, "no"),
            needs_computer: chosen(NEED_WITH_A_COMPUTER)
                && !has_computer
                && answers
                    .assessed(
                        q,
                        &crate::questionnaire::ids::ItemId::new(ITEM_ON_A_COMPUTER),
                    )
                    .is_some_and(SkillAnswer::needs_help),
            no_sms: has(SMS, "no") || has(SMS, "relative"),
            email: [
                ("no", super::Reason::NoEmail),
                ("forgotten", super::Reason::ForgottenEmail),
                ("relative", super::Reason::RelativeEmail),
            ]
            .into_iter()
            .find(|(o, _)| has(EMAIL_ADDRESS, o))
            .map(|(_, r)| r),
            needs_accounts: NEEDS_WITH_ACCOUNTS.iter().any(|n| chosen(n)),
            supports,
            cannot_travel: has(SUPPORT, SUPPORT_TRAVEL),
            language,
            helper: if has(HELPER, "no") {
                Helper::Nobody
            } else if has(HELPER, "yes") || has(HELPER, "sometimes") {
                Helper::Someone
            } else {
                Helper::Unsaid
            },
            beginner: profile
                .areas
                .iter()
                .any(|r| r.level == AutonomyLevel::FullySupported && need_areas.contains(&&r.area)),
            not_understood: answers
                .skills
                .values()
                .filter(|a| **a == SkillAnswer::NotUnderstood)
                .count(),
            weakest,
            weakest_reasons,
            origin: commune.and_then(|c| c.position),
            home: commune.map(|c| (c.name.to_lowercase(), c.postcode.clone())),
        }
    }

    pub fn has_support(&self, option: &str) -> bool {
        self.supports.contains(&option)
    }

    /// Whether the person would rather meet someone, one to one, before any group: a
    /// beginner in the areas of their needs, nobody to help them, reading is hard, or
    /// French is not the language they speak best.
    pub fn one_to_one_first(&self) -> bool {
        self.beginner
            || self.helper == Helper::Nobody
            || self.language.is_some()
            || self.has_support("reading")
    }

    /// « Vous avez dit : … » of the démarche named, if any.
    pub fn said_demarche(&self) -> Vec<super::Reason> {
        self.demarche
            .clone()
            .map(super::Reason::Demarche)
            .into_iter()
            .collect()
    }

    /// Whether they want the démarche done with someone beside them rather than learnt.
    pub fn wants_someone(&self) -> bool {
        matches!(self.wants, Wants::WithSomeone | Wants::DoneWithMe)
    }
}

/// "Vous avez choisi …" and "Pour « … », vous débutez".
fn area_reasons(q: &Questionnaire, answers: &Answers, result: &AreaResult) -> Vec<super::Reason> {
    let need = q
        .needs()
        .iter()
        .find(|n| answers.needs.contains(&n.id) && n.areas.contains(&result.area))
        .map(|n| n.id.clone());
    let mut reasons: Vec<super::Reason> = need.map(super::Reason::Need).into_iter().collect();
    reasons.push(super::Reason::AreaLevel {
        area: result.area.clone(),
        level: result.level,
    });
    reasons
}

/// The weakest area among those the needs lead to; on a tie, the one the needs name
/// first (a job seeker's "work" before their "email").
fn weakest<'a>(
    q: &Questionnaire,
    answers: &Answers,
    profile: &'a Profile,
) -> Option<&'a AreaResult> {
    let chosen_areas: Vec<&AreaId> = q
        .needs()
        .iter()
        .filter(|n| answers.needs.contains(&n.id))
        .flat_map(|n| n.areas.iter())
        .collect();
    let rank = |area: &AreaId| chosen_areas.iter().position(|a| *a == area);
    profile
        .areas
        .iter()
        .filter(|r| rank(&r.area).is_some())
        .min_by_key(|r| (r.level, rank(&r.area)))
        .or_else(|| profile.areas.iter().min_by_key(|r| r.level))
}

/// The themes that describe an area: its national service and its thématiques.
fn area_themes(q: &Questionnaire, area: &AreaId) -> Vec<String> {
    q.area(area)
        .map(|a| {
            std::iter::once(a.service.clone())
                .chain(a.thematiques.iter().cloned())
                .collect()
        })
        .unwrap_or_default()
}
