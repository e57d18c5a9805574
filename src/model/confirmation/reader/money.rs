//! The charged total and its currency: a labelled total beats a subtotal, a
//! discount or a deposit; a bare ¥ is decided by the text and the sender.

use super::{Currency, CurrencyDoubt, Labelled, Line, Mark, Money, Tag, amounts, best, is_cjk};

/// Headings after which a confirmation offers other things.
pub(super) const OTHER_OFFERS: &[&str] = &[
    "こんな商品も",
    "おすすめ商品",
    "customers also bought",
    "you might also like",
    "you may also like",
    "猜你喜欢",
    "为你推荐",
    "為你推薦",
    "你可能也喜歡",
    "推薦商品",
];

/// Words of a line that sells something else, or prices what was not bought.
pub(super) const NOT_THIS_ORDER: &[&str] = &[
    "only ",
    "just ",
    " from ",
    "upgrade",
    "add ",
    "get ",
    "refer",
    "worth",
    "capped",
    "late",
    "per day",
    "/day",
    "want more",
    "might also like",
    "hot deal",
    "next renewal",
    "previous",
    "仅需",
    "只要",
    "低至",
    "价值",
    "價值",
    "加購",
    "加购",
    "逾期",
    "超期",
    "延滞",
    "赔偿",
    "賠償",
    "プレゼント",
    "猜你喜欢",
    "每日 nt$",
    "1日につき",
    "/天",
    "每天",
    "每日加收",
    "need more",
    "次回",
    " off ",
    "クーポン",
];

pub(super) fn sells_something_else(line: &str) -> bool {
    let lower = line.to_lowercase();
    NOT_THIS_ORDER.iter().any(|w| lower.contains(w))
}

/// What was charged: the amount of the most trusted total line (among
/// equals the last, as totals close a list), its mark decided by the line.
pub(super) fn total(lines: &[Line<'_>]) -> Option<Money> {
    let candidates = lines.iter().filter_map(|line| {
        let (weight, value) = match &line.label {
            Some(Labelled {
                tag: Tag::Total(weight),
                value,
            }) => (*weight, *value),
            Some(Labelled {
                tag: Tag::NotTotal, ..
            }) => return None,
            // "追加料金 合計：1,650円", "Order total (USD):": a total's word before the amount.
            _ if names_a_total(line.text) => (85, line.text),
            Some(_) => return None,
            None => (5, line.text),
        };
        if weight < 90 && sells_something_else(line.text) {
            return None;
        }
        // A plain number counts only as the value itself ("Total: 1980").
        let plain_first = value.trim_start().starts_with(|c: char| c.is_ascii_digit());
        let found: Vec<Money> = amounts(value)
            .into_iter()
            .enumerate()
            .filter(|(i, m)| !m.negative && (m.mark != Mark::None || (*i == 0 && plain_first)))
            .map(|(_, m)| m)
            .collect();
        // "750円 × 2日 1,500円", "¥650×7日 = ¥4,550": the product, last.
        let multiplied = value.contains('×') || value.contains(" x ") || value.contains('=');
        let money = if multiplied {
            found.last()
        } else {
            found.first()
        }
        .copied()?;
        // "Order total (USD): $17.55": a code in the label's note names a bare $.
        let mark = match money.mark {
            Mark::Named(Currency::USD) if !value.contains("US$") && !value.contains("USD") => {
                code_in_brackets(line.text).map_or(money.mark, Mark::Named)
            }
            mark => mark,
        };
        Some((weight, Money { mark, ..money }))
    });
    best(candidates, true)
}

/// Words of a total, found before the amount of a line with no label of its own.
pub(super) const TOTAL_WORDS: &[&str] = &[
    "total", "合計", "合计", "總計", "总计", "総額", "總額", "总额",
];
/// Words that make such a line something else.
const PART_WORDS: &[&str] = &[
    "sub",
    "小計",
    "小计",
    "商品合计",
    "税抜",
    "item",
    "merchandise",
];

pub(super) fn names_a_total(line: &str) -> bool {
    let Some(first) = amounts(line).into_iter().find(|m| m.mark != Mark::None) else {
        return false;
    };
    // The words before the amount's number (its mark among them).
    let head = line[..first.end].to_lowercase();
    TOTAL_WORDS.iter().any(|w| head.contains(w)) && !PART_WORDS.iter().any(|w| head.contains(w))
}

/// A currency code in brackets in `text` ("Total (HKD)").
pub(super) fn code_in_brackets(text: &str) -> Option<Currency> {
    let open = text.find(['(', '（'])?;
    let inner = text[open..].trim_start_matches(['(', '（']);
    let code = inner.get(..3)?;
    if !inner[3..].starts_with([')', '）']) {
        return None;
    }
    Currency::from_code(&code.to_ascii_uppercase())
}

/// The currency of a total with `mark`: the mark's; for a bare ¥ the
/// words of the text, then its language, then the sender's domain.
pub(super) fn currency(
    mark: Mark,
    text: &str,
    sender: &str,
) -> Result<Currency, Option<CurrencyDoubt>> {
    match mark {
        Mark::Named(currency) => Ok(currency),
        Mark::None => Err(None),
        Mark::YenOrYuan => yen_or_yuan(text, sender).ok_or(Some(CurrencyDoubt::YenOrYuan)),
    }
}

/// Yen or yuan for a bare ¥.
pub(super) fn yen_or_yuan(text: &str, sender: &str) -> Option<Currency> {
    let lower = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    let yen = has(&["円", "jpy", "日元", "日圓", " yen", "japanese yen"]);
    let without_other_yuan = lower
        .replace("日元", "")
        .replace("美元", "")
        .replace("港元", "")
        .replace("欧元", "");
    let yuan = ["元", "人民币", "人民幣", "rmb", "cny", " yuan", "renminbi"]
        .iter()
        .any(|w| without_other_yuan.contains(w));
    let kana = text.chars().any(|c| ('\u{3040}'..='\u{30FF}').contains(&c));
    let han = text.chars().any(is_cjk);
    match (yen, yuan) {
        (true, false) => return Some(Currency::JPY),
        (true, true) if kana => return Some(Currency::JPY),
        (false | true, true) => return Some(Currency::CNY),
        (false, false) => {}
    }
    if kana {
        return Some(Currency::JPY);
    }
    if han {
        return Some(Currency::CNY);
    }
    let domain = sender.rsplit('@').next().unwrap_or_default().to_lowercase();
    match domain.rsplit('.').next().unwrap_or_default() {
        "jp" => Some(Currency::JPY),
        "cn" => Some(Currency::CNY),
        _ => None,
    }
}
