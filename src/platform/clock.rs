//! The time: now, and a moment in the device's local time zone.

use domain::site::local_time::LocalDateTime;

/// Milliseconds since 1970 (UTC).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The local date and time of a moment.
pub fn local(ms: f64) -> LocalDateTime {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    LocalDateTime {
        year: date.get_full_year() as i32,
        month: date.get_month() + 1,
        day: date.get_date(),
        hour: date.get_hours(),
        minute: date.get_minutes(),
        weekday: (date.get_day() + 6) % 7,
    }
}
