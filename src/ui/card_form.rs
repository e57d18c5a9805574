//! The card form: add or edit one card profile, with the fields of its kind
//! only and the identifier warnings shown as the person types.

use egui::{Grid, RichText, TextEdit};
use jiff::civil::Date;

use super::{
    Question, View, choice_ui, colored_note_ui, currency_ui, hint_ui, id_warning_rows, question_ui,
    section_ui, theme, zone_ui,
};
use crate::command::{Command, FileAction};
use crate::i18n::{I18n, Msg};
use crate::model::card::{CardField, IdField};
use crate::model::form::{CardDraft, FormField, parse_date};
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
        self.0
            .iter()
            .filter(move |(f, _)| *f == field)
            .map(|(_, m)| m)
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
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        commands: &mut Vec<Command>,
    ) -> EditorOutcome {
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
        egui::Panel::bottom("card_form_actions")
            .frame(egui::Frame::new().inner_margin(egui::Margin::symmetric(0, 8)))
            .show(ui, |ui| {
                if self.actions_ui(ui, view, &built, &problems, commands) {
                    outcome = EditorOutcome::Close;
                }
            });
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(theme::PAGE_MAX_WIDTH);
                self.fields_ui(ui, tr, &problems, view.now.date());
            });

        if self.confirm_delete && self.delete_dialog_ui(ui, view, commands) {
            outcome = EditorOutcome::Close;
        }
        outcome
    }

    /// The problems that stop saving, and the buttons. Returns true when the form should close.
    fn actions_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        built: &Result<Card, Vec<(FormField, Msg)>>,
        problems: &Problems,
        commands: &mut Vec<Command>,
    ) -> bool {
        let tr = view.tr;
        let mut close = false;
        if !problems.0.is_empty() {
            let color = theme::error(ui.visuals());
            ui.label(RichText::new(tr.t("card-form-cannot-save")).color(color));
            for (_, msg) in &problems.0 {
                colored_note_ui(ui, color, "•", &tr.msg(msg));
            }
        }
        ui.horizontal(|ui| {
            let save_label = if self.is_new {
                tr.t("card-form-add")
            } else {
                tr.t("card-form-save")
            };
            let can_save = view.writable && problems.0.is_empty();
            let save = ui.add_enabled(
                can_save,
                egui::Button::new(RichText::new(save_label).strong()),
            );
            if let (true, Ok(card)) = (save.clicked(), built) {
                commands.push(Command::SaveCard(Box::new(card.clone())));
                close = true;
            }
            if ui.button(tr.t("card-form-cancel")).clicked() {
                close = true;
            }
            if !self.is_new {
                ui.add_space(theme::GAP_L);
                let id = self.draft.base.id;
                if ui.button(tr.t("card-export")).clicked() {
                    commands.push(Command::ChooseFile(FileAction::ExportCard(id, true)));
                }
                if ui.button(tr.t("card-export-without-ids")).clicked() {
                    commands.push(Command::ChooseFile(FileAction::ExportCard(id, false)));
                }
                ui.add_space(theme::GAP_L);
                let delete =
                    ui.add_enabled(view.writable, egui::Button::new(tr.t("card-form-delete")));
                if delete.clicked() {
                    self.confirm_delete = true;
                }
            }
        });
        close
    }

    /// The "Delete this card?" question. Returns true when the card was deleted.
    fn delete_dialog_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        commands: &mut Vec<Command>,
    ) -> bool {
        let tr = view.tr;
        let card = &self.draft.base;
        let receipts = view.archive.receipt_count(card.id);
        let question = Question {
            id: "delete_card",
            title: tr.msg(&Msg::new("card-delete-title").arg("label", card.label.as_str())),
            body: tr.msg(&Msg::new("card-delete-body").arg("count", receipts)),
            confirm: tr.t("card-delete-confirm"),
            keep: tr.t("card-delete-keep"),
            destructive: true,
            enabled: view.writable,
        };
        match question_ui(ui, question, |_| {}) {
            Some(true) => {
                commands.push(Command::DeleteCard(card.id));
                true
            }
            Some(false) => {
                self.confirm_delete = false;
                false
            }
            None => false,
        }
    }

    fn fields_ui(&mut self, ui: &mut egui::Ui, tr: &I18n, problems: &Problems, today: Date) {
        let form = Form {
            tr,
            problems,
            today,
        };
        let draft = &mut self.draft;
        about_section_ui(ui, &form, draft);
        numbers_section_ui(ui, &form, draft);
        plan_section_ui(ui, &form, draft);
        if draft.kind == CardKind::PocketWifi {
            section_ui(ui, tr.t("card-section-return"));
            form_grid(ui, "return_grid", |ui| {
                form.date_rows(
                    ui,
                    ("field-return-date", "field-return-time"),
                    (&mut draft.return_date, &mut draft.return_time),
                    FormField::ReturnBy,
                );
                form.text_row(
                    ui,
                    "field-return-place",
                    &mut draft.return_place,
                    CardField::ReturnPlace.into(),
                );
                form.text_row(
                    ui,
                    "field-notice-hours",
                    &mut draft.notice_hours,
                    FormField::NoticeHours,
                );
                form.hint_row(ui, "field-notice-hours-hint");
                form.text_row(
                    ui,
                    "field-late-fee",
                    &mut draft.late_fee,
                    FormField::LateFee,
                );
                form.hint_row(ui, "field-late-fee-hint");
            });
        }
        renewal_section_ui(ui, &form, draft);

        section_ui(ui, tr.t("card-section-helper"));
        hint_ui(ui, tr.t("card-helper-hint"));
        form_grid(ui, "helper_grid", |ui| {
            form.text_row(
                ui,
                "field-helper-name",
                &mut draft.helper_name,
                CardField::HelperName.into(),
            );
            form.text_row(
                ui,
                "field-helper-phone",
                &mut draft.helper_phone,
                CardField::HelperPhone.into(),
            );
        });

        section_ui(ui, tr.t("card-section-notes"));
        form_grid(ui, "notes_grid", |ui| {
            let notes_label = ui.label(tr.t("field-notes"));
            ui.add(
                TextEdit::multiline(&mut draft.notes)
                    .desired_width(theme::FIELD_WIDTH * 1.5)
                    .desired_rows(3),
            )
            .labelled_by(notes_label.id);
            ui.end_row();
            form.problem_rows(ui, CardField::Notes.into());
            if !self.is_new {
                ui.label("");
                ui.checkbox(&mut draft.archived, tr.t("field-archived"));
                ui.end_row();
            }
        });
        ui.add_space(theme::GAP_L);
    }
}

fn about_section_ui(ui: &mut egui::Ui, form: &Form<'_>, draft: &mut CardDraft) {
    let tr = form.tr;
    section_ui(ui, tr.t("card-section-card"));
    form_grid(ui, "card_grid", |ui| {
        form.text_row(ui, "field-label", &mut draft.label, CardField::Label.into());
        form.hint_row(ui, "field-label-hint");
        form.text_row(ui, "field-owner", &mut draft.owner, CardField::Owner.into());
        ui.label(tr.t("field-kind"));
        ui.horizontal(|ui| {
            for kind in CardKind::ALL {
                ui.selectable_value(&mut draft.kind, kind, tr.t(kind.label_id()));
            }
        });
        ui.end_row();
    });

    section_ui(ui, tr.t("card-section-provider"));
    form_grid(ui, "provider_grid", |ui| {
        form.text_row(
            ui,
            "field-provider",
            &mut draft.provider,
            CardField::Provider.into(),
        );
        form.text_row(
            ui,
            "field-website",
            &mut draft.website,
            CardField::Website.into(),
        );
        form.text_row(
            ui,
            "field-support",
            &mut draft.support,
            CardField::Support.into(),
        );
    });
}

fn numbers_section_ui(ui: &mut egui::Ui, form: &Form<'_>, draft: &mut CardDraft) {
    let tr = form.tr;
    section_ui(ui, tr.t("card-section-numbers"));
    hint_ui(
        ui,
        tr.t(match draft.kind {
            CardKind::Sim => "card-numbers-hint-sim",
            CardKind::Esim => "card-numbers-hint-esim",
            CardKind::PocketWifi => "card-numbers-hint-wifi",
        }),
    );
    form_grid(ui, "numbers_grid", |ui| {
        for &field in draft.kind.id_fields() {
            let value = draft.ids.value_mut(field);
            form.text_row(ui, field.label_id(), value, CardField::Id(field).into());
            id_warning_rows(ui, tr, field, value);
            if field == IdField::Imei {
                form.hint_row(ui, "field-imei-hint");
            }
        }
    });
}

fn plan_section_ui(ui: &mut egui::Ui, form: &Form<'_>, draft: &mut CardDraft) {
    let tr = form.tr;
    section_ui(ui, tr.t("card-section-plan"));
    form_grid(ui, "plan_grid", |ui| {
        form.text_row(
            ui,
            "field-plan-name",
            &mut draft.plan_name,
            CardField::PlanName.into(),
        );
        let width = ui.spacing().combo_width;
        let plan_kind = &mut draft.plan_kind;
        choice_ui(
            ui,
            tr,
            "plan_kind",
            "field-plan-kind",
            width,
            plan_kind,
            PlanKind::ALL,
        );
        ui.end_row();

        let price_label = ui.label(tr.t("field-price"));
        ui.horizontal(|ui| {
            ui.add(TextEdit::singleline(&mut draft.price).desired_width(theme::FIELD_WIDTH / 2.0))
                .labelled_by(price_label.id);
            currency_ui(ui, tr, "currency", &mut draft.currency);
        });
        ui.end_row();
        form.problem_rows(ui, FormField::Price);

        validity_rows(ui, form, draft);
        zone_ui(ui, tr, "zone", &mut draft.zone);
        ui.end_row();
        form.hint_row(ui, "field-zone-hint");

        form.text_row(
            ui,
            "field-allowance",
            &mut draft.allowance,
            FormField::DataAllowance,
        );
        form.text_row(
            ui,
            "field-remaining",
            &mut draft.remaining,
            FormField::RemainingData,
        );
        form.text_row(
            ui,
            "field-daily-cap",
            &mut draft.daily_cap,
            FormField::DailyCap,
        );
        form.hint_row(ui, "field-data-hint");
    });
}

/// The validity end: a date and time, or 24-hour days from activation.
fn validity_rows(ui: &mut egui::Ui, form: &Form<'_>, draft: &mut CardDraft) {
    let tr = form.tr;
    ui.label("");
    ui.checkbox(&mut draft.activation_on, tr.t("field-activation-on"));
    ui.end_row();
    if draft.activation_on {
        form.date_rows(
            ui,
            ("field-activation-date", "field-activation-time"),
            (&mut draft.activation_date, &mut draft.activation_time),
            FormField::Activation,
        );
        form.text_row(
            ui,
            "field-activation-days",
            &mut draft.activation_days,
            FormField::Activation,
        );
        if let Ok(card) = draft.build()
            && let Some(end) = &card.validity_end
        {
            ui.label("");
            ui.label(
                tr.msg(
                    &Msg::new("field-activation-end")
                        .arg("moment", crate::i18n::format::moment(tr, end)),
                ),
            );
            ui.end_row();
        }
    } else {
        form.date_rows(
            ui,
            ("field-validity-date", "field-validity-time"),
            (&mut draft.validity_date, &mut draft.validity_time),
            FormField::ValidityEnd,
        );
    }
}

fn renewal_section_ui(ui: &mut egui::Ui, form: &Form<'_>, draft: &mut CardDraft) {
    let tr = form.tr;
    section_ui(ui, tr.t("card-section-renewal"));
    form_grid(ui, "renewal_grid", |ui| {
        let width = ui.spacing().combo_width;
        let channel = &mut draft.channel;
        choice_ui(
            ui,
            tr,
            "channel",
            "field-channel",
            width,
            channel,
            Channel::ALL,
        );
        ui.end_row();
        ui.label("");
        ui.checkbox(&mut draft.auto_renew, tr.t("field-auto-renew"));
        ui.end_row();
        form.text_row(
            ui,
            "field-payment-label",
            &mut draft.payment_label,
            CardField::PaymentLabel.into(),
        );
        let four_label = ui.label(tr.t("field-last-four"));
        ui.add(
            TextEdit::singleline(&mut draft.last_four)
                .desired_width(theme::SHORT_FIELD_WIDTH)
                .char_limit(4),
        )
        .labelled_by(four_label.id);
        ui.end_row();
        form.problem_rows(ui, CardField::LastFour.into());
        form.hint_row(ui, "field-payment-hint");
    });
}

/// A two-column grid of labels and fields.
fn form_grid(ui: &mut egui::Ui, id: &str, add_rows: impl FnOnce(&mut egui::Ui)) {
    Grid::new(id)
        .num_columns(2)
        .spacing([theme::GAP_L, theme::GAP_M])
        .min_col_width(170.0)
        .show(ui, add_rows);
}

/// What every row of the form needs: the translations, the problems, today.
struct Form<'a> {
    tr: &'a I18n,
    problems: &'a Problems,
    today: Date,
}

impl Form<'_> {
    /// A labelled one-line text field, followed by its problems.
    fn text_row(&self, ui: &mut egui::Ui, label_id: &str, value: &mut String, field: FormField) {
        let label = ui.label(self.tr.t(label_id));
        ui.add(TextEdit::singleline(value).desired_width(theme::FIELD_WIDTH))
            .labelled_by(label.id);
        ui.end_row();
        self.problem_rows(ui, field);
    }

    /// The problems of one field, each in its own row under it.
    fn problem_rows(&self, ui: &mut egui::Ui, field: FormField) {
        for msg in self.problems.at(field) {
            ui.label("");
            colored_note_ui(ui, theme::error(ui.visuals()), "✖", &self.tr.msg(msg));
            ui.end_row();
        }
    }

    /// A grey hint under the field above it.
    fn hint_row(&self, ui: &mut egui::Ui, hint_id: &str) {
        ui.label("");
        ui.add(
            egui::Label::new(
                RichText::new(self.tr.t(hint_id))
                    .weak()
                    .size(theme::SMALL_SIZE),
            )
            .wrap(),
        );
        ui.end_row();
    }

    /// A date field with a calendar, then a time field, for one moment.
    fn date_rows(
        &self,
        ui: &mut egui::Ui,
        (date_id, time_id): (&str, &str),
        (date, time): (&mut String, &mut String),
        field: FormField,
    ) {
        let tr = self.tr;
        let date_label = ui.label(tr.t(date_id));
        ui.horizontal(|ui| {
            ui.add(
                TextEdit::singleline(date)
                    .desired_width(theme::FIELD_WIDTH / 2.0)
                    .hint_text("2026-11-30"),
            )
            .labelled_by(date_label.id);
            let mut picked = parse_date(date).unwrap_or(self.today);
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
        ui.add(
            TextEdit::singleline(time)
                .desired_width(theme::SHORT_FIELD_WIDTH)
                .hint_text("23:59"),
        )
        .labelled_by(time_label.id);
        ui.end_row();
        self.problem_rows(ui, field);
    }
}
