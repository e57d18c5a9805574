//! What each step needs before Next: one function per step, each returning
//! the reasons Next is not possible yet, in words for the person.

use crate::i18n::Msg;
use crate::model::card::is_last_four;
use crate::model::identifiers::{find_payment_card, order_number_question};
use crate::model::input;
use crate::model::renewal::Step;
use crate::model::renewal::{EsimMode, Inputs};
use crate::model::{CardKind, Channel};

/// The reasons collected for one step.
#[derive(Default)]
struct Blockers(Vec<Msg>);

impl Blockers {
    /// Adds `id` unless `ok`.
    fn require(&mut self, ok: bool, id: &'static str) {
        if !ok {
            self.0.push(Msg::new(id));
        }
    }

    /// Adds the error of `result`, if any.
    fn check(&mut self, result: Result<(), Msg>) {
        if let Err(msg) = result {
            self.0.push(msg);
        }
    }

    /// Refuses a payment card number typed into the field `field_id`.
    fn refuse_card_number(&mut self, field_id: &'static str, text: &str) {
        if let Some(found) = find_payment_card(text) {
            self.0.push(found.message(Msg::new(field_id)));
        }
    }

    /// Asks about an order number that looks like a card number, until the
    /// person says it is the order number.
    fn order_number(&mut self, i: &Inputs) {
        if let Some(question) = order_number_question(&i.order_number, i.order_is_not_card) {
            self.0.push(question);
        }
    }

    /// Checks an amount that may be left empty.
    fn optional_money(&mut self, amount: &str, currency: &str) {
        if !amount.trim().is_empty() {
            self.check(super::parse_money(amount, currency).map(|_| ()));
        }
    }
}

fn required_moment(date: &str, time: &str, zone: &str, missing: &'static str) -> Result<(), Msg> {
    match input::parse_moment(date, time, zone) {
        Ok(Some(_)) => Ok(()),
        Ok(None) => Err(Msg::new(missing)),
        Err(error) => Err(error.message()),
    }
}

fn optional_data(text: &str) -> Result<(), Msg> {
    input::parse_data_mb(text)
        .map(|_| ())
        .map_err(|e| e.message())
}

/// Why Next is not possible on `step` yet.
pub fn blockers(step: Step, i: &Inputs, kind: CardKind, channel: Channel) -> Vec<Msg> {
    let mut b = Blockers::default();
    match step {
        Step::CheckCard => {
            b.check(required_moment(
                &i.validity_date,
                &i.validity_time,
                &i.zone,
                msg_id!("wizard-need-validity"),
            ));
            b.check(optional_data(&i.remaining));
        }
        Step::CheckDevice => check_device(&mut b, i, kind),
        Step::ChooseHow | Step::Summary => {}
        Step::PreparePayment => {
            if channel == Channel::Automatic {
                b.require(
                    i.auto_renew_on && i.card_on_file_valid,
                    msg_id!("wizard-need-auto-checks"),
                );
            } else {
                b.require(
                    !i.payment_label.trim().is_empty(),
                    msg_id!("wizard-need-payment"),
                );
            }
            b.require(is_last_four(&i.last_four), msg_id!("card-error-last-four"));
            b.refuse_card_number(msg_id!("field-payment-label"), &i.payment_label);
        }
        Step::ChoosePlan => {
            b.require(
                !i.plan_name.trim().is_empty(),
                msg_id!("wizard-need-plan-name"),
            );
            b.optional_money(&i.price, &i.currency);
            if kind.is_rented_device() {
                b.check(i.extension_days().map(|_| ()));
                b.optional_money(&i.late_fee, &i.currency);
            }
            b.refuse_card_number(msg_id!("field-plan-name"), &i.plan_name);
        }
        Step::EnterDetails => {
            if let Some(&main) = kind.id_fields().first()
                && i.ids.value(main).trim().is_empty()
            {
                b.0.push(
                    Msg::new("wizard-need-identifier").arg("field", Msg::new(main.label_id())),
                );
            }
            for &field in kind.id_fields() {
                if field.is_free_text() {
                    b.refuse_card_number(field.label_id(), i.ids.value(field));
                }
            }
        }
        Step::Pay => {
            b.require(!i.amount.trim().is_empty(), msg_id!("wizard-need-amount"));
            if !i.amount.trim().is_empty() {
                b.check(super::parse_money(&i.amount, &i.currency).and_then(|m| {
                    if m.amount.is_zero() {
                        Err(Msg::new("wizard-need-amount"))
                    } else {
                        Ok(())
                    }
                }));
            }
            b.order_number(i);
        }
        Step::Confirm => {
            b.check(required_moment(
                &i.new_date,
                &i.new_time,
                &i.zone,
                msg_id!("wizard-need-new-validity"),
            ));
            b.check(optional_data(&i.new_remaining));
        }
        Step::KeepProof => {
            b.optional_money(&i.amount, &i.currency);
            b.order_number(i);
            b.refuse_card_number(msg_id!("field-notes"), &i.notes);
        }
    }
    b.0
}

fn check_device(b: &mut Blockers, i: &Inputs, kind: CardKind) {
    match kind {
        CardKind::Sim => b.require(
            i.phone_unlocked && i.bands_ok,
            msg_id!("wizard-need-sim-device"),
        ),
        CardKind::Esim => {
            b.require(i.esim_supported, msg_id!("wizard-need-esim-support"));
            b.require(
                i.esim_mode == EsimMode::TopUp || i.connection_ok,
                msg_id!("wizard-need-connection"),
            );
        }
        CardKind::PocketWifi => {
            b.check(required_moment(
                &i.return_date,
                &i.return_time,
                &i.zone,
                msg_id!("wizard-need-return"),
            ));
        }
    }
}
