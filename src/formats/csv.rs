//! Receipts as CSV, for spreadsheets and for moving between archives.
//!
//! The columns are those of [`ReceiptColumn::in_csv`]; an export writes them
//! in that order (today
//! `date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes`).
//! An import finds them by their header, in any order: a file from any
//! earlier version imports; `date`, `amount` and `currency` must be there,
//! the others may be missing; a column Kōshin does not know is named.
//! Importing checks every row first and imports nothing when any row is bad;
//! a row that is already in the archive (same date, card, order number and
//! amount) is skipped, so importing the same file twice adds nothing.
//!
//! A file is read as UTF-8 (with or without a byte-order mark), or in the
//! legacy encoding a spreadsheet on Chinese or Japanese Windows saves "CSV" in
//! (GBK, Big5, `Shift_JIS`, EUC-JP), detected from its bytes. Kōshin writes
//! UTF-8 with a byte-order mark, which Excel needs to show Chinese right.

use std::collections::{BTreeMap, HashSet};

use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};

use crate::i18n::Msg;
use crate::model::card::{CardId, Channel};
use crate::model::identifiers::{find_payment_card, order_number_question};
use crate::model::input::{JAPAN_ZONE, parse_date};
use crate::model::money::{Money, parse_amount, parse_currency};
use crate::model::receipt_columns::{Names, ReceiptColumn};
use crate::model::receipts::card_name;
use crate::model::{Archive, Person, Receipt, ReceiptId};

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
    let columns: Vec<ReceiptColumn> = ReceiptColumn::in_csv().map(|spec| spec.column).collect();
    writer
        .write_record(ReceiptColumn::csv_header())
        .map_err(failed)?;
    for receipt in order {
        let names = Names::of(archive, receipt);
        let row = columns.iter().map(|column| column.text(receipt, &names));
        writer
            .write_record(row.map(std::borrow::Cow::into_owned))
            .map_err(failed)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| Msg::new("csv-write-failed").arg("detail", e.to_string()))?;
    let text = String::from_utf8(bytes)
        .map_err(|e| Msg::new("csv-write-failed").arg("detail", e.to_string()))?;
    // The byte-order mark tells Excel the file is UTF-8.
    Ok(format!("\u{FEFF}{text}"))
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
    /// The encoding the file was read in ("UTF-8", "GBK", "`Shift_JIS`").
    pub encoding: &'static str,
    /// Rows imported with something to look at (an order number that looks
    /// like a card number: kept, as the order number column holds order numbers).
    pub warnings: Vec<RowError>,
    /// Rows naming a card the archive does not have: imported without a card
    /// (keeping the name) only when the person agrees.
    pub unknown_cards: Vec<RowError>,
    /// People the `paid_by` column names whom the household lacks: they join it.
    pub people: Vec<Person>,
}

/// The text of a CSV file and the encoding it was in: a byte-order mark
/// decides; else UTF-8 when the bytes are UTF-8; else the legacy encoding
/// the bytes look like.
pub fn decode(bytes: &[u8]) -> (String, &'static encoding_rs::Encoding) {
    let encoding = match encoding_rs::Encoding::for_bom(bytes) {
        Some((encoding, _)) => encoding,
        None if std::str::from_utf8(bytes).is_ok() => encoding_rs::UTF_8,
        None => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            detector.guess(None, chardetng::Utf8Detection::Deny)
        }
    };
    // `decode` drops a byte-order mark and replaces what cannot be read.
    let (text, _, _) = encoding.decode(bytes);
    (text.into_owned(), encoding)
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

/// Where each column is in an imported file, found by its header, and how
/// many columns the header has (every row must have as many).
struct Layout(BTreeMap<ReceiptColumn, usize>, usize);

impl Layout {
    /// Reads the header row: every name must be a column Kōshin knows, once,
    /// and the required ones must be there. Every problem is named.
    fn of(header: &csv::StringRecord) -> Result<Self, Vec<Msg>> {
        let mut found = BTreeMap::new();
        let mut problems = Vec::new();
        for (position, name) in header.iter().enumerate() {
            match ReceiptColumn::from_csv_header(name) {
                Some(column) if found.insert(column, position).is_some() => {
                    problems.push(Msg::new("csv-column-twice").arg("name", name.trim()));
                }
                Some(_) => {}
                None => problems.push(
                    Msg::new("csv-unknown-column")
                        .arg("name", name.trim())
                        .arg("known", ReceiptColumn::csv_header().join(", ")),
                ),
            }
        }
        for spec in ReceiptColumn::in_csv() {
            if spec.csv_required && !found.contains_key(&spec.column) {
                let name = spec.csv.unwrap_or_default();
                problems.push(Msg::new("csv-column-missing").arg("name", name));
            }
        }
        if problems.is_empty() {
            Ok(Self(found, header.len()))
        } else {
            Err(problems)
        }
    }

    /// The row's text in `column` ("" when the file has no such column).
    fn get<'a>(&self, record: &'a csv::StringRecord, column: ReceiptColumn) -> &'a str {
        self.0
            .get(&column)
            .and_then(|&i| record.get(i))
            .unwrap_or_default()
    }
}

/// What one data row reads as: the receipt, a warning when its order number
/// looks like a card number, and whether its card is one the archive lacks.
struct Row {
    receipt: Receipt,
    warnings: Vec<RowError>,
    /// A payer the household lacks, who joins it with the receipt.
    new_person: Option<Person>,
    unknown_card: bool,
}

/// Reads one data row into a receipt, or every problem it has.
fn read_row(
    archive: &Archive,
    layout: &Layout,
    record: &csv::StringRecord,
    line: u64,
) -> Result<Row, Vec<RowError>> {
    let at = |problem: Msg| RowError { line, problem };
    // A comma inside an unquoted amount ("29,80") shifts every column after it.
    if record.len() != layout.1 {
        return Err(vec![at(Msg::new("csv-column-count")
            .arg("found", record.len())
            .arg("expected", layout.1))]);
    }
    let field = |column| layout.get(record, column);
    let (date, card, provider, plan, channel) = (
        field(ReceiptColumn::Date),
        field(ReceiptColumn::Card),
        field(ReceiptColumn::Provider),
        field(ReceiptColumn::Plan),
        field(ReceiptColumn::Channel),
    );
    let (amount, currency, order, from, until, notes) = (
        field(ReceiptColumn::Amount),
        field(ReceiptColumn::Currency),
        field(ReceiptColumn::OrderNumber),
        field(ReceiptColumn::ValidFrom),
        field(ReceiptColumn::ValidUntil),
        field(ReceiptColumn::Notes),
    );
    let mut problems = Vec::new();
    let mut check = |result: Result<(), Msg>| {
        if let Err(problem) = result {
            problems.push(at(problem));
        }
    };
    let date = parse_date(date).map_err(|_| Msg::new("csv-bad-date").arg("text", date.trim()));
    check(date.as_ref().map(drop).map_err(Clone::clone));
    let channel = channel_of(channel);
    check(channel.as_ref().map(drop).map_err(Clone::clone));
    let amount = parse_amount(amount).map_err(|e| e.message());
    check(amount.as_ref().map(drop).map_err(Clone::clone));
    let currency = parse_currency(currency).map_err(|e| e.message());
    check(currency.as_ref().map(drop).map_err(Clone::clone));
    let money = trip_columns(archive, &field, &at);
    check(money.charged.as_ref().map(drop).map_err(Clone::clone));
    let card_label = card.trim();
    let linked: Option<CardId> = archive
        .cards
        .iter()
        .find(|c| c.label.trim() == card_label)
        .map(|c| c.id);
    let zones = zones_of(archive, linked);
    let valid_from = parse_moment(from, &zones);
    check(valid_from.as_ref().map(drop).map_err(Clone::clone));
    let valid_until = parse_moment(until, &zones);
    check(valid_until.as_ref().map(drop).map_err(Clone::clone));
    for found in payment_cards([card, provider, plan, notes]) {
        check(Err(found));
    }
    let (Ok(date), Ok(channel), Ok(amount), Ok(currency), Ok(valid_from), Ok(valid_until)) =
        (date, channel, amount, currency, valid_from, valid_until)
    else {
        return Err(problems);
    };
    let Ok(charged) = money.charged else {
        return Err(problems);
    };
    let mut warnings = money.warnings;
    if !problems.is_empty() {
        return Err(problems);
    }
    warnings.extend(
        order_number_question(order, false)
            .map(|_| at(Msg::new("csv-order-like-card").arg("order", order.trim()))),
    );
    let receipt = Receipt {
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
        paid_by: money.paid_by,
        charged,
        trip: None,
        shared_by: Vec::new(),
        updated_at: None,
    };
    // A trip named is kept only when it is not the one of the card and date.
    let mut receipt = receipt;
    if money.trip.is_some() && crate::model::trip_report::trip_of(archive, &receipt) != money.trip {
        receipt.trip = money.trip;
    }
    Ok(Row {
        receipt,
        warnings,
        new_person: money.new_person,
        unknown_card: linked.is_none() && !card_label.is_empty(),
    })
}

/// A payment card number in the card's name, the provider, the plan or the
/// notes (in that order): each is refused, named by its column.
fn payment_cards(texts: [&str; 4]) -> Vec<Msg> {
    let ids = [
        msg_id!("receipts-col-card"),
        msg_id!("receipts-col-provider"),
        msg_id!("receipts-col-plan"),
        msg_id!("field-notes"),
    ];
    ids.into_iter()
        .zip(texts)
        .filter_map(|(id, text)| Some(find_payment_card(text)?.message(Msg::new(id))))
        .collect()
}

/// The channel a row names; a file without the channel column says nothing
/// of it: online, as the form starts.
fn channel_of(text: &str) -> Result<Channel, Msg> {
    if text.trim().is_empty() {
        Ok(Channel::default())
    } else {
        Channel::from_code(text).ok_or_else(|| Msg::new("csv-bad-channel").arg("text", text.trim()))
    }
}

/// The zones a row's moments may be in: its card's, then Japan's.
fn zones_of(archive: &Archive, card: Option<CardId>) -> Vec<TimeZone> {
    let mut zones: Vec<TimeZone> = card
        .and_then(|id| archive.card(id))
        .and_then(|c| c.validity_end.as_ref())
        .map(|end| vec![end.time_zone().clone()])
        .unwrap_or_default();
    if let Ok(japan) = TimeZone::get(JAPAN_ZONE) {
        zones.push(japan);
    }
    zones
}

/// What the trip columns of a row say: who paid (a payer the household
/// lacks joins it), what was charged, and the trip (an unknown one is left to
/// the card and date, with a warning).
struct TripColumns {
    new_person: Option<Person>,
    paid_by: Option<crate::model::PersonId>,
    trip: Option<crate::model::TripId>,
    warnings: Vec<RowError>,
    charged: Result<Option<Money>, Msg>,
}

fn trip_columns<'a>(
    archive: &Archive,
    field: &dyn Fn(ReceiptColumn) -> &'a str,
    at: &dyn Fn(Msg) -> RowError,
) -> TripColumns {
    let (paid_by, charged_amount, charged_currency, trip) = (
        field(ReceiptColumn::PaidBy),
        field(ReceiptColumn::ChargedAmount),
        field(ReceiptColumn::ChargedCurrency),
        field(ReceiptColumn::Trip),
    );
    let paid_by = paid_by.trim();
    let new_person = (!paid_by.is_empty() && archive.person_named(paid_by).is_none())
        .then(|| Person::named(paid_by));
    let paid_by = archive
        .person_named(paid_by)
        .or(new_person.as_ref())
        .map(|p| p.id);
    let trip_name = trip.trim();
    let trip = archive
        .trips
        .iter()
        .find(|t| t.name.trim().eq_ignore_ascii_case(trip_name))
        .map(|t| t.id);
    let mut warnings = Vec::new();
    if trip.is_none() && !trip_name.is_empty() {
        warnings.push(at(Msg::new("csv-unknown-trip").arg("name", trip_name)));
    }
    let charged = if charged_amount.trim().is_empty() {
        Ok(None)
    } else {
        parse_amount(charged_amount)
            .map_err(|e| e.message())
            .and_then(|amount| {
                let currency = parse_currency(charged_currency).map_err(|e| e.message())?;
                Ok(Some(Money::new(amount, currency)))
            })
    };
    TripColumns {
        new_person,
        paid_by,
        trip,
        warnings,
        charged,
    }
}

/// Checks every row of a CSV file and, when all are sound, says what importing adds.
pub fn read_receipts(bytes: &[u8], archive: &Archive) -> Result<ImportPlan, Vec<RowError>> {
    let (text, encoding) = decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut unknown_cards = Vec::new();
    let mut people = Vec::new();
    let mut new: Vec<Receipt> = Vec::new();
    let mut seen: HashSet<_> = archive
        .receipts
        .iter()
        .map(|r| identity(archive, r))
        .collect();
    let mut duplicates = 0;
    let mut layout: Option<Layout> = None;
    let mut record = csv::StringRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut record) {
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
        let Some(layout) = &layout else {
            match Layout::of(&record) {
                Ok(found) => layout = Some(found),
                Err(problems) => {
                    errors.extend(
                        problems
                            .into_iter()
                            .map(|problem| RowError { line, problem }),
                    );
                    break;
                }
            }
            continue;
        };
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        match read_row(archive, layout, &record, line) {
            Ok(row) => {
                warnings.extend(row.warnings);
                if let Some(person) = row.new_person
                    && !people.iter().any(|p: &Person| p.id == person.id)
                {
                    people.push(person);
                }
                if row.unknown_card {
                    unknown_cards.push(RowError {
                        line,
                        problem: Msg::new("csv-unknown-card")
                            .arg("card", row.receipt.card_label.as_str()),
                    });
                }
                if seen.insert(identity(archive, &row.receipt)) {
                    new.push(row.receipt);
                } else {
                    duplicates += 1;
                }
            }
            Err(problems) => errors.extend(problems),
        }
    }
    if layout.is_none() && errors.is_empty() {
        errors.push(RowError {
            line: 1,
            problem: Msg::new("csv-bad-header")
                .arg("header", ReceiptColumn::csv_header().join(",")),
        });
    }
    if errors.is_empty() {
        Ok(ImportPlan {
            new,
            duplicates,
            encoding: encoding.name(),
            warnings,
            people,
            unknown_cards,
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests;
