//! What a confirmation e-mail says about a purchase, found by rules: labelled
//! lines ("Order No.", "ご注文番号", "订单号"), the labelled total, the
//! currency from its symbol and the words around it, dates, the ICCID and an
//! eSIM activation code. No I/O, no network: the e-mail arrives as text.
//!
//! "¥" is both the yen and the yuan. The words beside the amount (円, 元)
//! decide; then the e-mail's language and the sender's domain; when nothing
//! does, the currency is left for the person to choose, with the reason.

use iso_currency::Currency;
use jiff::Zoned;
use jiff::civil::Date;
use rust_decimal::Decimal;

use self::dates::{parse_day, parse_until};
use super::money::{ascii_digit, parse_amount};

/// The e-mail as the rules read it.
#[derive(Debug, Clone, Default)]
pub struct MailFacts {
    /// The sender's display name ("Sora eSIM").
    pub sender_name: String,
    /// The sender's address ("orders@sora-esim.example").
    pub sender_address: String,
    /// The subject.
    pub subject: String,
    /// When it was sent, in the sender's offset.
    pub sent: Option<Zoned>,
    /// Every text body, HTML read as text, forwarded messages included.
    pub text: String,
}

/// A provider the archive knows: its name and website.
#[derive(Debug, Clone)]
pub struct KnownProvider {
    /// As the archive names it.
    pub name: String,
    /// Its website (for its domain).
    pub website: String,
}

/// When the bought validity ends, as precisely as the e-mail says.
#[derive(Debug, Clone, PartialEq)]
pub enum Until {
    /// A day.
    Day(Date),
    /// A moment with its zone.
    Moment(Zoned),
}

/// Why the currency was left open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CurrencyDoubt {
    /// A bare ¥ and nothing that says yen or yuan.
    YenOrYuan,
}

impl CurrencyDoubt {
    /// The message id of the reason.
    pub fn message_id(self) -> &'static str {
        match self {
            CurrencyDoubt::YenOrYuan => msg_id!("mail-yen-or-yuan"),
        }
    }
}

/// What was found; each field is `None` when the e-mail does not say it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found {
    /// The provider, as the archive names it when it knows the sender.
    pub provider: Option<String>,
    /// The order number.
    pub order_number: Option<String>,
    /// The total paid.
    pub amount: Option<Decimal>,
    /// Its currency.
    pub currency: Option<Currency>,
    /// Why the currency is open, when there is an amount but no currency.
    pub currency_doubt: Option<CurrencyDoubt>,
    /// The purchase date.
    pub date: Option<Date>,
    /// When the validity ends.
    pub valid_until: Option<Until>,
    /// The plan.
    pub plan: Option<String>,
    /// The ICCID, digits only.
    pub iccid: Option<String>,
    /// An eSIM activation code, `LPA:1$…`.
    pub activation_code: Option<String>,
    /// What could not be read (an attached PDF), and why.
    pub unread: Vec<crate::i18n::Msg>,
}

const ORDER_LABELS: &[&str] = &[
    "order id",
    "order no.",
    "order no",
    "order number",
    "order #",
    "order",
    "booking reference",
    "reservation number",
    "ご注文番号",
    "注文番号",
    "予約番号",
    "受付番号",
    "订单编号",
    "订单号",
    "訂單編號",
    "訂單號碼",
    "訂單號",
];

/// Labels of the total, the most telling first.
const TOTAL_LABELS: &[&str] = &[
    "amount paid",
    "total paid",
    "grand total",
    "order total",
    "total charged",
    "total amount",
    "total",
    "ご請求金額",
    "お支払い金額",
    "お支払金額",
    "合計金額",
    "合計",
    "实付款",
    "实付金额",
    "支付金额",
    "付款金额",
    "應付金額",
    "總金額",
    "总金额",
    "總計",
    "合计",
];

const DATE_LABELS: &[&str] = &[
    "order date",
    "purchase date",
    "date of purchase",
    "date",
    "ご注文日",
    "注文日",
    "購入日",
    "下单时间",
    "下单日期",
    "订单日期",
    "付款时间",
    "訂購日期",
    "訂單日期",
];

const UNTIL_LABELS: &[&str] = &[
    "valid until",
    "valid through",
    "expires",
    "expiry",
    "expiration",
    "return by",
    "有効期限",
    "利用期限",
    "有效期至",
    "有效期限",
    "到期时间",
    "到期日",
    "有效期",
    "到期時間",
];

const PLAN_LABELS: &[&str] = &[
    "plan",
    "product",
    "item",
    "プラン",
    "商品名",
    "品名",
    "套餐",
    "方案",
    "產品",
    "商品",
];

/// Reads `mail` by the rules; `providers` are the archive's.
pub fn read(mail: &MailFacts, providers: &[KnownProvider]) -> Found {
    let text = normalize(&mail.text);
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut found = Found {
        provider: provider(mail, providers),
        order_number: labelled(&lines, ORDER_LABELS, order_number),
        date: labelled(&lines, DATE_LABELS, parse_day)
            .or_else(|| mail.sent.as_ref().map(Zoned::date)),
        valid_until: labelled(&lines, UNTIL_LABELS, parse_until),
        plan: labelled(&lines, PLAN_LABELS, |v| {
            let v = v.split(" | ").next().unwrap_or_default();
            let v = v.trim_matches(|c: char| c.is_whitespace() || c == '*' || c == '|');
            (!v.is_empty()).then(|| v.to_owned())
        }),
        iccid: iccid(&lines),
        activation_code: activation_code(&text),
        ..Found::default()
    };
    // A labelled amount with a currency sign first ("Total items: 2" is no total).
    let signed = |v: &str| price(v).filter(|(_, sign)| *sign != Sign::None);
    let total =
        labelled(&lines, TOTAL_LABELS, signed).or_else(|| labelled(&lines, TOTAL_LABELS, price));
    if let Some((amount, currency)) = total {
        found.amount = Some(amount);
        match currency {
            Sign::Known(currency) => found.currency = Some(currency),
            Sign::YenOrYuan => match yen_or_yuan(&text, &mail.sender_address) {
                Some(currency) => found.currency = Some(currency),
                None => found.currency_doubt = Some(CurrencyDoubt::YenOrYuan),
            },
            Sign::None => {}
        }
    }
    found
}

/// Full-width letters, digits and signs as ASCII; the ideographic space as a space.
fn normalize(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            // Full-width brackets stay: they belong to names ("3GB（30日間）").
            '\u{FF01}'..='\u{FF5E}' if !matches!(c, '（' | '）' | '［' | '］') => {
                char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
            }
            '\u{3000}' | '\u{00A0}' => ' ',
            _ => ascii_digit(c),
        })
        .collect()
}

/// The first value labelled with one of `labels` (in their order) that
/// `parse` accepts: the rest of a line that starts with the label, or the
/// next line when the label stands alone (a table cell).
fn labelled<T>(lines: &[&str], labels: &[&str], parse: impl Fn(&str) -> Option<T>) -> Option<T> {
    for label in labels {
        for (i, line) in lines.iter().enumerate() {
            let Some(rest) = after_label(line, label) else {
                continue;
            };
            if let Some(value) = parse(rest) {
                return Some(value);
            }
            if rest.is_empty()
                && let Some(value) = lines.get(i + 1).and_then(|next| parse(next))
            {
                return Some(value);
            }
        }
    }
    None
}

/// What follows `label` at the start of `line` (after bullets and brackets),
/// past a parenthesised note and separators; `None` when the line does not
/// start with the label as a whole word.
fn after_label<'a>(line: &'a str, label: &str) -> Option<&'a str> {
    let line =
        line.trim_start_matches(|c: char| "-*•・■□◆◇●○【[〔「|>".contains(c) || c.is_whitespace());
    let head = line.get(..label.len())?;
    if !head.eq_ignore_ascii_case(label) {
        return None;
    }
    let rest = &line[label.len()..];
    // "Total" must not match "Totally", nor "商品" the start of "商品金額".
    let next = rest.chars().next();
    if label.is_ascii() && next.is_some_and(char::is_alphanumeric) {
        return None;
    }
    if !label.is_ascii() && next.is_some_and(is_cjk) {
        return None;
    }
    let mut rest = rest.trim_start();
    // "Order date" is not "Order": a word after an English label makes another label.
    let word: String = rest
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let another_word = !word.is_empty()
        && word.chars().all(|c| c.is_ascii_alphabetic())
        && !rest[word.len()..].starts_with('$')
        && Currency::from_code(&word.to_ascii_uppercase()).is_none();
    if label.is_ascii() && another_word {
        return None;
    }
    for (open, close) in [('(', ')'), ('（', '）')] {
        if let Some(inner) = rest.strip_prefix(open)
            && let Some(end) = inner.find(close)
        {
            rest = inner[end + close.len_utf8()..].trim_start();
        }
    }
    Some(rest.trim_start_matches(|c: char| ":：】]〕」|#.=\t".contains(c) || c.is_whitespace()))
}

/// A Chinese character or Japanese kana.
fn is_cjk(c: char) -> bool {
    ('\u{3040}'..='\u{30FF}').contains(&c) || ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// An order number: the first word with a digit, at least four characters.
fn order_number(value: &str) -> Option<String> {
    value
        .split(|c: char| c.is_whitespace() || "、,，()（）".contains(c))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| {
            w.len() >= 4
                && parse_day(w).is_none()
                && w.chars().any(|c| c.is_ascii_digit())
                && w.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_/".contains(c))
        })
        .map(str::to_owned)
}

/// The currency an amount is written with.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Sign {
    Known(Currency),
    YenOrYuan,
    None,
}

/// An amount and its currency sign, from "¥2,980", "3,300円", "US$14.99", "NT$ 450".
fn price(value: &str) -> Option<(Decimal, Sign)> {
    let start = value.find(|c: char| c.is_ascii_digit())?;
    let number: String = value[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    let number = number.trim_end_matches(['.', ',']);
    let amount = parse_amount(number).ok()?;
    let before = value[..start].trim_end().to_uppercase();
    let after = value[start + number.len()..].trim_start().to_uppercase();
    let sign = sign_of(&before, &after);
    Some((amount, sign))
}

fn sign_of(before: &str, after: &str) -> Sign {
    let code = |word: &str| {
        let word: String = word.chars().take(3).collect();
        Currency::from_code(&word)
    };
    let marks: [(&str, Currency); 10] = [
        ("YEN", Currency::JPY),
        ("YUAN", Currency::CNY),
        ("NT$", Currency::TWD),
        ("HK$", Currency::HKD),
        ("US$", Currency::USD),
        ("€", Currency::EUR),
        ("RMB", Currency::CNY),
        ("人民币", Currency::CNY),
        ("円", Currency::JPY),
        ("元", Currency::CNY),
    ];
    for (mark, currency) in marks {
        if before.ends_with(mark) || after.starts_with(mark) {
            return Sign::Known(currency);
        }
    }
    if let Some(currency) = code(after.trim_start_matches(|c: char| !c.is_ascii_alphabetic()))
        .filter(|_| after.starts_with(|c: char| c.is_ascii_alphabetic()))
    {
        return Sign::Known(currency);
    }
    let last_word = before.split_whitespace().last().unwrap_or_default();
    if last_word.len() >= 3
        && last_word.is_ascii()
        && let Some(currency) = Currency::from_code(&last_word[last_word.len() - 3..])
    {
        return Sign::Known(currency);
    }
    if before.ends_with('¥') || before.ends_with('￥') {
        return Sign::YenOrYuan;
    }
    if before.ends_with('$') {
        return Sign::Known(Currency::USD);
    }
    Sign::None
}

/// Yen or yuan for a bare ¥, from the e-mail's words, language and sender.
fn yen_or_yuan(text: &str, sender: &str) -> Option<Currency> {
    let lower = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(&w.to_lowercase()));
    let yen = has(&["円", "JPY", "日元", "日圓", " yen"]);
    let yuan = has(&["元", "人民币", "RMB", "CNY", " yuan", "renminbi"]) && !has(&["日元"]);
    match (yen, yuan) {
        (true, false) => return Some(Currency::JPY),
        (false, true) => return Some(Currency::CNY),
        _ => {}
    }
    let domain = sender.rsplit('@').next().unwrap_or_default().to_lowercase();
    let tld = domain.rsplit('.').next().unwrap_or_default();
    if tld == "jp" {
        return Some(Currency::JPY);
    }
    if tld == "cn" {
        return Some(Currency::CNY);
    }
    let kana = text.chars().any(|c| ('\u{3040}'..='\u{30FF}').contains(&c));
    let han = text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
    if kana {
        Some(Currency::JPY)
    } else if han {
        Some(Currency::CNY)
    } else {
        None
    }
}

/// The ICCID: 19 or 20 digits starting with 89, on a line labelled ICCID
/// (spaces between groups allowed), else anywhere.
fn iccid(lines: &[&str]) -> Option<String> {
    let digits_of = |value: &str| {
        let digits: String = value
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ' ' || *c == '-')
            .filter(char::is_ascii_digit)
            .collect();
        (digits.starts_with("89") && (19..=20).contains(&digits.len())).then_some(digits)
    };
    labelled(lines, &["iccid", "iccid番号", "sim卡号"], digits_of).or_else(|| {
        lines.iter().find_map(|line| {
            line.split(|c: char| !c.is_ascii_digit())
                .find(|w| w.starts_with("89") && (19..=20).contains(&w.len()))
                .map(str::to_owned)
        })
    })
}

/// An eSIM activation code written out in the e-mail.
fn activation_code(text: &str) -> Option<String> {
    // ASCII upper case keeps every byte where it was.
    let upper = text.to_ascii_uppercase();
    let at = upper.find("LPA:1$")?;
    let code: String = text[at..]
        .chars()
        .take_while(|c| !c.is_whitespace() && !"<>\"'".contains(*c))
        .collect();
    let code = format!("LPA:{}", &code[4..]);
    // Only a code the phone would take (not a half-quoted fragment).
    super::esim_code::parse_lpa(&code).is_ok().then_some(code)
}

/// The provider: the archive's, when the sender's domain is its website's or
/// the sender's name holds its name; else the sender's name, else the domain.
fn provider(mail: &MailFacts, providers: &[KnownProvider]) -> Option<String> {
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
    if !name.is_empty() {
        return Some(name.to_owned());
    }
    (!domain.is_empty()).then_some(domain)
}

/// `https://www.sora-esim.example/topup` → `sora-esim.example`.
fn website_domain(website: &str) -> String {
    let rest = website.split_once("://").map_or(website, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    host.trim_start_matches("www.").to_lowercase()
}

mod dates;
#[cfg(test)]
mod tests;
