//! The question screens (chunk `questions`): the needs, the situation questions, the
//! skill questions, the offer of the hands-on checks and the checks themselves.

pub mod check;
pub mod checks_offer;
pub mod needs;
pub mod situation;
pub mod skill;
