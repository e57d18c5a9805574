//! The rules put together: each field's candidates from the labelled lines
//! (and, where sellers write them in a sentence, from the text), scored by
//! their label, the best taken; each field not found gets its reason.

use iso_currency::Currency;
use jiff::Zoned;
use jiff::civil::Date;

use super::amounts::{Mark, Money, amounts};
use super::dates::{Dated, dates_in, day_at_start};
use super::labels::Tag;
use super::lines::{Labelled, is_cjk, labelled, lines, normalize};
use super::{CurrencyDoubt, Found, FoundField, KnownProvider, MailFacts, Until};
use crate::i18n::Msg;
use crate::model::identifiers::luhn_valid;

mod money;
mod numbers;
mod plan;
mod provider;
mod validity;

use money::{OTHER_OFFERS, currency, sells_something_else, total};
use numbers::{activation_code, iccid, order_number};
use plan::plan;
use provider::{DOCUMENT_WORDS, provider};
use validity::{order_date, valid_until};

/// A line with its label, when it has one.
struct Line<'a> {
    text: &'a str,
    label: Option<Labelled<'a>>,
}

/// `value`, found in the normalized text, as the original writes it: its
/// full-width characters kept ("3GB／7日間", "eSIM｜每日 1GB"), runs of white
/// space as one space.
fn as_written(original: &str, value: &str) -> String {
    for line in original.lines() {
        // The line collapsed, with each collapsed character's place in the original.
        let mut collapsed = String::new();
        let mut places: Vec<usize> = Vec::new();
        let chars: Vec<char> = line.chars().collect();
        for (at, &c) in chars.iter().enumerate() {
            if c.is_whitespace() {
                if !collapsed.is_empty() && !collapsed.ends_with(' ') {
                    collapsed.push(' ');
                    places.push(at);
                }
            } else {
                collapsed.push_str(&normalize(&c.to_string()));
                places.push(at);
            }
        }
        let Some(byte_start) = collapsed.find(value) else {
            continue;
        };
        let start = collapsed[..byte_start].chars().count();
        let end = start + value.chars().count();
        let (Some(&from), Some(&to)) = (places.get(start), places.get(end - 1)) else {
            continue;
        };
        let written: String = chars[from..=to].iter().collect();
        return written.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    value.to_owned()
}

/// Reads `mail` by the rules; `providers` are the archive's.
pub fn read(mail: &MailFacts, providers: &[KnownProvider]) -> Found {
    let text = normalize(&mail.text);
    let mut all = lines(&text);
    // "Customers also bought …": what follows sells something else.
    if let Some(at) = all.iter().position(|l| {
        let lower = l.to_lowercase();
        OTHER_OFFERS.iter().any(|w| lower.contains(w))
    }) {
        all.truncate(at);
    }
    let lines: Vec<Line<'_>> = all
        .iter()
        .map(|text| Line {
            text,
            label: labelled(text),
        })
        .collect();
    let subject = normalize(&mail.subject);
    let mut found = Found {
        provider: provider(mail, providers, &lines),
        order_number: order_number(&lines, &subject),
        date: order_date(&lines).or_else(|| mail.sent.as_ref().map(Zoned::date)),
        plan: plan(&lines).map(|plan| as_written(&mail.text, &plan)),
        iccid: iccid(&lines, &text),
        activation_code: activation_code(&lines, &text),
        ..Found::default()
    };
    let (until, until_why) = valid_until(&lines);
    found.valid_until = until;
    let total = total(&lines);
    if let Some(money) = total {
        found.amount = Some(money.amount);
        match currency(money.mark, &text, &mail.sender_address) {
            Ok(currency) => found.currency = Some(currency),
            Err(Some(doubt)) => found.currency_doubt = Some(doubt),
            Err(None) => found
                .missing
                .push((FoundField::Currency, Msg::new("mail-why-no-currency"))),
        }
    }
    let any_money = lines.iter().any(|l| !amounts(l.text).is_empty());
    let until_missing = found.valid_until.is_none();
    let checks = [
        (
            FoundField::Provider,
            found.provider.is_none(),
            msg_id!("mail-why-no-provider"),
        ),
        (
            FoundField::OrderNumber,
            found.order_number.is_none(),
            msg_id!("mail-why-no-order"),
        ),
        (
            FoundField::Amount,
            found.amount.is_none(),
            if any_money {
                msg_id!("mail-why-no-total")
            } else {
                msg_id!("mail-why-no-amount")
            },
        ),
        (
            FoundField::Date,
            found.date.is_none(),
            msg_id!("mail-why-no-date"),
        ),
        (
            FoundField::Plan,
            found.plan.is_none(),
            msg_id!("mail-why-no-plan"),
        ),
        (
            FoundField::Iccid,
            found.iccid.is_none(),
            msg_id!("mail-why-no-iccid"),
        ),
        (
            FoundField::ActivationCode,
            found.activation_code.is_none(),
            msg_id!("mail-why-no-code"),
        ),
    ];
    for (field, missing, id) in checks {
        if missing {
            found.missing.push((field, Msg::new(id)));
        }
    }
    if until_missing {
        found.missing.push((FoundField::ValidUntil, until_why));
    }
    found.missing.sort_by_key(|(field, _)| *field);
    found
}

/// The best of `candidates` (weight, value): the heaviest; among equals
/// the first, or the last when `last_wins`.
fn best<T>(candidates: impl IntoIterator<Item = (u8, T)>, last_wins: bool) -> Option<T> {
    let mut best: Option<(u8, T)> = None;
    for (weight, value) in candidates {
        let better = match &best {
            None => true,
            Some((w, _)) => weight > *w || (last_wins && weight == *w),
        };
        if better {
            best = Some((weight, value));
        }
    }
    best.map(|(_, value)| value)
}
