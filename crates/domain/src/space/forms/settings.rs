//! The settings as their form holds them, checked by `parse_config`; the PIN typed twice
//! and kept only as its hash.

use super::FieldProblem;
use crate::site::config::{parse_config, ConfigProblem};
use crate::site::mode::Mode;
use crate::site::pin::PinHash;
use serde_json::{json, Map, Value};

/// The settings (`config.json`), as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct SettingsForm {
    pub name: String,
    pub territory: String,
    pub default_mode: Mode,
    pub allowed_modes: Vec<Mode>,
    pub keep_hours: String,
    pub idle_seconds: String,
    pub warning_seconds: String,
    pub pin_hash: Option<PinHash>,
    pub read_aloud: bool,
    pub languages: Vec<String>,
    pub count_visits: bool,
}

impl Default for SettingsForm {
    fn default() -> Self {
        Self::from_config_text("{}", &["fr"])
    }
}

/// What the PIN must be, in plain words, or the PIN to hash (`platform::crypto` derives
/// its slow hash).
pub fn new_pin(pin: &str, again: &str) -> Result<String, &'static str> {
    let pin = pin.trim();
    if pin.chars().count() < 4 {
        return Err("Le code doit avoir au moins 4 chiffres ou lettres.");
    }
    if pin.chars().count() > 32 {
        return Err("Le code doit avoir au plus 32 caractères.");
    }
    if pin != again.trim() {
        return Err("Les deux codes ne sont pas les mêmes. Tapez-les à nouveau.");
    }
    Ok(pin.to_owned())
}

impl SettingsForm {
    /// The form of a `config.json` (its defaults where it says nothing).
    pub fn from_config_text(text: &str, languages: &[&str]) -> Self {
        let c = parse_config(text, languages).config;
        Self {
            name: c.structure_name,
            territory: c.territory,
            default_mode: c.default_mode,
            allowed_modes: c.allowed_modes,
            keep_hours: c.keep_progress_hours.to_string(),
            idle_seconds: c.kiosk_idle_seconds.to_string(),
            warning_seconds: c.kiosk_warning_seconds.to_string(),
            pin_hash: c.kiosk_pin_hash,
            read_aloud: c.kiosk_read_aloud,
            languages: c.languages,
            count_visits: c.count_visits,
        }
    }

    pub fn to_json(&self) -> Value {
        let number = |s: &str| {
            s.trim()
                .parse::<u64>()
                .map_or_else(|_| Value::String(s.to_owned()), Value::from)
        };
        let mut allowed: Vec<&str> = self.allowed_modes.iter().map(|m| m.as_str()).collect();
        if !allowed.contains(&self.default_mode.as_str()) {
            allowed.insert(0, self.default_mode.as_str());
        }
        let mut kiosk = Map::new();
        kiosk.insert("idle_seconds".into(), number(&self.idle_seconds));
        kiosk.insert("warning_seconds".into(), number(&self.warning_seconds));
        match &self.pin_hash {
            Some(hash) if hash.is_legacy() => {
                kiosk.insert("pin_sha256".into(), Value::from(hash.to_text()));
            }
            Some(hash) => {
                kiosk.insert("pin_pbkdf2".into(), Value::from(hash.to_text()));
            }
            None => {}
        }
        if self.read_aloud {
            kiosk.insert("read_aloud".into(), Value::Bool(true));
        }
        let mut root = json!({
            "structure": { "name": self.name.trim(), "territory": self.territory.trim() },
            "modes": { "default": self.default_mode.as_str(), "allowed": allowed },
            "progress": { "keep_hours": number(&self.keep_hours) },
            "kiosk": kiosk,
        });
        if !self.languages.is_empty() {
            root["languages"] = json!(self.languages);
        }
        if !self.count_visits {
            root["figures"] = json!({ "count_visits": false });
        }
        root
    }

    /// What Repère would say of these settings, by field.
    pub fn problems(&self, languages: &[&str]) -> Vec<FieldProblem> {
        let loaded = parse_config(&self.to_json().to_string(), languages);
        let mut problems: Vec<FieldProblem> = loaded
            .problems
            .into_iter()
            .filter_map(|p| match p {
                ConfigProblem::InvalidField(field) => Some(FieldProblem {
                    field: field.into(),
                    words: match field {
                        "progress.keep_hours" => "Un nombre d'heures entre 0 et 720 (30 jours).",
                        "kiosk.idle_seconds" => "Un nombre de secondes entre 10 et 3600.",
                        "kiosk.warning_seconds" => "Un nombre de secondes entre 5 et 300.",
                        "structure.name" | "structure.territory" => {
                            "Au plus 120 caractères, sur une seule ligne."
                        }
                        _ => "Cette valeur n'est pas acceptée.",
                    }
                    .into(),
                }),
                ConfigProblem::Unreadable | ConfigProblem::InstalledSetDamaged => None,
            })
            .collect();
        if self.default_mode == Mode::Kiosk && self.pin_hash.is_none() {
            problems.push(FieldProblem {
                field: "kiosk.pin".into(),
                words: "Une borne a besoin d'un code pour ouvrir ses réglages : choisissez-en un."
                    .into(),
            });
        }
        problems
    }
}
