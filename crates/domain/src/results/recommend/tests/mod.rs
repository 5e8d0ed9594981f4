//! Table-driven and property tests of the recommendations, on the shipped questionnaire
//! and a small catalog of a fictional territory.

use super::*;
use crate::catalog::place::Place;
use crate::catalog::CatalogFiles;
use crate::journey::observation::{ChecksOffer, Observation};
use crate::journey::plan::planned_items;
use crate::questionnaire::check::{CheckId, Means};
use crate::questionnaire::ids::{OptionId, SituationId};
use crate::questionnaire::skill::SkillAnswer;
use proptest::prelude::*;

const PLACES: &str = "\
id,nom,commune,services,prise_en_charge_specifique,itinerance,modalites_accompagnement
fs-parthenay,France Services Parthenay,Parthenay,Aide aux démarches administratives,,Fixe,Accompagnement individuel
fs-secondigny,France Services Secondigny,Secondigny,Aide aux démarches administratives,Surdité,Fixe,Accompagnement individuel
epn,Espace numérique,Parthenay,Maîtrise des outils numériques du quotidien|Accès internet et matériel informatique|Utilisation sécurisée du numérique,,Fixe,Dans un atelier collectif
bus,Bus numérique,Thénezay,Maîtrise des outils numériques du quotidien|Aide aux démarches administratives,Illettrisme,Itinérant,Accompagnement individuel
mediatheque,Médiathèque,Parthenay,Insertion professionnelle via le numérique|Loisirs et créations numériques,Langues étrangères (autres),Fixe,Dans un atelier collectif
";

const WORKSHOPS: &str = r#"{"ateliers":[
 {"id":"debutants-epn","titre":"Premiers pas","lieu":"epn","thematiques":["Prendre en main du matériel"],"niveau":"Débutant","dates":["2026-12-10T14:00"],"format":"collectif"},
 {"id":"debutants-bus","titre":"Premiers pas au bus","lieu":"bus","thematiques":["Prendre en main du matériel"],"niveau":"Débutant","dates":["2026-12-03T10:00"],"format":"collectif"},
 {"id":"cv","titre":"Atelier CV","lieu":"mediatheque","thematiques":["Insertion professionnelle"],"niveau":"Intermédiaire","format":"collectif"},
 {"id":"securite-distance","titre":"Sécurité à distance","thematiques":["Prévention en sécurité numérique"],"format":"a-distance"},
 {"id":"securite-avance","titre":"Sécurité avancée","lieu":"epn","thematiques":["Prévention en sécurité numérique"],"niveau":"Avancé","format":"collectif"},
 {"id":"old","titre":"Ancien atelier","lieu":"epn","thematiques":["E-mail"],"niveau":"Débutant","dates":["2020-01-01T10:00"],"format":"collectif"},
 {"id":"email-debutants","titre":"Premiers e-mails","lieu":"epn","thematiques":["E-mail"],"niveau":"Débutant","dates":["2026-12-08T14:00"],"format":"collectif"},
 {"id":"rdv-conseiller","titre":"Rendez-vous avec un conseiller","lieu":"epn","thematiques":["Maîtrise des outils numériques du quotidien"],"format":"individuel"}
]}"#;

const TERRITORY: &str = r#"{"nom":"Test","communes":[
 {"nom":"Parthenay","latitude":46.65,"longitude":-0.25},
 {"nom":"Secondigny","latitude":46.61,"longitude":-0.42},
 {"nom":"Thénezay","latitude":46.72,"longitude":-0.03}],
 "structure":{"nom":"Communauté de communes"}}"#;

const TODAY: &str = "2026-11-26T10:00";

fn catalog() -> Catalog {
    Catalog::load(&CatalogFiles {
        places: Some(PLACES.into()),
        workshops: Some(WORKSHOPS.into()),
        partners: Some(include_str!("../../../../../../public/catalog/partenaires.json").into()),
        territory: Some(TERRITORY.into()),
    })
}

fn questionnaire() -> Questionnaire {
    crate::content::questionnaire().unwrap()
}

/// A person: needs, situation answers ("question=option"), one answer for every skill
/// item asked (with exceptions by item id), and a commune.
struct Case {
    name: &'static str,
    needs: &'static [&'static str],
    situation: &'static [&'static str],
    skills: SkillAnswer,
    except: &'static [(&'static str, SkillAnswer)],
    commune: Option<&'static str>,
    expected: &'static [&'static str],
}

fn answers_of(q: &Questionnaire, case: &Case) -> Answers {
    let mut answers = Answers {
        needs: case.needs.iter().map(|n| NeedId::new(*n)).collect(),
        commune: case.commune.map(str::to_owned),
        ..Answers::default()
    };
    for pair in case.situation {
        let (question, option) = pair.split_once('=').unwrap();
        answers
            .situation
            .entry(SituationId::new(question))
            .or_default()
            .insert(OptionId::new(option));
    }
    // Answer in plan order, so that skips apply as they would on screen.
    for _ in 0..60 {
        let next = planned_items(q, &answers)
            .into_iter()
            .find(|i| answers.skill(&i.id).is_none());
        let Some(item) = next else { break };
        let answer = case
            .except
            .iter()
            .find(|(id, _)| *id == item.id.as_str())
            .map_or(case.skills, |(_, a)| *a);
        answers.skills.insert(item.id.clone(), answer);
    }
    answers
}

/// "workshop:cv", "place:epn", "partner:caf", "structure", "help-line".
/// The next steps for these answers, the profile computed as the results screen does.
fn steps_for(
    q: &Questionnaire,
    answers: &Answers,
    catalog: &Catalog,
    today: &str,
) -> Vec<NextStep> {
    recommend(q, answers, &Profile::of(q, answers), catalog, today)
}

fn label(catalog: &Catalog, step: &NextStep) -> String {
    match &step.kind {
        NextStepKind::Workshop(i) => format!("workshop:{}", catalog.workshops[*i].id),
        NextStepKind::Place { place, .. } => format!("place:{}", catalog.places[*place].id),
        NextStepKind::Partner(i) => format!("partner:{}", catalog.partners[*i].id),
        NextStepKind::Structure => "structure".into(),
        NextStepKind::HelpLine => "help-line".into(),
    }
}

mod barriers;
mod personas;

use personas::CASES;

#[test]
fn every_step_says_why_in_the_persons_own_answers() {
    let (q, catalog) = (questionnaire(), catalog());
    let steps = steps_for(&q, &answers_of(&q, &CASES[0]), &catalog, TODAY);
    assert_eq!(
        steps[0].reasons,
        [
            Reason::NoEquipment,
            Reason::NoInternet,
            Reason::EquipmentPlace
        ]
    );
    assert_eq!(
        steps[1].reasons,
        [
            Reason::Need(NeedId::new("procedures")),
            Reason::AreaLevel {
                area: AreaId::new("procedures"),
                level: AutonomyLevel::FullySupported
            }
        ]
    );
    let steps = steps_for(&q, &answers_of(&q, &CASES[1]), &catalog, TODAY);
    assert!(steps[0].reasons.contains(&Reason::Support("hearing")));
    let steps = steps_for(&q, &answers_of(&q, &CASES[3]), &catalog, TODAY);
    assert!(steps[1]
        .reasons
        .contains(&Reason::Item(ItemId::new("procedures-taxes"))));
}

#[test]
fn without_any_catalog_the_help_line_remains() {
    let q = questionnaire();
    let empty = Catalog::load(&CatalogFiles::default());
    let steps = steps_for(&q, &answers_of(&q, &CASES[12]), &empty, TODAY);
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0].kind, NextStepKind::HelpLine);
    assert_eq!(
        empty.problems.iter().filter(|p| p.serious).count(),
        4,
        "one plain problem per missing file"
    );
}

#[test]
fn the_situation_ids_the_engine_reads_exist() {
    let q = questionnaire();
    let options = [
        (
            EQUIPMENT,
            &["none", "feature-phone", "smartphone", "computer", "tablet"][..],
        ),
        (INTERNET_HOME, &["no"]),
        (SMS, &["no", "relative"]),
        (EMAIL_ADDRESS, &["no", "forgotten", "relative"]),
        (URGENCY, &["week", "month"]),
        (SUPPORT, &[SUPPORT_TRAVEL]),
    ];
    for (id, options) in options {
        let question = q.situation_question(&SituationId::new(id));
        assert!(question.is_some(), "{id}");
        for option in options {
            assert!(
                question.unwrap().has_option(&OptionId::new(*option)),
                "{id}: {option}"
            );
        }
    }
    let support = q.situation_question(&SituationId::new(SUPPORT)).unwrap();
    for (option, _) in SUPPORT_NEEDS {
        assert!(support.has_option(&OptionId::new(option)), "{option}");
    }
}

fn any_case() -> impl Strategy<Value = Answers> {
    let q = questionnaire();
    let needs: Vec<NeedId> = q.needs().iter().map(|n| n.id.clone()).collect();
    let items: Vec<ItemId> = q.items().iter().map(|i| i.id.clone()).collect();
    let situation: Vec<(SituationId, Vec<OptionId>)> = q
        .situation()
        .iter()
        .map(|s| (s.id.clone(), s.options.clone()))
        .collect();
    (
        prop::sample::subsequence(needs, 1..=4),
        prop::collection::vec(0usize..4, items.len()),
        prop::collection::vec(0usize..6, situation.len()),
        prop::option::of(prop::sample::select(vec![
            "Parthenay",
            "Secondigny",
            "Thénezay",
            "Ailleurs",
        ])),
        any_checks(),
    )
        .prop_map(
            move |(needs, skills, picks, commune, (checks_offer, checks))| Answers {
                needs: needs.into_iter().collect(),
                skills: items
                    .iter()
                    .cloned()
                    .zip(skills.into_iter().map(|i| SkillAnswer::ALL[i]))
                    .collect(),
                situation: situation
                    .iter()
                    .zip(picks)
                    .map(|((id, options), pick)| {
                        (id.clone(), [options[pick % options.len()].clone()].into())
                    })
                    .collect(),
                commune: commune.map(str::to_owned),
                checks_offer,
                checks,
            },
        )
}

/// The offer answered or not, and any observation of the shipped checks.
fn any_checks() -> impl Strategy<
    Value = (
        Option<ChecksOffer>,
        std::collections::BTreeMap<CheckId, Observation>,
    ),
> {
    let ids: Vec<CheckId> = questionnaire()
        .checks()
        .map(|c| c.list.iter().map(|c| c.id.clone()).collect())
        .unwrap_or_default();
    (
        prop::option::of(prop::sample::select(vec![
            ChecksOffer::Accepted,
            ChecksOffer::Declined,
        ])),
        prop::collection::vec((0u8..4, 0u8..6, 0usize..3, 0u16..120), ids.len()),
    )
        .prop_map(move |(offer, seen)| {
            let checks = ids
                .iter()
                .cloned()
                .zip(seen)
                .filter_map(|(id, (outcome, tries, means, seconds))| {
                    let means = Means::ALL[means];
                    let observation = match outcome {
                        0 => return None,
                        1 => Observation::Skipped,
                        2 => Observation::done(tries, means, seconds),
                        _ => Observation::left_after(tries, means, seconds),
                    };
                    Some((id, observation))
                })
                .collect();
            (offer, checks)
        })
}

proptest! {
    /// Always one to three steps, and the same ones for the same answers.
    #[test]
    fn always_one_to_three_steps_and_deterministic(answers in any_case()) {
        let (q, catalog) = (questionnaire(), catalog());
        let first = steps_for(&q, &answers, &catalog, TODAY);
        prop_assert!((1..=3).contains(&first.len()));
        prop_assert_eq!(&first, &steps_for(&q, &answers, &catalog, TODAY));
    }

    /// A place lacking a specific support the person needs is never suggested while a
    /// place offering the same service has it.
    #[test]
    fn a_place_without_the_needed_support_never_comes_first(answers in any_case()) {
        let (q, catalog) = (questionnaire(), catalog());
        let wanted: Vec<&str> = SUPPORT_NEEDS
            .iter()
            .filter(|(o, _)| answers.has_option(SUPPORT, o))
            .flat_map(|(_, v)| v.iter().copied())
            .collect();
        let has = |p: &Place| wanted.iter().any(|w| p.specific_support.iter().any(|s| s == w));
        for step in steps_for(&q, &answers, &catalog, TODAY) {
            if let NextStepKind::Place { place, service } = &step.kind {
                let chosen = &catalog.places[*place];
                if !wanted.is_empty() && !has(chosen) {
                    let better = catalog.places.iter().any(|p| p.offers(service) && has(p));
                    prop_assert!(!better, "{} chosen for {service} over a place with {:?}", chosen.id, wanted);
                }
            }
        }
    }
}
