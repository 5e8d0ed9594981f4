//! Opening hours and moments in words, in the language in use: "du lundi au vendredi,
//! de 9 h à 12 h et de 14 h à 18 h 30 ; le samedi, de 8 h 30 à 12 h", "Ouvre mardi à
//! 9 h".

use super::i18n::I18n;
use crate::domain::catalog::opening_hours::{Minute, OpenStatus, OpeningHours};

/// "9 h", "18 h 30" (or "9:00", "18:30").
pub fn time_text(i18n: &I18n, minute: Minute) -> String {
    let (h, m) = (minute / 60, minute % 60);
    if m == 0 {
        i18n.format("time.format_hour", &[("h", &h.to_string())])
    } else {
        i18n.format(
            "time.format",
            &[("h", &h.to_string()), ("mm", &format!("{m:02}"))],
        )
    }
}

pub fn day_name(i18n: &I18n, weekday: usize) -> String {
    i18n.t(&format!("day.{}", weekday % 7))
}

/// The whole week in words.
pub fn describe(i18n: &I18n, hours: &OpeningHours) -> String {
    hours
        .groups()
        .iter()
        .map(|group| {
            let days = if group.first_day == group.last_day {
                i18n.format(
                    "hours.one_day",
                    &[("day", &day_name(i18n, group.first_day))],
                )
            } else {
                i18n.format(
                    "hours.days_range",
                    &[
                        ("first", &day_name(i18n, group.first_day)),
                        ("last", &day_name(i18n, group.last_day)),
                    ],
                )
            };
            let ranges = group
                .ranges
                .iter()
                .map(|(from, to)| {
                    i18n.format(
                        "hours.range",
                        &[
                            ("from", &time_text(i18n, *from)),
                            ("to", &time_text(i18n, *to)),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join(&i18n.t("hours.and"));
            format!("{days}, {ranges}")
        })
        .collect::<Vec<_>>()
        .join(&i18n.t("hours.separator"))
}

/// "Ouvert maintenant, jusqu'à 12 h." / "Ouvre mardi à 9 h."
pub fn status_text(i18n: &I18n, status: OpenStatus) -> Option<String> {
    Some(match status {
        OpenStatus::OpenNow { until } => {
            i18n.format("next.hours.open_now", &[("time", &time_text(i18n, until))])
        }
        OpenStatus::OpensLater {
            days_from_now: 0,
            at,
            ..
        } => i18n.format("next.hours.opens_today", &[("time", &time_text(i18n, at))]),
        OpenStatus::OpensLater {
            days_from_now: 1,
            at,
            ..
        } => i18n.format(
            "next.hours.opens_tomorrow",
            &[("time", &time_text(i18n, at))],
        ),
        OpenStatus::OpensLater { weekday, at, .. } => i18n.format(
            "next.hours.opens_on",
            &[
                ("day", &day_name(i18n, weekday)),
                ("time", &time_text(i18n, at)),
            ],
        ),
        OpenStatus::NeverOpen => return None,
    })
}
