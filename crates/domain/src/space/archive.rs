//! One archive of the published files: a ZIP without compression (every system opens
//! it, and the files are small), written by hand to keep the wasm small. The names keep
//! their folders (`catalog/lieux.csv`), so that unpacking it in Repère's folder puts
//! each file where it goes.

use super::export::FileOut;

/// The ZIP of `files`.
pub fn zip(files: &[FileOut]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for file in files {
        let (name, data) = (file.path.as_bytes(), file.text.as_bytes());
        let crc = crc32(data);
        let offset = out.len() as u32;
        let size = data.len() as u32;
        // Local header: version 2.0, flag bit 11 (names in UTF-8), stored, no date.
        out.extend_from_slice(&[0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 8, 0, 0, 0, 0, 0x21, 0]);
        for n in [crc, size, size] {
            out.extend_from_slice(&n.to_le_bytes());
        }
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(name);
        out.extend_from_slice(data);
        central.extend_from_slice(&[
            0x50, 0x4b, 0x01, 0x02, 20, 0, 20, 0, 0, 8, 0, 0, 0, 0, 0x21, 0,
        ]);
        for n in [crc, size, size] {
            central.extend_from_slice(&n.to_le_bytes());
        }
        central.extend_from_slice(&(name.len() as u16).to_le_bytes());
        central.extend_from_slice(&[0; 12]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name);
    }
    let (central_at, central_len) = (out.len() as u32, central.len() as u32);
    out.extend_from_slice(&central);
    out.extend_from_slice(&[0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0]);
    let count = (files.len() as u16).to_le_bytes();
    out.extend_from_slice(&count);
    out.extend_from_slice(&count);
    out.extend_from_slice(&central_len.to_le_bytes());
    out.extend_from_slice(&central_at.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    out
}

/// The CRC-32 of ZIP (IEEE 802.3), bit by bit: the files are small.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for byte in data {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_crc_is_the_standard_one() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }

    #[test]
    fn the_archive_lists_each_file_with_its_folder() {
        let files = [
            FileOut {
                path: "config.json".into(),
                text: "{}".into(),
            },
            FileOut {
                path: "catalog/lieux.csv".into(),
                text: "\"id\",\"nom\"\n".into(),
            },
        ];
        let zip = zip(&files);
        assert_eq!(&zip[..4], b"PK\x03\x04");
        let end = zip.len() - 22;
        assert_eq!(&zip[end..end + 4], b"PK\x05\x06");
        assert_eq!(u16::from_le_bytes([zip[end + 10], zip[end + 11]]), 2);
        assert!(zip.windows(17).any(|w| w == b"catalog/lieux.csv"));
    }
}
