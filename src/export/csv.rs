//! Receipts as CSV, for spreadsheets and for moving between archives.
//!
//! The columns, in this order:
//! `date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes`.
//! Importing checks every row first and imports nothing when any row is bad;
//! a row that is already in the archive (same date, card, order number and
//! amount) is skipped, so importing the same file twice adds nothing.

use std::collections::HashSet;

use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};

use crate::i18n::Msg;
use crate::model::card::{CardId, Channel};
use crate::model::form::{JAPAN_ZONE, parse_date};
use crate::model::identifiers::find_payment_card;
use crate::model::money::{Money, parse_amount, parse_currency};
use crate::model::receipts::card_name;
use crate::model::{Archive, Receipt, ReceiptId};

/// The header row, which an imported file must have too.
pub const HEADER: [&str; 11] = [
    "date",
    "card",
    "provider",
    "plan",
    "channel",
    "amount",
    "currency",
    "order_number",
    "valid_from",
    "valid_until",
    "notes",
];

/// "2026-11-30T23:59:00+09:00": a moment with its offset, as the CSV holds it.
fn moment_text(moment: Option<&Zoned>) -> String {
    moment
        .map(|m| m.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
        .unwrap_or_default()
}

/// The receipts as CSV text, oldest first.
pub fn write_receipts(archive: &Archive) -> Result<String, Msg> {
    let mut order: Vec<&Receipt> = archive.receipts.iter().collect();
    order.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then_with(|| a.order_number.cmp(&b.order_number))
    });
    let mut writer = csv::Writer::from_writer(Vec::new());
    let failed = |e: csv::Error| Msg::new("csv-write-failed").arg("detail", e.to_string());
    writer.write_record(HEADER).map_err(failed)?;
    for receipt in order {
        writer
            .write_record([
                receipt.date.to_string().as_str(),
                card_name(archive, receipt),
                &receipt.provider,
                &receipt.plan,
                receipt.channel.code(),
                &receipt.amount.amount_text(),
                receipt.amount.currency.code(),
                &receipt.order_number,
                &moment_text(receipt.valid_from.as_ref()),
                &moment_text(receipt.valid_until.as_ref()),
                &receipt.notes,
            ])
            .map_err(failed)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| Msg::new("csv-write-failed").arg("detail", e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| Msg::new("csv-write-failed").arg("detail", e.to_string()))
}

/// What is wrong with one line of an imported file.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    /// The line in the file, from 1 (the header is line 1).
    pub line: u64,
    /// What is wrong.
    pub problem: Msg,
}

impl RowError {
    /// "Line 4: …", for the person.
    pub fn message(&self) -> Msg {
        Msg::new("csv-row-error")
            .arg("line", self.line.to_string())
            .arg("problem", self.problem.clone())
    }
}

/// What importing a file would do.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPlan {
    /// The receipts to add.
    pub new: Vec<Receipt>,
    /// How many rows were already in the archive (or twice in the file).
    pub duplicates: usize,
}

/// The identity of a receipt for deduplication: date, card, order number, amount.
fn identity(archive: &Archive, receipt: &Receipt) -> (jiff::civil::Date, String, String, String) {
    (
        receipt.date,
        card_name(archive, receipt).trim().to_lowercase(),
        receipt.order_number.trim().to_owned(),
        receipt.amount.to_string(),
    )
}

/// A moment with an offset; it takes the card's time zone (or Japan's) when
/// the offset agrees with it at that moment, so a round trip keeps the zone.
fn parse_moment(text: &str, zones: &[TimeZone]) -> Result<Option<Zoned>, Msg> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let bad = || Msg::new("csv-bad-moment").arg("text", text);
    let timestamp: Timestamp = text.parse().map_err(|_| bad())?;
    let offset = jiff::fmt::temporal::Pieces::parse(text)
        .ok()
        .and_then(|p| p.to_numeric_offset())
        .ok_or_else(bad)?;
    let zone = zones
        .iter()
        .find(|zone| zone.to_offset(timestamp) == offset)
        .cloned()
        .unwrap_or_else(|| TimeZone::fixed(offset));
    Ok(Some(timestamp.to_zoned(zone)))
}

fn field(record: &csv::ByteRecord, i: usize, line: u64) -> Result<&str, RowError> {
    std::str::from_utf8(record.get(i).unwrap_or_default()).map_err(|_| RowError {
        line,
        problem: Msg::new("csv-not-utf8"),
    })
}

/// Reads one data row into a receipt.
fn read_row(archive: &Archive, record: &csv::ByteRecord, line: u64) -> Result<Receipt, RowError> {
    let at = |problem: Msg| RowError { line, problem };
    if record.len() != HEADER.len() {
        return Err(at(Msg::new("csv-column-count")
            .arg("found", record.len())
            .arg("expected", HEADER.len())));
    }
    let mut fields = [""; 11];
    for (i, slot) in fields.iter_mut().enumerate() {
        *slot = field(record, i, line)?;
    }
    let [
        date,
        card,
        provider,
        plan,
        channel,
        amount,
        currency,
        order,
        from,
        until,
        notes,
    ] = fields;
    let date =
        parse_date(date).map_err(|_| at(Msg::new("csv-bad-date").arg("text", date.trim())))?;
    let channel = Channel::from_code(channel)
        .ok_or_else(|| at(Msg::new("csv-bad-channel").arg("text", channel.trim())))?;
    let amount = parse_amount(amount).map_err(|e| at(e.message()))?;
    let currency = parse_currency(currency).map_err(|e| at(e.message()))?;
    let card_label = card.trim();
    let linked: Option<CardId> = archive
        .cards
        .iter()
        .find(|c| c.label.trim() == card_label)
        .map(|c| c.id);
    let mut zones: Vec<TimeZone> = linked
        .and_then(|id| archive.card(id))
        .and_then(|c| c.validity_end.as_ref())
        .map(|end| vec![end.time_zone().clone()])
        .unwrap_or_default();
    if let Ok(japan) = TimeZone::get(JAPAN_ZONE) {
        zones.push(japan);
    }
    let valid_from = parse_moment(from, &zones).map_err(at)?;
    let valid_until = parse_moment(until, &zones).map_err(at)?;
    for (id, text) in [
        ("receipts-col-card", card),
        ("receipts-col-provider", provider),
        ("receipts-col-plan", plan),
        ("receipts-col-order", order),
        ("field-notes", notes),
    ] {
        if let Some(found) = find_payment_card(text) {
            return Err(at(found.message(Msg::new(id))));
        }
    }
    Ok(Receipt {
        id: ReceiptId::new_random(),
        date,
        card: linked,
        card_label: card_label.to_owned(),
        provider: provider.trim().to_owned(),
        plan: plan.trim().to_owned(),
        channel,
        amount: Money::new(amount, currency),
        order_number: order.trim().to_owned(),
        valid_from,
        valid_until,
        notes: notes.trim_end().to_owned(),
        attachments: Vec::new(),
    })
}

/// Checks every row of a CSV file and, when all are sound, says what importing adds.
pub fn read_receipts(bytes: &[u8], archive: &Archive) -> Result<ImportPlan, Vec<RowError>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut errors = Vec::new();
    let mut new: Vec<Receipt> = Vec::new();
    let mut seen: HashSet<_> = archive
        .receipts
        .iter()
        .map(|r| identity(archive, r))
        .collect();
    let mut duplicates = 0;
    let mut header_seen = false;
    let mut record = csv::ByteRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(error) => {
                let line = error.position().map_or(line, csv::Position::line);
                errors.push(RowError {
                    line,
                    problem: Msg::new("csv-unreadable").arg("detail", error.to_string()),
                });
                break;
            }
        }
        let line = record.position().map_or(line, csv::Position::line);
        if !header_seen {
            header_seen = true;
            let header: Vec<&[u8]> = record.iter().collect();
            let expected: Vec<&[u8]> = HEADER.iter().map(|h| h.as_bytes()).collect();
            // A spreadsheet may put a byte-order mark before the first column.
            let first_ok = header
                .first()
                .map(|h| h.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(h));
            if header.len() != expected.len()
                || first_ok != expected.first().copied()
                || header[1..] != expected[1..]
            {
                errors.push(RowError {
                    line,
                    problem: Msg::new("csv-bad-header").arg("header", HEADER.join(",")),
                });
                break;
            }
            continue;
        }
        if record.iter().all(<[u8]>::is_empty) {
            continue;
        }
        match read_row(archive, &record, line) {
            Ok(receipt) => {
                if seen.insert(identity(archive, &receipt)) {
                    new.push(receipt);
                } else {
                    duplicates += 1;
                }
            }
            Err(error) => errors.push(error),
        }
    }
    if !header_seen && errors.is_empty() {
        errors.push(RowError {
            line: 1,
            problem: Msg::new("csv-bad-header").arg("header", HEADER.join(",")),
        });
    }
    if errors.is_empty() {
        Ok(ImportPlan { new, duplicates })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests;
