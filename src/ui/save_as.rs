//! Where to save a file when the desktop cannot show a file dialog: a path to
//! type, starting in the Downloads folder.

use std::path::{Path, PathBuf};

use egui::RichText;

use super::{colored_note_ui, theme};
use crate::command::FileAction;
use crate::i18n::{I18n, Msg};

/// The save-as dialog's passing state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveAs {
    /// What the file is for.
    pub action: FileAction,
    /// The path as typed.
    pub path: String,
}

impl SaveAs {
    /// The dialog for `action`, starting at `file_name` in the Downloads
    /// folder (the home folder, or the current one, when there is none).
    pub fn new(action: FileAction, file_name: &str) -> Self {
        let folder = directories::UserDirs::new()
            .and_then(|dirs| {
                dirs.download_dir()
                    .map(Path::to_path_buf)
                    .or_else(|| Some(dirs.home_dir().to_path_buf()))
            })
            .unwrap_or_default();
        Self {
            action,
            path: folder.join(file_name).display().to_string(),
        }
    }

    /// Why the typed path cannot be saved to, if it cannot.
    fn problem(&self) -> Option<Msg> {
        let path = Path::new(self.path.trim());
        if self.path.trim().is_empty() || path.file_name().is_none() {
            return Some(Msg::new("save-as-need-name"));
        }
        match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() && !parent.is_dir() => {
                Some(Msg::new("save-as-no-folder").arg("folder", parent.display().to_string()))
            }
            _ => None,
        }
    }
}

/// What the person did in the dialog this frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveAsAnswer {
    /// Save to this path.
    Save(PathBuf),
    /// Close without saving.
    Cancel,
}

/// Shows the dialog; `Some` once the person saved or cancelled.
pub fn save_as_ui(ui: &mut egui::Ui, tr: &I18n, state: &mut SaveAs) -> Option<SaveAsAnswer> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("save_as")).show(ui.ctx(), |ui| {
        ui.set_max_width(theme::DIALOG_MAX_WIDTH);
        ui.heading(tr.t("save-as-title"));
        ui.add_space(theme::GAP_S);
        ui.add(egui::Label::new(tr.t("save-as-body")).wrap());
        ui.add_space(theme::GAP_S);
        let label = ui.label(tr.t("save-as-path"));
        ui.add(egui::TextEdit::singleline(&mut state.path).desired_width(theme::DIALOG_MAX_WIDTH))
            .labelled_by(label.id);
        let problem = state.problem();
        // One line kept for the problem, so that the buttons do not move.
        match &problem {
            Some(msg) => colored_note_ui(ui, theme::error(ui.visuals()), "✖", &tr.msg(msg)),
            None => {
                ui.label("");
            }
        }
        ui.add_space(theme::GAP_S);
        ui.horizontal(|ui| {
            let save = egui::Button::new(RichText::new(tr.t("save-as-save")).strong());
            if ui.add_enabled(problem.is_none(), save).clicked() {
                answer = Some(SaveAsAnswer::Save(PathBuf::from(state.path.trim())));
            }
            if ui.button(tr.t("save-as-cancel")).clicked() {
                answer = Some(SaveAsAnswer::Cancel);
            }
        });
    });
    answer.or(modal.should_close().then_some(SaveAsAnswer::Cancel))
}
