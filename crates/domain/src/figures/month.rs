//! A month of the device's figures as the space shows them: totals in plain sentences,
//! the visits week by week, and each measure's values from the most to the least
//! counted. Exact counts: this view stays on the device, behind the kiosk's PIN.

use super::day::{Day, Month};
use super::ledger::Ledger;
use super::measure::{Family, Measure};
use crate::messages::Messages;
use std::collections::BTreeMap;

/// One week of the month (Monday to Sunday, cut at the month's ends).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Week {
    /// « du 1er au 6 ».
    pub label: String,
    /// Visits started or resumed.
    pub visits: u64,
    /// Visits that reached their results.
    pub finished: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthView {
    pub month: Month,
    /// Each family's total, for those without values.
    totals: BTreeMap<Family, u64>,
    pub weeks: Vec<Week>,
    /// Per family with values: (value in words, count), most counted first.
    values: BTreeMap<Family, Vec<(String, u64)>>,
}

impl MonthView {
    pub fn of(ledger: &Ledger, month: Month, french: &Messages) -> Self {
        let mut totals: BTreeMap<Family, u64> = BTreeMap::new();
        let mut values: BTreeMap<Family, BTreeMap<String, u64>> = BTreeMap::new();
        let mut weeks: Vec<(Day, Day, u64, u64)> = Vec::new();
        let by_day: BTreeMap<Day, &super::ledger::DayCounts> = ledger
            .days()
            .filter(|(d, _)| d.month_of() == month)
            .collect();
        for day in month.days() {
            if weeks.is_empty() || day.weekday() == 0 {
                weeks.push((day, day, 0, 0));
            }
            let week = weeks.last_mut().expect("a week was just pushed");
            week.1 = day;
            let Some(counts) = by_day.get(&day) else {
                continue;
            };
            let get = |f: Family| counts.get(&Measure::of(f)).copied().unwrap_or(0);
            week.2 += get(Family::Started) + get(Family::Resumed);
            week.3 += get(Family::Finished);
            for (measure, n) in counts.iter() {
                *totals.entry(measure.family).or_default() += n;
                if measure.family.has_value() {
                    *values
                        .entry(measure.family)
                        .or_default()
                        .entry(measure.value_label(french))
                        .or_default() += n;
                }
            }
        }
        let values = values
            .into_iter()
            .map(|(family, counts)| {
                let mut list: Vec<(String, u64)> = counts.into_iter().collect();
                list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                (family, list)
            })
            .collect();
        let weeks = weeks
            .into_iter()
            .map(|(from, to, visits, finished)| Week {
                label: week_label(from, to),
                visits,
                finished,
            })
            .collect();
        Self {
            month,
            totals,
            weeks,
            values,
        }
    }

    /// How many times `family` was counted this month.
    pub fn total(&self, family: Family) -> u64 {
        self.totals.get(&family).copied().unwrap_or(0)
    }

    /// Visits started or resumed.
    pub fn visits(&self) -> u64 {
        self.total(Family::Started) + self.total(Family::Resumed)
    }

    /// The values of `family`, most counted first.
    pub fn values(&self, family: Family) -> &[(String, u64)] {
        self.values.get(&family).map_or(&[], Vec::as_slice)
    }

    /// The month in a few plain sentences.
    pub fn sentences(&self) -> Vec<String> {
        let name = self.month.name();
        let visits = self.visits();
        if visits == 0 && self.totals.is_empty() {
            return vec![format!(
                "Aucune visite n'a été comptée en {name} sur cet appareil."
            )];
        }
        let mut out = vec![format!(
            "En {name}, {} sur cet appareil : {} et {}.",
            amount(visits, "aucune visite", "visite", "visites"),
            amount(
                self.total(Family::Started),
                "aucune commencée",
                "commencée",
                "commencées"
            ),
            amount(
                self.total(Family::Resumed),
                "aucune reprise",
                "reprise",
                "reprises"
            ),
        )];
        let finished = self.total(Family::Finished);
        out.push(match finished {
            0 => "Aucune n'est allée jusqu'aux résultats.".to_owned(),
            1 => "1 est allée jusqu'aux résultats.".to_owned(),
            n => format!("{n} sont allées jusqu'aux résultats."),
        });
        let stages = self.values(Family::Abandoned);
        let stopped = self.total(Family::Abandoned);
        if stopped > 0 {
            let list: Vec<String> = stages
                .iter()
                .map(|(stage, n)| format!("{n} {}", stage.to_lowercase()))
                .collect();
            let verb = if stopped == 1 {
                "a été interrompue"
            } else {
                "ont été interrompues"
            };
            out.push(format!("{stopped} {verb} : {}.", list.join(", ")));
        }
        out.push(format!(
            "{} et {}.",
            capitalise(&amount(
                self.total(Family::CodeShown),
                "aucun code pour un conseiller affiché",
                "code pour un conseiller affiché",
                "codes pour un conseiller affichés"
            )),
            amount(
                self.total(Family::SheetPrinted),
                "aucune fiche imprimée",
                "fiche imprimée",
                "fiches imprimées"
            ),
        ));
        out
    }
}

/// « aucune visite », « 1 visite », « 3 visites ».
fn amount(n: u64, none: &str, one: &str, many: &str) -> String {
    match n {
        0 => none.to_owned(),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn week_label(from: Day, to: Day) -> String {
    let day = |d: Day| match d.day {
        1 => "1er".to_owned(),
        n => n.to_string(),
    };
    match from == to {
        true => format!("le {}", day(from)),
        false => format!("du {} au {}", day(from), day(to)),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_month_in_weeks_and_words() {
        let french = crate::content::default_messages();
        let mut ledger = Ledger::new("Borne");
        let d = |n| Day::new(2026, 12, n).unwrap();
        for (day, measures) in [
            (
                1,
                vec![
                    Measure::of(Family::Started),
                    Measure::with(Family::Need, "job"),
                ],
            ),
            (
                1,
                vec![
                    Measure::of(Family::Finished),
                    Measure::of(Family::CodeShown),
                ],
            ),
            (
                2,
                vec![
                    Measure::of(Family::Started),
                    Measure::with(Family::Need, "job"),
                ],
            ),
            (2, vec![Measure::with(Family::Abandoned, "skills")]),
            (
                8,
                vec![
                    Measure::of(Family::Resumed),
                    Measure::with(Family::Need, "health"),
                ],
            ),
            (
                8,
                vec![
                    Measure::of(Family::Finished),
                    Measure::of(Family::SheetPrinted),
                ],
            ),
        ] {
            ledger.record(d(day), &measures);
        }
        // Another month is not in this one.
        ledger.record(
            Day::new(2026, 11, 30).unwrap(),
            &[Measure::of(Family::Started)],
        );
        let view = MonthView::of(&ledger, Month::parse("2026-12").unwrap(), &french);
        // December 2026 starts on a Tuesday: weeks 1–6, 7–13, 14–20, 21–27, 28–31.
        let weeks: Vec<(&str, u64, u64)> = view
            .weeks
            .iter()
            .map(|w| (w.label.as_str(), w.visits, w.finished))
            .collect();
        assert_eq!(
            weeks,
            [
                ("du 1er au 6", 2, 1),
                ("du 7 au 13", 1, 1),
                ("du 14 au 20", 0, 0),
                ("du 21 au 27", 0, 0),
                ("du 28 au 31", 0, 0)
            ]
        );
        assert_eq!(
            view.values(Family::Need),
            [
                ("Trouver un emploi".to_owned(), 2),
                ("M'occuper de ma santé".to_owned(), 1)
            ]
        );
        assert_eq!(
            view.sentences(),
            [
                "En décembre 2026, 3 visites sur cet appareil : 2 commencées et 1 reprise.",
                "2 sont allées jusqu'aux résultats.",
                "1 a été interrompue : 1 aux compétences.",
                "1 code pour un conseiller affiché et 1 fiche imprimée.",
            ]
        );
        let empty = MonthView::of(&ledger, Month::parse("2027-01").unwrap(), &french);
        assert_eq!(
            empty.sentences(),
            ["Aucune visite n'a été comptée en janvier 2027 sur cet appareil."]
        );
    }
}
