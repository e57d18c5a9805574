//! The one way both front ends touch the archive: open it (with its lock),
//! read it, change it through an action, and save it with merge-on-save.
//! The app keeps a [`Session`] open while it runs (inside its document); a
//! `koshin` command opens one, runs one action and saves. What either says
//! comes out as an [`Outcome`] in words for where it is shown ([`Front`]).

use std::path::{Path, PathBuf};

use jiff::{Timestamp, Zoned};

use super::{Level, Outcome, shown};
use crate::i18n::Msg;
use crate::model::Archive;
use crate::store::{self, Backup, Blocked, Store, StoreError};

pub use crate::store::{DATA_DIR_ENV, default_data_dir};

/// Where what a session says is shown: the words differ, as a window stays
/// open with the changes in it and a command does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Front {
    /// The app's window.
    App,
    /// A `koshin …` command.
    CommandLine,
}

/// What a save did.
#[derive(Debug, Default)]
pub struct SaveResult {
    /// What to tell the person (a failure, a merge with another device's changes).
    pub outcome: Outcome,
    /// Whether another device's changes were merged in (the archive changed).
    pub merged: bool,
}

/// An archive opened for reading and changing.
#[derive(Debug)]
pub struct Session {
    store: Store,
    archive: Archive,
    front: Front,
}

impl Session {
    /// Opens the archive in `dir` and takes its lock. Never fails: what stops
    /// saving is in [`Session::blocked`], and the archive is what could be read.
    pub fn open(dir: &Path, now: Timestamp, front: Front) -> Self {
        let (store, archive) = Store::open(dir, now);
        Self {
            store,
            archive,
            front,
        }
    }

    /// A session that only shows `archive`, a [`store::preview`] of the one
    /// in `dir`: it holds no lock and refuses every change.
    pub fn preview(dir: &Path, archive: Archive) -> Self {
        Self {
            store: Store::closed(dir),
            archive,
            front: Front::App,
        }
    }

    /// Reads the archive in `dir` without taking its lock, for what only
    /// reads it. A damaged or unreadable file is an error, never an empty archive.
    pub fn read(dir: &Path) -> Result<Archive, Msg> {
        store::load(&store::archive_path(dir))
            .map(|loaded| loaded.archive)
            .map_err(|error| {
                log::warn!("reading the archive: {}", error.message().loggable());
                error.message()
            })
    }

    /// Opens the archive in `dir`, applies `action` (which also gets the data
    /// folder) and saves when it changed: what a `koshin` command that
    /// changes the archive does. Refused with the reason when the archive
    /// cannot be written.
    pub fn change_and_save(
        dir: &Path,
        now: &Zoned,
        front: Front,
        action: impl FnOnce(&mut Archive, &Path) -> Outcome,
    ) -> Outcome {
        let mut session = Self::open(dir, now.timestamp(), front);
        let outcome = session.change_in(action);
        if !outcome.changed {
            return outcome;
        }
        outcome.and(session.save(now).outcome)
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        self.store.dir()
    }

    /// The archive as it is now.
    pub fn archive(&self) -> &Archive {
        &self.archive
    }

    /// The store the archive is saved through.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Why the archive cannot be written, if it cannot.
    pub fn blocked(&self) -> Option<&Blocked> {
        self.store.blocked()
    }

    /// Whether changes can be saved.
    pub fn is_writable(&self) -> bool {
        self.store.is_writable()
    }

    /// Why a change is refused now, in words for this front end.
    fn refusal(&self) -> Msg {
        match (self.front, self.store.blocked()) {
            (Front::CommandLine, Some(blocked)) => blocked.command_line_message(),
            _ => StoreError::ReadOnly.message(),
        }
    }

    /// Applies an action to the archive; refused while it is read-only.
    pub fn change(&mut self, action: impl FnOnce(&mut Archive) -> Outcome) -> Outcome {
        self.change_in(|archive, _| action(archive))
    }

    /// Applies an action that also needs the data folder (to copy attachments).
    pub fn change_in(&mut self, action: impl FnOnce(&mut Archive, &Path) -> Outcome) -> Outcome {
        if !self.is_writable() {
            return Outcome::failed(self.refusal());
        }
        let dir = self.store.dir().to_path_buf();
        action(&mut self.archive, &dir)
    }

    /// Changes the archive without an action (the settings, which change on
    /// screen even while it cannot be saved).
    pub fn archive_mut(&mut self) -> &mut Archive {
        &mut self.archive
    }

    /// Saves the archive. When another device changed the file meanwhile,
    /// both are merged and this session then holds the merged archive.
    pub fn save(&mut self, now: &Zoned) -> SaveResult {
        match self.store.save(&self.archive, now.timestamp()) {
            Ok(saved) => {
                // The archive as written: with the times of its edits, and
                // what a merge brought in.
                self.archive.clone_from(self.store.saved_archive());
                SaveResult {
                    outcome: super::sync::saved_outcome(&saved, now),
                    merged: saved.merged.is_some(),
                }
            }
            Err(error) => {
                log::error!("save failed: {}", error.message().loggable());
                let id = match self.front {
                    Front::App => msg_id!("save-failed"),
                    Front::CommandLine => msg_id!("cli-save-failed"),
                };
                SaveResult {
                    outcome: Outcome::failed(Msg::new(id).arg("detail", error.message())),
                    merged: false,
                }
            }
        }
    }

    /// Merges another copy of the archive (a conflict copy, a USB stick, a
    /// backup) into this one and saves; a conflict copy beside the archive
    /// then moves into `backups/`, so that it is no longer offered.
    pub fn merge_copy(&mut self, copy: &Path, now: &Zoned) -> Outcome {
        let merged = self.change(|archive| super::sync::merge_file(archive, copy));
        if merged.is_failure() {
            return merged;
        }
        let written = self.save(now).outcome;
        if written.is_failure() {
            return merged.and(written);
        }
        let beside = store::conflict_copies(self.dir())
            .into_iter()
            .find(|c| same_file(c, copy));
        match beside {
            Some(beside) => merged
                .and(written)
                .and(super::sync::shelve_conflict_copy(self.dir(), &beside)),
            None => merged.and(written),
        }
    }

    /// Reads the file again when another device changed it; only for a
    /// session with nothing unsaved. Whether it changed, and what to say.
    pub fn reload_if_changed(&mut self, now: &Zoned) -> (bool, Outcome) {
        match self.store.reload_if_changed() {
            Ok(Some(archive)) => {
                self.archive = archive;
                let time = now.strftime("%H:%M").to_string();
                let said = Msg::new("archive-reloaded").arg("time", time);
                (true, Outcome::nothing().say(Level::Info, said))
            }
            Ok(None) => (false, Outcome::nothing()),
            Err(error) => {
                log::warn!(
                    "another device's file cannot be read: {}",
                    error.message().loggable()
                );
                let said = Msg::new("archive-changed-unreadable").arg("detail", error.message());
                (false, Outcome::nothing().say(Level::Warning, said))
            }
        }
    }

    /// While the file is damaged: the newest backup that could be restored.
    pub fn newest_backup(&self) -> Option<Backup> {
        match self.store.blocked() {
            Some(Blocked::Damaged(_)) => self.store.newest_readable_backup().map(|(b, _)| b),
            _ => None,
        }
    }

    /// Replaces a damaged file with its newest readable backup (the damaged file is kept aside).
    pub fn restore_backup(&mut self, now: &Zoned) -> Outcome {
        match self.store.restore_newest_backup(now.timestamp()) {
            Ok((archive, aside)) => {
                self.archive = archive;
                Outcome::success(
                    false,
                    Msg::new("backup-restored").arg("aside", shown(&aside)),
                )
            }
            Err(error) => Outcome::failed(error.message()),
        }
    }

    /// Moves a damaged file aside and starts an empty archive (not yet saved).
    pub fn start_new_archive(&mut self, now: &Zoned) -> Outcome {
        match self.store.start_new_archive(now.timestamp()) {
            Ok(aside) => {
                self.archive = Archive::default();
                Outcome::success(
                    true,
                    Msg::new("archive-started-new").arg("aside", shown(&aside)),
                )
            }
            Err(error) => Outcome::failed(error.message()),
        }
    }

    /// Renews this session's note in the lock file; says so when another
    /// computer has the archive open.
    pub fn renew_lock(&mut self, now: &Zoned) -> Option<Msg> {
        self.store
            .renew_lock(now.timestamp())
            .map(|holder| super::sync::open_elsewhere(holder, now))
    }

    /// Says when another computer had the archive open as this session opened it.
    pub fn opened_elsewhere(&self, now: &Zoned) -> Option<Msg> {
        self.store
            .open_elsewhere()
            .map(|holder| super::sync::open_elsewhere(holder, now))
    }

    /// Stops changing the archive: releases its lock. Nothing is saved after this.
    pub fn release_lock(&mut self) {
        self.store.release_lock();
    }

    /// The copies of the archive a sync tool left beside it.
    pub fn conflict_copies(&self) -> Vec<PathBuf> {
        store::conflict_copies(self.dir())
    }
}

/// Whether two paths name the same file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
