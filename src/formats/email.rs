//! Confirmation e-mails as files: a saved `.eml` (MIME: multipart,
//! quoted-printable and base64, HTML-only, forwarded messages, and the
//! charsets of the region through `mail-parser`), or a saved `.txt` or
//! `.html` page; and the QR codes in its images. What the e-mail says is
//! read by the rules in [`crate::model::confirmation`].

use std::borrow::Cow;

use jiff::Zoned;
use jiff::civil::DateTime;
use jiff::tz::{Offset, TimeZone};
use mail_parser::{Message, MessageParser, MimeHeaders, PartType};

use crate::model::confirmation::MailFacts;

/// Forwarded messages inside forwarded messages: how deep to look.
const MAX_DEPTH: usize = 4;

/// An e-mail as read from a file: what the rules read, and the images and
/// PDFs it carries.
#[derive(Debug, Clone, Default)]
pub struct MailFile {
    /// Sender, subject, date and text.
    pub facts: MailFacts,
    /// The PNG and JPEG images inside (inline QR codes, screenshots).
    pub images: Vec<Vec<u8>>,
    /// The PDFs attached (a receipt, an invoice), by file name.
    pub pdfs: Vec<(String, Vec<u8>)>,
}

/// What kind of file an e-mail was saved as, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    /// A whole message (`.eml`).
    Message,
    /// A web page (`.html`, `.htm`).
    Html,
    /// Plain text (`.txt`).
    Text,
    /// A PDF receipt or invoice (`.pdf`): its text is read in a child process.
    Pdf,
}

impl MailKind {
    /// The kind of a file called `name`, or `None` when it is no e-mail.
    pub fn of_name(name: &str) -> Option<Self> {
        let lower = name.to_lowercase();
        let ext = lower.rsplit('.').next().unwrap_or_default();
        match ext {
            "eml" => Some(MailKind::Message),
            "html" | "htm" => Some(MailKind::Html),
            "txt" => Some(MailKind::Text),
            "pdf" => Some(MailKind::Pdf),
            _ => None,
        }
    }
}

/// Reads an e-mail file's bytes; `None` when a `.eml` is no message at all.
/// A PDF is handed back whole in [`MailFile::pdfs`]: reading its text is
/// the caller's (in a child process).
pub fn read(bytes: &[u8], kind: MailKind) -> Option<MailFile> {
    match kind {
        MailKind::Pdf => Some(MailFile {
            pdfs: vec![(String::new(), bytes.to_vec())],
            ..MailFile::default()
        }),
        MailKind::Message => {
            let message = MessageParser::default().parse(bytes)?;
            let mut file = MailFile::default();
            collect(&message, &mut file, 0);
            Some(file)
        }
        MailKind::Html | MailKind::Text => {
            let text = decode_text(bytes);
            let text = if kind == MailKind::Html {
                html_text(&text)
            } else {
                text
            };
            let mut file = MailFile::default();
            forwarded_sender(&text, &mut file.facts);
            file.facts.text = text;
            Some(file)
        }
    }
}

/// The sender, date and text of `message`, and those of the messages
/// forwarded inside it: the innermost sender is the provider.
fn collect(message: &Message<'_>, file: &mut MailFile, depth: usize) {
    if let Some(from) = message.from().and_then(|a| a.first()) {
        from.name()
            .unwrap_or_default()
            .trim()
            .clone_into(&mut file.facts.sender_name);
        from.address()
            .unwrap_or_default()
            .trim()
            .clone_into(&mut file.facts.sender_address);
    }
    if let Some(subject) = message.subject() {
        subject.clone_into(&mut file.facts.subject);
    }
    if let Some(sent) = message.date().and_then(zoned) {
        file.facts.sent = Some(sent);
    }
    for part in message.text_bodies() {
        let text = match &part.body {
            PartType::Text(text) => text.to_string(),
            PartType::Html(html) => html_text(html),
            _ => continue,
        };
        if !file.facts.text.is_empty() {
            file.facts.text.push('\n');
        }
        file.facts.text.push_str(&text);
    }
    if depth == 0 {
        let text = file.facts.text.clone();
        forwarded_sender(&text, &mut file.facts);
    }
    for part in &message.parts {
        match &part.body {
            PartType::Message(inner) if depth < MAX_DEPTH => collect(inner, file, depth + 1),
            PartType::Binary(bytes) | PartType::InlineBinary(bytes)
                if part.is_content_type("image", "png")
                    || part.is_content_type("image", "jpeg") =>
            {
                file.images.push(bytes.to_vec());
            }
            PartType::Binary(bytes) | PartType::InlineBinary(bytes)
                if part.is_content_type("application", "pdf")
                    || crate::formats::pdf::looks_like_pdf(bytes) =>
            {
                let name = part.attachment_name().unwrap_or("receipt.pdf").to_owned();
                file.pdfs.push((name, bytes.to_vec()));
            }
            _ => {}
        }
    }
}

/// A message's date in its own offset.
fn zoned(date: &mail_parser::DateTime) -> Option<Zoned> {
    let civil = DateTime::new(
        i16::try_from(date.year).ok()?,
        i8::try_from(date.month).ok()?,
        i8::try_from(date.day).ok()?,
        i8::try_from(date.hour).ok()?,
        i8::try_from(date.minute).ok()?,
        i8::try_from(date.second).ok()?,
        0,
    )
    .ok()?;
    let seconds = i32::from(date.tz_hour) * 3600 + i32::from(date.tz_minute) * 60;
    let offset = Offset::from_seconds(if date.tz_before_gmt {
        -seconds
    } else {
        seconds
    })
    .ok()?;
    civil.to_zoned(TimeZone::fixed(offset)).ok()
}

/// Lines that open a message forwarded inline.
const FORWARD_MARKS: &[&str] = &[
    "Forwarded message",
    "Original Message",
    "Begin forwarded message",
    "转发的邮件",
    "原始邮件",
    "轉寄的郵件",
    "転送されたメッセージ",
    // Outlook's rule above the forwarded header.
    "________________________________",
];

/// Labels of the sender line in a forwarded message's header.
const FROM_LABELS: &[&str] = &[
    "From:",
    "发件人：",
    "发件人:",
    "寄件者：",
    "寄件者:",
    "差出人：",
];

/// The sender line ("From: Tanuki WiFi <…>", "发件人： 行旅通 <…>") of a
/// message forwarded inline, as the sender: the seller is the original's.
fn forwarded_sender(text: &str, facts: &mut MailFacts) {
    let subject = facts.subject.trim_start().to_lowercase();
    let forwarded_subject = ["fwd:", "fw:", "转发：", "转发:", "轉寄：", "転送："]
        .iter()
        .any(|p| subject.starts_with(p));
    let start = FORWARD_MARKS
        .iter()
        .filter_map(|mark| text.find(mark))
        .min()
        .or(forwarded_subject.then_some(0));
    let Some(at) = start else {
        return;
    };
    let Some(line) = text[at..]
        .lines()
        .map(str::trim)
        .find_map(|l| FROM_LABELS.iter().find_map(|label| l.strip_prefix(label)))
    else {
        return;
    };
    let line = line.trim();
    let (name, address) = match line.split_once('<') {
        Some((name, rest)) => (name.trim().trim_matches('"'), rest.trim_end_matches('>')),
        None => ("", line),
    };
    name.clone_into(&mut facts.sender_name);
    address.trim().clone_into(&mut facts.sender_address);
}

/// The bytes of a saved page as text: UTF-8 (with or without a BOM), else the
/// charset the page declares, else a guess.
fn decode_text(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_owned();
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_lowercase();
    let declared = head
        .find("charset=")
        .map(|at| {
            head[at + 8..]
                .trim_start_matches(['"', '\''])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect::<String>()
        })
        .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()));
    let encoding = declared.unwrap_or_else(|| {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
        detector.feed(bytes, true);
        detector.guess(None, chardetng::Utf8Detection::Deny)
    });
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

/// An HTML body as text, a line per row or block and a bar between cells,
/// so that "Total" and its amount in two table cells stay apart.
fn html_text(html: &str) -> String {
    let mut spaced = String::with_capacity(html.len() + html.len() / 8);
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        spaced.push_str(&rest[..at]);
        let tag: String = rest[at + 1..]
            .chars()
            .skip_while(|c| *c == '/')
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        match tag.as_str() {
            "td" | "th" => spaced.push_str(" | "),
            "tr" | "br" | "p" | "div" | "li" | "table" | "h1" | "h2" | "h3" | "h4" => {
                spaced.push_str("<br>");
            }
            _ => {}
        }
        spaced.push('<');
        rest = &rest[at + 1..];
    }
    spaced.push_str(rest);
    let text: Cow<'_, str> = mail_parser::decoders::html::html_to_text(&spaced).into();
    text.into_owned()
}

/// The QR codes found in an image (PNG or JPEG), as text.
pub fn qr_codes(image_bytes: &[u8]) -> Vec<String> {
    let Ok(image) = image::load_from_memory(image_bytes) else {
        return Vec::new();
    };
    let grey = image.into_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(grey);
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, content)| content))
        .collect()
}
