//! Moments, dates and durations in words, following the language's
//! conventions: "Tue 2026-11-24" in English, "2026年11月24日 周二" in Chinese,
//! "2026年11月24日(火)" in Japanese. The patterns are messages, so each
//! language file says how its dates are written.

use jiff::Zoned;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{I18n, Msg};

/// A date in the language's way: 2026-11-24, 2026年11月24日.
pub fn civil_date(tr: &I18n, date: Date) -> String {
    tr.msg(
        &Msg::new("format-date")
            .arg("year", date.year().to_string())
            .arg("month", format!("{:02}", date.month()))
            .arg("month_n", date.month().to_string())
            .arg("day", format!("{:02}", date.day()))
            .arg("day_n", date.day().to_string()),
    )
}

/// A date in the language's short form, for tables: 2026-11-24, 2026/11/24.
pub fn short_date(tr: &I18n, date: Date) -> String {
    tr.msg(
        &Msg::new("format-date-short")
            .arg("year", date.year().to_string())
            .arg("month", format!("{:02}", date.month()))
            .arg("day", format!("{:02}", date.day())),
    )
}

/// The weekday's short name: Tue, 周二, 週二, 火.
pub fn weekday(tr: &I18n, date: Date) -> String {
    let id = match date.weekday() {
        jiff::civil::Weekday::Monday => msg_id!("format-weekday-1"),
        jiff::civil::Weekday::Tuesday => msg_id!("format-weekday-2"),
        jiff::civil::Weekday::Wednesday => msg_id!("format-weekday-3"),
        jiff::civil::Weekday::Thursday => msg_id!("format-weekday-4"),
        jiff::civil::Weekday::Friday => msg_id!("format-weekday-5"),
        jiff::civil::Weekday::Saturday => msg_id!("format-weekday-6"),
        jiff::civil::Weekday::Sunday => msg_id!("format-weekday-7"),
    };
    tr.t(id)
}

/// A date with its weekday: Tue 2026-11-24, 2026年11月24日(火).
pub fn date_with_weekday(tr: &I18n, date: Date) -> String {
    tr.msg(
        &Msg::new("format-date-weekday")
            .arg("date", civil_date(tr, date))
            .arg("weekday", weekday(tr, date)),
    )
}

/// "2026-11-24 23:59 JST": a moment with its zone's abbreviation.
pub fn moment(tr: &I18n, m: &Zoned) -> String {
    tr.msg(
        &Msg::new("format-moment")
            .arg("date", civil_date(tr, m.date()))
            .arg("time", m.strftime("%H:%M").to_string())
            .arg("zone", zone_name(tr, m)),
    )
}

/// The date of a moment: 2026-11-24, 2026年11月24日.
pub fn date(tr: &I18n, m: &Zoned) -> String {
    civil_date(tr, m.date())
}

/// "Japan time" for Japan, otherwise the zone's abbreviation at that moment ("CET", "UTC").
pub fn zone_name(tr: &I18n, m: &Zoned) -> String {
    if m.time_zone().iana_name() == Some("Asia/Tokyo") {
        tr.t("zone-japan")
    } else {
        m.strftime("%Z").to_string()
    }
}

/// Time zones offered first in menus — Japan's, those of most visitors, and
/// UTC — with the message ids of their place names.
pub const COMMON_ZONES: [(&str, &str); 12] = [
    ("Asia/Tokyo", msg_id!("zone-tokyo")),
    ("Asia/Shanghai", msg_id!("zone-shanghai")),
    ("Asia/Hong_Kong", msg_id!("zone-hong-kong")),
    ("Asia/Taipei", msg_id!("zone-taipei")),
    ("Asia/Seoul", msg_id!("zone-seoul")),
    ("Asia/Singapore", msg_id!("zone-singapore")),
    ("UTC", msg_id!("zone-utc")),
    ("Europe/London", msg_id!("zone-london")),
    ("Europe/Berlin", msg_id!("zone-berlin")),
    ("America/Los_Angeles", msg_id!("zone-los-angeles")),
    ("America/New_York", msg_id!("zone-new-york")),
    ("Australia/Sydney", msg_id!("zone-sydney")),
];

/// The message id of a common zone's place name ("China (Shanghai)").
pub fn zone_label_id(zone: &str) -> Option<&'static str> {
    COMMON_ZONES
        .iter()
        .find(|(name, _)| *name == zone)
        .map(|(_, id)| *id)
}

/// Where a zone's clocks are, for a reader: the place name of a common
/// zone, else its IANA id ("Europe/Paris"), else its offset.
pub fn zone_place(tr: &I18n, zone: &TimeZone) -> String {
    match zone.iana_name() {
        Some(name) => zone_label_id(name).map_or_else(|| name.to_owned(), |id| tr.t(id)),
        None => zone
            .to_fixed_offset()
            .map_or_else(|_| "UTC".to_owned(), |offset| format!("UTC{offset}")),
    }
}

/// Whose clock the times of a text are given for besides the provider's.
#[derive(Debug, Clone, PartialEq)]
pub enum TimesFor {
    /// The person at this computer: "— 15:59 your time" when its zone differs.
    ThisComputer(TimeZone),
    /// Someone reading a file elsewhere: "— 22:59 in China (Shanghai)" for
    /// their zone, named; with none, the provider's time alone.
    Reader(Option<TimeZone>),
}

impl TimesFor {
    /// `m` as a deadline for this reader: its own zone always named.
    pub fn deadline(&self, tr: &I18n, m: &Zoned) -> String {
        match self {
            TimesFor::ThisComputer(local) => deadline(tr, m, local),
            TimesFor::Reader(None) => provider_deadline(tr, m),
            TimesFor::Reader(Some(zone)) => {
                let Some(local) = other_clock(tr, m, zone) else {
                    return provider_deadline(tr, m);
                };
                tr.msg(
                    &Msg::new("deadline-reader")
                        .arg("provider", provider_deadline(tr, m))
                        .arg("local", local)
                        .arg("place", zone_place(tr, zone)),
                )
            }
        }
    }
}

/// "Tue 2026-11-24 23:59 Japan time": the moment in its own zone, named.
fn provider_deadline(tr: &I18n, m: &Zoned) -> String {
    tr.msg(
        &Msg::new("format-deadline")
            .arg("date", date_with_weekday(tr, m.date()))
            .arg("time", m.strftime("%H:%M").to_string())
            .arg("zone", zone_name(tr, m)),
    )
}

/// The clock in `zone` at `m` ("22:59", with the date when it differs), or
/// `None` when it reads the same as the provider's.
fn other_clock(tr: &I18n, m: &Zoned, zone: &TimeZone) -> Option<String> {
    let here = m.with_time_zone(zone.clone());
    if here.offset() == m.offset() {
        return None;
    }
    let time = here.strftime("%H:%M").to_string();
    Some(if here.date() == m.date() {
        time
    } else {
        format!("{} {time}", date_with_weekday(tr, here.date()))
    })
}

/// "Tue 2026-11-24 23:59 Japan time", and when the laptop's zone differs,
/// "— 22:59 your time" (with the date when that differs too).
pub fn deadline(tr: &I18n, m: &Zoned, local: &TimeZone) -> String {
    let provider = provider_deadline(tr, m);
    match other_clock(tr, m, local) {
        None => provider,
        Some(local) => tr.msg(
            &Msg::new("deadline-both")
                .arg("provider", provider)
                .arg("local", local),
        ),
    }
}

/// "in 2 days 5 hours", "in 3 hours 20 minutes", "2 days 5 hours ago".
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
        msg_id!("countdown-in")
    } else {
        msg_id!("countdown-ago")
    };
    tr.msg(&Msg::new(id).arg("span", span))
}

/// A file's size for reading: "820 bytes", "4.2 KB", "37 KB", "1.5 MB".
pub fn file_size(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    let scaled = |unit: u64, name: &str| {
        // Tenths, rounded: one decimal below 10, none above.
        let tenths = (bytes * 10 + unit / 2) / unit;
        if tenths < 100 {
            format!("{}.{} {name}", tenths / 10, tenths % 10)
        } else {
            format!("{} {name}", (tenths + 5) / 10)
        }
    };
    if bytes < KB {
        format!("{bytes} bytes")
    } else if bytes < MB {
        scaled(KB, "KB")
    } else {
        scaled(MB, "MB")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, english};

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
    fn dates_follow_the_language() {
        let end = at("2026-11-24T23:59:00+09:00[Asia/Tokyo]");
        let shanghai = TimeZone::get("Asia/Shanghai").unwrap();
        let zh = I18n::new(Lang::ZhHans);
        assert_eq!(date(&zh, &end), "2026年11月24日");
        assert_eq!(
            deadline(&zh, &end, &shanghai),
            "2026年11月24日 周二 23:59 日本时间（你的时间 22:59）"
        );
        let hant = I18n::new(Lang::ZhHant);
        assert_eq!(date_with_weekday(&hant, end.date()), "2026年11月24日 週二");
        let ja = I18n::new(Lang::Ja);
        assert_eq!(date_with_weekday(&ja, end.date()), "2026年11月24日(火)");
        assert_eq!(
            civil_date(&ja, jiff::civil::date(2026, 2, 3)),
            "2026年2月3日"
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
            "1 day 2 hours ago"
        );
    }
}
