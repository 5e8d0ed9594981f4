//! The structure's PIN, which opens the structure's space and the kiosk's settings.
//! The published `config.json` is public, so it holds only a slow hash of the PIN:
//! PBKDF2-HMAC-SHA-256 with a random salt and [`ITERATIONS`] rounds (derived by the
//! browser's Web Crypto, `platform::crypto`), written
//! `pbkdf2-sha256$<rounds>$<salt in hex>$<hash in hex>`. Older configs hold the plain
//! SHA-256 of the PIN in hexadecimal; they still open, and the space writes the slow
//! hash at the next publish. A PIN of four digits can still be found by anyone
//! determined: it keeps passers-by out, not an attacker — a longer code is better.

use sha2::{Digest, Sha256};

/// The rounds of PBKDF2 for a new PIN (OWASP's figure for PBKDF2-HMAC-SHA-256, 2023).
pub const ITERATIONS: u32 = 600_000;
/// The fewest rounds accepted from a config (fewer would make the hash quick to test).
pub const MIN_ITERATIONS: u32 = 100_000;
/// The most rounds accepted (more would freeze an old PC).
pub const MAX_ITERATIONS: u32 = 5_000_000;

/// A stored PIN hash, as read from the config.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PinHash {
    /// The SHA-256 of the PIN, of older configs.
    Sha256(String),
    Pbkdf2 {
        iterations: u32,
        salt: Vec<u8>,
        hash: Vec<u8>,
    },
}

impl PinHash {
    /// Reads either form; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if is_pin_hash(text) {
            return Some(Self::Sha256(text.to_ascii_lowercase()));
        }
        let mut parts = text.split('$');
        if parts.next()? != "pbkdf2-sha256" {
            return None;
        }
        let iterations: u32 = parts.next()?.parse().ok()?;
        let salt = from_hex(parts.next()?)?;
        let hash = from_hex(parts.next()?)?;
        let fits = (MIN_ITERATIONS..=MAX_ITERATIONS).contains(&iterations)
            && (8..=64).contains(&salt.len())
            && hash.len() == 32
            && parts.next().is_none();
        fits.then_some(Self::Pbkdf2 {
            iterations,
            salt,
            hash,
        })
    }

    /// As written in the config.
    pub fn to_text(&self) -> String {
        match self {
            Self::Sha256(hex) => hex.clone(),
            Self::Pbkdf2 {
                iterations,
                salt,
                hash,
            } => format!(
                "pbkdf2-sha256${iterations}${}${}",
                to_hex(salt),
                to_hex(hash)
            ),
        }
    }

    /// The older, quick hash: to be replaced at the next publish.
    pub fn is_legacy(&self) -> bool {
        matches!(self, Self::Sha256(_))
    }

    /// Whether `pin` matches, given `derived`: the PBKDF2 of `pin` with this hash's salt
    /// and rounds (unused for the older hash).
    pub fn matches(&self, pin: &str, derived: Option<&[u8]>) -> bool {
        if pin.trim().is_empty() {
            return false;
        }
        match self {
            Self::Sha256(hex) => pin_hash(pin).eq_ignore_ascii_case(hex),
            Self::Pbkdf2 { hash, .. } => derived.is_some_and(|d| constant_time_eq(d, hash)),
        }
    }
}

/// The bytes PBKDF2 reads for `pin`: the PIN without its surrounding spaces, in UTF-8.
pub fn pin_bytes(pin: &str) -> &[u8] {
    pin.trim().as_bytes()
}

/// How long to wait before the next try after `failures` wrong PINs in a row: nothing
/// for the first three, then 5 s, doubling up to 5 minutes.
pub fn wait_seconds(failures: u32) -> u32 {
    if failures < 3 {
        0
    } else {
        5u32.saturating_mul(1 << (failures - 3).min(6)).min(300)
    }
}

/// The SHA-256 of `pin`, as 64 lowercase hexadecimal digits (the older form).
pub fn pin_hash(pin: &str) -> String {
    to_hex(&Sha256::digest(pin_bytes(pin)))
}

/// Whether `hash` looks like a SHA-256 in hexadecimal.
pub fn is_pin_hash(hash: &str) -> bool {
    hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit())
}

/// PBKDF2-HMAC-SHA-256 with one 32-byte block, in plain Rust: used where the browser
/// has no Web Crypto (a page served over plain `http` from another machine), and by the
/// tests, against the published test vectors.
pub fn pbkdf2_sha256(password: &[u8], salt: &[u8], iterations: u32) -> [u8; 32] {
    let mut key = [0u8; 64];
    if password.len() > 64 {
        key[..32].copy_from_slice(&Sha256::digest(password));
    } else {
        key[..password.len()].copy_from_slice(password);
    }
    let pad = |byte: u8| {
        let mut h = Sha256::new();
        h.update(key.map(|k| k ^ byte));
        h
    };
    let (inner, outer) = (pad(0x36), pad(0x5c));
    let mac = |data: &[u8]| -> [u8; 32] {
        let mut i = inner.clone();
        i.update(data);
        let mut o = outer.clone();
        o.update(i.finalize());
        o.finalize().into()
    };
    let mut first = salt.to_vec();
    first.extend_from_slice(&1u32.to_be_bytes());
    let mut u = mac(&first);
    let mut out = u;
    for _ in 1..iterations {
        u = mac(&u);
        for (o, x) in out.iter_mut().zip(u) {
            *o ^= x;
        }
    }
    out
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_older_hash_is_the_sha256sum_of_the_pin_and_still_opens() {
        // printf 1234 | sha256sum
        let hash =
            PinHash::parse("03AC674216F3E15C761EE1A5E255F067953623C8B388B4459E13F978D7C846F4")
                .unwrap();
        assert!(hash.is_legacy());
        assert!(hash.matches(" 1234 ", None));
        assert!(!hash.matches("1235", None));
        assert!(!hash.matches("", None));
    }

    #[test]
    fn the_slow_hash_reads_back_and_opens_only_with_its_derived_key() {
        let hash = PinHash::Pbkdf2 {
            iterations: ITERATIONS,
            salt: vec![7; 16],
            hash: vec![42; 32],
        };
        let text = hash.to_text();
        assert!(text.starts_with("pbkdf2-sha256$600000$0707"), "{text}");
        assert_eq!(PinHash::parse(&text), Some(hash.clone()));
        assert!(hash.matches("2468", Some(&[42; 32])));
        assert!(!hash.matches("2468", Some(&[41; 32])));
        assert!(!hash.matches("2468", None));
        assert!(!hash.is_legacy());
    }

    #[test]
    fn a_hash_that_is_quick_to_test_or_malformed_is_refused() {
        for bad in [
            "pbkdf2-sha256$1000$07070707070707070707070707070707$2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a",
            "pbkdf2-sha256$600000$07$2a2a",
            "pbkdf2-sha1$600000$07070707070707070707070707070707$2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a",
            "pbkdf2-sha256$600000$zz070707070707070707070707070707$2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a",
            "2468",
            "",
        ] {
            assert_eq!(PinHash::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn pbkdf2_gives_the_published_test_vectors() {
        // RFC 7914, section 11 (PBKDF2-HMAC-SHA-256, first 32 bytes).
        assert_eq!(
            to_hex(&pbkdf2_sha256(b"passwd", b"salt", 1)),
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
        );
        assert_eq!(
            to_hex(&pbkdf2_sha256(b"Password", b"NaCl", 80000)),
            "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
        );
        let hash = PinHash::Pbkdf2 {
            iterations: MIN_ITERATIONS,
            salt: b"0123456789abcdef".to_vec(),
            hash: pbkdf2_sha256(pin_bytes(" 2468 "), b"0123456789abcdef", MIN_ITERATIONS).to_vec(),
        };
        let derived = pbkdf2_sha256(pin_bytes("2468"), b"0123456789abcdef", MIN_ITERATIONS);
        assert!(hash.matches("2468", Some(&derived)));
    }

    #[test]
    fn each_wrong_pin_after_the_third_waits_longer() {
        let waits: Vec<u32> = (0..12).map(wait_seconds).collect();
        assert_eq!(waits[..3], [0, 0, 0]);
        assert!(waits.windows(2).all(|w| w[0] <= w[1]), "{waits:?}");
        assert_eq!(waits[3], 5);
        assert_eq!(waits[11], 300);
    }
}
