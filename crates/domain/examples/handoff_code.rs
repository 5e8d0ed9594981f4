//! Prints the hand-off code of a journey where only the needs given are answered (it
//! opens on the first situation question); used by scripts/perf.mjs to open a question
//! page directly.
//!
//! `cargo run --release --example handoff_code -- job procedures`

use repere_domain::codes::handoff::encode;
use repere_domain::journey::answers::Answers;
use repere_domain::questionnaire::ids::NeedId;

fn main() {
    let q = repere_domain::content::questionnaire();
    let answers = Answers {
        needs: std::env::args().skip(1).map(NeedId::new).collect(),
        ..Answers::default()
    };
    println!("{}", encode(&q, &answers));
}
