//! The dates an e-mail writes: 2026-11-22, 2026/11/22, 2026年11月22日,
//! "November 22, 2026", "22 Nov 2026", with a time ("9:00 PM") and a zone
//! (JST, 北京时间, GMT+9, +09:00) when it gives them.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{Offset, TimeZone};

use super::Until;

/// A day written as 2026-11-22, 2026/11/22, 2026年11月22日 or "November 22, 2026".
pub(super) fn parse_day(value: &str) -> Option<Date> {
    day_and_rest(value).map(|(date, _)| date)
}

/// A day at the start of `value` and what follows it.
fn day_and_rest(value: &str) -> Option<(Date, &str)> {
    let value = value.trim_start();
    let numbers: Vec<(usize, usize)> = number_spans(value, 3);
    if let [(ys, ye), (ms, me), (ds, de)] = numbers[..]
        && ye - ys == 4
        && ys == 0
    {
        let between = |a: usize, b: usize| value[a..b].trim();
        let separators = [between(ye, ms), between(me, ds)];
        let ok = separators
            .iter()
            .all(|s| ["-", "/", ".", "年", "月"].contains(s));
        if ok {
            let year: i16 = value[ys..ye].parse().ok()?;
            let month: i8 = value[ms..me].parse().ok()?;
            let day: i8 = value[ds..de].parse().ok()?;
            let date = Date::new(year, month, day).ok()?;
            let rest = value[de..].trim_start_matches('日');
            return Some((date, rest));
        }
    }
    english_day(value)
}

/// "November 22, 2026", "Nov 22, 2026" or "22 Nov 2026".
fn english_day(value: &str) -> Option<(Date, &str)> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let words: Vec<&str> = value
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .take(3)
        .collect();
    let month = |w: &str| {
        let w = w.to_lowercase();
        MONTHS
            .iter()
            .position(|m| w.starts_with(m))
            .and_then(|i| i8::try_from(i + 1).ok())
    };
    let (month, day, year) = match words[..] {
        [m, d, y] if month(m).is_some() => (month(m)?, d.parse().ok()?, y.parse().ok()?),
        [d, m, y] if month(m).is_some() => (month(m)?, d.parse().ok()?, y.parse().ok()?),
        _ => return None,
    };
    let date = Date::new(year, month, day).ok()?;
    let last = words.last()?;
    let end = value.find(last)? + last.len();
    Some((date, &value[end..]))
}

/// The byte spans of the first `n` runs of ASCII digits.
fn number_spans(value: &str, n: usize) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in value.char_indices() {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
                if spans.len() == n {
                    return spans;
                }
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, value.len()));
    }
    spans.truncate(n);
    spans
}

/// A validity end: a day, or a day and time with a zone (JST, UTC, +09:00).
pub(super) fn parse_until(value: &str) -> Option<Until> {
    let (date, rest) = day_and_rest(value)?;
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == 'T');
    let spans = number_spans(rest, 2);
    let time = match spans[..] {
        [(hs, he), (ms, me)] if hs == 0 && rest[he..ms].trim() == ":" => {
            let mut hour: i8 = rest[hs..he].parse().ok()?;
            let minute: i8 = rest[ms..me].parse().ok()?;
            let after = rest[me..].trim_start().to_uppercase();
            if after.starts_with("PM") && hour < 12 {
                hour += 12;
            } else if after.starts_with("AM") && hour == 12 {
                hour = 0;
            }
            Some((Time::new(hour, minute, 0, 0).ok()?, &rest[me..]))
        }
        _ => None,
    };
    let Some((time, after)) = time else {
        return Some(Until::Day(date));
    };
    let zone = after.to_uppercase();
    let offset = if zone.contains("JST") || zone.contains("日本时间") || zone.contains("日本時間")
    {
        Some(Offset::constant(9))
    } else if zone.contains("北京时间") || zone.contains("北京時間") || zone.contains("台北時間")
    {
        Some(Offset::constant(8))
    } else if let Some(offset) = explicit_offset(&zone) {
        Some(offset)
    } else if zone.contains("UTC") || zone.contains("GMT") {
        Some(Offset::UTC)
    } else {
        None
    };
    match offset {
        Some(offset) => DateTime::from_parts(date, time)
            .to_zoned(TimeZone::fixed(offset))
            .ok()
            .map(Until::Moment),
        None => Some(Until::Day(date)),
    }
}

/// "+09:00", "+0900" or "GMT+9" in `text`.
fn explicit_offset(text: &str) -> Option<Offset> {
    let at = text.find(['+', '-'])?;
    let sign: i32 = if text[at..].starts_with('-') { -1 } else { 1 };
    let after = &text[at + 1..];
    let hours_text: String = after.chars().take_while(char::is_ascii_digit).collect();
    let (hours, minutes): (i32, i32) = match hours_text.len() {
        1 | 2 => {
            let rest = after[hours_text.len()..]
                .strip_prefix(':')
                .unwrap_or_default();
            let minutes: String = rest.chars().take_while(char::is_ascii_digit).collect();
            let minutes = if minutes.len() == 2 {
                minutes.parse().ok()?
            } else {
                0
            };
            (hours_text.parse().ok()?, minutes)
        }
        4 => (hours_text[..2].parse().ok()?, hours_text[2..].parse().ok()?),
        _ => return None,
    };
    if hours > 14 {
        return None;
    }
    Offset::from_seconds(sign * (hours * 3600 + minutes * 60)).ok()
}
