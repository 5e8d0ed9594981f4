//! Whether a row of data·inclusion serves the territory: located in one of its communes
//! (the places import's [`Locator`]), or helping remotely with a `zone_eligibilite` that
//! covers it — one of its communes, its département, its intercommunalité, or the whole
//! country (a desk in person elsewhere is not a desk here, whatever its zone).

use super::record::Row;
use crate::space::commune::ChosenCommune;
use crate::space::official_list::OfficialList;
use crate::space::places::locator::Locator;
use std::collections::HashSet;

pub struct Zone<'a> {
    locator: Locator<'a>,
    /// The INSEE codes of the communes, their départements and intercommunalités.
    codes: HashSet<String>,
}

impl<'a> Zone<'a> {
    pub fn new(communes: &'a [ChosenCommune], list: Option<&'a OfficialList>) -> Self {
        let mut codes = HashSet::new();
        for c in communes {
            codes.insert(c.code.clone());
            let n = if c.code.starts_with("97") { 3 } else { 2 };
            if let Some(dep) = c.code.get(..n) {
                codes.insert(dep.to_owned());
            }
        }
        if let Some(list) = list {
            for epci in &list.epcis {
                if epci
                    .members
                    .iter()
                    .any(|m| communes.iter().any(|c| &c.code == m))
                {
                    codes.insert(epci.code.clone());
                }
            }
        }
        Self {
            locator: Locator::new(communes, list),
            codes,
        }
    }

    /// The index of the commune the row is in, by its own address.
    pub fn locate(&self, row: &Row) -> Option<usize> {
        let (insee, postcode, commune) = (
            row.text("code_insee"),
            row.text("code_postal"),
            row.text("commune"),
        );
        if insee.is_empty() && postcode.is_empty() && commune.is_empty() {
            return None;
        }
        self.locator.locate(insee, postcode, commune)
    }

    /// Says nothing of where it is.
    pub fn unlocated(row: &Row) -> bool {
        row.text("code_insee").is_empty()
            && row.text("code_postal").is_empty()
            && row.text("commune").is_empty()
    }

    /// It helps remotely, and its zone covers the territory (one of its communes, its
    /// département, its intercommunalité, or the whole country). A desk in person
    /// elsewhere is not the territory's, whatever its zone.
    pub fn reachable(&self, row: &Row) -> bool {
        let remote = row.list("modes_accueil").iter().any(|m| m == "a-distance");
        remote
            && row
                .list("zone_eligibilite")
                .iter()
                .any(|z| z == "france" || self.codes.contains(z))
    }

    /// Worth reading whole: here, reachable, or said nowhere (its structure decides).
    pub fn serves(&self, row: &Row) -> bool {
        Self::unlocated(row) || self.reachable(row) || self.locate(row).is_some()
    }
}
