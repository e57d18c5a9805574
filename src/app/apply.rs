//! Applying the screens' commands after the frame: one `match` that names
//! every command and calls an action; the document then saves.

use std::path::{Path, PathBuf};

use super::platform::{Chosen, DialogKind, FileDialog};
use super::{KoshinApp, UnknownCardsQuestion};
use crate::actions::{self, Level, Outcome};
use crate::command::{Command, FileAction, Screen};
use crate::formats::email::MailKind;
use crate::formats::guide::picture::PictureOptions;
use crate::i18n::Msg;
use crate::store::attachments;
use crate::ui::qr::QrDialog;
use crate::ui::receipt_form::ReceiptEditor;
use crate::ui::save_as::SaveAs;

impl KoshinApp {
    /// Installs or removes the scheduled job of the reminders.
    fn set_closed_reminders(&mut self, install: bool, now: &jiff::Zoned) -> Outcome {
        let place = match self.platform.reminder_place(self.document.dir()) {
            Ok(place) => place,
            Err(msg) => return Outcome::failed(msg),
        };
        if install {
            actions::schedule::install(&place, &mut *self.platform, now)
        } else {
            actions::schedule::uninstall(&place, &mut *self.platform)
        }
    }

    /// Applies one command from a screen; `time` is egui's clock, for the autosave.
    #[expect(
        clippy::too_many_lines,
        reason = "one short arm per command, in one match that names them all"
    )]
    pub fn apply(&mut self, command: Command, time: f64) {
        // A command acts on the archive in full, never on a preview of it.
        self.finish_opening();
        let now = self.options.clock.now();
        let tr = &self.tr;
        let doc = &mut self.document;
        let outcome = match command {
            Command::SaveCard(card) => {
                doc.edit(time, |a| actions::cards::save_card(a, *card, &now))
            }
            Command::DeleteCard(id) => doc.edit(time, |a| actions::cards::delete_card(a, id)),
            Command::AddReading { card, remaining_mb } => doc.edit(time, |a| {
                actions::cards::add_reading(a, card, remaining_mb, &now)
            }),
            Command::ImportCard(path) => doc.edit(time, |a| actions::cards::import_card(a, &path)),
            Command::StartRenewal(id) => {
                let outcome = doc.edit(time, |a| actions::renewals::start_renewal(a, id, &now));
                if doc.archive().renewal(id).is_some() {
                    self.screens.renew.open(id);
                    self.go_to(Screen::Renew);
                }
                outcome
            }
            Command::UpdateRenewal(renewal) => {
                doc.edit(time, |a| actions::renewals::update_renewal(a, *renewal))
            }
            Command::CancelRenewal(id) => {
                doc.edit(time, |a| actions::renewals::cancel_renewal(a, id))
            }
            Command::RecordRenewal(id) => {
                doc.edit(time, |a| actions::renewals::record_renewal(a, id, &now))
            }
            Command::RecordFailedAttempt { card, try_again } => doc.edit(time, |a| {
                actions::renewals::record_failed_attempt(a, card, &now, try_again)
            }),
            Command::SaveReceipt(receipt) => {
                let released = attachment_names(doc.archive(), receipt.id);
                let outcome = doc.edit(time, |a| actions::receipts::save_receipt(a, *receipt));
                doc.release_attachments(released);
                outcome
            }
            Command::DeleteReceipt(id) => {
                let released = attachment_names(doc.archive(), id);
                let outcome = doc.edit(time, |a| actions::receipts::delete_receipt(a, id));
                doc.release_attachments(released);
                outcome
            }
            Command::AttachFiles(paths) => self.attach(&paths),
            Command::DropFiles(paths) => self.dropped(paths, time),
            Command::ReceiptFromMail(path) => self.receipt_from_mail(&path, time),
            Command::ShowQr(code) => {
                self.qr = Some(QrDialog::new(&code));
                Outcome::nothing()
            }
            Command::ReadQrImage(path) => self.read_qr_image(&path),
            Command::ImportReceipts(path) => {
                let refuse = actions::receipts::UnknownCards::Refuse;
                let outcome = doc.edit(time, |a| {
                    actions::receipts::import_receipts(a, &path, refuse)
                });
                match outcome.said.first() {
                    // Rows name cards this archive lacks: the person chooses.
                    Some(said) if said.msg.id == actions::receipts::UNKNOWN_CARDS_REFUSED => {
                        let lines = said.details.iter().map(|line| tr.msg(line)).collect();
                        let headline = tr.msg(&said.msg);
                        self.unknown_cards = Some(UnknownCardsQuestion {
                            path,
                            headline,
                            lines,
                        });
                        Outcome::nothing()
                    }
                    _ => outcome,
                }
            }
            Command::ImportReceiptsWithoutCards(path) => {
                let without = actions::receipts::UnknownCards::WithoutCard;
                doc.edit(time, |a| {
                    actions::receipts::import_receipts(a, &path, without)
                })
            }
            Command::ExportReceipts(path) => {
                actions::receipts::export_receipts(doc.archive(), &path)
            }
            Command::ExportCard {
                card,
                with_identifiers,
                path,
            } => actions::cards::export_card(doc.archive(), card, with_identifiers, &path),
            Command::ExportGuide {
                card,
                format,
                reader,
                path,
            } => actions::exports::write_guide(
                doc.archive(),
                card,
                format,
                &path,
                (&now, &reader),
                tr,
            ),
            Command::ExportGuidePictures { card, reader, path } => {
                let options = PictureOptions::default();
                let folder = actions::exports::pictures_folder(&path);
                let outcome = actions::exports::write_guide_pictures(
                    doc.archive(),
                    card,
                    &folder,
                    (&now, &reader),
                    tr,
                    &options,
                );
                // The folder, ready to drag the pictures into a chat; when it
                // cannot be opened, the notice still names where they are.
                let opened = if outcome.is_failure() {
                    Ok(())
                } else {
                    self.platform.open(&folder)
                };
                match opened {
                    Ok(()) => outcome,
                    Err(detail) => outcome.say(
                        Level::Info,
                        Msg::new("open-folder-failed")
                            .arg("path", folder.display().to_string())
                            .arg("detail", detail),
                    ),
                }
            }
            Command::CopyStepPicture {
                card,
                reader,
                failure,
                step,
            } => {
                let picture = actions::exports::step_picture(
                    doc.archive(),
                    card,
                    (&now, &reader),
                    tr,
                    (failure, step),
                );
                match picture.map(|p| self.platform.copy_image(&p.image)) {
                    Ok(Ok(())) => Outcome::success(false, Msg::new("guide-picture-copied")),
                    Ok(Err(detail)) => Outcome::failed(
                        Msg::new("guide-picture-no-clipboard").arg("detail", detail),
                    ),
                    Err(msg) => Outcome::failed(msg),
                }
            }
            Command::SavePerson(person) => {
                doc.edit(time, |a| actions::people::save_person(a, person))
            }
            Command::DeletePerson(id) => doc.edit(time, |a| actions::people::delete_person(a, id)),
            Command::SaveTrip(trip) => doc.edit(time, |a| actions::trips::save_trip(a, trip)),
            Command::DeleteTrip(id) => doc.edit(time, |a| actions::trips::delete_trip(a, id)),
            Command::SaveRate(rate) => doc.edit(time, |a| actions::trips::save_rate(a, rate)),
            Command::DeleteRate(id) => doc.edit(time, |a| actions::trips::delete_rate(a, id)),
            Command::ExportTrip { trip, format, path } => {
                actions::trips::export_trip(doc.archive(), trip, format, &path, tr)
            }
            Command::ExportReminders(path) => {
                actions::exports::export_reminders(doc.archive(), &path, &now, tr)
            }
            Command::UpdateSettings(settings) => {
                doc.set_settings(*settings, time);
                Outcome::nothing()
            }
            Command::SetClosedReminders(install) => self.set_closed_reminders(install, &now),
            Command::SendTestNotification => actions::reminders::send_test(tr, &mut *self.platform),
            Command::RestoreBackup => doc.restore_backup(&now),
            Command::StartNewArchive => doc.start_new_archive(&now, time),
            Command::ReopenArchive => doc.reopen(&now),
            Command::MergeConflictCopy(path) => {
                let drafts = self.screens.receipts.draft_attachments();
                doc.merge_conflict_copy(&path, &now, &drafts)
            }
            Command::ShelveConflictCopy(path) => doc.shelve_conflict_copy(&path),
            Command::RetrySave => {
                self.notices.retain(|n| n.level != Level::Error);
                self.flush();
                Outcome::nothing()
            }
            Command::OpenFolder(path) => self.open_path(&path, false),
            Command::OpenAttachment(name) => self.open_attachment(name, false),
            Command::ShowAttachment(name) => self.open_attachment(name, true),
            Command::ChooseFile(action) => self.choose_file(action, time),
            Command::Navigate(screen) => {
                // The screen's own item again: back to its list (a renewal
                // in progress stays saved, to continue from the list).
                if screen == self.screen && screen == Screen::Renew {
                    self.screens.renew.show_list();
                }
                self.go_to(screen);
                Outcome::nothing()
            }
            Command::AddCard => {
                self.screens.cards.open_new();
                self.go_to(Screen::Cards);
                Outcome::nothing()
            }
            Command::OpenReceipt(id) => {
                let archive = self.document.archive();
                if let Some(receipt) = archive.receipts.iter().find(|r| r.id == id) {
                    self.screens.receipts.open(receipt);
                    self.go_to(Screen::Receipts);
                }
                Outcome::nothing()
            }
            Command::OpenCard(id) => {
                let archive = self.document.archive();
                if let Some(card) = archive.card(id) {
                    // The form shows the card's people by name.
                    self.screens.cards.open_edit(&archive.with_names(card));
                    self.go_to(Screen::Cards);
                }
                Outcome::nothing()
            }
            Command::OpenGuide(id) => {
                self.screens.guide.open(id);
                self.go_to(Screen::Guide);
                Outcome::nothing()
            }
            Command::TrySample => self.try_sample(&now),
            Command::LeaveSample => self.leave_sample(),
            Command::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
                Outcome::nothing()
            }
        };
        // What Settings shows of the reminders may have changed.
        if self.screen == Screen::Settings {
            self.screens.settings.reminders = None;
        }
        self.show(&outcome);
    }

    /// Copies files into the archive and opens them in the receipt form.
    fn attach(&mut self, paths: &[PathBuf]) -> Outcome {
        if !self.document.is_writable() {
            return Outcome::failed(crate::store::StoreError::ReadOnly.message());
        }
        let (attached, outcome) = actions::receipts::attach_files(self.document.dir(), paths);
        if !attached.is_empty() {
            // Kept while the form refers to them; removed later if never saved.
            self.document
                .release_attachments(attached.iter().map(|a| a.stored_name.clone()));
            let now = self.options.clock.now();
            let archive = self.document.archive();
            self.screens
                .receipts
                .add_attachments(archive, &now, attached);
            self.go_to(Screen::Receipts);
        }
        outcome
    }

    /// Reads an eSIM activation code from the QR code in the image at `path`
    /// into the open card form.
    fn read_qr_image(&mut self, path: &Path) -> Outcome {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        match actions::confirmations::read_activation_code(path) {
            Ok(code) if self.screens.cards.set_esim_code(&code) => {
                Outcome::nothing().say(Level::Info, Msg::new("qr-read-into-form").arg("path", name))
            }
            Ok(code) => Outcome::nothing().say(
                Level::Info,
                Msg::new("qr-read-no-form")
                    .arg("path", name)
                    .arg("code", code),
            ),
            Err(msg) => Outcome::failed(msg),
        }
    }

    /// Opens a new receipt filled from the e-mail at `path`, with the e-mail
    /// attached and the fields it gave marked for the person to check (the
    /// e-mail's eSIM code is kept on its card at once).
    fn receipt_from_mail(&mut self, path: &Path, time: f64) -> Outcome {
        let now = self.options.clock.now();
        let mut read = None;
        let outcome = self.document.edit_in(time, |archive, dir| {
            match actions::confirmations::receipt_from_mail(archive, dir, path, None, &now) {
                Ok((receipt, kept)) => {
                    read = Some(receipt);
                    kept
                }
                Err(msg) => Outcome::failed(msg),
            }
        });
        let Some(read) = read else {
            return outcome;
        };
        // Kept while the form refers to them; removed later if never saved.
        let names = read.draft.attachments.iter().map(|a| a.stored_name.clone());
        self.document.release_attachments(names.collect::<Vec<_>>());
        let not_read = crate::model::receipt_draft::missing_from_mail(&read.found);
        let editor =
            ReceiptEditor::from_mail(read.draft, read.filled, read.found.currency_doubt, not_read);
        self.screens.receipts.open_from_mail(editor);
        self.go_to(Screen::Receipts);
        let read_msg = Msg::new("mail-form-read").arg(
            "path",
            path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
        );
        // A PDF whose text could not be read is named, attached all the same.
        let unread = read.found.unread.clone();
        let mut outcome = outcome.say(Level::Info, read_msg);
        if !unread.is_empty()
            && let Some(said) = outcome.said.last_mut()
        {
            said.details = unread;
            said.level = Level::Warning;
        }
        outcome
    }

    /// Files dropped on the window: a CSV of receipts is imported, a shared
    /// card is imported, an e-mail opens a new receipt filled from it (with
    /// no receipt form open; with one, it is attached), anything else is
    /// attached to a receipt.
    fn dropped(&mut self, paths: Vec<PathBuf>, time: f64) -> Outcome {
        let mut attach = Vec::new();
        for path in paths {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().to_lowercase())
                .unwrap_or_default();
            if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
            {
                self.apply(Command::ImportReceipts(path), time);
            } else if name.ends_with(".koshin-card.ron") {
                self.apply(Command::ImportCard(path), time);
            } else if is_image(&name)
                && self.screens.cards.is_editing()
                && self.screen == Screen::Cards
            {
                self.apply(Command::ReadQrImage(path), time);
            } else if MailKind::of_name(&name).is_some() && !self.screens.receipts.has_editor() {
                self.apply(Command::ReceiptFromMail(path), time);
            } else {
                attach.push(path);
            }
        }
        if attach.is_empty() {
            Outcome::nothing()
        } else {
            self.attach(&attach)
        }
    }

    /// Asks the desktop for a file, then applies the command that acts on it.
    fn choose_file(&mut self, action: FileAction, time: f64) -> Outcome {
        let dialog = FileDialog::for_action(&action, &self.tr);
        match self.platform.choose(&dialog) {
            Chosen::Files(paths) => {
                if let Some(command) = file_command(action, paths) {
                    self.apply(command, time);
                }
                Outcome::nothing()
            }
            Chosen::Cancelled => Outcome::nothing(),
            // No dialog here: a file to save gets a path to type; one to open
            // can be dropped on the window.
            Chosen::Unavailable => match dialog.kind {
                DialogKind::Save(name) => {
                    self.save_as = Some(SaveAs::new(action, name));
                    Outcome::nothing()
                }
                DialogKind::Open | DialogKind::OpenMany => {
                    Outcome::failed(Msg::new("dialog-unavailable"))
                }
            },
        }
    }

    /// Opens a file or folder, or shows it selected in the file manager.
    fn open_path(&mut self, path: &Path, reveal: bool) -> Outcome {
        let result = if reveal {
            self.platform.reveal(path)
        } else {
            self.platform.open(path)
        };
        match result {
            Ok(()) => Outcome::nothing(),
            Err(detail) => Outcome::failed(
                Msg::new("open-folder-failed")
                    .arg("path", path.display().to_string())
                    .arg("detail", detail),
            ),
        }
    }

    /// Opens an attached file, unless its copy has gone from the folder (then
    /// it is marked missing).
    fn open_attachment(&mut self, name: String, reveal: bool) -> Outcome {
        let path = self
            .document
            .dir()
            .join(attachments::ATTACHMENT_DIR)
            .join(&name);
        if path.is_file() {
            return self.open_path(&path, reveal);
        }
        self.document.mark_missing(name);
        Outcome::failed(Msg::new("receipt-file-gone"))
    }
}

/// The stored names of a receipt's attachments (none when there is no such receipt).
fn attachment_names(archive: &crate::model::Archive, id: crate::model::ReceiptId) -> Vec<String> {
    archive
        .receipts
        .iter()
        .filter(|r| r.id == id)
        .flat_map(|r| &r.attachments)
        .map(|a| a.stored_name.clone())
        .collect()
}

/// Whether a file name is that of a PNG or JPEG image.
fn is_image(name: &str) -> bool {
    [".png", ".jpg", ".jpeg"]
        .iter()
        .any(|ext| name.ends_with(ext))
}

/// The command that acts on the files chosen for `action`.
pub(super) fn file_command(action: FileAction, mut paths: Vec<PathBuf>) -> Option<Command> {
    if paths.is_empty() {
        return None;
    }
    let first = paths.swap_remove(0);
    Some(match action {
        FileAction::ExportReminders => Command::ExportReminders(first),
        FileAction::ExportReceipts => Command::ExportReceipts(first),
        FileAction::ImportReceipts => Command::ImportReceipts(first),
        FileAction::ReadMail => Command::ReceiptFromMail(first),
        FileAction::ReadQrImage => Command::ReadQrImage(first),
        FileAction::ImportCard => Command::ImportCard(first),
        FileAction::ExportGuide(card, format, reader) => Command::ExportGuide {
            card,
            format,
            reader,
            path: first,
        },
        FileAction::ExportGuidePictures(card, reader) => Command::ExportGuidePictures {
            card,
            reader,
            path: first,
        },
        FileAction::ExportTrip(trip, format) => Command::ExportTrip {
            trip,
            format,
            path: first,
        },
        FileAction::ExportCard(card, with_identifiers) => Command::ExportCard {
            card,
            with_identifiers,
            path: first,
        },
        FileAction::AttachFiles => {
            paths.insert(0, first);
            Command::AttachFiles(paths)
        }
    })
}
