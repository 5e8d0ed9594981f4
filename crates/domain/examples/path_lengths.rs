//! Prints the distribution of path lengths (answers from the first question to the
//! results) over every combination of needs and several ways of answering.
//!
//! `cargo run --release --example path_lengths`

use repere_domain::audit::paths::{
    all_path_lengths, all_path_lengths_with, median, path_length, AnswerPattern, ChecksPlay,
};
use repere_domain::content;
use repere_domain::journey::answers::Answers;
use repere_domain::journey::plan::planned_items;
use repere_domain::questionnaire::ids::{NeedId, OptionId, SituationId};

fn main() {
    let q = content::questionnaire();
    let lengths: Vec<usize> = all_path_lengths(&q).into_iter().flatten().collect();
    let combinations = q.need_combinations().count();
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
    let with_checks: Vec<usize> = all_path_lengths_with(&q, ChecksPlay::AllDone)
        .into_iter()
        .flatten()
        .collect();
    println!(
        "with the hands-on checks: declined (the offer only) median {}, max {}; accepted and done median {}, max {}",
        median(&lengths),
        lengths[lengths.len() - 1],
        median(&with_checks),
        with_checks.iter().max().copied().unwrap_or(0)
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
    println!(
        "procedures that matter most, asked when « Faire mes démarches en ligne » is among the \
         needs (a smartphone, every answer 'Oui, sans aide'):"
    );
    let procedures = NeedId::new("procedures");
    for count in 1..=4 {
        let combinations: Vec<_> = q
            .need_combinations()
            .filter(|n| n.len() == count && n.contains(&procedures))
            .collect();
        let asks = |item: &str| {
            combinations
                .iter()
                .filter(|needs| {
                    let mut answers = Answers {
                        needs: (*needs).clone(),
                        ..Answers::default()
                    };
                    answers.situation.insert(
                        SituationId::new("equipment"),
                        [OptionId::new("smartphone")].into(),
                    );
                    planned_items(&q, &answers)
                        .iter()
                        .any(|i| i.id.as_str() == item)
                })
                .count()
        };
        println!(
            "  {count} need(s): ANTS {:>3} of {:>3}, impôts {:>3} of {:>3}",
            asks("procedures-france-titres"),
            combinations.len(),
            asks("procedures-taxes"),
            combinations.len()
        );
    }
}
