//! Guide mode: the renewal of one card in plain steps, one per screen, in
//! large type, with the card's own details and a "Need help?" panel.

use egui::RichText;

use super::{View, hint_ui, theme};
use crate::command::{Command, FileAction};
use crate::export::guide::{self, Fact, Guide, GuideStep, Position};
use crate::i18n::{I18n, Msg};
use crate::model::CardId;

/// Guide mode's passing state: the card and where the reader is in its guide.
#[derive(Debug, Default)]
pub struct GuideScreen {
    card: Option<CardId>,
    position: Position,
}

impl GuideScreen {
    /// Opens the guide of a card at its first step.
    pub fn open(&mut self, card: CardId) {
        *self = Self {
            card: Some(card),
            position: Position::default(),
        };
    }

    /// Shows the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let tr = view.tr;
        let Some(card) = self.card.and_then(|id| view.archive.card(id)) else {
            self.card = None;
            self.choose_ui(ui, view);
            return;
        };
        let guide = guide::guide(card, view.now, &view.archive.settings, tr);
        let size = view.archive.settings.guide_text_size;
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr.t("guide-mode-choose")).clicked() {
                self.card = None;
            }
            ui.add_space(theme::GAP_L);
            if ui.button(tr.t("guide-export-html")).clicked() {
                commands.push(Command::ChooseFile(FileAction::ExportGuideHtml(card.id)));
            }
            if ui.button(tr.t("guide-export-md")).clicked() {
                commands.push(Command::ChooseFile(FileAction::ExportGuideMarkdown(
                    card.id,
                )));
            }
        });
        ui.add_space(theme::GAP_S);
        egui::Panel::right("guide_help")
            .resizable(false)
            .exact_size(320.0)
            .show(ui, |ui| help_ui(ui, tr, &guide, size));
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width().min(760.0));
                ui.label(RichText::new(&guide.title).size(size * 1.3).strong());
                ui.add_space(theme::GAP_M);
                self.step_ui(ui, tr, &guide, size);
            });
    }

    fn choose_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>) {
        let tr = view.tr;
        ui.heading(tr.t("guide-mode-title"));
        hint_ui(ui, tr.t("guide-mode-hint"));
        ui.add_space(theme::GAP_L);
        for card in view
            .archive
            .cards_sorted()
            .into_iter()
            .filter(|c| !c.archived)
        {
            let text = RichText::new(
                tr.msg(&Msg::new("guide-mode-open").arg("label", card.label.as_str())),
            )
            .size(theme::SECTION_SIZE);
            if ui
                .add(egui::Button::new(text).min_size(egui::vec2(320.0, 40.0)))
                .clicked()
            {
                self.open(card.id);
            }
            ui.add_space(theme::GAP_S);
        }
    }

    fn step_ui(&mut self, ui: &mut egui::Ui, tr: &I18n, guide: &Guide, size: f32) {
        let position = self.position;
        let steps = position.steps(guide);
        if position.is_failure() {
            ui.label(
                RichText::new(tr.t("guide-failure-heading"))
                    .size(size * 1.1)
                    .color(theme::warning(ui.visuals()))
                    .strong(),
            );
        }
        let count = steps.len();
        match steps.get(position.index()) {
            Some(step) => {
                ui.label(
                    RichText::new(
                        tr.msg(
                            &Msg::new("guide-mode-step")
                                .arg("n", position.index() + 1)
                                .arg("count", count),
                        ),
                    )
                    .size(size * 0.8)
                    .weak(),
                );
                one_step_ui(ui, tr, step, size);
            }
            None => {
                ui.label(RichText::new(tr.t("guide-mode-end")).size(size));
            }
        }
        ui.add_space(theme::GAP_XL);
        let big = |text: String| {
            egui::Button::new(RichText::new(text).size(size))
                .min_size(egui::vec2(180.0, size * 2.2))
        };
        ui.horizontal(|ui| {
            let back = big(tr.t("guide-mode-back"));
            if ui.add_enabled(position.can_go_back(), back).clicked() {
                self.position = position.back();
            }
            if position.can_go_on(guide) {
                let label = if position.index() + 1 == count {
                    tr.t("guide-mode-done")
                } else {
                    tr.t("guide-mode-next")
                };
                if ui.add(big(label)).clicked() {
                    self.position = position.next(guide);
                }
            }
        });
        ui.add_space(theme::GAP_M);
        if !position.is_failure() && ui.add(big(tr.t("guide-mode-failure"))).clicked() {
            self.position = position.failure();
        }
    }
}

fn one_step_ui(ui: &mut egui::Ui, tr: &I18n, step: &GuideStep, size: f32) {
    ui.label(RichText::new(&step.title).size(size * 1.2).strong());
    ui.add_space(theme::GAP_M);
    ui.add(
        egui::Label::new(RichText::new(tr.labelled(&tr.t("guide-you-see"), &step.see)).size(size))
            .wrap(),
    );
    ui.add_space(theme::GAP_S);
    ui.add(
        egui::Label::new(
            RichText::new(tr.labelled(&tr.t("guide-you-do"), &step.action))
                .size(size)
                .strong(),
        )
        .wrap(),
    );
    if let Some(detail) = &step.detail {
        ui.add_space(theme::GAP_M);
        let text = RichText::new(detail).size(size * 1.3).monospace();
        match &step.link {
            Some(link) => {
                ui.hyperlink_to(text, link);
            }
            None => {
                ui.add(egui::Label::new(text).wrap());
            }
        }
    }
}

fn facts_ui(ui: &mut egui::Ui, facts: &[Fact], size: f32) {
    for fact in facts {
        ui.label(RichText::new(&fact.label).size(size * 0.75).weak());
        let value = RichText::new(&fact.value).size(size * 0.85);
        match &fact.link {
            Some(link) => {
                ui.hyperlink_to(value, link);
            }
            None => {
                ui.add(egui::Label::new(value).wrap());
            }
        }
        ui.add_space(theme::GAP_S);
    }
}

fn help_ui(ui: &mut egui::Ui, tr: &I18n, guide: &Guide, size: f32) {
    egui::ScrollArea::vertical()
        .id_salt("guide_help_scroll")
        .show(ui, |ui| {
            ui.label(
                RichText::new(tr.t("guide-help-heading"))
                    .size(size)
                    .strong()
                    .color(ui.visuals().hyperlink_color),
            );
            ui.add_space(theme::GAP_S);
            facts_ui(ui, &guide.help, size);
            ui.add_space(theme::GAP_L);
            ui.label(
                RichText::new(tr.t("guide-mode-facts"))
                    .size(size * 0.9)
                    .strong(),
            );
            ui.add_space(theme::GAP_S);
            facts_ui(ui, &guide.facts, size);
        });
}
