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

/// Headings after which a confirmation offers other things.
const OTHER_OFFERS: &[&str] = &[
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
const NOT_THIS_ORDER: &[&str] = &[
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

fn sells_something_else(line: &str) -> bool {
    let lower = line.to_lowercase();
    NOT_THIS_ORDER.iter().any(|w| lower.contains(w))
}

/// What was charged: the amount of the most trusted total line (among
/// equals the last, as totals close a list), its mark decided by the line.
fn total(lines: &[Line<'_>]) -> Option<Money> {
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
const TOTAL_WORDS: &[&str] = &[
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

fn names_a_total(line: &str) -> bool {
    let Some(first) = amounts(line).into_iter().find(|m| m.mark != Mark::None) else {
        return false;
    };
    // The words before the amount's number (its mark among them).
    let head = line[..first.end].to_lowercase();
    TOTAL_WORDS.iter().any(|w| head.contains(w)) && !PART_WORDS.iter().any(|w| head.contains(w))
}

/// A currency code in brackets in `text` ("Total (HKD)").
fn code_in_brackets(text: &str) -> Option<Currency> {
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
fn currency(mark: Mark, text: &str, sender: &str) -> Result<Currency, Option<CurrencyDoubt>> {
    match mark {
        Mark::Named(currency) => Ok(currency),
        Mark::None => Err(None),
        Mark::YenOrYuan => yen_or_yuan(text, sender).ok_or(Some(CurrencyDoubt::YenOrYuan)),
    }
}

/// Yen or yuan for a bare ¥.
fn yen_or_yuan(text: &str, sender: &str) -> Option<Currency> {
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

/// An order number in `value`: the first word with a digit, four characters
/// or more, of letters, digits and dashes, that is no date.
fn order_token(value: &str) -> Option<String> {
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
fn order_number(lines: &[Line<'_>], subject: &str) -> Option<String> {
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

/// The order date: the most trusted labelled one (an order date before a
/// plain "Date", that before an invoice's); one labelled in brackets after
/// another value ("單號 BD-1（下單 2026/12/19）") counts a little less.
fn order_date(lines: &[Line<'_>]) -> Option<Date> {
    let candidates = lines.iter().flat_map(|line| {
        let own = match &line.label {
            Some(Labelled {
                tag: Tag::Date(weight),
                value,
            }) => day_at_start(value).map(|d| (*weight, d.date)),
            _ => None,
        };
        let inner = bracketed(line.text).find_map(|inside| match labelled(inside) {
            Some(Labelled {
                tag: Tag::Date(weight),
                value,
            }) => day_at_start(value).map(|d| (weight.saturating_sub(10), d.date)),
            _ => None,
        });
        own.into_iter().chain(inner)
    });
    best(candidates, false)
}

/// What stands in brackets in `text`.
fn bracketed(text: &str) -> impl Iterator<Item = &str> {
    text.split(['(', '（'])
        .skip(1)
        .filter_map(|part| part.split([')', '）']).next())
}

/// Words that count a validity from the first use instead of giving a date.
const FROM_ACTIVATION: &[&str] = &[
    "from activation",
    "after activation",
    "first connection",
    "first connects",
    "first use",
    "first used",
    "開通",
    "初回接続",
    "激活后",
    "激活後",
    "开通后",
    "啟用後",
    "启用后",
    "插卡",
    "首次连接",
    "首次連線",
];

/// Phrases in a sentence that give the validity end right after them.
const UNTIL_IN_SENTENCE: &[&str] = &[
    "valid until",
    "valid through",
    "valid till",
    "valid to",
    "good until",
    "good through",
    "expires on",
    "expires",
    "expire on",
    "ends on",
    "use before",
    "use it before",
    "use by",
    "有效期至",
    "有效期限至",
];

/// When the validity (or the rental) ends, or why it is not given.
fn valid_until(lines: &[Line<'_>]) -> (Option<Until>, Msg) {
    let mut candidates: Vec<(u8, Until)> = Vec::new();
    let mut activate_by = false;
    for line in lines {
        match &line.label {
            Some(Labelled {
                tag: Tag::Until(weight),
                value,
            }) => {
                let dates: Vec<Dated> = dates_in(value)
                    .into_iter()
                    .filter(|d| !activation_deadline(value, d))
                    .collect();
                activate_by |= dates.len() < dates_in(value).len();
                // "A to B" under a deadline's label ends at B too.
                let date = if is_range(value, &dates) {
                    dates.last()
                } else {
                    dates.first()
                };
                if let Some(date) = date {
                    candidates.push((*weight, date.until()));
                }
            }
            Some(Labelled {
                tag: Tag::Period(weight),
                value,
            }) => {
                let dates: Vec<Dated> = dates_in(value)
                    .into_iter()
                    .filter(|d| !activation_deadline(value, d))
                    .collect();
                activate_by |= dates.len() < dates_in(value).len();
                if let Some(date) = dates.last() {
                    candidates.push((*weight, date.until()));
                }
            }
            Some(Labelled {
                tag: Tag::NotUntil,
                value,
            }) => {
                let lower = line.text.to_lowercase();
                activate_by |= !dates_in(value).is_empty()
                    && (lower.contains("activ")
                        || lower.contains("激活")
                        || lower.contains("啟用")
                        || lower.contains("install")
                        || lower.contains("開通"));
                if let Some(date) = until_in_sentence(value) {
                    candidates.push((75, date.until()));
                }
            }
            _ => {
                if let Some(date) = until_in_sentence(line.text) {
                    candidates.push((75, date.until()));
                }
            }
        }
    }
    if let Some(until) = best(candidates, false) {
        return (Some(until), Msg::new("mail-why-no-until"));
    }
    let counted = lines.iter().any(|l| {
        let lower = l.text.to_lowercase();
        FROM_ACTIVATION.iter().any(|w| lower.contains(w))
    });
    let why = if counted {
        msg_id!("mail-why-until-from-activation")
    } else if activate_by {
        msg_id!("mail-why-until-activate-by")
    } else {
        msg_id!("mail-why-no-until")
    };
    (None, Msg::new(why))
}

/// Words around a date that make it a deadline to activate or install by,
/// not the validity end ("Install before 2027-06-30", "请于2027年6月30日前激活").
fn activation_deadline(value: &str, date: &Dated) -> bool {
    let before = value[..date.start].to_lowercase();
    let before: String = before
        .chars()
        .rev()
        .take(16)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = value[date.end..].chars().take(10).collect();
    let activate = [
        "激活",
        "啟用",
        "启用",
        "开通",
        "開通",
        "安装",
        "安裝",
        "インストール",
        "有効化",
    ];
    // "（開通期限：2027年6月30日）", "（最晚激活日期 2027-06-30）": a label of
    // a date that is not the end, right before this one.
    let labelled_deadline = value[..date.start]
        .rfind(['(', '（', '、', ',', '，', '.', '。'])
        .map(|at| &value[at..date.start])
        .and_then(|head| {
            let head = head.trim_start_matches(|c: char| "(（、,，.。 ".contains(c));
            labelled(head)
        })
        .is_some_and(|l| l.tag == Tag::NotUntil);
    labelled_deadline
        || [
            "install before",
            "install by",
            "activate by",
            "activate before",
            "activation by",
        ]
        .iter()
        .any(|w| before.contains(w))
        // "（请于…前完成激活）" after the date, where the validity itself is
        // counted from activation; without that, "请于此日期前開通" under a
        // validity label is the validity end.
        || (after.contains(['前', 'ま'])
            && activate.iter().any(|w| after.contains(w))
            && FROM_ACTIVATION
                .iter()
                .any(|w| value[..date.start].to_lowercase().contains(w)))
}

/// Whether `value` writes a period ("A to B", "A 至 B", "A～B", "A - B").
fn is_range(value: &str, dates: &[Dated]) -> bool {
    let [first, second, ..] = dates else {
        return false;
    };
    let between = value[first.end..second.start].trim().to_lowercase();
    ["to", "至", "~", "-", "–", "—", "～", "から", "〜"].contains(&between.as_str())
}

/// A validity end written in a sentence: "… is valid until 2026-12-18 23:59
/// (JST) …", "使えるのは 2026年12月27日 までです".
fn until_in_sentence(text: &str) -> Option<Dated> {
    let lower = text.to_lowercase();
    for phrase in UNTIL_IN_SENTENCE {
        let Some(at) = lower.find(phrase) else {
            continue;
        };
        // Lower case keeps the bytes of ASCII text where they were.
        let Some(rest) = text.get(at + phrase.len()..) else {
            continue;
        };
        let trimmed = rest.trim_start_matches([' ', ':', '：']);
        if let Some(date) = dates_in(trimmed).into_iter().next()
            && date.start <= 4
            && !activation_deadline(trimmed, &date)
        {
            return Some(date);
        }
    }
    dates_in(text).into_iter().find(|date| {
        let after = text[date.end..].trim_start();
        after.starts_with("まで")
    })
}

/// The plan: the most trusted labelled one; else the description of the
/// first item of a table, or of a line that prices one thing.
fn plan(lines: &[Line<'_>]) -> Option<String> {
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
fn has_price(text: &str) -> bool {
    amounts(text)
        .iter()
        .any(|m| m.mark != Mark::None && !m.negative)
}

/// "Qty Amount", "单价(元) | 数量 | 小计": the head of an item table.
fn is_table_header(value: &str) -> bool {
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
fn plan_value(value: &str) -> Option<String> {
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
fn item_description(text: &str) -> Option<String> {
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

/// The ICCID: 19 or 20 digits starting 89 with a valid check digit, on a
/// line labelled ICCID (groups apart allowed), else anywhere.
fn iccid(lines: &[Line<'_>], text: &str) -> Option<String> {
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
fn activation_code(lines: &[Line<'_>], text: &str) -> Option<String> {
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

/// Words of a company's name.
const BUSINESS_WORDS: &[&str] = &[
    "esim",
    "sim",
    "wifi",
    "wi-fi",
    "mobile",
    "data",
    "travel",
    "telecom",
    "rental",
    "connect",
    "store",
    "shop",
    "roam",
    "net",
    "ltd",
    "inc",
    "co.",
    "k.k.",
    "gmbh",
    "limited",
    "service",
    "株式会社",
    "通信",
    "モバイル",
    "ストア",
    "ショップ",
    "サービス",
    "レンタル",
    "网卡",
    "網卡",
    "旅行",
    "出行",
    "通讯",
    "電訊",
    "电讯",
    "流量",
    "商城",
    "分享器",
    "租借",
    "有限公司",
    "プリペイド",
    "小舖",
    "小铺",
    "上網",
    "上网",
    "wifi",
    "ワイファイ",
    "wireless",
    "roaming",
    "漫遊",
    "漫游",
];

/// The desk of a company that signs ("… カスタマーサポート", "… 客服中心"):
/// taken off its name.
const DESK_WORDS: &[&str] = &[
    "カスタマーサポート",
    "サポートデスク",
    "サポートセンター",
    "カスタマーセンター",
    "お客様センター",
    "受付センター",
    "運営事務局",
    "customer service",
    "customer support",
    "support team",
    "support",
    "客服中心",
    "客服组",
    "客服組",
    "客服部",
    "客服",
    "敬上",
];

fn has_business_word(text: &str) -> bool {
    let lower = text.to_lowercase();
    BUSINESS_WORDS.iter().any(|w| lower.contains(w))
}

/// Whether a display name is a person's ("山本 健太", "张宇", "Hana Sato")
/// rather than a company's.
fn is_person(name: &str) -> bool {
    if has_business_word(name) {
        return false;
    }
    if ["小姐", "先生", "女士", "様", "さん", "太太"]
        .iter()
        .any(|h| name.ends_with(h))
    {
        return true;
    }
    // "山本 健太": a family and a given name apart. (A short Chinese name
    // with no space is as often a shop's: "漫游鸭", "出境宝".)
    let parts: Vec<&str> = name.split_whitespace().collect();
    if parts.iter().all(|p| p.chars().all(is_cjk)) && !parts.is_empty() {
        return parts.len() == 2 && parts.iter().all(|p| (1..=3).contains(&p.chars().count()));
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
        })
}

/// Whether a display name says nobody ("No Reply").
fn is_nobody(name: &str) -> bool {
    let lower = name.to_lowercase().replace(['-', '_'], " ");
    lower.trim().is_empty()
        || lower.contains("no reply")
        || lower.contains("noreply")
        || lower.contains("do not reply")
}

/// Document headings that follow a company's name on a receipt's first line.
const DOCUMENT_WORDS: &[&str] = &[
    "订单详情",
    "订单凭证",
    "電子收據",
    "电子收据",
    "電子領収書",
    "領収書",
    "receipt",
    "invoice",
    "order confirmation",
    "订单确认",
    "訂單確認",
    "ご利用明細書",
    "利用明細書",
    "ご利用明細",
    "明細書",
    "請求書",
    "購入明細",
    "購買明細",
    "购买明细",
    "收據",
    "收据",
    "order summary",
    "tax invoice",
];

/// The company a text names in its copyright line, its header (when it has
/// no sender, or the header names a company) or its signature.
fn company_in_text(lines: &[Line<'_>], no_sender: bool, person: &str) -> Option<String> {
    let clean = |line: &str| -> Option<String> {
        let mut name = line
            .split(" | ")
            .next()
            .unwrap_or_default()
            .split(" - ")
            .next()
            .unwrap_or_default()
            .trim()
            .to_owned();
        for word in DOCUMENT_WORDS {
            let lower = name.to_lowercase();
            if let Some(at) = lower.find(word) {
                name.truncate(at);
            }
        }
        let mut name = name
            .trim_end_matches(|c: char| c.is_whitespace() || "·・|-–".contains(c))
            .trim();
        for desk in DESK_WORDS {
            if let Some(head) = name.strip_suffix(desk).filter(|h| !h.trim().is_empty()) {
                name = head.trim();
            }
        }
        for suffix in [
            "株式会社",
            " K.K.",
            " Inc.",
            " Ltd",
            " Co., Ltd.",
            " GmbH",
            " Limited",
            "有限公司",
        ] {
            if let Some(stripped) = name.strip_suffix(suffix) {
                return Some(stripped.trim().to_owned());
            }
        }
        (!name.is_empty() && name.chars().count() <= 30 && name.chars().any(char::is_alphabetic))
            .then(|| name.to_owned())
    };
    // "(c) AOI eSIM", "© 2026 Kaze".
    for line in lines {
        let text = line.text;
        if let Some(rest) = text.strip_prefix("(c)").or_else(|| text.strip_prefix("©"))
            && let Some(name) = clean(rest.trim())
        {
            return Some(name);
        }
    }
    // The line after a signature's "--".
    if let Some(at) = lines.iter().position(|l| l.text.trim() == "--")
        && let Some(next) = lines.get(at + 1)
        && next.label.is_none()
        && let Some(name) = clean(next.text)
    {
        return Some(name);
    }
    // The first line, when it names a company.
    if let Some(first) = lines.first()
        && first.label.is_none()
        && (no_sender || has_business_word(first.text))
        && let Some(name) = clean(first.text)
        && !DOCUMENT_WORDS
            .iter()
            .any(|w| first.text.to_lowercase().trim() == *w)
    {
        return Some(name);
    }
    // A short line of a signature with a company's word in it.
    // ("寶島上網小舖 陳小姐": the company, then the person who signs.)
    lines
        .iter()
        .rev()
        .filter(|l| l.label.is_none())
        .map(|l| {
            let text = l.text.trim();
            match text.strip_suffix(person) {
                Some(company) if !person.is_empty() => company.trim(),
                _ => text,
            }
        })
        .filter(|t| t.chars().count() <= 25 && has_business_word(t) && amounts(t).is_empty())
        .find(|t| !t.ends_with(['.', '。', '!', '！', '?', '？']) && !t.contains(['：', ':']))
        .and_then(clean)
}

/// The provider: the archive's, when the sender's domain is its website's or
/// the sender's name holds its name; else the company's name as the
/// confirmation writes it (the sender's name, unless it is a person or no
/// one); else the sender's domain.
fn provider(mail: &MailFacts, providers: &[KnownProvider], lines: &[Line<'_>]) -> Option<String> {
    let domain = mail
        .sender_address
        .rsplit('@')
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let sender = mail.sender_name.to_lowercase();
    let known = providers.iter().find(|p| {
        let site = website_domain(&p.website);
        let by_domain =
            !site.is_empty() && (domain == site || domain.ends_with(&format!(".{site}")));
        let name = p.name.to_lowercase();
        by_domain || (!name.is_empty() && sender.contains(&name))
    });
    if let Some(known) = known {
        return Some(known.name.clone());
    }
    let name = mail.sender_name.trim();
    if !is_nobody(name) && !is_person(name) {
        return Some(name.to_owned());
    }
    let no_sender = mail.sender_address.is_empty() && name.is_empty();
    company_in_text(lines, no_sender, name).or_else(|| (!domain.is_empty()).then_some(domain))
}

/// `https://www.sora-esim.example/topup` → `sora-esim.example`.
fn website_domain(website: &str) -> String {
    let rest = website.split_once("://").map_or(website, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    host.trim_start_matches("www.").to_lowercase()
}
