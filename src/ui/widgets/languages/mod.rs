//! The person's language on screen: the choice of language (`switch`), and the French
//! under a text in the bilingual display (`in_french`).

pub mod in_french;
pub mod switch;
