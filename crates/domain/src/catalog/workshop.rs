//! Workshops, in a JSON format of Repère's (documented in the README): what, where,
//! for which themes and level, when, in which format, at what cost, how to register.
//! Each workshop is read on its own: a bad one is reported and skipped, the others kept.

use super::links::SafeLink;
use super::opening_hours::OpeningHours;
use super::problem::CatalogProblem;
use super::read::json::json_list;
use super::vocabulary as v;
use super::WORKSHOPS_FILE;
use serde::Deserialize;

/// Individual, collective or remote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WorkshopFormat {
    Collectif,
    Individuel,
    ADistance,
}

/// One workshop.
#[derive(Clone, Debug, PartialEq)]
pub struct Workshop {
    pub id: String,
    pub title: String,
    pub description: String,
    /// The id of its place in the places file (empty if remote or unknown).
    pub place: String,
    /// Activity-report thématiques and/or national services.
    pub themes: Vec<String>,
    /// "Débutant", "Intermédiaire" or "Avancé"; `None` when not given (any level).
    pub level: Option<String>,
    /// Dated sessions, "2026-12-03T14:00" (local time), sorted.
    pub dates: Vec<String>,
    /// A weekly schedule in the opening-hours syntax ("Tu 14:00-16:00").
    pub recurrence: Option<OpeningHours>,
    /// The schedule in words when it is neither of the above ("Sur rendez-vous").
    pub schedule_note: String,
    pub format: WorkshopFormat,
    pub cost: String,
    pub registration: String,
    pub link: Option<SafeLink>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWorkshop {
    id: String,
    titre: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    lieu: String,
    thematiques: Vec<String>,
    #[serde(default)]
    niveau: String,
    #[serde(default)]
    dates: Vec<String>,
    #[serde(default)]
    recurrence: String,
    #[serde(default)]
    horaires_en_clair: String,
    format: WorkshopFormat,
    #[serde(default)]
    cout: String,
    #[serde(default)]
    inscription: String,
    #[serde(default)]
    lien: String,
}

/// Whether `date` is a local date-time "YYYY-MM-DDTHH:MM".
pub fn is_local_date_time(date: &str) -> bool {
    let b = date.as_bytes();
    b.len() == 16
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b'T',
            13 => *c == b':',
            _ => c.is_ascii_digit(),
        })
}

pub fn parse_workshops(text: &str, problems: &mut Vec<CatalogProblem>) -> Vec<Workshop> {
    let entries = json_list(WORKSHOPS_FILE, text, "ateliers", problems);
    let mut workshops = Vec::new();
    for (index, entry) in entries.into_iter().enumerate() {
        let number = index + 1;
        let raw: RawWorkshop = match serde_json::from_value(entry) {
            Ok(raw) => raw,
            Err(e) => {
                problems.push(CatalogProblem::file(
                    WORKSHOPS_FILE,
                    format!("atelier n° {number} ignoré : {e}"),
                ));
                continue;
            }
        };
        let mut report = |field: &str, detail: String| {
            problems.push(CatalogProblem::field(
                WORKSHOPS_FILE,
                None,
                field,
                format!("atelier « {} » : {detail}", raw.id),
            ));
        };
        if raw.id.trim().is_empty() || raw.titre.trim().is_empty() {
            report(
                "id",
                "l'identifiant et le titre sont obligatoires : atelier ignoré".into(),
            );
            continue;
        }
        if !raw.niveau.is_empty() && !v::WORKSHOP_LEVELS.contains(&raw.niveau.as_str()) {
            report(
                "niveau",
                format!(
                    "« {} » n'est pas Débutant, Intermédiaire ou Avancé : atelier ignoré",
                    raw.niveau
                ),
            );
            continue;
        }
        let mut themes = Vec::new();
        for theme in &raw.thematiques {
            if let Some(found) = v::thematique(theme) {
                if let Some(notice) = found.notice(theme) {
                    report("thematiques", notice);
                }
                themes.push(found.value().to_owned());
            } else if v::SERVICES.contains(&theme.as_str()) {
                themes.push(theme.clone());
            } else {
                report(
                    "thematiques",
                    format!("« {theme} » n'est ni une thématique ni un service national : ignoré"),
                );
            }
        }
        let mut dates: Vec<String> = Vec::new();
        for date in &raw.dates {
            if is_local_date_time(date) {
                dates.push(date.clone());
            } else {
                report(
                    "dates",
                    format!("« {date} » n'est pas une date AAAA-MM-JJTHH:MM : ignorée"),
                );
            }
        }
        dates.sort();
        let recurrence = OpeningHours::parse(&raw.recurrence);
        if recurrence.is_none() && !raw.recurrence.trim().is_empty() {
            report(
                "recurrence",
                format!("« {} » n'est pas compris : ignoré", raw.recurrence),
            );
        }
        let link = (!raw.lien.trim().is_empty())
            .then(|| SafeLink::parse(&raw.lien))
            .flatten();
        if link.is_none() && !raw.lien.trim().is_empty() {
            report(
                "lien",
                format!(
                    "« {} » n'est pas un lien http(s), tel: ou mailto: : ignoré",
                    raw.lien
                ),
            );
        }
        workshops.push(Workshop {
            id: raw.id,
            title: raw.titre,
            description: raw.description,
            place: raw.lieu,
            themes,
            level: (!raw.niveau.is_empty()).then_some(raw.niveau),
            dates,
            recurrence,
            schedule_note: raw.horaires_en_clair,
            format: raw.format,
            cost: raw.cout,
            registration: raw.inscription,
            link,
        });
    }
    workshops
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_good_workshops_and_reports_bad_ones() {
        let json = r#"{"ateliers":[
            {"id":"cv","titre":"Atelier CV","lieu":"mediatheque","thematiques":["Insertion professionnelle","Jardinage"],
             "niveau":"Débutant","dates":["2026-12-03T14:00","demain"],"format":"collectif","lien":"javascript:x"},
            {"id":"x","titre":"Sans niveau","thematiques":[],"niveau":"Expert","format":"collectif"},
            {"id":"y","titre":42},
            {"id":"z","titre":"Tous niveaux","thematiques":["E-mail"],"format":"a-distance"}
        ]}"#;
        let mut problems = Vec::new();
        let workshops = parse_workshops(json, &mut problems);
        assert_eq!(workshops.len(), 2);
        assert_eq!(workshops[1].level, None);
        assert_eq!(workshops[0].themes, ["Insertion professionnelle"]);
        assert_eq!(workshops[0].dates, ["2026-12-03T14:00"]);
        assert_eq!(workshops[0].link, None);
        assert_eq!(problems.len(), 5, "{problems:#?}");
    }

    #[test]
    fn anything_else_is_one_plain_problem() {
        for text in ["", "[]", "{\"ateliers\":3}"] {
            let mut problems = Vec::new();
            assert!(parse_workshops(text, &mut problems).is_empty());
            assert_eq!(problems.len(), 1, "{text}");
        }
    }
}
