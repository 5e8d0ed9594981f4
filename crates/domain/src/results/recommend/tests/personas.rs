//! Residents, each with the next steps an advisor would give them, on the small catalog
//! of `tests/mod.rs`.

use super::*;
use crate::questionnaire::skill::SkillAnswer::*;

pub(super) const CASES: &[Case] = &[
    Case {
        name: "no device, needs help with the CAF",
        needs: &["procedures"],
        situation: &["equipment=none", "internet-home=no", "support=none"],
        skills: NotYet,
        except: &[],
        commune: Some("Parthenay"),
        expected: &["place:epn", "place:fs-parthenay", "partner:caf"],
    },
    Case {
        name: "has a phone, procedures with help, deaf",
        needs: &["procedures"],
        situation: &[
            "equipment=smartphone",
            "internet-home=phone-only",
            "support=hearing",
        ],
        skills: WithHelp,
        except: &[],
        commune: Some("Parthenay"),
        expected: &["place:fs-secondigny", "partner:france-titres"],
    },
    Case {
        name: "procedures, cannot travel: the roaming bus",
        needs: &["procedures"],
        situation: &["equipment=computer", "internet-home=yes", "support=travel"],
        skills: WithHelp,
        except: &[],
        commune: Some("Parthenay"),
        expected: &["place:bus", "partner:france-titres"],
    },
    Case {
        name: "taxes are the procedure not yet mastered",
        needs: &["procedures"],
        situation: &["equipment=computer", "internet-home=yes", "support=none"],
        skills: Alone,
        except: &[("procedures-taxes", NotYet)],
        commune: Some("Parthenay"),
        expected: &["place:fs-parthenay", "partner:impots"],
    },
    Case {
        name: "a beginner who wants the basics, nearest first",
        needs: &["basics"],
        situation: &["equipment=tablet", "internet-home=yes", "support=none"],
        skills: NotYet,
        except: &[],
        commune: Some("Thénezay"),
        expected: &["workshop:debutants-bus"],
    },
    Case {
        name: "a beginner in Parthenay gets the workshop next door",
        needs: &["basics"],
        situation: &["equipment=tablet", "internet-home=yes", "support=none"],
        skills: NotYet,
        except: &[],
        commune: Some("Parthenay"),
        expected: &["workshop:debutants-epn"],
    },
    Case {
        name: "a beginner with no commune: the earliest date breaks the tie",
        needs: &["basics"],
        situation: &["equipment=tablet", "internet-home=yes", "support=none"],
        skills: NotYet,
        except: &[],
        commune: None,
        expected: &["workshop:debutants-bus", "place:epn"],
    },
    Case {
        name: "a job seeker at ease with a phone, CV not yet",
        needs: &["job"],
        situation: &[
            "equipment=smartphone",
            "internet-home=phone-only",
            "support=none",
        ],
        skills: Alone,
        except: &[("work-cv", NotYet)],
        commune: Some("Parthenay"),
        expected: &["workshop:cv", "partner:france-travail"],
    },
    Case {
        name: "a job seeker whose French is not their language",
        needs: &["job"],
        situation: &[
            "equipment=computer",
            "internet-home=yes",
            "support=language",
        ],
        skills: WithHelp,
        except: &[],
        commune: Some("Parthenay"),
        expected: &["workshop:cv", "partner:france-travail"],
    },
    Case {
        name: "an autonomous person checking their safety (the place is the workshop's)",
        needs: &["safety"],
        situation: &["equipment=computer", "internet-home=yes", "support=none"],
        skills: Alone,
        except: &[],
        commune: Some("Parthenay"),
        expected: &["workshop:securite-avance"],
    },
    Case {
        name: "safety, cannot travel: the remote workshop",
        needs: &["safety"],
        situation: &["equipment=computer", "internet-home=yes", "support=travel"],
        skills: WithHelp,
        except: &[],
        commune: None,
        expected: &["place:bus", "workshop:securite-distance", "place:epn"],
    },
    Case {
        name: "health: the ameli account with help",
        needs: &["health"],
        situation: &["equipment=smartphone", "internet-home=yes", "support=none"],
        skills: WithHelp,
        except: &[],
        commune: Some("Parthenay"),
        expected: &["place:fs-parthenay", "partner:ameli"],
    },
    Case {
        name: "school, where the catalog has nothing: the structure's contact",
        needs: &["school"],
        situation: &["equipment=computer", "internet-home=yes", "support=none"],
        skills: Alone,
        except: &[],
        commune: Some("Parthenay"),
        expected: &["structure"],
    },
    Case {
        name: "reading is hard: the bus that helps with reading comes first",
        needs: &["procedures"],
        situation: &[
            "equipment=smartphone",
            "internet-home=yes",
            "support=reading",
        ],
        skills: WithHelp,
        except: &[],
        commune: Some("Parthenay"),
        expected: &["place:bus", "partner:france-titres"],
    },
];

#[test]
fn recommends_what_each_situation_needs() {
    let (q, catalog) = (questionnaire(), catalog());
    assert_eq!(
        catalog.problems.iter().filter(|p| p.serious).count(),
        0,
        "{:#?}",
        catalog.problems
    );
    let mut failures = Vec::new();
    for case in CASES {
        let steps = steps_for(&q, &answers_of(&q, case), &catalog, TODAY);
        let got: Vec<String> = steps.iter().map(|s| label(&catalog, s)).collect();
        if got != case.expected {
            failures.push(format!(
                "{}: expected {:?}, got {:?}",
                case.name, case.expected, got
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
