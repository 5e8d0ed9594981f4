//! Which situation questions a person is asked, and the urgent shortcut: someone with a
//! démarche to do this week who wants it done with someone beside them needs a door,
//! not a skills review. Their journey skips the skill questions and the situation
//! questions marked `later_if_urgent` (« Vous pourrez répondre au reste plus tard »),
//! until they ask to answer the rest.

use crate::journey::answers::Answers;
use crate::questionnaire::situation::SituationQuestion;

/// The situation question ids and options the shortcut reads (checked against the
/// content by a test).
pub const URGENCY: &str = "urgency";
pub const URGENCY_THIS_WEEK: &str = "week";
pub const WANTS: &str = "wants";
/// The answers to `wants` that ask for someone beside the person, not for a lesson.
pub const WANTS_SOMEONE: [&str; 2] = ["with-someone", "done-with-me"];

/// Whether the journey is shortened: an urgent démarche this week, wanted done with
/// someone, and the person has not asked to answer the rest.
pub fn is_shortened(answers: &Answers) -> bool {
    !answers.answer_the_rest
        && answers.has_option(URGENCY, URGENCY_THIS_WEEK)
        && WANTS_SOMEONE.iter().any(|o| answers.has_option(WANTS, o))
}

/// Whether `question` is asked, given the answers before it.
pub fn is_asked(question: &SituationQuestion, answers: &Answers) -> bool {
    let fits = question
        .when
        .as_ref()
        .is_none_or(|when| when.holds(&answers.needs, |id| answers.options(id)));
    fits && !(question.later_if_urgent && is_shortened(answers))
}
