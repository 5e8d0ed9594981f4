//! One row per barrier rule of `barrier_steps`: the person's answers, the first next
//! step they get and the reason it gives, on the small catalog of `tests/mod.rs`.

use super::*;
use crate::questionnaire::skill::SkillAnswer::*;

struct Row {
    name: &'static str,
    needs: &'static [&'static str],
    situation: &'static [&'static str],
    except: &'static [(&'static str, SkillAnswer)],
    /// The first steps, in order ("place:epn").
    first: &'static [&'static str],
    /// A reason the first step must give.
    reason: Reason,
}

const ROWS: &[Row] = &[
    Row {
        name: "no device: a place that lends a computer",
        needs: &["procedures"],
        situation: &["equipment=none", "internet-home=no"],
        except: &[],
        first: &["place:epn"],
        reason: Reason::NoEquipment,
    },
    Row {
        name:
            "only a phone with buttons: the place that lends a computer, where an advisor receives",
        needs: &["family"],
        situation: &["equipment=feature-phone", "internet-home=no"],
        except: &[],
        first: &["workshop:rdv-conseiller"],
        reason: Reason::FeaturePhone,
    },
    Row {
        name: "no internet at home",
        needs: &["leisure"],
        situation: &["equipment=computer", "internet-home=no"],
        except: &[],
        first: &["place:epn"],
        reason: Reason::NoInternet,
    },
    Row {
        name: "no e-mail address, procedures: the e-mail workshop first",
        needs: &["procedures"],
        situation: &["equipment=smartphone", "email-address=no"],
        except: &[],
        first: &["workshop:email-debutants", "place:fs-parthenay"],
        reason: Reason::NoEmail,
    },
    Row {
        name: "a forgotten e-mail password, job: recovering it before the CV",
        needs: &["job"],
        situation: &["equipment=computer", "email-address=forgotten"],
        except: &[("work-cv", NotYet)],
        first: &["workshop:email-debutants", "workshop:cv"],
        reason: Reason::ForgottenEmail,
    },
    Row {
        name: "a relative deals with the e-mail, health",
        needs: &["health"],
        situation: &["equipment=smartphone", "email-address=relative"],
        except: &[],
        first: &["workshop:email-debutants"],
        reason: Reason::RelativeEmail,
    },
    Row {
        name: "no phone of one's own for SMS codes, money",
        needs: &["money"],
        situation: &["equipment=computer", "sms=relative"],
        except: &[],
        first: &["place:fs-parthenay"],
        reason: Reason::NoSms,
    },
    Row {
        name: "reading is hard: the place that helps with reading",
        needs: &["procedures"],
        situation: &["equipment=smartphone", "support=reading"],
        except: &[],
        first: &["place:bus"],
        reason: Reason::Support("reading"),
    },
    Row {
        name: "French is not their language: the place with that support",
        needs: &["family"],
        situation: &["equipment=smartphone", "support=language"],
        except: &[],
        first: &["place:mediatheque"],
        reason: Reason::Language,
    },
    Row {
        name: "getting to an appointment is hard: the roaming bus",
        needs: &["health"],
        situation: &["equipment=smartphone", "support=travel"],
        except: &[],
        first: &["place:bus"],
        reason: Reason::CannotTravel,
    },
    Row {
        name: "an urgent procedure this week: France Services before any workshop",
        needs: &["basics"],
        situation: &["equipment=tablet", "urgency=week"],
        except: &[],
        first: &["place:fs-parthenay", "workshop:rdv-conseiller"],
        reason: Reason::Urgent { this_week: true },
    },
    Row {
        name: "two questions not understood: an advisor, one to one",
        needs: &["money"],
        situation: &["equipment=smartphone"],
        except: &[
            ("money-balance", NotUnderstood),
            ("money-confirm-code", NotUnderstood),
        ],
        first: &["workshop:rdv-conseiller"],
        reason: Reason::NotUnderstood(2),
    },
    Row {
        name: "no device and no e-mail: the e-mail workshop at the place that lends a computer",
        needs: &["procedures"],
        situation: &["equipment=none", "email-address=no"],
        except: &[],
        first: &["workshop:email-debutants", "place:fs-parthenay"],
        reason: Reason::NoEmail,
    },
];

fn answers(q: &Questionnaire, row: &Row) -> Answers {
    answers_of(
        q,
        &Case {
            name: row.name,
            needs: row.needs,
            situation: row.situation,
            skills: WithHelp,
            except: row.except,
            commune: Some("Parthenay"),
            expected: &[],
        },
    )
}

#[test]
fn each_barrier_is_a_next_step_ranked_before_the_skills() {
    let (q, catalog) = (questionnaire(), catalog());
    let mut failures = Vec::new();
    for row in ROWS {
        let steps = steps_for(&q, &answers(&q, row), &catalog, TODAY);
        let got: Vec<String> = steps.iter().map(|s| label(&catalog, s)).collect();
        if !got.starts_with(&row.first.iter().map(|s| s.to_string()).collect::<Vec<_>>())
            || !steps[0].reasons.contains(&row.reason)
        {
            failures.push(format!(
                "{}: expected {:?} first with {:?}, got {:?} with {:?}",
                row.name, row.first, row.reason, got, steps[0].reasons
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn an_email_barrier_waits_for_a_need_with_online_accounts() {
    let (q, catalog) = (questionnaire(), catalog());
    let row = Row {
        name: "no e-mail, only leisure",
        needs: &["leisure"],
        situation: &["equipment=smartphone", "email-address=no"],
        except: &[],
        first: &[],
        reason: Reason::NoEmail,
    };
    let steps = steps_for(&q, &answers(&q, &row), &catalog, TODAY);
    assert!(steps.iter().all(|s| !s.reasons.contains(&Reason::NoEmail)));
}

#[test]
fn one_question_not_understood_is_not_yet_a_reason_for_an_appointment() {
    let (q, catalog) = (questionnaire(), catalog());
    let row = Row {
        name: "one not understood",
        needs: &["money"],
        situation: &["equipment=smartphone"],
        except: &[("money-balance", NotUnderstood)],
        first: &[],
        reason: Reason::NotUnderstood(1),
    };
    let steps = steps_for(&q, &answers(&q, &row), &catalog, TODAY);
    assert!(steps
        .iter()
        .all(|s| !matches!(s.reasons[..], [Reason::NotUnderstood(_), ..])));
}

#[test]
fn without_a_lending_place_the_solidarity_shop_and_without_support_an_advisor() {
    let q = questionnaire();
    let mut catalog = catalog();
    for place in &mut catalog.places {
        place
            .services
            .retain(|s| s != "Accès internet et matériel informatique");
        place.specific_support.clear();
    }
    let mut shop = catalog.places[0].clone();
    shop.id = "ressourcerie".into();
    shop.services = vec![SERVICE_SOLIDARITY_EQUIPMENT.into()];
    catalog.places.push(shop);

    let no_device = answers(
        &q,
        &Row {
            name: "no device",
            needs: &["family"],
            situation: &["equipment=none"],
            except: &[],
            first: &[],
            reason: Reason::NoEquipment,
        },
    );
    let steps = steps_for(&q, &no_device, &catalog, TODAY);
    assert_eq!(label(&catalog, &steps[0]), "place:ressourcerie");
    assert!(steps[0].reasons.contains(&Reason::SolidarityEquipment));

    let reading = answers(
        &q,
        &Row {
            name: "reading",
            needs: &["family"],
            situation: &["equipment=smartphone", "support=reading"],
            except: &[],
            first: &[],
            reason: Reason::Reading,
        },
    );
    let steps = steps_for(&q, &reading, &catalog, TODAY);
    assert_eq!(label(&catalog, &steps[0]), "workshop:rdv-conseiller");
    assert_eq!(steps[0].reasons[..2], [Reason::Reading, Reason::OneToOne]);
}
