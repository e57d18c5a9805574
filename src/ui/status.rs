//! What the app says about the archive itself: damaged, read-only, not saved.

use egui::{Frame, RichText};

use super::{View, theme};
use crate::actions::Level;
use crate::command::Command;
use crate::i18n::{I18n, Msg};
use crate::store::{Backup, Blocked};

/// A message shown at the top of the window until it is dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// How it is shown.
    pub level: Level,
    /// The text, already in the person's language; a list has one line per item.
    pub text: String,
}

fn banner(ui: &mut egui::Ui, level: Level, add_contents: impl FnOnce(&mut egui::Ui)) {
    Frame::new()
        .fill(theme::notice_fill(ui.visuals(), level))
        .inner_margin(theme::NOTICE_PADDING)
        .corner_radius(theme::CARD_ROUNDING)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add_contents(ui);
        });
    ui.add_space(theme::GAP_M);
}

/// The notices, each with a button to dismiss it.
pub fn notices_ui(
    ui: &mut egui::Ui,
    tr: &I18n,
    notices: &[Notice],
    save_failed: bool,
    commands: &mut Vec<Command>,
) {
    for (index, notice) in notices.iter().enumerate() {
        banner(ui, notice.level, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(&notice.text);
                if notice.level == Level::Error
                    && save_failed
                    && ui.button(tr.t("notice-retry-save")).clicked()
                {
                    commands.push(Command::RetrySave);
                }
                if ui.small_button(tr.t("notice-dismiss")).clicked() {
                    commands.push(Command::DismissNotice(index));
                }
            });
        });
    }
}

/// The banner that says why the archive is read-only, when it is and is not damaged.
pub fn read_only_banner_ui(
    ui: &mut egui::Ui,
    tr: &I18n,
    blocked: &Blocked,
    commands: &mut Vec<Command>,
) {
    banner(ui, Level::Warning, |ui| {
        ui.label(RichText::new(tr.t("archive-read-only-title")).strong());
        ui.add(egui::Label::new(tr.msg(&blocked.message())).wrap());
        if matches!(blocked, Blocked::InUse) && ui.button(tr.t("archive-try-again")).clicked() {
            commands.push(Command::ReopenArchive);
        }
    });
}

/// The copies of the archive a sync tool left beside it: each with a button
/// to merge it in and one to move it into the backups unmerged.
pub fn conflict_copies_ui(
    ui: &mut egui::Ui,
    tr: &I18n,
    copies: &[std::path::PathBuf],
    writable: bool,
    commands: &mut Vec<Command>,
) {
    if copies.is_empty() {
        return;
    }
    banner(ui, Level::Warning, |ui| {
        ui.label(RichText::new(tr.t("conflict-copies-title")).strong());
        ui.add(egui::Label::new(tr.t("conflict-copies-hint")).wrap());
        for copy in copies {
            let name = copy
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&name).monospace());
                ui.add_enabled_ui(writable, |ui| {
                    if ui.button(tr.t("conflict-copy-merge")).clicked() {
                        commands.push(Command::MergeConflictCopy(copy.clone()));
                    }
                    if ui.button(tr.t("conflict-copy-shelve")).clicked() {
                        commands.push(Command::ShelveConflictCopy(copy.clone()));
                    }
                });
            });
        }
    });
}

/// The page shown instead of the screens while the archive file is damaged.
pub fn damaged_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    message: &Msg,
    newest_backup: Option<&Backup>,
    holds_lock: bool,
    commands: &mut Vec<Command>,
) {
    let tr = view.tr;
    super::page_width_ui(ui);
    ui.heading(RichText::new(tr.t("damaged-title")).color(theme::error(ui.visuals())));
    ui.add_space(theme::GAP_M);
    ui.add(egui::Label::new(tr.msg(message)).wrap());
    ui.add_space(theme::GAP_M);
    ui.add(egui::Label::new(RichText::new(tr.t("damaged-untouched")).strong()).wrap());
    ui.add_space(theme::GAP_L);
    if !holds_lock {
        ui.add(egui::Label::new(tr.t("archive-in-use")).wrap());
        if ui.button(tr.t("archive-try-again")).clicked() {
            commands.push(Command::ReopenArchive);
        }
        return;
    }
    match newest_backup {
        Some(backup) => {
            ui.add(
                egui::Label::new(
                    tr.msg(&Msg::new("damaged-restore-hint").arg("name", backup.name.as_str())),
                )
                .wrap(),
            );
            if ui
                .button(RichText::new(tr.t("damaged-restore")).strong())
                .clicked()
            {
                commands.push(Command::RestoreBackup);
            }
        }
        None => {
            ui.add(egui::Label::new(tr.t("damaged-no-backup")).wrap());
        }
    }
    ui.add_space(theme::GAP_L);
    ui.add(egui::Label::new(tr.t("damaged-start-new-hint")).wrap());
    if ui.button(tr.t("damaged-start-new")).clicked() {
        commands.push(Command::StartNewArchive);
    }
}
