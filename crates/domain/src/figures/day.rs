//! A calendar day, the finest unit of the figures: « 2026-12-02 ».

use std::fmt;

/// A valid day of the Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Day {
    /// The day, if it exists (years 1900 to 2999: a clock can be wrong, not absurd).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        let valid = (1900..=2999).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day);
        valid.then_some(Self { year, month, day })
    }

    /// Reads « 2026-12-02 » (exactly that shape).
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(range)?;
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        Self::new(
            i32::try_from(number(0..4)?).ok()?,
            number(5..7)?,
            number(8..10)?,
        )
    }

    /// 0 for Monday … 6 for Sunday.
    pub fn weekday(self) -> u32 {
        // Days since 1970-01-01 (a Thursday), after Howard Hinnant's `days_from_civil`.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = era * 146_097 + doe - 719_468;
        // 1970-01-01 was a Thursday (3).
        u32::try_from((days + 3).rem_euclid(7)).unwrap_or(0)
    }

    /// The day after (the same day at the end of year 2999).
    pub fn next(self) -> Self {
        Self::new(self.year, self.month, self.day + 1)
            .or_else(|| Self::new(self.year, self.month + 1, 1))
            .or_else(|| Self::new(self.year + 1, 1, 1))
            .unwrap_or(self)
    }

    /// « 1er décembre 2026 », « 2 décembre 2026 ».
    pub fn words(self) -> String {
        let day = match self.day {
            1 => "1er".to_owned(),
            n => n.to_string(),
        };
        let month = self.month_of().name();
        format!("{day} {month}")
    }

    /// The month this day is in.
    pub fn month_of(self) -> Month {
        Month {
            year: self.year,
            month: self.month,
        }
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A month of a year, the period the space shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    /// Its days, first to last.
    pub fn days(self) -> impl Iterator<Item = Day> {
        (1..=days_in_month(self.year, self.month))
            .filter_map(move |d| Day::new(self.year, self.month, d))
    }

    /// « décembre 2026 ».
    pub fn name(self) -> String {
        let name = MONTH_NAMES
            .get(self.month.saturating_sub(1) as usize)
            .copied()
            .unwrap_or("");
        format!("{name} {}", self.year)
    }

    /// « 2026-12 », the value of the month's choice in the space.
    pub fn code(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// Reads « 2026-12 ».
    pub fn parse(text: &str) -> Option<Self> {
        Day::parse(&format!("{text}-01")).map(Day::month_of)
    }
}

const MONTH_NAMES: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn reads_only_real_days() {
        assert_eq!(Day::parse("2026-12-02"), Day::new(2026, 12, 2));
        assert_eq!(Day::parse("2026-12-02").unwrap().to_string(), "2026-12-02");
        for wrong in [
            "2026-02-29",
            "2026-13-01",
            "2026-1-01",
            "02/12/2026",
            "2026-12-02T10:00",
            "+026-12-02",
            "",
        ] {
            assert_eq!(Day::parse(wrong), None, "{wrong}");
        }
        assert!(Day::parse("2024-02-29").is_some());
    }

    #[test]
    fn knows_the_day_of_the_week() {
        // 2026-12-02 is a Wednesday; 2000-02-29 a Tuesday; 1970-01-01 a Thursday.
        assert_eq!(Day::parse("2026-12-02").unwrap().weekday(), 2);
        assert_eq!(Day::parse("2000-02-29").unwrap().weekday(), 1);
        assert_eq!(Day::parse("1970-01-01").unwrap().weekday(), 3);
        assert_eq!(Day::parse("2026-11-30").unwrap().weekday(), 0);
    }

    #[test]
    fn a_month_has_its_days_and_a_name() {
        let february = Month::parse("2028-02").unwrap();
        assert_eq!(february.days().count(), 29);
        assert_eq!(Month::parse("2026-12").unwrap().name(), "décembre 2026");
        assert_eq!(Month::parse("2026-13"), None);
        assert_eq!(
            Day::parse("2026-12-01").unwrap().words(),
            "1er décembre 2026"
        );
        assert_eq!(
            Day::parse("2026-12-31").unwrap().next(),
            Day::parse("2027-01-01").unwrap()
        );
    }
}
