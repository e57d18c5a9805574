//! Another device's file arriving at every point of a save: it is merged,
//! or at worst kept beside the archive, and never written over.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use jiff::{Timestamp, ToSpan};

use super::*;
use crate::model::{Money, Receipt};
use crate::store::{BACKUP_DIR, FILE_NAME, archive_path, conflict_copies, load};

fn now() -> Timestamp {
    "2026-11-22T01:00:00Z".parse().unwrap()
}

fn receipt(provider: &str) -> Receipt {
    Receipt {
        provider: provider.into(),
        amount: Money::yen(1000),
        ..Receipt::default()
    }
}

fn providers(archive: &Archive) -> Vec<String> {
    archive
        .receipts
        .iter()
        .map(|r| r.provider.clone())
        .collect()
}

/// What a sync tool does: the other device's file is written beside the
/// archive and renamed over it.
fn deliver(dir: &Path, archive: &Archive) {
    let incoming = dir.join(".syncthing.koshin.ron.tmp");
    fs::write(&incoming, to_text(archive).unwrap()).unwrap();
    fs::rename(&incoming, dir.join(FILE_NAME)).unwrap();
}

/// A data folder with a saved archive of one receipt, open in a store.
fn opened() -> (tempfile::TempDir, Store, Archive) {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, mut archive) = Store::open(dir.path(), now());
    archive.receipts.push(receipt("First"));
    store.save(&archive, now()).unwrap();
    let archive = store.saved_archive().clone();
    (dir, store, archive)
}

/// Every receipt, in the archive and in the copies kept beside it.
fn everything(dir: &Path) -> Vec<String> {
    let mut all = providers(&load(&archive_path(dir)).unwrap().archive);
    for copy in conflict_copies(dir) {
        all.extend(providers(&load(&copy).unwrap().archive));
    }
    all
}

const POINTS: [SavePoint; 4] = [
    SavePoint::AfterRead,
    SavePoint::AfterMerge,
    SavePoint::AfterTempWritten,
    SavePoint::AfterReplace,
];

#[test]
fn another_devices_file_arriving_at_any_point_of_a_save_is_merged() {
    for point in POINTS {
        let (dir, mut store, mut ours) = opened();
        let mut theirs = ours.clone();
        theirs.receipts.push(receipt("Theirs"));
        let (target, fired) = (dir.path().to_path_buf(), Arc::new(AtomicBool::new(false)));
        let once = Arc::clone(&fired);
        store.set_save_hook(move |at| {
            if at == point && !once.swap(true, Ordering::SeqCst) {
                deliver(&target, &theirs);
            }
        });
        ours.receipts.push(receipt("Ours"));
        let saved = store.save(&ours, now() + 1.minute()).unwrap();
        assert!(fired.load(Ordering::SeqCst), "{point:?} was never reached");
        if point == SavePoint::AfterReplace {
            // It arrived after the save: the next save merges it.
            let saved_here = store.saved_archive().clone();
            store.save(&saved_here, now() + 2.minutes()).unwrap();
        } else {
            assert!(saved.merged.is_some(), "{point:?}: nothing merged");
        }
        let on_disk = providers(&load(&archive_path(dir.path())).unwrap().archive);
        for name in ["First", "Ours", "Theirs"] {
            assert!(
                on_disk.iter().any(|p| p == name),
                "{point:?}: {name} lost: {on_disk:?}"
            );
        }
        assert_eq!(on_disk.len(), 3, "{point:?}: {on_disk:?}");
        assert!(conflict_copies(dir.path()).is_empty(), "{point:?}");
        assert!(stray_temp_files(dir.path()).is_empty(), "{point:?}");
        assert!(
            !store.disk_changed(),
            "{point:?}: the merged file is this copy's own"
        );
    }
}

#[test]
fn files_that_keep_arriving_are_kept_beside_the_archive_and_none_is_lost() {
    let (dir, mut store, mut ours) = opened();
    let (target, count) = (dir.path().to_path_buf(), Arc::new(AtomicUsize::new(0)));
    let counter = Arc::clone(&count);
    let base = ours.clone();
    store.set_save_hook(move |at| {
        if at == SavePoint::AfterTempWritten {
            let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
            let mut theirs = base.clone();
            theirs.receipts.push(receipt(&format!("Theirs {n}")));
            deliver(&target, &theirs);
        }
    });
    ours.receipts.push(receipt("Ours"));
    let saved = store.save(&ours, now() + 1.minute()).unwrap();
    assert_eq!(count.load(Ordering::SeqCst), SAVE_ATTEMPTS);
    assert_eq!(saved.kept.len(), 1, "{saved:?}");
    assert_eq!(conflict_copies(dir.path()), saved.kept);
    let all = everything(dir.path());
    for n in 1..=SAVE_ATTEMPTS {
        let name = format!("Theirs {n}");
        assert!(all.contains(&name), "{name} lost: {all:?}");
    }
    assert!(all.contains(&"Ours".to_owned()));
}

#[test]
fn an_unreadable_arrival_is_kept_and_the_save_goes_on() {
    let (dir, mut store, mut ours) = opened();
    let target = dir.path().to_path_buf();
    let fired = Arc::new(AtomicBool::new(false));
    let once = Arc::clone(&fired);
    store.set_save_hook(move |at| {
        if at == SavePoint::AfterTempWritten && !once.swap(true, Ordering::SeqCst) {
            fs::write(target.join("partial"), "(version: 2, cards: [").unwrap();
            fs::rename(target.join("partial"), target.join(FILE_NAME)).unwrap();
        }
    });
    ours.receipts.push(receipt("Ours"));
    let saved = store.save(&ours, now() + 1.minute()).unwrap();
    assert_eq!(saved.kept.len(), 1);
    assert_eq!(
        fs::read_to_string(&saved.kept[0]).unwrap(),
        "(version: 2, cards: ["
    );
    assert!(providers(&load(&archive_path(dir.path())).unwrap().archive).contains(&"Ours".into()));
}

fn stray_temp_files(dir: &Path) -> Vec<PathBuf> {
    [dir.to_path_buf(), dir.join(BACKUP_DIR)]
        .iter()
        .filter_map(|d| fs::read_dir(d).ok())
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(TEMP_SUFFIX))
        .collect()
}

fn backups(dir: &Path) -> usize {
    fs::read_dir(dir.join(BACKUP_DIR)).map_or(0, Iterator::count)
}

#[test]
fn backups_are_made_at_most_every_ten_minutes_also_by_separate_programs() {
    let (dir, store, mut ours) = opened();
    drop(store);
    // Each command-line run opens the archive anew.
    for minute in 1..=9 {
        let (mut store, _) = Store::open(dir.path(), now() + minute.minutes());
        ours.receipts.push(receipt(&format!("Run {minute}")));
        store.save(&ours, now() + minute.minutes()).unwrap();
        ours = store.saved_archive().clone();
    }
    assert_eq!(
        backups(dir.path()),
        1,
        "one backup for the first save's file"
    );
    let (mut store, _) = Store::open(dir.path(), now() + 11.minutes());
    ours.receipts.push(receipt("Later"));
    store.save(&ours, now() + 11.minutes()).unwrap();
    assert_eq!(backups(dir.path()), 2);
}

#[test]
fn a_save_that_fails_writes_no_backup() {
    let (dir, mut store, mut ours) = opened();
    let before = backups(dir.path());
    let target = dir.path().to_path_buf();
    store.set_save_hook(move |at| {
        if at == SavePoint::AfterTempWritten {
            // The temporary file vanishes (a full disk, a cleaner): the swap fails.
            for temp in stray_temp_files(&target) {
                fs::remove_file(temp).unwrap();
            }
        }
    });
    ours.receipts.push(receipt("Ours"));
    assert!(store.save(&ours, now() + 20.minutes()).is_err());
    assert_eq!(backups(dir.path()), before);
    assert_eq!(
        load(&archive_path(dir.path()))
            .unwrap()
            .archive
            .receipts
            .len(),
        1
    );
}

#[test]
fn stray_temporary_files_are_removed_or_kept_when_they_hold_news() {
    let (dir, store, ours) = opened();
    drop(store);
    fs::create_dir_all(dir.path().join(BACKUP_DIR)).unwrap();
    let half = dir.path().join(BACKUP_DIR).join(".koshin-abc.tmp");
    fs::write(&half, "(version: 2, car").unwrap();
    let old = dir.path().join(".koshin-old.tmp");
    fs::write(&old, to_text(&ours).unwrap()).unwrap();
    let mut theirs = ours.clone();
    theirs.receipts.push(receipt("Delivered mid-save"));
    fs::write(
        dir.path().join(".koshin-new.tmp"),
        to_text(&theirs).unwrap(),
    )
    .unwrap();

    let (_store, _) = Store::open(dir.path(), now() + 1.hour());
    assert!(stray_temp_files(dir.path()).is_empty());
    let copies = conflict_copies(dir.path());
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert!(providers(&load(&copies[0]).unwrap().archive).contains(&"Delivered mid-save".into()));
}
