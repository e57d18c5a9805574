//! The order's date and the validity's end: periods end at their last day,
//! "from activation" gives no end, an activation deadline is not one.

use super::{Date, Dated, Labelled, Line, Msg, Tag, Until, best, dates_in, day_at_start, labelled};

/// The order date: the most trusted labelled one (an order date before a
/// plain "Date", that before an invoice's); one labelled in brackets after
/// another value ("單號 BD-1（下單 2026/12/19）") counts a little less.
pub(super) fn order_date(lines: &[Line<'_>]) -> Option<Date> {
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
pub(super) fn bracketed(text: &str) -> impl Iterator<Item = &str> {
    text.split(['(', '（'])
        .skip(1)
        .filter_map(|part| part.split([')', '）']).next())
}

/// Words that count a validity from the first use instead of giving a date.
pub(super) const FROM_ACTIVATION: &[&str] = &[
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
pub(super) const UNTIL_IN_SENTENCE: &[&str] = &[
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
pub(super) fn valid_until(lines: &[Line<'_>]) -> (Option<Until>, Msg) {
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
pub(super) fn activation_deadline(value: &str, date: &Dated) -> bool {
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
pub(super) fn is_range(value: &str, dates: &[Dated]) -> bool {
    let [first, second, ..] = dates else {
        return false;
    };
    let between = value[first.end..second.start].trim().to_lowercase();
    ["to", "至", "~", "-", "–", "—", "～", "から", "〜"].contains(&between.as_str())
}

/// A validity end written in a sentence: "… is valid until 2026-12-18 23:59
/// (JST) …", "使えるのは 2026年12月27日 までです".
pub(super) fn until_in_sentence(text: &str) -> Option<Dated> {
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
