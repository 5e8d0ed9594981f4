//! The space's forms, as plain values: a workshop, the structure's contact, the
//! settings. Each turns into the JSON entry of its file and is checked by the very code
//! that reads that file in Repère (`parse_workshops`, `parse_territory`, `parse_config`),
//! so a form says exactly what `check_catalog` would say, field by field, as it is typed.

use crate::domain::catalog::problem::CatalogProblem;
use crate::domain::catalog::territory::parse_territory;
use crate::domain::catalog::workshop::parse_workshops;
use crate::domain::codes::pin::pin_hash;
use crate::domain::site::config::{parse_config, ConfigProblem};
use crate::domain::site::mode::Mode;
use serde_json::{json, Map, Value};

/// A problem of one field of a form, in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: String,
    pub words: String,
}

fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn texts(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn from_catalog(problems: Vec<CatalogProblem>) -> Vec<FieldProblem> {
    problems
        .into_iter()
        .map(|p| FieldProblem {
            field: p.field.unwrap_or_default(),
            // « atelier « x » : … » names the entry; the form is the entry.
            words: p
                .detail
                .split_once(" : ")
                .filter(|(head, _)| head.starts_with("atelier "))
                .map_or(p.detail.clone(), |(_, rest)| rest.to_owned()),
        })
        .collect()
}

/// A workshop as its form holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkshopForm {
    pub id: String,
    pub title: String,
    pub description: String,
    pub place: String,
    pub themes: Vec<String>,
    pub level: String,
    /// `collectif`, `individuel` or `a-distance`.
    pub format: String,
    pub dates: Vec<String>,
    /// A weekly schedule in the opening-hours syntax (« Tu 14:00-16:00 »).
    pub recurrence: String,
    pub schedule_note: String,
    pub cost: String,
    pub registration: String,
    pub link: String,
}

impl Default for WorkshopForm {
    fn default() -> Self {
        Self {
            id: String::new(),
            title: String::new(),
            description: String::new(),
            place: String::new(),
            themes: Vec::new(),
            level: String::new(),
            format: "collectif".into(),
            dates: Vec::new(),
            recurrence: String::new(),
            schedule_note: String::new(),
            cost: String::new(),
            registration: String::new(),
            link: String::new(),
        }
    }
}

impl WorkshopForm {
    pub fn from_json(v: &Value) -> Self {
        Self {
            id: text(v, "id"),
            title: text(v, "titre"),
            description: text(v, "description"),
            place: text(v, "lieu"),
            themes: texts(v, "thematiques"),
            level: text(v, "niveau"),
            format: Some(text(v, "format"))
                .filter(|f| !f.is_empty())
                .unwrap_or_else(|| "collectif".into()),
            dates: texts(v, "dates"),
            recurrence: text(v, "recurrence"),
            schedule_note: text(v, "horaires_en_clair"),
            cost: text(v, "cout"),
            registration: text(v, "inscription"),
            link: text(v, "lien"),
        }
    }

    /// The entry of `ateliers.json`; an empty id becomes one made from the title.
    pub fn to_json(&self) -> Value {
        let id = if self.id.trim().is_empty() {
            slug(&self.title)
        } else {
            self.id.trim().to_owned()
        };
        json!({
            "id": id,
            "titre": self.title.trim(),
            "description": self.description.trim(),
            "lieu": self.place,
            "thematiques": self.themes,
            "niveau": self.level,
            "dates": self.dates,
            "recurrence": self.recurrence.trim(),
            "horaires_en_clair": self.schedule_note.trim(),
            "format": self.format,
            "cout": self.cost.trim(),
            "inscription": self.registration.trim(),
            "lien": self.link.trim(),
        })
    }

    /// What Repère would say of this workshop; `place_ids` are the catalog's places.
    pub fn problems(&self, place_ids: &[String]) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        if self.title.trim().is_empty() {
            problems.push(FieldProblem {
                field: "titre".into(),
                words: "Le titre est obligatoire.".into(),
            });
        }
        if self.themes.is_empty() {
            problems.push(FieldProblem { field: "thematiques".into(), words: "Choisissez au moins une thématique : c'est ce qui relie l'atelier aux besoins des personnes.".into() });
        }
        if !self.place.is_empty() && !place_ids.contains(&self.place) {
            problems.push(FieldProblem {
                field: "lieu".into(),
                words: format!(
                    "Le lieu « {} » n'est plus dans la liste des lieux : choisissez-en un autre.",
                    self.place
                ),
            });
        }
        // The file's checks, on the entry as it would be written (with a stand-in title
        // while there is none, so that every other field is checked as it is typed).
        let mut entry = self.to_json();
        if self.title.trim().is_empty() {
            entry["titre"] = json!("atelier");
            entry["id"] = json!("atelier");
        }
        let mut found = Vec::new();
        parse_workshops(&json!({ "ateliers": [entry] }).to_string(), &mut found);
        problems.extend(from_catalog(found));
        problems
    }
}

/// An id made of a title: lower case, accents and signs off, words joined by `-`.
pub fn slug(title: &str) -> String {
    let key = super::official_list::name_key(title);
    let s: String = key
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() {
        "atelier".into()
    } else {
        s.chars().take(60).collect()
    }
}

/// The structure's own contact (`territoire.json`, `structure`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ContactForm {
    pub name: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub website: String,
    pub place: String,
}

impl ContactForm {
    pub fn from_json(v: &Value) -> Self {
        Self {
            name: text(v, "nom"),
            phone: text(v, "telephone"),
            email: text(v, "courriel"),
            address: text(v, "adresse"),
            website: text(v, "site_web"),
            place: text(v, "lieu"),
        }
    }

    pub fn to_json(&self) -> Value {
        json!({
            "nom": self.name.trim(),
            "telephone": self.phone.trim(),
            "courriel": self.email.trim(),
            "adresse": self.address.trim(),
            "site_web": self.website.trim(),
            "lieu": self.place,
        })
    }

    /// What Repère would say of this contact.
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut found = Vec::new();
        let territory = parse_territory(
            &json!({ "structure": self.to_json() }).to_string(),
            &mut found,
        );
        let mut problems = from_catalog(found);
        if !self.email.trim().is_empty() && territory.structure.email.is_none() {
            problems.push(FieldProblem {
                field: "courriel".into(),
                words: format!("« {} » n'est pas une adresse e-mail.", self.email.trim()),
            });
        }
        if !self.website.trim().is_empty() && territory.structure.website.is_none() {
            problems.push(FieldProblem {
                field: "site_web".into(),
                words: format!(
                    "« {} » n'est pas un lien qui commence par https://.",
                    self.website.trim()
                ),
            });
        }
        for p in &mut problems {
            if p.field == "structure" {
                p.field = "telephone".into();
            }
        }
        problems
    }
}

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
    pub pin_hash: Option<String>,
    pub read_aloud: bool,
    pub languages: Vec<String>,
    pub count_visits: bool,
}

impl Default for SettingsForm {
    fn default() -> Self {
        Self::from_config_text("{}", &["fr"])
    }
}

/// What the kiosk's PIN must be, in plain words, or its hash.
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
    Ok(pin_hash(pin))
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
        if let Some(hash) = &self.pin_hash {
            kiosk.insert("pin_sha256".into(), Value::from(hash.as_str()));
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
                ConfigProblem::Unreadable => None,
            })
            .collect();
        if self.default_mode == Mode::Kiosk && self.pin_hash.is_none() {
            problems.push(FieldProblem {
                field: "kiosk.pin_sha256".into(),
                words: "Une borne a besoin d'un code pour ouvrir ses réglages : choisissez-en un."
                    .into(),
            });
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workshop_form_is_checked_like_the_file() {
        let mut form = WorkshopForm {
            title: "Premiers pas sur la tablette".into(),
            themes: vec!["Prendre en main du matériel".into()],
            dates: vec!["2026-12-10T14:00".into(), "jeudi".into()],
            link: "javascript:alert(1)".into(),
            place: "ailleurs".into(),
            ..WorkshopForm::default()
        };
        let fields: Vec<String> = form
            .problems(&["mediatheque".into()])
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(fields, ["lieu", "dates", "lien"]);
        form.dates.pop();
        form.link.clear();
        form.place = "mediatheque".into();
        assert_eq!(form.problems(&["mediatheque".into()]), []);
        assert_eq!(form.to_json()["id"], "premiers-pas-sur-la-tablette");
        assert_eq!(
            WorkshopForm::from_json(&form.to_json()).to_json(),
            form.to_json()
        );
    }

    #[test]
    fn a_workshop_needs_a_title_and_a_thematique() {
        let fields: Vec<String> = WorkshopForm::default()
            .problems(&[])
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(fields, ["titre", "thematiques"]);
    }

    #[test]
    fn the_pin_is_typed_twice_and_only_its_hash_is_kept() {
        assert_eq!(new_pin("2468", "2468").map(|h| h.len()), Ok(64));
        assert!(new_pin("2468", "2486").is_err());
        assert!(new_pin("12", "12").is_err());
        let mut settings = SettingsForm {
            pin_hash: new_pin("2468", "2468").ok(),
            default_mode: Mode::Kiosk,
            ..SettingsForm::default()
        };
        let text = settings.to_json().to_string();
        assert!(!text.contains("2468"));
        let read = parse_config(&text, &["fr"]).config;
        assert!(crate::domain::codes::pin::pin_matches(
            "2468",
            read.kiosk_pin_hash.as_deref().unwrap()
        ));
        assert_eq!(read.default_mode, Mode::Kiosk);
        assert_eq!(settings.problems(&["fr"]), []);
        settings.pin_hash = None;
        assert_eq!(settings.problems(&["fr"])[0].field, "kiosk.pin_sha256");
    }

    #[test]
    fn settings_out_of_range_are_named_by_field() {
        let settings = SettingsForm {
            keep_hours: "1000".into(),
            idle_seconds: "beaucoup".into(),
            ..SettingsForm::default()
        };
        let fields: Vec<String> = settings
            .problems(&["fr"])
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(fields, ["progress.keep_hours", "kiosk.idle_seconds"]);
    }

    #[test]
    fn a_contact_with_a_bad_phone_or_e_mail_says_so() {
        let contact = ContactForm {
            name: "CC".into(),
            phone: "05 49".into(),
            email: "pas une adresse".into(),
            ..ContactForm::default()
        };
        let fields: Vec<String> = contact.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["telephone", "courriel"]);
    }
}
