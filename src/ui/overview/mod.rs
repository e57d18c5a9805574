//! The Overview, the home screen: every active card, most urgent first, with
//! what to do about it (fine, renew soon, renew now, stopped working) and why,
//! its deadlines in the provider's time and the laptop's, and its data:
//! readings, the projected run-out, and a chart.

mod data;

use egui::{Color32, Frame, RichText};

use super::{View, hint_ui, panel_title_ui, theme};
use crate::command::{Command, FileAction};
use crate::i18n::{I18n, Msg, format};
use crate::model::CardId;
use crate::model::plan::{self, CardPlan, Urgency};

/// The Overview's passing state: the card whose data is shown, and the reading being typed.
#[derive(Debug, Default)]
pub struct OverviewScreen {
    selected: Option<CardId>,
    reading: String,
}

/// The colour of a state's mark.
pub fn urgency_color(urgency: Urgency, visuals: &egui::Visuals) -> Color32 {
    match urgency {
        Urgency::Stopped => theme::error(visuals),
        Urgency::RenewNow => theme::urgent(visuals),
        Urgency::Soon => theme::soon(visuals),
        Urgency::Fine => theme::success(visuals),
        Urgency::Unknown => visuals.weak_text_color(),
    }
}

/// The symbol of a state's mark, so that the marks differ without colour too.
fn urgency_symbol(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Stopped => "⛔",
        Urgency::RenewNow => "⚠",
        Urgency::Soon => "⏰",
        Urgency::Fine => "✔",
        Urgency::Unknown => "?",
    }
}

/// A coloured mark with the state's symbol and name. What must be done
/// today (renew now, stopped) is a solid mark with light text; the others
/// are outlined, so that they differ in shape as well as in colour.
pub fn urgency_badge_ui(ui: &mut egui::Ui, tr: &I18n, urgency: Urgency) {
    let color = urgency_color(urgency, ui.visuals());
    let solid = matches!(urgency, Urgency::RenewNow | Urgency::Stopped);
    let (fill, text_color) = if solid {
        (color, theme::on_solid(ui.visuals()))
    } else {
        (color.gamma_multiply(theme::BADGE_FILL_ALPHA), color)
    };
    Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(theme::THIN_STROKE, color))
        .corner_radius(theme::BADGE_ROUNDING)
        .inner_margin(theme::BADGE_MARGIN)
        .show(ui, |ui| {
            let text = format!("{} {}", urgency_symbol(urgency), tr.t(urgency.label_id()));
            ui.label(RichText::new(text).color(text_color).strong());
        });
}

impl OverviewScreen {
    /// Shows the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let tr = view.tr;
        let plans = plan::overview(view.archive, view.now);
        ui.horizontal_wrapped(|ui| {
            ui.heading(tr.t("overview-title"));
            ui.add_space(theme::GAP_L);
            let export = ui
                .add_enabled(
                    !plans.is_empty(),
                    egui::Button::new(tr.t("overview-export-reminders")),
                )
                .on_hover_text(tr.t("overview-export-reminders-hint"))
                .on_disabled_hover_text(tr.t("overview-export-needs-cards"));
            if export.clicked() {
                commands.push(Command::ChooseFile(FileAction::ExportReminders));
            }
        });
        hint_ui(
            ui,
            tr.msg(&Msg::new("overview-now").arg("moment", format::moment(tr, view.now))),
        );
        ui.add_space(theme::GAP_M);
        if plans.is_empty() {
            first_start_ui(ui, view, commands);
            return;
        }
        if self
            .selected
            .is_none_or(|id| !plans.iter().any(|p| p.card.id == id))
        {
            self.selected = plans.first().map(|p| p.card.id);
        }
        let selected = plans.iter().find(|p| Some(p.card.id) == self.selected);
        // Beside the cards when there is room, under them when not.
        let side_by_side = ui.available_width() >= theme::OVERVIEW_SIDE_BY_SIDE_WIDTH;
        // The cards are laid out first, so that Tab and a screen reader reach
        // them before the selected card's chart beside them.
        let full = ui.available_rect_before_wrap();
        let (cards_rect, data_rect) = match selected {
            Some(_) if side_by_side => {
                // A margin on the right keeps the chart's last date clear of the edge.
                let right = full.max.x - theme::GAP_M;
                let split = right - theme::OVERVIEW_DATA_WIDTH;
                (
                    egui::Rect::from_min_max(
                        full.min,
                        egui::pos2(split - theme::GAP_L, full.max.y),
                    ),
                    Some(egui::Rect::from_min_max(
                        egui::pos2(split, full.min.y),
                        egui::pos2(right, full.max.y),
                    )),
                )
            }
            _ => (full, None),
        };
        ui.scope_builder(egui::UiBuilder::new().max_rect(cards_rect), |ui| {
            egui::ScrollArea::vertical()
                .id_salt("overview_cards")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    // The first frame lays out only the cards in sight, so that
                    // the window shows sooner with dozens of cards; the app
                    // draws the next frame at once, with all of them.
                    let first_frame = ui.ctx().cumulative_frame_nr() == 0;
                    for card_plan in &plans {
                        if first_frame && ui.cursor().min.y > ui.clip_rect().max.y {
                            break;
                        }
                        self.card_ui(ui, view, card_plan, commands);
                        ui.add_space(theme::GAP_M);
                    }
                    if !side_by_side && let Some(selected) = selected {
                        ui.separator();
                        data::data_ui(ui, view, selected, &mut self.reading, commands);
                    }
                });
        });
        if let (Some(rect), Some(selected)) = (data_rect, selected) {
            let x = rect.min.x - theme::GAP_L / 2.0;
            ui.painter().vline(
                x,
                rect.y_range(),
                ui.visuals().widgets.noninteractive.bg_stroke,
            );
            ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("card_data_scroll")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        data::data_ui(ui, view, selected, &mut self.reading, commands);
                    });
            });
        }
        ui.allocate_rect(full, egui::Sense::hover());
    }

    fn card_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        p: &CardPlan<'_>,
        commands: &mut Vec<Command>,
    ) {
        let tr = view.tr;
        let card = p.card;
        let selected = self.selected == Some(card.id);
        let stroke = if selected {
            egui::Stroke::new(theme::THICK_STROKE, ui.visuals().selection.stroke.color)
        } else {
            egui::Stroke::new(
                theme::THIN_STROKE,
                ui.visuals().widgets.noninteractive.bg_stroke.color,
            )
        };
        Frame::new()
            .stroke(stroke)
            .corner_radius(theme::CARD_ROUNDING)
            .inner_margin(theme::CARD_PADDING)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    urgency_badge_ui(ui, tr, p.urgency);
                    let title = RichText::new(&card.label)
                        .strong()
                        .size(theme::SECTION_SIZE);
                    if ui.selectable_label(selected, title).clicked() {
                        self.selected = Some(card.id);
                    }
                    let about = format!(
                        "{} · {} · {}",
                        view.archive.owner_name(card),
                        tr.t(card.kind.label_id()),
                        card.provider
                    );
                    ui.label(RichText::new(about).weak());
                });
                state_ui(ui, view, p);
                other_deadlines_ui(ui, view, p);
                if p.stopped.is_none() {
                    data::summary_ui(ui, tr, p);
                }
                ui.add_space(theme::GAP_S);
                ui.horizontal_wrapped(|ui| {
                    let in_progress = view.archive.renewal(card.id).is_some();
                    let label = if in_progress {
                        Msg::new("overview-continue").arg("label", card.label.as_str())
                    } else {
                        Msg::new("renew-start").arg("label", card.label.as_str())
                    };
                    let renew = egui::Button::new(tr.msg(&label));
                    if ui
                        .add_enabled(view.writable || in_progress, renew)
                        .clicked()
                    {
                        commands.push(Command::StartRenewal(card.id));
                    }
                    let show = Msg::new("overview-show-data").arg("label", card.label.as_str());
                    if !selected && ui.button(tr.msg(&show)).clicked() {
                        self.selected = Some(card.id);
                    }
                });
            });
    }
}

/// What to do and why: the headline in the state's colour, the plain reason,
/// and for a card that stopped, what to do for its kind.
fn state_ui(ui: &mut egui::Ui, view: &View<'_>, p: &CardPlan<'_>) {
    let tr = view.tr;
    let headline = tr.msg(&p.headline(view.now));
    let mut text = RichText::new(headline).strong();
    if matches!(p.urgency, Urgency::Stopped | Urgency::RenewNow) {
        text = text.color(urgency_color(p.urgency, ui.visuals()));
    }
    ui.add(egui::Label::new(text).wrap());
    if p.urgency == Urgency::Unknown {
        hint_ui(ui, tr.t("overview-no-dates"));
    }
    if let Some(reason) = p.reason_msg(view.now)
        && p.urgency != Urgency::Stopped
    {
        hint_ui(ui, tr.msg(&reason));
    }
    if let Some(advice) = p.stopped_advice(view.now) {
        let color = theme::warning(ui.visuals());
        ui.add(egui::Label::new(RichText::new(tr.msg(&advice)).color(color)).wrap());
    }
}

/// The validity end and, for a router, the return and the extension deadline.
fn other_deadlines_ui(ui: &mut egui::Ui, view: &View<'_>, p: &CardPlan<'_>) {
    let tr = view.tr;
    let local = view.now.time_zone();
    let card = p.card;
    if let Some(end) = &p.validity_end
        && p.stopped.is_none()
    {
        let msg = Msg::new("overview-validity").arg("deadline", format::deadline(tr, end, local));
        ui.label(tr.msg(&msg));
    }
    if let Some(back) = &p.return_by {
        let msg = Msg::new("overview-return")
            .arg("deadline", format::deadline(tr, back, local))
            .arg("place", card.rental.return_place.as_str());
        ui.add(egui::Label::new(tr.msg(&msg)).wrap());
    }
    if let Some(deadline) = &p.extension_deadline
        && p.stopped.is_none()
    {
        let msg =
            Msg::new("overview-extension").arg("deadline", format::deadline(tr, deadline, local));
        ui.label(tr.msg(&msg));
    }
}

/// The first start: no cards yet. Add one, or look around the sample household.
fn first_start_ui(ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
    let tr = view.tr;
    ui.add_space(theme::GAP_M);
    panel_title_ui(ui, tr.t("overview-empty-title"));
    hint_ui(ui, tr.t("overview-empty"));
    ui.add_space(theme::GAP_L);
    ui.horizontal_wrapped(|ui| {
        let add = egui::Button::new(RichText::new(tr.t("overview-add-first")).strong())
            .min_size(egui::vec2(0.0, theme::BIG_BUTTON_HEIGHT));
        let add = ui
            .add_enabled(view.writable, add)
            .on_disabled_hover_text(tr.t("read-only-hint"));
        if add.clicked() {
            commands.push(Command::AddCard);
        }
        let sample = egui::Button::new(tr.t("overview-try-sample"))
            .min_size(egui::vec2(0.0, theme::BIG_BUTTON_HEIGHT));
        if ui.add(sample).clicked() {
            commands.push(Command::TrySample);
        }
    });
    ui.add_space(theme::GAP_S);
    hint_ui(ui, tr.t("overview-try-sample-hint"));
}
