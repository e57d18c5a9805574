//! One function per thing a person does to the archive or with it: save a
//! card, record a renewal, import receipts, write a guide. The app (through
//! `app/apply.rs`) and the command line (`cli`) call the same functions, so
//! they can never disagree. No egui here, and no clock: `now` is a parameter.
//!
//! An action changes the [`Archive`](crate::model::Archive) it is given (the
//! caller saves it) and reads or writes the files it is pointed at. It says
//! what happened in an [`Outcome`]: whether the archive changed, and the
//! messages for the person, each with a [`Level`].

pub mod archive;
pub mod cards;
pub mod confirmations;
pub mod exports;
pub mod people;
pub mod receipts;
pub mod reminders;
pub mod renewals;
pub mod schedule;
pub mod session;
pub mod sync;
pub mod trips;

use std::path::Path;

use crate::i18n::Msg;
use crate::store::StoreError;

/// How a message is shown: the app colours notices by it, the command line
/// prints errors to stderr and exits with 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Done as asked.
    Success,
    /// Worth knowing; nothing went wrong.
    Info,
    /// Done, but something deserves a look.
    Warning,
    /// Not done.
    Error,
}

/// One thing to tell the person: a headline and, for a list of problems, one line each.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    /// How it is shown.
    pub level: Level,
    /// The headline.
    pub msg: Msg,
    /// The lines under it (a bad CSV's rows), in order.
    pub details: Vec<Msg>,
}

/// What an action did.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Outcome {
    /// Whether the archive changed and needs saving.
    pub changed: bool,
    /// What to tell the person, in order.
    pub said: Vec<Said>,
}

impl Outcome {
    /// Nothing changed and there is nothing to say.
    pub fn nothing() -> Self {
        Self::default()
    }

    /// The archive changed, with nothing to say.
    pub fn changed() -> Self {
        Self {
            changed: true,
            said: Vec::new(),
        }
    }

    /// Done as asked; `changed` says whether the archive changed.
    pub fn success(changed: bool, msg: Msg) -> Self {
        Self {
            changed,
            said: vec![Said {
                level: Level::Success,
                msg,
                details: Vec::new(),
            }],
        }
    }

    /// Not done: the archive is unchanged.
    pub fn failed(msg: Msg) -> Self {
        Self::failed_with(msg, Vec::new())
    }

    /// Not done, with one line per problem under the headline.
    pub fn failed_with(msg: Msg, details: Vec<Msg>) -> Self {
        Self {
            changed: false,
            said: vec![Said {
                level: Level::Error,
                msg,
                details,
            }],
        }
    }

    /// Adds a message.
    pub fn say(mut self, level: Level, msg: Msg) -> Self {
        self.said.push(Said {
            level,
            msg,
            details: Vec::new(),
        });
        self
    }

    /// Writes what went wrong (warnings and errors) to the log, by message id.
    pub fn log(&self) {
        for said in &self.said {
            match said.level {
                Level::Error => log::error!("{}", said.msg.loggable()),
                Level::Warning => log::warn!("{}", said.msg.loggable()),
                Level::Success | Level::Info => {}
            }
        }
    }

    /// Whether the action failed (it said an error).
    pub fn is_failure(&self) -> bool {
        self.said.iter().any(|s| s.level == Level::Error)
    }

    /// The messages of `self` followed by those of `other`; changed if either changed.
    pub fn and(mut self, other: Outcome) -> Self {
        self.changed |= other.changed;
        self.said.extend(other.said);
        self
    }
}

impl From<Result<Outcome, Msg>> for Outcome {
    fn from(result: Result<Outcome, Msg>) -> Self {
        result.unwrap_or_else(Outcome::failed)
    }
}

/// Reads a file the person chose, or says why it cannot be read.
pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>, Msg> {
    std::fs::read(path).map_err(|e| StoreError::io(path, e).message())
}

/// The path as the person reads it in a message.
pub(crate) fn shown(path: &Path) -> String {
    path.display().to_string()
}

#[cfg(test)]
mod tests;
