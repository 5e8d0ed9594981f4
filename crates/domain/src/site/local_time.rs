//! Saying when something happened, the way people say it: "aujourd'hui à 10 h 12",
//! "hier à 16 h 05", "le 24 novembre à 9 h 30".

/// A date and time in the device's time zone (months and days from 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalDateTime {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    /// 0 for Monday … 6 for Sunday.
    pub weekday: u32,
}

impl LocalDateTime {
    /// "2026-11-26T10:05", comparable with the catalog's workshop dates.
    pub fn iso_minute(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute
        )
    }
}

impl LocalDateTime {
    fn same_day(&self, other: &Self) -> bool {
        (self.year, self.month, self.day) == (other.year, other.month, other.day)
    }
}

/// Which words name the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayWord {
    Today,
    Yesterday,
    /// Another day: name its date.
    OnDate,
}

/// Names the day of `then`, given today's date and yesterday's (both local).
pub fn day_word(then: &LocalDateTime, today: &LocalDateTime, yesterday: &LocalDateTime) -> DayWord {
    if then.same_day(today) {
        DayWord::Today
    } else if then.same_day(yesterday) {
        DayWord::Yesterday
    } else {
        DayWord::OnDate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(month: u32, day: u32, hour: u32) -> LocalDateTime {
        LocalDateTime {
            year: 2026,
            month,
            day,
            hour,
            minute: 0,
            weekday: 0,
        }
    }

    #[test]
    fn names_today_yesterday_or_the_date() {
        let (today, yesterday) = (at(12, 1, 9), at(11, 30, 9));
        assert_eq!(day_word(&at(12, 1, 0), &today, &yesterday), DayWord::Today);
        assert_eq!(
            day_word(&at(11, 30, 23), &today, &yesterday),
            DayWord::Yesterday
        );
        assert_eq!(
            day_word(&at(11, 29, 23), &today, &yesterday),
            DayWord::OnDate
        );
    }
}
