//! The advisor's sheet in the words of the national activity report (compte rendu
//! d'activité, CRA, of the Coop de la médiation numérique, as it stands in 2026): its
//! fields in its order, with its exact values, so that an intake is reported in seconds
//! (`content/reference/vocabulaires.json`, `activite_mediateurs`).

use crate::catalog::partner::Partner;
use crate::catalog::vocabulary::{DEMARCHES, DIAGNOSTIC, PROCEDURES_HELP};
use crate::catalog::Catalog;
use crate::journey::answers::Answers;
use crate::journey::plan::planned_items;
use crate::questionnaire::ids::ItemId;
use crate::questionnaire::skill::SkillAnswer;
use crate::questionnaire::Questionnaire;
use crate::results::recommend::{Door, NextStep, NextStepKind, SERVICE_PROCEDURES};
use crate::results::scoring::{AutonomyLevel, Profile};

/// The activity report's "structure de redirection" values that Repère's next steps lead to.
pub const REDIRECT_OPERATOR: &str =
    "Opérateur ou organisme en charge de la démarche administrative";
pub const REDIRECT_PROCEDURES: &str =
    "Structure d'aide aux démarches administratives (France Services…)";
pub const REDIRECT_MEDIATION: &str = "Autre structure de médiation numérique";
pub const REDIRECT_EMPLOYMENT: &str =
    "Structure d'insertion professionnelle (France Travail, mission locale, chambre de commerce…)";
pub const REDIRECT_OTHER: &str = "Autre";

/// The report's field names, in its order (the CRA form's legends).
pub const FIELD_THEMATIQUES: &str = "Thématique(s) d'accompagnement de médiation numérique";
pub const FIELD_DEMARCHES: &str = "Thématique(s) de la démarche administrative";
pub const FIELD_EQUIPMENT: &str = "Matériel numérique utilisé";
pub const FIELD_AUTONOMY: &str = "Niveau d'autonomie du bénéficiaire";
pub const FIELD_ORIENTED: &str = "Le bénéficiaire est-il orienté vers une autre structure ?";
pub const FIELD_REDIRECTION: &str = "Structure de redirection";
pub const FIELD_PROCEDURE: &str = "Préciser le nom de la démarche administrative réalisée";
/// Said beside the autonomy: Repère asks the person, it does not observe…
pub const DECLARED: &str = "déclarée par la personne";
/// …unless a hands-on check saw some of it.
pub const PARTLY_OBSERVED: &str = "déclarée par la personne, en partie observée";
/// The report's answers to its yes/no question.
pub const YES: &str = "Oui";
pub const NO: &str = "Non";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActivityReport {
    /// « Diagnostic numérique » (the intake itself), then the thématiques of the items
    /// the person cannot do alone yet, in the order asked; « Aide aux démarches
    /// administratives » when there are démarches (the report allows them only with it).
    pub thematiques: Vec<String>,
    /// The administrative thématiques among them.
    pub demarches: Vec<String>,
    /// "Ordinateur", "Téléphone", "Tablette", "Pas de matériel".
    pub equipment: Vec<&'static str>,
    /// The overall autonomy (the lowest area level), as the person declared it.
    pub autonomy: Option<&'static str>,
    /// Whether a hands-on check observed some of the items behind it.
    pub partly_observed: bool,
    /// Each area's name key and autonomy.
    pub autonomy_by_area: Vec<(String, &'static str)>,
    /// Where the next steps send the person; empty when nowhere else.
    pub redirections: Vec<&'static str>,
    /// The organisations whose procedures the next steps name (« nom de la démarche »),
    /// only when there are démarches.
    pub procedures: Vec<String>,
    /// The questions the person did not understand, to ask again in other words.
    pub not_understood: Vec<ItemId>,
}

impl ActivityReport {
    /// « Oui » when the next steps send the person to another structure.
    pub fn is_oriented(&self) -> bool {
        !self.redirections.is_empty()
    }

    /// Each field of the report with its value as it is written in the report, in the
    /// report's order: values joined with « · », « — » when there is none, the autonomy
    /// followed by « (déclarée par la personne) », « Oui »/« Non » for the orientation.
    /// The sheet on screen and the copied text both show these.
    pub fn fields(&self) -> [(&'static str, String); 7] {
        fn join<S: AsRef<str>>(values: &[S]) -> String {
            match values.is_empty() {
                true => "—".to_owned(),
                false => values
                    .iter()
                    .map(AsRef::as_ref)
                    .collect::<Vec<_>>()
                    .join(" · "),
            }
        }
        let autonomy = self
            .autonomy
            .map(|a| {
                let how = if self.partly_observed {
                    PARTLY_OBSERVED
                } else {
                    DECLARED
                };
                format!("{a} ({how})")
            })
            .unwrap_or_else(|| "—".to_owned());
        let oriented = if self.is_oriented() { YES } else { NO };
        [
            (FIELD_THEMATIQUES, join(&self.thematiques)),
            (FIELD_DEMARCHES, join(&self.demarches)),
            (FIELD_EQUIPMENT, join(&self.equipment)),
            (FIELD_AUTONOMY, autonomy),
            (FIELD_ORIENTED, oriented.to_owned()),
            (FIELD_REDIRECTION, join(&self.redirections)),
            (FIELD_PROCEDURE, join(&self.procedures)),
        ]
    }

    /// The report as text to paste into the activity report, one field a line, in the
    /// report's order: « Field : value ».
    pub fn as_text(&self) -> String {
        self.fields()
            .iter()
            .map(|(field, value)| format!("{field} : {value}"))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The report's « structure de redirection » for a partner: an insertion structure for
/// a partner of job seekers (the report's own example is France Travail), else the
/// operator in charge of the procedure.
pub fn partner_redirection(partner: &Partner) -> &'static str {
    match partner.needs.iter().any(|n| n == "job") {
        true => REDIRECT_EMPLOYMENT,
        false => REDIRECT_OPERATOR,
    }
}

pub fn activity_report(
    q: &Questionnaire,
    answers: &Answers,
    profile: &Profile,
    catalog: &Catalog,
    steps: &[NextStep],
) -> ActivityReport {
    let mut report = ActivityReport {
        thematiques: vec![DIAGNOSTIC.to_owned()],
        ..ActivityReport::default()
    };
    for item in planned_items(q, answers) {
        if answers
            .assessed(q, &item.id)
            .is_some_and(SkillAnswer::needs_help)
        {
            let list = if DEMARCHES.contains(&item.thematique.as_str()) {
                &mut report.demarches
            } else {
                &mut report.thematiques
            };
            if !list.contains(&item.thematique) {
                list.push(item.thematique.clone());
            }
        }
    }
    report.autonomy = profile.overall().map(AutonomyLevel::report_label);
    report.partly_observed = !profile.observed.is_empty();
    report.not_understood = profile.not_understood.clone();
    report.autonomy_by_area = profile
        .areas
        .iter()
        .filter_map(|r| Some((q.area(&r.area)?.name_key(), r.level.report_label())))
        .collect();
    for step in steps {
        let redirection = match &step.kind {
            NextStepKind::Partner(partner) => match catalog.partners.get(*partner) {
                Some(p) => {
                    if !report.procedures.contains(&p.name) {
                        report.procedures.push(p.name.clone());
                    }
                    // The démarche the person named: its organisme's thématiques.
                    if step.door == Door::Organisme {
                        for t in p
                            .thematiques
                            .iter()
                            .filter(|t| DEMARCHES.contains(&t.as_str()))
                        {
                            if !report.demarches.contains(t) {
                                report.demarches.push(t.clone());
                            }
                        }
                    }
                    partner_redirection(p)
                }
                None => REDIRECT_OPERATOR,
            },
            NextStepKind::Place { service, .. } if service == SERVICE_PROCEDURES => {
                REDIRECT_PROCEDURES
            }
            NextStepKind::Place { place, .. }
                if catalog.places[*place]
                    .programmes
                    .iter()
                    .any(|p| p == "France Services") =>
            {
                REDIRECT_PROCEDURES
            }
            NextStepKind::Place { .. } | NextStepKind::Workshop(_) | NextStepKind::Structure => {
                REDIRECT_MEDIATION
            }
            NextStepKind::HelpLine => REDIRECT_OTHER,
        };
        if !report.redirections.contains(&redirection) {
            report.redirections.push(redirection);
        }
    }
    if !report.demarches.is_empty() && !report.thematiques.iter().any(|t| t == PROCEDURES_HELP) {
        report.thematiques.push(PROCEDURES_HELP.to_owned());
    }
    // The report asks for a procedure's name only beside an administrative procedure.
    if report.demarches.is_empty() {
        report.procedures.clear();
    }
    for (option, label) in [
        ("computer", "Ordinateur"),
        ("smartphone", "Téléphone"),
        ("feature-phone", "Téléphone"),
        ("tablet", "Tablette"),
        ("none", "Pas de matériel"),
    ] {
        if answers.has_option(crate::results::recommend::EQUIPMENT, option)
            && !report.equipment.contains(&label)
        {
            report.equipment.push(label);
        }
    }
    report
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::catalog::CatalogFiles;
    use crate::questionnaire::ids::{NeedId, OptionId, SituationId};
    use crate::results::recommend::recommend;

    #[test]
    fn uses_only_the_words_of_the_national_report() {
        let q = crate::content::questionnaire();
        let catalog = crate::catalog::shipped_catalog();
        let mut answers = Answers {
            needs: [NeedId::new("procedures")].into(),
            ..Answers::default()
        };
        answers.situation.insert(
            SituationId::new("equipment"),
            [OptionId::new("smartphone")].into(),
        );
        for (question, option) in [("procedure", "caf"), ("wants", "with-someone")] {
            answers
                .situation
                .insert(SituationId::new(question), [OptionId::new(option)].into());
        }
        while let Some(item) = planned_items(&q, &answers)
            .into_iter()
            .find(|i| answers.skill(&i.id).is_none())
        {
            let id = item.id.clone();
            answers.skills.insert(id, SkillAnswer::WithHelp);
        }
        let profile = Profile::of(&q, &answers);
        let steps = recommend(&q, &answers, &profile, &catalog, "2026-11-26T10:00");
        let report = activity_report(&q, &answers, &profile, &catalog, &steps);

        let reference: serde_json::Value = serde_json::from_str(include_str!(
            "../../../../content/reference/vocabulaires.json"
        ))
        .unwrap();
        let activity = &reference["activite_mediateurs"];
        let strings = |v: &serde_json::Value| -> Vec<String> {
            v.as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap().to_owned())
                .collect()
        };
        let thematiques = strings(&activity["thematiques"]);
        let demarches: Vec<String> = activity["thematiques_demarches"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        assert!(
            report.thematiques.iter().all(|t| thematiques.contains(t)),
            "{:?}",
            report.thematiques
        );
        assert!(!report.demarches.is_empty());
        assert!(
            report.demarches.iter().all(|t| demarches.contains(t)),
            "{:?}",
            report.demarches
        );
        assert_eq!(
            report.autonomy,
            Some("Autonome avec guidage en cas de besoin")
        );
        assert!(strings(&activity["autonomie"])
            .iter()
            .any(|a| Some(a.as_str()) == report.autonomy));
        let redirections = strings(&activity["structure_de_redirection"]);
        assert!(
            report
                .redirections
                .iter()
                .all(|r| redirections.iter().any(|x| x == r)),
            "{:?}",
            report.redirections
        );
        assert_eq!(
            report.thematiques[0], "Diagnostic numérique",
            "the intake itself"
        );
        assert!(
            report
                .thematiques
                .iter()
                .any(|t| t == "Aide aux démarches administratives"),
            "démarches are reported only beside « Aide aux démarches administratives »"
        );
        assert!(report.is_oriented());
        assert_eq!(
            strings(&activity["champs"]),
            [
                FIELD_THEMATIQUES,
                FIELD_DEMARCHES,
                FIELD_EQUIPMENT,
                FIELD_AUTONOMY,
                FIELD_ORIENTED,
                FIELD_REDIRECTION,
                FIELD_PROCEDURE
            ]
        );
        let text = report.as_text();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 7, "{text}");
        assert!(lines[0].starts_with(
            "Thématique(s) d'accompagnement de médiation numérique : Diagnostic numérique · "
        ));
        assert_eq!(lines[3], "Niveau d'autonomie du bénéficiaire : Autonome avec guidage en cas de besoin (déclarée par la personne)");
        // A check that saw one of the items: the autonomy says it was partly observed.
        let mut checked = answers.clone();
        checked.checks_offer = Some(crate::journey::observation::ChecksOffer::Accepted);
        checked.checks.insert(
            crate::questionnaire::check::CheckId::new("type"),
            crate::journey::observation::Observation::done(
                2,
                crate::questionnaire::check::Means::Keyboard,
                8,
            ),
        );
        let observed =
            activity_report(&q, &checked, &Profile::of(&q, &checked), &catalog, &steps).as_text();
        assert!(
            observed.contains("(déclarée par la personne, en partie observée)"),
            "{observed}"
        );
        assert_eq!(
            lines[4],
            "Le bénéficiaire est-il orienté vers une autre structure ? : Oui"
        );
        assert!(report.redirections.contains(&REDIRECT_PROCEDURES));
        assert!(report.redirections.contains(&REDIRECT_OPERATOR));
        assert_eq!(report.equipment, ["Téléphone"]);
        assert!(report
            .equipment
            .iter()
            .all(|m| strings(&activity["materiel"]).iter().any(|x| x == m)));
    }

    /// A question not understood says nothing of the person: its thématique is not
    /// reported; the question is listed for the advisor instead. A phone with buttons is
    /// the report's « Téléphone », said once beside a smartphone.
    #[test]
    fn a_question_not_understood_reports_no_thematique() {
        let q = crate::content::questionnaire();
        let catalog = Catalog::load(&CatalogFiles::default());
        let mut answers = Answers {
            needs: [NeedId::new("money")].into(),
            ..Answers::default()
        };
        answers.situation.insert(
            SituationId::new("equipment"),
            [OptionId::new("smartphone"), OptionId::new("feature-phone")].into(),
        );
        for item in q.items().iter().filter(|i| i.area.as_str() == "money") {
            answers
                .skills
                .insert(item.id.clone(), SkillAnswer::NotUnderstood);
        }
        let report = activity_report(&q, &answers, &Profile::of(&q, &answers), &catalog, &[]);
        assert_eq!(report.thematiques, ["Diagnostic numérique"]);
        assert!(!report.not_understood.is_empty());
        assert_eq!(report.equipment, ["Téléphone"]);
    }
}
