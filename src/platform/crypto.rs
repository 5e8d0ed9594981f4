//! The slow hash of the structure's PIN (PBKDF2-HMAC-SHA-256, `domain::site::pin`),
//! derived by the browser's Web Crypto, natively and off the page's thread; where a
//! page has no Web Crypto (served over plain `http` from another machine), by the
//! domain's own Rust, slower but the same. A random salt comes from `getRandomValues`.
//!
//! ```ignore
//! let opens = crypto::pin_opens(&pin, &hash).await;
//! let hash = crypto::new_pin_hash(&pin).await;   // to write in the config
//! ```

use domain::site::pin::{pbkdf2_sha256, pin_bytes, PinHash, ITERATIONS};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Whether `pin` opens what `hash` protects.
pub async fn pin_opens(pin: &str, hash: &PinHash) -> bool {
    match hash {
        PinHash::Sha256(_) => hash.matches(pin, None),
        PinHash::Pbkdf2 {
            iterations, salt, ..
        } => {
            let derived = derive(pin, salt, *iterations).await;
            hash.matches(pin, Some(&derived))
        }
    }
}

/// The slow hash of a new `pin`, with a random salt; `None` when the browser gives no
/// random numbers (then no PIN is set, rather than a weak one).
pub async fn new_pin_hash(pin: &str) -> Option<PinHash> {
    let mut salt = [0u8; 16];
    web_sys::window()?
        .crypto()
        .ok()?
        .get_random_values_with_u8_array(&mut salt)
        .ok()?;
    let hash = derive(pin, &salt, ITERATIONS).await;
    Some(PinHash::Pbkdf2 {
        iterations: ITERATIONS,
        salt: salt.to_vec(),
        hash: hash.to_vec(),
    })
}

/// PBKDF2 of `pin`: by Web Crypto, else in Rust.
async fn derive(pin: &str, salt: &[u8], iterations: u32) -> Vec<u8> {
    match web_crypto(pin_bytes(pin), salt, iterations).await {
        Some(bits) => bits,
        None => pbkdf2_sha256(pin_bytes(pin), salt, iterations).to_vec(),
    }
}

async fn web_crypto(password: &[u8], salt: &[u8], iterations: u32) -> Option<Vec<u8>> {
    let crypto = web_sys::window()?.crypto().ok()?;
    // `subtle` is undefined outside a secure context.
    let subtle = js_sys::Reflect::get(&crypto, &"subtle".into()).ok()?;
    let subtle: web_sys::SubtleCrypto = subtle.dyn_into().ok()?;
    let usages = js_sys::Array::of1(&"deriveBits".into());
    let key = subtle
        .import_key_with_str(
            "raw",
            &js_sys::Uint8Array::from(password),
            "PBKDF2",
            false,
            &usages,
        )
        .ok()?;
    let key: web_sys::CryptoKey = JsFuture::from(key).await.ok()?.dyn_into().ok()?;
    let params = web_sys::Pbkdf2Params::new(
        "PBKDF2",
        &"SHA-256".into(),
        iterations,
        &js_sys::Uint8Array::from(salt),
    );
    let bits = subtle.derive_bits_with_object(&params, &key, 256).ok()?;
    let bits = JsFuture::from(bits).await.ok()?;
    Some(js_sys::Uint8Array::new(&bits).to_vec())
}
