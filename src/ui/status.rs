//! What the app says about the archive itself: damaged, read-only, not saved.

use egui::{Frame, RichText};

use super::{View, theme};
use crate::command::Command;
use crate::i18n::{I18n, Msg};
use crate::store::{Backup, Blocked};

/// A message shown at the top of the window until it is dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// How it is shown.
    pub level: NoticeLevel,
    /// The text, already in the person's language.
    pub text: String,
}

/// How a notice is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeLevel {
    /// Something happened as asked.
    Info,
    /// Something went wrong.
    Error,
}

fn banner(ui: &mut egui::Ui, error: bool, add_contents: impl FnOnce(&mut egui::Ui)) {
    let fill = if error {
        theme::error_banner_fill(ui.visuals())
    } else {
        theme::banner_fill(ui.visuals())
    };
    Frame::new()
        .fill(fill)
        .inner_margin(theme::GAP_M + 2.0)
        .corner_radius(6.0)
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
        banner(ui, notice.level == NoticeLevel::Error, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(&notice.text);
                if notice.level == NoticeLevel::Error
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
    banner(ui, false, |ui| {
        ui.label(RichText::new(tr.t("archive-read-only-title")).strong());
        ui.add(egui::Label::new(tr.msg(&blocked.message())).wrap());
        if matches!(blocked, Blocked::InUse) && ui.button(tr.t("archive-try-again")).clicked() {
            commands.push(Command::ReopenArchive);
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
    ui.set_max_width(theme::PAGE_MAX_WIDTH);
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
