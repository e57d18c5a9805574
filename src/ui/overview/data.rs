//! The data of the card selected on the Overview: the chart of its readings
//! and projection, a field to add a reading, the latest readings.

use egui::RichText;
use egui_plot::{Legend, Line, Plot, PlotPoints, Points, VLine};
use jiff::Zoned;
use jiff::tz::TimeZone;

use crate::command::Command;
use crate::i18n::{I18n, Msg, format};
use crate::model::card::DataReading;
use crate::model::input::{MB_PER_GB, display_data_mb, parse_data_mb};
use crate::model::plan::{self, CardPlan};
use crate::ui::{View, colored_note_ui, hint_ui, panel_title_ui, theme};

/// Days since the Unix epoch as the clock reads in `zone`, the chart's x
/// axis: whole numbers fall on midnight there, where the date labels go.
fn chart_x(at: jiff::Timestamp, zone: &TimeZone) -> f64 {
    let local = at.as_second() + i64::from(zone.to_offset(at).seconds());
    #[expect(
        clippy::cast_precision_loss,
        reason = "seconds since 1970 fit f64 exactly"
    )]
    let seconds = local as f64;
    seconds / 86_400.0
}

/// The steps between the chart's date lines, in days.
const DAY_STEPS: [f64; 9] = [1.0, 2.0, 7.0, 14.0, 28.0, 56.0, 112.0, 224.0, 448.0];

/// How near either end of the x axis (as a part of its span) a date
/// label would be cut: none is drawn there.
const EDGE_FRACTION: f64 = 0.04;

/// How many of `egui_plot`'s smallest grid spacings (8 points) a date label
/// needs: its labels are drawn only 60 points or more apart.
const LABEL_SPACINGS: f64 = 8.0;

/// The chart's date lines for the span it shows: labelled ones far enough
/// apart for their dates to be drawn (a week apart over a month, a day apart
/// over a few days), thinner ones between.
fn day_steps(input: &egui_plot::GridInput) -> [f64; 3] {
    let label_at = input.base_step_size * LABEL_SPACINGS;
    let last = DAY_STEPS.len() - 1;
    let label = DAY_STEPS
        .iter()
        .position(|&step| step >= label_at)
        .unwrap_or(last);
    let minor = label.saturating_sub(1);
    [
        DAY_STEPS[minor],
        DAY_STEPS[label],
        DAY_STEPS[(label + 1).min(last)],
    ]
}

#[expect(clippy::cast_precision_loss, reason = "megabytes far below 2^52")]
fn chart_y(mb: u64) -> f64 {
    mb as f64 / MB_PER_GB as f64
}

/// The selected card's data: its chart, a field for a new reading (`reading`,
/// as typed) and the latest readings.
pub(super) fn data_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    p: &CardPlan<'_>,
    reading: &mut String,
    commands: &mut Vec<Command>,
) {
    let tr = view.tr;
    let card = p.card;
    let title = Msg::new("overview-data-title").arg("label", card.label.as_str());
    panel_title_ui(ui, tr.msg(&title));
    data_chart_ui(ui, tr, p, view.now);
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new(tr.t("overview-add-reading-title")).strong());
    hint_ui(ui, tr.t("overview-add-reading-hint"));
    let parsed = parse_data_mb(reading);
    ui.horizontal(|ui| {
        let label = ui.label(tr.t("overview-reading"));
        ui.add(
            egui::TextEdit::singleline(reading)
                .desired_width(theme::READING_WIDTH)
                .hint_text("1.5 GB"),
        )
        .labelled_by(label.id);
        let new_reading = match parsed {
            Ok(Some(mb)) if view.writable => Some(mb),
            _ => None,
        };
        let add = egui::Button::new(tr.t("overview-add-reading"));
        if ui.add_enabled(new_reading.is_some(), add).clicked()
            && let Some(mb) = new_reading
        {
            commands.push(Command::AddReading {
                card: card.id,
                remaining_mb: mb,
            });
            reading.clear();
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
        for past in card.readings.iter().rev().take(5) {
            let at = past.at.to_zoned(view.now.time_zone().clone());
            ui.label(format!(
                "{}  {}",
                format::moment(tr, &at),
                display_data_mb(past.remaining_mb)
            ));
        }
    }
}

/// "1.2 GB left of 10 GB · about 1.3 GB a day · runs out Mon 23:00" with the low-data flag.
pub(super) fn summary_ui(ui: &mut egui::Ui, tr: &I18n, p: &CardPlan<'_>) {
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

/// The readings of the present period, and those from before the last
/// renewal (a separate series: the data left then says nothing about now).
fn reading_series(p: &CardPlan<'_>, zone: &TimeZone) -> (Vec<[f64; 2]>, Vec<[f64; 2]>) {
    let start = plan::period_start(p.card);
    let point = |r: &DataReading| [chart_x(r.at, zone), chart_y(r.remaining_mb)];
    let (since, before): (Vec<&DataReading>, Vec<&DataReading>) = p
        .card
        .readings
        .iter()
        .partition(|r| start.is_none_or(|start| r.at >= start));
    (
        since.into_iter().map(point).collect(),
        before.into_iter().map(point).collect(),
    )
}

/// The readings, the projection to run-out, the validity end and now.
fn data_chart_ui(ui: &mut egui::Ui, tr: &I18n, p: &CardPlan<'_>, now: &Zoned) {
    let card = p.card;
    let zone = now.time_zone();
    let (readings, earlier) = reading_series(p, zone);
    if readings.len() < 2 {
        hint_ui(ui, tr.t("overview-chart-needs-readings"));
    }
    let projection_line = match (p.run_out.as_ref(), readings.last()) {
        (Some(out), Some(&last)) => Some(vec![last, [chart_x(out.timestamp(), zone), 0.0]]),
        _ => None,
    };
    let accent = theme::warning(ui.visuals());
    let end_color = theme::error(ui.visuals());
    let now_color = ui.visuals().hyperlink_color;
    let reading_color = ui.visuals().strong_text_color();
    let earlier_color = ui.visuals().weak_text_color();
    let names = (
        tr.t("chart-readings"),
        tr.t("chart-projection"),
        tr.t("chart-validity-end"),
        tr.t("chart-now"),
        tr.t("chart-readings-before"),
    );
    let gb = tr.t("chart-gb");
    Plot::new(("data_chart", card.id))
        .height(theme::DATA_CHART_HEIGHT)
        .legend(Legend::default().position(egui_plot::Corner::RightTop))
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|input| day_steps(&input)))
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        .include_y(card.data_allowance_mb.map_or(1.0, chart_y))
        .include_x(chart_x(now.timestamp(), zone))
        .x_axis_formatter(|mark, range| {
            // A date at the very edge would be cut in half: none there.
            let edge = (range.end() - range.start()) * EDGE_FRACTION;
            if mark.value < range.start() + edge || mark.value > range.end() - edge {
                return String::new();
            }
            #[expect(
                clippy::cast_possible_truncation,
                reason = "chart days are within jiff's range"
            )]
            let seconds = (mark.value * 86_400.0).round() as i64;
            // The x axis is the local clock counted as if it were UTC.
            jiff::Timestamp::from_second(seconds)
                .map(|t| t.to_zoned(TimeZone::UTC).strftime("%m-%d").to_string())
                .unwrap_or_default()
        })
        .y_axis_label(gb)
        .show(ui, |plot_ui| {
            if !earlier.is_empty() {
                plot_ui.points(
                    Points::new(names.4, PlotPoints::from(earlier))
                        .radius(theme::CHART_POINT_RADIUS * 0.75)
                        .filled(false)
                        .color(earlier_color),
                );
            }
            plot_ui.points(
                Points::new(names.0, PlotPoints::from(readings))
                    .radius(theme::CHART_POINT_RADIUS)
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
                let x = chart_x(end.timestamp(), zone);
                plot_ui.vline(VLine::new(names.2, x).color(end_color));
            }
            let x = chart_x(now.timestamp(), zone);
            plot_ui.vline(VLine::new(names.3, x).color(now_color));
        })
        .response
        // A name for the chart itself, read before its legend.
        .widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Image, true, tr.t("chart-title-data"))
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The date labels of a span of `days` drawn `width` points wide: how
    /// far apart they are, in points.
    fn label_spacing(days: f64, width: f64) -> f64 {
        let days_per_point = days / width;
        let input = egui_plot::GridInput {
            bounds: (20_000.0, 20_000.0 + days),
            base_step_size: days_per_point * 8.0,
        };
        day_steps(&input)[1] / days_per_point
    }

    #[test]
    fn date_labels_are_far_enough_apart_to_be_drawn_at_any_span() {
        for days in [2.0, 5.0, 14.0, 35.0, 90.0, 400.0] {
            for width in [300.0, 500.0, 1500.0] {
                let spacing = label_spacing(days, width);
                assert!(spacing >= 60.0, "{days} days in {width} points: {spacing}");
                // And not so sparse that fewer than two dates show.
                let labels = width / spacing;
                assert!(
                    labels >= 2.0 || days < 2.0,
                    "{days} days in {width}: {labels}"
                );
            }
        }
    }

    #[test]
    fn whole_days_fall_on_midnight_in_the_readers_zone() {
        let tokyo = TimeZone::get("Asia/Tokyo").unwrap();
        let midnight: Zoned = "2026-11-22T00:00:00+09:00[Asia/Tokyo]".parse().unwrap();
        let x = chart_x(midnight.timestamp(), &tokyo);
        assert!((x - x.round()).abs() < 1e-9, "{x}");
    }
}
