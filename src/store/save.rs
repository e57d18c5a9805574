//! Saving the archive so that no file another device saved is ever written
//! over unseen, not even one a sync tool renames into place in the middle of
//! the save.
//!
//! A save reads the file and merges it when someone else changed it, writes
//! the result to a temporary file, and swaps that into place
//! ([`replace::swap_in`]), which hands back the file that was in place at
//! that instant. When that is the file the save read, it becomes the backup
//! (or is removed); when it is anything else, it arrived while the save was
//! writing: it is kept beside the archive as `koshin.unmerged-<time>.ron`,
//! merged, and the save goes round again. After [`SAVE_ATTEMPTS`] rounds the
//! files still arriving stay as conflict copies, which the app and
//! `koshin check` offer to merge. Backups are made from the file handed back,
//! after the new file is in place, so a save that fails leaves none.

use std::fs;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::sync::hash;
use super::{
    BACKUP_DIR, BACKUP_INTERVAL_SECONDS, Blocked, Loaded, Store, StoreError, TEMP_PREFIX,
    TEMP_SUFFIX, create_dir, load_bytes, replace, sync_dir, to_text, write_temp,
};
use crate::model::Archive;
use crate::model::merge::{self, MergeReport};

/// How many times a save merges files that arrived while it was writing
/// before it leaves them beside the archive as conflict copies.
pub const SAVE_ATTEMPTS: usize = 4;

/// The name of a file that arrived during a save and is not merged yet.
pub const UNMERGED_PREFIX: &str = "koshin.unmerged-";

/// What a save did besides writing.
#[derive(Debug, Default)]
pub struct Saved {
    /// Another device's changes were merged in: the archive as written, and
    /// what the merge did to this copy.
    pub merged: Option<(Archive, MergeReport)>,
    /// The file had been changed by someone else and could not be read (a
    /// sync cut short): where it was moved aside, kept, before this copy was written.
    pub set_aside: Option<PathBuf>,
    /// Files that arrived while saving and could not be merged (unreadable,
    /// from a newer Kōshin, or still arriving after every attempt): kept
    /// beside the archive as conflict copies.
    pub kept: Vec<PathBuf>,
    /// The save succeeded but its backup could not be kept.
    pub backup_failed: Option<StoreError>,
}

/// A point inside a save at which a test can act, as a sync tool would.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavePoint {
    /// The file on disk has just been read.
    AfterRead,
    /// The archive to write is merged and ready.
    AfterMerge,
    /// The temporary file is written and synced.
    AfterTempWritten,
    /// The new file has just been put in place.
    AfterReplace,
}

/// A test's hook into saves.
#[cfg(test)]
pub struct SaveHook(pub Box<dyn FnMut(SavePoint) + Send>);

#[cfg(test)]
impl std::fmt::Debug for SaveHook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SaveHook")
    }
}

/// The state of one save across its attempts.
struct Saving {
    /// The archive to write: this copy's, with everything merged so far.
    ours: Archive,
    /// This copy's archive before the first merge (none when nothing was merged).
    before_merge: Option<Archive>,
    /// What the merges did to this copy.
    report: MergeReport,
    /// Whether anything was merged in.
    merged: bool,
    /// Files that arrived unseen, kept beside the archive, not merged yet.
    pending: Vec<PathBuf>,
    /// Files that arrived unseen and are merged: they become backups once
    /// the merged archive is in place.
    merged_copies: Vec<PathBuf>,
    /// What the save says besides writing.
    saved: Saved,
}

impl Store {
    /// Calls `hook` at each [`SavePoint`] of every save from now on.
    #[cfg(test)]
    pub fn set_save_hook(&mut self, hook: impl FnMut(SavePoint) + Send + 'static) {
        self.save_hook = Some(SaveHook(Box::new(hook)));
    }

    #[cfg(test)]
    fn at(&mut self, point: SavePoint) {
        if let Some(hook) = &mut self.save_hook {
            (hook.0)(point);
        }
    }

    #[cfg(not(test))]
    #[expect(clippy::unused_self, reason = "the test build calls its hook here")]
    fn at(&mut self, _point: SavePoint) {}

    /// Writes the archive. Records changed since the last read or write are
    /// stamped; what another device wrote meanwhile, before or during the
    /// save, is merged in first (and the merged archive returned). The file
    /// replaced becomes a backup when one is due, and always after a merge.
    pub fn save(&mut self, archive: &Archive, now: Timestamp) -> Result<Saved, StoreError> {
        if !self.is_writable() {
            return Err(StoreError::ReadOnly);
        }
        let mut ours = archive.clone();
        merge::stamp(&self.base, &mut ours, now);
        let mut saving = Saving {
            before_merge: None,
            ours,
            report: MergeReport::default(),
            merged: false,
            pending: Vec::new(),
            merged_copies: Vec::new(),
            saved: Saved::default(),
        };
        for _ in 0..SAVE_ATTEMPTS {
            if self.attempt(&mut saving, now)? {
                break;
            }
        }
        let Saving {
            ours,
            report,
            merged,
            pending,
            merged_copies,
            mut saved,
            ..
        } = saving;
        // What arrived and was merged is in the file now: kept as backups.
        for file in merged_copies {
            self.keep_as_backup(&file, now, "", &mut saved);
        }
        // Files that kept arriving stay beside the archive as conflict copies.
        saved.kept.extend(pending);
        if merged {
            saved.merged = Some((ours.clone(), report));
        }
        self.base = ours;
        Ok(saved)
    }

    /// One round of a save: read, merge, write, swap. `Ok(true)` when the
    /// archive is in place with nothing unseen replaced.
    fn attempt(&mut self, saving: &mut Saving, now: Timestamp) -> Result<bool, StoreError> {
        let path = self.archive_path();
        let read = read_with_identity(&path)?;
        self.at(SavePoint::AfterRead);
        let (on_disk, read_identity) = match read {
            Some((bytes, identity)) => (Some(bytes), identity),
            None => (None, None),
        };
        // Whether the file read is another device's, merged in (then it is backed up).
        let mut theirs = false;
        // The bytes the file held when read: what the swap must hand back.
        let mut expected = on_disk;
        if let Some(bytes) = &expected
            && Some(hash(bytes)) != self.known.disk()
        {
            if self.merge_in(saving, bytes, &path)? {
                theirs = true;
            } else {
                // Unreadable (a sync cut short): kept aside. Should another
                // file have arrived since it was read, that one was moved: it
                // is merged like any file that arrives.
                let aside = self.move_damaged_aside(now)?;
                if fs::read(&aside).is_ok_and(|moved| moved == *bytes) {
                    saving.saved.set_aside = Some(aside);
                } else {
                    let kept = self.keep_unmerged(&aside, now)?;
                    saving.pending.push(kept);
                }
                expected = None;
            }
        }
        for file in std::mem::take(&mut saving.pending) {
            let bytes = fs::read(&file).map_err(|e| StoreError::io(&file, e))?;
            if self.merge_in(saving, &bytes, &file)? {
                saving.merged_copies.push(file);
            } else {
                saving.saved.kept.push(file);
            }
        }
        self.at(SavePoint::AfterMerge);
        let displaced = self.write_and_swap(&saving.ours, &path)?;
        let mut replaced = None;
        for file in displaced {
            // The very file that was read (the same file, size and time of
            // change), or else one with the same bytes.
            let same = replaced.is_none()
                && expected.is_some()
                && (read_identity.is_some() && identity_of(&file) == read_identity
                    || fs::read(&file).ok() == expected);
            if same {
                replaced = Some(file);
            } else {
                let kept = self.keep_unmerged(&file, now)?;
                saving.pending.push(kept);
            }
        }
        if let Some(file) = replaced {
            let due = self
                .last_backup
                .is_none_or(|last| now.as_second() - last.as_second() >= BACKUP_INTERVAL_SECONDS);
            if theirs || due {
                self.keep_as_backup(&file, now, "", &mut saving.saved);
            } else if let Err(error) = fs::remove_file(&file) {
                saving.saved.backup_failed = Some(StoreError::io(&file, error));
            }
        }
        if !saving.pending.is_empty() {
            return Ok(false);
        }
        if let Some(before) = &saving.before_merge
            && !saving.report.replaced.is_empty()
        {
            // This copy's version of what the merge replaced.
            let kept = to_text(before).and_then(|text| self.back_up(text.as_bytes(), now, "-here"));
            if let Err(error) = kept {
                saving.saved.backup_failed = Some(error);
            }
        }
        Ok(true)
    }

    /// Merges the archive in `bytes` (read from `path`) into the one being
    /// saved. `Ok(false)` when it cannot be read; an error when a newer
    /// Kōshin wrote it (this copy then stops writing).
    fn merge_in(
        &mut self,
        saving: &mut Saving,
        bytes: &[u8],
        path: &Path,
    ) -> Result<bool, StoreError> {
        match load_bytes(bytes, path) {
            Ok(Loaded {
                archive: theirs,
                newer_version: None,
                ..
            }) => {
                let (merged, report) = merge::merge(&saving.ours, &theirs);
                let before = std::mem::replace(&mut saving.ours, merged);
                saving.before_merge.get_or_insert(before);
                saving.report.added.extend(report.added);
                saving.report.replaced.extend(report.replaced);
                saving.report.removed.extend(report.removed);
                saving.merged = true;
                Ok(true)
            }
            Ok(Loaded {
                newer_version: Some(version),
                ..
            })
            | Err(StoreError::NewerUnreadable { version, .. }) => {
                self.blocked = Some(Blocked::Newer(version));
                Err(StoreError::NewerUnreadable {
                    path: path.to_path_buf(),
                    version,
                })
            }
            Err(_) => Ok(false),
        }
    }

    /// Writes `archive` to a temporary file and swaps it into place; returns
    /// the files that were in place. The store knows the new bytes before
    /// they are in place, so that its watcher does not take them for another
    /// device's.
    fn write_and_swap(
        &mut self,
        archive: &Archive,
        path: &Path,
    ) -> Result<Vec<PathBuf>, StoreError> {
        let text = to_text(archive)?;
        let temp = write_temp(&self.dir, text.as_bytes())?;
        self.at(SavePoint::AfterTempWritten);
        let before = self.known.disk();
        self.known.set_disk(Some(hash(text.as_bytes())));
        let dir = self.dir.clone();
        match replace::swap_in(&temp, path, || temp_path(&dir)) {
            Ok(displaced) => {
                self.at(SavePoint::AfterReplace);
                sync_dir(&self.dir)?;
                Ok(displaced)
            }
            Err(error) => {
                self.known.set_disk(before);
                // A leftover temporary file is removed at the next start.
                if let Err(error) = fs::remove_file(&temp) {
                    log::warn!("{}", StoreError::io(&temp, error));
                }
                Err(StoreError::io(path, error))
            }
        }
    }

    /// Renames a file that arrived unseen to `koshin.unmerged-<time>.ron`
    /// beside the archive, where it stays until it is merged and saved.
    fn keep_unmerged(&self, file: &Path, now: Timestamp) -> Result<PathBuf, StoreError> {
        let stamp = now.strftime("%Y%m%dT%H%M%SZ");
        let target = free_name(&self.dir, &format!("{UNMERGED_PREFIX}{stamp}"));
        fs::rename(file, &target).map_err(|e| StoreError::io(file, e))?;
        Ok(target)
    }

    /// Moves `file` into `backups/` as `koshin-<time><suffix>.ron`, dropping
    /// the oldest beyond the number kept. A failure is noted, not returned:
    /// the save itself succeeded.
    fn keep_as_backup(&mut self, file: &Path, now: Timestamp, suffix: &str, saved: &mut Saved) {
        let dir = self.dir.join(BACKUP_DIR);
        let stamp = now.strftime("%Y%m%dT%H%M%SZ");
        let moved = create_dir(&dir).and_then(|()| {
            let target = free_name(&dir, &format!("koshin-{stamp}{suffix}"));
            fs::rename(file, &target).map_err(|e| StoreError::io(file, e))
        });
        match moved.and_then(|()| self.prune_backups()) {
            Ok(()) => self.last_backup = Some(now),
            Err(error) => saved.backup_failed = Some(error),
        }
    }
}

/// What tells one file from another without reading it: on Unix its device
/// and inode, with its size and time of change (a sync tool delivers a new
/// inode; an edit in place changes the time). Elsewhere nothing: the bytes
/// are compared instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Identity {
    #[cfg(unix)]
    file: (u64, u64),
    len: u64,
    modified: Option<std::time::SystemTime>,
}

impl Identity {
    #[cfg_attr(unix, expect(clippy::unnecessary_wraps, reason = "none elsewhere"))]
    fn of(meta: &fs::Metadata) -> Option<Self> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(Self {
                file: (meta.dev(), meta.ino()),
                len: meta.len(),
                modified: meta.modified().ok(),
            })
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            None
        }
    }
}

/// The identity of the file at `path`, where the platform has one.
fn identity_of(path: &Path) -> Option<Identity> {
    fs::symlink_metadata(path)
        .ok()
        .as_ref()
        .and_then(Identity::of)
}

/// A file's bytes and, where the platform has one, its identity.
type Read = (Vec<u8>, Option<Identity>);

/// The file's bytes and, from the same open file, its identity; `None` when there is no file.
fn read_with_identity(path: &Path) -> Result<Option<Read>, StoreError> {
    use std::io::Read as _;
    let mut file = match fs::File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(StoreError::io(path, error)),
    };
    let meta = file.metadata().map_err(|e| StoreError::io(path, e))?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or_default());
    file.read_to_end(&mut bytes)
        .map_err(|e| StoreError::io(path, e))?;
    // Should the file grow or change while read, its identity no longer
    // matches what the swap hands back, and the bytes are compared.
    let identity = Identity::of(&meta).filter(|id| id.len == bytes.len() as u64);
    Ok(Some((bytes, identity)))
}

/// `dir/<stem>.ron`, or `dir/<stem>-2.ron`, `-3` … when that is taken.
pub(super) fn free_name(dir: &Path, stem: &str) -> PathBuf {
    let mut target = dir.join(format!("{stem}.ron"));
    let mut n = 2;
    while target.exists() {
        target = dir.join(format!("{stem}-{n}.ron"));
        n += 1;
    }
    target
}

/// A fresh temporary name in `dir`, like the ones [`write_temp`] makes.
fn temp_path(dir: &Path) -> PathBuf {
    dir.join(format!(
        "{TEMP_PREFIX}{}{TEMP_SUFFIX}",
        uuid::Uuid::new_v4().simple()
    ))
}

#[cfg(test)]
mod tests;
