//! National partners (CAF, Assurance maladie, France Travail…) with the procedures they
//! handle, the thématiques of démarches they answer and the needs they fit, optionally
//! tied to a local place. Built in (from the national reference) when the file is
//! missing.

use super::links::{phone_for_display, SafeLink};
use super::problem::CatalogProblem;
use super::read::json::json_list;
use super::vocabulary as v;
use super::PARTNERS_FILE;
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
        });
    }
    partners
}

/// The partners compiled into the app, used when the file cannot be read.
pub fn built_in_partners() -> Vec<Partner> {
    parse_partners(
        include_str!("../../../../public/catalog/partenaires.json"),
        &mut Vec::new(),
    )
    .into_iter()
    .map(|mut p| {
        p.place = None;
        p
    })
    .collect()
}
