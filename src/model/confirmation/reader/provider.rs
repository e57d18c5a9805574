//! The provider: the company's name from the sender, the signature or the
//! text, never a person, a desk or an address.

use super::{KnownProvider, Line, MailFacts, amounts, is_cjk};

/// Words of a company's name.
pub(super) const BUSINESS_WORDS: &[&str] = &[
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
pub(super) const DESK_WORDS: &[&str] = &[
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

pub(super) fn has_business_word(text: &str) -> bool {
    let lower = text.to_lowercase();
    BUSINESS_WORDS.iter().any(|w| lower.contains(w))
}

/// Whether a display name is a person's ("山本 健太", "张宇", "Hana Sato")
/// rather than a company's.
pub(super) fn is_person(name: &str) -> bool {
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
pub(super) fn is_nobody(name: &str) -> bool {
    let lower = name.to_lowercase().replace(['-', '_'], " ");
    lower.trim().is_empty()
        || lower.contains("no reply")
        || lower.contains("noreply")
        || lower.contains("do not reply")
}

/// Document headings that follow a company's name on a receipt's first line.
pub(super) const DOCUMENT_WORDS: &[&str] = &[
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
pub(super) fn company_in_text(lines: &[Line<'_>], no_sender: bool, person: &str) -> Option<String> {
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
pub(super) fn provider(
    mail: &MailFacts,
    providers: &[KnownProvider],
    lines: &[Line<'_>],
) -> Option<String> {
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
pub(super) fn website_domain(website: &str) -> String {
    let rest = website.split_once("://").map_or(website, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    host.trim_start_matches("www.").to_lowercase()
}
