//! The card form: add or edit one card profile, with the fields of its kind
//! only and the identifier warnings shown as the person types.

use egui::RichText;

use super::form::{EditorOutcome, Form, Touched, grid_ui};
use super::{Question, View, ask_ui, choice_ui, hint_ui, section_ui, theme, zone_ui};
use crate::command::{Command, FileAction};
use crate::i18n::Msg;
use crate::model::card::CardField;
use crate::model::form::{CardDraft, FormField};
use crate::model::{Card, CardKind, Channel, PlanKind};

/// The form's passing state: the draft, what the person touched, and whether
/// the delete question is open.
#[derive(Debug)]
pub struct CardEditor {
    draft: CardDraft,
    is_new: bool,
    confirm_delete: bool,
    touched: Touched<FormField>,
    show_all_history: bool,
}

impl CardEditor {
    /// Puts an activation code read from an image into the form, when it is an eSIM's.
    pub fn set_esim_code(&mut self, code: &str) -> bool {
        if self.draft.kind != CardKind::Esim {
            return false;
        }
        code.clone_into(&mut self.draft.esim_code);
        true
    }

    /// A form for a new card.
    pub fn new_card() -> Self {
        Self {
            draft: CardDraft::default(),
            is_new: true,
            confirm_delete: false,
            touched: Touched::default(),
            show_all_history: false,
        }
    }

    /// A form filled in from an existing card.
    pub fn edit(card: &Card) -> Self {
        Self {
            draft: CardDraft::from_card(card),
            is_new: false,
            confirm_delete: false,
            touched: Touched::default(),
            show_all_history: false,
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
        let built = self.draft.build_in(view.archive);
        let problems = built.as_ref().err().cloned().unwrap_or_default();
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
        // Each card's form scrolls on its own, so a form opens at its top.
        egui::ScrollArea::vertical()
            .id_salt(("card_form", self.draft.base.id, self.is_new))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                super::page_width_ui(ui);
                if let Some(card) = view.archive.card(self.draft.base.id) {
                    let show_all = &mut self.show_all_history;
                    super::history::history_ui(ui, view, card, show_all, commands);
                }
                let mut form = Form {
                    tr,
                    problems: &problems,
                    touched: &mut self.touched,
                    today: view.now.date(),
                };
                fields_ui(ui, &mut form, &mut self.draft, self.is_new, commands);
            });

        let card = &self.draft.base;
        if self.confirm_delete
            && ask_ui(
                ui,
                &mut self.confirm_delete,
                delete_question(view, card),
                |_| {},
            )
        {
            commands.push(Command::DeleteCard(card.id));
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
        problems: &[(FormField, Msg)],
        commands: &mut Vec<Command>,
    ) -> bool {
        let tr = view.tr;
        let mut close = false;
        let form = Form {
            tr,
            problems,
            touched: &mut self.touched,
            today: view.now.date(),
        };
        form.problem_list_ui(ui, "card-form-cannot-save");
        ui.horizontal(|ui| {
            let save_label = if self.is_new {
                tr.t("card-form-add")
            } else {
                tr.t("card-form-save")
            };
            let save = ui.add_enabled(
                view.writable,
                egui::Button::new(RichText::new(save_label).strong()),
            );
            if save.clicked() {
                match built {
                    Ok(card) => {
                        commands.push(Command::SaveCard(Box::new(card.clone())));
                        close = true;
                    }
                    // Every problem shows now, beside its field and above the buttons.
                    Err(_) => self.touched.submit(),
                }
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
}

/// The "Delete this card?" question.
fn delete_question(view: &View<'_>, card: &Card) -> Question<'static> {
    let tr = view.tr;
    let receipts = view.archive.receipt_count(card.id);
    Question {
        id: "delete_card",
        title: tr.msg(&Msg::new("card-delete-title").arg("label", card.label.as_str())),
        body: tr.msg(&Msg::new("card-delete-body").arg("count", receipts)),
        confirm: tr.t("card-delete-confirm"),
        keep: tr.t("card-delete-keep"),
        destructive: true,
        enabled: view.writable,
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
    if draft.kind == CardKind::PocketWifi {
        section_ui(ui, tr.t("card-section-return"));
        grid_ui(ui, "return_grid", |ui| {
            form.moment_rows_ui(
                ui,
                ("field-return-date", "field-return-time"),
                (&mut draft.return_date, &mut draft.return_time),
                FormField::ReturnBy,
            );
            let width = theme::FIELD_WIDTH;
            let place = CardField::ReturnPlace.into();
            form.text_row_ui(
                ui,
                "field-return-place",
                &mut draft.return_place,
                place,
                width,
            );
            let notice = FormField::NoticeHours;
            let short = theme::SHORT_FIELD_WIDTH;
            form.text_row_ui(
                ui,
                "field-notice-hours",
                &mut draft.notice_hours,
                notice,
                short,
            );
            form.hint_row_ui(ui, "field-notice-hours-hint");
            let amount = theme::AMOUNT_WIDTH;
            form.text_row_ui(
                ui,
                "field-late-fee",
                &mut draft.late_fee,
                FormField::LateFee,
                amount,
            );
            form.hint_row_ui(ui, "field-late-fee-hint");
        });
    }
    renewal_section_ui(ui, form, draft);

    section_ui(ui, tr.t("card-section-helper"));
    hint_ui(ui, tr.t("card-helper-hint"));
    grid_ui(ui, "helper_grid", |ui| {
        let width = theme::FIELD_WIDTH;
        let name = CardField::HelperName.into();
        form.text_row_ui(ui, "field-helper-name", &mut draft.helper_name, name, width);
        let phone = CardField::HelperPhone.into();
        form.text_row_ui(
            ui,
            "field-helper-phone",
            &mut draft.helper_phone,
            phone,
            width,
        );
    });

    section_ui(ui, tr.t("card-section-notes"));
    grid_ui(ui, "notes_grid", |ui| {
        form.notes_row_ui(ui, "field-notes", &mut draft.notes, CardField::Notes.into());
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
        form.text_row_ui(ui, "field-label", &mut draft.label, label, width);
        form.hint_row_ui(ui, "field-label-hint");
        let owner = CardField::Owner.into();
        form.text_row_ui(ui, "field-owner", &mut draft.owner, owner, width);
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
        form.text_row_ui(ui, "field-provider", &mut draft.provider, provider, width);
        let website = CardField::Website.into();
        form.text_row_ui(ui, "field-website", &mut draft.website, website, width);
        let support = CardField::Support.into();
        form.text_row_ui(ui, "field-support", &mut draft.support, support, width);
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
    hint_ui(
        ui,
        tr.t(match draft.kind {
            CardKind::Sim => "card-numbers-hint-sim",
            CardKind::Esim => "card-numbers-hint-esim",
            CardKind::PocketWifi => "card-numbers-hint-wifi",
        }),
    );
    grid_ui(ui, "numbers_grid", |ui| {
        for &field in draft.kind.id_fields() {
            let value = draft.ids.value_mut(field);
            form.id_row_ui(ui, field, value, CardField::Id(field).into());
            if field == crate::model::IdField::Imei {
                form.hint_row_ui(ui, "field-imei-hint");
            }
        }
        if draft.kind == CardKind::Esim {
            let code = FormField::EsimCode;
            form.text_row_ui(
                ui,
                "card-esim-code",
                &mut draft.esim_code,
                code,
                theme::FIELD_WIDTH,
            );
            form.hint_row_ui(ui, "card-esim-code-hint");
            ui.label("");
            ui.checkbox(&mut draft.esim_installed, tr.t("card-esim-installed"));
            ui.label("");
            ui.end_row();
        }
    });
    if draft.kind == CardKind::Esim {
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
        form.text_row_ui(ui, "field-plan-name", &mut draft.plan_name, plan, width);
        let plan_kind = &mut draft.plan_kind;
        choice_ui(
            ui,
            tr,
            "plan_kind",
            "field-plan-kind",
            plan_kind,
            PlanKind::ALL,
        );
        let money = (&mut draft.price, &mut draft.currency);
        form.money_row_ui(ui, "field-price", money, FormField::Price);

        validity_rows(ui, form, draft);
        zone_ui(ui, tr, "zone", &mut draft.zone);
        form.hint_row_ui(ui, "field-zone-hint");

        let amount = theme::AMOUNT_WIDTH;
        let allowance = FormField::DataAllowance;
        form.text_row_ui(
            ui,
            "field-allowance",
            &mut draft.allowance,
            allowance,
            amount,
        );
        let remaining = FormField::RemainingData;
        form.text_row_ui(
            ui,
            "field-remaining",
            &mut draft.remaining,
            remaining,
            amount,
        );
        let cap = FormField::DailyCap;
        form.text_row_ui(ui, "field-daily-cap", &mut draft.daily_cap, cap, amount);
        form.hint_row_ui(ui, "field-data-hint");
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
            ("field-activation-date", "field-activation-time"),
            (&mut draft.activation_date, &mut draft.activation_time),
            FormField::Activation,
        );
        let (days, short) = (&mut draft.activation_days, theme::SHORT_FIELD_WIDTH);
        form.text_row_ui(
            ui,
            "field-activation-days",
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
            ("field-validity-date", "field-validity-time"),
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
        choice_ui(ui, tr, "channel", "field-channel", channel, Channel::ALL);
        form.custom_row_ui(ui, "", |ui| {
            ui.checkbox(&mut draft.auto_renew, tr.t("field-auto-renew"));
        });
        let (payment, width) = (CardField::PaymentLabel.into(), theme::FIELD_WIDTH);
        form.text_row_ui(
            ui,
            "field-payment-label",
            &mut draft.payment_label,
            payment,
            width,
        );
        let (four, short) = (CardField::LastFour.into(), theme::SHORT_FIELD_WIDTH);
        form.text_row_ui(ui, "field-last-four", &mut draft.last_four, four, short);
        form.hint_row_ui(ui, "field-payment-hint");
    });
}
