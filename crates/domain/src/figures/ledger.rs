//! The stored figures of this device: per day, how many times each measure was
//! counted. This document is all Repère keeps of its visits. It lives under its own
//! key (`storage_keys::FIGURES`), outside a visit's keys, and comes back from storage
//! as untrusted text: anything damaged is replaced by an empty document, with a date
//! that says when counting started again.
//!
//! ```text
//! {"version":1,"device":"Appareil K7Q2","paused":false,"reset_on":null,
//!  "days":{"2026-12-02":{"started":4,"need:procedures":2}}}
//! ```
//!
//! Days are kept in calendar order and measures by name, whatever order they happened
//! in: nothing says which came first. A clock that jumps backwards only adds to an
//! earlier day.

use super::day::{Day, Month};
use super::measure::Measure;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// The document's format.
pub const VERSION: u64 = 1;
/// At most this many days are kept (a little over two years of daily use); the oldest
/// go first. By count, not by date, so that a clock set years ahead loses nothing.
pub const MAX_DAYS: usize = 800;
/// Longest device name.
pub const MAX_DEVICE_CHARS: usize = 60;

/// The counts of one day.
pub type DayCounts = BTreeMap<Measure, u64>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ledger {
    /// The device's name in exports, so that several devices' figures can be merged.
    pub device: String,
    /// « Arrêter de compter sur cet appareil ».
    pub paused: bool,
    /// The day a damaged document was replaced, said in the space.
    pub reset_on: Option<Day>,
    days: BTreeMap<Day, DayCounts>,
}

/// Why the stored document could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadProblem {
    /// It was damaged: counting starts again from an empty document.
    Damaged,
}

impl Ledger {
    /// An empty document for a device called `device`.
    pub fn new(device: &str) -> Self {
        Self {
            device: clean_device_name(device).unwrap_or_else(|| "Cet appareil".to_owned()),
            paused: false,
            reset_on: None,
            days: BTreeMap::new(),
        }
    }

    /// A device name made of four letters and digits from `seed` (« Appareil K7Q2 »),
    /// so that two devices' exports do not share a name by default.
    pub fn device_name_from(seed: u32) -> String {
        const SIGNS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        let mut n = seed;
        let mut sign = String::new();
        for _ in 0..4 {
            sign.push(char::from(SIGNS[(n % 32) as usize]));
            n /= 32;
        }
        format!("Appareil {sign}")
    }

    /// Reads the stored text. Nothing stored gives `fresh`; a damaged document gives
    /// `fresh` reset on `today`, and says so.
    pub fn load(
        stored: Option<&str>,
        today: Day,
        fresh: impl FnOnce() -> Self,
    ) -> (Self, Option<LoadProblem>) {
        match stored {
            None => (fresh(), None),
            Some(text) => match Self::parse(text) {
                Some(ledger) => (ledger, None),
                None => {
                    let mut ledger = fresh();
                    ledger.reset_on = Some(today);
                    (ledger, Some(LoadProblem::Damaged))
                }
            },
        }
    }

    fn parse(text: &str) -> Option<Self> {
        let root: Value = serde_json::from_str(text).ok()?;
        let root = root.as_object()?;
        if root.get("version")?.as_u64()? != VERSION {
            return None;
        }
        let device = clean_device_name(root.get("device")?.as_str()?)?;
        let paused = root.get("paused")?.as_bool()?;
        let reset_on = match root.get("reset_on")? {
            Value::Null => None,
            value => Some(Day::parse(value.as_str()?)?),
        };
        let mut days = BTreeMap::new();
        for (day, counts) in root.get("days")?.as_object()? {
            let day = Day::parse(day)?;
            let mut read = DayCounts::new();
            for (key, count) in counts.as_object()? {
                let measure = Measure::from_key(key)?;
                let count = count.as_u64().filter(|n| *n > 0)?;
                read.insert(measure, count);
            }
            days.insert(day, read);
        }
        if days.len() > MAX_DAYS {
            return None;
        }
        Some(Self {
            device,
            paused,
            reset_on,
            days,
        })
    }

    /// The document to store.
    pub fn encode(&self) -> String {
        let days: Map<String, Value> = self
            .days
            .iter()
            .map(|(day, counts)| {
                let counts: Map<String, Value> =
                    counts.iter().map(|(m, n)| (m.key(), json!(n))).collect();
                (day.to_string(), Value::Object(counts))
            })
            .collect();
        json!({
            "version": VERSION,
            "device": self.device,
            "paused": self.paused,
            "reset_on": self.reset_on.map(|d| d.to_string()),
            "days": days,
        })
        .to_string()
    }

    /// Adds one to each of `measures` on `day` (each measure once, even if listed
    /// twice). Past [`MAX_DAYS`], the oldest day goes.
    pub fn record(&mut self, day: Day, measures: &[Measure]) {
        if measures.is_empty() {
            return;
        }
        let counts = self.days.entry(day).or_default();
        let mut seen: Vec<&Measure> = Vec::new();
        for measure in measures {
            if !seen.contains(&measure) {
                seen.push(measure);
                let n = counts.entry(measure.clone()).or_insert(0);
                *n = n.saturating_add(1);
            }
        }
        while self.days.len() > MAX_DAYS {
            self.days.pop_first();
        }
    }

    /// Every day with counts, in calendar order.
    pub fn days(&self) -> impl Iterator<Item = (Day, &DayCounts)> {
        self.days.iter().map(|(d, c)| (*d, c))
    }

    /// The months with counts, in calendar order.
    pub fn months(&self) -> Vec<Month> {
        let mut months: Vec<Month> = self.days.keys().map(|d| d.month_of()).collect();
        months.dedup();
        months
    }

    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }

    /// « Effacer les chiffres »: every count goes; the name and the pause stay.
    pub fn erase(&mut self) {
        self.days.clear();
        self.reset_on = None;
    }

    /// Renames the device; `false` (and no change) if the name is empty, too long or
    /// not one line.
    pub fn rename(&mut self, name: &str) -> bool {
        match clean_device_name(name) {
            Some(name) => {
                self.device = name;
                true
            }
            None => false,
        }
    }
}

fn clean_device_name(name: &str) -> Option<String> {
    let name = name.trim();
    let fits = !name.is_empty()
        && name.chars().count() <= MAX_DEVICE_CHARS
        && !name.chars().any(char::is_control);
    fits.then(|| name.to_owned())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::figures::measure::Family;
    use proptest::prelude::*;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    #[test]
    fn counts_add_up_by_day_and_read_back() {
        let mut ledger = Ledger::new("Borne de la médiathèque");
        let started = Measure::of(Family::Started);
        let need = Measure::with(Family::Need, "procedures");
        ledger.record(day("2026-12-02"), &[started.clone(), need.clone()]);
        ledger.record(day("2026-12-02"), &[started.clone(), started.clone()]);
        // The clock went back a day: the count goes to that day, nothing is lost.
        ledger.record(day("2026-12-01"), std::slice::from_ref(&started));
        let (read, problem) = Ledger::load(Some(&ledger.encode()), day("2026-12-03"), || {
            Ledger::new("x")
        });
        assert_eq!(problem, None);
        assert_eq!(read, ledger);
        let counts: Vec<(String, u64)> = read
            .days()
            .flat_map(|(d, c)| c.iter().map(move |(m, n)| (format!("{d} {}", m.key()), *n)))
            .collect();
        assert_eq!(
            counts,
            [
                ("2026-12-01 started".to_owned(), 1),
                ("2026-12-02 started".to_owned(), 2),
                ("2026-12-02 need:procedures".to_owned(), 1),
            ]
        );
        assert_eq!(read.months().len(), 1);
    }

    #[test]
    fn a_damaged_document_starts_again_and_says_when() {
        let today = day("2026-12-02");
        let good = {
            let mut l = Ledger::new("A");
            l.record(today, &[Measure::of(Family::Started)]);
            l.encode()
        };
        let damaged = [
            "",
            "{",
            "null",
            "[]",
            &good.replace("\"version\":1", "\"version\":2"),
            &good.replace("\"started\":1", "\"started\":-1"),
            &good.replace("\"started\":1", "\"started\":\"1\""),
            &good.replace("\"started\":1", "\"started\":0"),
            &good.replace("started", "seen-at-10:42"),
            &good.replace("2026-12-02", "2026-12-32"),
            &good.replace("\"A\"", "\"\""),
        ];
        for text in damaged {
            let (ledger, problem) = Ledger::load(Some(text), today, || Ledger::new("B"));
            assert_eq!(problem, Some(LoadProblem::Damaged), "{text}");
            assert!(ledger.is_empty());
            assert_eq!(ledger.reset_on, Some(today));
            assert_eq!(ledger.device, "B");
        }
        let (ledger, problem) = Ledger::load(None, today, || Ledger::new("B"));
        assert_eq!((problem, ledger.reset_on), (None, None));
    }

    #[test]
    fn keeps_a_bounded_number_of_days_oldest_first_out() {
        let mut ledger = Ledger::new("A");
        let mut d = day("2024-01-01");
        let started = [Measure::of(Family::Started)];
        let mut all = Vec::new();
        while all.len() < MAX_DAYS + 5 {
            ledger.record(d, &started);
            all.push(d);
            d = d.next();
        }
        // A clock set years ahead adds one day; it does not wipe the others.
        ledger.record(day("2099-06-01"), &started);
        assert_eq!(ledger.days().count(), MAX_DAYS);
        assert_eq!(ledger.days().last().unwrap().0, day("2099-06-01"));
        assert!(ledger.days().next().unwrap().0 > all[0]);
        assert!(Ledger::load(Some(&ledger.encode()), d, || Ledger::new("A"))
            .1
            .is_none());
    }

    #[test]
    fn device_names_are_one_short_line() {
        let mut ledger = Ledger::new("  Borne  ");
        assert_eq!(ledger.device, "Borne");
        assert!(!ledger.rename(""));
        assert!(!ledger.rename("a\nb"));
        assert!(!ledger.rename(&"x".repeat(61)));
        assert!(ledger.rename("PC 2 de la médiathèque"));
        assert_eq!(ledger.device, "PC 2 de la médiathèque");
        assert_ne!(Ledger::device_name_from(1), Ledger::device_name_from(2));
        assert_eq!(
            Ledger::device_name_from(123_456).len(),
            "Appareil XXXX".len()
        );
    }

    proptest! {
        /// Whatever is stored there, loading never panics and gives a usable document.
        #[test]
        fn any_stored_text_loads(text in ".{0,300}") {
            let today = day("2026-12-02");
            let (mut ledger, _) = Ledger::load(Some(&text), today, || Ledger::new("A"));
            ledger.record(today, &[Measure::of(Family::Started)]);
            prop_assert!(Ledger::load(Some(&ledger.encode()), today, || Ledger::new("A")).1.is_none());
        }
    }
}
