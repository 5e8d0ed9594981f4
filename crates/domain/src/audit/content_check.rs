//! Checks of the questionnaire against the national vocabularies and the message
//! catalogs: every problem is named by file and by item, in a sentence a content
//! editor can act on. Run by the test suite on the shipped content.

use crate::journey::answers::Answers;
use crate::journey::plan::planned_items;
use crate::messages::Messages;
use crate::questionnaire::Questionnaire;
use serde::Deserialize;
use std::collections::BTreeSet;

/// The file the questionnaire is read from, as named in problems.
pub const QUESTIONNAIRE_FILE: &str = "content/questionnaire.json";

/// The national vocabularies the content must use (`content/reference/vocabulaires.json`).
#[derive(Clone, Debug, Default)]
pub struct Vocabularies {
    pub crcn_competences: BTreeSet<String>,
    pub thematiques: BTreeSet<String>,
    /// The values of the 2024 lists renamed since, with today's name.
    pub retired: std::collections::BTreeMap<String, String>,
    pub services: BTreeSet<String>,
}

#[derive(Deserialize)]
struct RawVocabularies {
    crcn: RawCrcn,
    lieux_mediation_numerique: RawPlaces,
    activite_mediateurs: RawActivity,
}

#[derive(Deserialize)]
struct RawCrcn {
    domaines: Vec<RawDomain>,
}

#[derive(Deserialize)]
struct RawDomain {
    competences: Vec<RawCode>,
}

#[derive(Deserialize)]
struct RawCode {
    code: String,
}

#[derive(Deserialize)]
struct RawPlaces {
    services: Vec<String>,
}

#[derive(Deserialize)]
struct RawActivity {
    thematiques: Vec<String>,
    thematiques_demarches: std::collections::BTreeMap<String, String>,
    retired: std::collections::BTreeMap<String, String>,
}

impl Vocabularies {
    pub fn parse(json: &str) -> Result<Self, String> {
        let raw: RawVocabularies = serde_json::from_str(json).map_err(|e| e.to_string())?;
        Ok(Self {
            crcn_competences: raw
                .crcn
                .domaines
                .into_iter()
                .flat_map(|d| d.competences)
                .map(|c| c.code)
                .collect(),
            thematiques: raw
                .activite_mediateurs
                .thematiques
                .into_iter()
                .chain(raw.activite_mediateurs.thematiques_demarches.into_keys())
                .collect(),
            retired: raw.activite_mediateurs.retired,
            services: raw.lieux_mediation_numerique.services.into_iter().collect(),
        })
    }
}

/// One problem in the content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentProblem {
    pub file: String,
    pub subject: String,
    pub detail: String,
}

impl std::fmt::Display for ContentProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.subject, self.detail)
    }
}

impl Vocabularies {
    /// What is wrong with `thematique`, if anything: a value the activity report renamed
    /// (with its new name), or no value of it at all.
    fn thematique_problem(&self, thematique: &str) -> Option<String> {
        if self.thematiques.contains(thematique) {
            return None;
        }
        Some(match self.retired.get(thematique) {
            Some(now) => format!(
                "retired thématique `{thematique}`: the activity report says `{now}` since 2025"
            ),
            None => format!("unknown thématique `{thematique}`"),
        })
    }
}

fn problem(file: &str, subject: String, detail: String) -> ContentProblem {
    ContentProblem {
        file: file.to_owned(),
        subject,
        detail,
    }
}

/// Every CRCN code, thématique and service used, checked against the vocabularies, and
/// every item checked to be reachable by at least one choice of needs.
pub fn check_questionnaire(q: &Questionnaire, vocabularies: &Vocabularies) -> Vec<ContentProblem> {
    let mut problems = Vec::new();
    let file = QUESTIONNAIRE_FILE;
    for area in q.areas() {
        if !vocabularies.services.contains(&area.service) {
            problems.push(problem(
                file,
                format!("area `{}`", area.id),
                format!("unknown national service `{}`", area.service),
            ));
        }
        for thematique in &area.thematiques {
            if let Some(detail) = vocabularies.thematique_problem(thematique) {
                problems.push(problem(file, format!("area `{}`", area.id), detail));
            }
        }
    }
    for item in q.items() {
        let subject = format!("item `{}`", item.id);
        if item.crcn.is_empty() {
            problems.push(problem(file, subject.clone(), "no CRCN code".into()));
        }
        for code in &item.crcn {
            if !vocabularies.crcn_competences.contains(code) {
                problems.push(problem(
                    file,
                    subject.clone(),
                    format!("unknown CRCN code `{code}`"),
                ));
            }
        }
        if let Some(detail) = vocabularies.thematique_problem(&item.thematique) {
            problems.push(problem(file, subject.clone(), detail));
        }
    }
    let reachable = reachable_items(q);
    for item in q.items() {
        if !reachable.contains(item.id.as_str()) {
            problems.push(problem(
                file,
                format!("item `{}`", item.id),
                "no choice of needs reaches it (its area is too long for the skill budget, or no need leads to its area)".into(),
            ));
        }
    }
    problems
}

/// The items asked on at least one path: for every choice of needs, with every
/// answer "Oui, sans aide" (the longest plan), and the situation unanswered or answered
/// with any one option an item's `when` reads (the mouse item is left out for someone
/// with only a smartphone, which leaves room for another).
fn reachable_items(q: &Questionnaire) -> BTreeSet<String> {
    let mut situations = vec![Answers::default()];
    for item in q.items() {
        if let Some(question) = item
            .when
            .as_ref()
            .and_then(|w| q.situation_question(&w.question))
        {
            for option in &question.options {
                let mut answers = Answers::default();
                answers
                    .situation
                    .insert(question.id.clone(), [option.clone()].into());
                if !situations.contains(&answers) {
                    situations.push(answers);
                }
            }
        }
    }
    let mut reachable = BTreeSet::new();
    for needs in q.need_combinations() {
        for situation in &situations {
            let answers = Answers {
                needs: needs.clone(),
                ..situation.clone()
            };
            for item in planned_items(q, &answers) {
                reachable.insert(item.id.to_string());
            }
        }
    }
    reachable
}

/// Every message the questionnaire needs, checked in one catalog (`file` names it).
pub fn check_translations(
    q: &Questionnaire,
    file: &str,
    catalog: &Messages,
) -> Vec<ContentProblem> {
    q.message_keys()
        .into_iter()
        .filter(|(_, key)| catalog.text(key).trim().is_empty() || !catalog.has(key))
        .map(|(subject, key)| problem(file, subject, format!("missing text `{key}`")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::fixtures::SAMPLE;

    fn vocabularies() -> Vocabularies {
        Vocabularies::parse(include_str!(
            "../../../../content/reference/vocabulaires.json"
        ))
        .unwrap()
    }

    fn sample_with(from: &str, to: &str) -> Questionnaire {
        let json = SAMPLE
            .replace(
                "\"service\": \"s\"",
                "\"service\": \"Maîtrise des outils numériques du quotidien\"",
            )
            .replace("\"thematique\": \"t\"", "\"thematique\": \"E-mail\"")
            .replace("\"thematiques\": [\"t\"]", "\"thematiques\": [\"E-mail\"]");
        assert!(json.contains(from), "no `{from}` in the sample");
        Questionnaire::parse(&json.replacen(from, to, 1)).unwrap()
    }

    #[test]
    fn reads_the_national_vocabularies() {
        let v = vocabularies();
        assert_eq!(v.crcn_competences.len(), 16);
        assert!(v.thematiques.contains("Prévention en sécurité numérique"));
        assert!(v.thematiques.contains("Argent - Impôts"));
        assert!(v.services.contains("Aide aux démarches administratives"));
    }

    #[test]
    fn the_sample_fixed_up_has_no_problem() {
        assert_eq!(
            check_questionnaire(&sample_with("", ""), &vocabularies()),
            []
        );
    }

    #[test]
    fn names_the_item_with_an_unknown_crcn_code_or_thematique() {
        let q = sample_with(
            "\"crcn\": [\"5.1\"], \"thematique\": \"E-mail\"",
            "\"crcn\": [\"5.9\"], \"thematique\": \"Jardinage\"",
        );
        let problems: Vec<String> = check_questionnaire(&q, &vocabularies())
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            problems,
            [
                "content/questionnaire.json: item `device-wifi`: unknown CRCN code `5.9`",
                "content/questionnaire.json: item `device-wifi`: unknown thématique `Jardinage`",
            ]
        );
    }

    #[test]
    fn names_the_item_with_a_retired_thematique_and_its_new_name() {
        let q = sample_with(
            "\"thematique\": \"E-mail\"",
            "\"thematique\": \"Travail - Formation\"",
        );
        let problems: Vec<String> = check_questionnaire(&q, &vocabularies())
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(problems.iter().any(|p| p
            == "content/questionnaire.json: item `device-power`: retired thématique `Travail - Formation`: the activity report says `Travail - Formation - Entreprise` since 2025"), "{problems:#?}");
    }

    #[test]
    fn names_an_item_no_path_can_reach() {
        // "basics" no longer leads to the device area: its advanced item is never asked.
        let q = sample_with("\"areas\": [\"device\"]", "\"areas\": [\"email\"]");
        let problems = check_questionnaire(&q, &vocabularies());
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].subject, "item `device-wifi`");
    }

    #[test]
    fn names_the_file_and_item_of_a_missing_translation() {
        let q = sample_with("", "");
        let catalog = Messages::parse("xx", r#"{"item.device-power.text": "Je sais"}"#).unwrap();
        let problems = check_translations(&q, "content/locales/xx.json", &catalog);
        assert!(problems.iter().any(|p| p.to_string()
            == "content/locales/xx.json: item `device-power`: missing text `item.device-power.example`"));
        assert!(!problems
            .iter()
            .any(|p| p.detail.contains("item.device-power.text")));
    }
}
