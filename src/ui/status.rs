//! What the app says: the notice strip at the bottom of the window (what an
//! action said, copies a sync tool left, whether the archive is saved), and
//! the archive's own state: damaged, read-only.
//!
//! The strip is always there and one line high, so that nothing that
//! appears in it moves a field or a button under the pointer or the caret;
//! everything else it holds opens above it, when asked for.

use egui::{Frame, RichText};

use super::{View, theme};
use crate::actions::Level;
use crate::command::Command;
use crate::i18n::{I18n, Msg};
use crate::store::{Backup, Blocked};

/// A message shown in the strip until it is dismissed (or, for success and
/// information, until the next action speaks).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// How it is shown.
    pub level: Level,
    /// The headline, in the person's language.
    pub text: String,
    /// The lines under it (a list of problems, the system's own words),
    /// shown when the person opens the notices.
    pub details: Vec<String>,
}

impl Notice {
    /// The headline and its lines, as one text.
    pub fn full_text(&self) -> String {
        std::iter::once(self.text.as_str())
            .chain(self.details.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// What the strip says when nothing else is to be said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveState {
    /// Every change is written.
    Saved,
    /// A change waits for the autosave.
    Pending,
    /// The archive cannot be changed here.
    ReadOnly,
}

/// The notice the strip shows first: the newest error, else the newest
/// warning, else the newest of the others.
fn first_notice(notices: &[Notice]) -> Option<usize> {
    let rank = |level: Level| match level {
        Level::Error => 3,
        Level::Warning => 2,
        Level::Info | Level::Success => 1,
    };
    (0..notices.len())
        .rev()
        .max_by_key(|&i| rank(notices[i].level))
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

/// The strip at the bottom of the window: the first notice (or the copies a
/// sync tool left, or the save state) in one line, and a button that opens
/// every notice with its details above the strip. `open` is whether they are
/// open.
pub fn strip_ui(
    ui: &mut egui::Ui,
    tr: &I18n,
    notices: &[Notice],
    copies: (&[std::path::PathBuf], bool),
    (save_failed, state): (bool, SaveState),
    open: &mut bool,
    commands: &mut Vec<Command>,
) {
    let first = first_notice(notices);
    let error_first = first.is_some_and(|i| notices[i].level == Level::Error);
    ui.horizontal_centered(|ui| {
        if let (Some(copy), false) = (copies.0.first(), error_first) {
            copy_ui(ui, tr, copy, copies, notices.len(), open, commands);
            return;
        }
        if let Some((index, notice)) = first.map(|i| (i, &notices[i])) {
            {
                let color = theme::level_color(ui.visuals(), notice.level);
                ui.label(RichText::new(theme::level_symbol(notice.level)).color(color));
                let more = notices.len() - 1 + usize::from(!notice.details.is_empty());
                let all = if more > 0 {
                    tr.msg(&Msg::new("notice-show-all").arg("count", notices.len()))
                } else {
                    String::new()
                };
                // The buttons first, from the right, so the text takes what is left.
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.small_button(tr.t("notice-dismiss")).clicked() {
                        commands.push(Command::DismissNotice(index));
                    }
                    if more > 0 && ui.small_button(all).clicked() {
                        *open = !*open;
                    }
                    if notice.level == Level::Error
                        && save_failed
                        && ui.small_button(tr.t("notice-retry-save")).clicked()
                    {
                        commands.push(Command::RetrySave);
                    }
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        ui.add(
                            egui::Label::new(RichText::new(&notice.text).color(color)).truncate(),
                        );
                    });
                });
            }
        } else {
            let id = msg_ids!(match state {
                SaveState::Saved => "status-saved",
                SaveState::Pending => "status-saving",
                SaveState::ReadOnly => "status-read-only",
            });
            ui.label(RichText::new(tr.t(id)).weak());
        }
    });
    if first.is_none() {
        *open = false;
    }
    if *open {
        all_notices_ui(ui, tr, notices, open, commands);
    }
}

/// A copy a sync tool left beside the archive, in the strip: Merge, or Move
/// to backups (the next copy, if any, follows).
fn copy_ui(
    ui: &mut egui::Ui,
    tr: &I18n,
    copy: &std::path::Path,
    (copies, writable): (&[std::path::PathBuf], bool),
    notices: usize,
    open: &mut bool,
    commands: &mut Vec<Command>,
) {
    let color = theme::warning(ui.visuals());
    ui.label(RichText::new(theme::level_symbol(Level::Warning)).color(color));
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        if notices > 0 {
            let all = tr.msg(&Msg::new("notice-show-all").arg("count", notices));
            if ui.small_button(all).clicked() {
                *open = !*open;
            }
        }
        ui.add_enabled_ui(writable, |ui| {
            if ui.small_button(tr.t("conflict-copy-shelve")).clicked() {
                commands.push(Command::ShelveConflictCopy(copy.to_path_buf()));
            }
            if ui.small_button(tr.t("conflict-copy-merge")).clicked() {
                commands.push(Command::MergeConflictCopy(copy.to_path_buf()));
            }
        });
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            let name = copy
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = tr.msg(
                &Msg::new("conflict-copies-strip")
                    .arg("count", copies.len())
                    .arg("name", name),
            );
            ui.add(egui::Label::new(RichText::new(text).color(color)).truncate())
                .on_hover_text(tr.t("conflict-copies-hint"));
        });
    });
}

/// Every notice with its details, above the strip, over the page (it moves
/// nothing); Escape or the button in the strip closes it.
fn all_notices_ui(
    ui: &egui::Ui,
    tr: &I18n,
    notices: &[Notice],
    open: &mut bool,
    commands: &mut Vec<Command>,
) {
    if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        *open = false;
        return;
    }
    let above = ui.max_rect().left_top();
    egui::Area::new(egui::Id::unique("all_notices"))
        .order(egui::Order::Foreground)
        .pivot(egui::Align2::LEFT_BOTTOM)
        .fixed_pos(above)
        .show(ui.ctx(), |ui| {
            Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(theme::NOTICES_WIDTH);
                egui::ScrollArea::vertical()
                    .max_height(theme::NOTICES_MAX_HEIGHT)
                    .show(ui, |ui| {
                        for (index, notice) in notices.iter().enumerate().rev() {
                            banner(ui, notice.level, |ui| {
                                ui.horizontal(|ui| {
                                    ui.add(egui::Label::new(&notice.text).wrap());
                                    if ui.small_button(tr.t("notice-dismiss")).clicked() {
                                        commands.push(Command::DismissNotice(index));
                                    }
                                });
                                for line in &notice.details {
                                    ui.add(egui::Label::new(RichText::new(line).weak()).wrap());
                                }
                            });
                        }
                    });
            });
        });
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
