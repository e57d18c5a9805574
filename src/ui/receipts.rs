//! The Receipts screen: every renewal's proof in a table that stays smooth at
//! thousands of rows (only visible rows are laid out), with search as you
//! type, filters, totals per currency, spending per month, and the receipt form.

use egui::{RichText, TextEdit};
use egui_extras::{Column, TableBuilder};
use egui_plot::{Legend, Line, Plot, PlotPoints};
use iso_currency::Currency;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::{
    Question, View, choice_ui, colored_note_ui, currency_ui, hint_ui, question_ui, section_ui,
    theme, zone_ui,
};
use crate::command::{Command, FileAction};
use crate::i18n::{I18n, Msg, format};
use crate::model::money::Money;
use crate::model::receipt_form::{ReceiptDraft, ReceiptField};
use crate::model::receipts::{
    self, CardFilter, CurrencySeries, Query, SearchIndex, Sort, SortColumn,
};
use crate::model::{Attachment, Channel};

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
    confirm_delete: bool,
}

impl std::fmt::Debug for ReceiptsScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReceiptsScreen")
            .field("query", &self.query)
            .field("sort", &self.sort)
            .finish_non_exhaustive()
    }
}

/// The receipt form's passing state.
#[derive(Debug)]
struct ReceiptEditor {
    draft: ReceiptDraft,
    is_new: bool,
}

impl ReceiptsScreen {
    /// Adds attached files to the receipt being edited, or opens a new receipt with them.
    pub fn add_attachments(&mut self, attachments: Vec<Attachment>, today: jiff::civil::Date) {
        let editor = self.editor.get_or_insert_with(|| ReceiptEditor {
            draft: ReceiptDraft::new_receipt(today),
            is_new: true,
        });
        for attachment in attachments {
            if !editor
                .draft
                .attachments
                .iter()
                .any(|a| a.stored_name == attachment.stored_name)
            {
                editor.draft.attachments.push(attachment);
            }
        }
    }

    /// The stored names of the files the open form refers to (kept while it is open).
    pub fn draft_attachments(&self) -> Vec<String> {
        self.editor
            .iter()
            .flat_map(|e| &e.draft.attachments)
            .map(|a| a.stored_name.clone())
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
            match editor_ui(ui, view, editor, &mut self.confirm_delete, commands) {
                EditorOutcome::Open => return,
                EditorOutcome::Close => {
                    self.editor = None;
                    self.confirm_delete = false;
                }
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
                self.editor = Some(ReceiptEditor {
                    draft: ReceiptDraft::new_receipt(view.now.date()),
                    is_new: true,
                });
            }
            if ui
                .add_enabled(view.writable, egui::Button::new(tr.t("receipts-import")))
                .clicked()
            {
                commands.push(Command::ChooseFile(FileAction::ImportReceipts));
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

    fn filters_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>) {
        let tr = view.tr;
        ui.horizontal_wrapped(|ui| {
            let search = ui.label(tr.t("receipts-search"));
            ui.add(
                TextEdit::singleline(&mut self.query.text)
                    .desired_width(220.0)
                    .hint_text(tr.t("receipts-search-hint")),
            )
            .labelled_by(search.id);
            let card_label = ui.label(tr.t("receipts-filter-card"));
            let card_text = match self.query.card {
                CardFilter::All => tr.t("receipts-all-cards"),
                CardFilter::Unlinked => tr.t("receipts-unlinked"),
                CardFilter::Card(id) => view
                    .archive
                    .card(id)
                    .map(|c| c.label.clone())
                    .unwrap_or_default(),
            };
            egui::ComboBox::from_id_salt("receipt_card_filter")
                .selected_text(card_text)
                .show_ui(ui, |ui| {
                    ui.selectable_value(
                        &mut self.query.card,
                        CardFilter::All,
                        tr.t("receipts-all-cards"),
                    );
                    for card in view.archive.cards_sorted() {
                        ui.selectable_value(
                            &mut self.query.card,
                            CardFilter::Card(card.id),
                            &card.label,
                        );
                    }
                    ui.selectable_value(
                        &mut self.query.card,
                        CardFilter::Unlinked,
                        tr.t("receipts-unlinked"),
                    );
                })
                .response
                .labelled_by(card_label.id);
            let year_label = ui.label(tr.t("receipts-filter-year"));
            egui::ComboBox::from_id_salt("receipt_year_filter")
                .selected_text(
                    self.query
                        .year
                        .map_or_else(|| tr.t("receipts-all-years"), |y| y.to_string()),
                )
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.query.year, None, tr.t("receipts-all-years"));
                    for year in receipts::years(view.archive) {
                        ui.selectable_value(&mut self.query.year, Some(year), year.to_string());
                    }
                })
                .response
                .labelled_by(year_label.id);
            let currency_label = ui.label(tr.t("receipts-filter-currency"));
            egui::ComboBox::from_id_salt("receipt_currency_filter")
                .selected_text(
                    self.query
                        .currency
                        .map_or_else(|| tr.t("receipts-all-currencies"), |c| c.code().to_owned()),
                )
                .show_ui(ui, |ui| {
                    ui.selectable_value(
                        &mut self.query.currency,
                        None,
                        tr.t("receipts-all-currencies"),
                    );
                    for currency in receipts::currencies(view.archive) {
                        ui.selectable_value(
                            &mut self.query.currency,
                            Some(currency),
                            currency.code(),
                        );
                    }
                })
                .response
                .labelled_by(currency_label.id);
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
        TableBuilder::new(ui)
            .striped(true)
            .resizable(true)
            .sense(egui::Sense::click())
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::initial(92.0).at_least(80.0))
            .column(Column::initial(120.0).at_least(60.0).clip(true))
            .column(Column::initial(105.0).at_least(60.0).clip(true))
            .column(Column::initial(125.0).at_least(60.0).clip(true))
            .column(Column::initial(80.0).at_least(50.0).clip(true))
            .column(Column::initial(95.0).at_least(70.0))
            .column(Column::initial(120.0).at_least(60.0).clip(true))
            .column(Column::initial(90.0).at_least(60.0))
            .column(Column::remainder().at_least(40.0))
            .header(row_height, |header| {
                header_ui(header, tr, self.sort, &mut clicked_sort);
            })
            .body(|body| {
                body.rows(row_height, selection.rows.len(), |mut row| {
                    let index = selection.rows[row.index()];
                    row_cells_ui(&mut row, view, index);
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
                    descending: column == SortColumn::Date || column == SortColumn::Amount,
                }
            };
        }
        if let Some(index) = open_row {
            self.editor = Some(ReceiptEditor {
                draft: ReceiptDraft::from_receipt(&view.archive.receipts[index]),
                is_new: false,
            });
        }
    }
}

/// The cells of one receipt's row.
fn row_cells_ui(row: &mut egui_extras::TableRow<'_, '_>, view: &View<'_>, index: usize) {
    let tr = view.tr;
    let receipt = &view.archive.receipts[index];
    row.col(|ui| {
        cell_label(ui, format::civil_date(tr, receipt.date));
    });
    row.col(|ui| {
        cell_label(ui, receipts::card_name(view.archive, receipt));
    });
    row.col(|ui| {
        cell_label(ui, &receipt.provider);
    });
    row.col(|ui| {
        cell_label(ui, &receipt.plan);
    });
    row.col(|ui| {
        cell_label(ui, tr.t(receipt.channel.short_label_id()));
    });
    row.col(|ui| {
        cell_label(ui, receipt.amount.to_string());
    });
    row.col(|ui| {
        cell_label(ui, &receipt.order_number);
    });
    row.col(|ui| {
        cell_label(
            ui,
            receipt
                .valid_until
                .as_ref()
                .map(|m| format::date(tr, m))
                .unwrap_or_default(),
        );
    });
    row.col(|ui| {
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
    });
}

/// The column headings; a click on one sorts by it.
fn header_ui(
    mut header: egui_extras::TableRow<'_, '_>,
    tr: &I18n,
    sort: Sort,
    clicked: &mut Option<SortColumn>,
) {
    for column in SortColumn::ALL {
        header.col(|ui| {
            let arrow = match (sort.column == column, sort.descending) {
                (true, true) => " ⏷",
                (true, false) => " ⏶",
                (false, _) => "",
            };
            let text = RichText::new(format!("{}{arrow}", tr.t(column.label_id()))).strong();
            if ui.add(egui::Button::new(text).frame(false)).clicked() {
                *clicked = Some(column);
            }
        });
    }
    header.col(|ui| {
        ui.label(RichText::new(tr.t("receipts-col-files")).strong());
    });
}

/// Text in a table cell. It does not take clicks (text selection), so that a
/// click anywhere on the row opens the receipt.
fn cell_label(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) {
    ui.add(egui::Label::new(text).selectable(false).truncate());
}

/// Spending per month, one line per currency.
fn monthly_chart_ui(ui: &mut egui::Ui, tr: &I18n, monthly: &[CurrencySeries]) {
    let month_number = |y: i16, m: i8| f64::from(y) * 12.0 + f64::from(m - 1);
    Plot::new("monthly_spending")
        .height(170.0)
        .legend(Legend::default())
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        .x_axis_formatter(|mark, _| {
            let n = mark.value.round();
            if (mark.value - n).abs() > 1e-6 {
                return String::new();
            }
            #[expect(clippy::cast_possible_truncation, reason = "month numbers are small")]
            let n = n as i64;
            format!("{}-{:02}", n.div_euclid(12), n.rem_euclid(12) + 1)
        })
        .y_axis_label(tr.t("receipts-chart-amount"))
        .show(ui, |plot_ui| {
            for series in monthly {
                let points: Vec<[f64; 2]> = series
                    .months
                    .iter()
                    .map(|m| {
                        [
                            month_number(m.year, m.month),
                            m.amount.to_f64().unwrap_or(0.0),
                        ]
                    })
                    .collect();
                plot_ui.line(Line::new(series.currency.code(), PlotPoints::from(points)));
            }
        });
}

/// Whether the form stays open.
#[derive(Clone, Copy, PartialEq, Eq)]
enum EditorOutcome {
    Open,
    Close,
}

fn editor_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    editor: &mut ReceiptEditor,
    confirm_delete: &mut bool,
    commands: &mut Vec<Command>,
) -> EditorOutcome {
    let tr = view.tr;
    let built = editor.draft.build(view.archive);
    let problems: Vec<(ReceiptField, Msg)> = built.as_ref().err().cloned().unwrap_or_default();
    ui.heading(tr.t(if editor.is_new {
        "receipt-form-title-new"
    } else {
        "receipt-form-title-edit"
    }));
    let mut outcome = EditorOutcome::Open;
    egui::Panel::bottom("receipt_form_actions")
        .frame(egui::Frame::new().inner_margin(egui::Margin::symmetric(0, 8)))
        .show(ui, |ui| {
            for (_, msg) in &problems {
                colored_note_ui(ui, theme::error(ui.visuals()), "•", &tr.msg(msg));
            }
            ui.horizontal(|ui| {
                let save = tr.t(if editor.is_new {
                    "receipt-form-add"
                } else {
                    "receipt-form-save"
                });
                let can_save = view.writable && problems.is_empty();
                if ui
                    .add_enabled(can_save, egui::Button::new(RichText::new(save).strong()))
                    .clicked()
                    && let Ok(receipt) = &built
                {
                    commands.push(Command::SaveReceipt(Box::new(receipt.clone())));
                    outcome = EditorOutcome::Close;
                }
                if ui.button(tr.t("card-form-cancel")).clicked() {
                    outcome = EditorOutcome::Close;
                }
                if !editor.is_new {
                    ui.add_space(theme::GAP_XL);
                    if ui
                        .add_enabled(
                            view.writable,
                            egui::Button::new(tr.t("receipt-form-delete")),
                        )
                        .clicked()
                    {
                        *confirm_delete = true;
                    }
                }
            });
        });
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(theme::PAGE_MAX_WIDTH);
            receipt_fields_ui(ui, view, &mut editor.draft, &problems);
            attachments_ui(ui, view, &mut editor.draft, commands);
        });
    if *confirm_delete {
        let question = Question {
            id: "delete_receipt",
            title: tr.t("receipt-delete-title"),
            body: tr.t("receipt-delete-body"),
            confirm: tr.t("receipt-delete-confirm"),
            keep: tr.t("receipt-delete-keep"),
            destructive: true,
            enabled: view.writable,
        };
        match question_ui(ui, question, |_| {}) {
            Some(true) => {
                commands.push(Command::DeleteReceipt(editor.draft.base.id));
                *confirm_delete = false;
                outcome = EditorOutcome::Close;
            }
            Some(false) => *confirm_delete = false,
            None => {}
        }
    }
    outcome
}

fn text_row(ui: &mut egui::Ui, tr: &I18n, label_id: &str, value: &mut String, width: f32) {
    let label = ui.label(tr.t(label_id));
    ui.add(TextEdit::singleline(value).desired_width(width))
        .labelled_by(label.id);
    ui.end_row();
}

fn problem_rows(
    ui: &mut egui::Ui,
    tr: &I18n,
    problems: &[(ReceiptField, Msg)],
    field: ReceiptField,
) {
    for (_, msg) in problems.iter().filter(|(f, _)| *f == field) {
        ui.label("");
        colored_note_ui(ui, theme::error(ui.visuals()), "✖", &tr.msg(msg));
        ui.end_row();
    }
}

fn receipt_fields_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    draft: &mut ReceiptDraft,
    problems: &[(ReceiptField, Msg)],
) {
    let tr = view.tr;
    egui::Grid::new("receipt_grid")
        .num_columns(2)
        .spacing([theme::GAP_L, theme::GAP_M])
        .min_col_width(170.0)
        .show(ui, |ui| {
            text_row(
                ui,
                tr,
                "receipt-field-date",
                &mut draft.date,
                theme::FIELD_WIDTH / 2.0,
            );
            problem_rows(ui, tr, problems, ReceiptField::Date);
            card_rows(ui, view, draft);
            problem_rows(ui, tr, problems, ReceiptField::Card);
            text_row(
                ui,
                tr,
                "receipts-col-provider",
                &mut draft.provider,
                theme::FIELD_WIDTH,
            );
            problem_rows(ui, tr, problems, ReceiptField::Provider);
            text_row(
                ui,
                tr,
                "receipts-col-plan",
                &mut draft.plan,
                theme::FIELD_WIDTH,
            );
            problem_rows(ui, tr, problems, ReceiptField::Plan);
            let (width, channel) = (ui.spacing().combo_width, &mut draft.channel);
            let label_id = "receipts-col-channel";
            choice_ui(
                ui,
                tr,
                "receipt_channel",
                label_id,
                width,
                channel,
                Channel::ALL,
            );
            ui.end_row();
            let amount_label = ui.label(tr.t("receipts-col-amount"));
            ui.horizontal(|ui| {
                ui.add(
                    TextEdit::singleline(&mut draft.amount).desired_width(theme::FIELD_WIDTH / 2.0),
                )
                .labelled_by(amount_label.id);
                currency_ui(ui, tr, "receipt_currency", &mut draft.currency);
            });
            ui.end_row();
            problem_rows(ui, tr, problems, ReceiptField::Amount);
            text_row(
                ui,
                tr,
                "receipts-col-order",
                &mut draft.order_number,
                theme::FIELD_WIDTH,
            );
            problem_rows(ui, tr, problems, ReceiptField::Order);
            validity_rows(ui, tr, draft, problems);
            let notes_label = ui.label(tr.t("field-notes"));
            ui.add(
                TextEdit::multiline(&mut draft.notes)
                    .desired_width(theme::FIELD_WIDTH * 1.5)
                    .desired_rows(3),
            )
            .labelled_by(notes_label.id);
            ui.end_row();
            problem_rows(ui, tr, problems, ReceiptField::Notes);
        });
}

/// The card: one of the archive's, or the name of another.
fn card_rows(ui: &mut egui::Ui, view: &View<'_>, draft: &mut ReceiptDraft) {
    let tr = view.tr;
    let card_label = ui.label(tr.t("receipts-col-card"));
    let mut card = draft.card;
    let card_text = card
        .and_then(|id| view.archive.card(id))
        .map_or_else(|| tr.t("receipt-other-card"), |c| c.label.clone());
    egui::ComboBox::from_id_salt("receipt_card")
        .selected_text(card_text)
        .show_ui(ui, |ui| {
            for c in view.archive.cards_sorted() {
                ui.selectable_value(&mut card, Some(c.id), &c.label);
            }
            ui.selectable_value(&mut card, None, tr.t("receipt-other-card"));
        })
        .response
        .labelled_by(card_label.id);
    ui.end_row();
    if card != draft.card {
        draft.choose_card(view.archive, card);
    }
    if draft.card.is_none() {
        text_row(
            ui,
            tr,
            "receipt-field-card-name",
            &mut draft.card_label,
            theme::FIELD_WIDTH,
        );
    }
}

/// The validity bought: from, until, and the zone of both.
fn validity_rows(
    ui: &mut egui::Ui,
    tr: &I18n,
    draft: &mut ReceiptDraft,
    problems: &[(ReceiptField, Msg)],
) {
    text_row(
        ui,
        tr,
        "receipt-field-from-date",
        &mut draft.from_date,
        theme::FIELD_WIDTH / 2.0,
    );
    text_row(
        ui,
        tr,
        "receipt-field-from-time",
        &mut draft.from_time,
        theme::SHORT_FIELD_WIDTH,
    );
    problem_rows(ui, tr, problems, ReceiptField::ValidFrom);
    text_row(
        ui,
        tr,
        "receipt-field-until-date",
        &mut draft.until_date,
        theme::FIELD_WIDTH / 2.0,
    );
    text_row(
        ui,
        tr,
        "receipt-field-until-time",
        &mut draft.until_time,
        theme::SHORT_FIELD_WIDTH,
    );
    problem_rows(ui, tr, problems, ReceiptField::ValidUntil);
    zone_ui(ui, tr, "receipt_zone", &mut draft.zone);
    ui.end_row();
}

fn attachments_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    draft: &mut ReceiptDraft,
    commands: &mut Vec<Command>,
) {
    let tr = view.tr;
    section_ui(ui, tr.t("receipt-files"));
    hint_ui(ui, tr.t("receipt-files-hint"));
    let mut remove = None;
    for (i, attachment) in draft.attachments.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(RichText::new(&attachment.original_name).strong());
            #[expect(clippy::cast_precision_loss, reason = "file sizes far below 2^52")]
            let kb = attachment.size_bytes as f64 / 1024.0;
            ui.label(RichText::new(format!("{kb:.0} KB")).weak());
            if view.missing_attachments.contains(&attachment.stored_name) {
                ui.label(
                    RichText::new(tr.t("receipt-file-missing")).color(theme::warning(ui.visuals())),
                );
            } else {
                if ui.button(tr.t("receipt-file-open")).clicked() {
                    commands.push(Command::OpenAttachment(attachment.stored_name.clone()));
                }
                if ui.button(tr.t("receipt-show-folder")).clicked() {
                    commands.push(Command::ShowAttachment(attachment.stored_name.clone()));
                }
            }
            if ui
                .add_enabled(
                    view.writable,
                    egui::Button::new(tr.t("receipt-file-remove")),
                )
                .clicked()
            {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        draft.attachments.remove(i);
    }
    ui.horizontal(|ui| {
        if ui
            .add_enabled(view.writable, egui::Button::new(tr.t("receipt-attach")))
            .clicked()
        {
            commands.push(Command::ChooseFile(FileAction::AttachFiles));
        }
    });
}
