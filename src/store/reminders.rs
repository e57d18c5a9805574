//! What the reminders have sent, in `reminders.ron` beside the archive: the
//! key of every alarm sent (so none goes out twice) and how the last run went
//! (so Settings and `koshin remind status` can show that the scheduler runs).
//!
//! The archive is never written here: `koshin remind` runs while the app is
//! open. The file is small and written atomically; a damaged one is set aside
//! (renamed) and the reminders start afresh, with a message, never a crash.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use super::{StoreError, write_atomic};
use crate::i18n::Msg;

/// The state file's name in the data folder.
pub const REMINDERS_FILE: &str = "reminders.ron";

/// How long the key of a sent alarm is kept: long after its deadline passed.
pub const SENT_KEPT_DAYS: i64 = 120;

/// Who ran the reminders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunBy {
    /// `koshin remind`, from the system's scheduler or a terminal.
    #[default]
    Command,
    /// The open app.
    App,
}

/// How one run went.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LastRun {
    /// When it ran.
    pub at: Option<Timestamp>,
    /// Who ran it.
    pub by: RunBy,
    /// The headline of each reminder it sent, in the archive's language.
    pub sent: Vec<String>,
    /// Why it could not send, when it could not.
    pub error: Option<String>,
}

/// The contents of `reminders.ron`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ReminderState {
    /// The key of each alarm sent, and when.
    pub sent: BTreeMap<String, Timestamp>,
    /// The last run.
    pub last_run: LastRun,
}

impl ReminderState {
    /// Whether the alarm with this key was sent.
    pub fn was_sent(&self, key: &str) -> bool {
        self.sent.contains_key(key)
    }

    /// Forgets keys sent more than [`SENT_KEPT_DAYS`] before `now`.
    pub fn prune(&mut self, now: Timestamp) {
        let oldest = now - SignedDuration::from_hours(SENT_KEPT_DAYS * 24);
        self.sent.retain(|_, at| *at >= oldest);
    }
}

/// The state file of the data folder `dir`.
pub fn path(dir: &Path) -> PathBuf {
    dir.join(REMINDERS_FILE)
}

/// The state as read, and what to tell the person about it.
#[derive(Debug)]
pub struct LoadedState {
    /// The state (empty when there was none or it was damaged).
    pub state: ReminderState,
    /// Set when a damaged file was set aside: where it went.
    pub set_aside: Option<Msg>,
}

/// Reads the state of `dir`. A missing file is an empty state; a damaged one
/// is renamed to `reminders.damaged-<time>.ron` and an empty state returned.
pub fn load(dir: &Path, now: Timestamp) -> Result<LoadedState, StoreError> {
    let file = path(dir);
    let text = match std::fs::read(&file) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Ok(LoadedState {
                state: ReminderState::default(),
                set_aside: None,
            });
        }
        Err(error) => return Err(StoreError::io(&file, error)),
    };
    let parsed = std::str::from_utf8(&text)
        .map_err(|e| e.to_string())
        .and_then(|text| ron::from_str::<ReminderState>(text).map_err(|e| e.to_string()));
    match parsed {
        Ok(state) => Ok(LoadedState {
            state,
            set_aside: None,
        }),
        Err(detail) => {
            let aside = dir.join(format!(
                "reminders.damaged-{}.ron",
                now.strftime("%Y%m%d-%H%M%S")
            ));
            std::fs::rename(&file, &aside).map_err(|e| StoreError::io(&file, e))?;
            Ok(LoadedState {
                state: ReminderState::default(),
                set_aside: Some(
                    Msg::new("remind-state-damaged")
                        .arg("path", aside.display().to_string())
                        .arg("detail", detail),
                ),
            })
        }
    }
}

/// Reads the state of `dir` without setting a damaged file aside (for
/// showing the last run); a missing file is an empty state.
pub fn read(dir: &Path) -> Result<ReminderState, String> {
    match std::fs::read_to_string(path(dir)) {
        Ok(text) => ron::from_str(&text).map_err(|e| e.to_string()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(ReminderState::default()),
        Err(error) => Err(error.to_string()),
    }
}

/// Writes the state of `dir` atomically.
pub fn save(dir: &Path, state: &ReminderState) -> Result<(), StoreError> {
    let text = super::to_text_of(state)?;
    write_atomic(&path(dir), text.as_bytes())
}
