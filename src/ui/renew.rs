//! The Renew screen: choose a card, then the renewal wizard one step at a
//! time, with the steps listed at the side and the checklist beside it.

use egui::{Grid, RichText, TextEdit};
use jiff::Zoned;

use super::checklist::checklist_ui;
use super::{
    Question, View, choice_ui, colored_note_ui, currency_ui, hint_ui, id_warning_rows, question_ui,
    section_ui, theme, web_link_ui, zone_ui,
};
use crate::command::Command;
use crate::i18n::{I18n, Msg};
use crate::model::checklist::Precaution;
use crate::model::form;
use crate::model::{Card, CardId, CardKind, Channel, IdField};
use crate::wizard::{self, EsimMode, Renewal, Step};

/// The Renew screen's passing state: which renewal is open and which question is asked.
#[derive(Debug, Default)]
pub struct RenewScreen {
    open: Option<CardId>,
    confirm_cancel: bool,
    confirm_record: bool,
}

/// What one frame of the wizard has to work with.
struct Ctx<'a> {
    tr: &'a I18n,
    card: &'a Card,
    now: &'a Zoned,
    lead_time_days: i64,
    writable: bool,
}

impl RenewScreen {
    /// Shows the renewal of `card` (once it exists).
    pub fn open(&mut self, card: CardId) {
        self.open = Some(card);
        self.confirm_cancel = false;
        self.confirm_record = false;
    }

    /// The card whose renewal is open.
    pub fn open_card(&self) -> Option<CardId> {
        self.open
    }

    /// Shows the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let open = self.open.and_then(|id| {
            let card = view.archive.card(id)?;
            let renewal = view.archive.renewal(id)?;
            Some((card, renewal))
        });
        let Some((card, renewal)) = open else {
            self.landing_ui(ui, view, commands);
            return;
        };
        let ctx = Ctx {
            tr: view.tr,
            card,
            now: view.now,
            lead_time_days: view.archive.settings.lead_time_days,
            writable: view.writable,
        };
        let mut draft = renewal.clone();
        self.wizard_ui(ui, &ctx, &mut draft, commands);
        if draft != *renewal && view.writable {
            commands.push(Command::UpdateRenewal(Box::new(draft)));
        }
    }

    /// The list of cards to renew, with renewals in progress first.
    fn landing_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let tr = view.tr;
        ui.heading(tr.t("renew-title"));
        hint_ui(ui, tr.t("renew-hint"));
        ui.add_space(theme::GAP_L);
        let cards: Vec<&Card> = view
            .archive
            .cards_sorted()
            .into_iter()
            .filter(|c| !c.archived)
            .collect();
        if cards.is_empty() {
            hint_ui(ui, tr.t("renew-no-cards"));
            return;
        }
        Grid::new("renew_cards")
            .num_columns(3)
            .spacing([theme::GAP_XL, theme::GAP_M])
            .striped(true)
            .show(ui, |ui| {
                for card in cards {
                    ui.label(RichText::new(&card.label).strong());
                    ui.label(card.validity_end.as_ref().map_or_else(
                        || tr.t("renew-validity-unknown"),
                        |end| tr.msg(&Msg::new("renew-valid-until").arg("moment", end.clone())),
                    ));
                    let in_progress = view.archive.renewal(card.id);
                    let label = match in_progress {
                        Some(r) => {
                            let steps = r.steps(card.kind);
                            let at = steps
                                .iter()
                                .position(|s| *s == r.current)
                                .map_or(steps.len(), |p| p + 1);
                            tr.msg(
                                &Msg::new("renew-continue")
                                    .arg("label", card.label.as_str())
                                    .arg("step", at)
                                    .arg("steps", steps.len()),
                            )
                        }
                        None => tr.msg(&Msg::new("renew-start").arg("label", card.label.as_str())),
                    };
                    let button = ui.add_enabled(
                        view.writable || in_progress.is_some(),
                        egui::Button::new(label),
                    );
                    if button.clicked() {
                        if in_progress.is_none() {
                            commands.push(Command::StartRenewal(card.id));
                        }
                        self.open(card.id);
                    }
                    ui.end_row();
                }
            });
    }

    fn wizard_ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &Ctx<'_>,
        r: &mut Renewal,
        commands: &mut Vec<Command>,
    ) {
        let tr = ctx.tr;
        let kind = ctx.card.kind;
        egui::Panel::left("wizard-steps")
            .resizable(false)
            .exact_size(210.0)
            .show(ui, |ui| steps_list_ui(ui, ctx, r));
        egui::Panel::right("wizard_checklist")
            .resizable(false)
            .exact_size(260.0)
            .show(ui, |ui| {
                ui.add_space(theme::GAP_S);
                ui.label(
                    RichText::new(tr.t("checklist-title"))
                        .size(theme::SECTION_SIZE)
                        .strong(),
                );
                ui.add_space(theme::GAP_S);
                egui::ScrollArea::vertical()
                    .id_salt("checklist_scroll")
                    .show(ui, |ui| {
                        let items = r.checklist(ctx.card, ctx.now, ctx.lead_time_days);
                        checklist_ui(ui, tr, &items, r);
                    });
            });
        egui::Panel::bottom("wizard_actions")
            .frame(egui::Frame::new().inner_margin(egui::Margin::symmetric(8, 8)))
            .show(ui, |ui| self.actions_ui(ui, ctx, r, commands));

        egui::ScrollArea::vertical()
            .id_salt("wizard_step")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width().min(640.0));
                ui.add_space(theme::GAP_S);
                hint_ui(
                    ui,
                    tr.msg(
                        &Msg::new("wizard-renewing")
                            .arg("label", ctx.card.label.as_str())
                            .arg("provider", ctx.card.provider.as_str()),
                    ),
                );
                if r.recovery_from.is_some() {
                    recovery_ui(ui, ctx, r);
                    return;
                }
                let steps = r.steps(kind);
                let title = tr.t(r.current.title_id(kind));
                let heading = match steps.iter().position(|s| *s == r.current) {
                    Some(p) => tr.msg(
                        &Msg::new("wizard-step-of")
                            .arg("n", p + 1)
                            .arg("count", steps.len())
                            .arg("title", title),
                    ),
                    None => title,
                };
                ui.heading(heading);
                ui.add_space(theme::GAP_M);
                ui.add_enabled_ui(ctx.writable, |ui| step_ui(ui, ctx, r));
            });

        if self.confirm_cancel {
            self.cancel_dialog_ui(ui, ctx, commands);
        }
        if self.confirm_record {
            self.record_dialog_ui(ui, ctx, r, commands);
        }
    }

    fn actions_ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &Ctx<'_>,
        r: &mut Renewal,
        commands: &mut Vec<Command>,
    ) {
        let tr = ctx.tr;
        let kind = ctx.card.kind;
        if r.recovery_from.is_some() {
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(
                        ctx.writable,
                        egui::Button::new(RichText::new(tr.t("wizard-retry")).strong()),
                    )
                    .clicked()
                {
                    r.retry();
                }
                if ui
                    .add_enabled(
                        ctx.writable,
                        egui::Button::new(tr.t("wizard-record-failure")),
                    )
                    .clicked()
                {
                    commands.push(Command::UpdateRenewal(Box::new(r.clone())));
                    commands.push(Command::RecordFailedAttempt(ctx.card.id));
                }
            });
            return;
        }
        let blockers = r.blockers(r.current, ctx.card);
        if !blockers.is_empty() {
            let color = theme::warning(ui.visuals());
            ui.label(RichText::new(tr.t("wizard-to-continue")).color(color));
            for msg in &blockers {
                colored_note_ui(ui, color, "•", &tr.msg(msg));
            }
            ui.add_space(theme::GAP_S);
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(r.can_go_back(kind), egui::Button::new(tr.t("wizard-back")))
                .clicked()
            {
                r.back(kind);
            }
            if r.current == Step::Summary {
                let ready = ctx.writable && r.is_complete(kind);
                let record = egui::Button::new(RichText::new(tr.t("wizard-record")).strong());
                if ui.add_enabled(ready, record).clicked() {
                    if r.unsettled(ctx.card, ctx.now, ctx.lead_time_days)
                        .is_empty()
                    {
                        commands.push(Command::RecordRenewal(ctx.card.id));
                    } else {
                        self.confirm_record = true;
                    }
                }
            } else {
                let next = egui::Button::new(RichText::new(tr.t("wizard-next")).strong());
                if ui
                    .add_enabled(ctx.writable && blockers.is_empty(), next)
                    .clicked()
                {
                    // Blockers were checked above; a failure here leaves the step as it is.
                    let _ = r.next(ctx.card);
                }
            }
            if r.can_fail()
                && ui
                    .add_enabled(ctx.writable, egui::Button::new(tr.t("wizard-failed")))
                    .clicked()
            {
                r.fail();
            }
            ui.add_space(theme::GAP_XL);
            if ui.button(tr.t("wizard-cancel")).clicked() {
                self.confirm_cancel = true;
            }
        });
    }

    fn cancel_dialog_ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>, commands: &mut Vec<Command>) {
        let tr = ctx.tr;
        let question = Question {
            id: "cancel_renewal",
            title: tr.t("wizard-cancel-title"),
            body: tr.msg(&Msg::new("wizard-cancel-body").arg("label", ctx.card.label.as_str())),
            confirm: tr.t("wizard-cancel-confirm"),
            keep: tr.t("wizard-cancel-keep"),
            destructive: false,
            enabled: ctx.writable,
        };
        match question_ui(ui, question, |_| {}) {
            Some(true) => {
                commands.push(Command::CancelRenewal(ctx.card.id));
                self.open = None;
                self.confirm_cancel = false;
            }
            Some(false) => self.confirm_cancel = false,
            None => {}
        }
    }

    fn record_dialog_ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &Ctx<'_>,
        r: &Renewal,
        commands: &mut Vec<Command>,
    ) {
        let tr = ctx.tr;
        let open = r.unsettled(ctx.card, ctx.now, ctx.lead_time_days);
        let question = Question {
            id: "record_unticked",
            title: tr.t("wizard-unticked-title"),
            body: tr.msg(&Msg::new("wizard-unticked-body").arg("count", open.len())),
            confirm: tr.t("wizard-record-anyway"),
            keep: tr.t("wizard-back-to-checklist"),
            destructive: false,
            enabled: ctx.writable,
        };
        let open_items = |ui: &mut egui::Ui| {
            for item in &open {
                let text = tr.t(item.item.label_id());
                colored_note_ui(ui, theme::warning(ui.visuals()), "•", &text);
            }
        };
        match question_ui(ui, question, open_items) {
            Some(true) => {
                commands.push(Command::RecordRenewal(ctx.card.id));
                self.confirm_record = false;
            }
            Some(false) => self.confirm_record = false,
            None => {}
        }
    }
}

/// The steps at the side: done ones ticked, the current one marked; done and
/// the next open step can be clicked.
fn steps_list_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let kind = ctx.card.kind;
    ui.add_space(theme::GAP_S);
    ui.label(
        RichText::new(tr.t("wizard-steps"))
            .size(theme::SECTION_SIZE)
            .strong(),
    );
    ui.add_space(theme::GAP_S);
    let mut steps = r.steps(kind);
    steps.push(Step::Summary);
    for (n, step) in steps.into_iter().enumerate() {
        let done = r.done.contains(&step);
        let current = r.current == step && r.recovery_from.is_none();
        let mark = if current {
            "▶"
        } else if done {
            "✔"
        } else {
            "○"
        };
        let title = tr.t(step.title_id(kind));
        let text = if step == Step::Summary {
            format!("{mark}  {title}")
        } else {
            format!("{mark}  {}. {title}", n + 1)
        };
        let mut rich = RichText::new(text);
        if done && !current {
            rich = rich.color(theme::success(ui.visuals()));
        }
        let enabled = r.recovery_from.is_none() && r.can_go_to(step, kind);
        let button = egui::Button::selectable(current, rich)
            .min_size(egui::vec2(ui.available_width(), 28.0));
        if ui.add_enabled(enabled, button).clicked() {
            r.go_to(step, kind);
        }
    }
}

/// A labelled text field in a two-column grid.
fn text_row(ui: &mut egui::Ui, tr: &I18n, label_id: &str, value: &mut String, width: f32) {
    let label = ui.label(tr.t(label_id));
    ui.add(TextEdit::singleline(value).desired_width(width))
        .labelled_by(label.id);
    ui.end_row();
}

fn grid(ui: &mut egui::Ui, id: &str, add_rows: impl FnOnce(&mut egui::Ui)) {
    Grid::new(id)
        .num_columns(2)
        .spacing([theme::GAP_L, theme::GAP_M])
        .min_col_width(150.0)
        .show(ui, add_rows);
}

fn paragraph(ui: &mut egui::Ui, text: String) {
    ui.add(egui::Label::new(text).wrap());
    ui.add_space(theme::GAP_S);
}

fn warning_note(ui: &mut egui::Ui, text: &str) {
    colored_note_ui(ui, theme::warning(ui.visuals()), "⚠", text);
    ui.add_space(theme::GAP_S);
}

/// "Valid until 2026-11-24 23:59 JST, in 2 days 13 hours" for a typed moment.
fn moment_note(tr: &I18n, date: &str, time: &str, zone: &str, now: &Zoned) -> Option<String> {
    let moment = form::parse_moment(date, time, zone).ok()??;
    let msg = if moment.timestamp() < now.timestamp() {
        Msg::new("wizard-moment-past").arg("moment", moment.clone())
    } else {
        Msg::new("wizard-moment-left")
            .arg(
                "deadline",
                crate::i18n::format::deadline(tr, &moment, now.time_zone()),
            )
            .arg(
                "countdown",
                crate::i18n::format::countdown(tr, now, &moment),
            )
    };
    Some(tr.msg(&msg))
}

/// Which channel-specific text a step shows.
#[derive(Clone, Copy)]
enum ChannelText {
    How,
    Prepare,
    Details,
    Pay,
}

/// The message id of a step's text for a channel. (The automatic path has
/// no details or payment steps; those fall back to the online text.)
fn channel_text_id(channel: Channel, text: ChannelText) -> &'static str {
    use Channel::{Automatic, Online, Store, ThirdParty};
    match (text, channel) {
        (ChannelText::How, Online) => "wizard-how-online",
        (ChannelText::How, Store) => "wizard-how-store",
        (ChannelText::How, ThirdParty) => "wizard-how-third-party",
        (ChannelText::How, Automatic) => "wizard-how-automatic",
        (ChannelText::Prepare, Online) => "wizard-prepare-online",
        (ChannelText::Prepare, Store) => "wizard-prepare-store",
        (ChannelText::Prepare, ThirdParty) => "wizard-prepare-third-party",
        (ChannelText::Prepare, Automatic) => "wizard-prepare-automatic",
        (ChannelText::Details, Store) => "wizard-details-store",
        (ChannelText::Details, ThirdParty) => "wizard-details-third-party",
        (ChannelText::Details, Online | Automatic) => "wizard-details-online",
        (ChannelText::Pay, Store) => "wizard-pay-store",
        (ChannelText::Pay, ThirdParty) => "wizard-pay-third-party",
        (ChannelText::Pay, Online | Automatic) => "wizard-pay-online",
    }
}

/// The content of the current step.
fn step_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    match r.current {
        Step::CheckCard => check_card_ui(ui, ctx, r),
        Step::CheckDevice => device_step_ui(ui, ctx, r),
        Step::ChooseHow => choose_how_ui(ui, ctx, r),
        Step::PreparePayment => prepare_payment_ui(ui, ctx, r),
        Step::ChoosePlan => plan_step_ui(ui, ctx, r),
        Step::EnterDetails => details_ui(ui, ctx, r),
        Step::Pay => pay_ui(ui, ctx, r),
        Step::Confirm => confirm_ui(ui, ctx, r),
        Step::KeepProof => keep_proof_ui(ui, ctx, r),
        Step::Summary => summary_ui(ui, ctx, r),
    }
}

fn check_card_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let kind = ctx.card.kind;
    let i = &mut r.inputs;
    paragraph(
        ui,
        tr.t(match kind {
            CardKind::Sim => "wizard-check-card-sim",
            CardKind::Esim => "wizard-check-card-esim",
            CardKind::PocketWifi => "wizard-check-card-wifi",
        }),
    );
    grid(ui, "check_card", |ui| {
        let date_label = if kind == CardKind::PocketWifi {
            "wizard-rental-end-date"
        } else {
            "field-validity-date"
        };
        text_row(
            ui,
            tr,
            date_label,
            &mut i.validity_date,
            theme::FIELD_WIDTH / 2.0,
        );
        text_row(
            ui,
            tr,
            "field-validity-time",
            &mut i.validity_time,
            theme::SHORT_FIELD_WIDTH,
        );
        zone_ui(ui, tr, "wizard_zone", &mut i.zone);
        ui.end_row();
        text_row(
            ui,
            tr,
            "field-remaining",
            &mut i.remaining,
            theme::FIELD_WIDTH / 2.0,
        );
    });
    if let Some(note) = moment_note(tr, &i.validity_date, &i.validity_time, &i.zone, ctx.now) {
        ui.add_space(theme::GAP_S);
        paragraph(ui, note);
    }
}

fn choose_how_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let kind = ctx.card.kind;
    paragraph(ui, tr.t("wizard-choose-how-intro"));
    let mut channel = r.channel;
    for option in Channel::ALL {
        ui.radio_value(
            &mut channel,
            option,
            RichText::new(tr.t(option.label_id())).strong(),
        );
        ui.indent(option.code(), |ui| {
            hint_ui(ui, tr.t(channel_text_id(option, ChannelText::How)));
        });
        ui.add_space(theme::GAP_S);
    }
    if channel != r.channel {
        r.set_channel(channel, kind);
    }
    if r.channel == Channel::ThirdParty {
        warning_note(ui, &tr.t("wizard-third-party-warning"));
    }
    if r.channel == Channel::Online && !ctx.card.provider_website.trim().is_empty() {
        ui.horizontal(|ui| {
            ui.label(tr.t("wizard-provider-site"));
            web_link_ui(ui, &ctx.card.provider_website);
        });
    }
}

fn prepare_payment_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let i = &mut r.inputs;
    paragraph(ui, tr.t(channel_text_id(r.channel, ChannelText::Prepare)));
    if r.channel == Channel::Automatic {
        ui.checkbox(&mut i.auto_renew_on, tr.t("wizard-auto-renew-on"));
        ui.checkbox(&mut i.card_on_file_valid, tr.t("wizard-card-on-file"));
    } else {
        grid(ui, "prepare_payment", |ui| {
            text_row(
                ui,
                tr,
                "field-payment-label",
                &mut i.payment_label,
                theme::FIELD_WIDTH,
            );
            text_row(
                ui,
                tr,
                "field-last-four",
                &mut i.last_four,
                theme::SHORT_FIELD_WIDTH,
            );
        });
        hint_ui(ui, tr.t("field-payment-hint"));
        if r.channel != Channel::Store {
            ui.checkbox(&mut i.international_ok, tr.t("wizard-international-ok"));
        }
    }
}

fn details_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let kind = ctx.card.kind;
    let i = &mut r.inputs;
    paragraph(ui, tr.t(channel_text_id(r.channel, ChannelText::Details)));
    grid(ui, "details", |ui| {
        for &field in kind.id_fields() {
            let value = i.ids.value_mut(field);
            text_row(ui, tr, field.label_id(), value, theme::FIELD_WIDTH);
            id_warning_rows(ui, tr, field, value);
        }
        ui.label(tr.t("wizard-plan-chosen"));
        ui.label(format!(
            "{} ({})",
            i.plan_name,
            tr.t(i.plan_kind.label_id())
        ));
        ui.end_row();
    });
    let mut checked = r.ticked.contains(&Precaution::CheckDetails);
    if ui
        .checkbox(&mut checked, tr.t("wizard-details-checked"))
        .changed()
    {
        r.set_ticked(Precaution::CheckDetails, checked);
    }
}

fn pay_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let i = &mut r.inputs;
    paragraph(ui, tr.t(channel_text_id(r.channel, ChannelText::Pay)));
    grid(ui, "pay", |ui| {
        let label = ui.label(tr.t("field-amount"));
        ui.horizontal(|ui| {
            ui.add(TextEdit::singleline(&mut i.amount).desired_width(theme::FIELD_WIDTH / 2.0))
                .labelled_by(label.id);
            currency_ui(ui, tr, "wizard_currency", &mut i.currency);
        });
        ui.end_row();
        text_row(
            ui,
            tr,
            "field-payment-label",
            &mut i.payment_label,
            theme::FIELD_WIDTH,
        );
        text_row(
            ui,
            tr,
            "field-order-number",
            &mut i.order_number,
            theme::FIELD_WIDTH,
        );
    });
    hint_ui(ui, tr.t("wizard-pay-order-hint"));
}

fn confirm_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let kind = ctx.card.kind;
    let i = &mut r.inputs;
    let router = kind == CardKind::PocketWifi;
    paragraph(
        ui,
        tr.t(if router {
            "wizard-confirm-wifi"
        } else {
            "wizard-confirm"
        }),
    );
    grid(ui, "confirm", |ui| {
        text_row(
            ui,
            tr,
            if router {
                "wizard-new-return-date"
            } else {
                "wizard-new-validity-date"
            },
            &mut i.new_date,
            theme::FIELD_WIDTH / 2.0,
        );
        text_row(
            ui,
            tr,
            "wizard-new-time",
            &mut i.new_time,
            theme::SHORT_FIELD_WIDTH,
        );
        text_row(
            ui,
            tr,
            "wizard-new-remaining",
            &mut i.new_remaining,
            theme::FIELD_WIDTH / 2.0,
        );
    });
    if let Some(note) = moment_note(tr, &i.new_date, &i.new_time, &i.zone, ctx.now) {
        paragraph(ui, note);
    }
}

fn keep_proof_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let i = &mut r.inputs;
    paragraph(ui, tr.t("wizard-keep-proof"));
    grid(ui, "proof", |ui| {
        if r.channel == Channel::Automatic {
            let label = ui.label(tr.t("field-amount"));
            ui.horizontal(|ui| {
                ui.add(TextEdit::singleline(&mut i.amount).desired_width(theme::FIELD_WIDTH / 2.0))
                    .labelled_by(label.id);
                currency_ui(ui, tr, "wizard_currency", &mut i.currency);
            });
            ui.end_row();
        }
        text_row(
            ui,
            tr,
            "field-order-number",
            &mut i.order_number,
            theme::FIELD_WIDTH,
        );
        let notes_label = ui.label(tr.t("field-notes"));
        ui.add(
            TextEdit::multiline(&mut i.notes)
                .desired_width(theme::FIELD_WIDTH * 1.3)
                .desired_rows(3),
        )
        .labelled_by(notes_label.id);
        ui.end_row();
    });
    hint_ui(ui, tr.t("wizard-keep-proof-files"));
}

fn device_step_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let i = &mut r.inputs;
    match ctx.card.kind {
        CardKind::Sim => {
            paragraph(ui, tr.t("wizard-device-sim"));
            ui.checkbox(&mut i.phone_unlocked, tr.t("wizard-phone-unlocked"));
            ui.checkbox(&mut i.bands_ok, tr.t("wizard-bands-ok"));
            ui.add_space(theme::GAP_S);
            warning_note(ui, &tr.t("wizard-sim-inside-japan"));
        }
        CardKind::Esim => {
            paragraph(ui, tr.t("wizard-device-esim"));
            ui.checkbox(&mut i.esim_supported, tr.t("wizard-esim-supported"));
            grid(ui, "esim_device", |ui| {
                text_row(ui, tr, "field-eid", &mut i.eid, theme::FIELD_WIDTH);
                id_warning_rows(ui, tr, IdField::Eid, &i.eid);
            });
            section_ui(ui, tr.t("wizard-esim-mode"));
            ui.radio_value(
                &mut i.esim_mode,
                EsimMode::TopUp,
                tr.t("wizard-esim-top-up"),
            );
            ui.radio_value(&mut i.esim_mode, EsimMode::NewEsim, tr.t("wizard-esim-new"));
            ui.add_space(theme::GAP_S);
            if i.esim_mode == EsimMode::NewEsim {
                warning_note(ui, &tr.t("wizard-esim-new-warning"));
                ui.checkbox(&mut i.connection_ok, tr.t("wizard-connection-ok"));
            }
            warning_note(ui, &tr.t("wizard-esim-never-delete"));
        }
        CardKind::PocketWifi => {
            paragraph(ui, tr.t("wizard-device-wifi"));
            ui.checkbox(&mut i.battery_ok, tr.t("wizard-battery-ok"));
            ui.checkbox(&mut i.charger_ok, tr.t("wizard-charger-ok"));
            grid(ui, "router_return", |ui| {
                text_row(
                    ui,
                    tr,
                    "field-return-date",
                    &mut i.return_date,
                    theme::FIELD_WIDTH / 2.0,
                );
                text_row(
                    ui,
                    tr,
                    "field-return-time",
                    &mut i.return_time,
                    theme::SHORT_FIELD_WIDTH,
                );
                text_row(
                    ui,
                    tr,
                    "field-return-place",
                    &mut i.return_place,
                    theme::FIELD_WIDTH,
                );
            });
            warning_note(ui, &tr.t("wizard-late-return-warning"));
        }
    }
}

fn plan_step_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let kind = ctx.card.kind;
    let router = kind == CardKind::PocketWifi;
    let i = &mut r.inputs;
    paragraph(
        ui,
        tr.t(if router {
            "wizard-plan-wifi"
        } else {
            "wizard-plan"
        }),
    );
    grid(ui, "plan", |ui| {
        if !router {
            let (width, plan_kind) = (ui.spacing().combo_width, &mut i.plan_kind);
            let options = wizard::plan_kinds(kind);
            let (id, label_id) = ("wizard_plan_kind", "field-plan-kind");
            choice_ui(ui, tr, id, label_id, width, plan_kind, options);
            ui.end_row();
        }
        text_row(
            ui,
            tr,
            "field-plan-name",
            &mut i.plan_name,
            theme::FIELD_WIDTH,
        );
        let price_label = ui.label(tr.t(if router {
            "wizard-extension-fee"
        } else {
            "field-price"
        }));
        ui.horizontal(|ui| {
            ui.add(TextEdit::singleline(&mut i.price).desired_width(theme::FIELD_WIDTH / 2.0))
                .labelled_by(price_label.id);
            currency_ui(ui, tr, "wizard_currency", &mut i.currency);
        });
        ui.end_row();
        if router {
            text_row(
                ui,
                tr,
                "wizard-extension-days",
                &mut i.extension_days,
                theme::SHORT_FIELD_WIDTH,
            );
            text_row(
                ui,
                tr,
                "field-late-fee",
                &mut i.late_fee,
                theme::FIELD_WIDTH / 2.0,
            );
        }
    });
    if router {
        extension_advice_ui(ui, ctx, i);
    } else if kind == CardKind::Esim {
        warning_note(ui, &tr.t("wizard-addon-warning"));
    }
    section_ui(ui, tr.t("wizard-terms"));
    for term in [
        "wizard-term-cap",
        "wizard-term-roaming",
        "wizard-term-start",
        "wizard-term-day-end",
        "wizard-term-refund",
    ] {
        colored_note_ui(ui, ui.visuals().text_color(), "•", &tr.t(term));
    }
    ui.add_space(theme::GAP_S);
    for (item, label) in [
        (Precaution::UnderstandTerms, "wizard-terms-understood"),
        (Precaution::RefundPolicy, "wizard-refund-known"),
    ] {
        let mut ticked = r.ticked.contains(&item);
        if ui.checkbox(&mut ticked, tr.t(label)).changed() {
            r.set_ticked(item, ticked);
        }
    }
}

/// A rental extension: what extending costs against returning late, and the request deadline.
fn extension_advice_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, i: &wizard::Inputs) {
    let tr = ctx.tr;
    let kind = ctx.card.kind;
    ui.add_space(theme::GAP_S);
    if let (Some(extend), Some(late)) = (i.expected_total(kind), i.late_total()) {
        let days = i.extension_days().unwrap_or(0);
        let verdict = if extend.amount <= late.amount {
            "wizard-extension-cheaper"
        } else {
            "wizard-late-cheaper"
        };
        paragraph(
            ui,
            tr.msg(
                &Msg::new(verdict)
                    .arg("days", days)
                    .arg("extend", extend.to_string())
                    .arg("late", late.to_string()),
            ),
        );
    }
    let mut rental = ctx.card.rental.clone();
    rental.notice_hours = i.notice_hours();
    if let Ok(Some(return_by)) = form::parse_moment(&i.return_date, &i.return_time, &i.zone) {
        rental.return_by = Some(return_by);
    }
    if let Some(deadline) = rental.extension_deadline() {
        let passed = deadline.timestamp() < ctx.now.timestamp();
        let msg = Msg::new(if passed {
            "wizard-deadline-passed"
        } else {
            "wizard-deadline"
        })
        .arg("deadline", deadline.clone())
        .arg("hours", rental.notice_hours);
        if passed {
            warning_note(ui, &tr.msg(&msg));
        } else {
            paragraph(ui, tr.msg(&msg));
        }
    }
}

fn recovery_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let card = ctx.card;
    ui.heading(tr.t("recovery-title"));
    ui.add_space(theme::GAP_M);
    paragraph(ui, tr.t("recovery-intro"));
    section_ui(ui, tr.t("recovery-network-title"));
    paragraph(ui, tr.t("recovery-network"));
    section_ui(ui, tr.t("recovery-payment-title"));
    paragraph(ui, tr.t("recovery-payment"));
    section_ui(ui, tr.t("recovery-support-title"));
    paragraph(ui, tr.t("recovery-support"));
    grid(ui, "recovery_facts", |ui| {
        ui.label(tr.t("field-support"));
        if card.support_contact.trim().is_empty() {
            ui.label(RichText::new(tr.t("recovery-no-support")).weak());
        } else {
            ui.label(RichText::new(&card.support_contact).strong());
        }
        ui.end_row();
        if !card.provider_website.trim().is_empty() {
            ui.label(tr.t("field-website"));
            web_link_ui(ui, &card.provider_website);
            ui.end_row();
        }
        ui.label(tr.t("field-order-number"));
        let order = r.inputs.order_number.trim();
        ui.label(if order.is_empty() {
            tr.t("recovery-no-order")
        } else {
            order.to_owned()
        });
        ui.end_row();
        for &field in card.kind.id_fields() {
            let value = r.inputs.ids.value(field).trim();
            if !value.is_empty() {
                ui.label(tr.t(field.label_id()));
                ui.label(RichText::new(value).monospace());
                ui.end_row();
            }
        }
    });
    section_ui(ui, tr.t("recovery-note-title"));
    let label = ui.label(tr.t("recovery-note"));
    ui.add(
        TextEdit::multiline(&mut r.inputs.failure_note)
            .desired_width(theme::FIELD_WIDTH * 1.3)
            .desired_rows(2),
    )
    .labelled_by(label.id);
}

fn summary_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &Renewal) {
    let tr = ctx.tr;
    let card = ctx.card;
    let i = &r.inputs;
    paragraph(ui, tr.t("wizard-summary-intro"));
    let new_end = form::parse_moment(&i.new_date, &i.new_time, &i.zone)
        .ok()
        .flatten();
    grid(ui, "summary", |ui| {
        let mut row = |label: String, value: String| {
            ui.label(label);
            ui.add(egui::Label::new(RichText::new(value).strong()).wrap());
            ui.end_row();
        };
        row(tr.t("summary-card"), card.label.clone());
        row(tr.t("summary-channel"), tr.t(r.channel.label_id()));
        row(
            tr.t("summary-validity"),
            tr.msg(
                &Msg::new("summary-validity-change")
                    .arg(
                        "old",
                        card.validity_end
                            .as_ref()
                            .map(|m| crate::i18n::format::moment(tr, m))
                            .unwrap_or_default(),
                    )
                    .arg(
                        "new",
                        new_end
                            .as_ref()
                            .map(|m| crate::i18n::format::moment(tr, m))
                            .unwrap_or_default(),
                    ),
            ),
        );
        if !i.new_remaining.trim().is_empty() {
            row(tr.t("summary-data"), i.new_remaining.trim().to_owned());
        }
        if r.channel != Channel::Automatic {
            row(
                tr.t("summary-plan"),
                format!("{} ({})", i.plan_name.trim(), tr.t(i.plan_kind.label_id())),
            );
        }
        if !i.amount.trim().is_empty() {
            row(
                tr.t("summary-amount"),
                format!("{} {}", i.amount.trim(), i.currency),
            );
        }
        row(
            tr.t("summary-order"),
            if i.order_number.trim().is_empty() {
                tr.t("recovery-no-order")
            } else {
                i.order_number.trim().to_owned()
            },
        );
    });
    ui.add_space(theme::GAP_M);
    let open = r.unsettled(card, ctx.now, ctx.lead_time_days).len();
    if open > 0 {
        warning_note(
            ui,
            &tr.msg(&Msg::new("wizard-summary-open").arg("count", open)),
        );
    }
    if !r.is_complete(card.kind) {
        warning_note(ui, &tr.t("wizard-summary-incomplete"));
    }
    hint_ui(ui, tr.t("wizard-summary-record-hint"));
}
