//! The receipt form: add or edit one receipt, with its confirmation files.

use std::collections::BTreeSet;

use egui::RichText;

use super::editor::{Editor, EditorState, EditorWords};
use super::form::{Form, grid_ui};
use super::{Question, View, choice_ui, hint_ui, section_ui, theme, zone_ui};
use crate::command::{Command, FileAction};
use crate::i18n::{I18n, Msg};
use crate::model::confirmation::CurrencyDoubt;
use crate::model::receipt_draft::{ReceiptDraft, ReceiptField};
use crate::model::{Archive, Attachment, CardId, Channel, Receipt};
use jiff::civil::Date;

/// The receipt form's passing state.
#[derive(Debug)]
pub struct ReceiptEditor {
    draft: ReceiptDraft,
    state: EditorState<ReceiptField>,
    /// The fields read from a confirmation e-mail, marked for the person to check.
    from_mail: BTreeSet<ReceiptField>,
    /// Why the e-mail's currency was left open.
    doubt: Option<CurrencyDoubt>,
    /// Why the e-mail filled no value for a field.
    not_read: Vec<(ReceiptField, Msg)>,
}

/// The receipt form while it is drawn.
type ReceiptForm<'a> = Form<'a, ReceiptField>;

impl ReceiptEditor {
    /// A form for a new receipt dated `today`, for `card` when one is given.
    pub fn new_receipt(archive: &Archive, today: Date, card: Option<CardId>) -> Self {
        let mut draft = ReceiptDraft::new_receipt(today);
        // Also without a card: the currency follows the newest receipt.
        draft.choose_card(archive, card);
        Self::with_draft(draft, true)
    }

    /// A form filled in from an existing receipt.
    pub fn edit(draft: ReceiptDraft) -> Self {
        Self::with_draft(draft, false)
    }

    fn with_draft(draft: ReceiptDraft, is_new: bool) -> Self {
        Self {
            draft,
            state: EditorState::new(is_new),
            from_mail: BTreeSet::new(),
            doubt: None,
            not_read: Vec::new(),
        }
    }

    /// A new receipt filled from a confirmation e-mail: `from_mail` are the
    /// fields it gave, `doubt` why it left the currency open.
    pub fn from_mail(
        draft: ReceiptDraft,
        from_mail: BTreeSet<ReceiptField>,
        doubt: Option<CurrencyDoubt>,
        not_read: Vec<(ReceiptField, Msg)>,
    ) -> Self {
        Self {
            from_mail,
            doubt,
            not_read,
            ..Self::with_draft(draft, true)
        }
    }

    /// Adds attached files to the form (each file once).
    pub fn add_attachments(&mut self, attachments: Vec<Attachment>) {
        for attachment in attachments {
            let known = self
                .draft
                .attachments
                .iter()
                .any(|a| a.stored_name == attachment.stored_name);
            if !known {
                self.draft.attachments.push(attachment);
            }
        }
    }

    /// The stored names of the files the form refers to.
    pub fn attachment_names(&self) -> impl Iterator<Item = String> + '_ {
        self.draft.attachments.iter().map(|a| a.stored_name.clone())
    }
}

impl Editor for ReceiptEditor {
    type Field = ReceiptField;
    type Record = Receipt;
    const WORDS: EditorWords = EditorWords::of(msg_ids![
        "receipt-form-cannot-save",
        "receipt-form-add",
        "receipt-form-save",
        "receipt-form-delete",
    ]);

    fn state(&mut self) -> &mut EditorState<ReceiptField> {
        &mut self.state
    }

    fn title(&self, tr: &I18n) -> String {
        tr.t(if self.state.is_new {
            msg_id!("receipt-form-title-new")
        } else {
            msg_id!("receipt-form-title-edit")
        })
    }

    fn build(&self, archive: &Archive) -> Result<Receipt, Vec<(ReceiptField, Msg)>> {
        self.draft.build(archive)
    }

    fn save_command(receipt: &Receipt) -> Command {
        Command::SaveReceipt(Box::new(receipt.clone()))
    }

    fn scroll_id(&self) -> egui::IdSalt {
        egui::IdSalt::new(("receipt_form", self.draft.base.id))
    }

    fn body_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        problems: &[(ReceiptField, Msg)],
        commands: &mut Vec<Command>,
    ) {
        let mut form = Form::of(view, problems, &mut self.state.touched);
        if !self.from_mail.is_empty() {
            hint_ui(ui, view.tr.t("mail-form-check"));
        }
        let marks = Marks {
            from_mail: &self.from_mail,
            doubt: self.doubt,
            not_read: &self.not_read,
        };
        fields_ui(ui, view, &mut form, &mut self.draft, &marks);
        attachments_ui(ui, view, &mut self.draft, commands);
    }

    fn delete(&self, view: &View<'_>) -> (Question<'static>, Command) {
        let tr = view.tr;
        let question = Question {
            id: "delete_receipt",
            title: tr.t("receipt-delete-title"),
            body: tr.t("receipt-delete-body"),
            confirm: tr.t("receipt-delete-confirm"),
            keep: tr.t("receipt-delete-keep"),
            destructive: true,
            enabled: view.writable,
        };
        (question, Command::DeleteReceipt(self.draft.base.id))
    }
}

/// What the form marks beside its fields: those read from an e-mail.
struct Marks<'a> {
    from_mail: &'a BTreeSet<ReceiptField>,
    doubt: Option<CurrencyDoubt>,
    /// Why the e-mail did not fill a field, under that field.
    not_read: &'a [(ReceiptField, Msg)],
}

impl Marks<'_> {
    /// "Read from the e-mail: check it" under a field that was.
    fn row_ui(&self, ui: &mut egui::Ui, form: &ReceiptForm<'_>, field: ReceiptField) {
        if self.from_mail.contains(&field) {
            form.hint_row_ui(ui, msg_id!("mail-read-from"));
        }
        if field == ReceiptField::Amount
            && let Some(doubt) = self.doubt
        {
            form.hint_row_ui(ui, doubt.message_id());
        }
        if !self.from_mail.is_empty() && !self.from_mail.contains(&field) {
            for (_, why) in self.not_read.iter().filter(|(f, _)| *f == field) {
                let text = form
                    .tr
                    .msg(&Msg::new("mail-not-read").arg("why", why.clone()));
                form.hint_text_row_ui(ui, &text);
            }
        }
    }
}

fn fields_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    form: &mut ReceiptForm<'_>,
    draft: &mut ReceiptDraft,
    marks: &Marks<'_>,
) {
    let tr = view.tr;
    let width = theme::FIELD_WIDTH;
    grid_ui(ui, "receipt_grid", |ui| {
        let date = ReceiptField::Date;
        form.text_row_ui(
            ui,
            msg_id!("receipt-field-date"),
            &mut draft.date,
            date,
            theme::DATE_WIDTH,
        );
        marks.row_ui(ui, form, date);
        card_rows_ui(ui, view, form, draft);
        let provider = ReceiptField::Provider;
        form.text_row_ui(
            ui,
            msg_id!("receipts-col-provider"),
            &mut draft.provider,
            provider,
            width,
        );
        marks.row_ui(ui, form, provider);
        form.text_row_ui(
            ui,
            msg_id!("receipts-col-plan"),
            &mut draft.plan,
            ReceiptField::Plan,
            width,
        );
        marks.row_ui(ui, form, ReceiptField::Plan);
        let channel = &mut draft.channel;
        choice_ui(
            ui,
            tr,
            "receipt_channel",
            msg_id!("receipts-col-channel"),
            channel,
            Channel::ALL,
        );
        let money = (&mut draft.amount, &mut draft.currency);
        form.money_row_ui(
            ui,
            msg_id!("receipts-col-amount"),
            money,
            ReceiptField::Amount,
        );
        marks.row_ui(ui, form, ReceiptField::Amount);
        money_rows_ui(ui, view, form, draft);
        let order = ReceiptField::Order;
        form.text_row_ui(
            ui,
            msg_id!("receipts-col-order"),
            &mut draft.order_number,
            order,
            width,
        );
        marks.row_ui(ui, form, order);
        form.order_question_row_ui(ui, &draft.order_number, &mut draft.order_is_not_card);
        form.moment_rows_ui(
            ui,
            (
                msg_id!("receipt-field-from-date"),
                msg_id!("receipt-field-from-time"),
            ),
            (&mut draft.from_date, &mut draft.from_time),
            ReceiptField::ValidFrom,
        );
        form.moment_rows_ui(
            ui,
            (
                msg_id!("receipt-field-until-date"),
                msg_id!("receipt-field-until-time"),
            ),
            (&mut draft.until_date, &mut draft.until_time),
            ReceiptField::ValidUntil,
        );
        marks.row_ui(ui, form, ReceiptField::ValidUntil);
        zone_ui(ui, tr, "receipt_zone", &mut draft.zone);
        form.notes_row_ui(
            ui,
            msg_id!("field-notes"),
            &mut draft.notes,
            ReceiptField::Notes,
        );
    });
}

/// A person who paid, or nobody named; a trip, or the one of the card and date.
#[derive(Debug, Clone, PartialEq)]
struct Named<T>(Option<T>, String);

impl<T: PartialEq + Clone> super::Choice for Named<T> {
    fn text(&self, _tr: &I18n) -> String {
        self.1.clone()
    }
}

/// What was charged in another currency, who paid, the trip, and who
/// shares the cost (each only when the household has people or trips).
fn money_rows_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    form: &mut ReceiptForm<'_>,
    draft: &mut ReceiptDraft,
) {
    let tr = view.tr;
    let charged = (&mut draft.charged_amount, &mut draft.charged_currency);
    form.money_row_ui(
        ui,
        msg_id!("receipt-field-charged"),
        charged,
        ReceiptField::Charged,
    );
    form.hint_text_row_ui(ui, &tr.t("receipt-charged-hint"));
    let archive = view.archive;
    if !archive.people.is_empty() {
        let name = |id: Option<crate::model::PersonId>| {
            archive
                .person(id)
                .map_or_else(|| tr.t("receipt-paid-by-nobody"), |p| p.name.clone())
        };
        let mut paid = Named(draft.paid_by, name(draft.paid_by));
        let choices = std::iter::once(Named(None, name(None))).chain(
            archive
                .people
                .iter()
                .map(|p| Named(Some(p.id), p.name.clone())),
        );
        choice_ui(
            ui,
            tr,
            "receipt_paid_by",
            msg_id!("receipts-col-paid-by"),
            &mut paid,
            choices,
        );
        draft.paid_by = paid.0;
        ui.label(tr.t("receipt-shared-by"));
        ui.horizontal_wrapped(|ui| {
            for person in &archive.people {
                let mut on = draft.shared_by.contains(&person.id);
                if ui.checkbox(&mut on, person.name.as_str()).changed() {
                    if on {
                        draft.shared_by.push(person.id);
                    } else {
                        draft.shared_by.retain(|p| *p != person.id);
                    }
                }
            }
        });
        ui.label("");
        ui.end_row();
        form.hint_text_row_ui(ui, &tr.t("receipt-shared-by-hint"));
    }
    if !archive.trips.is_empty() {
        let name = |id: Option<crate::model::TripId>| {
            id.and_then(|id| archive.trip(id))
                .map_or_else(|| tr.t("receipt-trip-auto"), |t| t.name.clone())
        };
        let mut trip = Named(draft.trip, name(draft.trip));
        let choices = std::iter::once(Named(None, name(None))).chain(
            archive
                .trips
                .iter()
                .map(|t| Named(Some(t.id), t.name.clone())),
        );
        choice_ui(
            ui,
            tr,
            "receipt_trip",
            msg_id!("receipts-col-trip"),
            &mut trip,
            choices,
        );
        draft.trip = trip.0;
    }
}

/// The card: one of the archive's, or the name of another.
fn card_rows_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    form: &mut ReceiptForm<'_>,
    draft: &mut ReceiptDraft,
) {
    let tr = view.tr;
    let mut card = draft.card;
    let card_text = card
        .and_then(|id| view.archive.card(id))
        .map_or_else(|| tr.t("receipt-other-card"), |c| c.label.clone());
    let label = ui.label(tr.t("receipts-col-card"));
    egui::ComboBox::from_id_salt("receipt_card")
        .selected_text(card_text)
        .show_ui(ui, |ui| {
            for c in view.archive.cards_sorted() {
                ui.selectable_value(&mut card, Some(c.id), &c.label);
            }
            ui.selectable_value(&mut card, None, tr.t("receipt-other-card"));
        })
        .response
        .labelled_by(label.id);
    ui.label("");
    ui.end_row();
    if card != draft.card {
        draft.choose_card(view.archive, card);
    }
    if draft.card.is_none() {
        let (name, width) = (&mut draft.card_label, theme::FIELD_WIDTH);
        form.text_row_ui(
            ui,
            msg_id!("receipt-field-card-name"),
            name,
            ReceiptField::Card,
            width,
        );
    }
}

/// The confirmation files, each with buttons to open it and show it in its folder.
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
        ui.push_id(i, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&attachment.original_name).strong());
                let size = crate::i18n::format::file_size(attachment.size_bytes);
                ui.label(RichText::new(size).weak());
                if view.missing_attachments.contains(&attachment.stored_name) {
                    let color = theme::warning(ui.visuals());
                    ui.label(RichText::new(tr.t("receipt-file-missing")).color(color));
                } else {
                    if ui.button(tr.t("receipt-file-open")).clicked() {
                        commands.push(Command::OpenAttachment(attachment.stored_name.clone()));
                    }
                    if ui.button(tr.t("receipt-show-folder")).clicked() {
                        commands.push(Command::ShowAttachment(attachment.stored_name.clone()));
                    }
                }
                let remove_button = egui::Button::new(tr.t("receipt-file-remove"));
                if ui.add_enabled(view.writable, remove_button).clicked() {
                    remove = Some(i);
                }
            });
        });
    }
    if let Some(i) = remove {
        draft.attachments.remove(i);
    }
    let attach = egui::Button::new(tr.t("receipt-attach"));
    if ui.add_enabled(view.writable, attach).clicked() {
        commands.push(Command::ChooseFile(FileAction::AttachFiles));
    }
}
