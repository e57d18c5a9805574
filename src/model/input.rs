//! Reading what a person typed into a form: dates, times, amounts of data and money.
//!
//! The forms in `ui/` keep their fields as text while the person types; this
//! module turns that text into the model's types, or says what is wrong.

use jiff::Zoned;
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;

use super::money::{self, Money, MoneyError};
use crate::i18n::Msg;

/// The time zone validity is counted in unless a card says otherwise.
pub const JAPAN_ZONE: &str = "Asia/Tokyo";

/// Megabytes in a gigabyte, as Japanese providers count them.
pub const MB_PER_GB: u64 = 1024;

/// Why a typed value could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub enum InputError {
    /// Not a date in the form 2026-11-30.
    BadDate(String),
    /// Not a time in the form 23:59.
    BadTime(String),
    /// Not a time zone name.
    UnknownZone(String),
    /// Not an amount of data such as 3 GB or 500 MB.
    BadData(String),
    /// Not a whole number of hours.
    BadHours(String),
    /// Not a whole number of days, one or more.
    BadDays(String),
    /// The activation moment is missing.
    MissingActivation,
    /// An amount of money or a currency that could not be read.
    Money(#[from] MoneyError),
}

impl InputError {
    /// What to tell the person.
    pub fn message(&self) -> Msg {
        match self {
            InputError::BadDate(text) => Msg::new("input-bad-date").arg("text", text.as_str()),
            InputError::BadTime(text) => Msg::new("input-bad-time").arg("text", text.as_str()),
            InputError::UnknownZone(text) => {
                Msg::new("input-unknown-zone").arg("text", text.as_str())
            }
            InputError::BadData(text) => Msg::new("input-bad-data").arg("text", text.as_str()),
            InputError::BadHours(text) => Msg::new("input-bad-hours").arg("text", text.as_str()),
            InputError::BadDays(text) => Msg::new("input-bad-days").arg("text", text.as_str()),
            InputError::MissingActivation => Msg::new("input-missing-activation"),
            InputError::Money(error) => error.message(),
        }
    }
}

/// Reads a date typed as 2026-11-30 (or 2026/11/30, 2026.11.30).
pub fn parse_date(text: &str) -> Result<Date, InputError> {
    let normalized = text.trim().replace(['/', '.'], "-");
    normalized
        .parse::<Date>()
        .map_err(|_| InputError::BadDate(text.trim().to_owned()))
}

/// Reads a time typed as 23:59 (or 23:59:59, or 9:00).
pub fn parse_time(text: &str) -> Result<Time, InputError> {
    let trimmed = text.trim();
    let bad = || InputError::BadTime(trimmed.to_owned());
    let mut parts = trimmed.split(':');
    let hour: i8 = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
    let minute: i8 = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
    let second: i8 = match parts.next() {
        Some(p) => p.parse().map_err(|_| bad())?,
        None => 0,
    };
    if parts.next().is_some() {
        return Err(bad());
    }
    Time::new(hour, minute, second, 0).map_err(|_| bad())
}

/// Looks up a time zone by its IANA name ("Asia/Tokyo").
pub fn parse_zone(text: &str) -> Result<TimeZone, InputError> {
    TimeZone::get(text.trim()).map_err(|_| InputError::UnknownZone(text.trim().to_owned()))
}

/// Builds a moment from typed date, time and zone; an empty date means "not set".
/// An empty time means the end of the day, 23:59, as providers count.
pub fn parse_moment(date: &str, time: &str, zone: &str) -> Result<Option<Zoned>, InputError> {
    if date.trim().is_empty() {
        return Ok(None);
    }
    let date = parse_date(date)?;
    let time = if time.trim().is_empty() {
        Time::constant(23, 59, 0, 0)
    } else {
        parse_time(time)?
    };
    let zone = parse_zone(zone)?;
    date.to_datetime(time)
        .to_zoned(zone)
        .map(Some)
        .map_err(|_| InputError::BadDate(date.to_string()))
}

/// Reads an amount of data: "3", "3 GB", "1.5GB", "500 MB"; a bare number is in GB.
/// Empty means "not known".
pub fn parse_data_mb(text: &str) -> Result<Option<u64>, InputError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let bad = || InputError::BadData(trimmed.to_owned());
    let lower = trimmed.to_ascii_lowercase();
    let (number, per_unit) = if let Some(n) = lower.strip_suffix("mb") {
        (n, 1)
    } else if let Some(n) = lower.strip_suffix("gb") {
        (n, MB_PER_GB)
    } else if let Some(n) = lower.strip_suffix('g') {
        (n, MB_PER_GB)
    } else {
        (lower.as_str(), MB_PER_GB)
    };
    let amount = money::parse_amount(number).map_err(|_| bad())?;
    let mb = amount * rust_decimal::Decimal::from(per_unit);
    u64::try_from(mb.round()).map(Some).map_err(|_| bad())
}

/// Reads an amount in a currency; an empty amount means "not known".
pub fn optional_money(amount: &str, currency: &str) -> Result<Option<Money>, InputError> {
    if amount.trim().is_empty() {
        return Ok(None);
    }
    let amount = money::parse_amount(amount)?;
    let currency = money::parse_currency(currency)?;
    Ok(Some(Money::new(amount, currency)))
}

/// Shows an amount of data the way the form reads it back, as the person
/// wrote it: "3 GB", "1.2 GB", "500 MB". GB with one decimal when that reads
/// back to the same amount ("1.2 GB" is stored as 1229 MB), else MB.
pub fn format_data_mb(mb: u64) -> String {
    let in_gb = display_data_mb(mb);
    if mb >= MB_PER_GB && parse_data_mb(&in_gb).ok().flatten() == Some(mb) {
        in_gb
    } else {
        format!("{mb} MB")
    }
}

/// Shows an amount of data for reading, rounded: "1.2 GB", "850 MB".
pub fn display_data_mb(mb: u64) -> String {
    if mb >= MB_PER_GB {
        let tenths = (mb * 10 + MB_PER_GB / 2) / MB_PER_GB;
        if tenths.is_multiple_of(10) {
            format!("{} GB", tenths / 10)
        } else {
            format!("{}.{} GB", tenths / 10, tenths % 10)
        }
    } else {
        format!("{mb} MB")
    }
}

/// The time zone a form starts with: that of the first known moment, else Japan time.
pub fn zone_name_of(moments: [Option<&Zoned>; 2]) -> String {
    moments
        .into_iter()
        .flatten()
        .find_map(|m| m.time_zone().iana_name())
        .unwrap_or(JAPAN_ZONE)
        .to_owned()
}

#[cfg(test)]
mod tests;
