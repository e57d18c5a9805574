//! The content of each wizard step: what to check or do, and the fields,
//! drawn with the form kit.

use egui::RichText;
use jiff::Zoned;

use super::Ctx;
use crate::i18n::{I18n, Msg};
use crate::model::checklist::Precaution;
use crate::model::input;
use crate::model::recovery;
use crate::model::{CardKind, Channel};
use crate::ui::form::{Form, NO_PROBLEMS, Touched, grid_ui};
use crate::ui::{choice_ui, colored_note_ui, hint_ui, section_ui, theme, web_link_ui, zone_ui};
use crate::wizard::Stage;
use crate::wizard::{self, EsimMode, Renewal, Step};

/// A step's form while it is drawn: the wizard says what a step needs in its
/// action bar, so its fields carry no problems of their own.
type StepForm<'a> = Form<'a, ()>;

/// A grid of a step's rows, with the form kit.
fn rows_ui(
    ui: &mut egui::Ui,
    ctx: &Ctx<'_>,
    id: &str,
    add: impl FnOnce(&mut egui::Ui, &mut StepForm<'_>),
) {
    let mut touched = Touched::default();
    let mut form = Form {
        tr: ctx.tr,
        problems: NO_PROBLEMS,
        touched: &mut touched,
        today: ctx.now.date(),
    };
    grid_ui(ui, id, |ui| add(ui, &mut form));
}

/// A paragraph of a step's text.
pub(super) fn paragraph(ui: &mut egui::Ui, text: String) {
    ui.add(egui::Label::new(text).wrap());
    ui.add_space(theme::GAP_S);
}

fn warning_note(ui: &mut egui::Ui, text: &str) {
    colored_note_ui(ui, theme::warning(ui.visuals()), "⚠", text);
    ui.add_space(theme::GAP_S);
}

/// "Valid until 2026-11-24 23:59 JST, in 2 days 13 hours" for a typed moment.
fn moment_note(tr: &I18n, date: &str, time: &str, zone: &str, now: &Zoned) -> Option<String> {
    let moment = input::parse_moment(date, time, zone).ok()??;
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
    msg_ids!(match (text, channel) {
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
    })
}

/// The content of the current step.
pub(super) fn step_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
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
    paragraph(ui, tr.t(kind.check_card_id()));
    rows_ui(ui, ctx, "check_card", |ui, form| {
        let labels = if ctx.is_router() {
            (
                msg_id!("wizard-rental-end-date"),
                msg_id!("wizard-rental-end-time"),
            )
        } else {
            (
                msg_id!("field-validity-date"),
                msg_id!("field-validity-time"),
            )
        };
        form.moment_rows_ui(ui, labels, (&mut i.validity_date, &mut i.validity_time), ());
        zone_ui(ui, tr, "wizard_zone", &mut i.zone);
        form.text_row_ui(
            ui,
            msg_id!("field-remaining"),
            &mut i.remaining,
            (),
            theme::AMOUNT_WIDTH,
        );
    });
    if let Some(note) = moment_note(tr, &i.validity_date, &i.validity_time, &i.zone, ctx.now) {
        ui.add_space(theme::GAP_S);
        paragraph(ui, note);
    }
}

fn choose_how_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
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
        r.set_channel(channel);
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
        rows_ui(ui, ctx, "prepare_payment", |ui, form| {
            let (label, width) = (&mut i.payment_label, theme::FIELD_WIDTH);
            form.text_row_ui(ui, msg_id!("field-payment-label"), label, (), width);
            let (four, short) = (&mut i.last_four, theme::SHORT_FIELD_WIDTH);
            form.text_row_ui(ui, msg_id!("field-last-four"), four, (), short);
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
    rows_ui(ui, ctx, "details", |ui, form| {
        for &field in kind.id_fields() {
            form.id_row_ui(ui, field, i.ids.value_mut(field), ());
        }
        let plan = format!("{} ({})", i.plan_name, tr.t(i.plan_kind.label_id()));
        form.custom_row_ui(ui, &tr.t("wizard-plan-chosen"), |ui| ui.label(plan));
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
    // An earlier attempt stopped after paying: that payment may yet go through.
    if let Some(earlier) = ctx.card.unsettled_payment() {
        let at = earlier.at.to_zoned(ctx.now.time_zone().clone());
        let msg = Msg::new("wizard-earlier-payment")
            .arg("date", crate::i18n::format::moment(tr, &at))
            .arg("order", earlier.order_number.as_str());
        warning_note(ui, &tr.msg(&msg));
        ui.add_space(theme::GAP_S);
    }
    paragraph(ui, tr.t(channel_text_id(r.channel, ChannelText::Pay)));
    rows_ui(ui, ctx, "pay", |ui, form| {
        form.money_row_ui(
            ui,
            msg_id!("field-amount"),
            (&mut i.amount, &mut i.currency),
            (),
        );
        let width = theme::FIELD_WIDTH;
        form.text_row_ui(
            ui,
            msg_id!("field-payment-label"),
            &mut i.payment_label,
            (),
            width,
        );
        form.text_row_ui(
            ui,
            msg_id!("field-order-number"),
            &mut i.order_number,
            (),
            width,
        );
        form.order_question_row_ui(ui, &i.order_number, &mut i.order_is_not_card);
    });
    hint_ui(ui, tr.t("wizard-pay-order-hint"));
}

fn confirm_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let i = &mut r.inputs;
    let (intro, date_label) = if ctx.is_router() {
        (
            msg_id!("wizard-confirm-wifi"),
            msg_id!("wizard-new-return-date"),
        )
    } else {
        (
            msg_id!("wizard-confirm"),
            msg_id!("wizard-new-validity-date"),
        )
    };
    paragraph(ui, tr.t(intro));
    rows_ui(ui, ctx, "confirm", |ui, form| {
        form.moment_rows_ui(
            ui,
            (date_label, msg_id!("wizard-new-time")),
            (&mut i.new_date, &mut i.new_time),
            (),
        );
        let (data, width) = (&mut i.new_remaining, theme::AMOUNT_WIDTH);
        form.text_row_ui(ui, msg_id!("wizard-new-remaining"), data, (), width);
    });
    if let Some(note) = moment_note(tr, &i.new_date, &i.new_time, &i.zone, ctx.now) {
        paragraph(ui, note);
    }
}

fn keep_proof_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let i = &mut r.inputs;
    paragraph(ui, tr.t("wizard-keep-proof"));
    rows_ui(ui, ctx, "proof", |ui, form| {
        if r.channel == Channel::Automatic {
            form.money_row_ui(
                ui,
                msg_id!("field-amount"),
                (&mut i.amount, &mut i.currency),
                (),
            );
        }
        let (order, width) = (&mut i.order_number, theme::FIELD_WIDTH);
        form.text_row_ui(ui, msg_id!("field-order-number"), order, (), width);
        form.order_question_row_ui(ui, &i.order_number, &mut i.order_is_not_card);
        form.notes_row_ui(ui, msg_id!("field-notes"), &mut i.notes, ());
    });
    hint_ui(ui, tr.t("wizard-keep-proof-files"));
}

fn device_step_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let i = &mut r.inputs;
    paragraph(ui, tr.t(ctx.card.kind.device_step_id()));
    match ctx.card.kind {
        CardKind::Sim => {
            ui.checkbox(&mut i.phone_unlocked, tr.t("wizard-phone-unlocked"));
            ui.checkbox(&mut i.bands_ok, tr.t("wizard-bands-ok"));
            ui.add_space(theme::GAP_S);
            warning_note(ui, &tr.t("wizard-sim-inside-japan"));
        }
        CardKind::Esim => {
            ui.checkbox(&mut i.esim_supported, tr.t("wizard-esim-supported"));
            rows_ui(ui, ctx, "esim_device", |ui, form| {
                form.id_row_ui(ui, crate::model::IdField::Eid, &mut i.eid, ());
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
            ui.checkbox(&mut i.battery_ok, tr.t("wizard-battery-ok"));
            ui.checkbox(&mut i.charger_ok, tr.t("wizard-charger-ok"));
            rows_ui(ui, ctx, "router_return", |ui, form| {
                form.moment_rows_ui(
                    ui,
                    (msg_id!("field-return-date"), msg_id!("field-return-time")),
                    (&mut i.return_date, &mut i.return_time),
                    (),
                );
                let (place, width) = (&mut i.return_place, theme::FIELD_WIDTH);
                form.text_row_ui(ui, msg_id!("field-return-place"), place, (), width);
            });
            warning_note(ui, &tr.t("wizard-late-return-warning"));
        }
    }
}

fn plan_step_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let kind = ctx.card.kind;
    let router = ctx.is_router();
    let i = &mut r.inputs;
    let (intro, price_label) = if router {
        (msg_id!("wizard-plan-wifi"), msg_id!("wizard-extension-fee"))
    } else {
        (msg_id!("wizard-plan"), msg_id!("field-price"))
    };
    paragraph(ui, tr.t(intro));
    rows_ui(ui, ctx, "plan", |ui, form| {
        if !router {
            let (id, label_id) = ("wizard_plan_kind", msg_id!("field-plan-kind"));
            choice_ui(
                ui,
                tr,
                id,
                label_id,
                &mut i.plan_kind,
                kind.plan_kinds().iter().copied(),
            );
        }
        let (plan, width) = (&mut i.plan_name, theme::FIELD_WIDTH);
        form.text_row_ui(ui, msg_id!("field-plan-name"), plan, (), width);
        form.money_row_ui(ui, price_label, (&mut i.price, &mut i.currency), ());
        if router {
            let (days, short) = (&mut i.extension_days, theme::SHORT_FIELD_WIDTH);
            form.text_row_ui(ui, msg_id!("wizard-extension-days"), days, (), short);
            let (fee, amount) = (&mut i.late_fee, theme::AMOUNT_WIDTH);
            form.text_row_ui(ui, msg_id!("field-late-fee"), fee, (), amount);
        }
    });
    if router {
        extension_advice_ui(ui, ctx, i);
    } else if kind.installs_from_code() {
        warning_note(ui, &tr.t("wizard-addon-warning"));
    }
    section_ui(ui, tr.t("wizard-terms"));
    for term in [
        msg_id!("wizard-term-cap"),
        msg_id!("wizard-term-roaming"),
        msg_id!("wizard-term-start"),
        msg_id!("wizard-term-day-end"),
        msg_id!("wizard-term-refund"),
    ] {
        colored_note_ui(ui, ui.visuals().text_color(), "•", &tr.t(term));
    }
    ui.add_space(theme::GAP_S);
    for (item, label) in [
        (
            Precaution::UnderstandTerms,
            msg_id!("wizard-terms-understood"),
        ),
        (Precaution::RefundPolicy, msg_id!("wizard-refund-known")),
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
            msg_id!("wizard-extension-cheaper")
        } else {
            msg_id!("wizard-late-cheaper")
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
    if let Ok(Some(return_by)) = input::parse_moment(&i.return_date, &i.return_time, &i.zone) {
        rental.return_by = Some(return_by);
    }
    if let Some(deadline) = rental.extension_deadline() {
        let passed = deadline.timestamp() < ctx.now.timestamp();
        let msg = Msg::new(if passed {
            msg_id!("wizard-deadline-passed")
        } else {
            msg_id!("wizard-deadline")
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

pub(super) fn recovery_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let card = ctx.card;
    let Some(stage) = r.failure_stage() else {
        return;
    };
    let [title, _, intro] = stage.words(card.kind, r.channel);
    ui.heading(tr.t(title));
    ui.add_space(theme::GAP_M);
    if stage == Stage::AfterPaying {
        warning_note(ui, &tr.t(intro));
    } else {
        paragraph(ui, tr.t(intro));
    }
    // At the payment, an order number (a charge) turns the advice to after paying.
    if r.recovery_from == Some(Step::Pay) {
        rows_ui(ui, ctx, "recovery_order", |ui, form| {
            let (order, width) = (&mut r.inputs.order_number, theme::FIELD_WIDTH);
            form.text_row_ui(ui, msg_id!("recovery-order-if-any"), order, (), width);
        });
    }
    let advice = recovery::advice_at(stage, &r.failed(card));
    let last = advice.len();
    for (n, item) in advice.into_iter().enumerate() {
        section_ui(ui, format!("{}. {}", n + 1, tr.msg(&item.title)));
        paragraph(ui, tr.msg(&item.detail));
        if n + 1 == last {
            support_facts_ui(ui, ctx, r);
        }
    }
    section_ui(ui, tr.t("recovery-note-title"));
    rows_ui(ui, ctx, "recovery_note", |ui, form| {
        form.notes_row_ui(ui, msg_id!("recovery-note"), &mut r.inputs.failure_note, ());
    });
}

/// Who to call and what to have ready: the support contact, the website,
/// the order number and the card's numbers.
fn support_facts_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &Renewal) {
    let (tr, card) = (ctx.tr, ctx.card);
    egui::Grid::new("recovery_facts")
        .num_columns(2)
        .spacing([theme::GAP_L, theme::GAP_M])
        .show(ui, |ui| {
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
}

pub(super) fn summary_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &Renewal) {
    let tr = ctx.tr;
    let card = ctx.card;
    let i = &r.inputs;
    paragraph(ui, tr.t("wizard-summary-intro"));
    let new_end = input::parse_moment(&i.new_date, &i.new_time, &i.zone)
        .ok()
        .flatten();
    egui::Grid::new("summary")
        .num_columns(2)
        .spacing([theme::GAP_L, theme::GAP_M])
        .show(ui, |ui| {
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
                            crate::i18n::format::moment(
                                tr,
                                &wizard::validity_start(card, new_end.as_ref(), ctx.now),
                            ),
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
    let open = r.unsettled(card, ctx.now, ctx.settings).len();
    if open > 0 {
        warning_note(
            ui,
            &tr.msg(&Msg::new("wizard-summary-open").arg("count", open)),
        );
    }
    if !r.is_complete() {
        warning_note(ui, &tr.t("wizard-summary-incomplete"));
    }
    hint_ui(ui, tr.t("wizard-summary-record-hint"));
}
