//! Places of digital mediation, read from the national CSV format (schema v1.0.x of
//! `standard-mediation-num`): the columns are found by name, multiple values are
//! separated by `|` (or by `;` in older v0.1 exports), and every value is checked
//! against the standard. A row without an id or a name is skipped; any other bad value is
//! left empty; both are reported with the line and the field.

use super::links::{phone_for_display, SafeLink};
use super::opening_hours::OpeningHours;
use super::problem::CatalogProblem;
use super::read::csv::{records, Record};
use super::vocabulary as v;
use super::PLACES_FILE;

/// Longest text kept from one field.
const MAX_TEXT_CHARS: usize = 2000;

/// One place.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Place {
    pub line: usize,
    pub id: String,
    pub name: String,
    pub commune: String,
    pub postcode: String,
    pub address: String,
    pub address_extra: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// As people write it: "05 49 64 00 00".
    pub phone: Option<String>,
    pub emails: Vec<String>,
    pub websites: Vec<SafeLink>,
    pub opening_hours: Option<OpeningHours>,
    /// The `horaires` text, shown as written when it could not be understood.
    pub opening_hours_text: String,
    pub summary: String,
    pub roaming: Vec<String>,
    pub services: Vec<String>,
    pub publics: Vec<String>,
    pub specific_support: Vec<String>,
    pub costs: Vec<String>,
    pub programmes: Vec<String>,
    /// The national labels and trainings (`formations_labels`).
    pub labels: Vec<String>,
    pub access: Vec<String>,
    pub support_formats: Vec<String>,
    pub booking: Option<SafeLink>,
}

impl Place {
    pub fn offers(&self, service: &str) -> bool {
        self.services.iter().any(|s| s == service)
    }
}

/// Reads every valid row of a places file.
pub fn parse_places(text: &str, problems: &mut Vec<CatalogProblem>) -> Vec<Place> {
    let mut rows = records(text).into_iter();
    let Some(header) = rows.next() else {
        problems.push(CatalogProblem::file(PLACES_FILE, "le fichier est vide"));
        return Vec::new();
    };
    let Some(columns) = place_columns(&header.fields, problems) else {
        return Vec::new();
    };
    parse_place_rows(&columns, rows, problems)
}

/// A header cell as written, compared as the standard names columns: trimmed, without a
/// byte-order mark, in lower case.
pub fn header_name(written: &str) -> String {
    written.trim().trim_start_matches('\u{feff}').to_lowercase()
}

/// The header's columns by their names in the standard: trimmed, in lower case, an older
/// name (`courriel`, `labels_nationaux`…) under the name it has now. `None` (with a
/// problem) when the header lacks `id` or `nom`: not a places file.
pub fn place_columns(header: &[String], problems: &mut Vec<CatalogProblem>) -> Option<Vec<String>> {
    let columns: Vec<String> = header
        .iter()
        .map(|h| {
            let name = header_name(h);
            v::current_column_name(&name).unwrap_or(&name).to_owned()
        })
        .collect();
    for required in ["id", "nom"] {
        if !columns.iter().any(|c| c == required) {
            problems.push(CatalogProblem::file(
                PLACES_FILE,
                format!("la colonne « {required} » manque : ce n'est pas un fichier au format national des lieux"),
            ));
            return None;
        }
    }
    Some(columns)
}

/// Reads every valid row among `rows`, under `columns` (see [`place_columns`]); each
/// problem names the row's own number.
pub fn parse_place_rows(
    columns: &[String],
    rows: impl IntoIterator<Item = Record>,
    problems: &mut Vec<CatalogProblem>,
) -> Vec<Place> {
    let mut places = Vec::new();
    let mut ids = std::collections::BTreeSet::new();
    for row in rows {
        let mut reader = RowReader {
            columns,
            fields: &row.fields,
            line: row.line,
            problems: &mut *problems,
        };
        let Some(place) = reader.place() else {
            continue;
        };
        if !ids.insert(place.id.clone()) {
            problems.push(CatalogProblem::row(
                PLACES_FILE,
                row.line,
                format!(
                    "l'identifiant « {} » est déjà pris : ligne ignorée",
                    place.id
                ),
            ));
            continue;
        }
        places.push(place);
    }
    places
}

struct RowReader<'a> {
    columns: &'a [String],
    fields: &'a [String],
    line: usize,
    problems: &'a mut Vec<CatalogProblem>,
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

    fn place(&mut self) -> Option<Place> {
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
        })
    }
}

/// The five-digit postal code in what was written: itself, or the code before a
/// « Cedex » (« 79200 CEDEX », « 79203 Parthenay Cedex »). A six-digit or partial code
/// is `None`.
pub fn postcode_of(written: &str) -> Option<String> {
    let first = written.split_whitespace().next()?;
    let five = first.len() == 5 && first.bytes().all(|b| b.is_ascii_digit());
    let rest = written.trim()[first.len()..].to_lowercase();
    (five && (rest.trim().is_empty() || rest.contains("cedex"))).then(|| first.to_owned())
}

/// Whether a name is written all in capitals (« SAINT-AUBIN-LE-CLOUD »).
fn is_shouted(name: &str) -> bool {
    name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase)
}

/// A commune's name written in capitals, in the usual case: each word capitalised,
/// the small words of French place names in lower case (« Saint-Aubin-le-Cloud »).
pub fn commune_case(name: &str) -> String {
    const SMALL: &[&str] = &[
        "le", "la", "les", "de", "des", "du", "sur", "sous", "en", "et", "lès", "lez", "aux", "au",
    ];
    let mut out = String::with_capacity(name.len());
    let mut word = String::new();
    let mut first = true;
    let flush = |word: &mut String, out: &mut String, first: bool| {
        let lower = word.to_lowercase();
        if !first && SMALL.contains(&lower.as_str()) {
            out.push_str(&lower);
        } else {
            let mut chars = lower.chars();
            if let Some(c) = chars.next() {
                out.extend(c.to_uppercase());
                out.push_str(chars.as_str());
            }
        }
        word.clear();
    };
    for c in name.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            if !word.is_empty() {
                flush(&mut word, &mut out, first);
                first = false;
            }
            out.push(c);
        }
    }
    if !word.is_empty() {
        flush(&mut word, &mut out, first);
    }
    // « L'Absie », « D'Huison »: an elided article keeps its capital after the apostrophe.
    out.replace("L'a", "L'A").replace("D'h", "D'H")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_national_example_as_it_is() {
        let mut problems = Vec::new();
        let places = parse_places(
            include_str!("../../../tests/samples/lieux-exemple-national.csv"),
            &mut problems,
        );
        assert_eq!(problems, []);
        let p = &places[0];
        assert_eq!(
            (p.id.as_str(), p.name.as_str(), p.commune.as_str()),
            ("structure-1", "Anonymal", "Reims")
        );
        assert_eq!(p.phone.as_deref(), Some("01 80 05 98 80"));
        assert_eq!(
            p.specific_support,
            ["Surdité", "Illettrisme", "Langues étrangères (anglais)"]
        );
        assert!(p.offers("Insertion professionnelle via le numérique"));
        assert_eq!(p.websites.len(), 2);
        assert!(p.opening_hours.is_some());
        assert_eq!(p.latitude, Some(43.52609));
    }

    #[test]
    fn keeps_valid_rows_and_names_every_bad_value() {
        let csv = "id,nom,commune,telephone,services,site_web,latitude,prise_en_charge_specifique\n\
                   a,Médiathèque,Parthenay,05 49,Aide aux démarches administratives|Jardinage,javascript:alert(1),abc,Surdité;Déficience visuelle\n\
                   ,Sans id,Parthenay,,,,,\n\
                   a,Doublon,Parthenay,,,,,\n";
        let mut problems = Vec::new();
        let places = parse_places(csv, &mut problems);
        assert_eq!(places.len(), 1);
        let p = &places[0];
        assert_eq!(p.services, ["Aide aux démarches administratives"]);
        assert_eq!(
            p.specific_support,
            ["Surdité", "Déficience visuelle"],
            "older ';' separator"
        );
        assert_eq!(
            (p.phone.as_ref(), p.websites.len(), p.latitude),
            (None, 0, None)
        );
        let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
        for expected in [
            "lieux.csv, ligne 2, champ « telephone » : « 05 49 » n'est pas un numéro de téléphone : ignoré",
            "lieux.csv, ligne 2, champ « services » : « Jardinage » n'est pas une valeur du standard : ignorée",
            "lieux.csv, ligne 2, champ « site_web » : « javascript:alert(1) » n'est pas un lien http(s) : ignoré",
            "lieux.csv, ligne 2, champ « latitude » : « abc » n'est pas une coordonnée : ignorée",
            "lieux.csv, ligne 3 : le champ « id » est vide : ligne ignorée",
            "lieux.csv, ligne 4 : l'identifiant « a » est déjà pris : ligne ignorée",
        ] {
            assert!(said.iter().any(|s| s == expected), "missing: {expected}\nin: {said:#?}");
        }
    }

    #[test]
    fn enumeration_values_match_whatever_their_apostrophes_and_spacing() {
        let mut problems = Vec::new();
        let places = parse_places(
            "id,nom,commune,modalites_acces,formations_labels,dispositif_programmes_nationaux\n\
             x,EPN,Parthenay,Ce lieu n\u{2019}accueille pas de public,\
             Étapes numériques(La Poste)|Étapes numériques (La Poste),\
             Point d\u{2019}accès  numérique CAF|france services\n",
            &mut problems,
        );
        let values: Vec<&CatalogProblem> = problems
            .iter()
            .filter(|p| p.detail.contains("n'est pas une valeur"))
            .collect();
        assert_eq!(values, Vec::<&CatalogProblem>::new());
        assert_eq!(places[0].access, ["Ce lieu n'accueille pas de public"]);
        assert_eq!(places[0].labels, ["Étapes numériques (La Poste)"]);
        assert_eq!(
            places[0].programmes,
            ["Point d'accès numérique CAF", "France Services"]
        );
    }

    #[test]
    fn a_messy_export_is_read_with_each_fix_said_in_plain_words() {
        // As public regional exports are: older column names, a v0 label, placeholder
        // values, a commune in capitals, a postal code with Cedex or six digits, CRLF.
        let csv = "\u{feff}id;pivot;nom;commune;code_postal;courriel;labels_nationaux;services;date_maj\r\n\
                   a;00000000000000;Mairie;SAINT-AUBIN-LE-CLOUD;79450 CEDEX;mairie@exemple.fr;France Services;Accéder à une connexion internet;1970-01-01\r\n\
                   b;12345678900012;EPN;Parthenay;792000;;;;2024-05-01\r\n";
        let mut problems = Vec::new();
        let places = parse_places(csv, &mut problems);
        assert_eq!(places.len(), 2, "no place is lost");
        let a = &places[0];
        assert_eq!(a.commune, "Saint-Aubin-le-Cloud");
        assert_eq!(a.postcode, "79450");
        assert_eq!(
            a.emails,
            ["mairie@exemple.fr"],
            "courriel is read as courriels"
        );
        assert_eq!(
            a.programmes,
            ["France Services"],
            "labels_nationaux is read as dispositif_programmes_nationaux"
        );
        assert_eq!(a.services, ["Accès internet et matériel informatique"]);
        assert_eq!(places[1].postcode, "");
        let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
        for expected in [
            "lieux.csv, ligne 2, champ « pivot » : « 00000000000000 » est un SIRET par défaut, pas celui du lieu : à compléter",
            "lieux.csv, ligne 2, champ « date_maj » : « 1970-01-01 » est une date par défaut, pas celle de la mise à jour : à compléter",
            "lieux.csv, ligne 2, champ « code_postal » : « 79450 CEDEX » : lu comme « 79450 »",
            "lieux.csv, ligne 2, champ « services » : « Accéder à une connexion internet » est un libellé de l'ancienne version du standard : lu comme « Accès internet et matériel informatique »",
            "lieux.csv, ligne 3, champ « code_postal » : « 792000 » n'est pas un code postal : ignoré",
        ] {
            assert!(said.iter().any(|s| s == expected), "missing: {expected}\nin: {said:#?}");
        }
    }

    #[test]
    fn a_problem_in_a_crlf_file_names_the_row_a_spreadsheet_shows() {
        for newline in ["\n", "\r\n"] {
            let csv = [
                "id,nom,commune,latitude",
                "a,A,Parthenay,46.6",
                "b,B,Parthenay,abc",
                "",
            ]
            .join(newline);
            let mut problems = Vec::new();
            parse_places(&csv, &mut problems);
            assert_eq!(
                problems
                    .iter()
                    .filter(|p| p.field.as_deref() == Some("latitude"))
                    .map(|p| p.line)
                    .collect::<Vec<_>>(),
                [Some(3)],
                "{newline:?}"
            );
        }
    }

    #[test]
    fn commune_names_in_capitals_get_their_usual_case() {
        assert_eq!(commune_case("PARTHENAY"), "Parthenay");
        assert_eq!(commune_case("CHÂTILLON-SUR-THOUET"), "Châtillon-sur-Thouet");
        assert_eq!(commune_case("LE TALLUD"), "Le Tallud");
        assert_eq!(commune_case("L'ABSIE"), "L'Absie");
    }

    #[test]
    fn html_in_a_text_field_stays_text() {
        let mut problems = Vec::new();
        let places = parse_places(
            "id,nom,commune\nx,<script>alert(1)</script>,Parthenay\n",
            &mut problems,
        );
        assert_eq!(places[0].name, "<script>alert(1)</script>");
    }

    #[test]
    fn a_file_that_is_not_a_places_file_is_refused_in_plain_words() {
        let mut problems = Vec::new();
        assert!(parse_places("name,city\nx,y\n", &mut problems).is_empty());
        assert!(problems[0].to_string().contains("la colonne « id » manque"));
    }
}
