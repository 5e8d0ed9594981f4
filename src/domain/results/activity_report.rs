//! The advisor's sheet in the words of the national activity report (compte rendu
//! d'activité des conseillers numériques): thématiques, autonomy, démarches, where the
//! person is sent, equipment. So that an intake is reported in seconds.

use crate::domain::catalog::Catalog;
use crate::domain::journey::answers::Answers;
use crate::domain::journey::plan::planned_items;
use crate::domain::questionnaire::skill::SkillAnswer;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::results::recommend::{NextStep, NextStepKind, SERVICE_PROCEDURES};
use crate::domain::results::scoring::{AutonomyLevel, Profile};

/// The activity report's "structure de redirection" values.
pub const REDIRECT_OPERATOR: &str =
    "Opérateur ou organisme en charge de la démarche administrative";
pub const REDIRECT_PROCEDURES: &str =
    "Structure d'aide aux démarches administratives (France Services…)";
pub const REDIRECT_MEDIATION: &str = "Structure de médiation numérique";
pub const REDIRECT_OTHER: &str = "Autre";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActivityReport {
    /// Thématiques of the items the person cannot do alone yet, in order asked.
    pub thematiques: Vec<String>,
    /// The démarches among them.
    pub demarches: Vec<String>,
    /// The overall autonomy (the lowest area level).
    pub autonomy: Option<&'static str>,
    /// Each area's name key and autonomy.
    pub autonomy_by_area: Vec<(String, &'static str)>,
    pub redirections: Vec<&'static str>,
    /// "Ordinateur", "Téléphone", "Tablette", "Pas de matériel".
    pub equipment: Vec<&'static str>,
}

pub fn activity_report(
    q: &Questionnaire,
    answers: &Answers,
    catalog: &Catalog,
    steps: &[NextStep],
) -> ActivityReport {
    let profile = Profile::of(q, answers);
    let mut report = ActivityReport::default();
    for item in planned_items(q, answers) {
        if answers
            .skill(&item.id)
            .is_some_and(|a| a != SkillAnswer::Alone)
        {
            let list = if crate::domain::catalog::vocabulary::DEMARCHES
                .contains(&item.thematique.as_str())
            {
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
    report.autonomy_by_area = profile
        .areas
        .iter()
        .filter_map(|r| Some((q.area(&r.area)?.name_key(), r.level.report_label())))
        .collect();
    for step in steps {
        let redirection = match &step.kind {
            NextStepKind::Partner(_) => REDIRECT_OPERATOR,
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
    for (option, label) in [
        ("computer", "Ordinateur"),
        ("smartphone", "Téléphone"),
        ("tablet", "Tablette"),
        ("none", "Pas de matériel"),
    ] {
        if answers.has_option(crate::domain::results::recommend::EQUIPMENT, option) {
            report.equipment.push(label);
        }
    }
    report
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::catalog::CatalogFiles;
    use crate::domain::questionnaire::ids::{NeedId, OptionId, SituationId};
    use crate::domain::results::recommend::recommend;

    #[test]
    fn uses_only_the_words_of_the_national_report() {
        let q = crate::content::questionnaire().unwrap();
        let catalog = Catalog::load(&CatalogFiles {
            places: Some(include_str!("../../../public/catalog/lieux.csv").into()),
            workshops: Some(include_str!("../../../public/catalog/ateliers.json").into()),
            partners: Some(include_str!("../../../public/catalog/partenaires.json").into()),
            territory: Some(include_str!("../../../public/catalog/territoire.json").into()),
        });
        let mut answers = Answers {
            needs: [NeedId::new("procedures")].into(),
            ..Answers::default()
        };
        answers.situation.insert(
            SituationId::new("equipment"),
            [OptionId::new("smartphone")].into(),
        );
        while let Some(item) = planned_items(&q, &answers)
            .into_iter()
            .find(|i| answers.skill(&i.id).is_none())
        {
            let id = item.id.clone();
            answers.skills.insert(id, SkillAnswer::WithHelp);
        }
        let steps = recommend(&q, &answers, &catalog, "2026-11-26T10:00");
        let report = activity_report(&q, &answers, &catalog, &steps);

        let reference: serde_json::Value =
            serde_json::from_str(include_str!("../../../content/reference/vocabulaires.json"))
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
        assert_eq!(report.autonomy, Some("Partiellement autonome"));
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
        assert!(report.redirections.contains(&REDIRECT_PROCEDURES));
        assert!(report.redirections.contains(&REDIRECT_OPERATOR));
        assert_eq!(report.equipment, ["Téléphone"]);
        assert!(report
            .equipment
            .iter()
            .all(|m| strings(&activity["materiel"]).iter().any(|x| x == m)));
    }
}
