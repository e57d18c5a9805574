//! The lock that keeps two copies of the app from writing the same archive,
//! and the note in it that says who has the archive open.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use super::StoreError;

/// The lock file's name in the data folder.
pub const LOCK_FILE: &str = "koshin.lock";

/// A note from another computer younger than this many minutes means the
/// archive is open there now (an open app renews its note every few minutes).
pub const FRESH_MINUTES: i64 = 15;

/// Who has the archive open: written into the lock file, so that a copy of
/// the app on another computer sharing a synced folder can say so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockHolder {
    /// The computer's name.
    pub host: String,
    /// The process.
    pub pid: u32,
    /// Since when.
    pub since: Timestamp,
    /// When the app last renewed the note.
    pub seen: Timestamp,
}

impl LockHolder {
    /// This process on this computer, from `now`.
    fn here(now: Timestamp) -> Self {
        Self {
            host: this_computer(),
            pid: std::process::id(),
            since: now,
            seen: now,
        }
    }

    /// Whether the note is from another computer and recent enough that the
    /// archive is likely open there.
    pub fn is_elsewhere_and_fresh(&self, now: Timestamp) -> bool {
        self.host != this_computer()
            && now.duration_since(self.seen) < SignedDuration::from_mins(FRESH_MINUTES)
    }
}

/// This computer's name, as the lock note records it.
pub fn this_computer() -> String {
    gethostname::gethostname().to_string_lossy().into_owned()
}

/// An exclusive lock on a data folder, held while it lives.
///
/// It is an advisory lock on `koshin.lock` (flock on Unix, `LockFileEx` on
/// Windows); the operating system releases it when the app exits or crashes,
/// so a stale lock cannot keep anyone out. It only works on one computer; the
/// note inside tells other computers who has the archive open.
#[derive(Debug)]
pub struct ArchiveLock {
    file: File,
    holder: LockHolder,
}

/// What trying to take the lock found.
#[derive(Debug)]
pub enum Acquired {
    /// Taken; with the note of another computer that has the archive open too.
    Held(ArchiveLock, Option<LockHolder>),
    /// Another copy of the app on this computer holds it (its note, if readable).
    InUse(Option<LockHolder>),
}

impl ArchiveLock {
    /// Takes the lock, or says who holds it.
    pub fn try_acquire(dir: &Path, now: Timestamp) -> Result<Acquired, StoreError> {
        let path = dir.join(LOCK_FILE);
        let mut file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|e| StoreError::io(&path, e))?;
        match file.try_lock() {
            Ok(()) => {
                let elsewhere = read_holder(&mut file).filter(|h| h.is_elsewhere_and_fresh(now));
                let mut lock = Self {
                    file,
                    holder: LockHolder::here(now),
                };
                // The note is a courtesy: a folder where it cannot be written still locks.
                if let Err(error) = lock.write_holder() {
                    log::warn!("the lock's note cannot be written: {error}");
                }
                Ok(Acquired::Held(lock, elsewhere))
            }
            Err(TryLockError::WouldBlock) => Ok(Acquired::InUse(read_holder(&mut file))),
            Err(TryLockError::Error(error)) => Err(StoreError::io(&path, error)),
        }
    }

    /// Renews this copy's note, and returns the note of another computer
    /// that wrote over it (through a synced folder) since the last renewal.
    pub fn renew(&mut self, now: Timestamp) -> Option<LockHolder> {
        let other = read_holder(&mut self.file)
            .filter(|h| h.host != self.holder.host && h.is_elsewhere_and_fresh(now));
        self.holder.seen = now;
        if let Err(error) = self.write_holder() {
            log::warn!("the lock's note cannot be renewed: {error}");
        }
        other
    }

    fn write_holder(&mut self) -> std::io::Result<()> {
        let text = ron::to_string(&self.holder).map_err(std::io::Error::other)?;
        self.file.set_len(0)?;
        self.file.seek(SeekFrom::Start(0))?;
        self.file.write_all(text.as_bytes())?;
        self.file.flush()
    }
}

impl Drop for ArchiveLock {
    fn drop(&mut self) {
        // A closed app leaves no note that it is open.
        if let Err(error) = self.file.set_len(0) {
            log::warn!("the lock's note cannot be cleared: {error}");
        }
    }
}

/// The note in the lock file, if there is a readable one.
fn read_holder(file: &mut File) -> Option<LockHolder> {
    let mut text = String::new();
    file.seek(SeekFrom::Start(0)).ok()?;
    file.read_to_string(&mut text).ok()?;
    ron::from_str(&text).ok()
}
