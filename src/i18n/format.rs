//! Moments, dates and durations in words, in the language of the translations.

use jiff::Zoned;
use jiff::tz::TimeZone;

use super::{I18n, Msg};

/// "2026-11-24 23:59 JST": a moment with its zone's abbreviation.
pub fn moment(_tr: &I18n, m: &Zoned) -> String {
    m.strftime("%Y-%m-%d %H:%M %Z").to_string()
}

/// "2026-11-24".
pub fn date(_tr: &I18n, m: &Zoned) -> String {
    m.date().to_string()
}

/// "Japan time" for Japan, otherwise the zone's abbreviation at that moment ("CET", "UTC").
pub fn zone_name(tr: &I18n, m: &Zoned) -> String {
    if m.time_zone().iana_name() == Some("Asia/Tokyo") {
        tr.t("zone-japan")
    } else {
        m.strftime("%Z").to_string()
    }
}

/// "Tue 2026-11-24 23:59 Japan time", and when the laptop's zone differs,
/// "— 22:59 your time" (with the date when that differs too).
pub fn deadline(tr: &I18n, m: &Zoned, local: &TimeZone) -> String {
    let provider = format!("{} {}", m.strftime("%a %Y-%m-%d %H:%M"), zone_name(tr, m));
    let here = m.with_time_zone(local.clone());
    if here.offset() == m.offset() {
        return provider;
    }
    let local_text = if here.date() == m.date() {
        here.strftime("%H:%M").to_string()
    } else {
        here.strftime("%a %Y-%m-%d %H:%M").to_string()
    };
    tr.msg(
        &Msg::new("deadline-both")
            .arg("provider", provider)
            .arg("local", local_text),
    )
}

/// "in 2 days 5 hours", "in 3 hours 20 minutes", "overdue by 1 day 2 hours".
pub fn countdown(tr: &I18n, now: &Zoned, then: &Zoned) -> String {
    let seconds = then.timestamp().as_second() - now.timestamp().as_second();
    let minutes = seconds.abs() / 60;
    let (days, hours, mins) = (minutes / (24 * 60), (minutes / 60) % 24, minutes % 60);
    let span = if days > 0 {
        Msg::new("span-days-hours")
            .arg("days", days)
            .arg("hours", hours)
    } else if hours > 0 {
        Msg::new("span-hours-minutes")
            .arg("hours", hours)
            .arg("minutes", mins)
    } else {
        Msg::new("span-minutes").arg("minutes", mins)
    };
    let id = if seconds >= 0 {
        "countdown-in"
    } else {
        "countdown-overdue"
    };
    tr.msg(&Msg::new(id).arg("span", span))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::english;

    fn at(text: &str) -> Zoned {
        text.parse().unwrap()
    }

    #[test]
    fn deadlines_show_both_zones_when_they_differ() {
        let tr = english();
        let end = at("2026-11-24T23:59:00+09:00[Asia/Tokyo]");
        let berlin = TimeZone::get("Europe/Berlin").unwrap();
        assert_eq!(
            deadline(tr, &end, &berlin),
            "Tue 2026-11-24 23:59 Japan time — 15:59 your time"
        );
        let la = TimeZone::get("America/Los_Angeles").unwrap();
        assert_eq!(
            deadline(tr, &end, &la),
            "Tue 2026-11-24 23:59 Japan time — 06:59 your time"
        );
        let tokyo = TimeZone::get("Asia/Tokyo").unwrap();
        assert_eq!(
            deadline(tr, &end, &tokyo),
            "Tue 2026-11-24 23:59 Japan time"
        );
        let shanghai_end = at("2026-11-30T23:59:00+08:00[Asia/Shanghai]");
        assert_eq!(
            deadline(tr, &shanghai_end, &tokyo),
            "Mon 2026-11-30 23:59 CST — Tue 2026-12-01 00:59 your time"
        );
    }

    #[test]
    fn countdowns_in_words() {
        let tr = english();
        let now = at("2026-11-22T10:00:00+09:00[Asia/Tokyo]");
        let c = |s: &str| countdown(tr, &now, &at(s));
        assert_eq!(
            c("2026-11-24T15:30:00+09:00[Asia/Tokyo]"),
            "in 2 days 5 hours"
        );
        assert_eq!(
            c("2026-11-23T10:00:00+09:00[Asia/Tokyo]"),
            "in 1 day 0 hours"
        );
        assert_eq!(
            c("2026-11-22T13:20:00+09:00[Asia/Tokyo]"),
            "in 3 hours 20 minutes"
        );
        assert_eq!(c("2026-11-22T10:01:00+09:00[Asia/Tokyo]"), "in 1 minute");
        assert_eq!(
            c("2026-11-21T08:00:00+09:00[Asia/Tokyo]"),
            "overdue by 1 day 2 hours"
        );
    }
}
