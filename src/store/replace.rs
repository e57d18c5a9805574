//! Putting a new file in place of the archive so that whatever was there at
//! that instant is handed back, never lost: a sync tool may rename another
//! device's file into place at any moment, also in the middle of a save.
//!
//! - Linux and Android: `renameat2(RENAME_EXCHANGE)` swaps the two names in
//!   one step; the file that was in place is then under the temporary name.
//! - macOS and iOS: `renameatx_np(RENAME_SWAP)`, the same.
//! - Windows: `ReplaceFileW` with a backup name, which receives the file
//!   that was in place.
//! - Elsewhere, and on file systems that cannot swap (some network and FUSE
//!   folders, FAT on older kernels): the file in place is first renamed
//!   aside, then the new one is linked into place only if nothing arrived
//!   meanwhile; what was renamed aside is handed back. The window in which a
//!   file could arrive unseen is then the one between those two calls, and
//!   even then the arrival is not overwritten: linking refuses, and it is
//!   renamed aside in turn.
//!
//! The caller compares what was handed back with what it last read: anything
//! else arrived unseen and must be merged or kept.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Puts `new` (a complete, synced file in the same folder) in place of
/// `target`. Returns the files that were in place, each now under a name in
/// the same folder: one normally, none when there was no file, more when
/// files kept arriving while it worked. `aside` names a free path for one of
/// them.
pub fn swap_in(
    new: &Path,
    target: &Path,
    mut aside: impl FnMut() -> PathBuf,
) -> io::Result<Vec<PathBuf>> {
    // Nothing is moved unless there is a new file to put in place.
    fs::symlink_metadata(new)?;
    match platform::swap(new, target, &mut aside) {
        Swapped::Done(displaced) => Ok(displaced),
        Swapped::Failed(error) => Err(error),
        Swapped::Unsupported => without_swap(new, target, &mut aside),
    }
}

/// What a platform's swap did.
#[cfg_attr(not(any(unix, windows)), allow(dead_code))]
enum Swapped {
    /// `new` is in place; the files that were there.
    Done(Vec<PathBuf>),
    /// Nothing was changed.
    Failed(io::Error),
    /// This platform or file system cannot swap: nothing was changed.
    Unsupported,
}

/// Puts `new` in place where nothing can swap: each file found in place is
/// renamed aside, then `new` is hard-linked into place, which fails rather
/// than overwrite a file that arrived meanwhile. Where hard links are not
/// supported (FAT), a plain rename follows the rename aside.
fn without_swap(
    new: &Path,
    target: &Path,
    aside: &mut impl FnMut() -> PathBuf,
) -> io::Result<Vec<PathBuf>> {
    let mut displaced = Vec::new();
    loop {
        let away = aside();
        match fs::rename(target, &away) {
            Ok(()) => displaced.push(away),
            Err(error) if error.kind() == io::ErrorKind::NotFound => {}
            Err(error) => return Err(error),
        }
        match fs::hard_link(new, target) {
            Ok(()) => {
                fs::remove_file(new)?;
                return Ok(displaced);
            }
            // Another file arrived between the two calls: set it aside too.
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {}
            Err(_) => {
                if let Err(error) = fs::rename(new, target) {
                    // The new file is gone: the file read goes back in place.
                    if let Some(last) = displaced.last() {
                        fs::rename(last, target)?;
                    }
                    return Err(error);
                }
                return Ok(displaced);
            }
        }
    }
}

#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
mod platform {
    use std::path::{Path, PathBuf};

    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;

    use super::Swapped;

    /// Swaps the names of `new` and `target`; when there is no `target`,
    /// renames `new` into place unless a file arrived meanwhile.
    pub(super) fn swap(new: &Path, target: &Path, _aside: &mut impl FnMut() -> PathBuf) -> Swapped {
        loop {
            let swapped = renameat_with(CWD, new, CWD, target, RenameFlags::EXCHANGE);
            let errno = match swapped {
                // The file that was in place now has `new`'s name.
                Ok(()) => return Swapped::Done(vec![new.to_path_buf()]),
                Err(Errno::NOENT) => {
                    match renameat_with(CWD, new, CWD, target, RenameFlags::NOREPLACE) {
                        Ok(()) => return Swapped::Done(Vec::new()),
                        // A file arrived just now: swap with it.
                        Err(Errno::EXIST) => continue,
                        Err(errno) => errno,
                    }
                }
                Err(errno) => errno,
            };
            let unsupported = [Errno::INVAL, Errno::NOSYS, Errno::NOTSUP, Errno::OPNOTSUPP];
            return if unsupported.contains(&errno) {
                Swapped::Unsupported
            } else {
                Swapped::Failed(errno.into())
            };
        }
    }
}

#[cfg(windows)]
#[allow(unsafe_code)]
mod platform {
    use std::io;
    use std::os::windows::ffi::OsStrExt;
    use std::path::{Path, PathBuf};
    use std::time::Duration;

    use windows_sys::Win32::Foundation::{
        ERROR_ACCESS_DENIED, ERROR_FILE_NOT_FOUND, ERROR_LOCK_VIOLATION, ERROR_SHARING_VIOLATION,
        ERROR_UNABLE_TO_MOVE_REPLACEMENT, ERROR_UNABLE_TO_MOVE_REPLACEMENT_2,
        ERROR_UNABLE_TO_REMOVE_REPLACED,
    };
    use windows_sys::Win32::Storage::FileSystem::ReplaceFileW;

    use super::Swapped;

    /// How often a replacement another program keeps from happening (an
    /// antivirus scan, OneDrive, the search indexer holding the file open)
    /// is tried, and how long apart: about a second and a half in all.
    const TRIES: u32 = 30;
    const PAUSE: Duration = Duration::from_millis(50);

    fn wide(path: &Path) -> Vec<u16> {
        path.as_os_str().encode_wide().chain(Some(0)).collect()
    }

    /// Whether the error is another program holding a file for a moment.
    fn is_passing(code: u32) -> bool {
        [
            ERROR_SHARING_VIOLATION,
            ERROR_LOCK_VIOLATION,
            ERROR_ACCESS_DENIED,
            ERROR_UNABLE_TO_REMOVE_REPLACED,
            ERROR_UNABLE_TO_MOVE_REPLACEMENT,
        ]
        .contains(&code)
    }

    /// Replaces `target` with `new`; the file that was in place is moved to a
    /// name from `aside`. When there is no `target`, links `new` into place
    /// unless a file arrived meanwhile. A file another program holds open is
    /// tried again for a moment before the error is returned.
    pub(super) fn swap(new: &Path, target: &Path, aside: &mut impl FnMut() -> PathBuf) -> Swapped {
        let mut displaced = Vec::new();
        let mut tries = 0;
        loop {
            let away = aside();
            let (target_w, new_w, away_w) = (wide(target), wide(new), wide(&away));
            // SAFETY: the three arguments are NUL-terminated UTF-16 strings
            // that live until the call returns; the reserved pointers are null.
            let replaced = unsafe {
                ReplaceFileW(
                    target_w.as_ptr(),
                    new_w.as_ptr(),
                    away_w.as_ptr(),
                    0,
                    std::ptr::null(),
                    std::ptr::null(),
                )
            };
            if replaced != 0 {
                displaced.push(away);
                return Swapped::Done(displaced);
            }
            let error = io::Error::last_os_error();
            let code = error
                .raw_os_error()
                .and_then(|c| u32::try_from(c).ok())
                .unwrap_or(0);
            if code == ERROR_UNABLE_TO_MOVE_REPLACEMENT_2 {
                // The file in place was moved aside, the new one not moved in:
                // it goes in like a first file.
                displaced.push(away);
            } else if code != ERROR_FILE_NOT_FOUND {
                tries += 1;
                if is_passing(code) && tries < TRIES {
                    std::thread::sleep(PAUSE);
                    continue;
                }
                return Swapped::Failed(error);
            }
            // No file in place: link it there, which fails if one arrived.
            match std::fs::hard_link(new, target) {
                Ok(()) => {
                    return match std::fs::remove_file(new) {
                        Ok(()) => Swapped::Done(displaced),
                        Err(error) => Swapped::Failed(error),
                    };
                }
                Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {}
                Err(_) if displaced.is_empty() => return Swapped::Unsupported,
                // No hard links here (FAT): the file read is already aside.
                Err(_) => {
                    return match std::fs::rename(new, target) {
                        Ok(()) => Swapped::Done(displaced),
                        Err(error) => Swapped::Failed(error),
                    };
                }
            }
        }
    }
}

#[cfg(not(any(
    target_os = "linux",
    target_os = "android",
    target_vendor = "apple",
    windows
)))]
mod platform {
    use std::path::{Path, PathBuf};

    use super::Swapped;

    /// No swap here: see [`super::without_swap`].
    pub(super) fn swap(
        _new: &Path,
        _target: &Path,
        _aside: &mut impl FnMut() -> PathBuf,
    ) -> Swapped {
        Swapped::Unsupported
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aside_in(dir: &Path) -> impl FnMut() -> PathBuf + use<> {
        let dir = dir.to_path_buf();
        let mut n = 0;
        move || {
            n += 1;
            dir.join(format!("aside-{n}"))
        }
    }

    /// A folder with `new` written and `target` holding "old" (or nothing).
    fn folder(old: bool) -> (tempfile::TempDir, PathBuf, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let (new, target) = (dir.path().join("new"), dir.path().join("target"));
        fs::write(&new, "new").unwrap();
        if old {
            fs::write(&target, "old").unwrap();
        }
        (dir, new, target)
    }

    /// The new file is in place and the old one is the one handed back.
    fn handed_back(new: &Path, target: &Path, displaced: &[PathBuf]) {
        assert_eq!(fs::read_to_string(target).unwrap(), "new");
        assert_eq!(displaced.len(), 1);
        assert_eq!(fs::read_to_string(&displaced[0]).unwrap(), "old");
        assert!(!new.exists() || fs::read_to_string(new).unwrap() == "old");
    }

    #[test]
    fn the_file_in_place_is_handed_back_and_the_new_one_is_in_place() {
        let (dir, new, target) = folder(true);
        let displaced = swap_in(&new, &target, aside_in(dir.path())).unwrap();
        handed_back(&new, &target, &displaced);
    }

    #[test]
    fn with_no_file_in_place_nothing_is_handed_back() {
        let (dir, new, target) = folder(false);
        let displaced = swap_in(&new, &target, aside_in(dir.path())).unwrap();
        assert!(displaced.is_empty());
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        assert!(!new.exists());
    }

    #[test]
    fn without_a_swap_the_file_in_place_is_handed_back_too() {
        let (dir, new, target) = folder(true);
        let displaced = without_swap(&new, &target, &mut aside_in(dir.path())).unwrap();
        handed_back(&new, &target, &displaced);
        assert!(!new.exists());
    }
}
