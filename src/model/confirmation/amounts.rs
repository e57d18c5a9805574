//! Money as confirmations write it: "¥2,980", "2,980円（税込）", "US$ 12.50",
//! "9.00 USD", "NT$ 1,188", "新台幣 799 元", "RMB 75", "68.00元", "-€3.00",
//! with the mark or code beside each amount.

use iso_currency::Currency;
use rust_decimal::Decimal;

use crate::model::money::parse_amount;

/// What stands beside an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mark {
    /// A mark or word that names the currency ("NT$", "円", "RMB", "USD").
    Named(Currency),
    /// A bare ¥ or ￥: yen or yuan, for the text to decide.
    YenOrYuan,
    /// Nothing.
    None,
}

/// An amount in a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Money {
    /// The amount, as written (its decimals kept).
    pub amount: Decimal,
    /// Its mark.
    pub mark: Mark,
    /// Written with a minus: a discount or a credit.
    pub negative: bool,
    /// Where its number ends in the line (bytes), for what follows it.
    pub end: usize,
}

/// Marks written before an amount, the longest first where one ends another.
const BEFORE: &[(&str, Mark)] = &[
    ("US$", Mark::Named(Currency::USD)),
    ("NT$", Mark::Named(Currency::TWD)),
    ("HK$", Mark::Named(Currency::HKD)),
    ("AU$", Mark::Named(Currency::AUD)),
    ("A$", Mark::Named(Currency::AUD)),
    ("CA$", Mark::Named(Currency::CAD)),
    ("C$", Mark::Named(Currency::CAD)),
    ("S$", Mark::Named(Currency::SGD)),
    ("$", Mark::Named(Currency::USD)),
    ("€", Mark::Named(Currency::EUR)),
    ("£", Mark::Named(Currency::GBP)),
    ("¥", Mark::YenOrYuan),
    ("￥", Mark::YenOrYuan),
    ("新台幣", Mark::Named(Currency::TWD)),
    ("新台币", Mark::Named(Currency::TWD)),
    ("台幣", Mark::Named(Currency::TWD)),
    ("港幣", Mark::Named(Currency::HKD)),
    ("港币", Mark::Named(Currency::HKD)),
    ("人民币", Mark::Named(Currency::CNY)),
    ("人民幣", Mark::Named(Currency::CNY)),
    ("日元", Mark::Named(Currency::JPY)),
    ("日圓", Mark::Named(Currency::JPY)),
    ("RMB", Mark::Named(Currency::CNY)),
    ("NTD", Mark::Named(Currency::TWD)),
];

/// Marks written after an amount.
const AFTER: &[(&str, Mark)] = &[
    ("円", Mark::Named(Currency::JPY)),
    ("日元", Mark::Named(Currency::JPY)),
    ("日圓", Mark::Named(Currency::JPY)),
    ("元", Mark::Named(Currency::CNY)),
    ("人民币", Mark::Named(Currency::CNY)),
    ("港元", Mark::Named(Currency::HKD)),
    ("港幣", Mark::Named(Currency::HKD)),
    ("yen", Mark::Named(Currency::JPY)),
    ("RMB", Mark::Named(Currency::CNY)),
    ("NTD", Mark::Named(Currency::TWD)),
];

/// Every amount in `line` that has a mark, and those without one that are
/// not a date, a time, a count or a size.
pub(super) fn amounts(line: &str) -> Vec<Money> {
    let mut found = Vec::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let joined = i > 0
            && (joins_number(bytes[i - 1])
                || (matches!(bytes[i - 1], b'/' | b':') && i > 1 && bytes[i - 2].is_ascii_digit()));
        if !bytes[i].is_ascii_digit() || joined {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < bytes.len()
            && (bytes[end].is_ascii_digit()
                || ((bytes[end] == b',' || bytes[end] == b'.')
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)))
        {
            end += 1;
        }
        i = end;
        let number = &line[start..end];
        // "10GB", "4G", "2026/12/08", "23:59", "19%": no money.
        if bytes.get(end).is_some_and(|b| {
            b.is_ascii_alphabetic() && !after_code_starts(&line[end..])
                || matches!(b, b'/' | b':' | b'%')
        }) {
            continue;
        }
        let Ok(amount) = parse_amount(number) else {
            continue;
        };
        let before = line[..start].trim_end();
        let after = line[end..].trim_start();
        let (mark_before, rest_before) = mark_before(before);
        let mark_after = mark_after(after);
        let mark = match (mark_before, mark_after) {
            // "新台幣 799 元": the named currency decides; 元 is every Chinese currency's unit.
            // "￥149.00 元", "¥3,300円".
            (Mark::Named(currency), _) | (Mark::YenOrYuan, Mark::Named(currency)) => {
                Mark::Named(currency)
            }
            (Mark::YenOrYuan, _) => Mark::YenOrYuan,
            (Mark::None, after) => after,
        };
        let negative = rest_before.trim_end().ends_with(['-', '−', '–', '－'])
            || (mark_before == Mark::None && before.ends_with(['-', '−']));
        found.push(Money {
            amount,
            mark,
            negative,
            end,
        });
    }
    found
}

/// Whether `b` before a digit makes it part of a word ("SF0000", "T0000");
/// a slash or a colon after a digit makes it part of a date or a time.
fn joins_number(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b',')
}

/// Whether an ISO code of a currency starts `rest` ("9.00USD").
fn after_code_starts(rest: &str) -> bool {
    code_at(rest).is_some()
}

/// The currency whose ISO code starts `text` as a word.
fn code_at(text: &str) -> Option<Currency> {
    let code = text.get(..3)?;
    if text[3..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let code = code.to_ascii_uppercase();
    if !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    Currency::from_code(&code)
}

/// The mark `before` ends with, and `before` without it.
fn mark_before(before: &str) -> (Mark, &str) {
    for &(mark, meaning) in BEFORE {
        let Some(at) = before.len().checked_sub(mark.len()) else {
            continue;
        };
        if before.is_char_boundary(at) && before[at..].eq_ignore_ascii_case(mark) {
            return (meaning, &before[..at]);
        }
    }
    // "JPY 3,300", "USD 24.00", "CNY 98.00".
    if let Some(at) = before.len().checked_sub(3)
        && before.is_char_boundary(at)
        && !before[..at].ends_with(|c: char| c.is_ascii_alphanumeric())
        && let Some(currency) = code_at(&before[at..])
    {
        return (Mark::Named(currency), &before[..at]);
    }
    (Mark::None, before)
}

/// The mark `after` starts with.
fn mark_after(after: &str) -> Mark {
    for &(mark, meaning) in AFTER {
        if after
            .get(..mark.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(mark))
        {
            return meaning;
        }
    }
    // "1 JPY 3,636": a code with a number after it is that number's.
    let code = code_at(after);
    if code.is_some()
        && after[3..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return Mark::None;
    }
    code.map_or(Mark::None, Mark::Named)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Vec<(String, Mark, bool)> {
        amounts(line)
            .into_iter()
            .map(|m| (m.amount.to_string(), m.mark, m.negative))
            .collect()
    }

    #[test]
    fn marks_before_and_after_name_the_currency() {
        use Currency::{CNY, EUR, HKD, JPY, TWD, USD};
        let named = Mark::Named;
        assert_eq!(
            read("Amount charged: ¥2,980"),
            [("2980".into(), Mark::YenOrYuan, false)]
        );
        assert_eq!(
            read("合計：3,670円（税込）"),
            [("3670".into(), named(JPY), false)]
        );
        assert_eq!(
            read("Total paid: US$ 12.50"),
            [("12.50".into(), named(USD), false)]
        );
        assert_eq!(
            read("Total: 9.00 USD"),
            [("9.00".into(), named(USD), false)]
        );
        assert_eq!(
            read("总计：新台幣 799 元"),
            [("799".into(), named(TWD), false)]
        );
        assert_eq!(
            read("实付款：¥149.00 元"),
            [("149.00".into(), named(CNY), false)]
        );
        assert_eq!(read("支付金额：RMB 75"), [("75".into(), named(CNY), false)]);
        assert_eq!(
            read("实付金额：68.00元"),
            [("68.00".into(), named(CNY), false)]
        );
        assert_eq!(read("Promo -€3.00"), [("3.00".into(), named(EUR), true)]);
        assert_eq!(
            read("Member discount -HK$20.00"),
            [("20.00".into(), named(HKD), true)]
        );
        assert_eq!(
            read("Point discount -JPY 120"),
            [("120".into(), named(JPY), true)]
        );
        assert!(read("Japan 10GB 2026/12/08 23:59 19% SF0000000").is_empty());
        // A quantity before a code and its price: the code is the price's.
        assert_eq!(
            read("Japan eSIM - 30 days 1 JPY 3,636"),
            [
                ("30".into(), Mark::None, true),
                ("1".into(), Mark::None, false),
                ("3636".into(), named(JPY), false)
            ]
        );
    }
}
