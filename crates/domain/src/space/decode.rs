//! A file as the structure downloaded it, turned into text: UTF-8 (with or without a
//! byte-order mark), UTF-16 (what some spreadsheet programs write as « Unicode »), or
//! Windows-1252 / Latin-1 (older exports), said in plain words; anything that is not
//! text (a spreadsheet workbook, an archive, an image) is refused with what to do.

/// The largest file the space reads (the whole country's export is about 10 MB).
pub const MAX_IMPORT_BYTES: usize = 40 * 1024 * 1024;

/// The text of a file, and a note when it was not in UTF-8.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub note: Option<&'static str>,
}

/// Why a file could not be read as text, in plain words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotText {
    TooLarge,
    Empty,
    Workbook,
    Binary,
}

impl NotText {
    pub fn words(self) -> &'static str {
        match self {
            Self::TooLarge => "Ce fichier est trop gros (plus de 40 Mo). Téléchargez l'export de votre département ou de votre région plutôt que celui de la France entière.",
            Self::Empty => "Ce fichier est vide.",
            Self::Workbook => "Ce fichier est un classeur ou une archive (.xlsx, .ods, .zip), pas un fichier CSV. Dans votre tableur, choisissez « Enregistrer sous », puis le format CSV.",
            Self::Binary => "Ce fichier n'est pas un fichier texte (CSV ou JSON). Vérifiez que vous avez choisi le bon fichier.",
        }
    }
}

pub const NOTE_WINDOWS_1252: &str = "Le fichier n'était pas en UTF-8 : il a été lu comme un fichier Windows (Windows-1252, proche du Latin-1). Vérifiez les accents de quelques noms.";
pub const NOTE_UTF16: &str =
    "Le fichier était en UTF-16 (« Unicode » dans certains tableurs) : il a été lu et converti.";

/// The text of `bytes`.
pub fn decode(bytes: &[u8]) -> Result<Decoded, NotText> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(NotText::TooLarge);
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(NotText::Empty);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(NotText::Workbook);
    }
    if let Some(le) = utf16_order(bytes) {
        let units = bytes[2..].chunks_exact(2).map(|p| {
            if le {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        });
        let text: String = char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect();
        return Ok(Decoded {
            text,
            note: Some(NOTE_UTF16),
        });
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err(NotText::Binary);
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_owned(),
            note: None,
        }),
        Err(_) => Ok(Decoded {
            text: bytes.iter().map(|b| windows_1252(*b)).collect(),
            note: Some(NOTE_WINDOWS_1252),
        }),
    }
}

/// `Some(little_endian)` when the file starts with a UTF-16 byte-order mark.
fn utf16_order(bytes: &[u8]) -> Option<bool> {
    match bytes.get(..2)? {
        [0xff, 0xfe] => Some(true),
        [0xfe, 0xff] => Some(false),
        _ => None,
    }
}

/// One byte of Windows-1252: Latin-1, except 0x80–0x9F, where Windows puts €, œ, ’…
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_or_without_a_bom_is_read_as_it_is() {
        let d = decode("\u{feff}nom\nMédiathèque".as_bytes()).unwrap();
        assert_eq!((d.text.as_str(), d.note), ("nom\nMédiathèque", None));
    }

    #[test]
    fn a_windows_export_is_read_and_said() {
        let d = decode(b"nom;commune\nM\xe9diath\xe8que;Ch\xe2tillon \x96 \x9cuvre\n").unwrap();
        assert_eq!(d.text, "nom;commune\nMédiathèque;Châtillon – œuvre\n");
        assert_eq!(d.note, Some(NOTE_WINDOWS_1252));
    }

    #[test]
    fn utf16_from_a_spreadsheet_is_read() {
        let mut bytes = vec![0xff, 0xfe];
        bytes.extend("id;nom\né".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&bytes).unwrap().text, "id;nom\né");
    }

    #[test]
    fn what_is_not_text_is_refused_in_plain_words() {
        assert_eq!(decode(b"PK\x03\x04rest"), Err(NotText::Workbook));
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0"), Err(NotText::Binary));
        assert_eq!(decode(b"  \n"), Err(NotText::Empty));
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn any_bytes_decode_or_are_refused_without_a_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
            let _ = decode(&bytes);
        }
    }
}
