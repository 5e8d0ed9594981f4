//! CSV records from text, with `csv-core` (a small, allocation-free, well-kept parser):
//! quoted fields, doubled quotes, line breaks inside quotes, and either `,` (the national
//! standard) or `;` (spreadsheets set to French) as the separator.

use csv_core::{ReadFieldResult, ReaderBuilder};

/// One record and the line of the file where it starts (1 for the header).
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
    let mut reader = ReaderBuilder::new()
        .delimiter(detect_delimiter(text))
        .build();
    let input = text.as_bytes();
    let mut records = Vec::new();
    let (mut pos, mut out, mut len) = (0, vec![0u8; 1024], 0);
    let mut fields = Vec::new();
    let mut line = 1usize;
    let mut record_line = 1usize;
    loop {
        let (result, read, written) = reader.read_field(&input[pos..], &mut out[len..]);
        line += input[pos..pos + read]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        pos += read;
        len += written;
        match result {
            ReadFieldResult::InputEmpty => {
                if pos >= input.len() {
                    // Signal the end of the input with an empty slice on the next call.
                    let (result, _, written) = reader.read_field(&[], &mut out[len..]);
                    len += written;
                    if let ReadFieldResult::Field { .. } = result {
                        fields.push(String::from_utf8_lossy(&out[..len]).into_owned());
                        records.push(Record {
                            line: record_line,
                            fields: std::mem::take(&mut fields),
                        });
                    }
                    break;
                }
            }
            ReadFieldResult::OutputFull => out.resize(out.len() * 2, 0),
            ReadFieldResult::Field { record_end } => {
                fields.push(String::from_utf8_lossy(&out[..len]).into_owned());
                len = 0;
                if record_end {
                    let blank = fields.len() == 1 && fields[0].trim().is_empty();
                    if !blank {
                        records.push(Record {
                            line: record_line,
                            fields: std::mem::take(&mut fields),
                        });
                    }
                    fields.clear();
                    record_line = line;
                }
            }
            ReadFieldResult::End => break,
        }
    }
    records
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
        assert_eq!(rs.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 2, 4]);
    }

    #[test]
    fn accepts_semicolons_crlf_a_bom_and_blank_lines() {
        assert_eq!(
            fields("\u{feff}nom;commune\r\n\r\nMédiathèque;Parthenay\r\n"),
            [vec!["nom", "commune"], vec!["Médiathèque", "Parthenay"]]
        );
    }

    #[test]
    fn an_unclosed_quote_does_not_stop_the_reader() {
        let rs = fields("a,b\n\"oops,1\n2,3\n");
        assert_eq!(rs.len(), 2);
        assert_eq!(rs[0], ["a", "b"]);
    }
}
