//! The bits of a hand-off code: writing and reading them, the checksum, and the frame
//! every version shares (the checksum, then padding, in Crockford's base32).

pub(super) const CHECKSUM_BITS: u32 = 10;
pub(super) const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

pub(super) struct BitWriter {
    pub(super) bits: Vec<bool>,
}

impl BitWriter {
    pub(super) fn push(&mut self, value: u32, width: u32) {
        for i in (0..width).rev() {
            self.bits.push(value >> i & 1 == 1);
        }
    }
}

pub(super) struct BitReader<'a> {
    pub(super) bits: &'a [bool],
    pub(super) at: usize,
}

impl BitReader<'_> {
    pub(super) fn read(&mut self, width: u32) -> Option<u32> {
        let mut value = 0;
        for _ in 0..width {
            value = value << 1 | u32::from(*self.bits.get(self.at)?);
            self.at += 1;
        }
        Some(value)
    }
}

/// Bits needed to write 0..=max.
pub(super) fn width(max: usize) -> u32 {
    usize::BITS - max.leading_zeros()
}

pub(super) fn checksum(bits: &[bool]) -> u32 {
    // CRC-16/CCITT over the bits, cut to 10 bits.
    let mut crc: u16 = 0xFFFF;
    for bit in bits {
        let top = crc >> 15 == 1;
        crc <<= 1;
        if top ^ bit {
            crc ^= 0x1021;
        }
    }
    u32::from(crc) & ((1 << CHECKSUM_BITS) - 1)
}

/// Ends `bits` with the frame every version shares (the checksum of all of them, then
/// zero bits to fill the last character) and writes them in groups of four characters.
pub(super) fn framed(mut w: BitWriter) -> String {
    let sum = checksum(&w.bits);
    w.push(sum, CHECKSUM_BITS);
    while w.bits.len() % 5 != 0 {
        w.bits.push(false);
    }
    let chars: Vec<char> = w
        .bits
        .chunks(5)
        .map(|c| ALPHABET[c.iter().fold(0usize, |v, b| v << 1 | usize::from(*b))] as char)
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// The value of one typed character; `None` for one outside the alphabet.
pub(super) fn value_of(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    ALPHABET
        .iter()
        .position(|a| *a as char == c)
        .map(|p| p as u8)
}

/// Whether the bits end as every version's code ends: a checksum of all that comes
/// before it, then fewer than five zero bits to fill the last character.
pub(super) fn has_a_valid_frame(bits: &[bool]) -> bool {
    let checksum_bits = CHECKSUM_BITS as usize;
    (0..5).any(|padding| {
        let Some(end) = bits.len().checked_sub(padding) else {
            return false;
        };
        let Some(payload_end) = end.checked_sub(checksum_bits) else {
            return false;
        };
        let mut r = BitReader {
            bits: &bits[payload_end..end],
            at: 0,
        };
        bits[end..].iter().all(|b| !b)
            && r.read(CHECKSUM_BITS) == Some(checksum(&bits[..payload_end]))
    })
}
