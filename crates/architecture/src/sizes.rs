//! Sizes a newcomer can take in: no source file over [`MAX_LINES`] lines, no folder with
//! more than [`MAX_FILES`] files. A file of tests of its own (`tests.rs`, or any file in a
//! folder named `tests`) may be longer: it is read one case at a time.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::tree::walk;

/// The most lines a source file may have.
pub const MAX_LINES: usize = 400;
/// The most files a folder may hold.
pub const MAX_FILES: usize = 10;

/// Is this file tests only, and so allowed to be longer?
fn is_test_file(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == "tests.rs")
        || path
            .parent()
            .and_then(Path::file_name)
            .is_some_and(|n| n == "tests")
}

/// The `.rs` files under `roots` over [`MAX_LINES`] lines, with their length.
pub fn long_files(roots: &[PathBuf]) -> std::io::Result<Vec<String>> {
    let mut found = Vec::new();
    for root in roots {
        let mut error = None;
        walk(root, &mut |path| {
            if path.extension().is_none_or(|e| e != "rs") || is_test_file(path) {
                return;
            }
            match fs::read_to_string(path) {
                Ok(text) if text.lines().count() > MAX_LINES => found.push(format!(
                    "{}: {} lines (at most {MAX_LINES})",
                    path.display(),
                    text.lines().count()
                )),
                Ok(_) => {}
                Err(e) => error = Some(e),
            }
        })?;
        if let Some(e) = error {
            return Err(e);
        }
    }
    found.sort();
    Ok(found)
}

/// The folders under `roots` (and the roots) that hold more than [`MAX_FILES`] files.
pub fn crowded_folders(roots: &[PathBuf]) -> std::io::Result<Vec<String>> {
    let mut counts: BTreeMap<PathBuf, usize> = BTreeMap::new();
    for root in roots {
        walk(root, &mut |path| {
            if let Some(folder) = path.parent() {
                *counts.entry(folder.to_path_buf()).or_default() += 1;
            }
        })?;
    }
    Ok(counts
        .into_iter()
        .filter(|(_, n)| *n > MAX_FILES)
        .map(|(folder, n)| format!("{}: {n} files (at most {MAX_FILES})", folder.display()))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("repere-architecture-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("tests")).unwrap();
        dir
    }

    #[test]
    fn a_file_of_401_lines_is_named_unless_it_holds_only_tests() {
        let dir = scratch("lines");
        fs::write(dir.join("short.rs"), "fn a() {}\n".repeat(400)).unwrap();
        fs::write(dir.join("long.rs"), "fn a() {}\n".repeat(401)).unwrap();
        fs::write(dir.join("tests.rs"), "fn a() {}\n".repeat(900)).unwrap();
        fs::write(dir.join("tests/cases.rs"), "fn a() {}\n".repeat(900)).unwrap();
        let found = long_files(std::slice::from_ref(&dir)).unwrap();
        assert_eq!(
            found,
            [format!(
                "{}: 401 lines (at most 400)",
                dir.join("long.rs").display()
            )]
        );
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn an_eleventh_file_in_a_folder_is_named() {
        let dir = scratch("files");
        for i in 0..10 {
            fs::write(dir.join(format!("f{i}.rs")), "").unwrap();
        }
        assert_eq!(
            crowded_folders(std::slice::from_ref(&dir)).unwrap(),
            Vec::<String>::new()
        );
        fs::write(dir.join("f10.rs"), "").unwrap();
        assert_eq!(
            crowded_folders(std::slice::from_ref(&dir)).unwrap(),
            [format!("{}: 11 files (at most 10)", dir.display())]
        );
        fs::remove_dir_all(dir).unwrap();
    }
}
