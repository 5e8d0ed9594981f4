//! What one visit adds to the figures, and when. [`VisitTally`] follows the visit in
//! memory only (never stored) so that each thing is counted once per visit: a visit
//! counts as started (or resumed), then either as reaching its results or as
//! interrupted at a stage, never both. So « commencées » + « reprises » =
//! « allées jusqu'aux résultats » + « interrompues », once every visit has ended.
//!
//! | event | counted | when |
//! |---|---|---|
//! | « Commencer » / « Reprendre » | started / resumed, the mode, the language | at once |
//! | another language chosen | that language, once per visit | at once |
//! | the results reached | finished, each need, each barrier, the level per area | the first time |
//! | the next steps shown | workshops by thématique, places by service, partners by structure de redirection | the first time the catalog is read |
//! | the code shown, a sheet printed | one each (each print counts) | at once |
//! | the visit ends before its results (erased, reset, the page closed) | interrupted, at its stage | then |

use super::measure::{Family, Measure};
use crate::catalog::vocabulary::is_thematique;
use crate::catalog::Catalog;
use crate::journey::answers::Answers;
use crate::journey::plan::Question;
use crate::journey::Stage;
use crate::results::activity_report::partner_redirection;
use crate::results::recommend::{
    language_other_than_french, NextStep, NextStepKind, EMAIL_ADDRESS, EQUIPMENT, HELPER,
    INTERNET_HOME, SUPPORT,
};
use crate::results::scoring::Profile;
use crate::site::mode::Mode;

/// One visit as the figures follow it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VisitTally {
    open: bool,
    finished: bool,
    steps_counted: bool,
    code_counted: bool,
    languages: Vec<String>,
}

impl VisitTally {
    /// Whether a visit is being followed.
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// « Commencer »: a new visit (nothing if one is already going on).
    pub fn start(&mut self, mode: Mode, language: &str) -> Vec<Measure> {
        self.open_as(Family::Started, mode, language)
    }

    /// « Reprendre »: progress saved earlier, taken up again.
    pub fn resume(&mut self, mode: Mode, language: &str) -> Vec<Measure> {
        self.open_as(Family::Resumed, mode, language)
    }

    fn open_as(&mut self, family: Family, mode: Mode, language: &str) -> Vec<Measure> {
        if self.open {
            return Vec::new();
        }
        *self = Self {
            open: true,
            ..Self::default()
        };
        let mut measures = vec![
            Measure::of(family),
            Measure::with(Family::Mode, mode.as_str()),
        ];
        measures.extend(self.language(language));
        measures
    }

    /// The visit now reads in `language`.
    pub fn language(&mut self, language: &str) -> Vec<Measure> {
        if !self.open || self.languages.iter().any(|l| l == language) {
            return Vec::new();
        }
        self.languages.push(language.to_owned());
        vec![Measure::with(Family::Language, language)]
    }

    /// The results are shown: the needs, barriers and levels, the first time.
    pub fn reached_results(&mut self, answers: &Answers, profile: &Profile) -> Vec<Measure> {
        if !self.open || self.finished {
            return Vec::new();
        }
        self.finished = true;
        let mut measures = vec![Measure::of(Family::Finished)];
        measures.extend(
            answers
                .needs
                .iter()
                .map(|n| Measure::with(Family::Need, n.as_str())),
        );
        measures.extend(
            barriers(answers)
                .into_iter()
                .map(|b| Measure::with(Family::Barrier, b)),
        );
        measures.extend(
            super::measure::TRIAGE_QUESTIONS
                .iter()
                .flat_map(|question| {
                    answers
                        .options(&crate::questionnaire::ids::SituationId::new(*question))
                        .into_iter()
                        .map(move |option| {
                            Measure::with(Family::Triage, format!("{question}:{option}"))
                        })
                }),
        );
        measures.extend(profile.areas.iter().map(|r| {
            Measure::with(
                Family::Level,
                format!("{}:{}", r.area, r.level.report_label()),
            )
        }));
        measures
    }

    /// The next steps are shown (once the catalog is read): the first time only.
    pub fn steps_shown(&mut self, catalog: &Catalog, steps: &[NextStep]) -> Vec<Measure> {
        if !self.open || !self.finished || self.steps_counted {
            return Vec::new();
        }
        self.steps_counted = true;
        step_measures(catalog, steps)
    }

    /// The code for an advisor is on the screen.
    pub fn code_shown(&mut self) -> Vec<Measure> {
        if !self.open || self.code_counted {
            return Vec::new();
        }
        self.code_counted = true;
        vec![Measure::of(Family::CodeShown)]
    }

    /// A sheet is printed (each print counts).
    pub fn printed(&self) -> Vec<Measure> {
        match self.open {
            true => vec![Measure::of(Family::SheetPrinted)],
            false => Vec::new(),
        }
    }

    /// The visit ends, at `stage`: interrupted if it had not reached its results.
    pub fn close(&mut self, stage: &Stage) -> Vec<Measure> {
        let was = std::mem::take(self);
        if !was.open || was.finished {
            return Vec::new();
        }
        let at = match stage {
            Stage::Welcome | Stage::Question(Question::Needs) => "needs",
            Stage::Question(Question::Situation(_)) => "situation",
            Stage::Question(_) => "skills",
            // On the results before they were counted (they were just reached): the
            // visit did reach them.
            Stage::Results => return vec![Measure::of(Family::Finished)],
        };
        vec![Measure::with(Family::Abandoned, at)]
    }
}

/// The barriers the situation's answers show, by [`super::measure::BARRIERS`] code.
pub fn barriers(answers: &Answers) -> Vec<&'static str> {
    let has = |question: &str, option: &str| answers.has_option(question, option);
    let online_device = ["smartphone", "computer", "tablet"]
        .iter()
        .any(|o| has(EQUIPMENT, o));
    let found = [
        (
            "no-device",
            has(EQUIPMENT, "none") || (has(EQUIPMENT, "feature-phone") && !online_device),
        ),
        ("no-internet", has(INTERNET_HOME, "no")),
        (
            "no-email",
            ["no", "forgotten", "relative"]
                .iter()
                .any(|o| has(EMAIL_ADDRESS, o)),
        ),
        ("reading", has(SUPPORT, "reading")),
        ("language", language_other_than_french(answers).is_some()),
        ("travel", has(SUPPORT, "travel")),
        ("hearing", has(SUPPORT, "hearing")),
        ("sight", has(SUPPORT, "sight")),
        ("mobility", has(SUPPORT, "mobility")),
        ("no-helper", has(HELPER, "no")),
    ];
    found
        .into_iter()
        .filter(|(_, on)| *on)
        .map(|(b, _)| b)
        .collect()
}

/// The next steps in the activity report's words: each workshop's thématiques, each
/// place's national service, each partner's structure de redirection (each value once).
pub fn step_measures(catalog: &Catalog, steps: &[NextStep]) -> Vec<Measure> {
    let mut measures: Vec<Measure> = Vec::new();
    let mut add = |m: Measure| {
        if !measures.contains(&m) {
            measures.push(m);
        }
    };
    for step in steps {
        match &step.kind {
            NextStepKind::Workshop(index) => {
                if let Some(workshop) = catalog.workshops.get(*index) {
                    for theme in workshop.themes.iter().filter(|t| is_thematique(t)) {
                        add(Measure::with(Family::WorkshopThematique, theme.as_str()));
                    }
                }
            }
            NextStepKind::Place { service, .. } => {
                add(Measure::with(Family::PlaceService, service.as_str()));
            }
            NextStepKind::Partner(index) => {
                if let Some(partner) = catalog.partners.get(*index) {
                    add(Measure::with(
                        Family::PartnerRedirection,
                        partner_redirection(partner),
                    ));
                }
            }
            NextStepKind::Structure => add(Measure::with(Family::OtherStep, "structure")),
            NextStepKind::HelpLine => add(Measure::with(Family::OtherStep, "help-line")),
        }
    }
    measures
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
