//! The `eframe::App`: routes between screens, applies the screens' commands to
//! the archive, and saves it (debounced) after every change.

use std::collections::BTreeSet;
use std::path::PathBuf;

use jiff::Zoned;

use crate::command::{Command, FileAction};
use crate::i18n::{I18n, Lang, Msg};
use crate::model::card::DataReading;
use crate::model::{Archive, CardId, ThemeChoice};
use crate::store::{Backup, Blocked, Store, StoreError, attachments};
use crate::ui::cards::CardsScreen;
use crate::ui::checklist::ChecklistScreen;
use crate::ui::guide::GuideScreen;
use crate::ui::overview::OverviewScreen;
use crate::ui::receipts::ReceiptsScreen;
use crate::ui::renew::RenewScreen;
use crate::ui::settings::SettingsScreen;
use crate::ui::status::{self, Notice, NoticeLevel};
use crate::ui::{Screen, View, theme};
use crate::wizard::Renewal;

/// How long after the last change the archive is written, in seconds.
pub const SAVE_DELAY_SECONDS: f64 = 0.5;

/// Where the app's "now" comes from: the system clock, or a fixed moment in tests.
#[derive(Debug, Clone)]
pub enum Clock {
    /// The system clock, in the laptop's time zone.
    System,
    /// A fixed moment (tests and screenshots).
    Fixed(Zoned),
}

impl Clock {
    /// The present moment.
    pub fn now(&self) -> Zoned {
        match self {
            Clock::System => Zoned::now(),
            Clock::Fixed(now) => now.clone(),
        }
    }
}

/// What the app is started with.
#[derive(Debug, Clone)]
pub struct AppOptions {
    /// The data folder holding `koshin.ron`.
    pub data_dir: PathBuf,
    /// The clock.
    pub clock: Clock,
    /// Whether the data folder is a throwaway copy (`--demo`), said in the navigation.
    pub temporary: bool,
    /// The system's language, used until the person chooses one in Settings.
    pub system_language: Lang,
}

/// The Kōshin app.
pub struct KoshinApp {
    options: AppOptions,
    store: Store,
    archive: Archive,
    newest_backup: Option<Backup>,
    tr: I18n,
    screen: Screen,
    overview: OverviewScreen,
    cards: CardsScreen,
    renew: RenewScreen,
    receipts: ReceiptsScreen,
    checklist: ChecklistScreen,
    guide: GuideScreen,
    settings: SettingsScreen,
    notices: Vec<Notice>,
    /// When (in egui time) the first unsaved change was made.
    unsaved_since: Option<f64>,
    save_failed: bool,
    applied_theme: Option<ThemeChoice>,
    /// Counts changes of the archive.
    revision: u64,
    /// Attachments whose copy is missing from the folder.
    missing_attachments: BTreeSet<String>,
    /// Attachment copies that may no longer be used; removed after a save if nothing refers to them.
    orphan_candidates: BTreeSet<String>,
}

impl KoshinApp {
    /// Opens the archive in `options.data_dir` and sets up the context.
    pub fn new(ctx: &egui::Context, options: AppOptions) -> Self {
        egui_extras::install_image_loaders(ctx);
        crate::ui::fonts::install(ctx);
        let (store, archive) = Store::open(&options.data_dir);
        let language = archive.settings.language_or(options.system_language);
        let mut app = Self {
            newest_backup: None,
            tr: I18n::new(language),
            screen: Screen::default(),
            overview: OverviewScreen::default(),
            cards: CardsScreen::default(),
            renew: RenewScreen::default(),
            receipts: ReceiptsScreen::default(),
            checklist: ChecklistScreen,
            guide: GuideScreen::default(),
            settings: SettingsScreen,
            notices: Vec::new(),
            unsaved_since: None,
            save_failed: false,
            applied_theme: None,
            revision: 0,
            missing_attachments: BTreeSet::new(),
            orphan_candidates: BTreeSet::new(),
            options,
            store,
            archive,
        };
        app.after_open();
        app
    }

    /// Reads what the store needs to show once after opening, so that no frame does file I/O.
    fn after_open(&mut self) {
        self.newest_backup = match self.store.blocked() {
            Some(Blocked::Damaged(_)) => self.store.newest_readable_backup().map(|(b, _)| b),
            _ => None,
        };
        self.after_change();
    }

    /// Marks the archive as changed for the screens and looks for missing attachments.
    fn after_change(&mut self) {
        self.revision += 1;
        self.missing_attachments = attachments::missing(&self.options.data_dir, &self.archive);
    }

    /// The archive as the app holds it now.
    pub fn archive(&self) -> &Archive {
        &self.archive
    }

    /// The store the archive is saved through.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The notices on screen.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// Whether there are changes not yet written.
    pub fn has_unsaved_changes(&self) -> bool {
        self.unsaved_since.is_some()
    }

    fn notify(&mut self, level: NoticeLevel, msg: &Msg) {
        let text = self.tr.msg(msg);
        // One info notice at a time; errors stay until dismissed.
        if level == NoticeLevel::Info {
            self.notices.retain(|n| n.level != NoticeLevel::Info);
        }
        if !self.notices.iter().any(|n| n.text == text) {
            self.notices.push(Notice { level, text });
        }
    }

    fn notify_error(&mut self, error: &StoreError) {
        self.notify(NoticeLevel::Error, &error.message());
    }

    /// Applies one command from a screen.
    pub fn apply(&mut self, command: Command, time: f64) {
        let now = self.options.clock.now();
        let replaced_archive = matches!(
            command,
            Command::RestoreBackup | Command::StartNewArchive | Command::ReopenArchive
        );
        let changed = match command {
            Command::SaveCard(_)
            | Command::DeleteCard(_)
            | Command::StartRenewal(_)
            | Command::UpdateRenewal(_)
            | Command::CancelRenewal(_)
            | Command::RecordRenewal(_)
            | Command::RecordFailedAttempt(_)
            | Command::AddReading { .. }
            | Command::SaveReceipt(_)
            | Command::DeleteReceipt(_)
            | Command::AttachFiles(_)
            | Command::ImportReceipts(_)
            | Command::ImportCard(_) => {
                if self.store.is_writable() {
                    self.apply_edit(command, &now)
                } else {
                    self.notify_error(&StoreError::ReadOnly);
                    false
                }
            }
            Command::RestoreBackup
            | Command::StartNewArchive
            | Command::ReopenArchive
            | Command::RetrySave => self.apply_file_command(&command, &now),
            Command::UpdateSettings(settings) => {
                // The theme changes on screen even when it cannot be saved.
                self.archive.settings = *settings;
                self.store.is_writable()
            }
            Command::OpenFolder(_)
            | Command::OpenAttachment(_)
            | Command::ShowAttachment(_)
            | Command::ExportReceipts(_)
            | Command::ExportReminders(_)
            | Command::ExportGuide { .. }
            | Command::ExportCard { .. } => {
                self.apply_outward(command, &now);
                false
            }
            Command::ChooseFile(action) => {
                let paths = choose_files(action);
                if !paths.is_empty() {
                    self.apply(Self::file_command(action, paths), time);
                }
                false
            }
            Command::Navigate(screen) => {
                self.screen = screen;
                false
            }
            Command::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
                false
            }
        };
        if changed {
            self.unsaved_since.get_or_insert(time);
        }
        if changed || replaced_archive {
            self.after_change();
        }
    }

    /// Acts outside the archive: opens files and folders, writes exports.
    fn apply_outward(&mut self, command: Command, now: &Zoned) {
        match command {
            Command::OpenFolder(path) => {
                if let Err(error) = opener::open(&path) {
                    self.notify_open_failed(&path, &error);
                }
            }
            Command::OpenAttachment(name) => {
                if let Some(path) = self.attachment_on_disk(name)
                    && let Err(error) = opener::open(&path)
                {
                    self.notify_open_failed(&path, &error);
                }
            }
            Command::ShowAttachment(name) => {
                if let Some(path) = self.attachment_on_disk(name)
                    && let Err(error) = opener::reveal(&path)
                {
                    self.notify_open_failed(&path, &error);
                }
            }
            Command::ExportReceipts(path) => {
                let result = crate::export::csv::write_receipts(&self.archive)
                    .and_then(|text| crate::export::write_file(&path, &text));
                let done = Msg::new("csv-exported")
                    .arg("count", self.archive.receipts.len())
                    .arg("path", path.display().to_string());
                self.notify_export(result, &done);
            }
            Command::ExportGuide { card, path } => {
                if let Some(card) = self.archive.card(card) {
                    let settings = &self.archive.settings;
                    let text = crate::export::guide::for_file(card, now, settings, &self.tr, &path);
                    let result = crate::export::write_file(&path, &text);
                    let done = Msg::new("guide-exported").arg("path", path.display().to_string());
                    self.notify_export(result, &done);
                }
            }
            Command::ExportCard {
                card,
                with_identifiers,
                path,
            } => {
                if let Some(card) = self.archive.card(card) {
                    let result = crate::export::card_file::write_card(card, with_identifiers)
                        .and_then(|text| crate::export::write_file(&path, &text));
                    let done = Msg::new("card-exported")
                        .arg("label", card.label.as_str())
                        .arg("path", path.display().to_string());
                    self.notify_export(result, &done);
                }
            }
            Command::ExportReminders(path) => {
                let text = crate::export::ics::reminders(&self.archive, now, &self.tr);
                let result = crate::export::write_file(&path, &text);
                let done = Msg::new("cli-ics-written").arg("path", path.display().to_string());
                self.notify_export(result, &done);
            }
            _ => {}
        }
    }

    /// Says how an export went: `done`, or why it failed.
    fn notify_export(&mut self, result: Result<(), Msg>, done: &Msg) {
        match result {
            Ok(()) => self.notify(NoticeLevel::Info, done),
            Err(msg) => self.notify(NoticeLevel::Error, &msg),
        }
    }

    /// The path of an attached file, or `None` (marked missing, with a
    /// notice) when its copy has gone from the folder.
    fn attachment_on_disk(&mut self, name: String) -> Option<PathBuf> {
        let path = self
            .options
            .data_dir
            .join(attachments::ATTACHMENT_DIR)
            .join(&name);
        if path.is_file() {
            return Some(path);
        }
        self.missing_attachments.insert(name);
        self.notify(NoticeLevel::Error, &Msg::new("receipt-file-gone"));
        None
    }

    fn notify_open_failed(&mut self, path: &std::path::Path, error: &dyn std::fmt::Display) {
        self.notify(
            NoticeLevel::Error,
            &Msg::new("open-folder-failed")
                .arg("path", path.display().to_string())
                .arg("detail", error.to_string()),
        );
    }

    /// The command that acts on the files chosen for `action` (at least one).
    fn file_command(action: FileAction, mut paths: Vec<PathBuf>) -> Command {
        let first = paths.swap_remove(0);
        match action {
            FileAction::ExportReminders => Command::ExportReminders(first),
            FileAction::ExportReceipts => Command::ExportReceipts(first),
            FileAction::ImportReceipts => Command::ImportReceipts(first),
            FileAction::ImportCard => Command::ImportCard(first),
            FileAction::ExportGuideHtml(card) | FileAction::ExportGuideMarkdown(card) => {
                Command::ExportGuide { card, path: first }
            }
            FileAction::ExportCard(card, with_identifiers) => Command::ExportCard {
                card,
                with_identifiers,
                path: first,
            },
            FileAction::AttachFiles => {
                paths.push(first);
                Command::AttachFiles(paths)
            }
        }
    }

    /// Applies a change to the archive's cards or renewals. Returns whether it changed.
    fn apply_edit(&mut self, command: Command, now: &Zoned) -> bool {
        match command {
            Command::SaveCard(card) => {
                if let Some(error) = card.errors().first() {
                    self.notify(NoticeLevel::Error, &error.message());
                    return false;
                }
                let previous = self.archive.card(card.id);
                let msg_id = if previous.is_none() {
                    "card-added"
                } else {
                    "card-saved"
                };
                let previous_data = previous.and_then(|c| c.remaining_data_mb);
                let mut card = *card;
                // Data left typed into the form is a reading taken now.
                if card.remaining_data_mb != previous_data
                    && let Some(remaining_mb) = card.remaining_data_mb
                {
                    card.add_reading(DataReading {
                        at: now.timestamp(),
                        remaining_mb,
                    });
                }
                self.notify(
                    NoticeLevel::Info,
                    &Msg::new(msg_id).arg("label", card.label.as_str()),
                );
                self.archive.upsert_card(card);
                true
            }
            Command::DeleteCard(id) => match self.archive.delete_card(id) {
                Some(card) => {
                    self.notify(
                        NoticeLevel::Info,
                        &Msg::new("card-deleted").arg("label", card.label.as_str()),
                    );
                    true
                }
                None => false,
            },
            Command::StartRenewal(id) => {
                let Some(card) = self.archive.card(id) else {
                    return false;
                };
                let start = self.archive.renewal(id).is_none();
                if start {
                    let renewal = Renewal::start(card, card.channel, now);
                    self.archive.upsert_renewal(renewal);
                }
                self.renew.open(id);
                self.screen = Screen::Renew;
                start
            }
            Command::UpdateRenewal(renewal) => {
                let known = self.archive.card(renewal.card).is_some();
                if known {
                    self.archive.upsert_renewal(*renewal);
                }
                known
            }
            Command::CancelRenewal(id) => {
                let cancelled = self.archive.remove_renewal(id).is_some();
                if cancelled {
                    let label = self
                        .archive
                        .card(id)
                        .map(|c| c.label.clone())
                        .unwrap_or_default();
                    self.notify(
                        NoticeLevel::Info,
                        &Msg::new("renewal-cancelled").arg("label", label),
                    );
                }
                cancelled
            }
            Command::AddReading { card, remaining_mb } => {
                let Some(card) = self.archive.cards.iter_mut().find(|c| c.id == card) else {
                    return false;
                };
                card.add_reading(DataReading {
                    at: now.timestamp(),
                    remaining_mb,
                });
                true
            }
            Command::SaveReceipt(_) | Command::DeleteReceipt(_) | Command::AttachFiles(_) => {
                self.apply_receipt_edit(command, now)
            }
            Command::ImportReceipts(path) => self.import_receipts(&path),
            Command::ImportCard(path) => self.import_card(&path),
            Command::RecordRenewal(id) => self.record(id, false, now),
            Command::RecordFailedAttempt(id) => self.record(id, true, now),
            _ => false,
        }
    }

    /// Applies a change to the receipts. Returns whether the archive changed.
    fn apply_receipt_edit(&mut self, command: Command, now: &Zoned) -> bool {
        match command {
            Command::SaveReceipt(receipt) => {
                let old = self
                    .archive
                    .receipts
                    .iter()
                    .position(|r| r.id == receipt.id);
                match old {
                    Some(i) => {
                        for gone in &self.archive.receipts[i].attachments {
                            self.orphan_candidates.insert(gone.stored_name.clone());
                        }
                        self.archive.receipts[i] = *receipt;
                    }
                    None => self.archive.receipts.push(*receipt),
                }
                self.notify(NoticeLevel::Info, &Msg::new("receipt-saved"));
                true
            }
            Command::DeleteReceipt(id) => {
                let Some(i) = self.archive.receipts.iter().position(|r| r.id == id) else {
                    return false;
                };
                let receipt = self.archive.receipts.remove(i);
                for gone in receipt.attachments {
                    self.orphan_candidates.insert(gone.stored_name);
                }
                self.notify(NoticeLevel::Info, &Msg::new("receipt-deleted"));
                true
            }
            Command::AttachFiles(paths) => {
                let mut attached = Vec::new();
                for path in paths {
                    match attachments::attach(&self.options.data_dir, &path) {
                        Ok(attachment) => {
                            // Kept while a form refers to it; removed later if it never gets saved.
                            self.orphan_candidates
                                .insert(attachment.stored_name.clone());
                            attached.push(attachment);
                        }
                        Err(error) => self.notify(NoticeLevel::Error, &error.message()),
                    }
                }
                if !attached.is_empty() {
                    self.receipts.add_attachments(attached, now.date());
                    self.screen = Screen::Receipts;
                }
                false
            }
            _ => false,
        }
    }

    /// Adds the card of a shared card file as a new card. Returns whether it was added.
    fn import_card(&mut self, path: &std::path::Path) -> bool {
        let result = std::fs::read(path)
            .map_err(|e| StoreError::io(path, e).message())
            .and_then(|bytes| crate::export::card_file::read_card(&bytes, &self.archive));
        match result {
            Ok(card) => {
                self.notify(
                    NoticeLevel::Info,
                    &Msg::new("card-imported").arg("label", card.label.as_str()),
                );
                self.archive.cards.push(card);
                true
            }
            Err(msg) => {
                self.notify(NoticeLevel::Error, &msg);
                false
            }
        }
    }

    /// Imports the receipts of a CSV file: all rows are checked first, and a bad row imports nothing.
    fn import_receipts(&mut self, path: &std::path::Path) -> bool {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(error) => {
                self.notify_error(&StoreError::io(path, error));
                return false;
            }
        };
        match crate::export::csv::read_receipts(&bytes, &self.archive) {
            Ok(plan) => {
                let count = plan.new.len();
                self.archive.receipts.extend(plan.new);
                self.notify(
                    NoticeLevel::Info,
                    &Msg::new("csv-imported")
                        .arg("count", count)
                        .arg("duplicates", plan.duplicates),
                );
                count > 0
            }
            Err(errors) => {
                let mut text = self.tr.t("csv-import-failed");
                for error in errors.iter().take(10) {
                    text.push('\n');
                    text.push_str(&self.tr.msg(&error.message()));
                }
                self.notices.push(Notice {
                    level: NoticeLevel::Error,
                    text,
                });
                false
            }
        }
    }

    /// Acts on the archive file itself: restore, start anew, reopen, save again.
    /// Returns whether the archive in memory changed and needs saving.
    fn apply_file_command(&mut self, command: &Command, now: &Zoned) -> bool {
        match command {
            Command::RestoreBackup => match self.store.restore_newest_backup(now.timestamp()) {
                Ok((archive, aside)) => {
                    self.archive = archive;
                    self.newest_backup = None;
                    self.notify(
                        NoticeLevel::Info,
                        &Msg::new("backup-restored").arg("aside", aside.display().to_string()),
                    );
                    false
                }
                Err(error) => {
                    self.notify_error(&error);
                    false
                }
            },
            Command::StartNewArchive => match self.store.start_new_archive(now.timestamp()) {
                Ok(aside) => {
                    self.archive = Archive::default();
                    self.newest_backup = None;
                    self.notify(
                        NoticeLevel::Info,
                        &Msg::new("archive-started-new").arg("aside", aside.display().to_string()),
                    );
                    true
                }
                Err(error) => {
                    self.notify_error(&error);
                    false
                }
            },
            Command::ReopenArchive => {
                // Only offered while read-only, so there is nothing unsaved to lose.
                let (store, archive) = Store::open(&self.options.data_dir);
                self.store = store;
                self.archive = archive;
                self.after_open();
                if self.store.is_writable() {
                    self.notify(NoticeLevel::Info, &Msg::new("archive-reopened"));
                }
                false
            }
            Command::RetrySave => {
                self.notices.retain(|n| n.level != NoticeLevel::Error);
                self.save_now(now);
                false
            }
            _ => false,
        }
    }

    /// Records the renewal (or the failed attempt) in progress for card `id`.
    /// Returns whether the archive changed.
    fn record(&mut self, id: CardId, failed: bool, now: &Zoned) -> bool {
        let (Some(card), Some(renewal)) = (self.archive.card(id), self.archive.renewal(id)) else {
            return false;
        };
        let lead = self.archive.settings.lead_time_days;
        let result = if failed {
            Ok(renewal.record_failure(card, now, lead))
        } else {
            renewal.record(card, now, lead)
        };
        match result {
            Ok(recorded) => {
                let label = recorded.card.label.clone();
                let until = recorded
                    .card
                    .validity_end
                    .as_ref()
                    .map(|m| crate::i18n::format::moment(&self.tr, m))
                    .unwrap_or_default();
                self.archive.apply_recorded(recorded);
                let msg = if failed {
                    Msg::new("renewal-failure-recorded").arg("label", label)
                } else {
                    Msg::new("renewal-recorded")
                        .arg("label", label)
                        .arg("until", until)
                };
                self.notify(NoticeLevel::Info, &msg);
                true
            }
            Err(problems) => {
                if let Some(problem) = problems.first() {
                    self.notify(NoticeLevel::Error, problem);
                }
                false
            }
        }
    }

    /// Writes the archive now if anything is unsaved. Called after the debounce and on exit.
    pub fn flush(&mut self) {
        let now = self.options.clock.now();
        self.save_now(&now);
    }

    fn save_now(&mut self, now: &Zoned) {
        if self.unsaved_since.is_none() && !self.save_failed {
            return;
        }
        match self.store.save(&self.archive, now.timestamp()) {
            Ok(()) => {
                self.unsaved_since = None;
                self.save_failed = false;
                self.remove_orphaned_attachments();
            }
            Err(error) => {
                // The changes stay in memory; the notice offers to try again.
                self.unsaved_since = None;
                self.save_failed = true;
                self.notify(
                    NoticeLevel::Error,
                    &Msg::new("save-failed").arg("detail", error.message()),
                );
            }
        }
    }

    /// Removes copies of files no saved receipt and no open form refers to any more.
    fn remove_orphaned_attachments(&mut self) {
        for name in self.receipts.draft_attachments() {
            self.orphan_candidates.remove(&name);
        }
        if self.orphan_candidates.is_empty() {
            return;
        }
        attachments::remove_unreferenced(
            &self.options.data_dir,
            &self.archive,
            &self.orphan_candidates,
        );
        let still_open: BTreeSet<String> = self.receipts.draft_attachments().into_iter().collect();
        self.orphan_candidates = still_open;
    }

    /// Saves once the changes have rested for [`SAVE_DELAY_SECONDS`]; until then asks for a
    /// frame at that moment, so an idle app is woken once to save and not again.
    fn autosave(&mut self, ctx: &egui::Context, time: f64) {
        if let Some(since) = self.unsaved_since {
            let waited = time - since;
            if waited >= SAVE_DELAY_SECONDS {
                self.flush();
            } else {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                    SAVE_DELAY_SECONDS - waited,
                ));
            }
        }
    }

    fn nav_ui(&mut self, ui: &mut egui::Ui) {
        ui.add_space(theme::GAP_L);
        ui.label(
            egui::RichText::new("Kōshin")
                .size(theme::HEADING_SIZE)
                .strong(),
        );
        ui.label(
            egui::RichText::new(self.tr.t("app-tagline"))
                .weak()
                .size(theme::SMALL_SIZE),
        );
        ui.add_space(theme::GAP_L);
        for screen in Screen::ALL {
            let selected = self.screen == screen;
            let button = egui::Button::selectable(selected, self.tr.t(screen.label_id()))
                .min_size(egui::vec2(ui.available_width(), 32.0));
            if ui.add(button).clicked() {
                self.screen = screen;
            }
        }
        if self.options.temporary {
            ui.add_space(theme::GAP_L);
            ui.add(
                egui::Label::new(
                    egui::RichText::new(self.tr.t("nav-temporary"))
                        .color(theme::warning(ui.visuals()))
                        .size(theme::SMALL_SIZE),
                )
                .wrap(),
            );
        }
    }
}

/// Asks the person for files with the system's dialog; empty when cancelled
/// or when no dialog is available.
fn choose_files(action: FileAction) -> Vec<PathBuf> {
    let save = |filter: &str, extension: &str, name: &str| -> Vec<PathBuf> {
        rfd::FileDialog::new()
            .add_filter(filter, &[extension])
            .set_file_name(name)
            .save_file()
            .into_iter()
            .collect()
    };
    let pick = |filter: &str, extension: &str| -> Vec<PathBuf> {
        rfd::FileDialog::new()
            .add_filter(filter, &[extension])
            .pick_file()
            .into_iter()
            .collect()
    };
    match action {
        FileAction::ExportReminders => save("iCalendar", "ics", "koshin-reminders.ics"),
        FileAction::ExportReceipts => save("CSV", "csv", "koshin-receipts.csv"),
        FileAction::ImportReceipts => pick("CSV", "csv"),
        FileAction::ExportGuideHtml(_) => save("HTML", "html", "koshin-guide.html"),
        FileAction::ExportGuideMarkdown(_) => save("Markdown", "md", "koshin-guide.md"),
        FileAction::ExportCard(..) => save("Kōshin card", "ron", "card.koshin-card.ron"),
        FileAction::ImportCard => pick("Kōshin card", "ron"),
        FileAction::AttachFiles => rfd::FileDialog::new()
            .add_filter(
                "PDF, images, e-mail",
                &[
                    "pdf", "png", "jpg", "jpeg", "heic", "webp", "eml", "msg", "txt", "html",
                ],
            )
            .add_filter("*", &["*"])
            .pick_files()
            .unwrap_or_default(),
    }
}

impl eframe::App for KoshinApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let time = ctx.input(|i| i.time);
        let language = self
            .archive
            .settings
            .language_or(self.options.system_language);
        if self.tr.lang() != language {
            self.tr = I18n::new(language);
        }
        if self.applied_theme != Some(self.archive.settings.theme) {
            theme::apply(&ctx, self.archive.settings.theme);
            self.applied_theme = Some(self.archive.settings.theme);
        }
        let now = self.options.clock.now();
        let mut commands = Vec::new();

        egui::Panel::left("nav")
            .resizable(false)
            .exact_size(theme::NAV_WIDTH)
            .show(ui, |ui| self.nav_ui(ui));

        egui::CentralPanel::default().show(ui, |ui| {
            let view = View {
                archive: &self.archive,
                tr: &self.tr,
                writable: self.store.is_writable(),
                now: &now,
                data_dir: &self.options.data_dir,
                revision: self.revision,
                missing_attachments: &self.missing_attachments,
            };
            status::notices_ui(ui, &self.tr, &self.notices, self.save_failed, &mut commands);
            match self.store.blocked() {
                Some(Blocked::Damaged(error)) if self.screen != Screen::Settings => {
                    status::damaged_ui(
                        ui,
                        &view,
                        &error.message(),
                        self.newest_backup.as_ref(),
                        self.store.holds_lock(),
                        &mut commands,
                    );
                    return;
                }
                Some(blocked) => status::read_only_banner_ui(ui, &self.tr, blocked, &mut commands),
                None => {}
            }
            match self.screen {
                Screen::Overview => self.overview.ui(ui, &view, &mut commands),
                Screen::Cards => self.cards.ui(ui, &view, &mut commands),
                Screen::Renew => self.renew.ui(ui, &view, &mut commands),
                Screen::Receipts => self.receipts.ui(ui, &view, &mut commands),
                Screen::Guide => self.guide.ui(ui, &view, &mut commands),
                Screen::Checklist => self.checklist.ui(ui, &view, &mut commands),
                Screen::Settings => self.settings.ui(ui, &view, &mut commands),
            }
        });

        // Files dropped onto the window are attached to the receipt being edited.
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            commands.push(Command::AttachFiles(dropped));
        }
        if !commands.is_empty() {
            // Show the result of the commands at once, not at the next input.
            ctx.request_repaint();
        }
        for command in commands {
            self.apply(command, time);
        }
        self.autosave(&ctx, time);
        // Countdowns count minutes: wake at the next minute, and not before, when idle.
        let into_minute = now.timestamp().as_second().rem_euclid(60);
        #[expect(clippy::cast_sign_loss, reason = "rem_euclid is never negative")]
        ctx.request_repaint_after(std::time::Duration::from_secs((60 - into_minute) as u64));
    }

    fn on_exit(&mut self) {
        self.flush();
    }
}
