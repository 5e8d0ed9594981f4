//! « Voir comme un habitant »: the next steps Repère would give, with the catalog being
//! set up, to a few typical people of the territory, before anything is published.

use crate::catalog::Catalog;
use crate::journey::answers::Answers;
use crate::questionnaire::ids::NeedId;
use crate::questionnaire::skill::SkillAnswer;
use crate::questionnaire::Questionnaire;
use crate::results::recommend::{recommend, NextStepKind};
use crate::results::scoring::Profile;

/// A typical person: what they came for and how at ease they are.
pub struct Typical {
    pub who: &'static str,
    pub needs: &'static [&'static str],
    pub answer: SkillAnswer,
}

pub const TYPICAL: &[Typical] = &[
    Typical {
        who: "Une personne qui débute et veut faire ses démarches en ligne",
        needs: &["procedures"],
        answer: SkillAnswer::NotYet,
    },
    Typical {
        who: "Une personne à l'aise avec de l'aide, qui cherche un emploi",
        needs: &["job"],
        answer: SkillAnswer::WithHelp,
    },
    Typical {
        who: "Une personne qui veut prendre en main son matériel et ses e-mails",
        needs: &["basics"],
        answer: SkillAnswer::NotYet,
    },
];

/// The titles of the next steps `who` would get, best first, for a person of `commune`.
pub fn preview(
    q: &Questionnaire,
    catalog: &Catalog,
    who: &Typical,
    commune: Option<&str>,
    today: &str,
) -> Vec<String> {
    let mut answers = Answers {
        needs: who
            .needs
            .iter()
            .map(|n| NeedId::new(*n))
            .filter(|n| q.needs().iter().any(|m| m.id == *n))
            .collect(),
        commune: commune.map(str::to_owned),
        ..Answers::default()
    };
    for item in q.items() {
        answers.skills.insert(item.id.clone(), who.answer);
    }
    recommend(q, &answers, &Profile::of(q, &answers), catalog, today)
        .into_iter()
        .map(|step| match step.kind {
            NextStepKind::Workshop(i) => format!("Atelier : {}", catalog.workshops[i].title),
            NextStepKind::Place { place, .. } => format!("Lieu : {}", catalog.places[place].name),
            NextStepKind::Partner(i) => format!("Partenaire : {}", catalog.partners[i].name),
            NextStepKind::Structure => {
                format!("Votre structure : {}", catalog.territory.structure.name)
            }
            NextStepKind::HelpLine => {
                format!("Ligne nationale : {}", catalog.territory.help_line.name)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::CatalogFiles;

    #[test]
    fn a_workshop_of_the_catalog_being_set_up_is_what_a_beginner_is_offered() {
        let q = crate::content::questionnaire();
        let catalog = Catalog::load(&CatalogFiles {
            places: Some("id,nom,commune,services\nepn,EPN de Parthenay,Parthenay,Maîtrise des outils numériques du quotidien\n".into()),
            workshops: Some(r#"{"ateliers":[{"id":"tablette","titre":"Premiers pas sur la tablette","lieu":"epn","thematiques":["Prendre en main du matériel","Navigation sur internet","E-mail"],"format":"collectif"}]}"#.into()),
            partners: None,
            territory: None,
        });
        let steps = preview(
            &q,
            &catalog,
            &TYPICAL[2],
            Some("Parthenay"),
            "2026-12-01T10:00",
        );
        assert_eq!(
            steps.first().map(String::as_str),
            Some("Atelier : Premiers pas sur la tablette"),
            "{steps:?}"
        );
    }
}
