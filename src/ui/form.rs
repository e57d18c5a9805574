//! The one form kit: every form (a card, a receipt, each wizard step) is a
//! grid of rows — a label, its field, and a note beside the field. A note
//! (a problem, an identifier warning) sits in its own column, which reaches
//! to the form's right edge, and is shown whole: it wraps there rather than
//! being cut, and it never runs past the edge into what stands beside the
//! form. After Save every problem is also listed above the buttons.
//!
//! A problem shows only once the person has edited the field and left it,
//! or pressed Save: a new form does not open in red.

use std::collections::BTreeSet;

use egui::{Grid, Response, RichText, TextEdit};
use jiff::civil::Date;

use super::{date_picker, theme};
use crate::i18n::{I18n, Msg};
use crate::model::IdField;
use crate::model::identifiers::IdWarning;

/// Which fields the person has edited, and whether Save was pressed: what
/// decides when a problem shows. Kept by the form's screen while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Touched<F: Ord> {
    edited: BTreeSet<F>,
    submitted: bool,
}

impl<F: Ord> Default for Touched<F> {
    fn default() -> Self {
        Self {
            edited: BTreeSet::new(),
            submitted: false,
        }
    }
}

impl<F: Ord + Copy> Touched<F> {
    /// Notes that Save was pressed: every problem shows from now on.
    pub fn submit(&mut self) {
        self.submitted = true;
    }

    /// Whether Save was pressed.
    pub fn is_submitted(&self) -> bool {
        self.submitted
    }

    /// Whether problems of `field` show, given whether it has the focus now.
    fn shows(&self, field: F, focused: bool) -> bool {
        self.submitted || (self.edited.contains(&field) && !focused)
    }
}

/// Whether a form stays open after this frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorOutcome {
    /// Keep showing the form.
    Open,
    /// The person saved, deleted or cancelled.
    Close,
}

/// A form while it is drawn: the translations, the problems of its draft,
/// and what the person has touched.
pub struct Form<'a, F: Ord> {
    /// The translations.
    pub tr: &'a I18n,
    /// The problems of the draft as it stands, each at its field.
    pub problems: &'a [(F, Msg)],
    /// What the person has edited.
    pub touched: &'a mut Touched<F>,
    /// Today, where a date picker opens when its field is empty.
    pub today: Date,
}

/// The problems of a form that has none: for forms whose steps say what they need elsewhere.
pub const NO_PROBLEMS: &[((), Msg)] = &[];

impl<'a, F: Ord + Copy> Form<'a, F> {
    /// The form of a screen's `view`, with `problems` and what was `touched`.
    pub fn of(
        view: &super::View<'a>,
        problems: &'a [(F, Msg)],
        touched: &'a mut Touched<F>,
    ) -> Self {
        Self {
            tr: view.tr,
            problems,
            touched,
            today: view.now.date(),
        }
    }

    /// The problems of `field`.
    fn problems_of(&self, field: F) -> impl Iterator<Item = &Msg> {
        self.problems
            .iter()
            .filter(move |(f, _)| *f == field)
            .map(|(_, m)| m)
    }

    /// Remembers an edit of `field` and draws its note cell, ending the row.
    fn finish_row(&mut self, ui: &mut egui::Ui, field: F, response: &Response, warnings: &[Msg]) {
        if response.changed() {
            self.touched.edited.insert(field);
        }
        let problems = self.shown_problems(field, response.has_focus(), |_| true);
        let warnings: Vec<String> = warnings.iter().map(|m| self.tr.msg(m)).collect();
        note_ui(ui, self.tr, &problems, &warnings);
        ui.end_row();
    }

    /// The problems of `field` that show now (given whether it has the focus)
    /// and that `mine` picks, in words.
    fn shown_problems(&self, field: F, focused: bool, mine: impl Fn(&Msg) -> bool) -> Vec<String> {
        if !self.touched.shows(field, focused) {
            return Vec::new();
        }
        self.problems_of(field)
            .filter(|m| mine(m))
            .map(|m| self.tr.msg(m))
            .collect()
    }

    /// A labelled one-line text field.
    pub fn text_row_ui(
        &mut self,
        ui: &mut egui::Ui,
        label_id: &str,
        value: &mut String,
        field: F,
        width: f32,
    ) -> Response {
        let label = ui.label(self.tr.t(label_id));
        let response = sized(ui, width, TextEdit::singleline(value)).labelled_by(label.id);
        self.finish_row(ui, field, &response, &[]);
        response
    }

    /// Labelled one-line text fields, a row each: label id, value, field, width.
    pub fn text_rows_ui<const N: usize>(
        &mut self,
        ui: &mut egui::Ui,
        rows: [(&str, &mut String, F, f32); N],
    ) {
        for (label_id, value, field, width) in rows {
            self.text_row_ui(ui, label_id, value, field, width);
        }
    }

    /// An identifier's field, with its warnings (odd numbers are warned about, never refused).
    pub fn id_row_ui(&mut self, ui: &mut egui::Ui, id: IdField, value: &mut String, field: F) {
        let label = ui.label(self.tr.t(id.label_id()));
        let response =
            sized(ui, theme::FIELD_WIDTH, TextEdit::singleline(value)).labelled_by(label.id);
        let warnings: Vec<Msg> = id.check(value).iter().map(IdWarning::message).collect();
        self.finish_row(ui, field, &response, &warnings);
    }

    /// Notes over several lines.
    pub fn notes_row_ui(
        &mut self,
        ui: &mut egui::Ui,
        label_id: &str,
        value: &mut String,
        field: F,
    ) {
        let label = ui.label(self.tr.t(label_id));
        let notes = TextEdit::multiline(value).desired_rows(theme::NOTES_ROWS);
        let response = sized(ui, theme::NOTES_WIDTH, notes).labelled_by(label.id);
        self.finish_row(ui, field, &response, &[]);
    }

    /// An amount of money and its currency, on one row.
    pub fn money_row_ui(
        &mut self,
        ui: &mut egui::Ui,
        label_id: &str,
        (amount, currency): (&mut String, &mut String),
        field: F,
    ) {
        let label = ui.label(self.tr.t(label_id));
        let response = ui
            .horizontal(|ui| {
                let field = TextEdit::singleline(amount);
                let response = sized(ui, theme::AMOUNT_WIDTH, field).labelled_by(label.id);
                super::currency_ui(ui, self.tr, label_id, currency);
                response
            })
            .inner;
        self.finish_row(ui, field, &response, &[]);
    }

    /// A date with a calendar button, then a time, for one moment.
    pub fn moment_rows_ui(
        &mut self,
        ui: &mut egui::Ui,
        (date_id, time_id): (&str, &str),
        (date, time): (&mut String, &mut String),
        field: F,
    ) {
        let tr = self.tr;
        let date_label = ui.label(tr.t(date_id));
        let today = self.today;
        let response = ui
            .horizontal(|ui| {
                let date_field = TextEdit::singleline(date).hint_text(tr.t("field-date-hint"));
                let response = sized(ui, theme::DATE_WIDTH, date_field).labelled_by(date_label.id);
                let picked = date_picker::button_ui(ui, tr, date_id, date, today);
                if !date.is_empty() && ui.small_button(tr.t("field-date-clear")).clicked() {
                    date.clear();
                }
                response.union(picked)
            })
            .inner;
        if response.changed() {
            self.touched.edited.insert(field);
        }
        // A problem of the time stands beside the time; any other beside the date.
        let of_time = |m: &Msg| m.id == TIME_PROBLEM;
        let problems = self.shown_problems(field, response.has_focus(), |m| !of_time(m));
        note_ui(ui, tr, &problems, &[]);
        ui.end_row();
        let time_label = ui.label(tr.t(time_id));
        let time_field = TextEdit::singleline(time).hint_text("23:59");
        let time_response =
            sized(ui, theme::SHORT_FIELD_WIDTH, time_field).labelled_by(time_label.id);
        if time_response.changed() {
            self.touched.edited.insert(field);
        }
        let problems = self.shown_problems(field, time_response.has_focus(), of_time);
        note_ui(ui, tr, &problems, &[]);
        ui.end_row();
    }

    /// A grey hint under the field above it, wrapped at the form's edge. It
    /// claims no more than a field's width, so that the field column keeps
    /// its width (and the notes their room); the text runs on over the empty
    /// note cell beside it.
    pub fn hint_row_ui(&self, ui: &mut egui::Ui, hint_id: &str) {
        self.hint_text_row_ui(ui, &self.tr.t(hint_id));
    }

    /// A grey hint of `text` under the field above it, as [`Self::hint_row_ui`].
    pub fn hint_text_row_ui(&self, ui: &mut egui::Ui, text: &str) {
        ui.label("");
        let width = (form_edge(ui) - ui.cursor().min.x).max(theme::NOTE_MIN_WIDTH);
        let galley = egui::WidgetText::from(RichText::new(text).size(theme::SMALL_SIZE))
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Wrap),
                width,
                egui::TextStyle::Body,
            );
        let claimed = egui::vec2(galley.size().x.min(theme::FIELD_WIDTH), galley.size().y);
        let (rect, response) = ui.allocate_exact_size(claimed, egui::Sense::hover());
        ui.painter()
            .galley(rect.min, galley, ui.visuals().weak_text_color());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
        ui.label("");
        ui.end_row();
    }

    /// A row with a label and anything in the field's place (a drop-down, a checkbox).
    pub fn custom_row_ui<R>(
        &self,
        ui: &mut egui::Ui,
        label: &str,
        add: impl FnOnce(&mut egui::Ui) -> R,
    ) -> R {
        ui.label(label);
        let inner = add(ui);
        ui.label("");
        ui.end_row();
        inner
    }

    /// The question an order number asks when it looks like a card number: a
    /// box to tick when it is the order number. Nothing shows otherwise.
    pub fn order_question_row_ui(&self, ui: &mut egui::Ui, order: &str, confirmed: &mut bool) {
        if crate::model::identifiers::find_payment_card(order).is_some() {
            self.custom_row_ui(ui, "", |ui| {
                ui.checkbox(confirmed, self.tr.t("order-is-not-card"));
            });
        }
    }

    /// Every problem of the form, listed in full once Save was pressed.
    pub fn problem_list_ui(&self, ui: &mut egui::Ui, heading_id: &str) {
        if !self.touched.submitted || self.problems.is_empty() {
            return;
        }
        let color = theme::error(ui.visuals());
        ui.label(RichText::new(self.tr.t(heading_id)).color(color));
        for (_, msg) in self.problems {
            super::colored_note_ui(ui, color, "•", &self.tr.msg(msg));
        }
    }
}

/// A text field exactly `width` wide. (A grid cell offers a column only as wide
/// as the last frame's; a field asking for its width makes the column grow.)
fn sized(ui: &mut egui::Ui, width: f32, field: TextEdit<'_>) -> Response {
    ui.scope(|ui| {
        ui.set_min_width(width);
        ui.add(field.desired_width(width))
    })
    .inner
}

/// The message of a time that cannot be read: it stands beside the time field.
const TIME_PROBLEM: &str = msg_id!("input-bad-time");

/// Where the form's right edge is, for the grid being drawn: its notes and
/// hints wrap there. (A grid cell knows only its column's width.)
fn form_edge_id() -> egui::Id {
    egui::Id::unique("form_right_edge")
}

/// The right edge of the form being drawn.
fn form_edge(ui: &egui::Ui) -> f32 {
    ui.ctx()
        .data(|d| d.get_temp::<f32>(form_edge_id()))
        .unwrap_or_else(|| ui.max_rect().right())
}

/// Draws into a cell that reaches from here to the form's right edge (the
/// last column's: it widens no column but its own).
fn to_form_edge_ui<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let width = (form_edge(ui) - ui.cursor().min.x).max(theme::NOTE_MIN_WIDTH);
    ui.allocate_ui_with_layout(
        egui::vec2(width, 0.0),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            ui.set_max_width(width);
            add(ui)
        },
    )
    .inner
}

/// A form's grid: label, field and note columns.
pub fn grid_ui<R>(ui: &mut egui::Ui, id: &str, add_rows: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let edge = ui.max_rect().right();
    ui.ctx().data_mut(|d| d.insert_temp(form_edge_id(), edge));
    Grid::new(id)
        .num_columns(3)
        .spacing([theme::GAP_L, theme::GAP_M])
        .min_col_width(theme::FORM_LABEL_WIDTH)
        .show(ui, add_rows)
        .inner
}

/// The note beside a field: its problems in the error colour, else its
/// warnings, whole, wrapped at the form's edge.
fn note_ui(ui: &mut egui::Ui, tr: &I18n, problems: &[String], warnings: &[String]) {
    let (icon, color, lines) = if !problems.is_empty() {
        ("✖", theme::error(ui.visuals()), problems)
    } else if !warnings.is_empty() {
        ("⚠", theme::warning(ui.visuals()), warnings)
    } else {
        ui.label("");
        return;
    };
    let text = tr.sentences(lines);
    to_form_edge_ui(ui, |ui| {
        ui.add(egui::Label::new(RichText::new(format!("{icon} {text}")).color(color)).wrap());
    });
}
