//! Every place and workshop of the catalog judged once against the person: how far,
//! whether it reaches them, which of their supports it has, and what that adds to a
//! step's reasons. The doors then pick among them with [`Judged::best_place`] and
//! [`Judged::best_workshop`], so that one ranking holds for every door.
//!
//! The ranking, best first: the place has every support the person needs; it reaches
//! someone who cannot travel (its advisors travel, it helps remotely, or it is near); it
//! is for everyone rather than for a public (young people, seniors); it is near
//! (within [`super::NEAR_KM`], or in the person's commune or postal code when distances
//! are unknown); the nearest; the one whose data says more (a phone, hours, more
//! services); then by id, never by the file's order.

use super::person::Person;
use super::reason::{Reason, SUPPORT_NEEDS};
use super::NEAR_KM;
use crate::catalog::place::Place;
use crate::catalog::workshop::{Workshop, WorkshopFormat};
use crate::catalog::Catalog;
use std::cmp::Ordering;

/// One place, judged.
pub(super) struct JudgedPlace {
    pub missing_supports: usize,
    pub reaches: bool,
    pub distance_km: Option<f64>,
    /// 0 near, 1 same postal code, 2 farther or unknown.
    pub nearness: u8,
    /// What the place adds to any step's reasons for this person.
    pub reasons: Vec<Reason>,
}

/// The catalog, judged for one person.
pub(super) struct Judged<'a> {
    pub catalog: &'a Catalog,
    pub person: &'a Person,
    pub places: Vec<JudgedPlace>,
    /// Each workshop's place (an index into `places`), looked up once.
    workshop_places: Vec<Option<usize>>,
    pub today: &'a str,
}

impl<'a> Judged<'a> {
    pub fn of(person: &'a Person, catalog: &'a Catalog, today: &'a str) -> Self {
        let places = catalog
            .places
            .iter()
            .map(|place| judge(person, catalog, place))
            .collect();
        let workshop_places = catalog
            .workshops
            .iter()
            .map(|w| catalog.places.iter().position(|p| p.id == w.place))
            .collect();
        Self {
            catalog,
            person,
            places,
            workshop_places,
            today,
        }
    }

    /// The place (an index into `places`) that holds workshop `index`, if it is known.
    pub fn workshop_place(&self, index: usize) -> Option<usize> {
        self.workshop_places[index]
    }

    fn place_order(&self, a: usize, b: usize) -> Ordering {
        let (ja, jb) = (&self.places[a], &self.places[b]);
        let (pa, pb) = (&self.catalog.places[a], &self.catalog.places[b]);
        let says = |p: &Place| {
            usize::from(p.phone.is_some())
                + usize::from(p.opening_hours.is_some())
                + p.services.len()
        };
        // Repère does not ask age or status: a place for everyone before one addressed
        // to a public (young people, seniors…).
        let for_a_public = |p: &Place| !p.publics.is_empty();
        ja.missing_supports
            .cmp(&jb.missing_supports)
            .then_with(|| jb.reaches.cmp(&ja.reaches))
            .then_with(|| for_a_public(pa).cmp(&for_a_public(pb)))
            .then_with(|| ja.nearness.cmp(&jb.nearness))
            .then_with(|| by_distance(ja.distance_km, jb.distance_km))
            .then_with(|| says(pb).cmp(&says(pa)))
            .then_with(|| pa.id.cmp(&pb.id))
    }

    /// The best place among those that `fit` (one that reaches the person first).
    pub fn best_place(&self, fits: impl Fn(&Place) -> bool) -> Option<usize> {
        (0..self.catalog.places.len())
            .filter(|i| fits(&self.catalog.places[*i]))
            .min_by(|a, b| self.place_order(*a, *b))
    }

    /// The best workshop among those that `fit`, that the person can reach, with a date
    /// still to come: ranked by its place, then a known level before an unknown one and
    /// a group before one to one (for someone who would rather meet an advisor alone:
    /// one to one, then remote, then a group, before the level), then the soonest, then
    /// by id.
    pub fn best_workshop(&self, fits: impl Fn(&Workshop) -> bool) -> Option<usize> {
        let catalog = self.catalog;
        let (person, one_to_one_first) = (self.person, self.person.one_to_one_first());
        let next_date = |w: &Workshop| w.dates.iter().find(|d| d.as_str() >= self.today).cloned();
        // A workshop on site reaches someone who cannot travel only where its place's
        // advisors travel or it is near; remote help (by phone or video) reaches
        // everyone but someone who hears badly.
        let reachable = |i: usize, w: &Workshop| {
            if w.format == WorkshopFormat::ADistance {
                return !person.has_support("hearing");
            }
            !person.cannot_travel
                || self.workshop_place(i).is_some_and(|i| {
                    self.catalog.places[i].travels()
                        || self.places[i].distance_km.is_some_and(|km| km <= NEAR_KM)
                })
        };
        let format_rank = |w: &Workshop| match (w.format, one_to_one_first) {
            (WorkshopFormat::Individuel, true) | (WorkshopFormat::Collectif, false) => 0,
            (WorkshopFormat::ADistance, true) | (WorkshopFormat::Individuel, false) => 1,
            _ => 2,
        };
        let candidates = catalog
            .workshops
            .iter()
            .enumerate()
            .filter(|(i, w)| fits(w) && reachable(*i, w))
            .filter(|(_, w)| w.dates.is_empty() || next_date(w).is_some());
        candidates
            .min_by(|(ia, a), (ib, b)| {
                let by_place = match (self.workshop_place(*ia), self.workshop_place(*ib)) {
                    (Some(x), Some(y)) => self.place_order(x, y),
                    _ => Ordering::Equal,
                };
                let known_level = || b.level.is_some().cmp(&a.level.is_some());
                let format = || format_rank(a).cmp(&format_rank(b));
                // Someone who would rather meet an advisor alone: the format first.
                let (first, second): (&dyn Fn() -> Ordering, &dyn Fn() -> Ordering) =
                    if one_to_one_first {
                        (&format, &known_level)
                    } else {
                        (&known_level, &format)
                    };
                by_place
                    .then_with(first)
                    .then_with(second)
                    .then_with(|| match (next_date(a), next_date(b)) {
                        (Some(x), Some(y)) => x.cmp(&y),
                        (Some(_), None) => Ordering::Less,
                        (None, Some(_)) => Ordering::Greater,
                        (None, None) => Ordering::Equal,
                    })
                    .then_with(|| a.id.cmp(&b.id))
            })
            .map(|(i, _)| i)
    }

    /// The best place among those that `fit` and reach the person, if any.
    pub fn best_place_reaching(&self, fits: impl Fn(&Place) -> bool) -> Option<usize> {
        (0..self.catalog.places.len())
            .filter(|i| self.places[*i].reaches && fits(&self.catalog.places[*i]))
            .min_by(|a, b| self.place_order(*a, *b))
    }

    /// Whether `place` has the national specific support for the `support` option.
    pub fn has_support(&self, place: &Place, option: &str) -> bool {
        has_support(place, option)
    }

    /// What a workshop's place (or its being remote) adds to its reasons.
    pub fn workshop_reasons(&self, index: usize) -> Vec<Reason> {
        let w = &self.catalog.workshops[index];
        if w.format == WorkshopFormat::ADistance {
            return if self.person.cannot_travel {
                vec![Reason::Remote]
            } else {
                Vec::new()
            };
        }
        self.workshop_place(index)
            .map(|i| self.places[i].reasons.clone())
            .unwrap_or_default()
    }

    /// How far a workshop's place is; none for help given remotely.
    pub fn workshop_distance(&self, index: usize) -> Option<f64> {
        let w = &self.catalog.workshops[index];
        if w.format == WorkshopFormat::ADistance {
            return None;
        }
        self.places[self.workshop_place(index)?].distance_km
    }
}

fn has_support(place: &Place, option: &str) -> bool {
    SUPPORT_NEEDS
        .iter()
        .filter(|(o, _)| *o == option)
        .flat_map(|(_, values)| values.iter())
        .any(|v| place.specific_support.iter().any(|s| s == v))
}

fn judge(person: &Person, catalog: &Catalog, place: &Place) -> JudgedPlace {
    let has = |option: &str| has_support(place, option);
    let distance_km = match (person.origin, place_position(catalog, place)) {
        (Some(a), Some(b)) => Some(distance_km(a, b)),
        _ => None,
    };
    let nearness = match (&person.home, distance_km) {
        (_, Some(km)) if km <= NEAR_KM => 0,
        (_, Some(_)) => 2,
        (Some((name, _)), None) if place.commune.to_lowercase() == *name => 0,
        (Some((_, postcode)), None) if !postcode.is_empty() && place.postcode == *postcode => 1,
        _ => 2,
    };
    // Remote help is by phone or video: not a way in for someone who hears badly.
    let remote = place.helps_remotely() && !person.has_support("hearing");
    let comes = place.travels() || remote;
    let mut reasons = Vec::new();
    if person.cannot_travel {
        if place.travels() {
            reasons.push(Reason::Travels);
        }
        if remote {
            reasons.push(Reason::Remote);
        }
        if distance_km.is_some_and(|km| km <= NEAR_KM) {
            reasons.push(Reason::Near);
        }
    }
    for option in &person.supports {
        if has(option) {
            reasons.push(Reason::Support(option));
        }
    }
    if person.has_support("mobility") {
        reasons.push(Reason::Access {
            sheet: place.accessibility_sheet.is_some(),
        });
    }
    JudgedPlace {
        missing_supports: person.supports.iter().filter(|o| !has(o)).count(),
        // Someone who cannot travel is reached by advisors who travel, by remote help,
        // or by a place near them.
        reaches: !person.cannot_travel || comes || distance_km.is_some_and(|km| km <= NEAR_KM),
        distance_km,
        nearness,
        reasons,
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

/// Unknown distances sort after known ones.
fn by_distance(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.total_cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}
