//! The structure's contact as its form holds it, checked by `parse_territory`.

use super::{from_catalog, text, FieldProblem};
use crate::catalog::territory::parse_territory;
use serde_json::{json, Value};

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
