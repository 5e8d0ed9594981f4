//! The ways a place's postcode and commune are written, made plain: « 79200 CEDEX » is
//! 79200, « PARTHENAY » is Parthenay.

/// The five-digit postal code in what was written: itself, or the code before a
/// « Cedex » (« 79200 CEDEX », « 79203 Parthenay Cedex »). A six-digit or partial code
/// is `None`.
pub fn postcode_of(written: &str) -> Option<String> {
    let first = written.split_whitespace().next()?;
    let five = first.len() == 5 && first.bytes().all(|b| b.is_ascii_digit());
    let rest = written.trim()[first.len()..].to_lowercase();
    (five && (rest.trim().is_empty() || rest.contains("cedex"))).then(|| first.to_owned())
}

/// Whether a name is written all in capitals (« SAINT-AUBIN-LE-CLOUD »).
pub(super) fn is_shouted(name: &str) -> bool {
    name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase)
}

/// A commune's name written in capitals, in the usual case: each word capitalised,
/// the small words of French place names in lower case (« Saint-Aubin-le-Cloud »).
pub fn commune_case(name: &str) -> String {
    const SMALL: &[&str] = &[
        "le", "la", "les", "de", "des", "du", "sur", "sous", "en", "et", "lès", "lez", "aux", "au",
    ];
    let mut out = String::with_capacity(name.len());
    let mut word = String::new();
    let mut first = true;
    let flush = |word: &mut String, out: &mut String, first: bool| {
        let lower = word.to_lowercase();
        if !first && SMALL.contains(&lower.as_str()) {
            out.push_str(&lower);
        } else {
            let mut chars = lower.chars();
            if let Some(c) = chars.next() {
                out.extend(c.to_uppercase());
                out.push_str(chars.as_str());
            }
        }
        word.clear();
    };
    for c in name.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            if !word.is_empty() {
                flush(&mut word, &mut out, first);
                first = false;
            }
            out.push(c);
        }
    }
    if !word.is_empty() {
        flush(&mut word, &mut out, first);
    }
    // « L'Absie », « D'Huison »: an elided article keeps its capital after the apostrophe.
    out.replace("L'a", "L'A").replace("D'h", "D'H")
}
