//! The archive on disk: one RON file, `koshin.ron`, in the data folder.
//!
//! Saving is atomic (a temporary file beside it, flushed and synced, then
//! renamed over it, then the folder synced), keeps the last few backups in
//! `backups/`, and is owner-only on Unix. A damaged file is never written
//! over: the store refuses to save until the person restores a backup or
//! starts a new archive, which first moves the damaged file aside. A lock file
//! keeps a second copy of the app from writing the same archive.
//!
//! The store remembers the bytes it last read or wrote (their hash, and the
//! archive they held): a save that finds the file changed by someone else (a
//! sync tool bringing in another laptop's copy) merges instead of writing
//! over it; see [`sync`].

pub mod attachments;
mod error;
mod lock;
pub mod reminders;
mod replace;
mod save;
mod split;
pub mod sync;

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::Deserialize;

pub use error::{Damage, StoreError};
pub use lock::{Acquired, ArchiveLock, LockHolder, this_computer};
pub use save::{SAVE_ATTEMPTS, SavePoint, Saved, UNMERGED_PREFIX};
pub use sync::{Hash, conflict_copies, shelve};

use crate::i18n::Msg;
use crate::model::{Archive, SCHEMA_VERSION};

/// The archive's file name in the data folder.
pub const FILE_NAME: &str = "koshin.ron";
/// The folder of backups in the data folder.
pub const BACKUP_DIR: &str = "backups";
/// How many backups are kept.
pub const BACKUPS_KEPT: usize = 10;
/// At most one backup per this many seconds, counted from the newest backup
/// in `backups/`, whichever program made it (the app or the command line).
pub const BACKUP_INTERVAL_SECONDS: i64 = 10 * 60;
/// The environment variable that points the app at another data folder.
pub const DATA_DIR_ENV: &str = "KOSHIN_DATA_DIR";

const TEMP_PREFIX: &str = ".koshin-";
const TEMP_SUFFIX: &str = ".tmp";

/// The data folder used when none is given: the user's config folder
/// (`~/.config/koshin` on Linux).
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "Koshin").map(|dirs| dirs.config_dir().to_path_buf())
}

/// The archive file in a data folder.
pub fn archive_path(dir: &Path) -> PathBuf {
    dir.join(FILE_NAME)
}

/// An archive read from disk.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// What the file holds.
    pub archive: Archive,
    /// The file's schema version when a newer Kōshin wrote it (then it is read-only).
    pub newer_version: Option<u32>,
    /// Whether the file exists (a missing file is an empty archive).
    pub existed: bool,
    /// The hash of the bytes read (none for a missing file).
    pub hash: Option<Hash>,
}

/// Reads the archive file. A missing file is an empty archive; a damaged one
/// is an error that says where and what, and the file is left as it is.
pub fn load(path: &Path) -> Result<Loaded, StoreError> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            return Ok(Loaded {
                archive: Archive::default(),
                newer_version: None,
                existed: false,
                hash: None,
            });
        }
        Err(error) => return Err(StoreError::io(path, error)),
    };
    load_bytes(&bytes, path)
}

/// A first look at a large archive in the data folder `dir`: everything but
/// its receipts, read in a few milliseconds for the window's first frame.
/// `None` for a small, missing, damaged or newer file: those are opened whole.
/// What it returns is only ever shown, never saved (see [`Store::closed`]).
pub fn preview(dir: &Path) -> Option<Archive> {
    let bytes = fs::read(archive_path(dir)).ok()?;
    let mut archive = split::without_receipts(std::str::from_utf8(&bytes).ok()?)?;
    archive.adopt_people();
    (1..=SCHEMA_VERSION)
        .contains(&archive.version)
        .then_some(archive)
}

/// Reads an archive from the bytes of the file at `path`.
pub fn load_bytes(bytes: &[u8], path: &Path) -> Result<Loaded, StoreError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = String::from_utf8_lossy(&bytes[..error.valid_up_to()]);
            let (line, column) = end_position(&valid);
            return Err(StoreError::Damaged {
                path: path.to_path_buf(),
                line,
                column,
                damage: Damage::NotUtf8,
                detail: error.to_string(),
            });
        }
    };
    let (parsed, hash) = parse_and_hash(text, path);
    parsed.map(|(archive, newer_version)| Loaded {
        archive,
        newer_version,
        existed: true,
        hash: Some(hash),
    })
}

/// Files at least this large are hashed on another thread while they are parsed.
const HASH_ON_A_THREAD_BYTES: usize = 256 * 1024;

/// Parses `text` and hashes its bytes: a large file's hash is computed on a
/// second thread meanwhile (a few milliseconds for 10,000 receipts), a small
/// one's after parsing, and on this thread should no thread start.
fn parse_and_hash(text: &str, path: &Path) -> (Result<(Archive, Option<u32>), StoreError>, Hash) {
    if text.len() < HASH_ON_A_THREAD_BYTES {
        return (parse(text, path), sync::hash(text.as_bytes()));
    }
    std::thread::scope(|scope| {
        let hashing = std::thread::Builder::new()
            .name("koshin-hash".into())
            .spawn_scoped(scope, || sync::hash(text.as_bytes()));
        let parsed = parse(text, path);
        let hash = hashing
            .ok()
            .and_then(|thread| thread.join().ok())
            .unwrap_or_else(|| sync::hash(text.as_bytes()));
        (parsed, hash)
    })
}

/// The line and column just after `text`, both from 1.
fn end_position(text: &str) -> (usize, usize) {
    let line = 1 + text.matches('\n').count();
    let column = 1 + text.chars().rev().take_while(|&c| c != '\n').count();
    (line, column)
}

/// Just the version of a file, read before the rest so that a newer file is recognised.
#[derive(Deserialize)]
#[serde(rename = "Archive")]
struct VersionProbe {
    #[serde(default)]
    version: u32,
}

fn parse(text: &str, path: &Path) -> Result<(Archive, Option<u32>), StoreError> {
    let damaged = |error: ron::error::SpannedError| {
        let start = &error.span.start;
        // A file cut short fails on its last line (inside the last word or value).
        let (end_line, _) = end_position(text.trim_end());
        let at_end = start.line >= end_line;
        let damage = match error.code {
            ron::Error::Eof | ron::Error::ExpectedStringEnd | ron::Error::UnclosedBlockComment => {
                Damage::Truncated
            }
            _ if at_end => Damage::Truncated,
            ron::Error::Message(_)
            | ron::Error::InvalidValueForType { .. }
            | ron::Error::ExpectedDifferentLength { .. }
            | ron::Error::NoSuchEnumVariant { .. }
            | ron::Error::NoSuchStructField { .. }
            | ron::Error::MissingStructField { .. }
            | ron::Error::DuplicateStructField { .. }
            | ron::Error::IntegerOutOfBounds
            | ron::Error::ExpectedBoolean
            | ron::Error::ExpectedInteger
            | ron::Error::ExpectedFloat
            | ron::Error::ExpectedString
            | ron::Error::ExpectedOption
            | ron::Error::ExpectedUnit => Damage::WrongValue,
            _ => Damage::Syntax,
        };
        StoreError::Damaged {
            path: path.to_path_buf(),
            line: start.line,
            column: start.col,
            damage,
            detail: error.code.to_string(),
        }
    };

    // The whole archive first (a large one on two threads); the probe reads
    // the file a second time, which only a file that does not read as this
    // version's archive needs.
    match split::read(text) {
        Ok(archive) if archive.version > SCHEMA_VERSION => {
            let version = archive.version;
            Ok((archive, Some(version)))
        }
        // A file that says version 0 (rather than leaving it out, which the full read reports).
        Ok(archive) if archive.version == 0 => Err(StoreError::BadVersion {
            path: path.to_path_buf(),
            version: 0,
        }),
        // Version 1 files read as version 2 with no `updated_at` and no
        // tombstones (every field has a default): a merge counts their records
        // as older than any stamped edit. Version 2 files named the owner and
        // the helper on each card: they become people of the household.
        Ok(mut archive) => {
            archive.version = SCHEMA_VERSION;
            archive.adopt_people();
            Ok((archive, None))
        }
        Err(error) => match ron::from_str::<VersionProbe>(text) {
            Ok(probe) if probe.version > SCHEMA_VERSION => Err(StoreError::NewerUnreadable {
                path: path.to_path_buf(),
                version: probe.version,
            }),
            _ => Err(damaged(error)),
        },
    }
}

/// The archive as the text written to disk.
pub fn to_text(archive: &Archive) -> Result<String, StoreError> {
    to_text_of(archive)
}

/// Any value as RON text in the archive's style.
pub fn to_text_of<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    // Line ends are "\n" on every system (ron would write "\r\n" on
    // Windows), so that a file synced between a Windows laptop and a Mac reads
    // and hashes the same.
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME)
        .struct_names(false)
        .escape_strings(false)
        .indentor("  ".to_owned());
    ron::ser::to_string_pretty(value, config)
        .map(|mut text| {
            text.push('\n');
            text
        })
        .map_err(|error| StoreError::Serialize {
            detail: error.to_string(),
        })
}

/// Creates the data folder (owner-only on Unix) if it does not exist.
fn create_dir(dir: &Path) -> Result<(), StoreError> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|e| StoreError::io(dir, e))
}

/// Writes `bytes` to `path` so that a crash leaves either the old file or the new one:
/// a temporary file in the same folder, flushed and synced, renamed over the
/// target, then the folder synced. The file is readable by its owner only.
/// (For the archive itself, a save swaps instead: see [`save`].)
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    // A bare file name ("r.ics") lives in the current folder.
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let temp = write_temp(dir, bytes)?;
    if let Err(error) = fs::rename(&temp, path) {
        // A leftover temporary file is removed at the next start.
        if let Err(error) = fs::remove_file(&temp) {
            log::warn!("{}", StoreError::io(&temp, error));
        }
        return Err(StoreError::io(path, error));
    }
    sync_dir(dir)
}

/// Writes `bytes` to a new temporary file in `dir` (owner-only on Unix),
/// flushed and synced, and returns its path; the caller renames or removes it.
fn write_temp(dir: &Path, bytes: &[u8]) -> Result<PathBuf, StoreError> {
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(|e| StoreError::io(dir, e))?;
    // tempfile creates the file with mode 0600 on Unix.
    temp.write_all(bytes)
        .and_then(|()| temp.flush())
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| StoreError::io(temp.path(), e))?;
    temp.into_temp_path()
        .keep()
        .map_err(|e| StoreError::io(dir, e.error))
}

/// Syncs the folder, so that a rename in it survives a power cut (Unix;
/// Windows makes renames durable with the file system's own journal).
#[cfg(unix)]
fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| StoreError::io(dir, e))
}

/// Syncs the folder (nothing to do here).
#[cfg(not(unix))]
#[expect(clippy::unnecessary_wraps, reason = "the Unix version can fail")]
fn sync_dir(_dir: &Path) -> Result<(), StoreError> {
    Ok(())
}

/// Why the archive cannot be written now.
#[derive(Debug)]
pub enum Blocked {
    /// Another copy of Kōshin has the archive open.
    InUse,
    /// The data folder cannot be written (read-only disk, permissions).
    Unwritable(StoreError),
    /// A newer Kōshin wrote the file.
    Newer(u32),
    /// The file is damaged; the person must restore a backup or start anew.
    Damaged(StoreError),
}

impl Blocked {
    /// What to tell the person in the window, which stays open with the changes in it.
    pub fn message(&self) -> Msg {
        let ids = [
            msg_id!("archive-in-use"),
            msg_id!("archive-unwritable"),
            msg_id!("archive-newer"),
        ];
        self.message_of(ids)
    }

    /// What to tell the person on the command line, where there is no
    /// window to stay open in: nothing was changed.
    pub fn command_line_message(&self) -> Msg {
        let ids = [
            msg_id!("cli-archive-in-use"),
            msg_id!("cli-archive-unwritable"),
            msg_id!("cli-archive-newer"),
        ];
        self.message_of(ids)
    }

    /// The message of this reason from `[in use, unwritable, newer]`.
    fn message_of(&self, [in_use, unwritable, newer]: [&'static str; 3]) -> Msg {
        match self {
            Blocked::InUse => Msg::new(in_use),
            Blocked::Unwritable(error) => Msg::new(unwritable).arg("detail", error.message()),
            Blocked::Newer(version) => Msg::new(newer).arg("version", *version),
            Blocked::Damaged(error) => error.message(),
        }
    }
}

/// A backup file in `backups/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    /// Where it is.
    pub path: PathBuf,
    /// Its file name, which carries the moment it was made.
    pub name: String,
}

/// The archive's data folder, opened by this copy of the app.
#[derive(Debug)]
pub struct Store {
    dir: PathBuf,
    lock: Option<ArchiveLock>,
    blocked: Option<Blocked>,
    last_backup: Option<Timestamp>,
    /// The archive as this copy last read or wrote it: what a save compares
    /// with to stamp what changed.
    base: Archive,
    /// What this copy knows the file to hold.
    known: sync::Known,
    /// Another computer that has the archive open, from the lock's note.
    open_elsewhere: Option<LockHolder>,
    /// A test's hook into saves.
    #[cfg(test)]
    save_hook: Option<save::SaveHook>,
}

impl Store {
    /// Opens the data folder: takes the lock and reads the archive.
    ///
    /// This never fails: what stops writing is kept in [`Store::blocked`], and
    /// the archive returned is what could be read (empty when nothing could).
    pub fn open(dir: &Path, now: Timestamp) -> (Self, Archive) {
        let mut store = Store::closed(dir);
        match create_dir(dir).and_then(|()| ArchiveLock::try_acquire(dir, now)) {
            Ok(Acquired::Held(lock, elsewhere)) => {
                store.lock = Some(lock);
                store.open_elsewhere = elsewhere;
            }
            Ok(Acquired::InUse(_)) => store.blocked = Some(Blocked::InUse),
            Err(error) => store.blocked = Some(Blocked::Unwritable(error)),
        }
        store.last_backup = store.backups().first().and_then(|b| backup_moment(&b.name));
        let archive = match load(&store.archive_path()) {
            Ok(loaded) => {
                if let Some(version) = loaded.newer_version {
                    store.blocked.get_or_insert(Blocked::Newer(version));
                }
                store.base = loaded.archive.clone();
                store.known.set_disk(loaded.hash);
                loaded.archive
            }
            Err(StoreError::NewerUnreadable { version, .. }) => {
                store.blocked.get_or_insert(Blocked::Newer(version));
                store.note_unreadable();
                Archive::default()
            }
            Err(error) => {
                store.note_unreadable();
                // Damage outranks "in use": it is what the person must act on.
                store.blocked = Some(Blocked::Damaged(error));
                Archive::default()
            }
        };
        if store.lock.is_some() {
            store.remove_stray_temp_files(&archive, now);
        }
        (store, archive)
    }

    /// A store on `dir` that holds no lock and has read nothing: it writes
    /// nothing. Where [`Store::open`] starts, and the store of a [`preview`],
    /// which says nothing is in the way so that the preview looks as the
    /// archive will once it is opened.
    pub fn closed(dir: &Path) -> Self {
        Store {
            dir: dir.to_path_buf(),
            lock: None,
            blocked: None,
            last_backup: None,
            base: Archive::default(),
            known: sync::Known::default(),
            open_elsewhere: None,
            #[cfg(test)]
            save_hook: None,
        }
    }

    /// Remembers the file as it is as unreadable, so that looking for
    /// changes does not report it again until it changes.
    fn note_unreadable(&mut self) {
        self.known.set_unreadable(
            fs::read(self.archive_path())
                .ok()
                .map(|bytes| sync::hash(&bytes)),
        );
    }

    /// What this copy knows the file to hold, shared with a watcher.
    pub fn known(&self) -> sync::Known {
        self.known.clone()
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The archive file.
    pub fn archive_path(&self) -> PathBuf {
        archive_path(&self.dir)
    }

    /// Why the archive cannot be written, if it cannot.
    pub fn blocked(&self) -> Option<&Blocked> {
        self.blocked.as_ref()
    }

    /// Whether saving is possible.
    pub fn is_writable(&self) -> bool {
        self.blocked.is_none() && self.lock.is_some()
    }

    /// Releases the lock (its note is cleared): nothing is written after this.
    pub fn release_lock(&mut self) {
        self.lock = None;
    }

    /// Whether this copy holds the lock (it may still be blocked by damage).
    pub fn holds_lock(&self) -> bool {
        self.lock.is_some()
    }

    fn backup_dir(&self) -> PathBuf {
        self.dir.join(BACKUP_DIR)
    }

    /// Copies `bytes` into `backups/` as `koshin-<moment><suffix>.ron` and
    /// drops the oldest beyond [`BACKUPS_KEPT`].
    fn back_up(&self, bytes: &[u8], now: Timestamp, suffix: &str) -> Result<PathBuf, StoreError> {
        let dir = self.backup_dir();
        create_dir(&dir)?;
        let stamp = now.strftime("%Y%m%dT%H%M%SZ");
        let path = save::free_name(&dir, &format!("koshin-{stamp}{suffix}"));
        write_atomic(&path, bytes)?;
        self.prune_backups()?;
        Ok(path)
    }

    /// Drops the oldest backups beyond [`BACKUPS_KEPT`].
    fn prune_backups(&self) -> Result<(), StoreError> {
        for old in self.backups().into_iter().skip(BACKUPS_KEPT) {
            fs::remove_file(&old.path).map_err(|e| StoreError::io(&old.path, e))?;
        }
        Ok(())
    }

    /// The backups, newest first.
    pub fn backups(&self) -> Vec<Backup> {
        let Ok(entries) = fs::read_dir(self.backup_dir()) else {
            return Vec::new();
        };
        let mut backups: Vec<Backup> = entries
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let name = entry.file_name().to_str()?.to_owned();
                (name.starts_with("koshin-")
                    && Path::new(&name)
                        .extension()
                        .is_some_and(|e| e.eq_ignore_ascii_case("ron")))
                .then(|| Backup {
                    path: entry.path(),
                    name,
                })
            })
            .collect();
        backups.sort_by(|a, b| b.name.cmp(&a.name));
        backups
    }

    /// The newest backup that can be read, with what it holds.
    pub fn newest_readable_backup(&self) -> Option<(Backup, Archive)> {
        self.backups()
            .into_iter()
            .find_map(|backup| match load(&backup.path) {
                Ok(Loaded {
                    archive,
                    newer_version: None,
                    ..
                }) => Some((backup, archive)),
                _ => None,
            })
    }

    /// Moves the damaged file aside (it is kept) and puts the newest readable backup in its place.
    pub fn restore_newest_backup(
        &mut self,
        now: Timestamp,
    ) -> Result<(Archive, PathBuf), StoreError> {
        self.require_lock()?;
        let (backup, archive) = self.newest_readable_backup().ok_or(StoreError::NoBackup)?;
        let bytes = fs::read(&backup.path).map_err(|e| StoreError::io(&backup.path, e))?;
        let aside = self.move_damaged_aside(now)?;
        write_atomic(&self.archive_path(), &bytes)?;
        self.blocked = None;
        self.base = archive.clone();
        self.known.set_disk(Some(sync::hash(&bytes)));
        // The restored file is itself a backup; the next save need not make another at once.
        self.last_backup = Some(now);
        Ok((archive, aside))
    }

    /// Moves the damaged file aside (it is kept) so that a new, empty archive can begin.
    pub fn start_new_archive(&mut self, now: Timestamp) -> Result<PathBuf, StoreError> {
        self.require_lock()?;
        let aside = self.move_damaged_aside(now)?;
        self.blocked = None;
        self.base = Archive::default();
        self.known.set_disk(None);
        Ok(aside)
    }

    fn require_lock(&self) -> Result<(), StoreError> {
        if self.lock.is_some() {
            Ok(())
        } else {
            Err(StoreError::ReadOnly)
        }
    }

    /// Renames `koshin.ron` to `koshin.damaged-<moment>.ron`, never over an existing file.
    fn move_damaged_aside(&self, now: Timestamp) -> Result<PathBuf, StoreError> {
        let path = self.archive_path();
        let stamp = now.strftime("%Y%m%dT%H%M%SZ");
        let aside = save::free_name(&self.dir, &format!("koshin.damaged-{stamp}"));
        fs::rename(&path, &aside).map_err(|e| StoreError::io(&path, e))?;
        Ok(aside)
    }

    /// Deals with the temporary files a save cut short left behind, in the
    /// data folder and in `backups/`. One that holds an archive with
    /// anything `archive` lacks (a file another device delivered just as a
    /// save swapped it out) is kept as an unmerged copy, which the app offers
    /// to merge; the others are removed.
    fn remove_stray_temp_files(&self, archive: &Archive, now: Timestamp) {
        for dir in [self.dir.clone(), self.backup_dir()] {
            let Ok(entries) = fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.filter_map(Result::ok) {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                if !(name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)) {
                    continue;
                }
                let path = entry.path();
                let news = dir == self.dir && holds_news(&path, archive);
                let done = if news {
                    let stamp = now.strftime("%Y%m%dT%H%M%SZ");
                    let target = save::free_name(&self.dir, &format!("{UNMERGED_PREFIX}{stamp}"));
                    fs::rename(&path, &target)
                } else {
                    fs::remove_file(&path)
                };
                if let Err(error) = done {
                    log::warn!(
                        "could not clear a temporary file: {}",
                        StoreError::io(&path, error)
                    );
                }
            }
        }
    }
}

/// Whether the file at `path` reads as an archive with something that
/// `archive` lacks.
fn holds_news(path: &Path, archive: &Archive) -> bool {
    let Ok(bytes) = fs::read(path) else {
        return false;
    };
    match load_bytes(&bytes, path) {
        Ok(Loaded {
            archive: theirs,
            newer_version: None,
            ..
        }) => !crate::model::merge::merge(archive, &theirs).1.is_empty(),
        _ => false,
    }
}

/// The moment in a backup's name (`koshin-20261122T010000Z….ron`).
fn backup_moment(name: &str) -> Option<Timestamp> {
    let stamp = name.strip_prefix("koshin-")?.get(..16)?;
    jiff::civil::DateTime::strptime("%Y%m%dT%H%M%SZ", stamp)
        .ok()?
        .to_zoned(jiff::tz::TimeZone::UTC)
        .ok()
        .map(|zoned| zoned.timestamp())
}
