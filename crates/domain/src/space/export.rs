//! The files the space publishes, from a [`Setup`]: `config.json` and the four files of
//! `catalog/`, exactly as Repère reads them (the places through [`super::places::file`]).

use super::places::file::places_csv;
use super::setup::Setup;
use crate::catalog::{
    file_path, Catalog, CatalogFiles, PARTNERS_FILE, PLACES_FILE, TERRITORY_FILE, WORKSHOPS_FILE,
};
use crate::site::config::CONFIG_FILE;
use serde_json::{json, Value};

/// One published file: its path beside `index.html` and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileOut {
    pub path: String,
    pub text: String,
}

/// Every file to publish, `config.json` first.
pub fn published_files(setup: &Setup) -> Vec<FileOut> {
    let pretty = |v: &Value| serde_json::to_string_pretty(v).unwrap_or_default() + "\n";
    let mut files = vec![FileOut {
        path: CONFIG_FILE.into(),
        text: pretty(&setup.settings.to_json()),
    }];
    let (columns, rows) = setup
        .places
        .as_ref()
        .map(|p| (p.columns.as_slice(), p.rows.as_slice()))
        .unwrap_or_default();
    files.push(FileOut {
        path: file_path(PLACES_FILE),
        text: places_csv(columns, rows),
    });
    files.push(FileOut {
        path: file_path(WORKSHOPS_FILE),
        text: pretty(&json!({
            "ateliers": setup.workshops.iter().map(|w| w.to_json()).collect::<Vec<_>>()
        })),
    });
    if !setup.partners.is_empty() {
        files.push(FileOut {
            path: file_path(PARTNERS_FILE),
            text: pretty(&json!({ "partenaires": setup.partners })),
        });
    }
    files.push(FileOut {
        path: file_path(TERRITORY_FILE),
        text: pretty(&territory_json(setup)),
    });
    files
}

fn territory_json(setup: &Setup) -> Value {
    let communes: Vec<Value> = setup
        .communes
        .iter()
        .map(|c| {
            let mut v = json!({ "nom": c.name, "code_postal": c.postcodes.join(" "), "code_insee": c.code });
            if let Some((lat, lon)) = c.position {
                // A hundredth of a degree (about 1 km) is enough to rank places.
                v["latitude"] = json!((lat * 100.0).round() / 100.0);
                v["longitude"] = json!((lon * 100.0).round() / 100.0);
            }
            v
        })
        .collect();
    let mut root = json!({
        "nom": setup.territory_name,
        "communes": communes,
        "structure": setup.contact.to_json(),
    });
    if let Some(help) = &setup.help_line {
        root["aide_nationale"] = help.clone();
    }
    root
}

/// The catalog Repère would read from these files, once published. Without a partners
/// file Repère uses the national partners it knows: that is not a problem.
pub fn published_catalog(files: &[FileOut]) -> Catalog {
    let text = |name: &str| {
        let path = file_path(name);
        files
            .iter()
            .find(|f| f.path == path)
            .map(|f| f.text.clone())
    };
    let mut catalog = Catalog::load(&CatalogFiles {
        places: text(PLACES_FILE),
        workshops: text(WORKSHOPS_FILE),
        partners: text(PARTNERS_FILE),
        territory: text(TERRITORY_FILE),
    });
    if text(PARTNERS_FILE).is_none() {
        catalog
            .problems
            .retain(|p| !(p.serious && p.file == PARTNERS_FILE));
    }
    catalog
}

/// « What to upload where », in plain words, for the person who publishes.
pub const UPLOAD_HELP: &str = "Envoyez ces fichiers sur le serveur où Repère est installé, à la place des anciens : config.json à côté de index.html, et les fichiers lieux.csv, ateliers.json, partenaires.json et territoire.json dans le dossier catalog. L'archive contient les mêmes fichiers, déjà rangés : décompressez-la dans le dossier de Repère. Au prochain chargement, chaque poste et chaque borne utilise les nouveaux fichiers.";
