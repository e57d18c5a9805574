//! The precaution checklist: beside the wizard, and as a screen of its own
//! listing every renewal in progress.

use egui::RichText;

use super::{View, hint_ui, theme};
use crate::command::Command;
use crate::i18n::{I18n, Msg};
use crate::model::checklist::{ChecklistItem, ItemState};
use crate::wizard::Renewal;

/// Draws a checklist; the person's ticks change `renewal`.
pub fn checklist_ui(ui: &mut egui::Ui, tr: &I18n, items: &[ChecklistItem], renewal: &mut Renewal) {
    for entry in items {
        let text = tr.t(entry.item.label_id());
        if entry.item.is_judged() {
            let (icon, color) = match entry.state {
                ItemState::Done | ItemState::Ticked => ("✔", theme::success(ui.visuals())),
                ItemState::Warning => ("⚠", theme::warning(ui.visuals())),
                ItemState::Open => ("○", ui.visuals().weak_text_color()),
            };
            ui.horizontal_top(|ui| {
                ui.label(RichText::new(icon).color(color));
                ui.vertical(|ui| {
                    ui.add(egui::Label::new(text).wrap());
                    if let Some(detail) = &entry.detail {
                        ui.add(
                            egui::Label::new(
                                RichText::new(tr.msg(detail))
                                    .color(color)
                                    .size(theme::SMALL_SIZE),
                            )
                            .wrap(),
                        );
                    }
                });
            });
        } else {
            let mut ticked = entry.state == ItemState::Ticked;
            if ui.checkbox(&mut ticked, text).changed() {
                renewal.set_ticked(entry.item, ticked);
            }
        }
        ui.add_space(theme::GAP_S);
    }
    let open = items.iter().filter(|i| !i.state.is_settled()).count();
    ui.add_space(theme::GAP_S);
    let summary = if open == 0 {
        RichText::new(tr.t("checklist-all-done")).color(theme::success(ui.visuals()))
    } else {
        RichText::new(tr.msg(&Msg::new("checklist-open").arg("count", open))).weak()
    };
    ui.label(summary);
}

/// The Checklist screen: the checklist of every renewal in progress.
#[derive(Debug, Default)]
pub struct ChecklistScreen;

impl ChecklistScreen {
    /// Shows the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let tr = view.tr;
        ui.heading(tr.t("checklist-title"));
        hint_ui(ui, tr.t("checklist-hint"));
        ui.add_space(theme::GAP_M);
        if view.archive.renewals.is_empty() {
            ui.add_space(theme::GAP_L);
            hint_ui(ui, tr.t("checklist-none"));
            return;
        }
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(theme::PAGE_MAX_WIDTH);
                for renewal in &view.archive.renewals {
                    let Some(card) = view.archive.card(renewal.card) else {
                        continue;
                    };
                    ui.add_space(theme::GAP_M);
                    ui.label(
                        RichText::new(
                            tr.msg(&Msg::new("checklist-for").arg("label", card.label.as_str())),
                        )
                        .size(theme::SECTION_SIZE)
                        .strong(),
                    );
                    ui.add_space(theme::GAP_S);
                    let items =
                        renewal.checklist(card, view.now, view.archive.settings.lead_time_days);
                    let mut draft = renewal.clone();
                    ui.push_id(card.id, |ui| {
                        ui.add_enabled_ui(view.writable, |ui| {
                            checklist_ui(ui, tr, &items, &mut draft);
                        });
                    });
                    if draft != *renewal {
                        commands.push(Command::UpdateRenewal(Box::new(draft)));
                    }
                    ui.separator();
                }
            });
    }
}
