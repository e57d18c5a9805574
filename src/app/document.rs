//! The open archive: the store it is saved through, the archive in memory,
//! a revision that counts its changes, and the debounced autosave; and what
//! other devices do to the file (reload, merge, conflict copies). No egui:
//! time is passed in as seconds (egui's clock in the app, any clock in tests).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use jiff::{Timestamp, Zoned};

use crate::actions::Outcome;
use crate::actions::session::{Front, Session};
use crate::i18n::Msg;
use crate::model::{Archive, Settings};
use crate::store::{Backup, Blocked, Store, attachments};

/// How long after the last change the archive is written, in seconds.
pub const SAVE_DELAY_SECONDS: f64 = 0.5;

/// The archive the app has open.
#[derive(Debug)]
pub struct Document {
    dir: PathBuf,
    session: Session,
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
        let mut document = Self::on(dir, Session::open(dir, now, Front::App));
        document.after_open();
        document
    }

    /// A document that only shows `archive`, a [`preview`](crate::store::preview)
    /// of the archive in `dir`: it holds no lock, so nothing is saved and
    /// every edit is refused. The app opens the archive in full before it
    /// acts on anything.
    pub fn preview(dir: &Path, archive: Archive) -> Self {
        let mut document = Self::on(dir, Session::preview(dir, archive));
        document.after_change();
        document
    }

    fn on(dir: &Path, session: Session) -> Self {
        Self {
            dir: dir.to_path_buf(),
            session,
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
        self.newest_backup = self.session.newest_backup();
        self.conflict_copies = self.session.conflict_copies();
        self.after_change();
    }

    /// Counts a change and looks for missing attachments.
    fn after_change(&mut self) {
        self.revision += 1;
        self.missing_attachments = attachments::missing(&self.dir, self.session.archive());
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The archive as it is now.
    pub fn archive(&self) -> &Archive {
        self.session.archive()
    }

    /// The store the archive is saved through.
    pub fn store(&self) -> &Store {
        self.session.store()
    }

    /// The session the archive is open in.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Counts changes of the archive.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Why the archive cannot be saved, if it cannot.
    pub fn blocked(&self) -> Option<&Blocked> {
        self.session.blocked()
    }

    /// Whether changes can be saved.
    pub fn is_writable(&self) -> bool {
        self.session.is_writable()
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
        self.edit_in(time, |archive, _| edit(archive))
    }

    /// Applies an edit that also needs the data folder (to copy attachments).
    pub fn edit_in(
        &mut self,
        time: f64,
        edit: impl FnOnce(&mut Archive, &Path) -> Outcome,
    ) -> Outcome {
        let outcome = self.session.change_in(edit);
        if outcome.changed {
            self.unsaved_since.get_or_insert(time);
            self.after_change();
        }
        outcome
    }

    /// Changes the settings. The theme and language change on screen even when
    /// they cannot be saved.
    pub fn set_settings(&mut self, settings: Settings, time: f64) {
        if settings == self.session.archive().settings {
            return;
        }
        self.session.archive_mut().settings = settings;
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
        let saved = self.session.save(now);
        self.save_failed = saved.outcome.is_failure();
        if !self.save_failed {
            if saved.merged {
                self.after_change();
            }
            self.remove_orphaned_attachments(open_drafts);
        }
        saved.outcome
    }

    /// Looks at the file on disk: when another device changed it, reloads it
    /// (nothing unsaved here) or saves at once, which merges both. Also finds
    /// new conflict copies. Cheap when nothing changed: one read and a hash.
    pub fn check_disk(&mut self, now: &Zoned, open_drafts: &[String]) -> Outcome {
        self.conflict_copies = self.session.conflict_copies();
        if !self.session.store().disk_changed() {
            return Outcome::nothing();
        }
        if self.has_unsaved_changes() || self.save_failed {
            return self.save_now(now, open_drafts);
        }
        let (changed, outcome) = self.session.reload_if_changed(now);
        if changed {
            self.after_change();
        }
        outcome
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
        open_drafts: &[String],
    ) -> Outcome {
        let saved = self.save_now(now, open_drafts);
        if saved.is_failure() {
            return saved;
        }
        let merged = self.session.merge_copy(copy, now);
        // Merged but not written: the save is offered again.
        self.save_failed = merged.changed && merged.is_failure();
        self.after_change();
        self.conflict_copies = self.session.conflict_copies();
        saved.and(Outcome {
            changed: false,
            ..merged
        })
    }

    /// Moves a conflict copy into `backups/` without merging it.
    pub fn shelve_conflict_copy(&mut self, copy: &Path) -> Outcome {
        let outcome = crate::actions::sync::shelve_conflict_copy(&self.dir, copy);
        self.conflict_copies = self.session.conflict_copies();
        outcome
    }

    /// Renews this copy's note in the lock file; says so when it finds
    /// another computer has the archive open.
    pub fn renew_lock(&mut self, now: &Zoned) -> Option<Msg> {
        self.session.renew_lock(now)
    }

    /// Stops changing the archive: releases the lock (for the app's end).
    /// Nothing is saved after this.
    pub fn release_lock(&mut self) {
        self.session.release_lock();
    }

    /// Removes copies of files no saved receipt and no open form refers to any more.
    fn remove_orphaned_attachments(&mut self, open_drafts: &[String]) {
        for name in open_drafts {
            self.orphan_candidates.remove(name);
        }
        if !self.orphan_candidates.is_empty() {
            let archive = self.session.archive();
            attachments::remove_unreferenced(&self.dir, archive, &self.orphan_candidates);
        }
        // Files of an open form stay candidates until it is saved or closed.
        self.orphan_candidates = open_drafts.iter().cloned().collect();
    }

    /// Replaces a damaged file with its newest readable backup (the damaged file is kept aside).
    pub fn restore_backup(&mut self, now: &Zoned) -> Outcome {
        let outcome = self.session.restore_backup(now);
        if !outcome.is_failure() {
            self.newest_backup = None;
            self.after_change();
        }
        outcome
    }

    /// Moves a damaged file aside and starts an empty archive.
    pub fn start_new_archive(&mut self, now: &Zoned, time: f64) -> Outcome {
        let outcome = self.session.start_new_archive(now);
        if !outcome.is_failure() {
            self.newest_backup = None;
            self.unsaved_since.get_or_insert(time);
            self.after_change();
        }
        outcome
    }

    /// Opens the archive again (after another copy of the app has closed it).
    /// Only offered while read-only, so there is nothing unsaved to lose.
    pub fn reopen(&mut self, now: &Zoned) -> Outcome {
        self.session = Session::open(&self.dir, now.timestamp(), Front::App);
        self.after_open();
        if self.is_writable() {
            Outcome::success(false, Msg::new("archive-reopened"))
        } else {
            Outcome::nothing()
        }
    }
}
