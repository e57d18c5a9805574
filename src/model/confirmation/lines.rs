//! The text as lines the rules read: full-width letters and digits as
//! ASCII, quoted reply lines ("> ") unquoted, table cells ("| a | | b |")
//! joined with bars, and each line's label found from the table.

use super::labels::{Tag, labels};

/// Full-width letters, digits and signs as ASCII; the ideographic and
/// no-break spaces as spaces; the wave dashes as "~".
pub(super) fn normalize(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            // Full-width brackets stay: they belong to names ("3GB（30日間）");
            // "｜" stays: it divides a name ("日本 eSIM｜每日 1GB"), not table cells.
            '\u{FF01}'..='\u{FF5E}' if !matches!(c, '（' | '）' | '［' | '］' | '｜') => {
                char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
            }
            '\u{3000}' | '\u{00A0}' | '\u{2002}' | '\u{2003}' | '\u{2009}' => ' ',
            '〜' | '∼' => '~',
            _ => c,
        })
        .collect()
}

/// The lines of `text` worth reading: quote marks and table bars taken
/// off, cells kept apart by " | ", runs of white space as one space.
pub(super) fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| {
            let mut line = line.trim();
            // "> > Order number: …" in a reply.
            while let Some(rest) = line.strip_prefix('>') {
                line = rest.trim_start();
            }
            let cells: Vec<&str> = line
                .split('|')
                .map(str::trim)
                .filter(|cell| !cell.is_empty())
                .collect();
            let joined = cells.join(" | ");
            joined.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .flat_map(|line| split_pairs(&line))
        .filter(|line| !line.is_empty())
        .collect()
}

/// A line that holds two labelled values ("订单号： BY-1 预订时间： 2027-01-01")
/// as one line each: it is cut before a label that stands after a space
/// and is followed by a colon.
fn split_pairs(line: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (at, c) in line.char_indices() {
        if !c.is_whitespace() || at <= start {
            continue;
        }
        let rest = &line[at + c.len_utf8()..];
        let Some((_, len)) = longest_label(rest) else {
            continue;
        };
        let after = rest[len..].trim_start();
        // Only a label that is one, with its colon, and not the first words
        // of the value before it ("Valid until 2026-12-18: …").
        if after.starts_with([':', '：']) && labelled(&line[start..at]).is_some() {
            pieces.push(line[start..at].trim().to_owned());
            start = at + c.len_utf8();
        }
    }
    pieces.push(line[start..].trim().to_owned());
    pieces
}

/// A line's label and what follows it.
#[derive(Debug, Clone)]
pub(super) struct Labelled<'a> {
    /// What the label names.
    pub tag: Tag,
    /// The text after the label, its notes and separators.
    pub value: &'a str,
}

/// Bullets and brackets a label may stand behind.
const LEADING: &str = "-*•・■□◆◇●○▼▶▷►➤→※★☆◎◉❖▍▌▎▐【[〔「|>#";
/// What separates a label from its value.
const SEPARATORS: &str = ":：】]〕」|#.=\t";

/// The label `line` starts with (the longest that fits), past the notes
/// and second-language labels after it, and what follows.
pub(super) fn labelled(line: &str) -> Option<Labelled<'_>> {
    let line = line.trim_start_matches(|c: char| LEADING.contains(c) || c.is_whitespace());
    let (mut tag, mut len) = longest_label(line).or_else(|| qualified_label(line))?;
    // "Rental order No. HKA-1", "Package price: $11": the first word only
    // qualifies the label after it, which names the line.
    let after_first = line[len..].trim_start();
    if let Some((second, second_len)) = longest_label(after_first)
        && !second.same_kind(tag)
    {
        let value = after_first[second_len..].trim_start();
        let value_follows = value.starts_with(|c: char| ":：|".contains(c))
            || matches!(second, Tag::Order(_))
                && value
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()));
        if value_follows {
            tag = match second {
                Tag::Order(w) => Tag::Order(w.saturating_sub(15)),
                other => other,
            };
            len = line.len() - value.len();
        }
    }
    let mut rest = &line[len..];
    loop {
        let before = rest;
        rest = rest.trim_start();
        // "(Reference)", "（税込）", "(HKD)": a note on the label.
        for (open, close) in [('(', ')'), ('（', '）')] {
            if let Some(inner) = rest.strip_prefix(open)
                && let Some(end) = inner.find(close)
            {
                rest = inner[end + close.len_utf8()..].trim_start();
            }
        }
        // "Plan 方案:", "Total 總計:": the same label in a second language.
        if let Some((second, len)) = longest_label(rest)
            && second.same_kind(tag)
        {
            rest = &rest[len..];
        }
        if rest == before {
            break;
        }
    }
    let mut value = rest.trim_start_matches(|c: char| SEPARATORS.contains(c) || c.is_whitespace());
    // "Package - Japan Unlimited": a dash between, not a minus.
    for dash in ["- ", "– ", "— "] {
        if let Some(after) = value.strip_prefix(dash) {
            value = after.trim_start();
        }
    }
    Some(Labelled { tag, value })
}

/// Words before a label that make it the new one ("New expiry", "更新後の有効期限").
const NEW: &[&str] = &[
    "new ",
    "updated ",
    "新",
    "更新後の",
    "変更後の",
    "延長後の",
    "续租后",
];
/// Words before a label that make it an old one ("Previous expiry", "原套餐到期").
const OLD: &[&str] = &[
    "previous ",
    "old ",
    "original ",
    "former ",
    "原",
    "旧",
    "舊",
    "更新前の",
    "変更前の",
    "延長前の",
];

/// A label behind a word that qualifies it: "new"/"old" ones turn a
/// deadline into the new one or into a date that is not the end; any other
/// short word before a known label ("Sales order no.", "充值订单号",
/// "本筆訂單實付") keeps the label, a little less trusted. Only a label
/// followed by its separator counts, so that a sentence is not read as one.
fn qualified_label(line: &str) -> Option<(Tag, usize)> {
    let lower = line.to_ascii_lowercase();
    for (words, new) in [(NEW, true), (OLD, false)] {
        for word in words {
            if !lower.starts_with(word) {
                continue;
            }
            let Some((tag, len)) = longest_label(&line[word.len()..]) else {
                continue;
            };
            let tag = match (tag, new) {
                (Tag::Until(_) | Tag::Period(_), true) => Tag::Until(100),
                (Tag::Until(_) | Tag::Period(_) | Tag::NotUntil, false) => Tag::NotUntil,
                (Tag::Order(_) | Tag::NotOrder, false) => Tag::NotOrder,
                (Tag::Total(_) | Tag::NotTotal, false) => Tag::NotTotal,
                (tag, _) => tag,
            };
            return Some((tag, word.len() + len));
        }
    }
    // A short qualifier: one or two ASCII words, or up to four CJK characters
    // ("原套餐到期" is still an old one).
    let old = OLD.iter().any(|word| lower.starts_with(word));
    let mut starts = Vec::new();
    let mut spaces = 0;
    for (at, c) in line.char_indices() {
        if c == ' ' {
            spaces += 1;
            if spaces > 2 {
                break;
            }
            starts.push(at + 1);
        } else if is_cjk(c) && line[..at].chars().count() < 5 && at > 0 {
            starts.push(at);
        } else if !c.is_ascii_alphabetic() && !is_cjk(c) && c != '.' {
            break;
        }
    }
    for start in starts {
        let Some((tag, len)) = longest_label(&line[start..]) else {
            continue;
        };
        let after = line[start + len..].trim_start();
        // A separator, or (a PDF's "Sales order no. SO-55210") a value right after.
        let value_follows = match tag {
            Tag::Order(_) => after
                .split_whitespace()
                .next()
                .is_some_and(|w| w.chars().any(|c| c.is_ascii_digit())),
            Tag::Date(_) | Tag::Until(_) | Tag::Period(_) => {
                after.starts_with(|c: char| c.is_ascii_digit())
            }
            _ => false,
        };
        let separated = after.starts_with(|c: char| ":：|".contains(c))
            || after.starts_with(['(', '（']) && after.contains([':', '：'])
            || value_follows;
        if separated && !matches!(tag, Tag::Date(w) if w < 90) {
            let tag = match tag {
                Tag::Until(_) | Tag::Period(_) if old => Tag::NotUntil,
                Tag::Order(_) if old => Tag::NotOrder,
                Tag::Total(_) if old => Tag::NotTotal,
                Tag::Order(w) => Tag::Order(w.saturating_sub(15)),
                Tag::Date(w) => Tag::Date(w.saturating_sub(15)),
                Tag::Until(w) => Tag::Until(w.saturating_sub(15)),
                Tag::Period(w) => Tag::Period(w.saturating_sub(15)),
                Tag::Plan(w) => Tag::Plan(w.saturating_sub(15)),
                Tag::Total(w) => Tag::Total(w.saturating_sub(10)),
                other => other,
            };
            return Some((tag, start + len));
        }
    }
    None
}

/// The longest label `text` starts with, as a whole word, and its length in `text`.
fn longest_label(text: &str) -> Option<(Tag, usize)> {
    let mut best: Option<(Tag, usize)> = None;
    for &(label, tag) in labels() {
        let Some(len) = starts_with_label(text, label) else {
            continue;
        };
        if best.is_none_or(|(_, best_len)| len > best_len) {
            best = Some((tag, len));
        }
    }
    best
}

/// The length in `text` of `label` at its start, ASCII case aside, when it
/// stands as a word: "Total" is not the start of "Totally", nor "商品" of
/// "商品金額" (that is a label of its own, and longer).
fn starts_with_label(text: &str, label: &str) -> Option<usize> {
    let head = text.get(..label.len())?;
    if !head.eq_ignore_ascii_case(label) {
        return None;
    }
    let next = text[label.len()..].chars().next();
    let last = label.chars().last()?;
    let joined = match next {
        Some(next) if last.is_ascii_alphanumeric() => next.is_ascii_alphanumeric(),
        Some(next) if is_cjk(last) => is_cjk(next),
        _ => false,
    };
    (!joined).then_some(label.len())
}

/// A Chinese character or Japanese kana.
pub(super) fn is_cjk(c: char) -> bool {
    ('\u{3040}'..='\u{30FF}').contains(&c)
        || ('\u{3400}'..='\u{9FFF}').contains(&c)
        || ('\u{F900}'..='\u{FAFF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag_and_value(line: &str) -> Option<(Tag, String)> {
        labelled(line).map(|l| (l.tag, l.value.to_owned()))
    }

    #[test]
    fn the_longest_label_wins_and_notes_and_second_labels_are_passed() {
        assert_eq!(
            tag_and_value("Plan 方案: 4G Unlimited 無限數據"),
            Some((Tag::Plan(100), "4G Unlimited 無限數據".into()))
        );
        assert_eq!(
            tag_and_value("延長料金 (Extension fee): ¥3,300 (tax incl.)"),
            Some((Tag::Total(60), "¥3,300 (tax incl.)".into()))
        );
        assert_eq!(
            tag_and_value("元のご注文番号 (Original order): HY-260412").map(|t| t.0),
            Some(Tag::NotOrder)
        );
        assert_eq!(
            tag_and_value("Order #RM-40917"),
            Some((Tag::Order(100), "RM-40917".into()))
        );
        assert_eq!(tag_and_value("Totally free"), None);
        assert_eq!(
            tag_and_value("商品小計 NT$ 560").map(|t| t.0),
            Some(Tag::NotTotal)
        );
    }

    #[test]
    fn two_labelled_values_on_one_line_are_two_lines() {
        assert_eq!(
            lines("订单号： BY-1 预订时间： 2027-01-01 22:05"),
            ["订单号： BY-1", "预订时间： 2027-01-01 22:05"]
        );
        assert_eq!(
            lines("Order: A-1 (thanks: Ana)"),
            ["Order: A-1 (thanks: Ana)"]
        );
    }

    #[test]
    fn quotes_and_table_bars_are_taken_off() {
        let text = "> > Order number: BX-20931\n| 订单编号 | | YT2026 |\n\n";
        assert_eq!(lines(text), ["Order number: BX-20931", "订单编号 | YT2026"]);
    }
}
