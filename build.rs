//! Compiles every message catalog found in `content/locales/` into the app, so that
//! adding a language is adding a file: no code lists the languages.

use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new("content/locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("content/locales exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "json"))
        .collect();
    entries.sort();
    let mut out = String::from("/// Every catalog file: (language code, JSON text).\npub const LOCALE_FILES: &[(&str, &str)] = &[\n");
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let code = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("UTF-8 file name");
        let absolute = fs::canonicalize(&path).expect("catalog path");
        out.push_str(&format!(
            "    ({code:?}, include_str!({:?})),\n",
            absolute.display().to_string()
        ));
    }
    out.push_str("];\n");
    let target = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("locale_files.rs");
    fs::write(target, out).expect("write locale_files.rs");
}
