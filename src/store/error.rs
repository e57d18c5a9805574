//! What can go wrong with the archive file, in words a person can act on.

use std::io;
use std::path::PathBuf;

use crate::i18n::Msg;

/// What kind of damage a file has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damage {
    /// The text is not UTF-8.
    NotUtf8,
    /// The file stops in the middle, as when writing it was cut off.
    Truncated,
    /// A value is of the wrong type or unknown (text where a number belongs).
    WrongValue,
    /// The RON syntax is broken (a missing comma or bracket).
    Syntax,
}

impl Damage {
    fn message_id(self) -> &'static str {
        msg_ids!(match self {
            Damage::NotUtf8 => "damage-not-utf8",
            Damage::Truncated => "damage-truncated",
            Damage::WrongValue => "damage-wrong-value",
            Damage::Syntax => "damage-syntax",
        })
    }
}

/// An error of the store. Its `Display` is the English message.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message())]
pub enum StoreError {
    /// A file or folder could not be read or written.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        source: io::Error,
    },
    /// The archive file is damaged; it has not been changed.
    Damaged {
        /// The file.
        path: PathBuf,
        /// The line of the first problem, from 1.
        line: usize,
        /// The column of the first problem, from 1.
        column: usize,
        /// The kind of damage.
        damage: Damage,
        /// The parser's own words, for whoever repairs the file by hand.
        detail: String,
    },
    /// The file was written by a newer Kōshin and this one cannot read it.
    NewerUnreadable {
        /// The file.
        path: PathBuf,
        /// The schema version in the file.
        version: u32,
    },
    /// The file carries a schema version this build does not know.
    BadVersion {
        /// The file.
        path: PathBuf,
        /// The version found.
        version: u32,
    },
    /// The archive is open read-only; nothing was written.
    ReadOnly,
    /// There is no backup that can be read.
    NoBackup,
    /// The archive could not be turned into text (a bug).
    Serialize {
        /// The serializer's words.
        detail: String,
    },
}

fn damaged_msg(
    path: &std::path::Path,
    line: usize,
    column: usize,
    damage: Damage,
    detail: &str,
) -> Msg {
    Msg::new("store-damaged")
        .arg("path", path.display().to_string())
        .arg("line", line)
        .arg("column", column)
        .arg("problem", Msg::new(damage.message_id()))
        .arg("detail", detail)
}

impl StoreError {
    /// What to tell the person, in the language of the UI.
    pub fn message(&self) -> Msg {
        match self {
            StoreError::Io { path, source } => Msg::new("store-io")
                .arg("path", path.display().to_string())
                .arg("detail", source.to_string()),
            StoreError::Damaged {
                path,
                line,
                column,
                damage,
                detail,
            } => damaged_msg(path, *line, *column, *damage, detail),
            StoreError::NewerUnreadable { path, version } => Msg::new("store-newer-unreadable")
                .arg("path", path.display().to_string())
                .arg("version", *version),
            StoreError::BadVersion { path, version } => Msg::new("store-bad-version")
                .arg("path", path.display().to_string())
                .arg("version", *version),
            StoreError::ReadOnly => Msg::new("store-read-only"),
            StoreError::NoBackup => Msg::new("store-no-backup"),
            StoreError::Serialize { detail } => {
                Msg::new("store-serialize").arg("detail", detail.as_str())
            }
        }
    }

    /// An I/O error about `path`.
    pub fn io(path: impl Into<PathBuf>, source: io::Error) -> Self {
        StoreError::Io {
            path: path.into(),
            source,
        }
    }
}
