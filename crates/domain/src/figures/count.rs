//! A count as an export shows it. On the device every count is exact; in an export a
//! count under 3 becomes « moins de 3 », so that a quiet day cannot single anyone out.
//! Merging exports then gives a range: two devices' « moins de 3 » and 5 make « 7 à 9 ».

use std::ops::Add;

/// What an export shows for a count under 3.
pub const UNDER_THREE: &str = "moins de 3";
/// Counts under this are never shown exactly in an export.
pub const SHOWN_FROM: u64 = 3;

/// A count known to lie between `low` and `high` (equal when exact).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Count {
    pub low: u64,
    pub high: u64,
}

impl Count {
    pub fn exact(n: u64) -> Self {
        Self { low: n, high: n }
    }

    /// « moins de 3 »: 1 or 2 (a count of 0 is never written).
    pub fn under_three() -> Self {
        Self { low: 1, high: 2 }
    }

    /// The count as an export may show it: exact from 3, « moins de 3 » below.
    pub fn for_export(n: u64) -> Self {
        match n {
            0 => Self::exact(0),
            n if n < SHOWN_FROM => Self::under_three(),
            n => Self::exact(n),
        }
    }

    /// How it is written: « 12 », « moins de 3 », « 7 à 9 ».
    pub fn shown(self) -> String {
        if self.high == 0 {
            "0".to_owned()
        } else if self.high < SHOWN_FROM {
            UNDER_THREE.to_owned()
        } else if self.low == self.high {
            self.low.to_string()
        } else {
            format!("{} à {}", self.low, self.high)
        }
    }

    /// Reads what [`Count::shown`] writes (and « moins de 3 » as 1 to 2).
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.eq_ignore_ascii_case(UNDER_THREE) {
            return Some(Self::under_three());
        }
        let number = |t: &str| t.trim().parse::<u64>().ok();
        match text.split_once(" à ") {
            Some((low, high)) => {
                let (low, high) = (number(low)?, number(high)?);
                (low <= high).then_some(Self { low, high })
            }
            None => number(text).map(Self::exact),
        }
    }

    /// The larger of two readings of the same count (the same device's day exported
    /// twice: the later export holds everything the earlier one did).
    pub fn max(self, other: Self) -> Self {
        Self {
            low: self.low.max(other.low),
            high: self.high.max(other.high),
        }
    }
}

impl Add for Count {
    type Output = Self;
    fn add(self, other: Self) -> Self {
        Self {
            low: self.low.saturating_add(other.low),
            high: self.high.saturating_add(other.high),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn small_counts_are_never_shown_exactly() {
        assert_eq!(Count::for_export(1).shown(), "moins de 3");
        assert_eq!(Count::for_export(2).shown(), "moins de 3");
        assert_eq!(Count::for_export(3).shown(), "3");
        assert_eq!(
            (Count::under_three() + Count::under_three()).shown(),
            "2 à 4"
        );
        assert_eq!((Count::under_three() + Count::exact(5)).shown(), "6 à 7");
    }

    proptest! {
        #[test]
        fn what_is_shown_reads_back(low in 0u64..10_000, extra in 0u64..50) {
            let count = Count { low, high: low + extra };
            let read = Count::parse(&count.shown()).unwrap();
            if count.high < SHOWN_FROM && count.high > 0 {
                prop_assert_eq!(read, Count::under_three());
            } else {
                prop_assert_eq!(read, count);
            }
        }

        #[test]
        fn an_export_never_shows_one_or_two(n in 0u64..100) {
            let shown = Count::for_export(n).shown();
            prop_assert!(shown != "1" && shown != "2", "{}", shown);
            let read = Count::parse(&shown).unwrap();
            prop_assert!(read.low <= n && n <= read.high);
        }
    }
}
