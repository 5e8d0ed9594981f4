//! Opening hours in the OpenStreetMap `opening_hours` syntax used by the national
//! standard ("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00"), for the common subset
//! that mediation places use: day lists and ranges, time ranges, `off`, `24/7`. Anything
//! else (months, holidays, sunrise…) is refused, and the text is shown as written rather
//! than guessed. No crate: the maintained parser (`opening-hours`) weighs far more in
//! the WebAssembly than this subset needs.

/// Minutes since midnight.
pub type Minute = u16;

/// A weekly timetable: for each day from Monday (0) to Sunday (6), its open ranges.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OpeningHours {
    pub week: [Vec<(Minute, Minute)>; 7],
}

/// Consecutive days with the same hours, for saying them in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayGroup {
    pub first_day: usize,
    pub last_day: usize,
    pub ranges: Vec<(Minute, Minute)>,
}

/// Whether a place is open at a moment, or when it opens next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenStatus {
    OpenNow {
        until: Minute,
    },
    /// Opens on `weekday` (0 = Monday), `days_from_now` days later (0 = today).
    OpensLater {
        days_from_now: usize,
        weekday: usize,
        at: Minute,
    },
    NeverOpen,
}

const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

impl OpeningHours {
    /// Parses the subset; `None` for anything outside it.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let mut hours = Self::default();
        for rule in text.split(';').map(str::trim).filter(|r| !r.is_empty()) {
            if rule == "24/7" {
                for day in &mut hours.week {
                    *day = vec![(0, 24 * 60)];
                }
                continue;
            }
            if rule.starts_with("PH") {
                // Public holidays: not shown, the rest of the timetable stays true.
                continue;
            }
            let (days_part, times_part) = match rule.split_once(' ') {
                Some((d, t)) if d.chars().next().is_some_and(|c| c.is_ascii_uppercase()) => {
                    (d, t.trim())
                }
                _ if rule.chars().next().is_some_and(|c| c.is_ascii_digit()) => ("Mo-Su", rule),
                _ => return None,
            };
            let days = parse_days(days_part)?;
            let ranges = if matches!(times_part, "off" | "closed") {
                Vec::new()
            } else {
                times_part
                    .split(',')
                    .map(|r| parse_range(r.trim()))
                    .collect::<Option<Vec<_>>>()?
            };
            for day in days {
                hours.week[day] = ranges.clone();
            }
        }
        Some(hours)
    }

    /// The timetable as groups of consecutive days with the same hours (closed days
    /// left out).
    pub fn groups(&self) -> Vec<DayGroup> {
        let mut groups: Vec<DayGroup> = Vec::new();
        for (day, ranges) in self.week.iter().enumerate() {
            if ranges.is_empty() {
                continue;
            }
            match groups.last_mut() {
                Some(g) if g.last_day + 1 == day && &g.ranges == ranges => g.last_day = day,
                _ => groups.push(DayGroup {
                    first_day: day,
                    last_day: day,
                    ranges: ranges.clone(),
                }),
            }
        }
        groups
    }

    /// Open now, or when next, seen on `weekday` (0 = Monday) at `minute`.
    pub fn status(&self, weekday: usize, minute: Minute) -> OpenStatus {
        let weekday = weekday % 7;
        if let Some((_, end)) = self.week[weekday]
            .iter()
            .find(|(s, e)| *s <= minute && minute < *e)
        {
            return OpenStatus::OpenNow { until: *end };
        }
        for offset in 0..8 {
            let day = (weekday + offset) % 7;
            let next = self.week[day]
                .iter()
                .filter(|(s, _)| offset > 0 || *s > minute)
                .map(|(s, _)| *s)
                .min();
            if let Some(at) = next {
                return OpenStatus::OpensLater {
                    days_from_now: offset,
                    weekday: day,
                    at,
                };
            }
        }
        OpenStatus::NeverOpen
    }
}

fn parse_days(text: &str) -> Option<Vec<usize>> {
    let mut days = Vec::new();
    for part in text.split(',') {
        let day = |d: &str| DAYS.iter().position(|x| *x == d);
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (day(a)?, day(b)?);
                let mut d = a;
                loop {
                    days.push(d);
                    if d == b {
                        break;
                    }
                    d = (d + 1) % 7;
                }
            }
            None => days.push(day(part)?),
        }
    }
    Some(days)
}

fn parse_range(text: &str) -> Option<(Minute, Minute)> {
    let (a, b) = text.split_once('-')?;
    let (a, b) = (parse_time(a)?, parse_time(b)?);
    (a < b).then_some((a, b))
}

fn parse_time(text: &str) -> Option<Minute> {
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (Minute, Minute) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60 && (h < 24 || m == 0)).then_some(h * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00";

    #[test]
    fn groups_days_with_the_same_hours() {
        let hours = OpeningHours::parse(EXAMPLE).unwrap();
        assert_eq!(
            hours.groups(),
            [
                DayGroup {
                    first_day: 0,
                    last_day: 4,
                    ranges: vec![(540, 720), (840, 1110)]
                },
                DayGroup {
                    first_day: 5,
                    last_day: 5,
                    ranges: vec![(510, 720)]
                },
            ]
        );
    }

    #[test]
    fn later_rules_override_earlier_ones() {
        let hours = OpeningHours::parse("Mo-Sa 10:00-18:00; We off; Tu,Th 14:00-17:00").unwrap();
        assert!(hours.week[2].is_empty());
        assert_eq!(hours.week[1], [(840, 1020)]);
        assert_eq!(hours.week[5], [(600, 1080)]);
    }

    #[test]
    fn says_whether_it_is_open_now_or_when_it_opens() {
        let hours = OpeningHours::parse(EXAMPLE).unwrap();
        assert_eq!(hours.status(0, 10 * 60), OpenStatus::OpenNow { until: 720 });
        assert_eq!(
            hours.status(0, 12 * 60 + 30),
            OpenStatus::OpensLater {
                days_from_now: 0,
                weekday: 0,
                at: 840
            }
        );
        assert_eq!(
            hours.status(5, 13 * 60),
            OpenStatus::OpensLater {
                days_from_now: 2,
                weekday: 0,
                at: 540
            }
        );
        assert_eq!(
            OpeningHours::parse("Mo off").unwrap().status(0, 0),
            OpenStatus::NeverOpen
        );
    }

    #[test]
    fn refuses_what_it_does_not_understand_rather_than_guessing() {
        for text in [
            "",
            "Jan-Mar Mo 10:00-12:00",
            "sunrise-sunset",
            "Mo 9h-12h",
            "Mo-Fr 12:00-09:00",
            "Lu-Ve 09:00-12:00",
            "Mo 25:00-26:00",
        ] {
            assert_eq!(OpeningHours::parse(text), None, "{text}");
        }
        assert!(OpeningHours::parse("24/7")
            .unwrap()
            .week
            .iter()
            .all(|d| d == &[(0, 1440)]));
        assert!(OpeningHours::parse("Mo-Fr 09:00-17:00; PH off").is_some());
    }
}
