//! The plan: the value of a plan or product label, or an item row's
//! description, without the label or its price.

use super::{
    Currency, DOCUMENT_WORDS, Labelled, Line, Mark, Tag, amounts, best, day_at_start, labelled,
    sells_something_else,
};

/// The plan: the most trusted labelled one; else the description of the
/// first item of a table, or of a line that prices one thing.
pub(super) fn plan(lines: &[Line<'_>]) -> Option<String> {
    let mut candidates: Vec<(u8, String)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        match &line.label {
            Some(Labelled {
                tag: Tag::Plan(weight),
                value,
            }) => {
                if is_table_header(value) {
                    // The first item of the table; its name may stand alone on
                    // the row's first line (a cell broken over two lines).
                    let item = lines.get(i + 1).and_then(|next| {
                        item_description(next.text).or_else(|| {
                            let first = next.text.split(" | ").next().unwrap_or_default();
                            (next.label.is_none()
                                && amounts(first).iter().all(|m| m.mark == Mark::None))
                            .then(|| plan_value(first))
                            .flatten()
                        })
                    });
                    if let Some(item) = item {
                        candidates.push((50, item));
                    }
                } else if let Some(plan) = plan_value(value) {
                    candidates.push((*weight, plan));
                }
            }
            None if !sells_something_else(line.text) => {
                if let Some(item) = item_description(line.text) {
                    candidates.push((10, item));
                } else if has_price(line.text)
                    && let Some(previous) = i.checked_sub(1).and_then(|p| lines.get(p))
                    && previous.label.is_none()
                    && !has_price(previous.text)
                    && let Some(item) = plan_value(previous.text)
                {
                    // A cell broken over two lines: the name, then "seller: … | ¥2,780".
                    candidates.push((8, item));
                }
            }
            _ => {}
        }
    }
    best(candidates, false)
}

/// Whether a line prices something (an amount with its mark, not a discount).
pub(super) fn has_price(text: &str) -> bool {
    amounts(text)
        .iter()
        .any(|m| m.mark != Mark::None && !m.negative)
}

/// "Qty Amount", "单价(元) | 数量 | 小计": the head of an item table.
pub(super) fn is_table_header(value: &str) -> bool {
    let lower = value.to_lowercase();
    let heads = [
        "qty",
        "quantity",
        "unit price",
        "amount",
        "price",
        "单价",
        "單價",
        "数量",
        "數量",
        "金额",
        "金額",
        "小计",
        "小計",
        "単価",
    ];
    let first = lower.split(" | ").next().unwrap_or_default();
    amounts(value).iter().all(|m| m.mark == Mark::None)
        && (heads.iter().any(|h| first.starts_with(h)) || lower.contains("qty"))
}

/// A plan's value: to the next cell, without a price; `None` when it is
/// only a number, a date or money.
pub(super) fn plan_value(value: &str) -> Option<String> {
    let value = value.split(" | ").next().unwrap_or_default();
    let value = value.trim_matches(|c: char| c.is_whitespace() || c == '*' || c == '|');
    let document = DOCUMENT_WORDS
        .iter()
        .any(|w| value.to_lowercase().trim() == *w || value.to_lowercase().ends_with(w));
    if value.is_empty()
        || document
        || !value.chars().any(char::is_alphabetic)
        || amounts(value).iter().any(|m| m.mark != Mark::None)
        || day_at_start(value).is_some()
    {
        return None;
    }
    Some(value.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The description of an item line ("Japan 20 GB / 30 days €22.90",
/// "Japan Travel SIM 30 Days 20GB 1 HK$168.00"): the words before its
/// quantity and price.
pub(super) fn item_description(text: &str) -> Option<String> {
    // In a table row, the first cell describes the item.
    if let Some((first, rest)) = text.split_once(" | ") {
        let priced = amounts(rest).iter().any(|m| m.mark != Mark::None);
        let first = first.trim();
        return (priced
            && !first.contains([':', '：'])
            && amounts(first).iter().all(|m| m.mark == Mark::None)
            && first.chars().any(char::is_alphabetic)
            && labelled(first).is_none())
        .then(|| first.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    let money = amounts(text);
    let first = money.iter().find(|m| m.mark != Mark::None && !m.negative)?;
    let mut head = &text[..first.end];
    // Back to where the price starts: its mark and number.
    let price_start = head
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(at, _)| at);
    head = head[..price_start].trim_end();
    // "… JPY 3,636": the price's code stands apart from its number.
    if let Some((rest, code)) = head.rsplit_once(' ')
        && code.len() == 3
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && Currency::from_code(code).is_some()
    {
        head = rest.trim_end();
    }
    // A quantity before the price: "… 20GB 1 HK$168.00", "… 1 × $17.00",
    // and, in a row that also gives a rate, "… 5 days JPY 650 JPY 3,250".
    let mut stripped = false;
    while let Some((rest, last)) = head.trim_end().rsplit_once(' ') {
        let quantity = (last.chars().all(|c| c.is_ascii_digit()) && last.len() <= 2)
            || ["×", "x", "@", "*"].contains(&last);
        if !quantity {
            break;
        }
        head = rest;
        stripped = true;
    }
    let prices = money
        .iter()
        .filter(|m| m.mark != Mark::None && !m.negative)
        .count();
    if !stripped
        && prices >= 2
        && let Some((rest, unit)) = head.trim_end().rsplit_once(' ')
        && ["days", "day", "nights", "日", "天", "日間"].contains(&unit)
        && let Some((name, count)) = rest.rsplit_once(' ')
        && count.chars().all(|c| c.is_ascii_digit())
    {
        head = name;
    }
    let head = head.trim_end_matches(['.', ' ', '…']);
    let words = head.split_whitespace().count();
    (words >= 2
        && head.chars().any(char::is_alphabetic)
        && !head.contains(':')
        && !head.contains('：'))
    .then(|| head.split_whitespace().collect::<Vec<_>>().join(" "))
}
