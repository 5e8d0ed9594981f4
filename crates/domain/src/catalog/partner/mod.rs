//! Partners (CAF, Assurance maladie, France Travail, a mission locale…) with the
//! procedures they handle, the thématiques of démarches they answer and the needs they
//! fit: the national ones (built in from the national reference when the file is
//! missing), and the territory's own desks, typed in the space or imported from
//! data·inclusion, with their address and hours ([`desk`]), or tied to a local place.

pub mod desk;

use super::links::{phone_for_display, SafeLink};
use super::opening_hours::OpeningHours;
use super::problem::CatalogProblem;
use super::read::json::json_list;
use super::vocabulary as v;
use super::PARTNERS_FILE;
use desk::Desk;
use serde::Deserialize;

#[derive(Clone, Debug, PartialEq)]
pub struct Partner {
    pub id: String,
    pub name: String,
    pub procedures: Vec<String>,
    pub thematiques: Vec<String>,
    /// The need ids this partner fits ("job", "health"…).
    pub needs: Vec<String>,
    pub phone: Option<String>,
    pub website: Option<SafeLink>,
    /// The national line is listed publicly but should be checked by the structure.
    pub to_verify: bool,
    /// The id of a local place where this partner receives people.
    pub place: Option<String>,
    /// The démarche it handles, as the person names it: an option of the `procedure`
    /// situation question ("caf", "health"…); empty if none.
    pub organisme: String,
    /// Its démarches come back (a quarterly declaration, a monthly actualisation): worth
    /// an Aidants Connect mandate for someone who wants them done with them.
    pub recurring: bool,
    /// Its network, data·inclusion's `reseaux_porteurs` value (`caf`, `mission-locale`…);
    /// empty if not said.
    pub network: String,
    /// Where and how it receives people here (empty for a national line).
    pub desk: Desk,
    /// Where the entry comes from (« data·inclusion … »), empty when typed by hand.
    pub source: String,
}

impl Partner {
    /// A desk of the territory (an address, or a local place), not a national line.
    pub fn is_local(&self) -> bool {
        self.place.is_some() || self.desk.is_located()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPartner {
    id: String,
    nom: String,
    #[serde(default)]
    demarches: Vec<String>,
    #[serde(default)]
    thematiques_demarches: Vec<String>,
    #[serde(default)]
    besoins: Vec<String>,
    #[serde(default)]
    telephone: String,
    #[serde(default)]
    site_web: String,
    #[serde(default)]
    a_verifier: bool,
    #[serde(default)]
    lieu: String,
    #[serde(default)]
    organisme: String,
    #[serde(default)]
    demarches_qui_reviennent: bool,
    #[serde(default)]
    reseau: String,
    #[serde(default)]
    adresse: String,
    #[serde(default)]
    code_postal: String,
    #[serde(default)]
    commune: String,
    #[serde(default)]
    latitude: Option<f64>,
    #[serde(default)]
    longitude: Option<f64>,
    #[serde(default)]
    horaires: String,
    #[serde(default)]
    courriel: String,
    #[serde(default)]
    prise_rdv: String,
    #[serde(default)]
    modes_mobilisation: Vec<String>,
    #[serde(default)]
    publics: Vec<String>,
    #[serde(default)]
    frais: String,
    #[serde(default)]
    modes_accueil: Vec<String>,
    #[serde(default)]
    siret: String,
    #[serde(default)]
    source: String,
}

pub fn parse_partners(text: &str, problems: &mut Vec<CatalogProblem>) -> Vec<Partner> {
    let entries = json_list(PARTNERS_FILE, text, "partenaires", problems);
    let mut partners = Vec::new();
    for (index, entry) in entries.into_iter().enumerate() {
        let raw: RawPartner = match serde_json::from_value(entry) {
            Ok(raw) => raw,
            Err(e) => {
                problems.push(CatalogProblem::file(
                    PARTNERS_FILE,
                    format!("partenaire n° {} ignoré : {e}", index + 1),
                ));
                continue;
            }
        };
        let mut report = |field: &str, detail: String| {
            problems.push(CatalogProblem::field(
                PARTNERS_FILE,
                None,
                field,
                format!("partenaire « {} » : {detail}", raw.id),
            ));
        };
        let phone = phone_for_display(&raw.telephone);
        if phone.is_none() && !raw.telephone.trim().is_empty() {
            report(
                "telephone",
                format!("« {} » n'est pas un numéro : ignoré", raw.telephone),
            );
        }
        let website = SafeLink::parse(&raw.site_web);
        if website.is_none() && !raw.site_web.trim().is_empty() {
            report(
                "site_web",
                format!("« {} » n'est pas un lien http(s) : ignoré", raw.site_web),
            );
        }
        let mut thematiques = Vec::new();
        for t in &raw.thematiques_demarches {
            match v::thematique(t) {
                Some(found) => {
                    if let Some(notice) = found.notice(t) {
                        report("thematiques_demarches", notice);
                    }
                    thematiques.push(found.value().to_owned());
                }
                None => report(
                    "thematiques_demarches",
                    format!("« {t} » n'est pas une thématique : ignorée"),
                ),
            }
        }
        let desk = read_desk(&raw, &mut report);
        partners.push(Partner {
            id: raw.id,
            name: raw.nom,
            procedures: raw.demarches,
            thematiques,
            needs: raw.besoins,
            phone,
            website,
            to_verify: raw.a_verifier,
            place: (!raw.lieu.trim().is_empty()).then_some(raw.lieu),
            organisme: raw.organisme.trim().to_owned(),
            recurring: raw.demarches_qui_reviennent,
            network: raw.reseau.trim().to_owned(),
            desk,
            source: raw.source,
        });
    }
    partners
}

/// The desk's fields, each checked: a value that is not one of data·inclusion's is
/// reported and left out.
fn read_desk(raw: &RawPartner, report: &mut impl FnMut(&str, String)) -> Desk {
    let listed =
        |field: &str, values: &[String], allowed: &[&str], report: &mut dyn FnMut(&str, String)| {
            let mut kept = Vec::new();
            for value in values.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
                if allowed.contains(&value) {
                    kept.push(value.to_owned());
                } else {
                    report(
                        field,
                        format!("« {value} » n'est pas une valeur de data·inclusion : ignorée"),
                    );
                }
            }
            kept
        };
    let opening_hours = OpeningHours::parse(&raw.horaires);
    if opening_hours.is_none() && !raw.horaires.trim().is_empty() {
        report(
            "horaires",
            format!("« {} » n'est pas compris : affiché tel quel", raw.horaires),
        );
    }
    let email = desk::email(&raw.courriel);
    if email.is_none() && !raw.courriel.trim().is_empty() {
        report(
            "courriel",
            format!(
                "« {} » n'est pas une adresse e-mail : ignorée",
                raw.courriel
            ),
        );
    }
    let booking = SafeLink::parse(&raw.prise_rdv);
    if booking.is_none() && !raw.prise_rdv.trim().is_empty() {
        report(
            "prise_rdv",
            format!("« {} » n'est pas un lien http(s) : ignoré", raw.prise_rdv),
        );
    }
    let free = match raw.frais.trim() {
        "" => None,
        "gratuit" => Some(true),
        "payant" => Some(false),
        other => {
            report(
                "frais",
                format!("« {other} » n'est ni « gratuit » ni « payant » : ignoré"),
            );
            None
        }
    };
    let position = raw
        .latitude
        .zip(raw.longitude)
        .filter(|(lat, lon)| (-90.0..=90.0).contains(lat) && (-180.0..=180.0).contains(lon));
    Desk {
        address: raw.adresse.trim().to_owned(),
        postcode: raw.code_postal.trim().to_owned(),
        commune: raw.commune.trim().to_owned(),
        latitude: position.map(|p| p.0),
        longitude: position.map(|p| p.1),
        opening_hours,
        opening_hours_text: raw.horaires.trim().to_owned(),
        email,
        booking,
        ways: listed(
            "modes_mobilisation",
            &raw.modes_mobilisation,
            desk::WAYS,
            report,
        ),
        publics: listed("publics", &raw.publics, desk::PUBLICS, report),
        free,
        reception: listed("modes_accueil", &raw.modes_accueil, desk::RECEPTION, report),
        siret: raw.siret.trim().to_owned(),
    }
}

/// The partners compiled into the app, used when the file cannot be read.
pub fn built_in_partners() -> Vec<Partner> {
    parse_partners(
        include_str!("../../../../../public/catalog/partenaires.json"),
        &mut Vec::new(),
    )
    .into_iter()
    .map(|mut p| {
        p.place = None;
        p
    })
    .collect()
}
