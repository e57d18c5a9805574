//! The Settings screen: where the archive lives, and how the app looks.

use egui::RichText;

use super::{View, hint_ui, section_ui, theme};
use crate::command::Command;
use crate::i18n::{I18n, Lang, Msg};
use crate::model::ThemeChoice;
use crate::store;

/// How the reminders stand, as the app found them when Settings opened.
#[derive(Debug, Clone, PartialEq)]
pub struct RemindersInfo {
    /// Whether the scheduled job that reminds while the app is closed is installed.
    pub installed: bool,
    /// Whether it may be installed: not for a throwaway copy (`--demo`, the sample).
    pub can_install: bool,
    /// How it is installed and how its last run went, one line each.
    pub lines: Vec<Msg>,
}

/// The Settings screen.
#[derive(Debug, Default)]
pub struct SettingsScreen {
    /// How the reminders stand; `None` asks the app to look again.
    pub reminders: Option<RemindersInfo>,
    /// The person being added or changed in the household.
    household: Option<super::household::PersonDraft>,
    /// The Money section's fields as typed.
    money: super::money::MoneyDraft,
}

impl SettingsScreen {
    /// Shows the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        ui.heading(view.tr.t("settings-title"));
        egui::ScrollArea::vertical()
            .id_salt("settings")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                super::page_width_ui(ui);
                self.body_ui(ui, view, commands);
            });
    }

    /// Everything under the heading, which scrolls on a low window.
    fn body_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let tr = view.tr;
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
                egui::Slider::new(&mut settings.guide_text_size, theme::GUIDE_TEXT_SIZES)
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

        if let Some(info) = &self.reminders {
            reminders_ui(ui, tr, info, commands);
        }
        super::household::household_ui(ui, view, &mut self.household, commands);
        super::money::money_ui(ui, view, &mut settings, &mut self.money, commands);
        ui.add_space(theme::GAP_L);
        ui.add_space(theme::GAP_L);

        if settings != view.archive.settings {
            commands.push(Command::UpdateSettings(Box::new(settings)));
        }
    }
}

/// Reminders while the app is closed: install or remove the scheduled job,
/// send a test notification, and how the last run went.
fn reminders_ui(ui: &mut egui::Ui, tr: &I18n, info: &RemindersInfo, commands: &mut Vec<Command>) {
    section_ui(ui, tr.t("settings-reminders"));
    hint_ui(ui, tr.t("settings-reminders-hint"));
    ui.add_space(theme::GAP_S);
    let mut installed = info.installed;
    let toggle = ui.add_enabled(
        info.can_install,
        egui::Checkbox::new(&mut installed, tr.t("settings-reminders-closed")),
    );
    if toggle.changed() {
        commands.push(Command::SetClosedReminders(installed));
    }
    if !info.can_install {
        hint_ui(ui, tr.t("settings-reminders-temporary"));
    }
    for line in &info.lines {
        ui.add(egui::Label::new(RichText::new(tr.msg(line)).small()).wrap());
    }
    ui.add_space(theme::GAP_S);
    if ui.button(tr.t("settings-reminders-test")).clicked() {
        commands.push(Command::SendTestNotification);
    }
    hint_ui(ui, tr.t("ics-alarms-dropped"));
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
