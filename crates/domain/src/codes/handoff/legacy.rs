//! Codes written before the triage's questions (versions 2 and 3) are read with the
//! questionnaire they were written for, then carried over to today's by ids: the needs,
//! the situation's answers and the skills keep their ids, and the spoken language, once
//! an option of « Est-ce difficile pour vous… », becomes the language question's « Une
//! autre langue ».
//!
//! That questionnaire is today's with the situation questions and the items' conditions
//! of the time (`questionnaire-v3-patch.json`, 1 KB in the first download rather than the
//! whole old file); a test checks it against the file as it was
//! (`questionnaire-v3-full.json`). It is built only when such a code is typed.

use crate::journey::answers::Answers;
use crate::questionnaire::ids::ItemId;
use crate::questionnaire::situation::SituationQuestion;
use crate::questionnaire::skill::AskedWhen;
use crate::questionnaire::Questionnaire;
use serde::Deserialize;
use std::collections::BTreeMap;

/// What version 3's questionnaire had that today's has not.
#[derive(Deserialize)]
struct Patch {
    situation: Vec<SituationQuestion>,
    /// The items whose condition was another (`null`: none).
    when: BTreeMap<ItemId, Option<AskedWhen>>,
}

/// The questionnaire of versions 2 and 3 of the code, from `today`'s.
pub(super) fn questionnaire_v3(today: &Questionnaire) -> Option<Questionnaire> {
    let patch: Patch = serde_json::from_str(include_str!("questionnaire-v3-patch.json")).ok()?;
    today.with_situation(patch.situation, &patch.when).ok()
}

/// Answers read with the old questionnaire, as today's questionnaire asks them.
pub(super) fn carried_over(mut answers: Answers) -> Answers {
    answers.carry_over_the_spoken_language();
    answers
}

#[cfg(test)]
mod tests {
    /// Today's questionnaire with the patch is the questionnaire of version 3 in all
    /// that the code's layout reads: if an item or a need is added, the patch must say
    /// how version 3 was without it.
    #[test]
    fn the_patched_questionnaire_is_the_one_of_version_3() {
        let today = crate::content::questionnaire();
        let patched = super::questionnaire_v3(&today).expect("the patch applies");
        let then =
            crate::questionnaire::Questionnaire::parse(include_str!("questionnaire-v3-full.json"))
                .unwrap();
        assert_eq!(patched, then);
    }
}
