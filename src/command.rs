//! What the screens ask the app to do. Screens never change the archive or
//! touch files themselves: they push a `Command`, and `app/apply.rs` applies
//! it after the frame (through `actions`) and the document saves.

use std::path::PathBuf;

use crate::formats::guide::GuideFormat;
use crate::model::renewal::Renewal;
use crate::model::{
    Card, CardId, Person, PersonId, Rate, RateId, Reader, Receipt, ReceiptId, Settings, Trip,
    TripId,
};

/// The file a trip's summary is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TripFormat {
    /// A table for a spreadsheet.
    Csv,
    /// A page that prints.
    Html,
}

/// A screen of the app, as the navigation lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    /// The home screen: every card by urgency, with its data.
    #[default]
    Overview,
    /// The card profiles.
    Cards,
    /// The renewal wizard.
    Renew,
    /// The receipt archive.
    Receipts,
    /// The trips: what data cost and who owes whom.
    Trips,
    /// The precaution checklists of the renewals in progress.
    Checklist,
    /// The family guide, one step at a time.
    Guide,
    /// Where the archive lives, the theme.
    Settings,
}

impl Screen {
    /// Every screen, in the order the navigation shows them.
    pub const ALL: [Screen; 8] = [
        Screen::Overview,
        Screen::Cards,
        Screen::Renew,
        Screen::Receipts,
        Screen::Trips,
        Screen::Guide,
        Screen::Checklist,
        Screen::Settings,
    ];

    /// The message id of the screen's name in the navigation.
    pub fn label_id(self) -> &'static str {
        msg_ids!(match self {
            Screen::Overview => "nav-overview",
            Screen::Cards => "nav-cards",
            Screen::Renew => "nav-renew",
            Screen::Receipts => "nav-receipts",
            Screen::Checklist => "nav-checklist",
            Screen::Trips => "nav-trips",
            Screen::Guide => "nav-guide",
            Screen::Settings => "nav-settings",
        })
    }
}

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
    /// Record a failed attempt (with its note) in the card's history.
    RecordFailedAttempt {
        /// The card.
        card: CardId,
        /// Whether the renewal stays open, back at the payment step, to try another way.
        try_again: bool,
    },
    /// Show another screen.
    Navigate(Screen),
    /// Show the Cards screen with a new card's form open.
    AddCard,
    /// Show a receipt in the receipt form.
    OpenReceipt(ReceiptId),
    /// Show a card's form, with its history.
    OpenCard(CardId),
    /// Show a card's family guide, at its first step.
    OpenGuide(CardId),
    /// Look around the sample household in a throwaway copy; the archive is not touched.
    TrySample,
    /// Close the sample household and go back to the archive.
    LeaveSample,
    /// Change the settings (theme, lead time, low-data threshold, reminders).
    UpdateSettings(Box<Settings>),
    /// Add a person of the household, or change one.
    SavePerson(Person),
    /// Remove a person of the household; their cards name nobody.
    DeletePerson(PersonId),
    /// Add a trip, or change one.
    SaveTrip(Trip),
    /// Remove a trip; its receipts stay.
    DeleteTrip(TripId),
    /// Add an exchange rate, or change one.
    SaveRate(Rate),
    /// Remove an exchange rate.
    DeleteRate(RateId),
    /// Write a trip's summary (CSV or a printable HTML page).
    ExportTrip {
        /// The trip.
        trip: TripId,
        /// CSV or HTML.
        format: TripFormat,
        /// The file.
        path: PathBuf,
    },
    /// Install (`true`) or remove the scheduled job that reminds while the app is closed.
    SetClosedReminders(bool),
    /// Show a test desktop notification.
    SendTestNotification,
    /// Show a folder in the system's file manager.
    OpenFolder(PathBuf),
    /// Replace a damaged archive with its newest readable backup.
    RestoreBackup,
    /// Move a damaged archive aside and start an empty one.
    StartNewArchive,
    /// Open the archive again (after another copy of the app has closed it).
    ReopenArchive,
    /// Merge a copy a sync tool left beside the archive, then move it into `backups/`.
    MergeConflictCopy(PathBuf),
    /// Move a copy a sync tool left beside the archive into `backups/`, unmerged.
    ShelveConflictCopy(PathBuf),
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
    /// Files dropped on the window: imported when they are receipts or a
    /// card, attached to a receipt otherwise.
    DropFiles(Vec<PathBuf>),
    /// Open an attached file in the system's viewer.
    OpenAttachment(String),
    /// Show an attached file selected in its folder, in the file manager.
    ShowAttachment(String),
    /// Import receipts from a CSV file; rows naming a card the archive lacks
    /// are refused (the app then asks).
    ImportReceipts(PathBuf),
    /// Import receipts from a CSV file, those naming a card the archive
    /// lacks without a card (keeping the card's name).
    ImportReceiptsWithoutCards(PathBuf),
    /// Open a new receipt filled from a confirmation e-mail, with the e-mail attached.
    ReceiptFromMail(PathBuf),
    /// Show an eSIM activation code as a QR code (after asking).
    ShowQr(String),
    /// Read an activation code from a QR code in an image, into the open card form.
    ReadQrImage(PathBuf),
    /// Export every receipt to a CSV file.
    ExportReceipts(PathBuf),
    /// Write a card's family guide.
    ExportGuide {
        /// The card.
        card: CardId,
        /// HTML or Markdown, whatever the file is called.
        format: GuideFormat,
        /// Whom it is for: their language and time zone.
        reader: Reader,
        /// The file.
        path: PathBuf,
    },
    /// Write a card's guide as pictures, one per step, into a folder.
    ExportGuidePictures {
        /// The card.
        card: CardId,
        /// Whom they are for: their language and time zone.
        reader: Reader,
        /// The folder (a `.png` ending is dropped).
        path: PathBuf,
    },
    /// Put the picture of one step of a card's guide on the clipboard.
    CopyStepPicture {
        /// The card.
        card: CardId,
        /// Whom it is for: their language and time zone.
        reader: Reader,
        /// Whether the step is one of "If it does not work".
        failure: bool,
        /// The step's index.
        step: usize,
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileAction {
    /// Save the reminder calendar (.ics).
    ExportReminders,
    /// Pick confirmation files to attach.
    AttachFiles,
    /// Pick a CSV file of receipts to import.
    ImportReceipts,
    /// Pick a confirmation e-mail to read into a new receipt.
    ReadMail,
    /// Pick an image with an eSIM's QR code.
    ReadQrImage,
    /// Save the receipts as CSV.
    ExportReceipts,
    /// Save a card's guide, as HTML or Markdown, for a reader.
    ExportGuide(CardId, GuideFormat, Reader),
    /// Save a card's guide as pictures for a reader, into a folder.
    ExportGuidePictures(CardId, Reader),
    /// Save a trip's summary.
    ExportTrip(TripId, TripFormat),
    /// Save a card to share; with its numbers or without.
    ExportCard(CardId, bool),
    /// Pick a shared card file to import.
    ImportCard,
}
