//! The renewal plan: when each card must be renewed by, how urgent that is,
//! and when its data will run out at the recent rate of use.
//!
//! Every function takes the present moment as an argument; nothing here
//! reads the clock.

use jiff::{SignedDuration, Timestamp, ToSpan, Zoned};
use serde::Serialize;

use super::archive::Archive;
use super::card::{Card, DataReading};
use super::settings::Settings;
use crate::i18n::{Arg, Msg};

/// How many of the newest readings the usage rate is fitted from.
pub const READINGS_FITTED: usize = 8;

/// What the person must do about a card: the four states of a card, named for
/// what to do, and a fifth when nothing is known to plan from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// The validity ended, or the data is used up (recorded or projected): it no longer works.
    Stopped,
    /// The renew-by moment has passed, but the card still works.
    RenewNow,
    /// The renew-by moment is within the reminder window.
    Soon,
    /// Nothing to do before the reminder window.
    Fine,
    /// No validity end and no data projection: nothing to plan from.
    Unknown,
}

impl Urgency {
    /// The message id of the state's name, as its mark shows it.
    pub fn label_id(self) -> &'static str {
        msg_ids!(match self {
            Urgency::Stopped => "urgency-stopped",
            Urgency::RenewNow => "urgency-renew-now",
            Urgency::Soon => "urgency-soon",
            Urgency::Fine => "urgency-fine",
            Urgency::Unknown => "urgency-unknown",
        })
    }
}

/// Why a card stopped working.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stop {
    /// Its validity (or the rental) ended.
    Ended,
    /// Its data is used up, as read or as projected from the readings.
    DataUsedUp,
}

/// Which deadline the renew-by moment comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The validity ends (minus the lead time).
    ValidityEnds,
    /// The data runs out at the present rate (minus a day).
    DataRunsOut,
    /// The router must be returned (minus the lead time).
    ReturnDue,
    /// The rental company's deadline for extension requests.
    ExtensionNotice,
}

/// The usage fitted from the readings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    /// Data used per day, in megabytes (0 when none is used).
    pub mb_per_day: f64,
    /// When the data runs out at that rate; `None` when it is not being used up.
    pub run_out: Option<Timestamp>,
    /// The readings the fit used (since the last top-up).
    pub readings_used: usize,
}

/// Fits the usage rate to the readings since the period began (`since`: the
/// last renewal) and since the last top-up (a reading higher than the one
/// before it), with least squares over the newest [`READINGS_FITTED`] of them.
pub fn project(readings: &[DataReading], since: Option<Timestamp>) -> Option<Projection> {
    let mut sorted: Vec<DataReading> = readings
        .iter()
        .filter(|r| since.is_none_or(|start| r.at >= start))
        .copied()
        .collect();
    sorted.sort_by_key(|r| r.at);
    let since_top_up = sorted
        .windows(2)
        .rposition(|pair| pair[1].remaining_mb > pair[0].remaining_mb)
        .map_or(0, |i| i + 1);
    let segment = &sorted[since_top_up..];
    let fitted = &segment[segment.len().saturating_sub(READINGS_FITTED)..];
    if fitted.len() < 2 {
        return None;
    }
    let origin = fitted[0].at;
    #[expect(
        clippy::cast_precision_loss,
        reason = "hours and megabytes are far below 2^52"
    )]
    let points: Vec<(f64, f64)> = fitted
        .iter()
        .map(|r| {
            let hours = (r.at.as_second() - origin.as_second()) as f64 / 3600.0;
            (hours, r.remaining_mb as f64)
        })
        .collect();
    #[expect(clippy::cast_precision_loss, reason = "at most eight points")]
    let n = points.len() as f64;
    let mean_x = points.iter().map(|p| p.0).sum::<f64>() / n;
    let mean_y = points.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = points.iter().map(|p| (p.0 - mean_x).powi(2)).sum();
    if sxx <= f64::EPSILON {
        return None;
    }
    let sxy: f64 = points.iter().map(|p| (p.0 - mean_x) * (p.1 - mean_y)).sum();
    let slope = sxy / sxx; // megabytes per hour, negative while data is used
    let last = fitted[fitted.len() - 1];
    if slope >= -1e-9 {
        return Some(Projection {
            mb_per_day: 0.0,
            run_out: None,
            readings_used: fitted.len(),
        });
    }
    let intercept = mean_y - slope * mean_x;
    let zero_hours = -intercept / slope;
    #[expect(
        clippy::cast_possible_truncation,
        reason = "seconds of a projection fit in i64"
    )]
    let run_out_seconds = origin.as_second() + (zero_hours * 3600.0).round() as i64;
    let run_out = if last.remaining_mb == 0 {
        last.at
    } else {
        Timestamp::from_second(run_out_seconds.max(last.at.as_second())).ok()?
    };
    Some(Projection {
        mb_per_day: -slope * 24.0,
        run_out: Some(run_out),
        readings_used: fitted.len(),
    })
}

/// Everything the overview shows about one card.
#[derive(Debug, Clone, PartialEq)]
pub struct CardPlan<'a> {
    /// The card.
    pub card: &'a Card,
    /// When the validity ends, in the provider's time zone.
    pub validity_end: Option<Zoned>,
    /// The moment to renew by.
    pub renew_by: Option<Zoned>,
    /// Which deadline set the renew-by moment.
    pub reason: Option<Reason>,
    /// What the person must do.
    pub urgency: Urgency,
    /// Why it stopped working, when it did.
    pub stopped: Option<Stop>,
    /// When it stops (or stopped) working: the earlier of the validity end and the run-out.
    pub works_until: Option<Zoned>,
    /// The fitted usage.
    pub projection: Option<Projection>,
    /// When the data runs out, in the provider's time zone.
    pub run_out: Option<Zoned>,
    /// Pocket WiFi: the return moment.
    pub return_by: Option<Zoned>,
    /// Pocket WiFi: the last moment to ask for an extension.
    pub extension_deadline: Option<Zoned>,
    /// Whether the data left is below the low-data threshold.
    pub low_data: bool,
    /// The lead time the renew-by moment was reckoned with, in days.
    pub lead_time_days: i64,
}

/// When the present period of a card began: its last renewal, if any.
pub fn period_start(card: &Card) -> Option<Timestamp> {
    card.history
        .iter()
        .filter(|e| e.outcome == super::history::Outcome::Renewed)
        .map(|e| e.at)
        .max()
}

/// The validity end of a card: from its activation rule when it has one.
pub fn validity_end(card: &Card) -> Option<Zoned> {
    card.activation
        .as_ref()
        .and_then(super::card::Activation::validity_end)
        .or_else(|| card.validity_end.clone())
}

/// `moment` minus `days` calendar days in its own time zone (23:59 stays 23:59 across DST).
fn days_before(moment: &Zoned, days: i64) -> Option<Zoned> {
    moment.checked_sub(days.days()).ok()
}

/// Whether the data left is below `percent` of the allowance.
pub fn is_low_on_data(card: &Card, percent: u8) -> bool {
    match (card.remaining_data_mb, card.data_allowance_mb) {
        (Some(left), Some(allowance)) if allowance > 0 => {
            u128::from(left) * 100 < u128::from(allowance) * u128::from(percent)
        }
        _ => false,
    }
}

/// What must be done about a card whose renew-by moment is `renew_by`, at
/// `now`, with a reminder window of `window_days`.
pub fn urgency(renew_by: Option<&Zoned>, stopped: bool, now: &Zoned, window_days: i64) -> Urgency {
    let Some(renew_by) = renew_by else {
        return if stopped {
            Urgency::Stopped
        } else {
            Urgency::Unknown
        };
    };
    if stopped {
        Urgency::Stopped
    } else if renew_by.timestamp() < now.timestamp() {
        Urgency::RenewNow
    } else if renew_by.timestamp() < now.timestamp() + SignedDuration::from_hours(window_days * 24)
    {
        Urgency::Soon
    } else {
        Urgency::Fine
    }
}

/// Plans one card at `now`.
pub fn plan<'a>(card: &'a Card, now: &Zoned, settings: &Settings) -> CardPlan<'a> {
    let lead = settings.lead_time_days;
    let validity_end = validity_end(card);
    let zone = validity_end.as_ref().map_or_else(
        || jiff::tz::TimeZone::get(super::input::JAPAN_ZONE).unwrap_or(jiff::tz::TimeZone::UTC),
        |end| end.time_zone().clone(),
    );
    let projection = project(&card.readings, period_start(card));
    let run_out = projection
        .and_then(|p| p.run_out)
        .map(|at| at.to_zoned(zone.clone()));
    let router = card.kind.is_rented_device();
    let return_by = if router {
        card.rental.return_by.clone()
    } else {
        None
    };
    let extension_deadline = if router {
        card.rental.extension_deadline()
    } else {
        None
    };

    let mut candidates: Vec<(Zoned, Reason)> = Vec::new();
    if let Some(end) = validity_end.as_ref().and_then(|e| days_before(e, lead)) {
        candidates.push((end, Reason::ValidityEnds));
    }
    if let Some(out) = run_out.as_ref().and_then(|o| days_before(o, 1)) {
        candidates.push((out, Reason::DataRunsOut));
    }
    if let Some(back) = return_by.as_ref().and_then(|r| days_before(r, lead)) {
        candidates.push((back, Reason::ReturnDue));
    }
    if let Some(deadline) = &extension_deadline {
        candidates.push((deadline.clone(), Reason::ExtensionNotice));
    }
    let earliest = candidates.into_iter().min_by_key(|(at, _)| at.timestamp());
    let (renew_by, reason) = match earliest {
        Some((at, reason)) => (Some(at), Some(reason)),
        None => (None, None),
    };

    // It works until the validity (or the rental) ends or the data runs out.
    let ends = [validity_end.as_ref(), return_by.as_ref()]
        .into_iter()
        .flatten()
        .min_by_key(|m| m.timestamp())
        .cloned();
    let works_until = [ends.as_ref(), run_out.as_ref()]
        .into_iter()
        .flatten()
        .min_by_key(|m| m.timestamp())
        .cloned();
    let passed = |m: &Option<Zoned>| m.as_ref().is_some_and(|m| m.timestamp() <= now.timestamp());
    let stopped = if passed(&ends) {
        Some(Stop::Ended)
    } else if card.remaining_data_mb == Some(0) || passed(&run_out) {
        Some(Stop::DataUsedUp)
    } else {
        None
    };
    let window = settings.reminder_window_days();
    CardPlan {
        card,
        urgency: urgency(renew_by.as_ref(), stopped.is_some(), now, window),
        stopped,
        works_until,
        validity_end,
        renew_by,
        reason,
        projection,
        run_out,
        return_by,
        extension_deadline,
        low_data: is_low_on_data(card, settings.low_data_percent),
        lead_time_days: lead,
    }
}

impl CardPlan<'_> {
    /// What to do and by when, in one line: "Renew by …", "Renew today: it
    /// still works until …", "It stopped working …".
    pub fn headline(&self, now: &Zoned) -> Msg {
        let local = now.time_zone();
        let at = |id: &'static str, moment: &Zoned| {
            Msg::new(id)
                .arg("deadline", Arg::deadline(moment, local))
                .arg("countdown", Arg::countdown(now, moment))
        };
        match (self.urgency, &self.works_until, &self.renew_by) {
            (Urgency::Stopped, Some(end), _) if self.stopped == Some(Stop::Ended) => {
                at(msg_id!("plan-stopped-ended"), end)
            }
            (Urgency::Stopped, _, _) if self.card.remaining_data_mb == Some(0) => {
                Msg::new("plan-stopped-data-read")
            }
            (Urgency::Stopped, Some(out), _) => at(msg_id!("plan-stopped-data-projected"), out),
            (Urgency::RenewNow, Some(until), _) => at(msg_id!("plan-renew-now"), until),
            (_, _, Some(renew_by)) => at(msg_id!("plan-renew-by"), renew_by),
            _ => Msg::new("plan-no-dates"),
        }
    }

    /// Why the renew-by moment is then, in plain words: "3 days before it
    /// ends — your lead time in Settings".
    /// Once the renew-by moment has passed, the headline counts down to when
    /// it stops working; when the data runs out before the validity ends, that
    /// is what the reason says.
    pub fn reason_msg(&self, now: &Zoned) -> Option<Msg> {
        let days = self.lead_time_days;
        if self.urgency == Urgency::RenewNow
            && self.reason != Some(Reason::DataRunsOut)
            && let (Some(out), Some(until)) = (&self.run_out, &self.works_until)
            && out.timestamp() == until.timestamp()
        {
            let moment = Arg::deadline(out, now.time_zone());
            return Some(Msg::new("reason-data-first").arg("moment", moment));
        }
        Some(match self.reason? {
            Reason::ValidityEnds => Msg::new("reason-validity").arg("days", days),
            Reason::ReturnDue => Msg::new("reason-return").arg("days", days),
            Reason::ExtensionNotice => {
                Msg::new("reason-notice").arg("hours", self.card.rental.notice_hours)
            }
            Reason::DataRunsOut => {
                let out = self.run_out.as_ref()?;
                Msg::new("reason-data").arg("moment", Arg::deadline(out, now.time_zone()))
            }
        })
    }

    /// What to do about a card that stopped working, for its kind.
    pub fn stopped_advice(&self, now: &Zoned) -> Option<Msg> {
        let stop = self.stopped?;
        let card = self.card;
        let id = card.kind.stopped_advice_id(stop == Stop::DataUsedUp);
        if !card.kind.is_rented_device() {
            return Some(Msg::new(id));
        }
        let fee = card
            .rental
            .late_fee_per_day
            .map_or_else(String::new, |fee| fee.to_string());
        Some(match &self.return_by {
            Some(back) => Msg::new(id)
                .arg("deadline", Arg::deadline(back, now.time_zone()))
                .arg("place", card.rental.return_place.as_str())
                .arg("fee", fee),
            None => Msg::new("stopped-wifi-no-date"),
        })
    }
}

/// Every active card, most urgent first: stopped, renew now, soon, then by
/// renew-by moment; cards without one last.
pub fn overview<'a>(archive: &'a Archive, now: &Zoned) -> Vec<CardPlan<'a>> {
    let mut plans: Vec<CardPlan<'a>> = archive
        .cards
        .iter()
        .filter(|card| !card.archived)
        .map(|card| plan(card, now, &archive.settings))
        .collect();
    plans.sort_by(|a, b| {
        let key = |p: &CardPlan<'_>| p.renew_by.as_ref().map(Zoned::timestamp);
        let state = |p: &CardPlan<'_>| p.urgency.min(Urgency::Fine);
        state(a)
            .cmp(&state(b))
            .then_with(|| match (key(a), key(b)) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
            .then_with(|| {
                a.card
                    .label
                    .to_lowercase()
                    .cmp(&b.card.label.to_lowercase())
            })
    });
    plans
}

/// The cards to renew within `days` of `now` (overdue ones included), most urgent first.
pub fn due<'a>(archive: &'a Archive, now: &Zoned, days: u32) -> Vec<CardPlan<'a>> {
    let horizon = now.timestamp() + SignedDuration::from_hours(i64::from(days) * 24);
    overview(archive, now)
        .into_iter()
        .filter(|p| {
            p.renew_by
                .as_ref()
                .is_some_and(|at| at.timestamp() <= horizon)
        })
        .collect()
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod state_tests;
