//! The archive file: round trip, atomic saves, backups, damage, versions, the lock.

#![allow(clippy::unwrap_used, clippy::too_many_lines)]

mod common;

use std::fs;
use std::path::Path;

use jiff::{Timestamp, ToSpan};
use koshin::model::{Archive, Card, CardKind, demo};
use koshin::store::{self, Blocked, Damage, Store, StoreError};

fn now() -> Timestamp {
    common::now().timestamp()
}

/// `archive` without the times a save stamps on what it changed, to compare
/// what was written with what was given.
fn unstamped(mut archive: Archive) -> Archive {
    archive.cards.iter_mut().for_each(|c| c.updated_at = None);
    archive
        .receipts
        .iter_mut()
        .for_each(|r| r.updated_at = None);
    archive
        .renewals
        .iter_mut()
        .for_each(|r| r.updated_at = None);
    archive.people.iter_mut().for_each(|p| p.updated_at = None);
    archive.trips.iter_mut().for_each(|t| t.updated_at = None);
    archive.rates.iter_mut().for_each(|r| r.updated_at = None);
    archive.settings.updated_at = None;
    archive
}

fn write(dir: &Path, text: &[u8]) {
    fs::write(dir.join(store::FILE_NAME), text).unwrap();
}

/// The sample archive, saved by a store in a temporary folder at each of
/// `times` (a second save an hour on keeps a backup); the store closed again.
fn saved_demo(times: &[Timestamp]) -> (tempfile::TempDir, Archive) {
    let dir = tempfile::tempdir().unwrap();
    let archive = demo::archive(&common::now());
    let (mut store, _) = Store::open(dir.path(), now());
    for at in times {
        store.save(&archive, *at).unwrap();
    }
    (dir, archive)
}

fn demo_text() -> String {
    store::to_text(&demo::archive(&common::now())).unwrap()
}

#[test]
fn a_full_archive_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = demo::archive(&common::now());
    // Text that needs care when written unescaped: quotes, backslashes, raw-string ends, lines.
    archive.cards[0].notes = "say \"hi\"\nC:\\path \"# and r#\"x\"#\n更新 ✓".into();
    let (mut store, loaded) = Store::open(dir.path(), now());
    assert_eq!(
        loaded,
        Archive::default(),
        "a missing file is an empty archive"
    );
    store.save(&archive, now()).unwrap();
    drop(store);
    let (store, loaded) = Store::open(dir.path(), now());
    assert!(store.is_writable());
    assert_eq!(unstamped(loaded.clone()), archive);
    assert!(loaded.cards.iter().all(|c| c.updated_at == Some(now())));
    // Zoned moments keep their time zone, money stays decimal text.
    let text = common::file_text(dir.path());
    assert!(text.contains("[Asia/Tokyo]"), "{text}");
    assert!(text.contains("amount: \"149.00 CNY\""), "{text}");
    let version = format!("version: {}", koshin::model::SCHEMA_VERSION);
    assert!(text.contains(&version), "{text}");
}

#[cfg(unix)]
#[test]
fn the_file_and_its_backups_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (mut store, archive) = Store::open(dir.path(), now());
    store.save(&archive, now()).unwrap();
    store.save(&archive, now() + 1.hour()).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir.path().join("koshin.ron")), 0o600);
    let backups = store.backups();
    assert_eq!(backups.len(), 1);
    assert_eq!(mode(&backups[0].path), 0o600);
}

#[test]
fn saves_keep_a_bounded_number_of_backups() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, mut archive) = Store::open(dir.path(), now());
    store.save(&archive, now()).unwrap();
    assert!(
        store.backups().is_empty(),
        "nothing to back up before the first file"
    );
    for i in 0..15 {
        archive
            .cards
            .push(Card::new(CardKind::Sim, format!("Card {i}")));
        // Quick saves share one backup; saves ten minutes apart make one each.
        store.save(&archive, now() + (i * 11).minutes()).unwrap();
        store
            .save(&archive, now() + (i * 11 + 1).minutes())
            .unwrap();
    }
    let backups = store.backups();
    assert_eq!(backups.len(), store::BACKUPS_KEPT);
    // The newest backup holds the archive as it was before the last backed-up save.
    let newest = store::load(&backups[0].path).unwrap().archive;
    assert_eq!(newest.cards.len(), 14);
}

#[test]
fn a_crash_mid_save_leaves_the_previous_archive_loadable() {
    let (dir, archive) = saved_demo(&[now()]);
    // A crash between writing the temporary file and renaming it leaves the
    // temporary file half written beside the archive.
    let text = demo_text();
    let stray = dir.path().join(".koshin-crash01.tmp");
    fs::write(&stray, &text.as_bytes()[..text.len() / 2]).unwrap();

    assert_eq!(unstamped(common::load(dir.path())), archive);
    let (store, loaded) = Store::open(dir.path(), now());
    assert_eq!(unstamped(loaded), archive);
    assert!(store.is_writable());
    assert!(!stray.exists(), "the stray temporary file is cleaned up");
}

#[test]
fn a_half_written_archive_is_reported_and_the_backup_restores_it() {
    let (dir, archive) = saved_demo(&[now(), now() + 1.hour()]);
    // Something other than Kōshin (a sync tool, a full disk) cut the file short.
    let text = demo_text();
    let half = &text.as_bytes()[..text.len() / 2];
    write(dir.path(), half);

    let (mut store, loaded) = Store::open(dir.path(), now());
    assert_eq!(loaded, Archive::default());
    assert!(!store.is_writable());
    let Some(Blocked::Damaged(StoreError::Damaged { damage, .. })) = store.blocked() else {
        panic!("expected damage, got {:?}", store.blocked());
    };
    assert_eq!(*damage, Damage::Truncated);
    assert!(matches!(
        store.save(&archive, now()),
        Err(StoreError::ReadOnly)
    ));
    assert_eq!(fs::read(dir.path().join("koshin.ron")).unwrap(), half);

    let (restored, aside) = store.restore_newest_backup(now() + 2.hours()).unwrap();
    assert_eq!(unstamped(restored), archive);
    assert_eq!(
        fs::read(&aside).unwrap(),
        half,
        "the damaged file is kept aside"
    );
    assert!(store.is_writable());
    assert_eq!(unstamped(common::load(dir.path())), archive);
}

/// Each kind of damage: the error names the line and column, and the file stays byte for byte.
#[test]
fn damaged_files_are_reported_with_position_and_never_touched() {
    let good = demo_text();
    let mut not_utf8 = good.as_bytes().to_vec();
    let pos = good.find("Mum's eSIM").unwrap();
    not_utf8[pos] = 0xff;
    let version = format!("version: {}", koshin::model::SCHEMA_VERSION);
    let wrong_type = good.replacen(&version, "version: \"one\"", 1);
    let bad_enum = good.replacen("kind: esim", "kind: satellite", 1);
    let bad_syntax = good.replacen("label: \"Dad's SIM\",", "label: \"Dad's SIM\" owner", 1);
    let bad_date = good.replacen(
        "2026-11-24T23:59:00+09:00[Asia/Tokyo]",
        "2026-13-24T23:59",
        1,
    );
    let truncated = good[..good.len() - 40].to_owned();
    let cases: Vec<(&str, Vec<u8>, Damage)> = vec![
        ("not UTF-8", not_utf8, Damage::NotUtf8),
        ("wrong type", wrong_type.into_bytes(), Damage::WrongValue),
        ("unknown kind", bad_enum.into_bytes(), Damage::WrongValue),
        ("bad syntax", bad_syntax.into_bytes(), Damage::Syntax),
        ("bad date", bad_date.into_bytes(), Damage::WrongValue),
        ("truncated", truncated.into_bytes(), Damage::Truncated),
        ("empty", Vec::new(), Damage::Truncated),
    ];
    for (name, bytes, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), &bytes);
        let (mut store, archive) = Store::open(dir.path(), now());
        let Some(Blocked::Damaged(error)) = store.blocked() else {
            panic!("{name}: expected damage, got {:?}", store.blocked());
        };
        let StoreError::Damaged {
            line,
            column,
            damage,
            ..
        } = error
        else {
            panic!("{name}: {error:?}");
        };
        assert_eq!(*damage, expected, "{name}: {error}");
        assert!(*line >= 1 && *column >= 1, "{name}");
        let text = error.to_string();
        assert!(
            text.contains(&format!("line {line}, column {column}")),
            "{name}: {text}"
        );
        assert!(
            store.save(&archive, now()).is_err(),
            "{name}: must not save"
        );
        drop(store);
        assert_eq!(
            fs::read(dir.path().join("koshin.ron")).unwrap(),
            bytes,
            "{name}: file changed"
        );
    }
}

#[test]
fn the_position_points_at_the_damage() {
    let good = demo_text();
    let bad = good.replacen("kind: esim", "kind: satellite", 1);
    let line = 1 + bad[..bad.find("satellite").unwrap()].matches('\n').count();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), bad.as_bytes());
    match store::load(&dir.path().join("koshin.ron")) {
        Err(StoreError::Damaged { line: found, .. }) => assert_eq!(found, line),
        other => panic!("{other:?}"),
    }
}

#[test]
fn starting_a_new_archive_moves_the_damaged_file_aside() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), b"(version: 1, cards: [");
    let (mut store, _) = Store::open(dir.path(), now());
    assert!(matches!(
        store.restore_newest_backup(now()),
        Err(StoreError::NoBackup)
    ));
    let aside = store.start_new_archive(now()).unwrap();
    assert_eq!(fs::read(&aside).unwrap(), b"(version: 1, cards: [");
    assert!(
        aside
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("koshin.damaged-")
    );
    assert!(store.is_writable());
    store.save(&Archive::default(), now()).unwrap();
    assert_eq!(
        store::load(&dir.path().join("koshin.ron")).unwrap().archive,
        Archive::default()
    );
}

#[test]
fn a_newer_file_opens_read_only_and_stays_untouched() {
    let dir = tempfile::tempdir().unwrap();
    // A future version: a higher number and a field this version does not know.
    let version = format!("version: {},", koshin::model::SCHEMA_VERSION);
    let text = demo_text().replacen(&version, "version: 7,\n  sync: (enabled: true),", 1);
    write(dir.path(), text.as_bytes());
    let (mut store, archive) = Store::open(dir.path(), now());
    assert!(matches!(store.blocked(), Some(Blocked::Newer(7))));
    assert_eq!(archive.cards.len(), 3, "what can be read is shown");
    assert!(matches!(
        store.save(&archive, now()),
        Err(StoreError::ReadOnly)
    ));
    assert_eq!(common::file_text(dir.path()), text);
}

#[test]
fn a_newer_file_that_cannot_be_read_says_so() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), b"(version: 9, cards: {\"new\": \"shape\"})");
    let (mut store, archive) = Store::open(dir.path(), now());
    assert!(matches!(store.blocked(), Some(Blocked::Newer(9))));
    assert!(store.save(&archive, now()).is_err());
    match store::load(&dir.path().join("koshin.ron")) {
        Err(error @ StoreError::NewerUnreadable { version: 9, .. }) => {
            assert!(error.to_string().contains("newer version"), "{error}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_second_copy_opens_read_only_until_the_first_closes() {
    let dir = tempfile::tempdir().unwrap();
    let (mut first, archive) = Store::open(dir.path(), now());
    first.save(&archive, now()).unwrap();
    let (mut second, _) = Store::open(dir.path(), now());
    assert!(matches!(second.blocked(), Some(Blocked::InUse)));
    assert!(matches!(
        second.save(&archive, now()),
        Err(StoreError::ReadOnly)
    ));
    drop(first);
    let (third, _) = Store::open(dir.path(), now());
    assert!(third.is_writable(), "the lock goes with the first copy");
}

#[test]
fn an_unknown_zero_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), b"(version: 0)");
    assert!(matches!(
        store::load(&dir.path().join("koshin.ron")),
        Err(StoreError::BadVersion { version: 0, .. })
    ));
}
