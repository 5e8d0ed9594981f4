//! Questions about the person's situation: the démarche they have to do, how urgent it
//! is and how they want to do it (learn, with someone beside them, done with them this
//! time), devices, internet at home, SMS on their own phone, an e-mail address they use,
//! what is hard for them (hearing, sight, walking, getting to an appointment, reading),
//! the language they speak best, someone who can help. They shape the next steps; an
//! item's `when` may read one of them (the mouse item only for people with a computer),
//! and a question's own `when` asks it only where it matters (the démarche only to
//! people who chose a need with démarches).

pub use crate::questionnaire::ids::{NeedId, OptionId, SituationId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Whether a question takes one answer (radio buttons) or several (checkboxes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Choice {
    One,
    Several,
}

/// One situation question. Its words live in the message catalogs under
/// `situation.<id>.question`, `situation.<id>.hint` and `situation.<id>.option.<option>`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SituationQuestion {
    pub id: SituationId,
    pub choice: Choice,
    pub options: Vec<OptionId>,
    /// Options that cannot be combined with any other ("Aucun de ces appareils").
    #[serde(default)]
    pub exclusive: Vec<OptionId>,
    /// Asked only when this holds (always when absent).
    #[serde(default)]
    pub when: Option<SituationWhen>,
    /// Left for later when the person has an urgent démarche and wants it done with
    /// someone: it does not change the door they need now.
    #[serde(default)]
    pub later_if_urgent: bool,
}

/// When a situation question is asked: one of `needs` is chosen (if any are listed) and
/// the answer to the earlier question `question` includes one of `options` (if one is
/// named).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SituationWhen {
    #[serde(default)]
    pub needs: Vec<NeedId>,
    #[serde(default)]
    pub question: Option<SituationId>,
    #[serde(default)]
    pub options: Vec<OptionId>,
}

impl SituationWhen {
    /// Whether the condition holds for these needs and situation answers.
    pub fn holds(
        &self,
        needs: &BTreeSet<NeedId>,
        answer_to: impl Fn(&SituationId) -> BTreeSet<OptionId>,
    ) -> bool {
        let needs_ok = self.needs.is_empty() || self.needs.iter().any(|n| needs.contains(n));
        let answer_ok = self.question.as_ref().is_none_or(|question| {
            let chosen = answer_to(question);
            self.options.iter().any(|o| chosen.contains(o))
        });
        needs_ok && answer_ok
    }
}

impl SituationQuestion {
    pub fn question_key(&self) -> String {
        format!("situation.{}.question", self.id)
    }

    pub fn hint_key(&self) -> String {
        format!("situation.{}.hint", self.id)
    }

    pub fn option_key(&self, option: &OptionId) -> String {
        format!("situation.{}.option.{}", self.id, option)
    }

    pub fn has_option(&self, option: &OptionId) -> bool {
        self.options.contains(option)
    }

    /// The selection after the person clicks `option`, given the current `selection`.
    /// With one answer, the option replaces the selection. With several, it is added or
    /// taken away; an exclusive option clears the others, and any other clears it.
    pub fn choose(&self, selection: &BTreeSet<OptionId>, option: &OptionId) -> BTreeSet<OptionId> {
        if !self.has_option(option) {
            return selection.clone();
        }
        match self.choice {
            Choice::One => BTreeSet::from([option.clone()]),
            Choice::Several => {
                let mut next = selection.clone();
                if !next.remove(option) {
                    if self.exclusive.contains(option) {
                        next.clear();
                    } else {
                        next.retain(|o| !self.exclusive.contains(o));
                    }
                    next.insert(option.clone());
                }
                next
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn equipment() -> SituationQuestion {
        SituationQuestion {
            id: SituationId::new("equipment"),
            choice: Choice::Several,
            options: ["phone", "computer", "none"].map(OptionId::new).to_vec(),
            exclusive: vec![OptionId::new("none")],
            when: None,
            later_if_urgent: false,
        }
    }

    fn set(ids: &[&str]) -> BTreeSet<OptionId> {
        ids.iter().map(|id| OptionId::new(*id)).collect()
    }

    #[test]
    fn several_answers_add_up_and_a_second_click_takes_one_away() {
        let q = equipment();
        let s = q.choose(&set(&[]), &OptionId::new("phone"));
        let s = q.choose(&s, &OptionId::new("computer"));
        assert_eq!(s, set(&["phone", "computer"]));
        assert_eq!(q.choose(&s, &OptionId::new("phone")), set(&["computer"]));
    }

    #[test]
    fn an_exclusive_option_clears_the_others_and_the_others_clear_it() {
        let q = equipment();
        let s = q.choose(&set(&["phone", "computer"]), &OptionId::new("none"));
        assert_eq!(s, set(&["none"]));
        assert_eq!(q.choose(&s, &OptionId::new("phone")), set(&["phone"]));
    }

    #[test]
    fn one_answer_replaces_the_previous_one() {
        let mut q = equipment();
        q.choice = Choice::One;
        assert_eq!(
            q.choose(&set(&["phone"]), &OptionId::new("computer")),
            set(&["computer"])
        );
    }

    #[test]
    fn ignores_options_the_question_does_not_offer() {
        let q = equipment();
        assert_eq!(
            q.choose(&set(&["phone"]), &OptionId::new("fax")),
            set(&["phone"])
        );
    }
}
