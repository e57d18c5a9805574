//! The precaution checklist: beside the wizard, and as a screen of its own
//! listing every renewal in progress.

use egui::RichText;

use super::{View, hint_ui, theme, title_ui};
use crate::command::Command;
use crate::i18n::{I18n, Msg};
use crate::model::Card;
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

/// The Checklist screen: the precautions of every card, for the way it is
/// usually renewed; a renewal in progress shows its own, to tick.
#[derive(Debug, Default)]
pub struct ChecklistScreen;

impl ChecklistScreen {
    /// Shows the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let tr = view.tr;
        title_ui(
            ui,
            tr,
            msg_id!("checklist-title"),
            msg_id!("checklist-hint"),
        );
        ui.add_space(theme::GAP_M);
        let cards = view.archive.active_cards();
        if cards.is_empty() {
            ui.add_space(theme::GAP_L);
            hint_ui(ui, tr.t("checklist-none"));
            if ui
                .add_enabled(view.writable, egui::Button::new(tr.t("overview-add-first")))
                .clicked()
            {
                commands.push(Command::AddCard);
            }
            return;
        }
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                super::page_width_ui(ui);
                for card in cards {
                    ui.push_id(card.id, |ui| card_checklist_ui(ui, view, card, commands));
                    ui.separator();
                }
            });
    }
}

/// One card's checklist: the renewal in progress, or a preview of the next
/// renewal through the card's usual channel.
fn card_checklist_ui(ui: &mut egui::Ui, view: &View<'_>, card: &Card, commands: &mut Vec<Command>) {
    let tr = view.tr;
    let in_progress = view.archive.renewal(card.id);
    let renewal = in_progress
        .cloned()
        .unwrap_or_else(|| Renewal::start(card, card.channel, view.now));
    ui.add_space(theme::GAP_S);
    let heading = Msg::new("checklist-for")
        .arg("label", card.label.as_str())
        .arg("channel", Msg::new(renewal.channel.label_id()));
    super::panel_title_ui(ui, tr.msg(&heading));
    let items = renewal.checklist(card, view.now, &view.archive.settings);
    let mut draft = renewal.clone();
    // Ticks belong to a renewal: a preview shows them, to tick once it starts.
    ui.add_enabled_ui(view.writable && in_progress.is_some(), |ui| {
        checklist_ui(ui, tr, &items, &mut draft);
    });
    if in_progress.is_some() && draft != renewal {
        commands.push(Command::UpdateRenewal(Box::new(draft)));
    }
    let label = if in_progress.is_some() {
        Msg::new("overview-continue").arg("label", card.label.as_str())
    } else {
        Msg::new("renew-start").arg("label", card.label.as_str())
    };
    let start = egui::Button::new(tr.msg(&label));
    if ui
        .add_enabled(view.writable || in_progress.is_some(), start)
        .clicked()
    {
        commands.push(Command::StartRenewal(card.id));
    }
}
