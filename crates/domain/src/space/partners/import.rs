//! The territory's partners from a data·inclusion export: its structures file and its
//! services file, kept to what serves the territory (located in its communes, or
//! received remotely, or in person within a zone that covers it) and matters to Repère
//! (the thématiques of [`super::networks::matters`] or a network of
//! [`super::networks::NETWORKS`]), gathered into one partner per structure, with its
//! desk. Nothing is lost silently: every row set aside is counted, every value left out
//! is named with its row.

use super::entry::{entry, PlaceKey};
use super::networks::{matters, network_of};
use super::record::{read_rows, Row};
use super::territory::Zone;
use super::{SERVICES_FILE, STRUCTURES_FILE};
use crate::catalog::partner::Partner;
use crate::catalog::problem::CatalogProblem;
use crate::space::commune::ChosenCommune;
use crate::space::official_list::OfficialList;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The two files as picked (either may be missing).
#[derive(Clone, Copy, Debug, Default)]
pub struct Export<'a> {
    pub services: Option<&'a [u8]>,
    pub structures: Option<&'a [u8]>,
}

impl<'a> Export<'a> {
    /// Which picked file is which: by its name (« services-inclusion-… »,
    /// « structures-inclusion-… »), else by its first bytes (a service has a
    /// `structure_id`).
    pub fn sort(files: &'a [(String, Vec<u8>)]) -> Self {
        let mut export = Export::default();
        for (name, bytes) in files {
            let name = name.to_lowercase();
            let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_lowercase();
            let services = if name.contains("service") {
                true
            } else if name.contains("structure") {
                false
            } else {
                head.contains("structure_id")
            };
            if services {
                export.services = Some(bytes);
            } else {
                export.structures = Some(bytes);
            }
        }
        export
    }
}

/// What the import found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PartnersImport {
    /// The territory's partners, as entries of `partenaires.json`, by name.
    pub entries: Vec<Value>,
    pub problems: Vec<CatalogProblem>,
    pub services_read: usize,
    pub structures_read: usize,
    /// Services kept (gathered into the entries).
    pub services_kept: usize,
    /// Services of other territories (or in person far away).
    pub outside: usize,
    /// Services of the territory about something else (housing, sport…).
    pub off_topic: usize,
    /// Partners already among the places: tied to that place, or left out when the
    /// place says it all.
    pub same_as_place: usize,
}

/// A service kept, with where it stands.
struct Service {
    row: Row,
    /// Located in the territory's communes (not only reachable from it).
    here: bool,
    /// Located nowhere: in the territory if its structure is.
    pending: bool,
}

/// Reads the export, keeps the territory's partners. `national` are the national
/// partners (their démarches are lent to the local desks of the same organisme);
/// `places` the territory's places (a partner that is one of them is shown once).
pub fn import_partners(
    export: Export,
    communes: &[ChosenCommune],
    list: Option<&OfficialList>,
    places: &[PlaceKey],
    national: &[Partner],
) -> Result<PartnersImport, String> {
    if export.services.is_none() && export.structures.is_none() {
        return Err(
            "Choisissez le fichier des services, celui des structures, ou les deux.".into(),
        );
    }
    let zone = Zone::new(communes, list);
    let mut out = PartnersImport::default();

    // 1. The services that serve the territory.
    let mut services = Vec::new();
    if let Some(bytes) = export.services {
        let rows = read_rows(bytes, |row| zone.serves(row))?;
        require(
            &rows.columns,
            &["id", "structure_id", "nom"],
            SERVICES_FILE,
            rows.read,
        )?;
        out.services_read = rows.read;
        out.outside = rows.read - rows.kept.len();
        report_not_objects(&rows.not_objects, SERVICES_FILE, &mut out.problems);
        let mut seen = HashSet::new();
        for row in rows.kept {
            if row.text("id").is_empty() || row.text("structure_id").is_empty() {
                out.problems.push(CatalogProblem::row(
                    SERVICES_FILE,
                    row.line,
                    "sans « id » ou sans « structure_id » : écarté",
                ));
                continue;
            }
            if !seen.insert(row.text("id").to_owned()) {
                out.problems.push(CatalogProblem::row(
                    SERVICES_FILE,
                    row.line,
                    format!(
                        "le service « {} » est déjà plus haut : écarté",
                        row.text("id")
                    ),
                ));
                continue;
            }
            let here = zone.locate(&row).is_some();
            // Said nowhere: its structure's address decides, once it is read.
            let pending = !here && Zone::unlocated(&row) && !zone.reachable(&row);
            if !here && !pending && !zone.reachable(&row) {
                out.outside += 1;
                continue;
            }
            services.push(Service { row, here, pending });
        }
    }
    let wanted: HashSet<String> = services
        .iter()
        .map(|s| s.row.text("structure_id").to_owned())
        .collect();

    // 2. Their structures, and the territory's own.
    let mut structures: BTreeMap<String, Row> = BTreeMap::new();
    // A structure listed twice under two ids (two sources, one SIRET) is one.
    let mut same_as: HashMap<String, String> = HashMap::new();
    if let Some(bytes) = export.structures {
        let rows = read_rows(bytes, |row| {
            wanted.contains(row.text("id")) || zone.locate(row).is_some()
        })?;
        require(&rows.columns, &["id", "nom"], STRUCTURES_FILE, rows.read)?;
        out.structures_read = rows.read;
        report_not_objects(&rows.not_objects, STRUCTURES_FILE, &mut out.problems);
        let mut by_siret: HashMap<String, String> = HashMap::new();
        for row in rows.kept {
            let id = row.text("id").to_owned();
            if id.is_empty() || row.text("nom").is_empty() {
                out.problems.push(CatalogProblem::row(
                    STRUCTURES_FILE,
                    row.line,
                    "sans « id » ou sans « nom » : écartée",
                ));
                continue;
            }
            if structures.contains_key(&id) || same_as.contains_key(&id) {
                out.problems.push(CatalogProblem::row(
                    STRUCTURES_FILE,
                    row.line,
                    format!("la structure « {id} » est déjà plus haut : écartée"),
                ));
                continue;
            }
            let siret = row.text("siret").to_owned();
            if siret.len() == 14 && siret != "00000000000000" {
                if let Some(first) = by_siret.get(&siret) {
                    out.problems.push(CatalogProblem::row(STRUCTURES_FILE, row.line, format!("« {} » a le même SIRET que la structure « {first} » : ses services lui sont rattachés", row.text("nom"))));
                    same_as.insert(id, first.clone());
                    continue;
                }
                by_siret.insert(siret, id.clone());
            }
            structures.insert(id, row);
        }
    }

    // 3. One partner per structure, from the services that matter.
    let mut gathered: BTreeMap<String, Vec<Service>> = BTreeMap::new();
    for mut service in services {
        let id = service.row.text("structure_id").to_owned();
        let id = same_as.get(&id).cloned().unwrap_or(id);
        if service.pending {
            match structures.get(&id) {
                Some(s) if zone.locate(s).is_some() => service.here = true,
                _ => {
                    out.outside += 1;
                    continue;
                }
            }
        }
        let network = structures.get(&id).and_then(|s| {
            network_of(s.list("reseaux_porteurs").iter().map(String::as_str)).map(|n| n.value)
        });
        let thematiques = service.row.list("thematiques");
        if network.is_none() && !thematiques.iter().any(|t| matters(t)) {
            out.off_topic += 1;
            continue;
        }
        if export.structures.is_some() && !structures.contains_key(&id) {
            out.problems.push(CatalogProblem::row(SERVICES_FILE, service.row.line, format!("sa structure « {id} » n'est pas dans le fichier des structures : le service est gardé sous son propre nom")));
        }
        out.services_kept += 1;
        gathered.entry(id).or_default().push(service);
    }
    // A structure of the territory in a network Repère orients to, even without a
    // service listed.
    for (id, row) in &structures {
        let in_network =
            network_of(row.list("reseaux_porteurs").iter().map(String::as_str)).is_some();
        if in_network && zone.locate(row).is_some() {
            gathered.entry(id.clone()).or_default();
        }
    }
    for (id, services) in gathered {
        // The desks of the territory first.
        let mut services = services;
        services.sort_by_key(|s| !s.here);
        let rows: Vec<&Row> = services.iter().map(|s| &s.row).collect();
        let Some(made) = entry(
            &id,
            structures.get(&id),
            &rows,
            places,
            national,
            &mut out.problems,
        ) else {
            out.same_as_place += 1;
            continue;
        };
        if made.tied_to_place {
            out.same_as_place += 1;
        }
        out.entries.push(made.value);
    }
    out.entries.sort_by(|a, b| {
        let name = |v: &Value| v["nom"].as_str().unwrap_or_default().to_lowercase();
        name(a).cmp(&name(b))
    });
    out.problems.sort_by_key(|p| (p.file, p.line));
    Ok(out)
}

/// Refuses a file that is not an export of data·inclusion, in plain words.
fn require(columns: &[String], wanted: &[&str], file: &str, read: usize) -> Result<(), String> {
    if read == 0 {
        return Ok(());
    }
    let missing: Vec<&str> = wanted
        .iter()
        .copied()
        .filter(|w| !columns.iter().any(|c| c == w))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "Le fichier des {file} n'est pas un export de data·inclusion : il lui manque {}. Téléchargez les fichiers « services-inclusion » et « structures-inclusion » sur data.gouv.fr.",
            missing.iter().map(|m| format!("la colonne « {m} »")).collect::<Vec<_>>().join(", ")
        ))
    }
}

fn report_not_objects(lines: &[usize], file: &'static str, problems: &mut Vec<CatalogProblem>) {
    for line in lines {
        problems.push(CatalogProblem::row(
            file,
            *line,
            "ce n'est pas un objet : écarté",
        ));
    }
}
