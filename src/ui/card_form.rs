//! The card form: add or edit one card profile, with the fields of its kind
//! only and the identifier warnings shown as the person types.

use egui::{Grid, RichText, TextEdit};
use jiff::civil::Date;

use super::{View, colored_note_ui, hint_ui, section_ui, theme};
use crate::command::Command;
use crate::i18n::{I18n, Msg};
use crate::model::card::{CardField, IdField};
use crate::model::form::{COMMON_ZONES, CardDraft, FormField};
use crate::model::money::COMMON_CURRENCIES;
use crate::model::{Card, CardKind, Channel, PlanKind};

/// Whether the form stays open after this frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorOutcome {
    /// Keep showing the form.
    Open,
    /// The person saved, deleted or cancelled.
    Close,
}

/// The form's passing state: the draft and whether the delete question is open.
#[derive(Debug)]
pub struct CardEditor {
    draft: CardDraft,
    is_new: bool,
    confirm_delete: bool,
}

/// The problems of the draft, to show next to their fields.
struct Problems(Vec<(FormField, Msg)>);

impl Problems {
    fn at(&self, field: FormField) -> impl Iterator<Item = &Msg> {
        self.0.iter().filter(move |(f, _)| *f == field).map(|(_, m)| m)
    }
}

impl CardEditor {
    /// A form for a new card.
    pub fn new_card() -> Self {
        Self {
            draft: CardDraft::default(),
            is_new: true,
            confirm_delete: false,
        }
    }

    /// A form filled in from an existing card.
    pub fn edit(card: &Card) -> Self {
        Self {
            draft: CardDraft::from_card(card),
            is_new: false,
            confirm_delete: false,
        }
    }

    /// Shows the form.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) -> EditorOutcome {
        let tr = view.tr;
        let built = self.draft.build();
        let mut problems = Problems(built.as_ref().err().cloned().unwrap_or_default());
        let label = self.draft.label.trim();
        if !label.is_empty()
            && view
                .archive
                .cards
                .iter()
                .any(|c| c.id != self.draft.base.id && c.label.trim().eq_ignore_ascii_case(label))
        {
            problems.0.push((
                FormField::Card(CardField::Label),
                Msg::new("card-error-label-taken").arg("label", label),
            ));
        }

        let title = if self.is_new {
            tr.t("card-form-title-new")
        } else {
            tr.msg(&Msg::new("card-form-title-edit").arg("label", self.draft.base.label.as_str()))
        };
        ui.heading(title);
        if !view.writable {
            hint_ui(ui, tr.t("read-only-hint"));
        }

        let mut outcome = EditorOutcome::Open;
        let bottom_height = 60.0 + 24.0 * problems.0.len().min(6) as f32;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .max_height((ui.available_height() - bottom_height).max(120.0))
            .show(ui, |ui| {
                ui.set_max_width(theme::PAGE_MAX_WIDTH);
                self.fields_ui(ui, tr, &problems, view.now.date());
            });

        ui.separator();
        if !problems.0.is_empty() {
            ui.label(RichText::new(tr.t("card-form-cannot-save")).color(theme::error(ui.visuals())));
            for (_, msg) in problems.0.iter().take(6) {
                colored_note_ui(ui, theme::error(ui.visuals()), "•", &tr.msg(msg));
            }
        }
        ui.horizontal(|ui| {
            let save_label = if self.is_new { tr.t("card-form-add") } else { tr.t("card-form-save") };
            let can_save = view.writable && problems.0.is_empty();
            if ui
                .add_enabled(can_save, egui::Button::new(RichText::new(save_label).strong()))
                .clicked()
            {
                if let Ok(card) = &built {
                    commands.push(Command::SaveCard(Box::new(card.clone())));
                    outcome = EditorOutcome::Close;
                }
            }
            if ui.button(tr.t("card-form-cancel")).clicked() {
                outcome = EditorOutcome::Close;
            }
            if !self.is_new {
                ui.add_space(theme::GAP_XL);
                if ui
                    .add_enabled(view.writable, egui::Button::new(tr.t("card-form-delete")))
                    .clicked()
                {
                    self.confirm_delete = true;
                }
            }
        });

        if self.confirm_delete && self.delete_dialog_ui(ui, view, commands) {
            outcome = EditorOutcome::Close;
        }
        outcome
    }

    /// The "Delete this card?" question. Returns true when the card was deleted.
    fn delete_dialog_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) -> bool {
        let tr = view.tr;
        let card = &self.draft.base;
        let receipts = view.archive.receipt_count(card.id);
        let mut deleted = false;
        let modal = egui::Modal::new(egui::Id::unique("delete-card")).show(ui.ctx(), |ui| {
            ui.set_max_width(420.0);
            ui.heading(tr.msg(&Msg::new("card-delete-title").arg("label", card.label.as_str())));
            ui.add_space(theme::GAP_M);
            ui.add(egui::Label::new(tr.msg(&Msg::new("card-delete-body").arg("count", receipts))).wrap());
            ui.add_space(theme::GAP_L);
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new(tr.t("card-delete-confirm")).color(theme::error(ui.visuals())))
                    .clicked()
                {
                    commands.push(Command::DeleteCard(card.id));
                    deleted = true;
                }
                if ui.button(tr.t("card-delete-keep")).clicked() {
                    self.confirm_delete = false;
                }
            });
        });
        if modal.should_close() && !deleted {
            self.confirm_delete = false;
        }
        deleted
    }

    fn fields_ui(&mut self, ui: &mut egui::Ui, tr: &I18n, problems: &Problems, today: Date) {
        let draft = &mut self.draft;

        section_ui(ui, tr.t("card-section-card"));
        form_grid(ui, "card-grid", |ui| {
            text_row(ui, tr, "field-label", &mut draft.label, problems, FormField::Card(CardField::Label));
            hint_row(ui, tr.t("field-label-hint"));
            text_row(ui, tr, "field-owner", &mut draft.owner, problems, FormField::Card(CardField::Owner));
            ui.label(tr.t("field-kind"));
            ui.horizontal(|ui| {
                for kind in CardKind::ALL {
                    ui.selectable_value(&mut draft.kind, kind, tr.t(kind.label_id()));
                }
            });
            ui.end_row();
        });

        section_ui(ui, tr.t("card-section-provider"));
        form_grid(ui, "provider-grid", |ui| {
            text_row(ui, tr, "field-provider", &mut draft.provider, problems, FormField::Card(CardField::Provider));
            text_row(ui, tr, "field-website", &mut draft.website, problems, FormField::Card(CardField::Website));
            text_row(ui, tr, "field-support", &mut draft.support, problems, FormField::Card(CardField::Support));
        });

        section_ui(ui, tr.t("card-section-numbers"));
        hint_ui(ui, tr.t(match draft.kind {
            CardKind::Sim => "card-numbers-hint-sim",
            CardKind::Esim => "card-numbers-hint-esim",
            CardKind::PocketWifi => "card-numbers-hint-wifi",
        }));
        form_grid(ui, "numbers-grid", |ui| {
            for &field in draft.kind.id_fields() {
                let value = draft.ids.value_mut(field);
                text_row(ui, tr, field.label_id(), value, problems, FormField::Card(CardField::Id(field)));
                for warning in field.check(value) {
                    ui.label("");
                    colored_note_ui(ui, theme::warning(ui.visuals()), "⚠", &tr.msg(&warning.message()));
                    ui.end_row();
                }
                if field == IdField::Imei {
                    hint_row(ui, tr.t("field-imei-hint"));
                }
            }
        });

        section_ui(ui, tr.t("card-section-plan"));
        form_grid(ui, "plan-grid", |ui| {
            text_row(ui, tr, "field-plan-name", &mut draft.plan_name, problems, FormField::Card(CardField::PlanName));
            let plan_label = ui.label(tr.t("field-plan-kind"));
            egui::ComboBox::from_id_salt("plan-kind")
                .selected_text(tr.t(draft.plan_kind.label_id()))
                .show_ui(ui, |ui| {
                    for kind in PlanKind::ALL {
                        ui.selectable_value(&mut draft.plan_kind, kind, tr.t(kind.label_id()));
                    }
                })
                .response
                .labelled_by(plan_label.id);
            ui.end_row();

            let price_label = ui.label(tr.t("field-price"));
            ui.horizontal(|ui| {
                ui.add(TextEdit::singleline(&mut draft.price).desired_width(theme::FIELD_WIDTH / 2.0))
                    .labelled_by(price_label.id);
                let currency_label = ui.label(tr.t("field-currency"));
                egui::ComboBox::from_id_salt("currency")
                    .selected_text(draft.currency.as_str())
                    .width(theme::SHORT_FIELD_WIDTH)
                    .show_ui(ui, |ui| {
                        for currency in COMMON_CURRENCIES {
                            ui.selectable_value(&mut draft.currency, currency.code().to_owned(), currency.code());
                        }
                    })
                    .response
                    .labelled_by(currency_label.id);
            });
            ui.end_row();
            problem_rows(ui, tr, problems, FormField::Price);

            date_rows(ui, tr, ("field-validity-date", "field-validity-time"), (&mut draft.validity_date, &mut draft.validity_time), today, problems, FormField::ValidityEnd);
            let zone_label = ui.label(tr.t("field-zone"));
            egui::ComboBox::from_id_salt("zone")
                .selected_text(draft.zone.as_str())
                .width(theme::FIELD_WIDTH)
                .show_ui(ui, |ui| {
                    for zone in COMMON_ZONES {
                        ui.selectable_value(&mut draft.zone, zone.to_owned(), zone);
                    }
                })
                .response
                .labelled_by(zone_label.id);
            ui.end_row();
            hint_row(ui, tr.t("field-zone-hint"));

            text_row(ui, tr, "field-allowance", &mut draft.allowance, problems, FormField::DataAllowance);
            text_row(ui, tr, "field-remaining", &mut draft.remaining, problems, FormField::RemainingData);
            text_row(ui, tr, "field-daily-cap", &mut draft.daily_cap, problems, FormField::DailyCap);
            hint_row(ui, tr.t("field-data-hint"));
        });

        if draft.kind == CardKind::PocketWifi {
            section_ui(ui, tr.t("card-section-return"));
            form_grid(ui, "return-grid", |ui| {
                date_rows(ui, tr, ("field-return-date", "field-return-time"), (&mut draft.return_date, &mut draft.return_time), today, problems, FormField::ReturnBy);
                text_row(ui, tr, "field-return-place", &mut draft.return_place, problems, FormField::Card(CardField::ReturnPlace));
            });
        }

        section_ui(ui, tr.t("card-section-renewal"));
        form_grid(ui, "renewal-grid", |ui| {
            let channel_label = ui.label(tr.t("field-channel"));
            egui::ComboBox::from_id_salt("channel")
                .selected_text(tr.t(draft.channel.label_id()))
                .show_ui(ui, |ui| {
                    for channel in Channel::ALL {
                        ui.selectable_value(&mut draft.channel, channel, tr.t(channel.label_id()));
                    }
                })
                .response
                .labelled_by(channel_label.id);
            ui.end_row();
            ui.label("");
            ui.checkbox(&mut draft.auto_renew, tr.t("field-auto-renew"));
            ui.end_row();
            text_row(ui, tr, "field-payment-label", &mut draft.payment_label, problems, FormField::Card(CardField::PaymentLabel));
            let four_label = ui.label(tr.t("field-last-four"));
            ui.add(TextEdit::singleline(&mut draft.last_four).desired_width(theme::SHORT_FIELD_WIDTH).char_limit(4))
                .labelled_by(four_label.id);
            ui.end_row();
            problem_rows(ui, tr, problems, FormField::Card(CardField::LastFour));
            hint_row(ui, tr.t("field-payment-hint"));
        });

        section_ui(ui, tr.t("card-section-notes"));
        form_grid(ui, "notes-grid", |ui| {
            let notes_label = ui.label(tr.t("field-notes"));
            ui.add(TextEdit::multiline(&mut draft.notes).desired_width(theme::FIELD_WIDTH * 1.5).desired_rows(3))
                .labelled_by(notes_label.id);
            ui.end_row();
            problem_rows(ui, tr, problems, FormField::Card(CardField::Notes));
            if !self.is_new {
                ui.label("");
                ui.checkbox(&mut draft.archived, tr.t("field-archived"));
                ui.end_row();
            }
        });
        ui.add_space(theme::GAP_L);
    }
}

/// A two-column grid of labels and fields.
fn form_grid(ui: &mut egui::Ui, id: &str, add_rows: impl FnOnce(&mut egui::Ui)) {
    Grid::new(id)
        .num_columns(2)
        .spacing([theme::GAP_L, theme::GAP_M])
        .min_col_width(170.0)
        .show(ui, add_rows);
}

/// A labelled one-line text field, followed by its problems.
fn text_row(ui: &mut egui::Ui, tr: &I18n, label_id: &str, value: &mut String, problems: &Problems, field: FormField) {
    let label = ui.label(tr.t(label_id));
    ui.add(TextEdit::singleline(value).desired_width(theme::FIELD_WIDTH))
        .labelled_by(label.id);
    ui.end_row();
    problem_rows(ui, tr, problems, field);
}

/// The problems of one field, each in its own row under it.
fn problem_rows(ui: &mut egui::Ui, tr: &I18n, problems: &Problems, field: FormField) {
    for msg in problems.at(field) {
        ui.label("");
        colored_note_ui(ui, theme::error(ui.visuals()), "✖", &tr.msg(msg));
        ui.end_row();
    }
}

/// A grey hint under the field above it.
fn hint_row(ui: &mut egui::Ui, text: String) {
    ui.label("");
    ui.add(egui::Label::new(RichText::new(text).weak().size(theme::SMALL_SIZE)).wrap());
    ui.end_row();
}

/// A date field with a calendar, then a time field, for one moment.
fn date_rows(
    ui: &mut egui::Ui,
    tr: &I18n,
    (date_id, time_id): (&str, &str),
    (date, time): (&mut String, &mut String),
    today: Date,
    problems: &Problems,
    field: FormField,
) {
    let date_label = ui.label(tr.t(date_id));
    ui.horizontal(|ui| {
        ui.add(TextEdit::singleline(date).desired_width(theme::FIELD_WIDTH / 2.0).hint_text("2026-11-30"))
            .labelled_by(date_label.id);
        let mut picked = crate::model::form::parse_date(date).unwrap_or(today);
        let before = picked;
        ui.add(
            egui_extras::DatePickerButton::new(&mut picked)
                .id_salt(date_id)
                .format("")
                .calendar_week(false),
        );
        if picked != before {
            *date = picked.to_string();
        }
        if !date.is_empty() && ui.small_button(tr.t("field-date-clear")).clicked() {
            date.clear();
        }
    });
    ui.end_row();
    let time_label = ui.label(tr.t(time_id));
    ui.add(TextEdit::singleline(time).desired_width(theme::SHORT_FIELD_WIDTH).hint_text("23:59"))
        .labelled_by(time_label.id);
    ui.end_row();
    problem_rows(ui, tr, problems, field);
}
