//! The numbers: the order number without its label or "#", the ICCID
//! (Luhn-checked, in groups anywhere) and the eSIM's activation code.

use super::{Labelled, Line, Tag, best, dates_in, luhn_valid};

/// An order number in `value`: the first word with a digit, four characters
/// or more, of letters, digits and dashes, that is no date.
pub(super) fn order_token(value: &str) -> Option<String> {
    value
        .split(|c: char| c.is_whitespace() || "、,，()（）|【】[]「」:：".contains(c))
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
        .find(|w| {
            w.len() >= 4
                && w.chars().any(|c| c.is_ascii_digit())
                && w.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_/".contains(c))
                && dates_in(w).is_empty()
        })
        .map(str::to_owned)
}

/// The order number: the most trusted labelled one; else one written in a
/// sentence ("Receipt for order PR-66120") or the subject.
pub(super) fn order_number(lines: &[Line<'_>], subject: &str) -> Option<String> {
    let labelled = lines.iter().filter_map(|line| match &line.label {
        Some(Labelled {
            tag: Tag::Order(weight),
            value,
        }) => Some((*weight, order_token(value)?)),
        _ => None,
    });
    if let Some(found) = best(labelled, false) {
        return Some(found);
    }
    let sentences = lines.iter().map(|l| l.text).chain(std::iter::once(subject));
    for text in sentences {
        for word in ["order", "注文番号", "订单号", "訂單編號", "booking"] {
            let lower = text.to_lowercase();
            let mut from = 0;
            while let Some(at) = lower[from..].find(word) {
                let start = from + at + word.len();
                // "order PR-66120", "order #FT-1", "order number is TR-30077".
                let after = &text[start..];
                let token = after
                    .split_whitespace()
                    .take(4)
                    .map(|w| w.trim_start_matches('#'))
                    .find(|w| {
                        !["number", "no.", "no", "is", "id", ":", "#", "ref"]
                            .contains(&w.to_lowercase().as_str())
                    })
                    .and_then(order_token);
                if let Some(token) = token {
                    return Some(token);
                }
                from = start;
            }
        }
    }
    None
}

/// The ICCID: 19 or 20 digits starting 89 with a valid check digit, on a
/// line labelled ICCID (groups apart allowed), else anywhere.
pub(super) fn iccid(lines: &[Line<'_>], text: &str) -> Option<String> {
    let valid = |digits: &str| {
        digits.starts_with("89") && (19..=20).contains(&digits.len()) && luhn_valid(digits)
    };
    for line in lines {
        if let Some(Labelled {
            tag: Tag::Iccid,
            value,
        }) = &line.label
        {
            let digits: String = value
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ' ' || *c == '-')
                .filter(char::is_ascii_digit)
                .collect();
            if valid(&digits) {
                return Some(digits);
            }
        }
    }
    // Anywhere: a run of digits, or of groups of digits one space or dash
    // apart ("8901 2608 8221 4597 038").
    let mut found = text
        .split(|c: char| !c.is_ascii_digit())
        .find(|run| valid(run))
        .map(str::to_owned);
    if found.is_none() {
        for line in lines {
            let mut digits = String::new();
            let mut gap = false;
            for c in line.text.chars().chain(std::iter::once('|')) {
                if c.is_ascii_digit() {
                    digits.push(c);
                    gap = false;
                } else if (c == ' ' || c == '-') && !gap && !digits.is_empty() {
                    gap = true;
                } else {
                    if valid(&digits) {
                        found = Some(digits.clone());
                        break;
                    }
                    digits.clear();
                    gap = false;
                }
            }
            if found.is_some() {
                break;
            }
        }
    }
    found
}

/// An eSIM activation code: written out (`LPA:1$…`), or its SM-DP+ address
/// and matching ID written as two fields.
pub(super) fn activation_code(lines: &[Line<'_>], text: &str) -> Option<String> {
    let upper = text.to_ascii_uppercase();
    if let Some(at) = upper.find("LPA:1$") {
        let code: String = text[at..]
            .chars()
            .take_while(|c| !c.is_whitespace() && !"<>\"'|（）()".contains(*c))
            .collect();
        let code = format!("LPA:{}", &code[4..]);
        if crate::model::esim_code::parse_lpa(&code).is_ok() {
            return Some(code);
        }
    }
    let value = |wanted: Tag| {
        lines.iter().find_map(|line| match &line.label {
            Some(Labelled { tag, value }) if *tag == wanted => {
                let word = value.split_whitespace().next()?;
                (!word.is_empty()).then_some(word)
            }
            _ => None,
        })
    };
    let address = value(Tag::Smdp)?;
    let matching = value(Tag::ActivationCode)?;
    let code = format!("LPA:1${address}${matching}");
    crate::model::esim_code::parse_lpa(&code)
        .is_ok()
        .then_some(code)
}
