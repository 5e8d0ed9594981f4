//! Properties of the triage over any answers: never zero steps; every reason true of
//! the answers or of the catalog; the doors in order, so that nothing learnt comes
//! before the accompanied door of an urgent « faites-la avec moi »; the organisme's
//! partner never cut.

use super::*;
use crate::catalog::place::Place;
use crate::catalog::workshop::WorkshopFormat;
use crate::results::scoring::AutonomyLevel;

/// The place a step leads to, if any.
fn place_of<'a>(catalog: &'a Catalog, step: &NextStep) -> Option<&'a Place> {
    match &step.kind {
        NextStepKind::Place { place, .. } => catalog.places.get(*place),
        NextStepKind::Workshop(i) => catalog.place(&catalog.workshops[*i].place),
        _ => None,
    }
}

/// Why `reason` is not true of these answers and this step, if it is not.
fn untrue(
    q: &Questionnaire,
    answers: &Answers,
    catalog: &Catalog,
    step: &NextStep,
    reason: &Reason,
) -> Option<String> {
    let has = |question: &str, option: &str| answers.has_option(question, option);
    let place = place_of(catalog, step);
    let profile = Profile::of(q, answers);
    let holds = match reason {
        Reason::Need(need) => answers.needs.contains(need),
        Reason::AreaLevel { area, level } => profile.level_of(area) == Some(*level),
        Reason::Demarche(option) => has(PROCEDURE, option.as_str()),
        Reason::WantsItDone | Reason::Later => has(crate::journey::shortcut::WANTS, "done-with-me"),
        Reason::WantsSomeoneBeside => has(crate::journey::shortcut::WANTS, "with-someone"),
        Reason::AidantsConnect => place.is_some_and(|p| p.is_in(AIDANTS_CONNECT)),
        Reason::WriteInstead => {
            has(SUPPORT, "hearing")
                && matches!(step.kind, NextStepKind::Partner(i) if catalog.partners[i].website.is_some())
        }
        Reason::NoEquipment => has(EQUIPMENT, "none"),
        Reason::FeaturePhone => has(EQUIPMENT, "feature-phone"),
        Reason::BorrowedDevice => has(EQUIPMENT, "borrowed"),
        Reason::NoInternet => has(INTERNET_HOME, "no"),
        Reason::NeedsComputer => {
            answers.needs.contains(&NeedId::new("job"))
                && !has(EQUIPMENT, "computer")
                && answers
                    .assessed(q, &ItemId::new("work-cv"))
                    .is_some_and(SkillAnswer::needs_help)
        }
        Reason::EquipmentPlace => place.is_some_and(|p| p.offers(SERVICE_EQUIPMENT)),
        Reason::SolidarityEquipment => {
            place.is_some_and(|p| p.offers(SERVICE_SOLIDARITY_EQUIPMENT))
        }
        Reason::NoEmail => has(EMAIL_ADDRESS, "no"),
        Reason::ForgottenEmail => has(EMAIL_ADDRESS, "forgotten"),
        Reason::RelativeEmail => has(EMAIL_ADDRESS, "relative"),
        Reason::NoSms => has(SMS, "no") || has(SMS, "relative"),
        Reason::Urgent { this_week: true } => has(crate::journey::shortcut::URGENCY, "week"),
        Reason::Urgent { this_week: false } => has(crate::journey::shortcut::URGENCY, "month"),
        Reason::NotUnderstood(count) => {
            answers
                .skills
                .values()
                .filter(|a| **a == SkillAnswer::NotUnderstood)
                .count()
                == *count
        }
        Reason::OneToOne => match &step.kind {
            NextStepKind::Workshop(i) => catalog.workshops[*i].format != WorkshopFormat::Collectif,
            _ => true,
        },
        Reason::NoHelper => has(HELPER, "no"),
        Reason::LearnTogether => has(HELPER, "yes") || has(HELPER, "sometimes"),
        Reason::Reading => has(SUPPORT, "reading"),
        Reason::Language(option) => {
            has(LANGUAGE, option.as_str()) && option.as_str() != person::FRENCH
        }
        Reason::Support(option) => {
            let values = SUPPORT_NEEDS
                .iter()
                .find(|(o, _)| o == option)
                .map(|(_, v)| *v)
                .unwrap_or_default();
            let asked = if *option == "language" {
                answers
                    .options(&SituationId::new(LANGUAGE))
                    .iter()
                    .any(|l| l.as_str() != person::FRENCH)
            } else {
                has(SUPPORT, option)
            };
            asked
                && place.is_some_and(|p| {
                    values
                        .iter()
                        .any(|v| p.specific_support.iter().any(|s| s == v))
                })
        }
        Reason::Access { sheet } => {
            has(SUPPORT, "mobility")
                && place.is_some_and(|p| p.accessibility_sheet.is_some() == *sheet)
        }
        Reason::CannotTravel => has(SUPPORT, SUPPORT_TRAVEL),
        Reason::Travels => place.is_some_and(Place::travels),
        Reason::Remote => {
            place.is_some_and(Place::helps_remotely)
                || matches!(step.kind, NextStepKind::Workshop(i) if catalog.workshops[i].format == WorkshopFormat::ADistance)
        }
        Reason::Near => step.distance_km.is_some_and(|km| km <= NEAR_KM),
        Reason::Item(item) => answers
            .assessed(q, item)
            .is_some_and(SkillAnswer::needs_help),
        Reason::Fallback => true,
    };
    (!holds).then(|| format!("{reason:?} on {}", label(catalog, step)))
}

proptest! {
    /// One to three steps, four with the organisme's partner; the same for the same
    /// answers.
    #[test]
    fn never_zero_steps_and_always_the_same(answers in any_answers()) {
        let (q, catalog) = (questionnaire(), catalog());
        let steps = steps_for(&q, &answers, &catalog);
        prop_assert!(!steps.is_empty());
        let others = steps.iter().filter(|s| s.door != Door::Organisme).count();
        prop_assert!(others <= MAX_STEPS, "{steps:?}");
        prop_assert_eq!(&steps, &steps_for(&q, &answers, &catalog));
    }

    /// Every reason a card gives is true of the person's answers or of the catalog.
    #[test]
    fn never_a_reason_that_is_not_in_the_answers_or_the_data(answers in any_answers()) {
        let (q, catalog) = (questionnaire(), catalog());
        for step in steps_for(&q, &answers, &catalog) {
            for reason in &step.reasons {
                prop_assert_eq!(untrue(&q, &answers, &catalog, &step, reason), None);
            }
        }
    }

    /// The doors come in order; for an urgent démarche wanted done with someone, the
    /// accompanied door comes first and nothing to learn comes before it.
    #[test]
    fn never_a_learning_step_before_the_accompanied_one(answers in any_answers()) {
        let (q, catalog) = (questionnaire(), catalog());
        let steps = steps_for(&q, &answers, &catalog);
        prop_assert!(steps.windows(2).all(|w| w[0].door <= w[1].door), "{steps:?}");
        let urgent_with_someone = answers.has_option(crate::journey::shortcut::URGENCY, "week")
            && answers.options(&SituationId::new(PROCEDURE)).iter().any(|o| o.as_str() != "none")
            && crate::journey::shortcut::WANTS_SOMEONE.iter().any(|o| answers.has_option(crate::journey::shortcut::WANTS, o));
        if urgent_with_someone {
            prop_assert_eq!(steps[0].door, Door::Accompanied);
        }
    }

    /// A démarche with an organisme in the catalog always has its partner among the
    /// steps.
    #[test]
    fn the_organisme_is_never_cut(answers in any_answers()) {
        let (q, catalog) = (questionnaire(), catalog());
        let named = answers.options(&SituationId::new(PROCEDURE));
        let has_partner = catalog.partners.iter().any(|p| named.iter().any(|o| o.as_str() == p.organisme));
        if has_partner && answers.needs.iter().any(|n| ["procedures", "job", "health", "money"].contains(&n.as_str())) {
            let steps = steps_for(&q, &answers, &catalog);
            prop_assert!(steps.iter().any(|s| s.door == Door::Organisme), "{steps:?}");
        }
    }
}

proptest! {
    /// Someone who hears badly is never sent to help by phone: no remote workshop, no
    /// help line as a step, no « à distance » said.
    #[test]
    fn someone_who_hears_badly_is_never_sent_to_a_phone(answers in any_answers()) {
        let (q, catalog) = (questionnaire(), catalog());
        if answers.has_option(SUPPORT, "hearing") {
            for step in steps_for(&q, &answers, &catalog) {
                let by_phone = match step.kind {
                    NextStepKind::Workshop(i) => catalog.workshops[i].format == WorkshopFormat::ADistance,
                    NextStepKind::HelpLine => true,
                    _ => false,
                };
                prop_assert!(!by_phone, "{}", label(&catalog, &step));
                prop_assert!(!step.reasons.contains(&Reason::Remote));
            }
        }
    }
}

/// The level words say what the profile says: a beginner is « vous découvrez ».
#[test]
fn a_beginner_is_met_one_to_one_before_any_group() {
    let (q, catalog) = (questionnaire(), catalog());
    let mut answers = Answers {
        needs: [NeedId::new("basics")].into(),
        commune: Some("Parthenay".into()),
        ..Answers::default()
    };
    answers.situation.insert(
        SituationId::new(EQUIPMENT),
        [OptionId::new("smartphone")].into(),
    );
    answers
        .situation
        .insert(SituationId::new(HELPER), [OptionId::new("yes")].into());
    for item in planned_items(&q, &answers.clone()) {
        answers.skills.insert(item.id.clone(), SkillAnswer::NotYet);
    }
    let profile = Profile::of(&q, &answers);
    assert!(profile
        .areas
        .iter()
        .all(|a| a.level == AutonomyLevel::FullySupported));
    let steps = steps_for(&q, &answers, &catalog);
    let labels: Vec<String> = steps.iter().map(|s| label(&catalog, s)).collect();
    let individual = labels
        .iter()
        .position(|l| l == "workshop:rendez-vous-conseiller");
    let group = labels.iter().position(|l| l == "workshop:premiers-pas");
    assert!(individual.is_some() && group.is_some(), "{labels:?}");
    assert!(individual < group, "{labels:?}");
}
