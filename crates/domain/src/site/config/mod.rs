//! The deploying structure's settings, read at start-up from `config.json` beside the
//! app. The file comes from outside the app, so it is parsed field by field: a missing
//! or invalid field is reported by name and replaced by its default, and the app always
//! starts.

use crate::site::mode::Mode;
use crate::site::pin::{is_pin_hash, PinHash};
use serde_json::Value;

/// Longest text accepted for a name in the configuration.
const MAX_NAME_CHARS: usize = 120;

/// The settings file, served beside `index.html` (`public/config.json` in the sources).
pub const CONFIG_FILE: &str = "config.json";

/// The settings the app runs with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteConfig {
    /// The structure that offers Repère, named in the footer. Empty when unknown.
    pub structure_name: String,
    /// The territory it serves. Empty when unknown.
    pub territory: String,
    /// The mode the app starts in (`modes.default`).
    pub default_mode: Mode,
    /// The modes a `?mode=` URL parameter may ask for (`modes.allowed`).
    pub allowed_modes: Vec<Mode>,
    /// How long progress is kept on the device, in hours (`progress.keep_hours`, 0 to
    /// 720). Kiosks keep nothing whatever this says.
    pub keep_progress_hours: u32,
    /// Seconds without a touch before the kiosk asks "Vous êtes toujours là ?"
    /// (`kiosk.idle_seconds`, 10 to 3600).
    pub kiosk_idle_seconds: u32,
    /// Seconds of that question's countdown before the reset (`kiosk.warning_seconds`,
    /// 5 to 300).
    pub kiosk_warning_seconds: u32,
    /// The hash of the PIN that opens the structure's space and the kiosk's settings
    /// (`kiosk.pin_pbkdf2`, or the older `kiosk.pin_sha256`; see `site::pin`). Without
    /// it, the settings cannot be opened on a kiosk.
    pub kiosk_pin_hash: Option<PinHash>,
    /// The languages offered (`languages`); empty means every language of the app.
    pub languages: Vec<String>,
    /// Whether a kiosk reads aloud from the start (`kiosk.read_aloud`).
    pub kiosk_read_aloud: bool,
    /// Whether the device counts its visits for the structure's figures
    /// (`figures.count_visits`; nothing of a person is kept either way).
    pub count_visits: bool,
}

impl Default for SiteConfig {
    fn default() -> Self {
        Self {
            structure_name: String::new(),
            territory: String::new(),
            default_mode: Mode::Resident,
            allowed_modes: vec![Mode::Resident],
            keep_progress_hours: 24,
            kiosk_idle_seconds: 90,
            kiosk_warning_seconds: 30,
            kiosk_pin_hash: None,
            languages: Vec::new(),
            kiosk_read_aloud: false,
            count_visits: true,
        }
    }
}

impl SiteConfig {
    /// Whether the language `code` is offered here (every language when the settings
    /// list none).
    pub fn offers_language(&self, code: &str) -> bool {
        self.languages.is_empty() || self.languages.iter().any(|l| l == code)
    }

    /// The languages to offer, in the order the site lists them; when it lists none,
    /// every language of the app (`all`: code and own name), in its order (the
    /// compiled-in one first: `content::languages`).
    pub fn offered_languages<'a>(&self, all: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
        if self.languages.is_empty() {
            return all.to_vec();
        }
        self.languages
            .iter()
            .filter_map(|wanted| all.iter().copied().find(|(code, _)| code == wanted))
            .collect()
    }

    /// The language a visit starts in: the compiled-in one, `compiled_in`, if the site
    /// offers it (or lists none), else the first one the site offers.
    pub fn starting_language<'a>(&'a self, compiled_in: &'a str) -> &'a str {
        match self.languages.first() {
            Some(first) if !self.languages.iter().any(|l| l == compiled_in) => first,
            _ => compiled_in,
        }
    }
}

/// A problem found in the configuration file. Each one means a default is in use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigProblem {
    /// The file is missing, empty or not a JSON object.
    Unreadable,
    /// A field has the wrong type or an unacceptable value; its path is given.
    InvalidField(&'static str),
    /// The set installed on this device could not be read: the server's files are used.
    InstalledSetDamaged,
}

/// The configuration in force and the problems met while reading it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadedConfig {
    pub config: SiteConfig,
    pub problems: Vec<ConfigProblem>,
}

impl LoadedConfig {
    /// The defaults, with a note that the file could not be read.
    pub fn unreadable() -> Self {
        Self {
            config: SiteConfig::default(),
            problems: vec![ConfigProblem::Unreadable],
        }
    }
}

/// Reads a configuration file. Never fails: problems are listed and defaults used.
/// `known_languages` are the language codes the app has.
pub fn parse_config(text: &str, known_languages: &[&str]) -> LoadedConfig {
    // Windows editors often save UTF-8 with a byte-order mark, which JSON does not allow.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Ok(Value::Object(root)) = serde_json::from_str::<Value>(text) else {
        return LoadedConfig::unreadable();
    };
    let mut loaded = LoadedConfig::default();
    let structure = root.get("structure");
    if let Some(name) = read_name(structure, "name", "structure.name", &mut loaded.problems) {
        loaded.config.structure_name = name;
    }
    if let Some(territory) = read_name(
        structure,
        "territory",
        "structure.territory",
        &mut loaded.problems,
    ) {
        loaded.config.territory = territory;
    }
    let problems = &mut loaded.problems;
    let config = &mut loaded.config;
    let modes = root.get("modes");
    if let Some(value) = field(modes, "default") {
        match value.as_str().and_then(Mode::parse) {
            Some(mode) => config.default_mode = mode,
            None => problems.push(ConfigProblem::InvalidField("modes.default")),
        }
    }
    if let Some(value) = field(modes, "allowed") {
        match read_list(value, Mode::parse) {
            Some(modes) => config.allowed_modes = modes,
            None => problems.push(ConfigProblem::InvalidField("modes.allowed")),
        }
    }
    let kiosk = root.get("kiosk");
    let numbers = [
        (
            root.get("progress"),
            "keep_hours",
            "progress.keep_hours",
            0..=720,
            &mut config.keep_progress_hours,
        ),
        (
            kiosk,
            "idle_seconds",
            "kiosk.idle_seconds",
            10..=3600,
            &mut config.kiosk_idle_seconds,
        ),
        (
            kiosk,
            "warning_seconds",
            "kiosk.warning_seconds",
            5..=300,
            &mut config.kiosk_warning_seconds,
        ),
    ];
    for (parent, key, path, range, target) in numbers {
        if let Some(value) = field(parent, key) {
            match value
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .filter(|n| range.contains(n))
            {
                Some(n) => *target = n,
                None => problems.push(ConfigProblem::InvalidField(path)),
            }
        }
    }
    if let Some(value) = field(kiosk, "pin_sha256") {
        match value
            .as_str()
            .filter(|h| is_pin_hash(h))
            .and_then(PinHash::parse)
        {
            Some(hash) => config.kiosk_pin_hash = Some(hash),
            None => problems.push(ConfigProblem::InvalidField("kiosk.pin_sha256")),
        }
    }
    // The slow hash, when both are there, is the one that counts.
    if let Some(value) = field(kiosk, "pin_pbkdf2") {
        match value
            .as_str()
            .and_then(PinHash::parse)
            .filter(|h| !h.is_legacy())
        {
            Some(hash) => config.kiosk_pin_hash = Some(hash),
            None => problems.push(ConfigProblem::InvalidField("kiosk.pin_pbkdf2")),
        }
    }
    if let Some(value) = field(kiosk, "read_aloud") {
        match value.as_bool() {
            Some(on) => config.kiosk_read_aloud = on,
            None => problems.push(ConfigProblem::InvalidField("kiosk.read_aloud")),
        }
    }
    if let Some(value) = field(root.get("figures"), "count_visits") {
        match value.as_bool() {
            Some(on) => config.count_visits = on,
            None => problems.push(ConfigProblem::InvalidField("figures.count_visits")),
        }
    }
    if let Some(value) = root.get("languages").filter(|v| !v.is_null()) {
        let known = |code: &str| known_languages.contains(&code).then(|| code.to_owned());
        match read_list(value, known) {
            Some(codes) => config.languages = codes,
            None => problems.push(ConfigProblem::InvalidField("languages")),
        }
    }
    loaded
}

/// A present, non-null field of `parent`.
fn field<'a>(parent: Option<&'a Value>, key: &str) -> Option<&'a Value> {
    parent.and_then(|p| p.get(key)).filter(|v| !v.is_null())
}

/// A non-empty array of strings that all parse; `None` if anything is off.
fn read_list<T>(value: &Value, parse: impl Fn(&str) -> Option<T>) -> Option<Vec<T>> {
    let items = value.as_array().filter(|a| !a.is_empty())?;
    items.iter().map(|v| v.as_str().and_then(&parse)).collect()
}

/// Reads an optional one-line name under `parent`, reporting a wrong value as `path`.
fn read_name(
    parent: Option<&Value>,
    key: &str,
    path: &'static str,
    problems: &mut Vec<ConfigProblem>,
) -> Option<String> {
    match parent.and_then(|p| p.get(key)) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if is_acceptable_name(s) => Some(s.trim().to_owned()),
        Some(_) => {
            problems.push(ConfigProblem::InvalidField(path));
            None
        }
    }
}

fn is_acceptable_name(s: &str) -> bool {
    s.chars().count() <= MAX_NAME_CHARS && !s.chars().any(char::is_control)
}

#[cfg(test)]
mod tests;
