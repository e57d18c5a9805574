//! The dates confirmations write: 2026-11-22, 2026/11/22, 2026.11.22,
//! 2026年11月22日, 16/12/2026, "November 22, 2026", "22 Nov 2026",
//! "Thu, Dec 3, 2026", with a time ("23:59", "11:59 PM", "下午3:12") and a
//! zone (JST, 日本時間, HKT, 北京时间, GMT+8, UTC+9, +09:00) when they give one.

use jiff::Zoned;
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{Offset, TimeZone};

use super::Until;

/// A date found in a text, with its time and zone when written, and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Dated {
    /// The day.
    pub date: Date,
    /// The moment, when a time and a zone follow the day.
    pub moment: Option<Zoned>,
    /// Where it starts and ends in the text (bytes, time and zone included).
    pub start: usize,
    /// See `start`.
    pub end: usize,
}

impl Dated {
    /// As a validity end: the moment when known, else the day.
    pub(super) fn until(&self) -> Until {
        match &self.moment {
            Some(moment) => Until::Moment(moment.clone()),
            None => Until::Day(self.date),
        }
    }
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Every date in `text`, in order.
pub(super) fn dates_in(text: &str) -> Vec<Dated> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let previous = text[..at].chars().next_back();
        let c = rest.chars().next().unwrap_or(' ');
        let parsed = if c.is_ascii_digit() && !previous.is_some_and(|p| p.is_ascii_alphanumeric()) {
            numeric(rest).or_else(|| day_month_year(rest))
        } else if c.is_ascii_alphabetic() && !previous.is_some_and(|p| p.is_ascii_alphabetic()) {
            month_day_year(rest)
        } else {
            None
        };
        match parsed {
            Some((date, len)) => {
                let (moment, time_len) = time_and_zone(date, &rest[len..]);
                found.push(Dated {
                    date,
                    moment,
                    start: at,
                    end: at + len + time_len,
                });
                at += len + time_len;
            }
            None => at += c.len_utf8(),
        }
    }
    found
}

/// The first date of `value`, when it starts it (a weekday may come first).
pub(super) fn day_at_start(value: &str) -> Option<Dated> {
    let first = dates_in(value).into_iter().next()?;
    let before = value[..first.start]
        .trim()
        .trim_end_matches(',')
        .to_ascii_lowercase();
    let weekday_only = before.is_empty()
        || ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
            .iter()
            .any(|day| {
                before.starts_with(day)
                    && before.len() <= 9
                    && before.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
            });
    weekday_only.then_some(first)
}

/// The digits at the start of `text`, at most `max` of them.
fn digits(text: &str, max: usize) -> Option<(u32, usize)> {
    let len = text.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > max {
        return None;
    }
    Some((text[..len].parse().ok()?, len))
}

/// "2026-11-22", "2026/11/22", "2026.11.22", "2026年11月22日", "16/12/2026".
fn numeric(text: &str) -> Option<(Date, usize)> {
    let (first, mut len) = digits(text, 4)?;
    let first_len = len;
    let sep = |text: &str, allowed: &[&str]| -> Option<usize> {
        let trimmed = text.trim_start_matches(' ');
        let spaces = text.len() - trimmed.len();
        allowed.iter().find(|s| trimmed.starts_with(*s)).map(|s| {
            spaces
                + s.len()
                + (trimmed[s.len()..].len() - trimmed[s.len()..].trim_start_matches(' ').len())
        })
    };
    let s1 = sep(&text[len..], &["-", "/", ".", "年"])?;
    let kanji = text[len..].trim_start().starts_with('年');
    len += s1;
    let (second, l2) = digits(&text[len..], 2)?;
    len += l2;
    let s2 = sep(&text[len..], if kanji { &["月"] } else { &["-", "/", "."] })?;
    let same_sep = kanji
        || text[len..].trim_start().chars().next() == text[first_len..].trim_start().chars().next();
    if !same_sep {
        return None;
    }
    len += s2;
    let (third, l3) = digits(&text[len..], 4)?;
    len += l3;
    if kanji && text[len..].starts_with('日') {
        len += '日'.len_utf8();
    }
    let (year, month, day) = if first_len == 4 {
        (first, second, third)
    } else if l3 == 4 && !kanji {
        // Day first where the day says so (16/12/2026), else month first (12/16/2026).
        if first > 12 {
            (third, second, first)
        } else if second > 12 {
            (third, first, second)
        } else {
            (third, second, first)
        }
    } else {
        return None;
    };
    // "2026-12-08T…" and "2026/12/081" are not read as more digits.
    if text[len..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let date = Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()?;
    Some((date, len))
}

/// The month of an English month word ("Dec", "December").
fn month_of(word: &str) -> Option<i8> {
    let lower = word.to_ascii_lowercase();
    if lower.len() < 3 {
        return None;
    }
    let at = MONTHS.iter().position(|m| lower.starts_with(m))?;
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ][at];
    let plain = full.starts_with(&lower) || lower == "sept" || lower == "sept.";
    if !plain {
        return None;
    }
    i8::try_from(at + 1).ok()
}

/// An ASCII word at the start of `text` and its length.
fn word(text: &str) -> (&str, usize) {
    let len = text
        .bytes()
        .take_while(|b| b.is_ascii_alphabetic() || *b == b'.')
        .count();
    (&text[..len], len)
}

/// What separates the parts of an English date: spaces and a comma.
fn gap(text: &str) -> usize {
    text.len() - text.trim_start_matches([' ', ',']).len()
}

/// "Dec 9, 2026", "December 2, 2026".
fn month_day_year(text: &str) -> Option<(Date, usize)> {
    let (month_word, mut len) = word(text);
    let month = month_of(month_word.trim_end_matches('.'))?;
    let g = gap(&text[len..]);
    if g == 0 {
        return None;
    }
    len += g;
    let (day, l) = digits(&text[len..], 2)?;
    len += l;
    for suffix in ["st", "nd", "rd", "th"] {
        if text[len..].starts_with(suffix) {
            len += 2;
        }
    }
    let g = gap(&text[len..]);
    if g == 0 {
        return None;
    }
    len += g;
    let (year, l) = digits(&text[len..], 4)?;
    if l != 4 {
        return None;
    }
    len += l;
    let date = Date::new(i16::try_from(year).ok()?, month, i8::try_from(day).ok()?).ok()?;
    Some((date, len))
}

/// "9 December 2026", "18 Dec 2026", "20th January 2027".
fn day_month_year(text: &str) -> Option<(Date, usize)> {
    let (day, mut len) = digits(text, 2)?;
    for suffix in ["st", "nd", "rd", "th"] {
        if text[len..].starts_with(suffix) {
            len += 2;
        }
    }
    let g = gap(&text[len..]);
    if g == 0 {
        return None;
    }
    len += g;
    let (month_word, l) = word(&text[len..]);
    let month = month_of(month_word.trim_end_matches('.'))?;
    len += l;
    let g = gap(&text[len..]);
    if g == 0 {
        return None;
    }
    len += g;
    let (year, l) = digits(&text[len..], 4)?;
    if l != 4 {
        return None;
    }
    len += l;
    let date = Date::new(i16::try_from(year).ok()?, month, i8::try_from(day).ok()?).ok()?;
    Some((date, len))
}

/// A time and a zone after a date, as a moment (with no zone, none), and
/// how much of `text` they take.
fn time_and_zone(date: Date, text: &str) -> (Option<Zoned>, usize) {
    let mut len = 0;
    // ", ", " at ", "T", "(土)", "（土）", "周日": what may stand between a date and its time.
    loop {
        let rest = &text[len..];
        let skip = if rest.starts_with([' ', ',']) {
            1
        } else if rest.starts_with("at ") {
            3
        } else if rest.starts_with('T') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
            1
        } else if let Some(paren) = weekday_in_brackets(rest) {
            paren
        } else {
            chinese_weekday(rest).unwrap_or_default()
        };
        if skip == 0 {
            break;
        }
        len += skip;
    }
    // "20 December 2026 (23:59 JST)": a time in brackets.
    let bracket = ["(", "（"].into_iter().find(|b| {
        text[len..].starts_with(b)
            && text[len + b.len()..].starts_with(|c: char| c.is_ascii_digit())
    });
    if let Some(open) = bracket {
        len += open.len();
    }
    let rest = &text[len..];
    let (pm_before, rest, before_len) = if let Some(r) = rest.strip_prefix("下午") {
        (true, r, "下午".len())
    } else if let Some(r) = rest.strip_prefix("上午") {
        (false, r, "上午".len())
    } else {
        (false, rest, 0)
    };
    let Some((time, time_len)) = clock(rest, pm_before) else {
        return (None, 0);
    };
    let used = len + before_len + time_len;
    let (offset, mut zone_len) = zone(&text[used..]);
    if bracket.is_some() {
        let after = &text[used + zone_len..];
        for close in [")", "）"] {
            if after.starts_with(close) {
                zone_len += close.len();
            }
        }
    }
    match offset {
        Some(offset) => {
            let moment = DateTime::from_parts(date, time)
                .to_zoned(TimeZone::fixed(offset))
                .ok();
            (moment, used + zone_len)
        }
        None => (None, used),
    }
}

/// "(土)", "（土）", "(Sat)": a weekday in brackets.
fn weekday_in_brackets(text: &str) -> Option<usize> {
    for (open, close) in [('(', ')'), ('（', '）')] {
        if let Some(inner) = text.strip_prefix(open)
            && let Some(end) = inner.find(close)
            && inner[..end].chars().count() <= 3
            && !inner[..end].chars().any(|c| c.is_ascii_digit())
        {
            return Some(open.len_utf8() + end + close.len_utf8());
        }
    }
    None
}

/// "周日", "週六", "星期一".
fn chinese_weekday(text: &str) -> Option<usize> {
    for prefix in ["星期", "周", "週"] {
        if let Some(rest) = text.strip_prefix(prefix)
            && let Some(day) = rest.chars().next()
            && "一二三四五六日天".contains(day)
        {
            return Some(prefix.len() + day.len_utf8());
        }
    }
    None
}

/// "23:59", "23:59:59", "11:59 PM", "23時59分", "23点59分" at the start of `text`.
fn clock(text: &str, pm: bool) -> Option<(Time, usize)> {
    let (hour, mut len) = digits(text, 2)?;
    for (hour_mark, minute_mark) in [("時", "分"), ("时", "分"), ("点", "分")] {
        if let Some(rest) = text[len..].strip_prefix(hour_mark) {
            let (minute, l) = digits(rest, 2)?;
            let after = &rest[l..];
            let tail = if after.starts_with(minute_mark) {
                minute_mark.len()
            } else {
                0
            };
            let time =
                Time::new(i8::try_from(hour).ok()?, i8::try_from(minute).ok()?, 0, 0).ok()?;
            return Some((time, len + hour_mark.len() + l + tail));
        }
    }
    let rest = text[len..].strip_prefix(':')?;
    len += 1;
    let (minute, l) = digits(rest, 2)?;
    if l != 2 {
        return None;
    }
    len += 2;
    let mut second = 0;
    if let Some(rest) = text[len..].strip_prefix(':')
        && let Some((s, 2)) = digits(rest, 2)
    {
        second = s;
        len += 3;
    }
    let mut hour = hour;
    let after = text[len..].trim_start();
    let skipped = text[len..].len() - after.len();
    let upper = after.get(..2).map(str::to_ascii_uppercase);
    if upper.as_deref() == Some("PM") {
        if hour < 12 {
            hour += 12;
        }
        len += skipped + 2;
    } else if upper.as_deref() == Some("AM") {
        if hour == 12 {
            hour = 0;
        }
        len += skipped + 2;
    } else if pm && hour < 12 {
        hour += 12;
    }
    let time = Time::new(
        i8::try_from(hour).ok()?,
        i8::try_from(minute).ok()?,
        i8::try_from(second).ok()?,
        0,
    )
    .ok()?;
    Some((time, len))
}

/// Zones written after a time, and their offsets in hours.
const ZONES: &[(&str, i32)] = &[
    ("Japan Standard Time", 9),
    ("Japan time", 9),
    ("Tokyo time", 9),
    ("Hong Kong time", 8),
    ("Beijing time", 8),
    ("China Standard Time", 8),
    ("Taipei time", 8),
    ("JST", 9),
    ("日本時間", 9),
    ("日本时间", 9),
    ("東京時間", 9),
    ("KST", 9),
    ("HKT", 8),
    ("香港時間", 8),
    ("香港时间", 8),
    ("北京时间", 8),
    ("北京時間", 8),
    ("台北時間", 8),
    ("台灣時間", 8),
    ("台湾时间", 8),
    ("SGT", 8),
];

/// A zone at the start of `text` (in brackets or not), and how much it takes.
fn zone(text: &str) -> (Option<Offset>, usize) {
    let trimmed = text.trim_start();
    let mut len = text.len() - trimmed.len();
    let (inner, close) = if let Some(inner) = trimmed.strip_prefix('(') {
        (inner, ")")
    } else if let Some(inner) = trimmed.strip_prefix('（') {
        (inner, "）")
    } else {
        (trimmed, "")
    };
    let open = trimmed.len() - inner.len();
    let inner = inner.trim_start();
    for &(name, hours) in ZONES {
        if inner
            .get(..name.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(name))
        {
            let after = &inner[name.len()..];
            let close_len = if !close.is_empty() && after.trim_start().starts_with(close) {
                after.len() - after.trim_start().len() + close.len()
            } else {
                0
            };
            len += open + name.len() + close_len;
            return (Offset::from_hours(hours.try_into().unwrap_or(0)).ok(), len);
        }
    }
    let upper: String = inner
        .chars()
        .take(12)
        .collect::<String>()
        .to_ascii_uppercase();
    let (base, rest) = if upper.starts_with("UTC") || upper.starts_with("GMT") {
        (3, &inner[3..])
    } else if inner.starts_with(['+', '-']) {
        (0, inner)
    } else {
        return (None, 0);
    };
    let (offset, offset_len) = explicit_offset(rest).unwrap_or((Offset::UTC, 0));
    let after = &rest[offset_len..];
    let close_len = if !close.is_empty() && after.trim_start().starts_with(close) {
        after.len() - after.trim_start().len() + close.len()
    } else {
        0
    };
    if base == 0 && offset_len == 0 {
        return (None, 0);
    }
    len += open + base + offset_len + close_len;
    (Some(offset), len)
}

/// "+09:00", "+0900", "+9", "+8" and their length.
fn explicit_offset(text: &str) -> Option<(Offset, usize)> {
    let sign: i32 = match text.chars().next()? {
        '+' => 1,
        '-' => -1,
        _ => return None,
    };
    let after = &text[1..];
    let hours_len = after.bytes().take_while(u8::is_ascii_digit).count();
    let (hours, minutes, len): (i32, i32, usize) = match hours_len {
        1 | 2 => {
            let hours = after[..hours_len].parse().ok()?;
            match after[hours_len..].strip_prefix(':') {
                Some(rest) if rest.bytes().take_while(u8::is_ascii_digit).count() == 2 => {
                    (hours, rest[..2].parse().ok()?, 1 + hours_len + 3)
                }
                _ => (hours, 0, 1 + hours_len),
            }
        }
        4 => (after[..2].parse().ok()?, after[2..4].parse().ok()?, 1 + 4),
        _ => return None,
    };
    if hours > 14 {
        return None;
    }
    Some((
        Offset::from_seconds(sign * (hours * 3600 + minutes * 60)).ok()?,
        len,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(text: &str) -> Vec<String> {
        dates_in(text)
            .into_iter()
            .map(|d| match d.moment {
                Some(m) => m.timestamp().display_with_offset(m.offset()).to_string(),
                None => d.date.to_string(),
            })
            .collect()
    }

    #[test]
    fn the_forms_sellers_write_are_read() {
        assert_eq!(days("2026年12月9日"), ["2026-12-09"]);
        assert_eq!(
            days("2026/12/01～2026/12/08（8日間）"),
            ["2026-12-01", "2026-12-08"]
        );
        assert_eq!(
            days("Dec 10, 2026 to Dec 17, 2026"),
            ["2026-12-10", "2026-12-17"]
        );
        assert_eq!(days("Thu, Dec 3, 2026 at 9:14 AM"), ["2026-12-03"]);
        assert_eq!(
            days("8 January 2027, 23:59 JST"),
            ["2027-01-08T23:59:00+09:00"]
        );
        assert_eq!(
            days("2026-12-24 23:59（北京时间）"),
            ["2026-12-24T23:59:00+08:00"]
        );
        assert_eq!(
            days("Dec 30, 2026 11:59 PM JST"),
            ["2026-12-30T23:59:00+09:00"]
        );
        assert_eq!(
            days("Dec 30, 2026 23:59 (UTC+8)"),
            ["2026-12-30T23:59:00+08:00"]
        );
        assert_eq!(
            days("2026-12-16 23:59（GMT+8）"),
            ["2026-12-16T23:59:00+08:00"]
        );
        assert_eq!(days("12 Dec 2026 23:59 HKT"), ["2026-12-12T23:59:00+08:00"]);
        assert_eq!(
            days("2026-12-18 23:59 (JST)"),
            ["2026-12-18T23:59:00+09:00"]
        );
        assert_eq!(days("2026年12月12日(土)〜"), ["2026-12-12"]);
        assert_eq!(days("16/12/2026"), ["2026-12-16"]);
        assert_eq!(
            days("2027年1月15日 23時59分（日本時間）"),
            ["2027-01-15T23:59:00+09:00"]
        );
        assert_eq!(
            days("1 Jan 2027 23:59 Japan time (GMT+9)"),
            ["2027-01-01T23:59:00+09:00"]
        );
        assert_eq!(days("Use it before 20th January 2027."), ["2027-01-20"]);
        assert_eq!(days("2026-12-02 10:15"), ["2026-12-02"]);
        assert!(days("SF0000000000000 3GB 2,980").is_empty());
    }
}
