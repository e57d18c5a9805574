//! The Receipts screen: every renewal's proof in a table that stays smooth at
//! thousands of rows (only visible rows are laid out), with search as you
//! type, filters, totals per currency, spending per month, and the receipt form.

use egui::{RichText, TextEdit};
use egui_extras::{Column, TableBuilder};
use egui_plot::{Bar, BarChart, Plot};
use iso_currency::Currency;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::editor::editor_ui;
use super::form::EditorOutcome;
use super::receipt_form::ReceiptEditor;
use super::{View, hint_ui, theme};
use crate::command::{Command, FileAction};
use crate::i18n::{I18n, Msg, format};
use crate::model::money::Money;
use crate::model::receipt_columns::{ColumnSpec, Width};
use crate::model::receipt_draft::ReceiptDraft;
use crate::model::receipts::{
    self, CardFilter, CurrencySeries, Query, ReceiptColumn, SearchIndex, Sort,
};
use crate::model::{Archive, Attachment, CardId};
use jiff::Zoned;

/// What the table shows for one state of the archive, query and sort.
struct Selection {
    key: (u64, Query, Sort),
    rows: Vec<usize>,
    totals: Vec<(Currency, Decimal)>,
    monthly: Vec<CurrencySeries>,
}

/// The Receipts screen's passing state.
#[derive(Default)]
pub struct ReceiptsScreen {
    query: Query,
    sort: Sort,
    index: Option<(u64, SearchIndex)>,
    selection: Option<Selection>,
    editor: Option<ReceiptEditor>,
    /// Set by Ctrl+F: the search field takes the focus when next shown.
    focus_search: bool,
}

impl std::fmt::Debug for ReceiptsScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReceiptsScreen")
            .field("query", &self.query)
            .field("sort", &self.sort)
            .finish_non_exhaustive()
    }
}

impl ReceiptsScreen {
    /// Adds attached files to the receipt being edited, or opens a new
    /// receipt with them (for `card`, the selected or most urgent card).
    pub fn add_attachments(
        &mut self,
        archive: &Archive,
        now: &Zoned,
        attachments: Vec<Attachment>,
    ) {
        let card = self.card_for_new(archive, now);
        self.editor
            .get_or_insert_with(|| ReceiptEditor::new_receipt(archive, now.date(), card))
            .add_attachments(attachments);
    }

    /// Opens a new receipt filled from a confirmation e-mail (replacing a form
    /// that was open only when it was a new, untouched one).
    pub fn open_from_mail(&mut self, editor: ReceiptEditor) {
        self.editor = Some(editor);
    }

    /// Puts the cursor in the search field (Ctrl+F).
    pub fn focus_search(&mut self) {
        self.focus_search = true;
    }

    /// Opens the form of a new receipt (Ctrl+N), unless one is open.
    pub fn open_new(&mut self, archive: &Archive, now: &Zoned) {
        if self.editor.is_none() {
            let card = self.card_for_new(archive, now);
            self.editor = Some(ReceiptEditor::new_receipt(archive, now.date(), card));
        }
    }

    /// Whether a receipt form is open.
    pub fn has_editor(&self) -> bool {
        self.editor.is_some()
    }

    /// Opens the form of a receipt.
    pub fn open(&mut self, receipt: &crate::model::Receipt) {
        self.editor = Some(ReceiptEditor::edit(ReceiptDraft::from_receipt(receipt)));
    }

    /// The stored names of the files the open form refers to (kept while it is open).
    pub fn draft_attachments(&self) -> Vec<String> {
        self.editor
            .iter()
            .flat_map(ReceiptEditor::attachment_names)
            .collect()
    }

    /// The rows on screen, as indices into the archive's receipts (for tests and benchmarks).
    pub fn shown_rows(&self) -> &[usize] {
        self.selection.as_ref().map_or(&[], |s| s.rows.as_slice())
    }

    /// Makes sure the index and the selection match the archive and the query.
    fn refresh(&mut self, view: &View<'_>) {
        if self
            .index
            .as_ref()
            .is_none_or(|(rev, _)| *rev != view.revision)
        {
            self.index = Some((view.revision, SearchIndex::build(view.archive)));
        }
        let key = (view.revision, self.query.clone(), self.sort);
        if self.selection.as_ref().is_some_and(|s| s.key == key) {
            return;
        }
        let Some((_, index)) = &self.index else {
            return;
        };
        let rows = receipts::select(view.archive, index, &self.query, self.sort);
        self.selection = Some(Selection {
            totals: receipts::totals(view.archive, &rows),
            monthly: receipts::monthly_spending(view.archive, &rows),
            rows,
            key,
        });
    }

    /// Shows the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        if let Some(editor) = &mut self.editor {
            match editor_ui(editor, ui, view, commands) {
                EditorOutcome::Open => return,
                EditorOutcome::Close => self.editor = None,
            }
        }
        self.refresh(view);
        let tr = view.tr;
        ui.horizontal(|ui| {
            ui.heading(tr.t("receipts-title"));
            ui.add_space(theme::GAP_L);
            if ui
                .add_enabled(view.writable, egui::Button::new(tr.t("receipts-add")))
                .clicked()
            {
                let card = self.card_for_new(view.archive, view.now);
                self.editor = Some(ReceiptEditor::new_receipt(
                    view.archive,
                    view.now.date(),
                    card,
                ));
            }
            if ui
                .add_enabled(view.writable, egui::Button::new(tr.t("receipts-import")))
                .clicked()
            {
                commands.push(Command::ChooseFile(FileAction::ImportReceipts));
            }
            if ui
                .add_enabled(view.writable, egui::Button::new(tr.t("receipts-from-mail")))
                .clicked()
            {
                commands.push(Command::ChooseFile(FileAction::ReadMail));
            }
            if ui.button(tr.t("receipts-export")).clicked() {
                commands.push(Command::ChooseFile(FileAction::ExportReceipts));
            }
        });
        ui.add_space(theme::GAP_S);
        self.filters_ui(ui, view);
        self.summary_ui(ui, view);
        self.table_ui(ui, view);
    }

    /// The card a new receipt starts on: the one the list is filtered to, else the most urgent.
    fn card_for_new(&self, archive: &Archive, now: &Zoned) -> Option<CardId> {
        match self.query.card {
            CardFilter::Card(id) => Some(id),
            CardFilter::All | CardFilter::Unlinked => most_urgent_card(archive, now),
        }
    }

    fn filters_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>) {
        let tr = view.tr;
        ui.horizontal_wrapped(|ui| {
            let search = ui.label(tr.t("receipts-search"));
            let field = ui
                .add(
                    TextEdit::singleline(&mut self.query.text)
                        .desired_width(theme::SEARCH_WIDTH)
                        .hint_text(tr.t("receipts-search-hint")),
                )
                .labelled_by(search.id);
            if std::mem::take(&mut self.focus_search) {
                field.request_focus();
            }
            let archive = view.archive;
            let query = &mut self.query;
            let card_text = |filter: &CardFilter| match filter {
                CardFilter::All => tr.t("receipts-all-cards"),
                CardFilter::Unlinked => tr.t("receipts-unlinked"),
                CardFilter::Card(id) => archive
                    .card(*id)
                    .map(|c| c.label.clone())
                    .unwrap_or_default(),
            };
            let cards = || {
                let sorted = archive.cards_sorted().into_iter();
                std::iter::once(CardFilter::All)
                    .chain(sorted.map(|c| CardFilter::Card(c.id)))
                    .chain([CardFilter::Unlinked])
                    .collect()
            };
            let label = tr.t("receipts-filter-card");
            filter_ui(
                ui,
                (&label, "receipt_card_filter"),
                &mut query.card,
                card_text,
                cards,
            );

            let year_text =
                |y: &Option<i16>| y.map_or_else(|| tr.t("receipts-all-years"), |y| y.to_string());
            let years = || {
                std::iter::once(None)
                    .chain(receipts::years(archive).into_iter().map(Some))
                    .collect()
            };
            let label = tr.t("receipts-filter-year");
            filter_ui(
                ui,
                (&label, "receipt_year_filter"),
                &mut query.year,
                year_text,
                years,
            );

            let currency_text = |c: &Option<Currency>| {
                c.map_or_else(|| tr.t("receipts-all-currencies"), |c| c.code().to_owned())
            };
            let currencies = || {
                let found = receipts::currencies(archive).into_iter();
                std::iter::once(None).chain(found.map(Some)).collect()
            };
            let label = tr.t("receipts-filter-currency");
            let place = (label.as_str(), "receipt_currency_filter");
            filter_ui(ui, place, &mut query.currency, currency_text, currencies);

            // One trip's receipts, and its monthly chart.
            if !archive.trips.is_empty() {
                let trip_text = |t: &Option<crate::model::TripId>| {
                    t.and_then(|id| archive.trip(id))
                        .map_or_else(|| tr.t("receipts-all-trips"), |t| t.name.clone())
                };
                let trips = || {
                    let found = archive.trips.iter().map(|t| Some(t.id));
                    std::iter::once(None).chain(found).collect()
                };
                let label = tr.t("receipts-filter-trip");
                let place = (label.as_str(), "receipt_trip_filter");
                filter_ui(ui, place, &mut query.trip, trip_text, trips);
            }
        });
    }

    fn summary_ui(&self, ui: &mut egui::Ui, view: &View<'_>) {
        let tr = view.tr;
        let Some(selection) = &self.selection else {
            return;
        };
        let totals: Vec<String> = selection
            .totals
            .iter()
            .map(|(currency, amount)| Money::new(*amount, *currency).to_string())
            .collect();
        let text = if totals.is_empty() {
            tr.msg(&Msg::new("receipts-shown-none"))
        } else {
            tr.msg(
                &Msg::new("receipts-shown")
                    .arg("count", selection.rows.len())
                    .arg("totals", totals.join(" · ")),
            )
        };
        ui.label(RichText::new(text).strong());
        if !selection.monthly.is_empty() {
            egui::CollapsingHeader::new(tr.t("receipts-chart"))
                .default_open(false)
                .show(ui, |ui| monthly_chart_ui(ui, tr, &selection.monthly));
        }
        ui.add_space(theme::GAP_S);
    }

    fn table_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>) {
        let tr = view.tr;
        let Some(selection) = &self.selection else {
            return;
        };
        if view.archive.receipts.is_empty() {
            hint_ui(ui, tr.t("receipts-empty"));
            return;
        }
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + theme::GAP_S * 2.0;
        let mut clicked_sort = None;
        let mut open_row = None;
        // Columns start at their content's width; the plan takes what is
        // left (always: a wide window shows long plan names whole). The others
        // can be resized. A narrow window leaves out the provider and the
        // channel (the receipt shows them) rather than cut every column.
        let right = egui::Layout::right_to_left(egui::Align::Center);
        let columns = table_columns(ui.available_width(), view.archive);
        let mut table = TableBuilder::new(ui)
            .striped(true)
            .resizable(true)
            .sense(egui::Sense::click())
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
        for spec in &columns {
            table = table.column(table_column(spec.width));
        }
        table
            .header(row_height, |header| {
                header_ui(header, tr, &columns, self.sort, &mut clicked_sort);
            })
            .body(|body| {
                body.rows(row_height, selection.rows.len(), |mut row| {
                    let index = selection.rows[row.index()];
                    for spec in &columns {
                        row.col(|ui| cell_ui(ui, view, index, spec.column, right));
                    }
                    if row.response().clicked() {
                        open_row = Some(index);
                    }
                });
            });
        if let Some(column) = clicked_sort {
            self.sort = if self.sort.column == column {
                Sort {
                    column,
                    descending: !self.sort.descending,
                }
            } else {
                Sort {
                    column,
                    descending: column.descending_first(),
                }
            };
        }
        if let Some(index) = open_row {
            let receipt = &view.archive.receipts[index];
            self.editor = Some(ReceiptEditor::edit(ReceiptDraft::from_receipt(receipt)));
        }
    }
}

/// A filter: its label (and the drop-down's id) and a drop-down of the
/// values `choices` lists, each shown as `text` gives it. The choices are
/// listed only while the drop-down is open: some of them look at every receipt.
fn filter_ui<T: PartialEq>(
    ui: &mut egui::Ui,
    (label, id_salt): (&str, &str),
    value: &mut T,
    text: impl Fn(&T) -> String,
    choices: impl FnOnce() -> Vec<T>,
) {
    let label = ui.label(label);
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(text(value))
        .show_ui(ui, |ui| {
            for choice in choices() {
                let shown = text(&choice);
                ui.selectable_value(value, choice, shown);
            }
        })
        .response
        .labelled_by(label.id);
}

/// The columns of the table in a space `width` wide: all of them from
/// [`theme::RECEIPTS_ALL_COLUMNS_WIDTH`] on, else all but the provider and
/// the channel. Who paid, what was charged and the trip show only when some
/// receipt has one, and from [`theme::RECEIPTS_MONEY_COLUMNS_WIDTH`] on (the
/// receipt shows them).
fn table_columns(width: f32, archive: &Archive) -> Vec<&'static ColumnSpec> {
    let all = width >= theme::RECEIPTS_ALL_COLUMNS_WIDTH;
    let money = width >= theme::RECEIPTS_MONEY_COLUMNS_WIDTH;
    let any = |has: fn(&crate::model::Receipt) -> bool| money && archive.receipts.iter().any(has);
    let (paid, charged, trips) = (
        any(|r| r.paid_by.is_some()),
        any(|r| r.charged.is_some()),
        money && !archive.trips.is_empty(),
    );
    ReceiptColumn::in_table()
        .filter(|spec| match spec.column {
            ReceiptColumn::Provider | ReceiptColumn::Channel => all,
            ReceiptColumn::PaidBy => paid,
            ReceiptColumn::ChargedAmount => charged,
            ReceiptColumn::Trip => trips,
            _ => true,
        })
        .collect()
}

/// How a table column starts, as the list of columns says. The plan's
/// column is not resizable: it always takes what the others leave.
fn table_column(width: Width) -> Column {
    match width {
        Width::Content | Width::ContentClipped => Column::auto()
            .at_least(theme::TABLE_MIN_COLUMN)
            .clip(width != Width::Content),
        Width::Rest => Column::remainder()
            .at_least(theme::TABLE_REST_MIN_COLUMN)
            .clip(true)
            .resizable(false),
    }
}

/// One cell of a receipt's row.
fn cell_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    index: usize,
    column: ReceiptColumn,
    right: egui::Layout,
) {
    let tr = view.tr;
    let receipt = &view.archive.receipts[index];
    match column {
        ReceiptColumn::Date => cell_label(ui, format::short_date(tr, receipt.date)),
        ReceiptColumn::Card => cell_label(ui, receipts::card_name(view.archive, receipt)),
        ReceiptColumn::Provider => cell_label(ui, &receipt.provider),
        ReceiptColumn::Plan => cell_label(ui, &receipt.plan),
        ReceiptColumn::Channel => cell_label(ui, tr.t(receipt.channel.short_label_id())),
        ReceiptColumn::Amount => {
            ui.with_layout(right, |ui| cell_label(ui, receipt.amount.to_string()));
        }
        ReceiptColumn::Currency => cell_label(ui, receipt.amount.currency.code()),
        ReceiptColumn::OrderNumber => cell_label(ui, &receipt.order_number),
        ReceiptColumn::ValidFrom | ReceiptColumn::ValidUntil => {
            let moment = if column == ReceiptColumn::ValidFrom {
                &receipt.valid_from
            } else {
                &receipt.valid_until
            };
            let date = moment.as_ref().map(|m| format::short_date(tr, m.date()));
            cell_label(ui, date.unwrap_or_default());
        }
        ReceiptColumn::Notes => cell_label(ui, &receipt.notes),
        ReceiptColumn::PaidBy | ReceiptColumn::Trip => {
            let names = receipts::Names::of(view.archive, receipt);
            let name = if column == ReceiptColumn::PaidBy {
                names.paid_by
            } else {
                names.trip
            };
            cell_label(ui, name);
        }
        ReceiptColumn::ChargedAmount => {
            let charged = receipt.charged.map(|m| m.to_string()).unwrap_or_default();
            ui.with_layout(right, |ui| cell_label(ui, charged));
        }
        ReceiptColumn::ChargedCurrency => {
            cell_label(ui, receipt.charged.map_or("", |m| m.currency.code()));
        }
        ReceiptColumn::Files => {
            let count = receipt.attachments.len();
            let missing = receipt
                .attachments
                .iter()
                .any(|a| view.missing_attachments.contains(&a.stored_name));
            if missing {
                ui.label(RichText::new(format!("⚠ {count}")).color(theme::warning(ui.visuals())));
            } else if count > 0 {
                cell_label(ui, format!("📎 {count}"));
            }
        }
    }
}

/// The column headings; a click on one that sorts sorts by it.
fn header_ui(
    mut header: egui_extras::TableRow<'_, '_>,
    tr: &I18n,
    columns: &[&ColumnSpec],
    sort: Sort,
    clicked: &mut Option<ReceiptColumn>,
) {
    for spec in columns {
        let column = spec.column;
        let heading = tr.t(spec.heading.unwrap_or_default());
        header.col(|ui| {
            if !spec.sorts {
                ui.label(RichText::new(heading).strong());
                return;
            }
            let arrow = match (sort.column == column, sort.descending) {
                (true, true) => " ⏷",
                (true, false) => " ⏶",
                (false, _) => "",
            };
            let text = RichText::new(format!("{heading}{arrow}")).strong();
            if ui.add(egui::Button::new(text).frame(false)).clicked() {
                *clicked = Some(column);
            }
        });
    }
}

/// Text in a table cell. It does not take clicks (text selection), so that a
/// click anywhere on the row opens the receipt.
fn cell_label(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) {
    // Its whole width, so that a column starts as wide as its content; a
    // column the person narrows clips it.
    ui.add(
        egui::Label::new(text)
            .selectable(false)
            .wrap_mode(egui::TextWrapMode::Extend),
    );
}

/// Spending per month: one small bar chart per currency (amounts in
/// different currencies are never added, nor drawn on one axis).
fn monthly_chart_ui(ui: &mut egui::Ui, tr: &I18n, monthly: &[CurrencySeries]) {
    let month_number = |y: i16, m: i8| f64::from(y) * 12.0 + f64::from(m - 1);
    let color = ui.visuals().selection.bg_fill;
    ui.horizontal_wrapped(|ui| {
        for series in monthly {
            let code = series.currency.code();
            ui.vertical(|ui| {
                ui.label(RichText::new(code).strong());
                let bars: Vec<Bar> = series
                    .months
                    .iter()
                    .map(|m| {
                        let amount = m.amount.to_f64().unwrap_or(0.0);
                        Bar::new(month_number(m.year, m.month), amount)
                            .width(theme::BAR_WIDTH)
                            .name(format!("{}-{:02}", m.year, m.month))
                    })
                    .collect();
                let first = series
                    .months
                    .first()
                    .map_or(0.0, |m| month_number(m.year, m.month));
                let last = series
                    .months
                    .last()
                    .map_or(0.0, |m| month_number(m.year, m.month));
                Plot::new(("monthly_spending", code))
                    .width(theme::SPENDING_CHART_WIDTH)
                    .height(theme::SPENDING_CHART_HEIGHT)
                    .allow_drag(false)
                    .allow_zoom(false)
                    .allow_scroll(false)
                    .allow_boxed_zoom(false)
                    .include_y(0.0)
                    .include_x(first - 1.0)
                    .include_x(last + 1.0)
                    .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 3.0, 12.0]))
                    .x_axis_formatter(|mark, _| {
                        let n = mark.value.round();
                        if (mark.value - n).abs() > 1e-6 {
                            return String::new();
                        }
                        #[expect(
                            clippy::cast_possible_truncation,
                            reason = "month numbers are small"
                        )]
                        let n = n as i64;
                        format!("{}-{:02}", n.div_euclid(12), n.rem_euclid(12) + 1)
                    })
                    .y_axis_label(tr.t("receipts-chart-amount"))
                    .show(ui, |plot_ui| {
                        plot_ui.bar_chart(BarChart::new(code, bars).color(color));
                    });
            });
        }
    });
}

/// The most urgent active card, the one a new receipt is most likely for.
pub fn most_urgent_card(archive: &Archive, now: &Zoned) -> Option<CardId> {
    crate::model::plan::overview(archive, now)
        .first()
        .map(|p| p.card.id)
}
