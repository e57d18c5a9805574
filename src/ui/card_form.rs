//! The card form: add or edit one card profile, with the fields of its kind
//! only and the identifier warnings shown as the person types.

use super::editor::{Editor, EditorState, EditorWords};
use super::form::{Form, grid_ui};
use super::{Question, View, choice_ui, hint_ui, section_ui, theme, zone_ui};
use crate::command::{Command, FileAction};
use crate::i18n::{I18n, Msg};
use crate::model::card::CardField;
use crate::model::card_draft::{CardDraft, FormField};
use crate::model::{Archive, Card, CardKind, Channel, PlanKind};

/// The form's passing state: the draft, what the person touched, and whether
/// the delete question is open.
#[derive(Debug)]
pub struct CardEditor {
    draft: CardDraft,
    state: EditorState<FormField>,
    show_all_history: bool,
}

impl CardEditor {
    /// Puts an activation code read from an image into the form, when it is an eSIM's.
    pub fn set_esim_code(&mut self, code: &str) -> bool {
        if !self.draft.kind.installs_from_code() {
            return false;
        }
        code.clone_into(&mut self.draft.esim_code);
        true
    }

    /// A form for a new card.
    pub fn new_card() -> Self {
        Self::with_draft(CardDraft::default(), true)
    }

    /// A form filled in from an existing card.
    pub fn edit(card: &Card) -> Self {
        Self::with_draft(CardDraft::from_card(card), false)
    }

    fn with_draft(draft: CardDraft, is_new: bool) -> Self {
        Self {
            draft,
            state: EditorState::new(is_new),
            show_all_history: false,
        }
    }
}

impl Editor for CardEditor {
    type Field = FormField;
    type Record = Card;
    const WORDS: EditorWords = EditorWords::of(msg_ids![
        "card-form-cannot-save",
        "card-form-add",
        "card-form-save",
        "card-form-delete",
    ]);

    fn state(&mut self) -> &mut EditorState<FormField> {
        &mut self.state
    }

    fn title(&self, tr: &I18n) -> String {
        if self.state.is_new {
            tr.t("card-form-title-new")
        } else {
            tr.msg(&Msg::new("card-form-title-edit").arg("label", self.draft.base.label.as_str()))
        }
    }

    fn build(&self, archive: &Archive) -> Result<Card, Vec<(FormField, Msg)>> {
        self.draft.build_in(archive)
    }

    fn save_command(card: &Card) -> Command {
        Command::SaveCard(Box::new(card.clone()))
    }

    fn scroll_id(&self) -> egui::IdSalt {
        egui::IdSalt::new(("card_form", self.draft.base.id, self.state.is_new))
    }

    fn body_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        problems: &[(FormField, Msg)],
        commands: &mut Vec<Command>,
    ) {
        if let Some(card) = view.archive.card(self.draft.base.id) {
            let show_all = &mut self.show_all_history;
            super::history::history_ui(ui, view, card, show_all, commands);
        }
        let mut form = Form::of(view, problems, &mut self.state.touched);
        fields_ui(ui, &mut form, &mut self.draft, self.state.is_new, commands);
    }

    fn extra_buttons_ui(&self, ui: &mut egui::Ui, tr: &I18n, commands: &mut Vec<Command>) {
        let id = self.draft.base.id;
        ui.add_space(theme::GAP_L);
        for (label, with_ids) in [
            (msg_id!("card-export"), true),
            (msg_id!("card-export-without-ids"), false),
        ] {
            if ui.button(tr.t(label)).clicked() {
                commands.push(Command::ChooseFile(FileAction::ExportCard(id, with_ids)));
            }
        }
    }

    fn delete(&self, view: &View<'_>) -> (Question<'static>, Command) {
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
        (question, Command::DeleteCard(card.id))
    }
}

/// Every section of the form.
fn fields_ui(
    ui: &mut egui::Ui,
    form: &mut CardForm<'_>,
    draft: &mut CardDraft,
    is_new: bool,
    commands: &mut Vec<Command>,
) {
    let tr = form.tr;
    about_section_ui(ui, form, draft);
    numbers_section_ui(ui, form, draft, commands);
    plan_section_ui(ui, form, draft);
    if draft.kind.is_rented_device() {
        section_ui(ui, tr.t("card-section-return"));
        grid_ui(ui, "return_grid", |ui| {
            form.moment_rows_ui(
                ui,
                (msg_id!("field-return-date"), msg_id!("field-return-time")),
                (&mut draft.return_date, &mut draft.return_time),
                FormField::ReturnBy,
            );
            form.text_rows_ui(
                ui,
                [
                    (
                        msg_id!("field-return-place"),
                        &mut draft.return_place,
                        CardField::ReturnPlace.into(),
                        theme::FIELD_WIDTH,
                    ),
                    (
                        msg_id!("field-notice-hours"),
                        &mut draft.notice_hours,
                        FormField::NoticeHours,
                        theme::SHORT_FIELD_WIDTH,
                    ),
                ],
            );
            form.hint_row_ui(ui, msg_id!("field-notice-hours-hint"));
            let late_fee = &mut draft.late_fee;
            let amount = theme::AMOUNT_WIDTH;
            form.text_row_ui(
                ui,
                msg_id!("field-late-fee"),
                late_fee,
                FormField::LateFee,
                amount,
            );
            form.hint_row_ui(ui, msg_id!("field-late-fee-hint"));
        });
    }
    renewal_section_ui(ui, form, draft);

    section_ui(ui, tr.t("card-section-helper"));
    hint_ui(ui, tr.t("card-helper-hint"));
    grid_ui(ui, "helper_grid", |ui| {
        let width = theme::FIELD_WIDTH;
        form.text_rows_ui(
            ui,
            [
                (
                    msg_id!("field-helper-name"),
                    &mut draft.helper_name,
                    CardField::HelperName.into(),
                    width,
                ),
                (
                    msg_id!("field-helper-phone"),
                    &mut draft.helper_phone,
                    CardField::HelperPhone.into(),
                    width,
                ),
            ],
        );
    });

    section_ui(ui, tr.t("card-section-notes"));
    grid_ui(ui, "notes_grid", |ui| {
        form.notes_row_ui(
            ui,
            msg_id!("field-notes"),
            &mut draft.notes,
            CardField::Notes.into(),
        );
        if !is_new {
            form.custom_row_ui(ui, "", |ui| {
                ui.checkbox(&mut draft.archived, tr.t("field-archived"));
            });
        }
    });
    ui.add_space(theme::GAP_L);
}

/// The card form while it is drawn.
type CardForm<'a> = Form<'a, FormField>;

fn about_section_ui(ui: &mut egui::Ui, form: &mut CardForm<'_>, draft: &mut CardDraft) {
    let tr = form.tr;
    let width = theme::FIELD_WIDTH;
    section_ui(ui, tr.t("card-section-card"));
    grid_ui(ui, "card_grid", |ui| {
        let label = CardField::Label.into();
        form.text_row_ui(ui, msg_id!("field-label"), &mut draft.label, label, width);
        form.hint_row_ui(ui, msg_id!("field-label-hint"));
        let owner = CardField::Owner.into();
        form.text_row_ui(ui, msg_id!("field-owner"), &mut draft.owner, owner, width);
        form.custom_row_ui(ui, &tr.t("field-kind"), |ui| {
            ui.horizontal(|ui| {
                for kind in CardKind::ALL {
                    ui.selectable_value(&mut draft.kind, kind, tr.t(kind.label_id()));
                }
            });
        });
    });

    section_ui(ui, tr.t("card-section-provider"));
    grid_ui(ui, "provider_grid", |ui| {
        let provider = CardField::Provider.into();
        form.text_row_ui(
            ui,
            msg_id!("field-provider"),
            &mut draft.provider,
            provider,
            width,
        );
        let website = CardField::Website.into();
        form.text_row_ui(
            ui,
            msg_id!("field-website"),
            &mut draft.website,
            website,
            width,
        );
        let support = CardField::Support.into();
        form.text_row_ui(
            ui,
            msg_id!("field-support"),
            &mut draft.support,
            support,
            width,
        );
    });
}

fn numbers_section_ui(
    ui: &mut egui::Ui,
    form: &mut CardForm<'_>,
    draft: &mut CardDraft,
    commands: &mut Vec<Command>,
) {
    let tr = form.tr;
    section_ui(ui, tr.t("card-section-numbers"));
    hint_ui(ui, tr.t(draft.kind.numbers_hint_id()));
    grid_ui(ui, "numbers_grid", |ui| {
        for &field in draft.kind.id_fields() {
            let value = draft.ids.value_mut(field);
            form.id_row_ui(ui, field, value, CardField::Id(field).into());
            if field == crate::model::IdField::Imei {
                form.hint_row_ui(ui, msg_id!("field-imei-hint"));
            }
        }
        if draft.kind.installs_from_code() {
            let code = FormField::EsimCode;
            form.text_row_ui(
                ui,
                msg_id!("card-esim-code"),
                &mut draft.esim_code,
                code,
                theme::FIELD_WIDTH,
            );
            form.hint_row_ui(ui, msg_id!("card-esim-code-hint"));
            ui.label("");
            ui.checkbox(&mut draft.esim_installed, tr.t("card-esim-installed"));
            ui.label("");
            ui.end_row();
        }
    });
    if draft.kind.installs_from_code() {
        ui.horizontal_wrapped(|ui| {
            let valid = crate::model::esim_code::parse_lpa(&draft.esim_code).is_ok();
            if ui
                .add_enabled(valid, egui::Button::new(form.tr.t("card-esim-show-qr")))
                .clicked()
            {
                commands.push(Command::ShowQr(draft.esim_code.clone()));
            }
            if ui.button(form.tr.t("card-esim-read-image")).clicked() {
                commands.push(Command::ChooseFile(FileAction::ReadQrImage));
            }
        });
    }
}

fn plan_section_ui(ui: &mut egui::Ui, form: &mut CardForm<'_>, draft: &mut CardDraft) {
    let tr = form.tr;
    section_ui(ui, tr.t("card-section-plan"));
    grid_ui(ui, "plan_grid", |ui| {
        let (plan, width) = (CardField::PlanName.into(), theme::FIELD_WIDTH);
        form.text_row_ui(
            ui,
            msg_id!("field-plan-name"),
            &mut draft.plan_name,
            plan,
            width,
        );
        let plan_kind = &mut draft.plan_kind;
        choice_ui(
            ui,
            tr,
            "plan_kind",
            msg_id!("field-plan-kind"),
            plan_kind,
            PlanKind::ALL,
        );
        let money = (&mut draft.price, &mut draft.currency);
        form.money_row_ui(ui, msg_id!("field-price"), money, FormField::Price);

        validity_rows(ui, form, draft);
        zone_ui(ui, tr, "zone", &mut draft.zone);
        form.hint_row_ui(ui, msg_id!("field-zone-hint"));

        let amount = theme::AMOUNT_WIDTH;
        form.text_rows_ui(
            ui,
            [
                (
                    msg_id!("field-allowance"),
                    &mut draft.allowance,
                    FormField::DataAllowance,
                    amount,
                ),
                (
                    msg_id!("field-remaining"),
                    &mut draft.remaining,
                    FormField::RemainingData,
                    amount,
                ),
                (
                    msg_id!("field-daily-cap"),
                    &mut draft.daily_cap,
                    FormField::DailyCap,
                    amount,
                ),
            ],
        );
        form.hint_row_ui(ui, msg_id!("field-data-hint"));
    });
}

/// The validity end: a date and time, or 24-hour days from activation.
fn validity_rows(ui: &mut egui::Ui, form: &mut CardForm<'_>, draft: &mut CardDraft) {
    let tr = form.tr;
    form.custom_row_ui(ui, "", |ui| {
        ui.checkbox(&mut draft.activation_on, tr.t("field-activation-on"));
    });
    if draft.activation_on {
        form.moment_rows_ui(
            ui,
            (
                msg_id!("field-activation-date"),
                msg_id!("field-activation-time"),
            ),
            (&mut draft.activation_date, &mut draft.activation_time),
            FormField::Activation,
        );
        let (days, short) = (&mut draft.activation_days, theme::SHORT_FIELD_WIDTH);
        form.text_row_ui(
            ui,
            msg_id!("field-activation-days"),
            days,
            FormField::Activation,
            short,
        );
        if let Ok(card) = draft.build()
            && let Some(end) = &card.validity_end
        {
            form.custom_row_ui(ui, "", |ui| {
                ui.label(tr.msg(&Msg::new("field-activation-end").arg("moment", end.clone())));
            });
        }
    } else {
        form.moment_rows_ui(
            ui,
            (
                msg_id!("field-validity-date"),
                msg_id!("field-validity-time"),
            ),
            (&mut draft.validity_date, &mut draft.validity_time),
            FormField::ValidityEnd,
        );
    }
}

fn renewal_section_ui(ui: &mut egui::Ui, form: &mut CardForm<'_>, draft: &mut CardDraft) {
    let tr = form.tr;
    section_ui(ui, tr.t("card-section-renewal"));
    grid_ui(ui, "renewal_grid", |ui| {
        let channel = &mut draft.channel;
        choice_ui(
            ui,
            tr,
            "channel",
            msg_id!("field-channel"),
            channel,
            Channel::ALL,
        );
        form.custom_row_ui(ui, "", |ui| {
            ui.checkbox(&mut draft.auto_renew, tr.t("field-auto-renew"));
        });
        let (payment, width) = (CardField::PaymentLabel.into(), theme::FIELD_WIDTH);
        form.text_row_ui(
            ui,
            msg_id!("field-payment-label"),
            &mut draft.payment_label,
            payment,
            width,
        );
        let (four, short) = (CardField::LastFour.into(), theme::SHORT_FIELD_WIDTH);
        form.text_row_ui(
            ui,
            msg_id!("field-last-four"),
            &mut draft.last_four,
            four,
            short,
        );
        form.hint_row_ui(ui, msg_id!("field-payment-hint"));
    });
}
