//! The Overview, the home screen: every active card, most urgent first, with
//! its renew-by moment in the provider's time and the laptop's, a countdown,
//! and its data: readings, the projected run-out, and a chart.

use egui::{Color32, Frame, RichText};
use egui_plot::{Legend, Line, Plot, PlotPoints, Points, VLine};
use jiff::Zoned;

use super::{View, colored_note_ui, hint_ui, theme};
use crate::command::{Command, FileAction};
use crate::i18n::{I18n, Msg, format};
use crate::model::CardId;
use crate::model::form::{MB_PER_GB, display_data_mb, parse_data_mb};
use crate::model::plan::{self, CardPlan, Urgency};

/// The Overview's passing state: the card whose data is shown, and the reading being typed.
#[derive(Debug, Default)]
pub struct OverviewScreen {
    selected: Option<CardId>,
    reading: String,
}

/// The colour of an urgency mark.
pub fn urgency_color(urgency: Urgency, visuals: &egui::Visuals) -> Color32 {
    match urgency {
        Urgency::Overdue => theme::error(visuals),
        Urgency::Today => theme::urgent(visuals),
        Urgency::Soon => theme::warning(visuals),
        Urgency::Fine => theme::success(visuals),
        Urgency::Unknown => visuals.weak_text_color(),
    }
}

/// A coloured mark with the urgency's name.
pub fn urgency_badge_ui(ui: &mut egui::Ui, tr: &I18n, urgency: Urgency) {
    let color = urgency_color(urgency, ui.visuals());
    Frame::new()
        .fill(color.gamma_multiply(0.18))
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(10.0)
        .inner_margin(egui::Margin::symmetric(8, 2))
        .show(ui, |ui| {
            ui.label(
                RichText::new(tr.t(urgency.label_id()))
                    .color(color)
                    .strong(),
            );
        });
}

/// Days since the Unix epoch, the chart's x axis.
fn chart_x(at: jiff::Timestamp) -> f64 {
    #[expect(
        clippy::cast_precision_loss,
        reason = "seconds since 1970 fit f64 exactly"
    )]
    let seconds = at.as_second() as f64;
    seconds / 86_400.0
}

#[expect(clippy::cast_precision_loss, reason = "megabytes far below 2^52")]
fn chart_y(mb: u64) -> f64 {
    mb as f64 / MB_PER_GB as f64
}

impl OverviewScreen {
    /// Shows the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let tr = view.tr;
        let plans = plan::overview(view.archive, view.now);
        ui.horizontal(|ui| {
            ui.heading(tr.t("overview-title"));
            ui.add_space(theme::GAP_L);
            let export = ui.add_enabled(
                !plans.is_empty(),
                egui::Button::new(tr.t("overview-export-reminders")),
            );
            if export
                .on_hover_text(tr.t("overview-export-reminders-hint"))
                .clicked()
            {
                commands.push(Command::ChooseFile(FileAction::ExportReminders));
            }
        });
        hint_ui(
            ui,
            tr.msg(&Msg::new("overview-now").arg("moment", format::moment(tr, view.now))),
        );
        ui.add_space(theme::GAP_M);
        if plans.is_empty() {
            ui.add_space(theme::GAP_L);
            hint_ui(ui, tr.t("overview-empty"));
            return;
        }
        if self
            .selected
            .is_none_or(|id| !plans.iter().any(|p| p.card.id == id))
        {
            self.selected = plans.first().map(|p| p.card.id);
        }
        if let Some(selected) = plans.iter().find(|p| Some(p.card.id) == self.selected) {
            egui::Panel::right("card_data")
                .resizable(false)
                .exact_size(430.0)
                .show(ui, |ui| self.data_ui(ui, view, selected, commands));
        }
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for card_plan in &plans {
                    self.card_ui(ui, view, card_plan, commands);
                    ui.add_space(theme::GAP_M);
                }
            });
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
        let local = view.now.time_zone();
        let selected = self.selected == Some(card.id);
        let stroke_color = if selected {
            ui.visuals().selection.stroke.color
        } else {
            ui.visuals().widgets.noninteractive.bg_stroke.color
        };
        Frame::new()
            .stroke(egui::Stroke::new(
                if selected { 2.0 } else { 1.0 },
                stroke_color,
            ))
            .corner_radius(8.0)
            .inner_margin(theme::GAP_M + 2.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    urgency_badge_ui(ui, tr, p.urgency);
                    if ui
                        .selectable_label(
                            selected,
                            RichText::new(&card.label)
                                .strong()
                                .size(theme::SECTION_SIZE),
                        )
                        .clicked()
                    {
                        self.selected = Some(card.id);
                    }
                    ui.label(
                        RichText::new(format!(
                            "{} · {} · {}",
                            card.owner,
                            tr.t(card.kind.label_id()),
                            card.provider
                        ))
                        .weak(),
                    );
                });
                if let Some(renew_by) = &p.renew_by {
                    ui.label(
                        RichText::new(
                            tr.msg(
                                &Msg::new("overview-renew-by")
                                    .arg("deadline", format::deadline(tr, renew_by, local))
                                    .arg("countdown", format::countdown(tr, view.now, renew_by)),
                            ),
                        )
                        .strong(),
                    );
                    if let Some(reason) = p.reason {
                        hint_ui(ui, tr.t(reason.label_id()));
                    }
                } else {
                    hint_ui(ui, tr.t("overview-no-dates"));
                }
                other_deadlines_ui(ui, tr, p, local);
                data_summary_ui(ui, tr, p);
                ui.add_space(theme::GAP_S);
                ui.horizontal(|ui| {
                    let in_progress = view.archive.renewal(card.id).is_some();
                    let label = if in_progress {
                        Msg::new("overview-continue").arg("label", card.label.as_str())
                    } else {
                        Msg::new("renew-start").arg("label", card.label.as_str())
                    };
                    if ui
                        .add_enabled(
                            view.writable || in_progress,
                            egui::Button::new(tr.msg(&label)),
                        )
                        .clicked()
                    {
                        commands.push(Command::StartRenewal(card.id));
                    }
                    if !selected
                        && ui
                            .button(tr.msg(
                                &Msg::new("overview-show-data").arg("label", card.label.as_str()),
                            ))
                            .clicked()
                    {
                        self.selected = Some(card.id);
                    }
                });
            });
    }

    fn data_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        p: &CardPlan<'_>,
        commands: &mut Vec<Command>,
    ) {
        let tr = view.tr;
        let card = p.card;
        ui.add_space(theme::GAP_S);
        ui.label(
            RichText::new(
                tr.msg(&Msg::new("overview-data-title").arg("label", card.label.as_str())),
            )
            .size(theme::SECTION_SIZE)
            .strong(),
        );
        ui.add_space(theme::GAP_S);
        data_chart_ui(ui, tr, p, view.now);
        ui.add_space(theme::GAP_M);
        ui.label(RichText::new(tr.t("overview-add-reading-title")).strong());
        hint_ui(ui, tr.t("overview-add-reading-hint"));
        let parsed = parse_data_mb(&self.reading);
        ui.horizontal(|ui| {
            let label = ui.label(tr.t("overview-reading"));
            ui.add(
                egui::TextEdit::singleline(&mut self.reading)
                    .desired_width(120.0)
                    .hint_text("1.5 GB"),
            )
            .labelled_by(label.id);
            let reading = match parsed {
                Ok(Some(mb)) if view.writable => Some(mb),
                _ => None,
            };
            let add = egui::Button::new(tr.t("overview-add-reading"));
            if ui.add_enabled(reading.is_some(), add).clicked()
                && let Some(mb) = reading
            {
                commands.push(Command::AddReading {
                    card: card.id,
                    remaining_mb: mb,
                });
                self.reading.clear();
            }
        });
        if let Err(error) = &parsed {
            colored_note_ui(
                ui,
                theme::error(ui.visuals()),
                "✖",
                &tr.msg(&error.message()),
            );
        }
        if !card.readings.is_empty() {
            ui.add_space(theme::GAP_S);
            ui.label(RichText::new(tr.t("overview-readings")).strong());
            for reading in card.readings.iter().rev().take(5) {
                let at = reading.at.to_zoned(view.now.time_zone().clone());
                ui.label(format!(
                    "{}  {}",
                    format::moment(tr, &at),
                    display_data_mb(reading.remaining_mb)
                ));
            }
        }
    }
}

/// The validity end and, for a router, the return and the extension deadline.
fn other_deadlines_ui(ui: &mut egui::Ui, tr: &I18n, p: &CardPlan<'_>, local: &jiff::tz::TimeZone) {
    let card = p.card;
    if let Some(end) = &p.validity_end {
        ui.label(
            tr.msg(
                &Msg::new("overview-validity").arg("deadline", format::deadline(tr, end, local)),
            ),
        );
    }
    if let Some(back) = &p.return_by {
        ui.label(
            tr.msg(
                &Msg::new("overview-return")
                    .arg("deadline", format::deadline(tr, back, local))
                    .arg("place", card.rental.return_place.as_str()),
            ),
        );
    }
    if let Some(deadline) = &p.extension_deadline {
        ui.label(tr.msg(
            &Msg::new("overview-extension").arg("deadline", format::deadline(tr, deadline, local)),
        ));
    }
}

/// "1.2 GB left of 10 GB · about 1.3 GB a day · runs out Mon 23:00" with the low-data flag.
fn data_summary_ui(ui: &mut egui::Ui, tr: &I18n, p: &CardPlan<'_>) {
    let card = p.card;
    let Some(left) = card.remaining_data_mb else {
        return;
    };
    let text = match card.data_allowance_mb {
        Some(allowance) => tr.msg(
            &Msg::new("overview-data-of")
                .arg("left", display_data_mb(left))
                .arg("allowance", display_data_mb(allowance)),
        ),
        None => tr.msg(&Msg::new("overview-data-left").arg("left", display_data_mb(left))),
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(text);
        if p.low_data {
            ui.label(
                RichText::new(tr.t("overview-low-data"))
                    .color(theme::warning(ui.visuals()))
                    .strong(),
            );
        }
    });
    if let Some(projection) = p.projection {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a positive daily use in MB"
        )]
        let per_day = display_data_mb(projection.mb_per_day.round() as u64);
        let msg = match &p.run_out {
            Some(out) => Msg::new("overview-run-out")
                .arg("per_day", per_day)
                .arg("moment", format::moment(tr, out)),
            None => Msg::new("overview-no-use"),
        };
        hint_ui(ui, tr.msg(&msg));
    }
}

/// The readings, the projection to run-out, the validity end and now.
fn data_chart_ui(ui: &mut egui::Ui, tr: &I18n, p: &CardPlan<'_>, now: &Zoned) {
    let card = p.card;
    if card.readings.len() < 2 {
        hint_ui(ui, tr.t("overview-chart-needs-readings"));
    }
    let readings: Vec<[f64; 2]> = card
        .readings
        .iter()
        .map(|r| [chart_x(r.at), chart_y(r.remaining_mb)])
        .collect();
    let projection_line = match (p.run_out.as_ref(), card.readings.last()) {
        (Some(out), Some(last)) => Some(vec![
            [chart_x(last.at), chart_y(last.remaining_mb)],
            [chart_x(out.timestamp()), 0.0],
        ]),
        _ => None,
    };
    let accent = theme::warning(ui.visuals());
    let end_color = theme::error(ui.visuals());
    let now_color = ui.visuals().hyperlink_color;
    let reading_color = ui.visuals().strong_text_color();
    let names = (
        tr.t("chart-readings"),
        tr.t("chart-projection"),
        tr.t("chart-validity-end"),
        tr.t("chart-now"),
    );
    let gb = tr.t("chart-gb");
    Plot::new(("data_chart", card.id))
        .height(230.0)
        .legend(Legend::default().position(egui_plot::Corner::RightTop))
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 2.0, 4.0]))
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        .include_y(card.data_allowance_mb.map_or(1.0, chart_y))
        .include_x(chart_x(now.timestamp()))
        .x_axis_formatter(|mark, _| {
            #[expect(
                clippy::cast_possible_truncation,
                reason = "chart days are within jiff's range"
            )]
            let seconds = (mark.value * 86_400.0) as i64;
            jiff::Timestamp::from_second(seconds)
                .map(|t| t.strftime("%m-%d").to_string())
                .unwrap_or_default()
        })
        .y_axis_label(gb)
        .show(ui, |plot_ui| {
            plot_ui.points(
                Points::new(names.0, PlotPoints::from(readings))
                    .radius(4.0)
                    .color(reading_color),
            );
            if let Some(line) = projection_line {
                plot_ui.line(
                    Line::new(names.1, PlotPoints::from(line))
                        .color(accent)
                        .style(egui_plot::LineStyle::dashed_loose()),
                );
            }
            if let Some(end) = &p.validity_end {
                plot_ui.vline(VLine::new(names.2, chart_x(end.timestamp())).color(end_color));
            }
            plot_ui.vline(VLine::new(names.3, chart_x(now.timestamp())).color(now_color));
        });
}
