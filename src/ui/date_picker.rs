//! A small calendar beside a date field, in the person's language: month and
//! weekday names from the translation files, Monday first, today marked.
//! (The picker of `egui_extras` names months and weekdays in English only.)

use egui::{Popup, PopupCloseBehavior, Response, RichText};
use jiff::ToSpan;
use jiff::civil::Date;

use super::theme;
use crate::i18n::{I18n, Msg, format};
use crate::model::input::parse_date;

/// The calendar button for the date typed in `date`; a day picked in it is
/// written into `date` and the response is marked changed.
pub fn button_ui(
    ui: &mut egui::Ui,
    tr: &I18n,
    id_salt: &str,
    date: &mut String,
    today: Date,
) -> Response {
    let name = tr.t("date-picker-open");
    let mut response = ui.add(egui::Button::new("📅")).on_hover_text(name.clone());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    let month_id = ui.make_persistent_id(("date_picker_month", id_salt));
    let selected = parse_date(date).ok();
    let popup = Popup::from_toggle_button_response(&response)
        .close_behavior(PopupCloseBehavior::CloseOnClickOutside);
    if !popup.is_open() {
        ui.data_mut(|d| d.remove::<Date>(month_id));
    }
    let mut month: Date = ui
        .data(|d| d.get_temp(month_id))
        .unwrap_or_else(|| selected.unwrap_or(today).first_of_month());
    let mut picked = None;
    popup.show(|ui| {
        picked = calendar_ui(ui, tr, &mut month, selected, today);
    });
    ui.data_mut(|d| d.insert_temp(month_id, month));
    if let Some(day) = picked {
        *date = day.to_string();
        Popup::close_id(ui.ctx(), Popup::default_response_id(&response));
        response.mark_changed();
    }
    response
}

/// One month: a header with the month and arrows, the weekdays, the days, and "Today".
fn calendar_ui(
    ui: &mut egui::Ui,
    tr: &I18n,
    month: &mut Date,
    selected: Option<Date>,
    today: Date,
) -> Option<Date> {
    let mut picked = None;
    ui.horizontal(|ui| {
        if ui
            .button("◀")
            .on_hover_text(tr.t("date-picker-previous"))
            .clicked()
            && let Ok(previous) = month.checked_sub(1.month())
        {
            *month = previous;
        }
        let title = tr.msg(
            &Msg::new("format-month-title")
                .arg("year", month.year().to_string())
                .arg("month", i64::from(month.month())),
        );
        ui.add_sized(
            [theme::CALENDAR_TITLE_WIDTH, ui.spacing().interact_size.y],
            egui::Label::new(RichText::new(title).strong()),
        );
        if ui
            .button("▶")
            .on_hover_text(tr.t("date-picker-next"))
            .clicked()
            && let Ok(next) = month.checked_add(1.month())
        {
            *month = next;
        }
    });
    let first = month.first_of_month();
    // Monday first: how many days of the week before the 1st.
    let lead = i64::from(first.weekday().to_monday_zero_offset());
    egui::Grid::new("calendar_days")
        .spacing([theme::GAP_S, theme::GAP_S])
        .show(ui, |ui| {
            let monday = first - lead.days();
            for offset in 0..7 {
                let day = monday + offset.days();
                ui.label(RichText::new(format::weekday(tr, day)).weak());
            }
            ui.end_row();
            for _ in 0..lead {
                ui.label("");
            }
            let mut column = lead;
            for day in 1..=first.days_in_month() {
                let date = first.with().day(day).build().unwrap_or(first);
                let mut text = RichText::new(day.to_string());
                if date == today {
                    text = text.strong().underline();
                }
                let button = egui::Button::selectable(selected == Some(date), text).min_size(
                    egui::vec2(theme::CALENDAR_DAY_SIZE, theme::CALENDAR_DAY_SIZE),
                );
                if ui.add(button).clicked() {
                    picked = Some(date);
                }
                column += 1;
                if column % 7 == 0 {
                    ui.end_row();
                }
            }
        });
    ui.add_space(theme::GAP_S);
    if ui.button(tr.t("date-picker-today")).clicked() {
        picked = Some(today);
    }
    picked
}
