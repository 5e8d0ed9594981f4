//! Reads every message catalog found in `content/locales/`, so that adding a language is
//! adding a file: no code lists the languages. Only the default language's catalog is
//! compiled into the app (it is needed before anything else); the others are fetched from
//! `locales/` beside the app when the person picks them, so that each new language does
//! not make the first download bigger. What is compiled in for every language is its
//! code and its own name ("English"), for the language switch.
//!
//! The default language's words are written as one text, sorted by key, which the app
//! reads where it lies: nothing is parsed when the page opens (`messages::CompiledWords`).

use std::{env, fs, path::Path};

/// The language of the app before any choice; its catalog is compiled in
/// (scripts/post-build.mjs fills the start-up preview from it and drops its copy).
const DEFAULT_LANGUAGE: &str = "fr";

fn main() {
    let dir = Path::new("../../content/locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("content/locales exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "json"))
        .collect();
    // The default language first, then the others by file name: the order the welcome
    // screen offers them in when the settings list none.
    entries.sort_by_key(|p| {
        (
            p.file_stem().is_none_or(|s| s != DEFAULT_LANGUAGE),
            p.clone(),
        )
    });
    let mut languages = String::new();
    let mut default_table = None;
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let code = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("UTF-8 file name")
            .to_owned();
        let text = fs::read_to_string(&path).expect("readable catalog");
        let messages: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = messages
            .get("language.name")
            .and_then(|v| v.as_str())
            .unwrap_or_else(|| panic!("{}: no \"language.name\"", path.display()));
        languages.push_str(&format!("    ({code:?}, {name:?}),\n"));
        if code == DEFAULT_LANGUAGE {
            default_table = Some(table_of(&messages, &path));
        }
    }
    let default_table = default_table.expect("content/locales has the default language's catalog");
    let out = format!(
        "/// The default language, whose catalog is compiled in.\n\
         pub const DEFAULT_LANGUAGE: &str = {DEFAULT_LANGUAGE:?};\n\
         /// The default language's messages, sorted by key (`CompiledWords`).\n\
         static DEFAULT_MESSAGES: crate::messages::CompiledWords =\n    crate::messages::CompiledWords::new({default_table});\n\
         /// Every language: (code, its name in that language), the default one first, then\n\
         /// in file-name order.\n\
         pub const LANGUAGES: &[(&str, &str)] = &[\n{languages}];\n"
    );
    let target = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("locale_files.rs");
    fs::write(target, out).expect("write locale_files.rs");
}

/// Between a key and its text, and after each text (`messages::CompiledWords`).
const BETWEEN: char = '\u{1}';
const AFTER: char = '\u{2}';

/// The catalog as one Rust string literal, sorted by key as `CompiledWords` looks them
/// up: key, BETWEEN, text, AFTER, for each message. Every value must be a string, and no
/// key or text may hold either separator.
fn table_of(messages: &serde_json::Map<String, serde_json::Value>, path: &Path) -> String {
    let mut keys: Vec<&String> = messages.keys().collect();
    keys.sort();
    let mut table = String::new();
    for key in keys {
        let text = messages[key]
            .as_str()
            .unwrap_or_else(|| panic!("{}: \"{key}\" is not a string", path.display()));
        if [key.as_str(), text]
            .iter()
            .any(|t| t.contains([BETWEEN, AFTER]))
        {
            panic!("{}: \"{key}\" holds a control character", path.display());
        }
        table.push_str(key);
        table.push(BETWEEN);
        table.push_str(text);
        table.push(AFTER);
    }
    format!("{table:?}")
}
