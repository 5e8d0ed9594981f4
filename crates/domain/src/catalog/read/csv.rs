//! CSV records from text, with `csv-core` (a small, allocation-free, well-kept parser):
//! quoted fields, doubled quotes, line breaks inside quotes, and either `,` (the national
//! standard) or `;` (spreadsheets set to French) as the separator.
//!
//! Every problem names a record by its **row as a spreadsheet numbers it** (the header is
//! row 1, a blank line is a row, a line break inside a quoted field is not): that is what
//! the structure sees when it opens the file to fix it. It differs from the file's line
//! only when a quoted field holds a line break. LF, CRLF and CR files count alike.

use csv_core::{ReadFieldResult, ReaderBuilder};

/// One record and its spreadsheet row (1 for the header).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// The separator of a file: the one the header line uses most.
pub fn detect_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    }
}

/// Every record of `text`, in order. Never fails: CSV in the wild is often invalid, and
/// the reader is lenient (an unclosed quote runs to the end of the file).
pub fn records(text: &str) -> Vec<Record> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    scan(
        text,
        detect_delimiter(text),
        |_| true,
        |record, _| {
            records.push(record);
        },
    );
    records
}

/// The header, and only the records that `keep` wants, with how many records there
/// were: a national file of 18,000 places is scanned without keeping its 600,000 fields
/// when a territory needs a few hundred rows. `probe` picks, from the header, the
/// columns `keep` is shown (in that order); the records kept are read whole.
pub fn records_where(
    text: &str,
    probe: impl FnOnce(&[String]) -> Vec<usize>,
    mut keep: impl FnMut(&[String]) -> bool,
) -> (Option<Record>, Vec<Record>, usize) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = detect_delimiter(text);
    let mut header = None;
    let mut probe = Some(probe);
    // Read by `scan` for each field, written once the header is read.
    let columns: std::cell::RefCell<Option<Vec<usize>>> = std::cell::RefCell::new(None);
    let (mut kept, mut count) = (Vec::new(), 0);
    let mut probed: Vec<String> = Vec::new();
    scan(
        text,
        delimiter,
        |index| columns.borrow().as_ref().is_none_or(|c| c.contains(&index)),
        |record, bytes: std::ops::Range<usize>| {
            if header.is_none() {
                *columns.borrow_mut() =
                    Some(probe.take().map(|p| p(&record.fields)).unwrap_or_default());
                header = Some(record);
                return;
            }
            count += 1;
            probed.clear();
            let columns = columns.borrow();
            let columns = columns.as_deref().unwrap_or_default();
            probed.extend(columns.iter().map(|c| {
                // The fields come in file order; find the one of column `c`.
                record
                    .fields
                    .get(columns_rank(columns, *c))
                    .cloned()
                    .unwrap_or_default()
            }));
            if keep(&probed) {
                let mut whole = Vec::new();
                scan(&text[bytes], delimiter, |_| true, |r, _| whole.push(r));
                if let Some(mut whole) = whole.into_iter().next() {
                    whole.line = record.line;
                    kept.push(whole);
                }
            }
        },
    );
    (header, kept, count)
}

/// Where column `c`'s value sits among the fields kept for `columns` (kept in file
/// order).
fn columns_rank(columns: &[usize], c: usize) -> usize {
    columns.iter().filter(|other| **other < c).count()
}

/// The reader under both: calls `on_record` with each record (holding only the fields
/// whose index `wanted` accepts, in file order) and the bytes it spans.
fn scan(
    text: &str,
    delimiter: u8,
    wanted: impl Fn(usize) -> bool,
    mut on_record: impl FnMut(Record, std::ops::Range<usize>),
) {
    let mut reader = ReaderBuilder::new().delimiter(delimiter).build();
    let input = text.as_bytes();
    let (mut pos, mut out, mut len) = (0, vec![0u8; 1024], 0);
    let mut fields = Vec::new();
    let mut index = 0usize;
    let mut record_line = 1usize;
    let mut record_start = 0usize;
    let field_text = |bytes: &[u8]| match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    };
    loop {
        let (result, read, written) = reader.read_field(&input[pos..], &mut out[len..]);
        pos += read;
        len += written;
        match result {
            ReadFieldResult::InputEmpty => {
                if pos >= input.len() {
                    // Signal the end of the input with an empty slice on the next call.
                    let (result, _, written) = reader.read_field(&[], &mut out[len..]);
                    len += written;
                    if let ReadFieldResult::Field { .. } = result {
                        if wanted(index) {
                            fields.push(field_text(&out[..len]));
                        }
                        on_record(
                            Record {
                                line: record_line,
                                fields: std::mem::take(&mut fields),
                            },
                            record_start..input.len(),
                        );
                    }
                    break;
                }
            }
            ReadFieldResult::OutputFull => out.resize(out.len() * 2, 0),
            ReadFieldResult::Field { record_end } => {
                let blank_field = len == 0 || out[..len].iter().all(u8::is_ascii_whitespace);
                if wanted(index) {
                    fields.push(field_text(&out[..len]));
                }
                len = 0;
                index += 1;
                if record_end {
                    let blank = index == 1 && blank_field;
                    if !blank {
                        on_record(
                            Record {
                                line: record_line,
                                fields: std::mem::take(&mut fields),
                            },
                            record_start..pos,
                        );
                    }
                    fields.clear();
                    index = 0;
                    record_line += row_breaks(input, pos);
                    record_start = pos
                        + input[pos..]
                            .iter()
                            .take_while(|b| **b == b'\n' || **b == b'\r')
                            .count();
                }
            }
            ReadFieldResult::End => break,
        }
    }
}

/// How many rows the line breaks around `pos` (where a record ended) move on: one per
/// LF, CRLF or lone CR, counted from the end of the record's last field to the start of
/// the next one, so that blank lines count as the rows a spreadsheet shows.
fn row_breaks(input: &[u8], pos: usize) -> usize {
    let is_break = |b: &u8| *b == b'\n' || *b == b'\r';
    let start = pos
        - input[..pos]
            .iter()
            .rev()
            .take_while(|b| is_break(b))
            .count();
    let end = pos + input[pos..].iter().take_while(|b| is_break(b)).count();
    let run = &input[start..end];
    let crlf = run.windows(2).filter(|w| w == b"\r\n").count();
    (run.len() - crlf).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<Vec<String>> {
        records(text).into_iter().map(|r| r.fields).collect()
    }

    #[test]
    fn reads_quoted_fields_and_doubled_quotes() {
        assert_eq!(
            fields("a,b\n\"x, y\",\"il dit \"\"oui\"\"\"\n"),
            [vec!["a", "b"], vec!["x, y", "il dit \"oui\""]]
        );
    }

    #[test]
    fn keeps_line_breaks_inside_quotes_and_counts_lines() {
        let rs = records("a,b\n\"1\n2\",3\n4,5");
        assert_eq!(rs[1].fields, ["1\n2", "3"]);
        // The spreadsheet's rows: the quoted line break does not start a row.
        assert_eq!(rs.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 2, 3]);
    }

    #[test]
    fn accepts_semicolons_crlf_a_bom_and_blank_lines() {
        assert_eq!(
            fields("\u{feff}nom;commune\r\n\r\nMédiathèque;Parthenay\r\n"),
            [vec!["nom", "commune"], vec!["Médiathèque", "Parthenay"]]
        );
    }

    #[test]
    fn rows_are_counted_alike_in_lf_crlf_and_cr_files() {
        for newline in ["\n", "\r\n", "\r"] {
            let text = ["a,b", "1,2", "", "3,4", "\"5\nsuite\",6", "7,8", ""].join(newline);
            let rows: Vec<usize> = records(&text).iter().map(|r| r.line).collect();
            assert_eq!(rows, [1, 2, 4, 5, 6], "newline {newline:?}");
        }
    }

    #[test]
    fn only_the_records_wanted_are_kept_whole_with_their_rows() {
        let text = "id;commune;note\r\na;Parthenay;\"x\r\ny\"\r\nb;Niort;z\r\nc;Parthenay;w\r\n";
        let (header, kept, count) = records_where(
            text,
            |h| vec![h.iter().position(|c| c == "commune").unwrap()],
            |v| v[0] == "Parthenay",
        );
        assert_eq!(header.unwrap().fields, ["id", "commune", "note"]);
        assert_eq!(count, 3);
        assert_eq!(
            kept,
            [
                Record {
                    line: 2,
                    fields: vec!["a".into(), "Parthenay".into(), "x\r\ny".into()]
                },
                Record {
                    line: 4,
                    fields: vec!["c".into(), "Parthenay".into(), "w".into()]
                },
            ]
        );
        let all = records(text);
        assert_eq!(all.len(), 4);
    }

    #[test]
    fn an_unclosed_quote_does_not_stop_the_reader() {
        let rs = fields("a,b\n\"oops,1\n2,3\n");
        assert_eq!(rs.len(), 2);
        assert_eq!(rs[0], ["a", "b"]);
    }
}
