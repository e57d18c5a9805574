//! The renewal wizard as a pure state machine: which steps a renewal of a
//! card through a channel has, what each step needs before Next, where Back
//! and the step list may go, the "It didn't work" branch, and what recording
//! the renewal changes. No egui here: the screen in `ui/renew/` draws it.

mod checks;
mod steps;

use jiff::Zoned;

pub use crate::model::renewal::{EsimMode, Inputs, Renewal, Step};
pub use steps::steps_for;

use crate::i18n::Msg;
use crate::model::card::DataReading;
use crate::model::checklist::{self, ChecklistItem, Facts, Precaution};
use crate::model::history::{ChecklistEntry, Outcome, RenewalEvent};
use crate::model::input;
use crate::model::money::{self, Money};
pub use crate::model::recovery::{Failed, Stage};
use crate::model::settings::Settings;
use crate::model::{Card, Channel, Receipt, ReceiptId, plan};

/// What recording a renewal (or a failed attempt) produces, for the app to store.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    /// The card with its new validity, data, plan and history entry.
    pub card: Card,
    /// The receipt, when something was paid.
    pub receipt: Option<Receipt>,
}

impl Renewal {
    /// Starts a renewal of `card` through `channel`, with the fields filled in from the card.
    pub fn start(card: &Card, channel: Channel, now: &Zoned) -> Self {
        Self {
            card: card.id,
            channel,
            started_at: now.timestamp(),
            inputs: Inputs::from_card(card, channel),
            ..Self::default()
        }
    }

    /// The steps of this renewal, in order (the summary follows them).
    pub fn steps(&self) -> Vec<Step> {
        steps_for(self.channel)
    }

    /// Why Next is not possible on `step` yet; empty when it is.
    pub fn blockers(&self, step: Step, card: &Card) -> Vec<Msg> {
        checks::blockers(step, &self.inputs, card.kind, self.channel)
    }

    /// Whether the step list may jump to `step`: done steps, the current one,
    /// and the first step not done yet.
    pub fn can_go_to(&self, step: Step) -> bool {
        if step == self.current || self.done.contains(&step) {
            return true;
        }
        let steps = self.steps();
        let first_open = steps.iter().find(|s| !self.done.contains(s)).copied();
        match first_open {
            Some(open) => step == open,
            None => step == Step::Summary,
        }
    }

    /// Jumps to a step from the step list; false when it may not.
    pub fn go_to(&mut self, step: Step) -> bool {
        if self.recovery_from.is_some() || !self.can_go_to(step) {
            return false;
        }
        self.current = step;
        true
    }

    /// Completes the current step and moves on, or says why not.
    pub fn next(&mut self, card: &Card) -> Result<(), Vec<Msg>> {
        let blockers = self.blockers(self.current, card);
        if !blockers.is_empty() {
            return Err(blockers);
        }
        if self.current == Step::Summary {
            return Ok(());
        }
        self.done.insert(self.current);
        let steps = self.steps();
        let position = steps.iter().position(|s| *s == self.current);
        self.current = position
            .and_then(|p| steps.get(p + 1))
            .copied()
            .unwrap_or(Step::Summary);
        self.on_enter(card);
        Ok(())
    }

    /// Goes back one step; nothing is lost.
    pub fn back(&mut self) {
        let steps = self.steps();
        self.current = match self.current {
            Step::Summary => steps.last().copied().unwrap_or(Step::CheckCard),
            current => steps
                .iter()
                .position(|s| *s == current)
                .and_then(|p| p.checked_sub(1))
                .and_then(|p| steps.get(p))
                .copied()
                .unwrap_or(current),
        };
    }

    /// Whether Back can go anywhere.
    pub fn can_go_back(&self) -> bool {
        self.steps().first() != Some(&self.current) && self.recovery_from.is_none()
    }

    /// Fills in what a step can be given from earlier ones, when the person has not yet.
    fn on_enter(&mut self, card: &Card) {
        let i = &mut self.inputs;
        match self.current {
            Step::Pay if i.amount.trim().is_empty() => {
                if let Some(total) = i.expected_total(card.kind) {
                    i.amount = total.amount_text();
                    total.currency.code().clone_into(&mut i.currency);
                }
            }
            Step::Confirm if card.kind.is_rented_device() && i.new_date.trim().is_empty() => {
                if let (Ok(Some(end)), Ok(days)) = (
                    input::parse_moment(&i.return_date, &i.return_time, &i.zone),
                    i.extension_days(),
                ) && let Ok(new_end) = end.checked_add(jiff::Span::new().days(i64::from(days)))
                {
                    i.new_date = new_end.date().to_string();
                    i.new_time = new_end.strftime("%H:%M").to_string();
                }
            }
            _ => {}
        }
    }

    /// Changes how the card is renewed. The steps are reshaped; the payment
    /// preparation depends on the channel, so it must be done again.
    pub fn set_channel(&mut self, channel: Channel) {
        if channel == self.channel {
            return;
        }
        self.channel = channel;
        let steps = self.steps();
        self.done
            .retain(|s| steps.contains(s) && *s != Step::PreparePayment);
        if !steps.contains(&self.current) && self.current != Step::Summary {
            self.current = Step::ChooseHow;
        }
        if self.current == Step::Summary {
            self.current = steps
                .iter()
                .find(|s| !self.done.contains(s))
                .copied()
                .unwrap_or(Step::Summary);
        }
    }

    /// Whether "It didn't work" is offered on the current step: where
    /// renewals go wrong (the details refused, the payment refused, no data
    /// after paying).
    pub fn can_fail(&self) -> bool {
        matches!(self.current, Step::EnterDetails | Step::Pay | Step::Confirm)
            && self.recovery_from.is_none()
    }

    /// Where the renewal stopped working, while its recovery is shown: an
    /// order number noted means it was paid.
    pub fn failure_stage(&self) -> Option<Stage> {
        let step = self.recovery_from?;
        Some(Stage::of(step, self.channel, &self.inputs.order_number))
    }

    /// The failure of this renewal of `card`, for its advice.
    pub fn failed<'a>(&'a self, card: &Card) -> Failed<'a> {
        Failed {
            kind: card.kind,
            channel: self.channel,
            order_number: &self.inputs.order_number,
            notice_hours: card.rental.notice_hours,
        }
    }

    /// Opens the recovery steps for the current step.
    pub fn fail(&mut self) {
        if self.can_fail() {
            self.recovery_from = Some(self.current);
        }
    }

    /// Leaves the recovery steps to try the failed step again.
    pub fn retry(&mut self) {
        if let Some(step) = self.recovery_from.take() {
            self.current = step;
        }
    }

    /// Leaves the recovery steps to pay another way: back at the payment
    /// preparation, with everything typed kept (the note went into the history).
    pub fn try_another_way(&mut self) {
        self.recovery_from = None;
        self.inputs.failure_note.clear();
        self.done.retain(|s| {
            !matches!(
                s,
                Step::PreparePayment | Step::Pay | Step::Confirm | Step::KeepProof
            )
        });
        self.current = Step::PreparePayment;
    }

    /// Whether every step is done, so the summary can record the renewal.
    pub fn is_complete(&self) -> bool {
        self.steps().iter().all(|s| self.done.contains(s))
    }

    /// Ticks or unticks a precaution the person checks.
    pub fn set_ticked(&mut self, item: Precaution, ticked: bool) {
        if item.is_judged() {
            return;
        }
        if ticked {
            self.ticked.insert(item);
        } else {
            self.ticked.remove(&item);
        }
    }

    /// Whether the payment is made (for an automatic renewal: seen to go through).
    fn paid(&self) -> bool {
        let paid_step = if self.channel == Channel::Automatic {
            Step::KeepProof
        } else {
            Step::Pay
        };
        self.done.contains(&paid_step)
    }

    /// The precaution checklist as it stands now. The deadline is the card's
    /// plan, with what the renewal checked (validity end, data left, return).
    pub fn checklist(&self, card: &Card, now: &Zoned, settings: &Settings) -> Vec<ChecklistItem> {
        let i = &self.inputs;
        let mut checked = card.clone();
        if let Ok(Some(end)) = input::parse_moment(&i.validity_date, &i.validity_time, &i.zone) {
            checked.validity_end = Some(end);
            // The end checked with the provider overrides an activation rule.
            checked.activation = None;
        }
        if card.kind.is_rented_device()
            && let Ok(Some(return_by)) =
                input::parse_moment(&i.return_date, &i.return_time, &i.zone)
        {
            checked.rental.return_by = Some(return_by);
        }
        if let Ok(Some(remaining_mb)) = input::parse_data_mb(&i.remaining)
            && Some(remaining_mb) != card.remaining_data_mb
        {
            checked.add_reading(DataReading {
                at: now.timestamp(),
                remaining_mb,
            });
        }
        let paid = self.paid();
        let renewed_until = if paid {
            input::parse_moment(&i.new_date, &i.new_time, &i.zone)
                .ok()
                .flatten()
        } else {
            None
        };
        let plan = plan::plan(&checked, now, settings);
        let facts = Facts {
            plan: &plan,
            ids: &i.ids,
            order_number: &i.order_number,
            paid,
            renewed_until: renewed_until.as_ref(),
            now,
        };
        checklist::checklist(self.channel, &facts, &self.ticked)
    }

    /// The precautions not yet done or ticked, to ask about before recording;
    /// once paid, not those about deciding to buy.
    pub fn unsettled(&self, card: &Card, now: &Zoned, settings: &Settings) -> Vec<ChecklistItem> {
        let paid = self.paid();
        self.checklist(card, now, settings)
            .into_iter()
            .filter(|item| !item.state.is_settled())
            .filter(|item| !(paid && item.item.settled_by_paying()))
            .collect()
    }

    fn history_entry(
        &self,
        card: &Card,
        now: &Zoned,
        settings: &Settings,
        outcome: Outcome,
    ) -> RenewalEvent {
        RenewalEvent {
            at: now.timestamp(),
            outcome,
            channel: self.channel,
            receipt: None,
            previous_validity_end: card.validity_end.clone(),
            new_validity_end: card.validity_end.clone(),
            note: String::new(),
            order_number: String::new(),
            checklist: self
                .checklist(card, now, settings)
                .into_iter()
                .map(|item| ChecklistEntry {
                    item: item.item,
                    state: item.state,
                })
                .collect(),
        }
    }

    /// Records the renewal: the card's new validity, data and plan, a receipt,
    /// and a history entry with the checklist. Fails while a step is not done.
    pub fn record(
        &self,
        card: &Card,
        now: &Zoned,
        settings: &Settings,
    ) -> Result<Recorded, Vec<Msg>> {
        let steps = self.steps();
        if let Some(step) = steps.iter().find(|s| !self.done.contains(s)) {
            return Err(vec![
                Msg::new("wizard-need-step").arg("step", Msg::new(step.title_id(card.kind))),
            ]);
        }
        let blockers: Vec<Msg> = steps.iter().flat_map(|s| self.blockers(*s, card)).collect();
        if !blockers.is_empty() {
            return Err(blockers);
        }
        let i = &self.inputs;
        let mut event = self.history_entry(card, now, settings, Outcome::Renewed);
        let new_end = input::parse_moment(&i.new_date, &i.new_time, &i.zone)
            .ok()
            .flatten();
        let amount = if i.amount.trim().is_empty() {
            None
        } else {
            parse_money(&i.amount, &i.currency).ok()
        };

        let mut updated = card.clone();
        if new_end.is_some() {
            updated.validity_end.clone_from(&new_end);
            // The provider showed the new end; an old activation rule no longer applies.
            updated.activation = None;
        }
        if card.kind.is_rented_device() {
            if new_end.is_some() {
                updated.rental.return_by.clone_from(&new_end);
            }
            if let Ok(Some(fee)) = i.late_fee_money() {
                updated.rental.late_fee_per_day = Some(fee);
            }
            i.return_place
                .trim()
                .clone_into(&mut updated.rental.return_place);
        }
        // A renewal starts a new period: the data read now is its first
        // reading; without one, what was left before says nothing about now.
        match input::parse_data_mb(&i.new_remaining) {
            Ok(Some(remaining_mb)) => updated.add_reading(DataReading {
                at: now.timestamp(),
                remaining_mb,
            }),
            _ => updated.remaining_data_mb = None,
        }
        if self.channel != Channel::Automatic {
            i.plan_name.trim().clone_into(&mut updated.plan.name);
            updated.plan.kind = i.plan_kind;
            if let Ok(price) = parse_money(&i.price, &i.currency) {
                updated.plan.price = Some(price);
            }
            i.payment_label
                .trim()
                .clone_into(&mut updated.payment.label);
            i.last_four
                .trim()
                .clone_into(&mut updated.payment.last_four);
        }
        updated.ids = i.ids.for_kind(card.kind);
        if card.kind.installs_from_code() && !i.eid.trim().is_empty() {
            i.eid.trim().clone_into(&mut updated.ids.eid);
        }

        let receipt = amount.map(|amount| Receipt {
            id: ReceiptId::new_random(),
            date: now.date(),
            card: Some(card.id),
            card_label: card.label.clone(),
            provider: card.provider.clone(),
            plan: if i.plan_name.trim().is_empty() {
                card.plan.name.clone()
            } else {
                i.plan_name.trim().to_owned()
            },
            channel: self.channel,
            amount,
            order_number: i.order_number.trim().to_owned(),
            valid_from: Some(validity_start(card, new_end.as_ref(), now)),
            valid_until: new_end.clone(),
            notes: i.notes.trim().to_owned(),
            attachments: Vec::new(),
            // Who paid and what the statement says are added on the receipt.
            paid_by: None,
            charged: None,
            trip: None,
            shared_by: Vec::new(),
            updated_at: None,
        });
        event.receipt = receipt.as_ref().map(|r| r.id);
        event.new_validity_end.clone_from(&updated.validity_end);
        i.notes.trim().clone_into(&mut event.note);
        updated.history.push(event);
        Ok(Recorded {
            card: updated,
            receipt,
        })
    }

    /// Records a failed attempt: the card is unchanged but for a history entry with `note`.
    pub fn record_failure(&self, card: &Card, now: &Zoned, settings: &Settings) -> Recorded {
        let mut event = self.history_entry(card, now, settings, Outcome::Failed);
        self.inputs.failure_note.trim().clone_into(&mut event.note);
        // Stopped after paying: the payment may yet go through; the next
        // renewal of the card is told of this order.
        self.inputs
            .order_number
            .trim()
            .clone_into(&mut event.order_number);
        let mut updated = card.clone();
        updated.history.push(event);
        Recorded {
            card: updated,
            receipt: None,
        }
    }
}

/// Reads money, or says what is wrong.
pub(crate) fn parse_money(amount: &str, currency: &str) -> Result<Money, Msg> {
    let amount = money::parse_amount(amount).map_err(|e| e.message())?;
    let currency = money::parse_currency(currency).map_err(|e| e.message())?;
    Ok(Money::new(amount, currency))
}

#[cfg(test)]
mod tests;

/// When the validity a renewal buys starts, as its summary shows it and its
/// receipt keeps it: where the old validity ends, when that is still ahead
/// (a renewal extends it), else now; in the new end's zone.
pub fn validity_start(card: &Card, new_end: Option<&Zoned>, now: &Zoned) -> Zoned {
    let zone = new_end.map_or_else(|| now.time_zone().clone(), |e| e.time_zone().clone());
    match &card.validity_end {
        Some(old) if old.timestamp() > now.timestamp() => old.with_time_zone(zone),
        _ => now.with_time_zone(zone),
    }
}
