//! Sending the reminders that have come due, once each, as desktop
//! notifications: `koshin remind` (run hourly by the system's scheduler) and
//! the open app call the same function. Only `reminders.ron` is written; the
//! archive is only read, so this runs while the app is open.

use std::path::Path;

use jiff::Zoned;

use super::{Level, Outcome, Said};
use crate::i18n::{I18n, Msg};
use crate::model::Archive;
use crate::model::alarms::{self, Reminder};
use crate::notifications::{Notification, Notifier};
pub use crate::store::reminders::RunBy;
use crate::store::reminders::{self as state, LastRun};

/// The notification of a reminder, in the language of `tr`.
pub fn notification(reminder: &Reminder, tr: &I18n) -> Notification {
    Notification {
        summary: tr.msg(&reminder.summary),
        body: reminder
            .body
            .iter()
            .map(|line| tr.msg(line))
            .collect::<Vec<_>>()
            .join("\n"),
        critical: reminder.critical,
    }
}

/// Sends one notification per card whose alarms came due at `now` and were
/// not sent yet, and remembers them in `reminders.ron` in `dir`.
///
/// When the desktop does not answer, the command line (`by` [`RunBy::Command`])
/// fails and marks nothing as sent, so the next run tries again; the app
/// (`RunBy::App`) shows the reminders in its window all the same and marks them.
pub fn send_due(
    archive: &Archive,
    dir: &Path,
    now: &Zoned,
    tr: &I18n,
    notifier: &mut dyn Notifier,
    by: RunBy,
) -> Outcome {
    run(archive, dir, now, tr, Some(notifier), by)
}

/// Marks the reminders due at `now` as sent without sending them: the app
/// does this when it opens, as its Overview says the same.
pub fn mark_due_as_shown(archive: &Archive, dir: &Path, now: &Zoned, tr: &I18n) -> Outcome {
    run(archive, dir, now, tr, None, RunBy::App)
}

fn run(
    archive: &Archive,
    dir: &Path,
    now: &Zoned,
    tr: &I18n,
    mut notifier: Option<&mut dyn Notifier>,
    by: RunBy,
) -> Outcome {
    let loaded = match state::load(dir, now.timestamp()) {
        Ok(loaded) => loaded,
        Err(error) => return Outcome::failed(error.message()),
    };
    let mut outcome = Outcome::nothing();
    if let Some(set_aside) = loaded.set_aside {
        outcome = outcome.say(Level::Warning, set_aside);
    }
    let mut remembered = loaded.state;
    let due = alarms::reminders(archive, now, |key| remembered.was_sent(key));
    if due.is_empty() && notifier.is_none() {
        return outcome;
    }
    let mut last = LastRun {
        at: Some(now.timestamp()),
        by,
        sent: Vec::new(),
        error: None,
    };
    let mut desktop_answers = true;
    for reminder in &due {
        if let Some(notifier) = notifier.as_deref_mut() {
            let note = notification(reminder, tr);
            let sent = if desktop_answers {
                notifier.notify(&note)
            } else {
                Ok(())
            };
            if let Err(detail) = sent {
                let error = Msg::new("remind-no-service").arg("detail", detail.as_str());
                last.error = Some(tr.msg(&error));
                log::warn!("{}", error.loggable());
                if by == RunBy::Command {
                    outcome = outcome.and(Outcome::failed(error));
                    break;
                }
                // In the window the reminders show as notices all the same: say
                // it once, in the person's words, the system's behind Details.
                desktop_answers = false;
                outcome.said.push(Said {
                    level: Level::Warning,
                    msg: Msg::new(NO_DESKTOP_NOTIFICATIONS),
                    details: vec![Msg::new("notice-details").arg("detail", detail)],
                });
            }
            last.sent.push(note.summary.clone());
            outcome.said.push(Said {
                level: Level::Warning,
                msg: reminder.summary.clone(),
                details: reminder.body.clone(),
            });
        }
        for key in &reminder.keys {
            remembered.sent.insert(key.clone(), now.timestamp());
        }
    }
    if due.is_empty() && by == RunBy::Command {
        outcome = outcome.say(Level::Info, Msg::new("remind-nothing-due"));
    }
    // The app checks every minute; only its runs that sent something are
    // worth remembering as the last run.
    if by == RunBy::Command || !last.sent.is_empty() {
        remembered.last_run = last;
    }
    remembered.prune(now.timestamp());
    if let Err(error) = state::save(dir, &remembered) {
        return outcome.and(Outcome::failed(error.message()));
    }
    outcome
}

/// The message the app shows when the desktop does not take notifications.
pub const NO_DESKTOP_NOTIFICATIONS: &str = msg_id!("remind-no-service-app");

/// Shows a test notification, so the person sees that reminders can reach them.
pub fn send_test(tr: &I18n, notifier: &mut dyn Notifier) -> Outcome {
    let note = Notification {
        summary: tr.t("remind-test-summary"),
        body: tr.t("remind-test-body"),
        critical: false,
    };
    match notifier.notify(&note) {
        Ok(()) => Outcome::success(false, Msg::new("remind-test-sent")),
        Err(detail) => Outcome::failed(Msg::new("remind-no-service").arg("detail", detail)),
    }
}

/// How the last run went, as lines to show: when, who, what it sent, any error.
pub fn last_run_lines(dir: &Path, now: &Zoned) -> Vec<Msg> {
    let Ok(loaded) = state::read(dir) else {
        return vec![Msg::new("remind-last-run-unreadable")];
    };
    let run = loaded.last_run;
    let Some(at) = run.at else {
        return vec![Msg::new("remind-never-ran")];
    };
    let at = at.to_zoned(now.time_zone().clone());
    let by = match run.by {
        RunBy::Command => msg_id!("remind-by-command"),
        RunBy::App => msg_id!("remind-by-app"),
    };
    let mut lines = vec![
        Msg::new("remind-last-run")
            .arg("moment", crate::i18n::Arg::deadline(&at, now.time_zone()))
            .arg("by", Msg::new(by)),
    ];
    if run.sent.is_empty() {
        lines.push(Msg::new("remind-last-run-nothing"));
    }
    lines.extend(
        run.sent
            .iter()
            .map(|summary| Msg::new("remind-last-run-sent").arg("summary", summary.as_str())),
    );
    if let Some(error) = run.error {
        lines.push(Msg::new("remind-last-run-error").arg("detail", error));
    }
    lines
}

#[cfg(test)]
mod tests;
