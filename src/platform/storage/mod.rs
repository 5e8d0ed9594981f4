//! The device's storage (`localStorage`), through `web-sys` calls that all return a
//! `Result`: a blocked storage (private mode, strict settings), a full disk or any other
//! failure becomes a [`StorageError`], never an exception.
//!
//! (gloo-storage was the first choice, but its `raw()`, `get` and `delete` call
//! `expect_throw`, which throws through the WebAssembly stack when the storage is
//! blocked: the very case that must keep working.)
//!
//! ```ignore
//! storage::write("repere:progress", &text)?;
//! let text = storage::read("repere:progress")?;
//! storage::erase_keys_starting_with("repere:");
//! ```

pub mod figures_store;

use wasm_bindgen::JsValue;
use web_sys::Storage;

/// Why the storage could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// There is no storage, or the browser refuses access to it.
    Unavailable,
    /// The storage is full (`QuotaExceededError`).
    Full,
    /// Another failure.
    Failed,
}

fn local() -> Result<Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageError::Unavailable)
}

fn session() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn classify(error: JsValue) -> StorageError {
    let name = js_sys::Reflect::get(&error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Full,
        "SecurityError" => StorageError::Unavailable,
        _ => StorageError::Failed,
    }
}

/// The text stored under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local()?.get_item(key).map_err(classify)
}

/// Stores `value` under `key`, replacing the whole previous value in one step (two tabs
/// writing at once leave one complete document, never a mix).
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local()?.set_item(key, value).map_err(classify)
}

/// Removes `key` from `localStorage`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    local()?.remove_item(key).map_err(classify)
}

/// Removes every key starting with `prefix` from `localStorage` and `sessionStorage`.
pub fn erase_keys_starting_with(prefix: &str) -> Result<(), StorageError> {
    let mut result = Ok(());
    for storage in [local().ok(), session()].into_iter().flatten() {
        let length = storage.length().unwrap_or(0);
        let keys: Vec<String> = (0..length)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|key| key.starts_with(prefix))
            .collect();
        for key in keys {
            if let Err(e) = storage.remove_item(&key) {
                result = Err(classify(e));
            }
        }
    }
    result
}

/// The text stored under `key` for this tab's visit (`sessionStorage`), if any.
pub fn read_for_visit(key: &str) -> Option<String> {
    session()?.get_item(key).ok().flatten()
}

/// Stores `value` for this tab's visit; failures are ignored (it is a comfort).
pub fn write_for_visit(key: &str, value: &str) {
    if let Some(storage) = session() {
        let _ = storage.set_item(key, value);
    }
}

/// Removes `key` from this tab's visit storage.
pub fn remove_for_visit(key: &str) {
    if let Some(storage) = session() {
        let _ = storage.remove_item(key);
    }
}
