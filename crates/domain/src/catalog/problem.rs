//! A problem found in a catalog file, named by file, line and field, in French: the
//! people who edit the catalog read it (on the check page and from the command line).

/// One problem. The row or value concerned was skipped or left empty; the rest is used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogProblem {
    pub file: &'static str,
    pub line: Option<usize>,
    pub field: Option<String>,
    pub detail: String,
    /// True when a whole row (or the whole file) could not be used.
    pub serious: bool,
}

impl CatalogProblem {
    pub fn missing_file(file: &'static str) -> Self {
        Self {
            file,
            line: None,
            field: None,
            detail: "le fichier n'a pas pu être lu ; Repère utilise ce qu'il a par défaut".into(),
            serious: true,
        }
    }

    pub fn too_large(file: &'static str, bytes: usize) -> Self {
        Self {
            file,
            line: None,
            field: None,
            detail: format!(
                "le fichier fait {} Mo, plus que les {} Mo acceptés : gardez seulement les lieux du territoire",
                bytes / (1024 * 1024),
                super::MAX_FILE_BYTES / (1024 * 1024)
            ),
            serious: true,
        }
    }

    pub fn file(file: &'static str, detail: impl Into<String>) -> Self {
        Self {
            file,
            line: None,
            field: None,
            detail: detail.into(),
            serious: true,
        }
    }

    pub fn field(
        file: &'static str,
        line: Option<usize>,
        field: &str,
        detail: impl Into<String>,
    ) -> Self {
        Self {
            file,
            line,
            field: Some(field.to_owned()),
            detail: detail.into(),
            serious: false,
        }
    }

    pub fn row(file: &'static str, line: usize, detail: impl Into<String>) -> Self {
        Self {
            file,
            line: Some(line),
            field: None,
            detail: detail.into(),
            serious: true,
        }
    }
}

impl std::fmt::Display for CatalogProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ", ligne {line}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ", champ « {field} »")?;
        }
        write!(f, " : {}", self.detail)
    }
}
