//! What the engine knows of the person for ranking places: the specific supports they
//! asked for, whether they can get to an appointment, and where they live (for distances computed on
//! the device).

use super::{Reason, SUPPORT, SUPPORT_NEEDS, SUPPORT_TRAVEL};
use crate::catalog::place::Place;
use crate::catalog::Catalog;
use crate::journey::answers::Answers;
use std::cmp::Ordering;

/// What the engine knows of the person.
pub(super) struct Person {
    pub(super) supports: Vec<&'static str>,
    pub(super) cannot_travel: bool,
    origin: Option<(f64, f64)>,
    /// The person's commune and its postal code, for when distances are unknown.
    home: Option<(String, String)>,
}

impl Person {
    /// What the answers say of the person; `catalog` places their commune.
    pub(super) fn of(answers: &Answers, catalog: &Catalog) -> Self {
        Self {
            supports: SUPPORT_NEEDS
                .iter()
                .map(|(option, _)| *option)
                .filter(|option| answers.has_option(SUPPORT, option))
                .collect(),
            cannot_travel: answers.has_option(SUPPORT, SUPPORT_TRAVEL),
            home: answers
                .commune
                .as_deref()
                .and_then(|c| catalog.territory.commune(c))
                .map(|c| (c.name.to_lowercase(), c.postcode.clone())),
            origin: answers
                .commune
                .as_deref()
                .and_then(|c| catalog.territory.commune(c))
                .and_then(|c| c.position),
        }
    }

    /// How near a place is without coordinates: 0 in the person's commune, 1 with its
    /// postal code, 2 elsewhere or when the commune is unknown.
    pub(super) fn nearness(&self, place: &Place) -> u8 {
        match &self.home {
            Some((name, _)) if place.commune.to_lowercase() == *name => 0,
            Some((_, postcode)) if !postcode.is_empty() && place.postcode == *postcode => 1,
            _ => 2,
        }
    }

    /// How many of the person's specific supports a place lacks.
    pub(super) fn missing_supports(&self, place: &Place) -> usize {
        self.supports
            .iter()
            .filter(|wanted| {
                let values = SUPPORT_NEEDS
                    .iter()
                    .find(|(o, _)| o == *wanted)
                    .map(|(_, v)| *v)
                    .unwrap_or_default();
                !values
                    .iter()
                    .any(|v| place.specific_support.iter().any(|s| s == v))
            })
            .count()
    }

    /// "Ce lieu peut vous aider si…", one per support the person asked for that the
    /// place has, in the person's own terms (never the schema's word).
    pub(super) fn support_reasons(&self, place: &Place) -> Vec<Reason> {
        SUPPORT_NEEDS
            .iter()
            .filter(|(option, _)| self.supports.contains(option))
            .filter(|(_, values)| {
                values
                    .iter()
                    .any(|v| place.specific_support.iter().any(|s| s == v))
            })
            .map(|(option, _)| Reason::Support(option))
            .collect()
    }

    /// Whether the place has the specific support that answers `option`.
    pub(super) fn has_support(place: &Place, option: &str) -> bool {
        SUPPORT_NEEDS
            .iter()
            .filter(|(o, _)| *o == option)
            .flat_map(|(_, values)| values.iter())
            .any(|v| place.specific_support.iter().any(|s| s == v))
    }

    /// Whether a place can serve someone who cannot travel.
    pub(super) fn reachable(&self, place: &Place) -> bool {
        !self.cannot_travel
            || place.roaming.iter().any(|r| r == "Itinérant")
            || place.support_formats.iter().any(|f| f == "À distance")
    }
}

fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1, lat2, lon2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    6371.0 * 2.0 * h.sqrt().asin()
}

fn place_position(catalog: &Catalog, place: &Place) -> Option<(f64, f64)> {
    match (place.latitude, place.longitude) {
        (Some(lat), Some(lon)) => Some((lat, lon)),
        _ => catalog
            .territory
            .commune(&place.commune)
            .and_then(|c| c.position),
    }
}

pub(super) fn place_distance(catalog: &Catalog, person: &Person, place: &Place) -> Option<f64> {
    Some(distance_km(person.origin?, place_position(catalog, place)?))
}

/// Unknown distances sort after known ones.
pub(super) fn by_distance(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.total_cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}
