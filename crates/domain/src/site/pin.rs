//! The kiosk's settings PIN. The configuration holds only the SHA-256 of the PIN, in
//! hexadecimal, so that the file can be read without revealing it; a short PIN can be
//! guessed from its hash by anyone determined, so it keeps out the curious passer-by,
//! not an attacker.

use sha2::{Digest, Sha256};

/// The SHA-256 of `pin`, as 64 lowercase hexadecimal digits.
pub fn pin_hash(pin: &str) -> String {
    Sha256::digest(pin.trim().as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether `pin` matches the configured hash (case-insensitive hexadecimal).
pub fn pin_matches(pin: &str, expected_hash: &str) -> bool {
    !pin.trim().is_empty() && pin_hash(pin).eq_ignore_ascii_case(expected_hash.trim())
}

/// Whether `hash` looks like a SHA-256 in hexadecimal.
pub fn is_pin_hash(hash: &str) -> bool {
    hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_like_the_sha256sum_command() {
        // printf 1234 | sha256sum
        assert_eq!(
            pin_hash("1234"),
            "03ac674216f3e15c761ee1a5e255f067953623c8b388b4459e13f978d7c846f4"
        );
    }

    #[test]
    fn accepts_the_right_pin_only() {
        let hash = pin_hash("2468");
        assert!(pin_matches("2468", &hash));
        assert!(pin_matches(" 2468 ", &hash.to_uppercase()));
        assert!(!pin_matches("2469", &hash));
        assert!(!pin_matches("", &pin_hash("")));
        assert!(is_pin_hash(&hash));
        assert!(!is_pin_hash("2468"));
    }
}
