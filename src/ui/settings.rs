//! The Settings screen: where the archive lives, and how the app looks.

use egui::RichText;

use super::{View, hint_ui, section_ui, theme};
use crate::command::Command;
use crate::i18n::{I18n, Lang, Msg};
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

        let mut settings = view.archive.settings.clone();
        section_ui(ui, tr.t("settings-language"));
        let system = tr.t("settings-language-system");
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(&mut settings.language, None, system);
            for lang in Lang::ALL {
                ui.radio_value(&mut settings.language, Some(lang), lang.name());
            }
        });
        hint_ui(ui, tr.t("settings-language-hint"));

        section_ui(ui, tr.t("settings-theme"));
        ui.horizontal(|ui| {
            for option in ThemeChoice::ALL {
                ui.radio_value(&mut settings.theme, option, tr.t(option.label_id()));
            }
        });

        ui.horizontal(|ui| {
            let size = ui.label(tr.t("settings-guide-size"));
            ui.add(
                egui::Slider::new(&mut settings.guide_text_size, 16.0..=36.0)
                    .step_by(1.0)
                    .fixed_decimals(0),
            )
            .labelled_by(size.id);
        });

        section_ui(ui, tr.t("settings-planning"));
        egui::Grid::new("planning")
            .num_columns(2)
            .spacing([theme::GAP_L, theme::GAP_M])
            .show(ui, |ui| {
                let lead = ui.label(tr.t("settings-lead-time"));
                ui.add(days_value(tr, &mut settings.lead_time_days))
                    .labelled_by(lead.id);
                ui.end_row();
                let low = ui.label(tr.t("settings-low-data"));
                ui.add(
                    egui::DragValue::new(&mut settings.low_data_percent)
                        .range(1..=90)
                        .suffix(" %"),
                )
                .labelled_by(low.id);
                ui.end_row();
                let alarms = ui.label(tr.t("settings-alarms"));
                ui.horizontal(|ui| {
                    for (n, days) in settings.alarm_days.iter_mut().enumerate() {
                        ui.push_id(n, |ui| {
                            ui.add(days_value(tr, days)).labelled_by(alarms.id);
                        });
                    }
                });
                ui.end_row();
            });
        hint_ui(ui, tr.t("settings-planning-hint"));

        if settings != view.archive.settings {
            commands.push(Command::UpdateSettings(Box::new(settings)));
        }
    }
}

/// A draggable number of days that reads "1 day", "3 days".
fn days_value<'a, N: egui::emath::Numeric>(tr: &'a I18n, days: &'a mut N) -> egui::DragValue<'a> {
    egui::DragValue::new(days)
        .range(0..=30)
        .custom_formatter(move |n, _| {
            #[expect(clippy::cast_possible_truncation, reason = "at most 30 days")]
            let n = n.round() as i64;
            tr.msg(&Msg::new("days-count").arg("days", n))
        })
        .custom_parser(|text| text.split_whitespace().next()?.parse().ok())
}
