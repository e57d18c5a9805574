//! Receipts: save and delete, attach confirmation files, import and export CSV.

use std::path::{Path, PathBuf};

use super::{Level, Outcome, read_file, shown};
use crate::formats::{self, csv};
use crate::i18n::Msg;
use crate::model::{Archive, Attachment, Receipt, ReceiptId};
use crate::store::attachments;

/// At most this many bad lines of a CSV file are listed, in the app and on the
/// command line alike; a line then says how many more there are.
pub const CSV_ERRORS_LISTED: usize = 20;

/// Adds a receipt, or replaces the receipt with the same id.
pub fn save_receipt(archive: &mut Archive, receipt: Receipt) -> Outcome {
    match archive.receipts.iter_mut().find(|r| r.id == receipt.id) {
        Some(old) => *old = receipt,
        None => archive.receipts.push(receipt),
    }
    Outcome::success(true, Msg::new("receipt-saved"))
}

/// Deletes a receipt; its files are kept while another receipt uses them.
pub fn delete_receipt(archive: &mut Archive, id: ReceiptId) -> Outcome {
    let Some(i) = archive.receipts.iter().position(|r| r.id == id) else {
        return Outcome::nothing();
    };
    archive.receipts.remove(i);
    Outcome::success(true, Msg::new("receipt-deleted"))
}

/// Copies files into the archive's `attachments/` folder (once per content).
/// Returns what was attached; a file that cannot be is said, the others go on.
pub fn attach_files(data_dir: &Path, paths: &[PathBuf]) -> (Vec<Attachment>, Outcome) {
    let mut attached = Vec::new();
    let mut outcome = Outcome::nothing();
    for path in paths {
        match attachments::attach(data_dir, path) {
            Ok(attachment) => attached.push(attachment),
            Err(error) => outcome = outcome.and(Outcome::failed(error.message())),
        }
    }
    (attached, outcome)
}

/// What to do with rows that name a card the archive does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownCards {
    /// Import nothing and list them (the person then chooses).
    Refuse,
    /// Import them without a card, keeping the card's name on the receipt.
    WithoutCard,
}

/// The headline of an import refused for rows naming unknown cards; its
/// lines name each row. The app asks what to do when it sees it.
pub const UNKNOWN_CARDS_REFUSED: &str = msg_id!("csv-unknown-cards");

/// Imports the receipts of a CSV file. Every row is checked first: when any
/// is bad nothing is imported, and every problem of every bad line is listed
/// (at most [`CSV_ERRORS_LISTED`], then how many more). Rows naming a card
/// the archive does not have are refused the same way unless `unknown` says
/// to import them without a card. Rows already in the archive are skipped.
pub fn import_receipts(archive: &mut Archive, file: &Path, unknown: UnknownCards) -> Outcome {
    let bytes = match read_file(file) {
        Ok(bytes) => bytes,
        Err(msg) => return Outcome::failed(msg),
    };
    match csv::read_receipts(&bytes, archive) {
        Ok(plan) if !plan.unknown_cards.is_empty() && unknown == UnknownCards::Refuse => {
            let count = plan.unknown_cards.len();
            Outcome::failed_with(
                Msg::new(UNKNOWN_CARDS_REFUSED).arg("count", count),
                listed(&plan.unknown_cards),
            )
        }
        Ok(plan) => {
            let count = plan.new.len();
            for person in plan.people {
                archive.upsert_person(person);
            }
            archive.receipts.extend(plan.new);
            let mut outcome = Outcome::success(
                count > 0,
                Msg::new("csv-imported")
                    .arg("count", count)
                    .arg("duplicates", plan.duplicates),
            );
            if plan.encoding != encoding_rs::UTF_8.name() {
                let msg = Msg::new("csv-read-as").arg("encoding", plan.encoding);
                outcome = outcome.say(Level::Info, msg);
            }
            for warning in &plan.warnings {
                outcome = outcome.say(Level::Warning, warning.message());
            }
            if !plan.unknown_cards.is_empty() {
                let msg =
                    Msg::new("csv-imported-without-card").arg("count", plan.unknown_cards.len());
                outcome = outcome.say(Level::Info, msg);
            }
            outcome
        }
        Err(errors) => Outcome::failed_with(Msg::new("csv-import-failed"), listed(&errors)),
    }
}

/// One line per row, at most [`CSV_ERRORS_LISTED`], then how many more.
fn listed(rows: &[csv::RowError]) -> Vec<Msg> {
    let mut lines: Vec<Msg> = rows
        .iter()
        .take(CSV_ERRORS_LISTED)
        .map(csv::RowError::message)
        .collect();
    if rows.len() > CSV_ERRORS_LISTED {
        lines.push(Msg::new("csv-more-errors").arg("count", rows.len() - CSV_ERRORS_LISTED));
    }
    lines
}

/// Writes every receipt to a CSV file.
pub fn export_receipts(archive: &Archive, file: &Path) -> Outcome {
    let result = csv::write_receipts(archive)
        .and_then(|text| formats::write_file(file, &text))
        .map(|()| {
            Outcome::success(
                false,
                Msg::new("csv-exported")
                    .arg("count", archive.receipts.len())
                    .arg("path", shown(file)),
            )
        });
    result.into()
}
