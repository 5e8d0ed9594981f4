//! The figures as files for the structure's reports: CSV for French spreadsheets
//! (UTF-8 with a BOM, `;`-separated, one row per day and measure) and JSON, with the
//! same columns. Every count under 3 is written « moins de 3 ». Nothing else of the
//! device goes in: its name, the days and the counts.

use super::count::Count;
use super::day::{Day, Month};
use super::ledger::Ledger;
use super::measure::Family;
use crate::messages::Messages;
use serde_json::{json, Value};

/// The columns, in order (the activity report's export starts with « Date » too).
pub const COLUMNS: [&str; 5] = ["Date", "Appareil", "Mesure", "Valeur", "Nombre"];
/// What a JSON export says it is.
pub const JSON_FORMAT: &str = "repere-chiffres";

/// One row of an export: a day, a device, a measure and its value, a count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub date: Day,
    pub device: String,
    /// The measure's name ([`Family::label`]).
    pub measure: String,
    /// Its value in words; empty for a measure without values.
    pub value: String,
    pub count: Count,
}

/// The rows of `month` (every month when `None`), counts under 3 hidden, in the order
/// of the days, then of the measures as the space lists them, then of the values.
pub fn rows(ledger: &Ledger, month: Option<Month>, french: &Messages) -> Vec<Row> {
    let mut rows = Vec::new();
    for (day, counts) in ledger.days() {
        if month.is_some_and(|m| day.month_of() != m) {
            continue;
        }
        let mut of_day: Vec<(Family, String, u64)> = counts
            .iter()
            .map(|(m, n)| (m.family, m.value_label(french), *n))
            .collect();
        of_day.sort();
        rows.extend(of_day.into_iter().map(|(family, value, n)| Row {
            date: day,
            device: ledger.device.clone(),
            measure: family.label().to_owned(),
            value,
            count: Count::for_export(n),
        }));
    }
    rows
}

/// The CSV text: a BOM, the header, one line per row, `;` between cells, CRLF.
pub fn csv(rows: &[Row]) -> String {
    let mut out = String::from("\u{feff}");
    write_line(&mut out, COLUMNS.iter().map(|c| (*c).to_owned()));
    for row in rows {
        write_line(
            &mut out,
            [
                row.date.to_string(),
                row.device.clone(),
                row.measure.clone(),
                row.value.clone(),
                row.count.shown(),
            ]
            .into_iter(),
        );
    }
    out
}

fn write_line(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(';');
        }
        // A cell a spreadsheet would run as a formula is written as text.
        let cell = match cell.starts_with(['=', '+', '-', '@']) {
            true => format!("'{cell}"),
            false => cell,
        };
        if cell.contains([';', '"', '\n', '\r']) || cell != cell.trim() {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
}

/// The JSON text: `{"format":"repere-chiffres","version":1,"colonnes":[…],"lignes":[{"Date":…,"Nombre":5}]}`;
/// a count is a number, or the text « moins de 3 » or « 7 à 9 ».
pub fn json(rows: &[Row]) -> String {
    let lines: Vec<Value> = rows
        .iter()
        .map(|row| {
            let count = match row.count.low == row.count.high && row.count.high >= 3 {
                true => json!(row.count.low),
                false => json!(row.count.shown()),
            };
            json!({
                COLUMNS[0]: row.date.to_string(),
                COLUMNS[1]: row.device,
                COLUMNS[2]: row.measure,
                COLUMNS[3]: row.value,
                COLUMNS[4]: count,
            })
        })
        .collect();
    serde_json::to_string_pretty(&json!({
        "format": JSON_FORMAT,
        "version": 1,
        "colonnes": COLUMNS,
        "lignes": lines,
    }))
    .unwrap_or_default()
}

/// A file name for an export: « chiffres-repere-2026-12-borne.csv ».
pub fn file_name(device: &str, month: Option<Month>, extension: &str) -> String {
    let period = month.map_or_else(|| "tout".to_owned(), Month::code);
    let device = crate::space::forms::slug(device);
    format!("chiffres-repere-{period}-{device}.{extension}")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::catalog::read::csv::records;
    use crate::figures::measure::Measure;

    fn french() -> Messages {
        crate::content::default_messages()
    }

    fn sample() -> Ledger {
        let mut ledger = Ledger::new("=Borne; \"hall\"");
        let day = Day::parse("2026-12-02").unwrap();
        for _ in 0..5 {
            ledger.record(day, &[Measure::of(Family::Started)]);
        }
        ledger.record(day, &[Measure::with(Family::Need, "procedures")]);
        ledger.record(
            Day::parse("2026-11-30").unwrap(),
            &[Measure::with(Family::Level, "email:Avec guidage")],
        );
        ledger
    }

    #[test]
    fn the_csv_opens_in_a_french_spreadsheet_with_small_counts_hidden() {
        let text = csv(&rows(&sample(), None, &french()));
        assert!(text.starts_with("\u{feff}Date;Appareil;Mesure;Valeur;Nombre\r\n"));
        let read = records(&text);
        let cells: Vec<Vec<String>> = read.iter().map(|r| r.fields.clone()).collect();
        assert_eq!(cells.len(), 4);
        assert_eq!(
            cells[1],
            [
                "2026-11-30",
                "'=Borne; \"hall\"",
                "Niveau d'autonomie du bénéficiaire",
                "Les e-mails : Avec guidage",
                "moins de 3"
            ]
        );
        assert_eq!(cells[2][2..], ["Visites commencées", "", "5"]);
        assert_eq!(
            cells[3][2..],
            [
                "Besoin choisi",
                "Faire mes démarches en ligne",
                "moins de 3"
            ]
        );
        assert!(!text.contains(";1\r\n") && !text.contains(";2\r\n"));
    }

    #[test]
    fn a_month_alone_and_json_say_the_same() {
        let december = Month::parse("2026-12");
        let rows = rows(&sample(), december, &french());
        assert_eq!(rows.len(), 2);
        let value: Value = serde_json::from_str(&json(&rows)).unwrap();
        assert_eq!(value["format"], JSON_FORMAT);
        assert_eq!(value["lignes"][0]["Nombre"], 5);
        assert_eq!(value["lignes"][1]["Nombre"], "moins de 3");
        assert_eq!(value["lignes"][1]["Mesure"], "Besoin choisi");
        assert_eq!(
            file_name("Borne de l'accueil", december, "csv"),
            "chiffres-repere-2026-12-borne-de-l-accueil.csv"
        );
    }
}
