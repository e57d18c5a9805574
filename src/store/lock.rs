//! The lock that keeps two copies of the app from writing the same archive.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

use super::StoreError;

/// The lock file's name in the data folder.
pub const LOCK_FILE: &str = "koshin.lock";

/// An exclusive lock on a data folder, held while it lives.
///
/// It is an advisory lock on `koshin.lock` (flock on Unix, `LockFileEx` on
/// Windows); the operating system releases it when the app exits or crashes,
/// so a stale lock cannot keep anyone out.
#[derive(Debug)]
pub struct ArchiveLock {
    _file: File,
}

impl ArchiveLock {
    /// Takes the lock, or `None` when another copy of the app holds it.
    pub fn try_acquire(dir: &Path) -> Result<Option<Self>, StoreError> {
        let path = dir.join(LOCK_FILE);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| StoreError::io(&path, e))?;
        match file.try_lock() {
            Ok(()) => Ok(Some(Self { _file: file })),
            Err(TryLockError::WouldBlock) => Ok(None),
            Err(TryLockError::Error(error)) => Err(StoreError::io(&path, error)),
        }
    }
}
