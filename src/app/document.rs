//! The open archive: the store it is saved through, the archive in memory,
//! a revision that counts its changes, and the debounced autosave; and what
//! other devices do to the file (reload, merge, conflict copies). No egui:
//! time is passed in as seconds (egui's clock in the app, any clock in tests).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use jiff::{Timestamp, Zoned};

use crate::actions::{self, Level, Outcome};
use crate::i18n::Msg;
use crate::model::{Archive, Settings};
use crate::store::{Backup, Blocked, Store, StoreError, attachments};

/// How long after the last change the archive is written, in seconds.
pub const SAVE_DELAY_SECONDS: f64 = 0.5;

/// The archive the app has open.
#[derive(Debug)]
pub struct Document {
    dir: PathBuf,
    store: Store,
    archive: Archive,
    /// Counts changes of the archive, so screens can keep what they derive from it.
    revision: u64,
    /// When (in seconds) the first unsaved change was made.
    unsaved_since: Option<f64>,
    save_failed: bool,
    /// While the file is damaged: the backup that would be restored.
    newest_backup: Option<Backup>,
    /// Attachments whose copy is missing from the folder.
    missing_attachments: BTreeSet<String>,
    /// Attachment copies that may no longer be used; removed after a save if nothing refers to them.
    orphan_candidates: BTreeSet<String>,
    /// Copies of the archive a sync tool left beside it, to offer to merge.
    conflict_copies: Vec<PathBuf>,
}

impl Document {
    /// Opens the archive in `dir` (never fails: what stops saving is in [`Document::blocked`]).
    pub fn open(dir: &Path, now: Timestamp) -> Self {
        let (store, archive) = Store::open(dir, now);
        let mut document = Self::on(dir, store, archive);
        document.after_open();
        document
    }

    /// A document that only shows `archive`, a [`preview`](crate::store::preview)
    /// of the archive in `dir`: its store holds no lock, so nothing is saved
    /// and every edit is refused. The app opens the archive in full before it
    /// acts on anything.
    pub fn preview(dir: &Path, archive: Archive) -> Self {
        let mut document = Self::on(dir, Store::closed(dir), archive);
        document.after_change();
        document
    }

    fn on(dir: &Path, store: Store, archive: Archive) -> Self {
        Self {
            dir: dir.to_path_buf(),
            store,
            archive,
            revision: 0,
            unsaved_since: None,
            save_failed: false,
            newest_backup: None,
            missing_attachments: BTreeSet::new(),
            orphan_candidates: BTreeSet::new(),
            conflict_copies: Vec::new(),
        }
    }

    /// Reads what the screens need once after opening, so that no frame does file I/O.
    fn after_open(&mut self) {
        self.newest_backup = match self.store.blocked() {
            Some(Blocked::Damaged(_)) => self.store.newest_readable_backup().map(|(b, _)| b),
            _ => None,
        };
        self.conflict_copies = crate::store::conflict_copies(&self.dir);
        self.after_change();
    }

    /// Counts a change and looks for missing attachments.
    fn after_change(&mut self) {
        self.revision += 1;
        self.missing_attachments = attachments::missing(&self.dir, &self.archive);
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The archive as it is now.
    pub fn archive(&self) -> &Archive {
        &self.archive
    }

    /// The store the archive is saved through.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Counts changes of the archive.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Why the archive cannot be saved, if it cannot.
    pub fn blocked(&self) -> Option<&Blocked> {
        self.store.blocked()
    }

    /// Whether changes can be saved.
    pub fn is_writable(&self) -> bool {
        self.store.is_writable()
    }

    /// Whether there are changes not yet written.
    pub fn has_unsaved_changes(&self) -> bool {
        self.unsaved_since.is_some()
    }

    /// Whether the last save failed (the changes are still in memory).
    pub fn save_failed(&self) -> bool {
        self.save_failed
    }

    /// While the file is damaged: the newest backup that can be restored.
    pub fn newest_backup(&self) -> Option<&Backup> {
        self.newest_backup.as_ref()
    }

    /// The attachments whose copy is missing from the folder.
    pub fn missing_attachments(&self) -> &BTreeSet<String> {
        &self.missing_attachments
    }

    /// Applies an edit of the archive at `time`; refused while the archive is read-only.
    pub fn edit(&mut self, time: f64, edit: impl FnOnce(&mut Archive) -> Outcome) -> Outcome {
        if !self.is_writable() {
            return Outcome::failed(StoreError::ReadOnly.message());
        }
        let outcome = edit(&mut self.archive);
        if outcome.changed {
            self.unsaved_since.get_or_insert(time);
            self.after_change();
        }
        outcome
    }

    /// Changes the settings. The theme and language change on screen even when
    /// they cannot be saved.
    pub fn set_settings(&mut self, settings: Settings, time: f64) {
        if settings == self.archive.settings {
            return;
        }
        self.archive.settings = settings;
        if self.is_writable() {
            self.unsaved_since.get_or_insert(time);
        }
        self.revision += 1;
    }

    /// Notes attachment copies that an edit may have left unused; they are
    /// removed after the next save if nothing refers to them then.
    pub fn release_attachments(&mut self, names: impl IntoIterator<Item = String>) {
        self.orphan_candidates.extend(names);
    }

    /// Marks an attachment whose copy has gone from the folder.
    pub fn mark_missing(&mut self, name: String) {
        self.missing_attachments.insert(name);
    }

    /// Saves once the changes have rested for [`SAVE_DELAY_SECONDS`]. Returns
    /// how long to wait before asking again (`None` when nothing waits), and
    /// what the save had to say (a failure, a merge with another device's changes).
    pub fn autosave(
        &mut self,
        time: f64,
        now: &Zoned,
        open_drafts: &[String],
    ) -> (Option<f64>, Outcome) {
        let Some(since) = self.unsaved_since else {
            return (None, Outcome::nothing());
        };
        let waited = time - since;
        if waited < SAVE_DELAY_SECONDS {
            return (Some(SAVE_DELAY_SECONDS - waited), Outcome::nothing());
        }
        (None, self.save_now(now, open_drafts))
    }

    /// Writes the archive now if anything is unsaved (or the last save failed).
    /// `open_drafts` are attachments an open form still refers to; they are
    /// kept. When another device changed the file meanwhile, the save merges
    /// both and this copy then holds the merged archive.
    pub fn save_now(&mut self, now: &Zoned, open_drafts: &[String]) -> Outcome {
        if self.unsaved_since.is_none() && !self.save_failed {
            return Outcome::nothing();
        }
        // Either way nothing waits any more: a failed save is offered again by the notice.
        self.unsaved_since = None;
        match self.store.save(&self.archive, now.timestamp()) {
            Ok(saved) => {
                self.save_failed = false;
                let outcome = actions::sync::saved_outcome(&saved, now);
                // The archive as written: with the times of its edits, and
                // what a merge brought in.
                self.archive.clone_from(self.store.saved_archive());
                if saved.merged.is_some() {
                    self.after_change();
                }
                self.remove_orphaned_attachments(open_drafts);
                outcome
            }
            Err(error) => {
                self.save_failed = true;
                Outcome::failed(Msg::new("save-failed").arg("detail", error.message()))
            }
        }
    }

    /// Looks at the file on disk: when another device changed it, reloads it
    /// (nothing unsaved here) or saves at once, which merges both. Also finds
    /// new conflict copies. Cheap when nothing changed: one read and a hash.
    pub fn check_disk(&mut self, now: &Zoned, open_drafts: &[String]) -> Outcome {
        self.conflict_copies = crate::store::conflict_copies(&self.dir);
        if !self.store.disk_changed() {
            return Outcome::nothing();
        }
        if self.has_unsaved_changes() || self.save_failed {
            return self.save_now(now, open_drafts);
        }
        match self.store.reload_if_changed() {
            Ok(Some(archive)) => {
                self.archive = archive;
                self.after_change();
                Outcome::nothing().say(
                    Level::Info,
                    Msg::new("archive-reloaded").arg("time", now.strftime("%H:%M").to_string()),
                )
            }
            Ok(None) => Outcome::nothing(),
            Err(error) => Outcome::nothing().say(
                Level::Warning,
                Msg::new("archive-changed-unreadable").arg("detail", error.message()),
            ),
        }
    }

    /// The copies of the archive a sync tool left beside it.
    pub fn conflict_copies(&self) -> &[PathBuf] {
        &self.conflict_copies
    }

    /// Merges a conflict copy into the archive and saves, then moves the copy
    /// into `backups/`. What is open here is saved first, so that its edits
    /// carry their time.
    pub fn merge_conflict_copy(
        &mut self,
        copy: &Path,
        now: &Zoned,
        time: f64,
        open_drafts: &[String],
    ) -> Outcome {
        let saved = self.save_now(now, open_drafts);
        if saved.is_failure() {
            return saved;
        }
        let merged = self.edit(time, |archive| actions::sync::merge_file(archive, copy));
        if merged.is_failure() {
            return saved.and(merged);
        }
        let written = self.save_now(now, open_drafts);
        if written.is_failure() {
            return saved.and(merged).and(written);
        }
        saved
            .and(merged)
            .and(written)
            .and(self.shelve_conflict_copy(copy))
    }

    /// Moves a conflict copy into `backups/` without merging it.
    pub fn shelve_conflict_copy(&mut self, copy: &Path) -> Outcome {
        let outcome = actions::sync::shelve_conflict_copy(&self.dir, copy);
        self.conflict_copies = crate::store::conflict_copies(&self.dir);
        outcome
    }

    /// Stops changing the archive: releases the lock (for the app's end).
    /// Nothing is saved after this.
    pub fn release_lock(&mut self) {
        self.store.release_lock();
    }

    /// Renews this copy's note in the lock file; says so when it finds
    /// another computer has the archive open.
    pub fn renew_lock(&mut self, now: &Zoned) -> Option<Msg> {
        self.store
            .renew_lock(now.timestamp())
            .map(|holder| actions::sync::open_elsewhere(holder, now))
    }

    /// Removes copies of files no saved receipt and no open form refers to any more.
    fn remove_orphaned_attachments(&mut self, open_drafts: &[String]) {
        for name in open_drafts {
            self.orphan_candidates.remove(name);
        }
        if !self.orphan_candidates.is_empty() {
            attachments::remove_unreferenced(&self.dir, &self.archive, &self.orphan_candidates);
        }
        // Files of an open form stay candidates until it is saved or closed.
        self.orphan_candidates = open_drafts.iter().cloned().collect();
    }

    /// Replaces a damaged file with its newest readable backup (the damaged file is kept aside).
    pub fn restore_backup(&mut self, now: &Zoned) -> Outcome {
        match self.store.restore_newest_backup(now.timestamp()) {
            Ok((archive, aside)) => {
                self.archive = archive;
                self.newest_backup = None;
                self.after_change();
                Outcome::success(
                    false,
                    Msg::new("backup-restored").arg("aside", aside.display().to_string()),
                )
            }
            Err(error) => Outcome::failed(error.message()),
        }
    }

    /// Moves a damaged file aside and starts an empty archive.
    pub fn start_new_archive(&mut self, now: &Zoned, time: f64) -> Outcome {
        match self.store.start_new_archive(now.timestamp()) {
            Ok(aside) => {
                self.archive = Archive::default();
                self.newest_backup = None;
                self.unsaved_since.get_or_insert(time);
                self.after_change();
                Outcome::success(
                    true,
                    Msg::new("archive-started-new").arg("aside", aside.display().to_string()),
                )
            }
            Err(error) => Outcome::failed(error.message()),
        }
    }

    /// Opens the archive again (after another copy of the app has closed it).
    /// Only offered while read-only, so there is nothing unsaved to lose.
    pub fn reopen(&mut self, now: &Zoned) -> Outcome {
        let (store, archive) = Store::open(&self.dir, now.timestamp());
        self.store = store;
        self.archive = archive;
        self.after_open();
        if self.is_writable() {
            Outcome::success(false, Msg::new("archive-reopened"))
        } else {
            Outcome::nothing()
        }
    }
}
