//! What the screens ask the app to do. Screens never change the archive or
//! touch files themselves: they push a `Command`, and `app.rs` applies it after
//! the frame and saves.

use std::path::PathBuf;

use crate::model::{Card, CardId, Receipt, ReceiptId, Settings};
use crate::ui::Screen;
use crate::wizard::Renewal;

/// One request from a screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Add a card, or replace the card with the same id.
    SaveCard(Box<Card>),
    /// Delete a card; its receipts stay, unlinked.
    DeleteCard(CardId),
    /// Start renewing a card (through its usual channel) and show the wizard.
    StartRenewal(CardId),
    /// Replace a renewal in progress with this edited copy.
    UpdateRenewal(Box<Renewal>),
    /// Drop a renewal in progress; the card is not changed.
    CancelRenewal(CardId),
    /// Record a completed renewal: new validity, receipt, history.
    RecordRenewal(CardId),
    /// Record a failed attempt in the card's history and end the renewal.
    RecordFailedAttempt(CardId),
    /// Show another screen.
    Navigate(Screen),
    /// Change the settings (theme, lead time, low-data threshold, reminders).
    UpdateSettings(Box<Settings>),
    /// Show a folder in the system's file manager.
    OpenFolder(PathBuf),
    /// Replace a damaged archive with its newest readable backup.
    RestoreBackup,
    /// Move a damaged archive aside and start an empty one.
    StartNewArchive,
    /// Open the archive again (after another copy of the app has closed it).
    ReopenArchive,
    /// Try a failed save again.
    RetrySave,
    /// Hide a notice.
    DismissNotice(usize),
    /// Record a reading of a card's data left, taken now.
    AddReading {
        /// The card.
        card: CardId,
        /// The data left, in megabytes.
        remaining_mb: u64,
    },
    /// Ask the person for a file (a dialog), then act on it.
    ChooseFile(FileAction),
    /// Write the reminder calendar to a file.
    ExportReminders(PathBuf),
    /// Add a receipt, or replace the receipt with the same id.
    SaveReceipt(Box<Receipt>),
    /// Delete a receipt; its files are kept while another receipt uses them.
    DeleteReceipt(ReceiptId),
    /// Copy files into the archive and attach them to the receipt being edited
    /// (or to a new receipt when none is open).
    AttachFiles(Vec<PathBuf>),
    /// Open an attached file in the system's viewer.
    OpenAttachment(String),
    /// Show an attached file selected in its folder, in the file manager.
    ShowAttachment(String),
    /// Import receipts from a CSV file.
    ImportReceipts(PathBuf),
    /// Export every receipt to a CSV file.
    ExportReceipts(PathBuf),
    /// Write a card's family guide: Markdown for a `.md` file, HTML otherwise.
    ExportGuide {
        /// The card.
        card: CardId,
        /// The file.
        path: PathBuf,
    },
    /// Write one card to a shared card file.
    ExportCard {
        /// The card.
        card: CardId,
        /// Whether its numbers go with it.
        with_identifiers: bool,
        /// The file.
        path: PathBuf,
    },
    /// Add the card of a shared card file as a new card.
    ImportCard(PathBuf),
}

/// What a chosen file is for. The dialog only hands the path to a command;
/// tests send those commands with a path directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileAction {
    /// Save the reminder calendar (.ics).
    ExportReminders,
    /// Pick confirmation files to attach.
    AttachFiles,
    /// Pick a CSV file of receipts to import.
    ImportReceipts,
    /// Save the receipts as CSV.
    ExportReceipts,
    /// Save a card's guide as HTML.
    ExportGuideHtml(CardId),
    /// Save a card's guide as Markdown.
    ExportGuideMarkdown(CardId),
    /// Save a card to share; with its numbers or without.
    ExportCard(CardId, bool),
    /// Pick a shared card file to import.
    ImportCard,
}
