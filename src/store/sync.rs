//! The archive in a synced folder (Syncthing, Dropbox, OneDrive, iCloud
//! Drive, a USB stick carried between laptops): never write over what another
//! device saved.
//!
//! The store keeps the hash of the bytes it last read or wrote. A save first
//! reads the file again: when someone else changed it, the two copies are
//! merged (see [`crate::model::merge`]) and both versions are kept in
//! `backups/`. The app also looks every few seconds and reloads a file that
//! changed while nothing was unsaved. Sync tools that could not merge leave
//! conflict copies beside the file; [`conflict_copies`] finds them.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use jiff::Timestamp;
use sha2::{Digest, Sha256};

use super::{BACKUP_DIR, Loaded, LockHolder, Store, StoreError, create_dir, load_bytes};
use crate::model::Archive;

/// The SHA-256 of a file's bytes.
pub type Hash = [u8; 32];

/// The hash of `bytes`.
pub fn hash(bytes: &[u8]) -> Hash {
    Sha256::digest(bytes).into()
}

/// What this copy knows the file to hold: the hash of the bytes it last read
/// or wrote, and of bytes found changed that could not be read (a sync in
/// progress, not read again until they change). Shared with the app's
/// watcher, so that it wakes the app for other devices' changes and not for
/// this copy's own saves: a save notes its bytes here before it writes them.
#[derive(Debug, Clone, Default)]
pub struct Known(Arc<Mutex<KnownHashes>>);

#[derive(Debug, Default, Clone, Copy)]
struct KnownHashes {
    disk: Option<Hash>,
    unreadable: Option<Hash>,
}

impl Known {
    fn with<T>(&self, f: impl FnOnce(&mut KnownHashes) -> T) -> T {
        f(&mut self.0.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// The hash of the bytes last read or written.
    pub fn disk(&self) -> Option<Hash> {
        self.with(|k| k.disk)
    }

    pub(super) fn set_disk(&self, hash: Option<Hash>) {
        self.with(|k| {
            k.disk = hash;
            k.unreadable = None;
        });
    }

    pub(super) fn set_unreadable(&self, hash: Option<Hash>) {
        self.with(|k| k.unreadable = hash);
    }

    /// Whether bytes with this hash are already known: written or read by
    /// this copy, or found unreadable.
    pub fn knows(&self, hash: &Hash) -> bool {
        self.with(|k| k.disk.as_ref() == Some(hash) || k.unreadable.as_ref() == Some(hash))
    }
}

/// The file's bytes, or `None` when there is no file.
pub(super) fn read_if_exists(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(StoreError::io(path, error)),
    }
}

impl Store {
    /// Whether the file on disk is no longer what this copy last read or
    /// wrote (and is not a change already found unreadable). A missing file
    /// is no change: it may be in the middle of being replaced.
    pub fn disk_changed(&self) -> bool {
        match fs::read(self.archive_path()) {
            Ok(bytes) => !self.known.knows(&hash(&bytes)),
            Err(_) => false,
        }
    }

    /// Reads the file again when it changed on disk, and takes what it holds
    /// as this copy's own: only for a copy with nothing unsaved. `Ok(None)`
    /// when it had not changed; an unreadable change is an error and is not
    /// read again until it changes.
    pub fn reload_if_changed(&mut self) -> Result<Option<Archive>, StoreError> {
        let path = self.archive_path();
        let Some(bytes) = read_if_exists(&path)? else {
            return Ok(None);
        };
        let now = hash(&bytes);
        if self.known.knows(&now) {
            return Ok(None);
        }
        match load_bytes(&bytes, &path) {
            Ok(Loaded {
                archive,
                newer_version: None,
                ..
            }) => {
                self.base = archive.clone();
                self.known.set_disk(Some(now));
                Ok(Some(archive))
            }
            Ok(Loaded {
                newer_version: Some(version),
                ..
            }) => {
                self.known.set_unreadable(Some(now));
                Err(StoreError::NewerUnreadable { path, version })
            }
            Err(error) => {
                self.known.set_unreadable(Some(now));
                Err(error)
            }
        }
    }

    /// Renews this copy's note in the lock file, and returns another
    /// computer's note found there (through a synced folder) when it is fresh.
    pub fn renew_lock(&mut self, now: Timestamp) -> Option<&LockHolder> {
        if let Some(other) = self.lock.as_mut().and_then(|lock| lock.renew(now)) {
            self.open_elsewhere = Some(other);
        }
        self.open_elsewhere
            .as_ref()
            .filter(|h| h.is_elsewhere_and_fresh(now))
    }

    /// The archive as this copy last read or wrote it, with the times of its edits.
    pub fn saved_archive(&self) -> &Archive {
        &self.base
    }

    /// Another computer that had the archive open when this copy opened it.
    pub fn open_elsewhere(&self) -> Option<&LockHolder> {
        self.open_elsewhere.as_ref()
    }
}

/// Moves a conflict copy into the `backups/` folder of the data folder `dir`
/// as `conflict-<its name>`, once it has been merged or set aside (never over
/// another file).
pub fn shelve(dir: &Path, copy: &Path) -> Result<PathBuf, StoreError> {
    let dir = dir.join(BACKUP_DIR);
    create_dir(&dir)?;
    // Not named like a backup ("koshin-…"), so that restoring never picks it.
    let name = copy.file_name().map_or_else(
        || "conflict-koshin.ron".into(),
        |n| format!("conflict-{}", n.to_string_lossy()),
    );
    let stem = name.strip_suffix(".ron").unwrap_or(&name).to_owned();
    let mut target = dir.join(&name);
    let mut n = 2;
    while target.exists() {
        target = dir.join(format!("{stem}-{n}.ron"));
        n += 1;
    }
    fs::rename(copy, &target).map_err(|e| StoreError::io(copy, e))?;
    Ok(target)
}

/// Whether a file name is a copy of `koshin.ron` that a sync tool, the
/// system or Kōshin itself left beside it:
/// - `koshin.sync-conflict-<date>-<time>-<device>.ron` (Syncthing),
/// - `koshin (<name>'s conflicted copy <date>).ron` (Dropbox),
/// - `koshin-<COMPUTER>.ron` (OneDrive),
/// - `koshin 2.ron` (iCloud Drive, the macOS Finder),
/// - `koshin (1).ron`, `koshin - Copy.ron`, `koshin - Copy (2).ron` (copies
///   made by hand in a file manager, Windows Explorer),
/// - `koshin.unmerged-<time>.ron` (a file that arrived while Kōshin was
///   saving and is not merged yet).
pub fn is_conflict_copy(name: &str) -> bool {
    let Some(stem) = name
        .strip_suffix(".ron")
        .or_else(|| name.strip_suffix(".RON"))
    else {
        return false;
    };
    let numbered = |rest: &str| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit());
    let in_brackets = |rest: &str| {
        rest.strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .is_some_and(|inner| numbered(inner) || inner.contains("conflicted copy"))
    };
    if stem.starts_with("koshin.sync-conflict-") || stem.starts_with(super::UNMERGED_PREFIX) {
        return true;
    }
    if let Some(computer) = stem.strip_prefix("koshin-") {
        return !computer.is_empty();
    }
    let Some(rest) = stem.strip_prefix("koshin ") else {
        return false;
    };
    if let Some(copy) = rest.strip_prefix("- Copy") {
        return copy.is_empty() || copy.strip_prefix(' ').is_some_and(in_brackets);
    }
    numbered(rest) || in_brackets(rest)
}

/// The conflict copies beside the archive in `dir`, by name.
pub fn conflict_copies(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut copies: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .filter(|entry| is_conflict_copy(&entry.file_name().to_string_lossy()))
        .map(|entry| entry.path())
        .collect();
    copies.sort();
    copies
}
