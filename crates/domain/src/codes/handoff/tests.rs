//! Tests of the hand-off code: the pinned format, typos, versions, and encode/decode identity.

use super::bits::ALPHABET;
use super::*;
use crate::journey::observation::{ChecksOffer, Observation, Span};
use crate::questionnaire::check::Means;
use proptest::prelude::*;

/// The shipped questionnaire.
fn q() -> Questionnaire {
    crate::content::questionnaire()
}

/// A finished journey for these needs, answering every skill with `answer`, the
/// hands-on checks declined.
fn finished(q: &Questionnaire, needs: &[&str], answer: SkillAnswer) -> Answers {
    let mut answers = Answers {
        needs: needs
            .iter()
            .map(|n| crate::questionnaire::ids::NeedId::new(*n))
            .collect(),
        checks_offer: Some(ChecksOffer::Declined),
        ..Answers::default()
    };
    for s in q.situation() {
        answers
            .situation
            .insert(s.id.clone(), [s.options[0].clone()].into());
    }
    while let Some(item) = planned_items(q, &answers)
        .into_iter()
        .find(|i| answers.skill(&i.id).is_none())
    {
        let id = item.id.clone();
        answers.skills.insert(id, answer);
    }
    answers
}

#[test]
fn a_typical_code_is_short_and_comes_back_whole() {
    let q = q();
    let answers = finished(&q, &["procedures", "job"], SkillAnswer::WithHelp);
    let code = encode(&q, &answers);
    assert!(code.len() <= 24, "{code} is {} characters", code.len());
    let journey = decode(&q, &code).unwrap();
    assert_eq!(journey.answers(), &answers);
    assert_eq!(journey.stage(), &Stage::Results);
}

/// Pins the format: if this fails, the content's order changed and the code needs
/// a new version (bump CODE_VERSION and keep reading the old one).
#[test]
fn the_format_is_pinned() {
    let q = q();
    let answers = finished(&q, &["safety"], SkillAnswer::Alone);
    assert_eq!(encode(&q, &answers), PINNED);
}

/// The code of [`the_format_is_pinned`]'s answers in this version.
const PINNED: &str = "810A-R14R-0P2G-0006-V8";

/// The same answers in version 3, before the triage's questions.
const PINNED_V3: &str = "6120-JC0P-5000-09T0";

/// A code written before the triage's questions (version 3) still reads, whole, with
/// the questionnaire it was written for; the journey then asks today's new questions.
#[test]
fn a_code_from_before_the_triage_still_reads() {
    let q = q();
    let old = legacy::questionnaire_v3(&q).expect("the version 3 questionnaire parses");
    let journey = decode(&q, PINNED_V3).unwrap();
    assert_eq!(
        journey.answers(),
        &finished(&old, &["safety"], SkillAnswer::Alone)
    );
    // Its new question (the language spoken) is asked before the results.
    assert_eq!(
        journey.stage(),
        &Stage::Question(crate::journey::plan::Question::Situation(
            crate::questionnaire::ids::SituationId::new("language")
        ))
    );
}

/// The spoken language, once an option of « Est-ce difficile pour vous… », becomes the
/// language question's « Une autre langue ».
#[test]
fn the_spoken_language_of_an_older_code_is_carried_over() {
    let q = q();
    let old = legacy::questionnaire_v3(&q).unwrap();
    let mut answers = finished(&old, &["procedures"], SkillAnswer::WithHelp);
    answers.situation.insert(
        crate::questionnaire::ids::SituationId::new("support"),
        [crate::questionnaire::ids::OptionId::new("language")].into(),
    );
    let mut w = BitWriter { bits: Vec::new() };
    w.push(CODE_VERSION_BEFORE_TRIAGE, 4);
    let layout = Layout {
        checks: true,
        answer_the_rest: false,
    };
    write_answers(&mut w, &old, &answers, layout);
    let code = framed(w);
    let journey = decode(&q, &code).unwrap();
    assert!(journey.answers().has_option("language", "other"));
    assert!(!journey.answers().has_option("support", "language"));
}

/// A code written before the hands-on checks (version 2) still reads, whole, as a
/// journey where the checks were not done.
#[test]
fn a_code_from_before_the_checks_still_reads() {
    let q = q();
    let old = legacy::questionnaire_v3(&q).unwrap();
    let journey = decode(&q, "4120-JC0M-M000-1BM").unwrap();
    assert_eq!(
        journey.answers(),
        &finished(&old, &["safety"], SkillAnswer::Alone)
    );
    let stopped = decode(&q, "4G00-0000-1CJ").unwrap();
    assert_eq!(stopped.answers().needs.len(), 1);
    assert!(matches!(
        stopped.stage(),
        Stage::Question(crate::journey::plan::Question::Situation(_))
    ));
}

/// The checks done travel in the code: outcome, tries (up to 4), means and the span of
/// time, for a code a few characters longer.
#[test]
fn the_checks_travel_in_the_code() {
    use crate::questionnaire::check::CheckId;
    let q = q();
    let mut answers = finished(&q, &["procedures", "job"], SkillAnswer::WithHelp);
    answers.checks_offer = Some(ChecksOffer::Accepted);
    let ids: Vec<CheckId> = q
        .checks()
        .unwrap()
        .list
        .iter()
        .map(|c| c.id.clone())
        .collect();
    let seen = [
        Observation::done(1, Means::Mouse, 5),
        Observation::done(3, Means::Touch, 20),
        Observation::left_after(2, Means::Keyboard, 45),
        Observation::Skipped,
    ];
    for (id, o) in ids.iter().zip(seen) {
        answers.checks.insert(id.clone(), o);
    }
    let code = encode(&q, &answers);
    assert!(code.len() <= 34, "{code} is {} characters", code.len());
    let journey = decode(&q, &code).unwrap();
    assert_eq!(journey.answers(), &answers);
    assert_eq!(journey.stage(), &Stage::Results);
    let declined = encode(
        &q,
        &finished(&q, &["procedures", "job"], SkillAnswer::WithHelp),
    );
    println!(
        "with the checks: {code} ({} characters); declined: {declined} ({})",
        code.len(),
        declined.len()
    );
}

/// A code of version 1 (the content before December 2026) is named as another version,
/// never read into a wrong profile.
#[test]
fn a_code_of_version_1_is_named_as_another_version() {
    assert_eq!(
        decode(&q(), "2121-5B04-0005-4R").err(),
        Some(CodeError::OtherVersion)
    );
}

#[test]
fn reads_what_people_type() {
    let q = q();
    let answers = finished(&q, &["health"], SkillAnswer::NotYet);
    let code = encode(&q, &answers);
    let typed = code
        .to_lowercase()
        .replace('-', " ")
        .replace('1', "l")
        .replace('0', "o");
    assert_eq!(decode(&q, &typed).unwrap().answers(), &answers);
}

#[test]
fn a_typo_is_caught_never_a_wrong_profile() {
    let q = q();
    let code = encode(&q, &finished(&q, &["money", "family"], SkillAnswer::Alone));
    let mut caught = 0;
    let mut total = 0;
    for (i, c) in code.char_indices().filter(|(_, c)| *c != '-') {
        for replacement in ALPHABET.iter().map(|b| *b as char).filter(|r| *r != c) {
            let mut typo = code.clone();
            typo.replace_range(i..i + 1, &replacement.to_string());
            total += 1;
            if decode(&q, &typo).is_err() {
                caught += 1;
            }
        }
    }
    // A 10-bit checksum misses about one typo in a thousand.
    assert!(
        caught * 1000 >= total * 995,
        "{caught} of {total} typos caught"
    );
    assert_eq!(decode(&q, ""), Err(CodeError::NotACode));
    assert_eq!(decode(&q, "hello!"), Err(CodeError::NotACode));
    assert_eq!(
        decode(&q, &code[..code.len() - 3]),
        Err(CodeError::Mistyped)
    );
}

/// Every single-character substitution at every position of `code`, with its position.
fn substitutions(code: &str) -> Vec<(usize, String)> {
    let mut typos = Vec::new();
    for (i, c) in code.char_indices().filter(|(_, c)| *c != '-') {
        for replacement in ALPHABET.iter().map(|b| *b as char).filter(|r| *r != c) {
            let mut typo = code.to_owned();
            typo.replace_range(i..i + 1, &replacement.to_string());
            typos.push((i, typo));
        }
    }
    typos
}

#[test]
fn a_typo_anywhere_is_reported_as_a_typo_even_in_the_version_character() {
    let q = q();
    let pinned = encode(&q, &finished(&q, &["safety"], SkillAnswer::Alone));
    assert_eq!(pinned, PINNED);
    // The first character holds the version: each of its 31 typos is a typo.
    for (_, typo) in substitutions(&pinned).into_iter().filter(|(i, _)| *i == 0) {
        assert_eq!(decode(&q, &typo).err(), Some(CodeError::Mistyped), "{typo}");
    }
    let mut total = 0;
    let mut misread = Vec::new();
    for needs in [
        &["safety"][..],
        &["money", "family"],
        &["health", "job", "school"],
    ] {
        for answer in [SkillAnswer::Alone, SkillAnswer::NotYet] {
            let code = encode(&q, &finished(&q, needs, answer));
            for (_, typo) in substitutions(&code) {
                total += 1;
                if decode(&q, &typo).err() != Some(CodeError::Mistyped) {
                    misread.push(typo);
                }
            }
        }
    }
    // A 10-bit checksum lets about one typo in a thousand through; none here is ever
    // called a code of another version unless its checksum happens to match.
    assert!(
        misread.len() * 1000 <= total * 5,
        "{} of {total} typos not reported as typos: {misread:?}",
        misread.len()
    );
}

/// A well-formed code of `version` carrying `payload` (its layout unknown here).
fn code_of_version(version: u32, payload: &[bool]) -> String {
    let mut w = BitWriter { bits: Vec::new() };
    w.push(version, 4);
    w.bits.extend_from_slice(payload);
    framed(w)
}

#[test]
fn a_well_formed_code_of_another_version_is_named_as_such() {
    let q = q();
    for (version, length) in [(1, 40), (5, 57), (15, 12), (0, 66)] {
        let payload: Vec<bool> = (0..length).map(|i| i % 3 == 0).collect();
        let code = code_of_version(version, &payload);
        assert_eq!(
            decode(&q, &code).err(),
            Some(CodeError::OtherVersion),
            "version {version}: {code}"
        );
    }
    // This version's own frame, read by the same rule, is well-formed too.
    let current = encode(&q, &finished(&q, &["school"], SkillAnswer::Alone));
    assert!(decode(&q, &current).is_ok());
}

#[test]
fn codes_stay_short_on_every_path() {
    let q = q();
    let mut longest = 0;
    for needs in q.need_combinations().step_by(7) {
        let names: Vec<&str> = needs.iter().map(|n| n.as_str()).collect();
        let code = encode(&q, &finished(&q, &names, SkillAnswer::Alone));
        longest = longest.max(code.len());
    }
    assert!(longest <= 24, "longest code {longest} characters");
}

fn any_answers() -> impl Strategy<Value = Answers> {
    let q = q();
    let needs: Vec<_> = q.needs().iter().map(|n| n.id.clone()).collect();
    let situation: Vec<_> = q
        .situation()
        .iter()
        .map(|s| (s.id.clone(), s.options.clone()))
        .collect();
    (
        prop::sample::subsequence(needs, 0..=9),
        prop::collection::vec(prop::collection::vec(any::<bool>(), 6), situation.len()),
        prop::collection::vec(0usize..4, 0..40),
        0u8..3,
        prop::collection::vec((0u8..4, 1u8..=4, 0usize..3, 0usize..4), 4),
    )
        .prop_map(move |(needs, picks, skills, offer, seen)| {
            let q = self::q();
            let mut answers = Answers {
                needs: needs.into_iter().collect(),
                checks_offer: [
                    None,
                    Some(ChecksOffer::Accepted),
                    Some(ChecksOffer::Declined),
                ][offer as usize],
                ..Answers::default()
            };
            // What a code can carry: observations only once the offer is accepted,
            // tries up to 4, a time within its span.
            if answers.checks_offer == Some(ChecksOffer::Accepted) {
                for (check, (outcome, tries, means, span)) in
                    q.checks().unwrap().list.iter().zip(seen)
                {
                    let (means, seconds) = (Means::ALL[means], Span::ALL[span].typical_seconds());
                    let observation = match outcome {
                        0 => continue,
                        1 => Observation::Skipped,
                        2 => Observation::done(tries, means, seconds),
                        _ => Observation::left_after(tries, means, seconds),
                    };
                    answers.checks.insert(check.id.clone(), observation);
                }
            }
            for ((id, options), picks) in situation.iter().zip(picks) {
                let question = q.situation_question(id).unwrap();
                let mut chosen = std::collections::BTreeSet::new();
                for (option, pick) in options.iter().zip(picks) {
                    if pick {
                        chosen = question.choose(&chosen, option);
                    }
                }
                if !chosen.is_empty() {
                    answers.situation.insert(id.clone(), chosen);
                }
            }
            for answer in skills {
                let Some(item) = planned_items(&q, &answers)
                    .into_iter()
                    .find(|i| answers.skill(&i.id).is_none())
                else {
                    break;
                };
                let id = item.id.clone();
                answers.skills.insert(id, SkillAnswer::ALL[answer]);
            }
            answers
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    /// Encode then decode gives back the same answers.
    #[test]
    fn encode_then_decode_is_the_identity(answers in any_answers()) {
        let q = q();
        let code = encode(&q, &answers);
        let journey = decode(&q, &code).unwrap();
        prop_assert_eq!(journey.answers(), &answers);
    }

    /// Arbitrary text in the code's own alphabet (so that it reaches the bit reading,
    /// not just the alphabet check) never panics the decoder, and anything it accepts
    /// is a valid journey.
    #[test]
    fn arbitrary_text_never_panics_the_decoder(text in "[0-9A-Za-z -]{0,80}") {
        let q = q();
        if let Ok(journey) = decode(&q, &text) {
            let mut repaired = journey.clone();
            repaired.repair(&q);
            prop_assert_eq!(repaired, journey);
        }
    }
}

/// The code the end-to-end tests open to start at the situation questions: the need
/// "Trouver un emploi", nothing else answered.
#[test]
fn the_code_of_a_journey_stopped_after_the_needs_is_pinned() {
    let q = q();
    let answers = Answers {
        needs: [crate::questionnaire::ids::NeedId::new("job")].into(),
        ..Answers::default()
    };
    let code = encode(&q, &answers);
    assert_eq!(code, "8G00-0000-0007-T8");
    assert_eq!(decode(&q, &code).unwrap().answers(), &answers);
}
