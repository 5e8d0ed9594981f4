//! Prints the distribution of path lengths (answers from the first question to the
//! results) over every combination of needs and several ways of answering.
//!
//! `cargo run --release --example path_lengths`

use repere::content;
use repere::domain::checks::content_check::need_combinations;
use repere::domain::checks::paths::{all_path_lengths, median, path_length, AnswerPattern};

fn main() {
    let q = content::questionnaire().expect("the shipped questionnaire is valid");
    let lengths: Vec<usize> = all_path_lengths(&q).into_iter().flatten().collect();
    let combinations = need_combinations(&q).count();
    let pick = |p: f64| lengths[((lengths.len() - 1) as f64 * p).round() as usize];
    println!(
        "path lengths over {combinations} combinations of needs x 12 ways of answering ({} paths)",
        lengths.len()
    );
    println!(
        "  min {}  p10 {}  median {}  p90 {}  max {}",
        lengths[0],
        pick(0.1),
        median(&lengths),
        pick(0.9),
        lengths[lengths.len() - 1]
    );
    let mut histogram = std::collections::BTreeMap::new();
    for l in &lengths {
        *histogram.entry(*l).or_insert(0usize) += 1;
    }
    for (length, count) in histogram {
        let bar = "#".repeat((count * 60).div_ceil(lengths.len()));
        println!("  {length:>3} answers {count:>6}  {bar}");
    }
    println!("single needs, answering everything 'Oui, sans aide' / everything 'Non, pas encore':");
    for need in q.needs() {
        let needs = [need.id.clone()].into();
        println!(
            "  {:<12} {:>3} / {:>3}",
            need.id.as_str(),
            path_length(&q, &needs, AnswerPattern::AllAlone).unwrap_or(0),
            path_length(&q, &needs, AnswerPattern::AllNotYet).unwrap_or(0)
        );
    }
}
