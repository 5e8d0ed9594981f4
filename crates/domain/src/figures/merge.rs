//! Several devices' exports made into one table, in the structure's space: each file is
//! read back (CSV as exported, or re-saved by a spreadsheet with `;` or `,`, or JSON),
//! the same device's day found in two files is counted once (the larger reading), and
//! the devices' counts are added up. A « moins de 3 » is 1 or 2, so sums become ranges
//! (« 7 à 9 »): nothing is guessed.

use super::count::Count;
use super::day::Day;
use super::export::{Row, COLUMNS, JSON_FORMAT};
use crate::catalog::read::csv::records;
use serde_json::Value;
use std::collections::BTreeMap;

/// What could not be read of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadProblem {
    /// Not an export of Repère's figures.
    NotAnExport,
    /// Some rows were not understood (their spreadsheet rows), the others are read.
    RowsSkipped(Vec<usize>),
}

impl ReadProblem {
    /// In plain words.
    pub fn message(&self) -> String {
        match self {
            Self::NotAnExport => "Ce fichier n'est pas un export des chiffres de Repère (il faut les colonnes Date, Appareil, Mesure, Valeur et Nombre).".to_owned(),
            Self::RowsSkipped(rows) => {
                let list: Vec<String> = rows.iter().take(10).map(usize::to_string).collect();
                let more = if rows.len() > 10 { " …" } else { "" };
                format!(
                    "Des lignes n'ont pas pu être lues et ne sont pas comptées (ligne {}{more}).",
                    list.join(", ")
                )
            }
        }
    }
}

/// Reads an export; the rows read, and what was skipped.
pub fn read_export(text: &str) -> Result<(Vec<Row>, Option<ReadProblem>), ReadProblem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_start().starts_with('{') {
        return read_json(text);
    }
    let records = records(text);
    let Some((header, body)) = records.split_first() else {
        return Err(ReadProblem::NotAnExport);
    };
    let position = |name: &str| header.fields.iter().position(|f| f.trim() == name);
    let columns: Option<Vec<usize>> = COLUMNS.iter().map(|c| position(c)).collect();
    let columns = columns.ok_or(ReadProblem::NotAnExport)?;
    let mut rows = Vec::new();
    let mut skipped = Vec::new();
    for record in body {
        if record.fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let cell = |i: usize| record.fields.get(columns[i]).map_or("", |s| s.as_str());
        match row_of([cell(0), cell(1), cell(2), cell(3), cell(4)]) {
            Some(row) => rows.push(row),
            None => skipped.push(record.line),
        }
    }
    Ok((
        rows,
        (!skipped.is_empty()).then_some(ReadProblem::RowsSkipped(skipped)),
    ))
}

fn read_json(text: &str) -> Result<(Vec<Row>, Option<ReadProblem>), ReadProblem> {
    let root: Value = serde_json::from_str(text).map_err(|_| ReadProblem::NotAnExport)?;
    if root["format"] != JSON_FORMAT {
        return Err(ReadProblem::NotAnExport);
    }
    let lines = root["lignes"].as_array().ok_or(ReadProblem::NotAnExport)?;
    let mut rows = Vec::new();
    let mut skipped = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let text = |name: &str| match &line[name] {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => String::new(),
        };
        let cells = COLUMNS.map(text);
        match row_of([&cells[0], &cells[1], &cells[2], &cells[3], &cells[4]].map(String::as_str)) {
            Some(row) => rows.push(row),
            None => skipped.push(i + 1),
        }
    }
    Ok((
        rows,
        (!skipped.is_empty()).then_some(ReadProblem::RowsSkipped(skipped)),
    ))
}

fn row_of([date, device, measure, value, count]: [&str; 5]) -> Option<Row> {
    let unguard = |s: &str| {
        let s = s.trim();
        match s.strip_prefix('\'') {
            Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_owned(),
            _ => s.to_owned(),
        }
    };
    let date = Day::parse(date.trim())?;
    let measure = unguard(measure);
    if measure.is_empty() {
        return None;
    }
    Some(Row {
        date,
        device: unguard(device),
        measure,
        value: unguard(value),
        count: Count::parse(count).filter(|c| c.high > 0)?,
    })
}

/// Several files' rows merged.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// The devices, in the order first met.
    pub devices: Vec<String>,
    /// One row per day and measure, the devices added up (device: « Ensemble »).
    pub rows: Vec<Row>,
    /// Per measure and value over every day: each device's count, then the total.
    pub table: Vec<TableRow>,
    /// Days of a device found in more than one file (counted once).
    pub repeated_days: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableRow {
    pub measure: String,
    pub value: String,
    pub by_device: Vec<Count>,
    pub total: Count,
}

/// The device column of merged rows.
pub const ALL_DEVICES: &str = "Ensemble des appareils";

type CellKey = (Day, String, String);

/// Merges the files' rows. The order of the files does not matter; a file given twice
/// counts once.
pub fn merge(files: &[Vec<Row>]) -> Merged {
    let mut devices: Vec<String> = Vec::new();
    // device → (day, measure, value) → count; the larger reading of a repeated day.
    let mut by_device: BTreeMap<String, BTreeMap<CellKey, Count>> = BTreeMap::new();
    // (device, day) → in how many files.
    let mut days_seen: BTreeMap<(String, Day), usize> = BTreeMap::new();
    for rows in files {
        let mut in_file: Vec<(String, Day)> =
            rows.iter().map(|r| (r.device.clone(), r.date)).collect();
        in_file.sort();
        in_file.dedup();
        for pair in in_file {
            *days_seen.entry(pair).or_default() += 1;
        }
        for row in rows {
            if !devices.contains(&row.device) {
                devices.push(row.device.clone());
            }
            let cells = by_device.entry(row.device.clone()).or_default();
            let key = (row.date, row.measure.clone(), row.value.clone());
            let cell = cells.entry(key).or_default();
            *cell = cell.max(row.count);
        }
    }
    let repeated_days = days_seen.values().filter(|n| **n > 1).count();
    let mut summed: BTreeMap<CellKey, Count> = BTreeMap::new();
    let mut table: BTreeMap<(String, String), Vec<Count>> = BTreeMap::new();
    for (device, cells) in &by_device {
        let column = devices.iter().position(|d| d == device).unwrap_or(0);
        for ((day, measure, value), count) in cells {
            let sum = summed
                .entry((*day, measure.clone(), value.clone()))
                .or_default();
            *sum = *sum + *count;
            let counts = table
                .entry((measure.clone(), value.clone()))
                .or_insert_with(|| vec![Count::default(); devices.len()]);
            counts[column] = counts[column] + *count;
        }
    }
    let rows = summed
        .into_iter()
        .map(|((date, measure, value), count)| Row {
            date,
            device: ALL_DEVICES.to_owned(),
            measure,
            value,
            count,
        })
        .collect();
    let order = |measure: &str| {
        super::measure::Family::ALL
            .iter()
            .position(|f| f.label() == measure)
            .unwrap_or(usize::MAX)
    };
    let mut table: Vec<TableRow> = table
        .into_iter()
        .map(|((measure, value), by_device)| {
            let total = by_device.iter().fold(Count::default(), |a, b| a + *b);
            TableRow {
                measure,
                value,
                by_device,
                total,
            }
        })
        .collect();
    table.sort_by(|a, b| {
        (order(&a.measure), &a.measure, &a.value).cmp(&(order(&b.measure), &b.measure, &b.value))
    });
    Merged {
        devices,
        rows,
        table,
        repeated_days,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::figures::export::{csv, json, rows};
    use crate::figures::ledger::Ledger;
    use crate::figures::measure::{Family, Measure};
    use proptest::prelude::*;

    fn french() -> crate::messages::Messages {
        crate::content::default_messages()
    }

    const MEASURES: [(Family, &str); 4] = [
        (Family::Started, ""),
        (Family::Finished, ""),
        (Family::Need, "procedures"),
        (Family::PlaceService, "Aide aux démarches administratives"),
    ];

    /// Devices, each with (day of December 2026, measure, how many times).
    fn devices() -> impl Strategy<Value = Vec<Vec<(u32, usize, u64)>>> {
        prop::collection::vec(
            prop::collection::vec((1u32..=5, 0usize..4, 1u64..8), 0..12),
            1..4,
        )
    }

    fn ledgers(devices: &[Vec<(u32, usize, u64)>]) -> Vec<Ledger> {
        devices
            .iter()
            .enumerate()
            .map(|(i, counts)| {
                let mut ledger = Ledger::new(&format!("Appareil {i}"));
                for (day, measure, times) in counts {
                    let (family, value) = MEASURES[*measure];
                    for _ in 0..*times {
                        ledger.record(
                            Day::new(2026, 12, *day).unwrap(),
                            &[Measure::with(family, value)],
                        );
                    }
                }
                ledger
            })
            .collect()
    }

    proptest! {
        /// Whatever file is picked, reading it never panics, and what it gives merges.
        #[test]
        fn any_file_reads_without_panic(text in "(Date;Appareil;Mesure;Valeur;Nombre\r?\n)?[-0-9;a-z\"' \r\n{}:,\\[\\]]{0,200}") {
            if let Ok((rows, _)) = read_export(&text) {
                let _ = merge(&[rows.clone(), rows]);
            }
        }

        /// What a device exports reads back as it was written, from CSV and from JSON.
        #[test]
        fn an_export_reads_back(devices in devices()) {
            for ledger in ledgers(&devices) {
                let written = rows(&ledger, None, &french());
                let from_csv = read_export(&csv(&written)).unwrap();
                prop_assert_eq!(&from_csv, &(written.clone(), None));
                let from_json = read_export(&json(&written)).unwrap();
                prop_assert_eq!(&from_json, &(written.clone(), None));
            }
        }

        /// The merged range always holds the true total, whatever the order of the
        /// files, and a file given twice changes nothing.
        #[test]
        fn merging_holds_the_true_total(devices in devices(), reverse in any::<bool>()) {
            let ledgers = ledgers(&devices);
            let mut files: Vec<Vec<Row>> = ledgers
                .iter()
                .map(|l| read_export(&csv(&rows(l, None, &french()))).unwrap().0)
                .collect();
            let merged = merge(&files);
            if reverse {
                files.reverse();
            }
            let mut twice = files.clone();
            twice.extend(files.clone());
            let other = merge(&twice);
            prop_assert_eq!(&merged.rows, &other.rows);
            prop_assert_eq!(other.repeated_days, ledgers.iter().map(|l| l.days().count()).sum::<usize>());
            for row in &merged.rows {
                let (family, value) = *MEASURES
                    .iter()
                    .find(|(f, v)| f.label() == row.measure && Measure::with(*f, *v).value_label(&french()) == row.value)
                    .unwrap();
                let truth: u64 = ledgers
                    .iter()
                    .filter_map(|l| l.days().find(|(d, _)| *d == row.date))
                    .filter_map(|(_, c)| c.get(&Measure::with(family, value)))
                    .sum();
                prop_assert!(row.count.low <= truth && truth <= row.count.high, "{:?} {}", row, truth);
            }
            for line in &merged.table {
                prop_assert_eq!(line.by_device.len(), merged.devices.len());
                prop_assert_eq!(line.total, line.by_device.iter().fold(Count::default(), |a, b| a + *b));
            }
        }
    }

    #[test]
    fn a_file_resaved_by_a_spreadsheet_still_reads_and_strangers_are_refused() {
        let resaved = "Date,Appareil,Mesure,Valeur,Nombre\n2026-12-02,Borne,Visites commencées,,7\n02/12/2026,Borne,Visites commencées,,3\n2026-12-03,Borne,Visites commencées,,moins de 3\n";
        let (rows, problem) = read_export(resaved).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(problem, Some(ReadProblem::RowsSkipped(vec![3])));
        assert!(problem.unwrap().message().contains("ligne 3"));
        for stranger in ["", "nom,commune\nx,y", "{\"lignes\":[]}", "[1,2]"] {
            assert_eq!(
                read_export(stranger),
                Err(ReadProblem::NotAnExport),
                "{stranger}"
            );
        }
        let a = read_export(
            "Date;Appareil;Mesure;Valeur;Nombre\n2026-12-02;A;Visites commencées;;moins de 3\n",
        )
        .unwrap()
        .0;
        let b =
            read_export("Date;Appareil;Mesure;Valeur;Nombre\n2026-12-02;B;Visites commencées;;5\n")
                .unwrap()
                .0;
        let merged = merge(&[a, b]);
        assert_eq!(merged.devices, ["A", "B"]);
        assert_eq!(merged.rows[0].count.shown(), "6 à 7");
        assert_eq!(merged.table[0].total.shown(), "6 à 7");
    }
}
