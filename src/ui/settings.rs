//! The Settings screen: where the archive lives, and how the app looks.

use egui::RichText;

use super::{View, hint_ui, section_ui, theme};
use crate::command::Command;
use crate::model::ThemeChoice;
use crate::store;

/// The Settings screen. It has no passing state of its own.
#[derive(Debug, Default)]
pub struct SettingsScreen;

impl SettingsScreen {
    /// Shows the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let tr = view.tr;
        ui.heading(tr.t("settings-title"));
        ui.set_max_width(theme::PAGE_MAX_WIDTH);

        section_ui(ui, tr.t("settings-archive"));
        hint_ui(ui, tr.t("settings-archive-hint"));
        ui.add_space(theme::GAP_S);
        ui.horizontal(|ui| {
            let path = store::archive_path(view.data_dir);
            ui.label(RichText::new(path.display().to_string()).monospace());
        });
        ui.horizontal(|ui| {
            if ui.button(tr.t("settings-open-folder")).clicked() {
                commands.push(Command::OpenFolder(view.data_dir.to_path_buf()));
            }
        });
        hint_ui(ui, tr.t("settings-data-dir-hint"));

        section_ui(ui, tr.t("settings-theme"));
        let mut choice = view.archive.settings.theme;
        ui.horizontal(|ui| {
            for option in ThemeChoice::ALL {
                ui.radio_value(&mut choice, option, tr.t(option.label_id()));
            }
        });
        if choice != view.archive.settings.theme {
            commands.push(Command::SetTheme(choice));
        }
    }
}
