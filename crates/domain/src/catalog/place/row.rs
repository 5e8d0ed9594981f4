//! One row of the places file read into a [`Place`], each value checked against the
//! national standard; a bad value is left empty and named with its line and field.

use super::names::{commune_case, is_shouted, postcode_of};
use super::{Place, MAX_TEXT_CHARS};
use crate::catalog::links::{phone_for_display, SafeLink};
use crate::catalog::opening_hours::OpeningHours;
use crate::catalog::problem::CatalogProblem;
use crate::catalog::vocabulary as v;
use crate::catalog::PLACES_FILE;

pub(super) struct RowReader<'a> {
    pub(super) columns: &'a [String],
    pub(super) fields: &'a [String],
    pub(super) line: usize,
    pub(super) problems: &'a mut Vec<CatalogProblem>,
}

impl RowReader<'_> {
    /// The cleaned text of a column (empty when absent).
    fn text(&self, column: &str) -> String {
        let raw = self
            .columns
            .iter()
            .position(|c| c == column)
            .and_then(|i| self.fields.get(i))
            .map(String::as_str)
            .unwrap_or_default();
        // A cell that a spreadsheet would run as a formula is written with a leading
        // apostrophe by Repère's export (`domain::space::export`): it is text.
        let raw = match raw.strip_prefix('\'') {
            Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
            _ => raw,
        };
        raw.chars()
            .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
            .take(MAX_TEXT_CHARS)
            .collect::<String>()
            .trim()
            .to_owned()
    }

    fn report(&mut self, column: &str, detail: String) {
        self.problems.push(CatalogProblem::field(
            PLACES_FILE,
            Some(self.line),
            column,
            detail,
        ));
    }

    /// A required-by-the-standard field that the app can do without.
    fn required_or_note(&mut self, column: &str) -> String {
        let value = self.text(column);
        if value.is_empty() {
            self.report(column, "champ obligatoire vide, à compléter".into());
        }
        value
    }

    /// A multi-valued field checked against an enumeration: a value is matched whatever
    /// its apostrophes (’ or ') and spacing, and kept as the standard writes it; unknown
    /// values are dropped.
    fn list(&mut self, column: &str, allowed: &[&'static str]) -> Vec<String> {
        let text = self.text(column);
        let mut kept = Vec::new();
        for value in text
            .split(['|', ';'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let known = v::standard_value(allowed, value).or_else(|| {
                let current = v::current_value(column, value)?;
                self.report(
                    column,
                    format!("« {value} » est un libellé de l'ancienne version du standard : lu comme « {current} »"),
                );
                Some(current)
            });
            if let Some(known) = known {
                if !kept.iter().any(|k: &String| k == known) {
                    kept.push(known.to_owned());
                }
            } else if let Some(note) = v::retired_value_note(column, value) {
                self.report(column, note);
            } else {
                self.report(
                    column,
                    format!("« {value} » n'est pas une valeur du standard : ignorée"),
                );
            }
        }
        kept
    }

    fn coordinate(&mut self, column: &str, limit: f64) -> Option<f64> {
        let text = self.text(column);
        if text.is_empty() {
            return None;
        }
        match text.replace(',', ".").parse::<f64>() {
            Ok(n) if n.is_finite() && n.abs() <= limit => Some(n),
            _ => {
                self.report(
                    column,
                    format!("« {text} » n'est pas une coordonnée : ignorée"),
                );
                None
            }
        }
    }

    fn links(&mut self, column: &str) -> Vec<SafeLink> {
        let text = self.text(column);
        let mut links = Vec::new();
        for value in text.split('|').map(str::trim).filter(|s| !s.is_empty()) {
            match SafeLink::parse(value) {
                Some(link) => links.push(link),
                None => self.report(
                    column,
                    format!("« {value} » n'est pas un lien http(s) : ignoré"),
                ),
            }
        }
        links
    }

    pub(super) fn place(&mut self) -> Option<Place> {
        let (id, name) = (self.text("id"), self.text("nom"));
        if id.is_empty() || name.is_empty() {
            let missing = if id.is_empty() { "id" } else { "nom" };
            self.problems.push(CatalogProblem::row(
                PLACES_FILE,
                self.line,
                format!("le champ « {missing} » est vide : ligne ignorée"),
            ));
            return None;
        }
        let mut commune = self.required_or_note("commune");
        if is_shouted(&commune) {
            commune = commune_case(&commune);
        }
        let _ = self.required_or_note("adresse");
        let updated = self.required_or_note("date_maj");
        if updated.starts_with("1970-01-01") {
            self.report(
                "date_maj",
                "« 1970-01-01 » est une date par défaut, pas celle de la mise à jour : à compléter"
                    .into(),
            );
        }
        let pivot = self.required_or_note("pivot");
        if !pivot.is_empty() && pivot.bytes().all(|b| b == b'0') {
            self.report(
                "pivot",
                format!("« {pivot} » est un SIRET par défaut, pas celui du lieu : à compléter"),
            );
        } else if !pivot.is_empty() && !(9..=14).contains(&pivot.len()) {
            self.report("pivot", format!("« {pivot} » n'est pas un SIRET ou RNA"));
        }
        let written_postcode = self.required_or_note("code_postal");
        let postcode = match postcode_of(&written_postcode) {
            Some(code) if code == written_postcode => code,
            Some(code) => {
                self.report(
                    "code_postal",
                    format!("« {written_postcode} » : lu comme « {code} »"),
                );
                code
            }
            None if written_postcode.is_empty() => written_postcode,
            None => {
                self.report(
                    "code_postal",
                    format!("« {written_postcode} » n'est pas un code postal : ignoré"),
                );
                String::new()
            }
        };
        let phone_text = self.text("telephone");
        let phone = if phone_text.is_empty() {
            None
        } else {
            let phone = phone_for_display(&phone_text);
            if phone.is_none() {
                self.report(
                    "telephone",
                    format!("« {phone_text} » n'est pas un numéro de téléphone : ignoré"),
                );
            }
            phone
        };
        let emails_text = self.text("courriels");
        let mut emails = Vec::new();
        for email in emails_text
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            if email.contains('@')
                && !email.contains(char::is_whitespace)
                && SafeLink::parse(&format!("mailto:{email}")).is_some()
            {
                emails.push(email.to_owned());
            } else {
                self.report(
                    "courriels",
                    format!("« {email} » n'est pas une adresse e-mail : ignorée"),
                );
            }
        }
        let opening_hours_text = self.text("horaires");
        let opening_hours = OpeningHours::parse(&opening_hours_text);
        if opening_hours.is_none() && !opening_hours_text.is_empty() {
            self.report(
                "horaires",
                "horaires non compris par Repère : ils sont montrés tels quels".into(),
            );
        }
        let booking = self.links("prise_rdv").into_iter().next();
        let accessibility_sheet = self.links("fiche_acces_libre").into_iter().next();
        Some(Place {
            line: self.line,
            address: self.text("adresse"),
            address_extra: self.text("complement_adresse"),
            latitude: self.coordinate("latitude", 90.0),
            longitude: self.coordinate("longitude", 180.0),
            websites: self.links("site_web"),
            summary: self.text("presentation_resume"),
            roaming: self.list("itinerance", v::ROAMING),
            services: self.list("services", v::SERVICES),
            publics: self.list("publics_specifiquement_adresses", v::PUBLICS),
            specific_support: self.list("prise_en_charge_specifique", v::SPECIFIC_SUPPORT),
            costs: self.list("frais_a_charge", v::COSTS),
            programmes: self.list("dispositif_programmes_nationaux", v::NATIONAL_PROGRAMMES),
            labels: self.list("formations_labels", v::FORMATION_LABELS),
            access: self.list("modalites_acces", v::ACCESS),
            support_formats: self.list("modalites_accompagnement", v::SUPPORT_FORMATS),
            id,
            name,
            commune,
            postcode,
            phone,
            emails,
            opening_hours,
            opening_hours_text,
            booking,
            accessibility_sheet,
        })
    }
}
