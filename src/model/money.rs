//! Amounts of money: a decimal amount in an ISO 4217 currency, never a float.

use std::fmt;
use std::str::FromStr;

use iso_currency::Currency;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

/// An amount of money in one currency. In the archive it is one string, "2980 JPY".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Money {
    /// The amount, exact to the currency's minor unit and beyond.
    pub amount: Decimal,
    /// The ISO 4217 currency.
    pub currency: Currency,
}

impl Money {
    /// An amount in `currency`.
    pub fn new(amount: Decimal, currency: Currency) -> Self {
        Self { amount, currency }
    }

    /// Yen, the currency most prices in Japan are in.
    pub fn yen(amount: i64) -> Self {
        Self::new(Decimal::from(amount), Currency::JPY)
    }

    /// The amount with as many decimals as the currency uses (¥ none, € two).
    pub fn amount_text(&self) -> String {
        let decimals = usize::from(self.currency.exponent().unwrap_or(2));
        format!("{:.*}", decimals, self.amount)
    }
}

impl fmt::Display for Money {
    /// "1,500 JPY", "12.50 EUR": for reading, with thousands grouped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.amount_text();
        let (sign, unsigned) = text
            .strip_prefix('-')
            .map_or(("", text.as_str()), |t| ("-", t));
        let (whole, fraction) = unsigned
            .split_once('.')
            .map_or((unsigned, None), |(w, f)| (w, Some(f)));
        let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(digit);
        }
        match fraction {
            Some(fraction) => write!(f, "{sign}{grouped}.{fraction} {}", self.currency.code()),
            None => write!(f, "{sign}{grouped} {}", self.currency.code()),
        }
    }
}

impl From<Money> for String {
    /// "2980 JPY", "12.5 EUR": the amount exactly as kept, then the code.
    fn from(money: Money) -> Self {
        format!("{} {}", money.amount, money.currency.code())
    }
}

impl TryFrom<String> for Money {
    type Error = MoneyError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        let (amount, currency) = text
            .trim()
            .rsplit_once(' ')
            .ok_or_else(|| MoneyError::BadAmount(text.clone()))?;
        let amount = Decimal::from_str(amount.trim())
            .map_err(|_| MoneyError::BadAmount(amount.to_owned()))?;
        Ok(Money::new(amount, parse_currency(currency)?))
    }
}

/// Why an amount or a currency typed by a person could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub enum MoneyError {
    /// The amount is not a decimal number with a dot.
    BadAmount(String),
    /// A comma that is not a thousands separator ("12,50", "1,2345").
    CommaNotThousands(String),
    /// The amount is below zero.
    Negative,
    /// The currency is not an ISO 4217 code.
    UnknownCurrency(String),
}

impl MoneyError {
    /// What to tell the person.
    pub fn message(&self) -> Msg {
        match self {
            MoneyError::BadAmount(text) => Msg::new("money-bad-amount").arg("text", text.as_str()),
            MoneyError::CommaNotThousands(text) => {
                Msg::new("money-comma").arg("text", text.as_str())
            }
            MoneyError::Negative => Msg::new("money-negative"),
            MoneyError::UnknownCurrency(code) => {
                Msg::new("money-unknown-currency").arg("code", code.as_str())
            }
        }
    }
}

/// Reads an amount such as "1500", "12.5", "1,500" or "１,５００". A comma
/// only groups thousands: "12,50" and "1,2345" are refused, never read as
/// 1,250 or 12,345, whatever the currency.
pub fn parse_amount(text: &str) -> Result<Decimal, MoneyError> {
    let trimmed = text.trim();
    let bad = || MoneyError::BadAmount(trimmed.to_owned());
    let normal: String = trimmed.chars().map(ascii_digit).collect();
    let unsigned = normal.strip_prefix('-').unwrap_or(&normal);
    let (whole, fraction) = unsigned
        .split_once('.')
        .map_or((unsigned, ""), |(w, f)| (w, f));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let whole_ok = if whole.contains(',') {
        let mut groups = whole.split(',');
        let first = groups.next().unwrap_or_default();
        let grouped =
            digits(first) && first.len() <= 3 && groups.clone().all(|g| g.len() == 3 && digits(g));
        if !grouped {
            return Err(MoneyError::CommaNotThousands(trimmed.to_owned()));
        }
        true
    } else {
        digits(whole)
    };
    if !whole_ok || (unsigned.contains('.') && !digits(fraction)) {
        return Err(bad());
    }
    let amount = Decimal::from_str(&normal.replace(',', "")).map_err(|_| bad())?;
    if amount.is_sign_negative() && !amount.is_zero() {
        return Err(MoneyError::Negative);
    }
    Ok(amount)
}

/// A full-width digit, comma or full stop as its ASCII form ("１" is "1").
pub fn ascii_digit(c: char) -> char {
    match c {
        '０'..='９' => {
            char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c)
        }
        '，' => ',',
        '．' => '.',
        _ => c,
    }
}

/// Reads an ISO 4217 code such as "JPY" or "cny".
pub fn parse_currency(text: &str) -> Result<Currency, MoneyError> {
    let code = text.trim().to_ascii_uppercase();
    Currency::from_code(&code).ok_or_else(|| MoneyError::UnknownCurrency(text.trim().to_owned()))
}

/// The currencies offered first in menus: Japan's and those its visitors use most.
pub const COMMON_CURRENCIES: [Currency; 10] = [
    Currency::JPY,
    Currency::CNY,
    Currency::TWD,
    Currency::HKD,
    Currency::USD,
    Currency::EUR,
    Currency::KRW,
    Currency::SGD,
    Currency::AUD,
    Currency::GBP,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_show_the_currency_decimals() {
        assert_eq!(Money::yen(1500).to_string(), "1,500 JPY");
        assert_eq!(Money::yen(24_162_400).to_string(), "24,162,400 JPY");
        assert_eq!(Money::yen(980).to_string(), "980 JPY");
        assert_eq!(
            Money::yen(1500).amount_text(),
            "1500",
            "forms and files are not grouped"
        );
        let euros = Money::new(parse_amount("12.5").unwrap(), Currency::EUR);
        assert_eq!(euros.to_string(), "12.50 EUR");
        let cny = Money::new(parse_amount("98").unwrap(), Currency::CNY);
        assert_eq!(cny.to_string(), "98.00 CNY");
    }

    #[test]
    fn amounts_are_parsed_exactly() {
        assert_eq!(parse_amount("1,500").unwrap(), Decimal::from(1500));
        assert_eq!(
            parse_amount("0.1").unwrap() + parse_amount("0.2").unwrap(),
            parse_amount("0.3").unwrap()
        );
        assert_eq!(
            parse_amount("abc"),
            Err(MoneyError::BadAmount("abc".into()))
        );
        assert_eq!(parse_amount(""), Err(MoneyError::BadAmount(String::new())));
        assert_eq!(parse_amount("-5"), Err(MoneyError::Negative));
        assert_eq!(parse_amount("１，９８０").unwrap(), Decimal::from(1980));
        assert_eq!(
            parse_amount("1,234,567.5").unwrap(),
            Decimal::new(12_345_675, 1)
        );
    }

    #[test]
    fn a_comma_groups_thousands_and_nothing_else() {
        for text in ["12,50", "1,2345", ",500", "1,50,000", "1,000,00", "12,5"] {
            assert_eq!(
                parse_amount(text),
                Err(MoneyError::CommaNotThousands(text.into())),
                "{text}"
            );
        }
        for (text, amount) in [("1,250", 1250), ("999", 999), ("12,345,678", 12_345_678)] {
            assert_eq!(parse_amount(text).unwrap(), Decimal::from(amount), "{text}");
        }
        assert!(parse_amount("1.2.3").is_err());
        assert!(parse_amount("12.").is_err());
        assert!(parse_amount("1_000").is_err());
    }

    #[test]
    fn money_is_kept_as_one_exact_string() {
        let money = Money::new(parse_amount("12.345").unwrap(), Currency::EUR);
        assert_eq!(String::from(money), "12.345 EUR");
        assert_eq!(Money::try_from("12.345 EUR".to_owned()).unwrap(), money);
        assert!(Money::try_from("12.345".to_owned()).is_err());
        assert!(Money::try_from("twelve EUR".to_owned()).is_err());
        assert!(Money::try_from("12 EURO".to_owned()).is_err());
    }

    #[test]
    fn currencies_are_iso_codes() {
        assert_eq!(parse_currency("jpy").unwrap(), Currency::JPY);
        assert_eq!(
            parse_currency("YEN"),
            Err(MoneyError::UnknownCurrency("YEN".into()))
        );
    }
}
