//! Every wording of a moment, a duration or opening hours, in the language in use and
//! in one place: "10 h", "18 h 30", "le 3 décembre à 14 h", "Vous avez commencé
//! aujourd'hui à 10 h 12", "du lundi au vendredi, de 9 h à 12 h", "Ouvre mardi à 9 h".
//! A time on the hour is always said without minutes ("10 h", never "10 h 00").

use crate::catalog::opening_hours::{Minute, OpenStatus, OpeningHours};
use crate::messages::Messages;
use crate::site::local_time::{day_word, DayWord, LocalDateTime};

/// "9 h", "18 h 30" (or "9:00", "18:30").
pub fn time_text(m: &Messages, minute: Minute) -> String {
    let (h, mm) = (minute / 60, minute % 60);
    if mm == 0 {
        m.format("time.format_hour", &[("h", &h.to_string())])
    } else {
        m.format(
            "time.format",
            &[("h", &h.to_string()), ("mm", &format!("{mm:02}"))],
        )
    }
}

/// "lundi" for 0 … "dimanche" for 6.
pub fn day_name(m: &Messages, weekday: usize) -> String {
    m.text(&format!("day.{}", weekday % 7)).to_owned()
}

/// "3 décembre".
pub fn date_text(m: &Messages, day: u32, month: u32) -> String {
    let month = m.text(&format!("month.{month}")).to_owned();
    m.format(
        "date.format",
        &[("day", &day.to_string()), ("month", &month)],
    )
}

/// "3 décembre 2026", the date of a printed sheet.
pub fn full_date_text(m: &Messages, moment: &LocalDateTime) -> String {
    format!("{} {}", date_text(m, moment.day, moment.month), moment.year)
}

/// "le 3 décembre à 14 h" from a workshop date, "2026-12-03T14:00".
pub fn date_time_text(m: &Messages, iso: &str) -> String {
    let number = |range: std::ops::Range<usize>| {
        iso.get(range)
            .and_then(|s| s.parse::<u16>().ok())
            .unwrap_or(0)
    };
    let date = date_text(m, u32::from(number(8..10)), u32::from(number(5..7)));
    let time = time_text(m, number(11..13) * 60 + number(14..16));
    m.format("next.date_time", &[("date", &date), ("time", &time)])
}

/// "Vous avez commencé aujourd'hui à 10 h 12." (or "hier", or "le 24 novembre").
pub fn started_phrase(
    m: &Messages,
    then: &LocalDateTime,
    today: &LocalDateTime,
    yesterday: &LocalDateTime,
) -> String {
    let minute = (then.hour * 60 + then.minute) as Minute;
    let time = time_text(m, minute);
    match day_word(then, today, yesterday) {
        DayWord::Today => m.format("welcome.started.today", &[("time", &time)]),
        DayWord::Yesterday => m.format("welcome.started.yesterday", &[("time", &time)]),
        DayWord::OnDate => m.format(
            "welcome.started.on_date",
            &[
                ("date", &date_text(m, then.day, then.month)),
                ("time", &time),
            ],
        ),
    }
}

/// How long progress stays on this device: "pendant 24 heures", or never, or on a
/// kiosk not after the visit.
pub fn kept_for(m: &Messages, kiosk: bool, hours: u32) -> String {
    match (kiosk, hours) {
        (true, _) => m.text("privacy.how_long_kiosk").to_owned(),
        (false, 0) => m.text("privacy.how_long_never").to_owned(),
        (false, hours) => m.format("privacy.how_long", &[("hours", &hours.to_string())]),
    }
}

/// The whole week in words: "du lundi au vendredi, de 9 h à 12 h et de 14 h à 18 h 30".
pub fn describe_hours(m: &Messages, hours: &OpeningHours) -> String {
    hours
        .groups()
        .iter()
        .map(|group| {
            let days = if group.first_day == group.last_day {
                m.format("hours.one_day", &[("day", &day_name(m, group.first_day))])
            } else {
                m.format(
                    "hours.days_range",
                    &[
                        ("first", &day_name(m, group.first_day)),
                        ("last", &day_name(m, group.last_day)),
                    ],
                )
            };
            let ranges = group
                .ranges
                .iter()
                .map(|(from, to)| {
                    m.format(
                        "hours.range",
                        &[("from", &time_text(m, *from)), ("to", &time_text(m, *to))],
                    )
                })
                .collect::<Vec<_>>()
                .join(m.text("hours.and"));
            format!("{days}, {ranges}")
        })
        .collect::<Vec<_>>()
        .join(m.text("hours.separator"))
}

/// "Ouvert maintenant, jusqu'à 12 h." / "Ouvre mardi à 9 h."; nothing for a place that
/// never opens.
pub fn status_text(m: &Messages, status: OpenStatus) -> Option<String> {
    Some(match status {
        OpenStatus::OpenNow { until } => {
            m.format("next.hours.open_now", &[("time", &time_text(m, until))])
        }
        OpenStatus::OpensLater {
            days_from_now: 0,
            at,
            ..
        } => m.format("next.hours.opens_today", &[("time", &time_text(m, at))]),
        OpenStatus::OpensLater {
            days_from_now: 1,
            at,
            ..
        } => m.format("next.hours.opens_tomorrow", &[("time", &time_text(m, at))]),
        OpenStatus::OpensLater { weekday, at, .. } => m.format(
            "next.hours.opens_on",
            &[("day", &day_name(m, weekday)), ("time", &time_text(m, at))],
        ),
        OpenStatus::NeverOpen => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn french() -> Messages {
        crate::messages::fixtures::french()
    }

    fn at(day: u32, hour: u32, minute: u32) -> LocalDateTime {
        LocalDateTime {
            year: 2026,
            month: 12,
            day,
            hour,
            minute,
            weekday: 0,
        }
    }

    #[test]
    fn a_time_on_the_hour_is_said_without_minutes_everywhere() {
        let m = french();
        assert_eq!(time_text(&m, 10 * 60), "10 h");
        assert_eq!(time_text(&m, 18 * 60 + 5), "18 h 05");
        let (today, yesterday) = (at(3, 16, 0), at(2, 16, 0));
        assert_eq!(
            started_phrase(&m, &at(3, 10, 0), &today, &yesterday),
            "Vous avez commencé aujourd'hui à 10 h."
        );
        assert_eq!(
            started_phrase(&m, &at(2, 9, 30), &today, &yesterday),
            "Vous avez commencé hier à 9 h 30."
        );
        assert_eq!(
            started_phrase(&m, &at(1, 14, 0), &today, &yesterday),
            "Vous avez commencé le 1 décembre à 14 h."
        );
        assert_eq!(
            date_time_text(&m, "2026-12-03T14:00"),
            "le 3 décembre à 14 h"
        );
    }

    #[test]
    fn the_sheet_is_dated_with_the_year() {
        assert_eq!(full_date_text(&french(), &at(3, 9, 0)), "3 décembre 2026");
    }

    #[test]
    fn opening_hours_read_as_a_sentence() {
        let m = french();
        let hours = OpeningHours::parse("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00").unwrap();
        assert_eq!(
            describe_hours(&m, &hours),
            "du lundi au vendredi, de 9 h à 12 h et de 14 h à 18 h 30\u{a0}; le samedi, de 8 h 30 à 12 h"
        );
        assert_eq!(status_text(&m, OpenStatus::NeverOpen), None);
    }

    #[test]
    fn how_long_progress_is_kept_depends_on_the_mode_and_the_setting() {
        let m = french();
        assert_eq!(kept_for(&m, true, 24), m.text("privacy.how_long_kiosk"));
        assert_eq!(kept_for(&m, false, 0), m.text("privacy.how_long_never"));
        assert!(kept_for(&m, false, 24).contains("24"));
    }
}
