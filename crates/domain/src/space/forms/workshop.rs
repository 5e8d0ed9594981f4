//! A workshop as its form holds it, checked by `parse_workshops`.

use super::{from_catalog, text, texts, FieldProblem};
use crate::catalog::workshop::parse_workshops;
use serde_json::{json, Value};

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
    let key = crate::space::official_list::name_key(title);
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
