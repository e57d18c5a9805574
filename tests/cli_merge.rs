//! `koshin merge FILE` for real: two copies of the sample household that
//! each imported different receipts and cards become their union; merging
//! again changes nothing; a damaged copy is refused and nothing changes;
//! `koshin check` names the conflict copies it sees.

#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::process::Output;

use common::koshin_in_dir as koshin;

fn said(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn ok(output: &Output) -> String {
    assert!(output.status.success(), "{}", said(output));
    said(output)
}

const HEADER: &str =
    "date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes\n";

/// Two laptops with copies of the sample household; each imports its own
/// receipts, and Lin's also a card shared with her.
fn two_copies() -> (tempfile::TempDir, tempfile::TempDir, tempfile::TempDir) {
    let mum = tempfile::tempdir().unwrap();
    let lin = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    ok(&common::koshin_command()
        .arg("demo")
        .arg(mum.path())
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap());
    fs::copy(mum.path().join("koshin.ron"), lin.path().join("koshin.ron")).unwrap();

    let mum_csv = files.path().join("mum.csv");
    fs::write(
        &mum_csv,
        format!(
            "{HEADER}2026-11-21,Dad's SIM,Mirai Mobile,Visitor SIM,store,3300,JPY,MM-7001,,,\n"
        ),
    )
    .unwrap();
    ok(&koshin(
        mum.path(),
        &["import", "receipts", mum_csv.to_str().unwrap()],
    ));

    let lin_csv = files.path().join("lin.csv");
    fs::write(
        &lin_csv,
        format!(
            "{HEADER}2026-11-20,Mum's eSIM,Sora eSIM,Japan 3 GB,online,1280,JPY,SORA-9001,,,\n\
             2026-11-21,Mum's eSIM,Sora eSIM,Japan 3 GB,online,1280,JPY,SORA-9002,,,\n"
        ),
    )
    .unwrap();
    ok(&koshin(
        lin.path(),
        &["import", "receipts", lin_csv.to_str().unwrap()],
    ));
    let card = files.path().join("router.koshin-card.ron");
    ok(&koshin(
        mum.path(),
        &[
            "export",
            "card",
            "Family pocket WiFi",
            card.to_str().unwrap(),
        ],
    ));
    ok(&koshin(
        lin.path(),
        &["import", "card", card.to_str().unwrap()],
    ));
    (mum, lin, files)
}

#[test]
fn merging_two_copies_gives_their_union_and_a_second_merge_changes_nothing() {
    let (mum, lin, _files) = two_copies();
    let lin_file = lin.path().join("koshin.ron");
    let out = ok(&koshin(mum.path(), &["merge", lin_file.to_str().unwrap()]));
    assert!(out.contains("3 added"), "{out}");
    assert!(
        out.contains("SORA-9001") || out.contains("Sora eSIM"),
        "{out}"
    );

    let merged = common::load(mum.path());
    assert_eq!(
        merged.cards.len(),
        4,
        "3 shared cards and Lin's imported one"
    );
    assert_eq!(merged.receipts.len(), 5 + 1 + 2);
    let orders: Vec<&str> = merged
        .receipts
        .iter()
        .map(|r| r.order_number.as_str())
        .collect();
    for order in ["MM-7001", "SORA-9001", "SORA-9002"] {
        assert!(orders.contains(&order), "{order} missing from {orders:?}");
    }

    let before = fs::read(mum.path().join("koshin.ron")).unwrap();
    let out = ok(&koshin(mum.path(), &["merge", lin_file.to_str().unwrap()]));
    assert!(out.contains("Nothing new"), "{out}");
    assert_eq!(fs::read(mum.path().join("koshin.ron")).unwrap(), before);

    // And the other way round: Lin's copy gets Mum's receipt, and the two agree.
    ok(&koshin(
        lin.path(),
        &["merge", mum.path().join("koshin.ron").to_str().unwrap()],
    ));
    let lin_merged = common::load(lin.path());
    let mut a: Vec<_> = merged.receipts.iter().map(|r| r.id).collect();
    let mut b: Vec<_> = lin_merged.receipts.iter().map(|r| r.id).collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

#[test]
fn a_damaged_copy_is_refused_and_nothing_changes() {
    let (mum, _lin, files) = two_copies();
    let damaged = files.path().join("koshin (broken).ron");
    fs::write(&damaged, "(version: 2, cards: [(label: ").unwrap();
    let before = fs::read(mum.path().join("koshin.ron")).unwrap();
    let output = koshin(mum.path(), &["merge", damaged.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", said(&output));
    assert!(
        said(&output).contains("cannot be merged"),
        "{}",
        said(&output)
    );
    assert_eq!(fs::read(mum.path().join("koshin.ron")).unwrap(), before);

    let missing = files.path().join("nowhere.ron");
    let output = koshin(mum.path(), &["merge", missing.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", said(&output));
    assert_eq!(fs::read(mum.path().join("koshin.ron")).unwrap(), before);
}

#[test]
fn check_names_conflict_copies_and_merging_one_moves_it_to_the_backups() {
    let (mum, lin, _files) = two_copies();
    let copy = mum
        .path()
        .join("koshin (Lin's conflicted copy 2026-11-22).ron");
    fs::copy(lin.path().join("koshin.ron"), &copy).unwrap();
    let out = ok(&koshin(mum.path(), &["check"]));
    assert!(out.contains("Lin's conflicted copy"), "{out}");

    ok(&koshin(mum.path(), &["merge", copy.to_str().unwrap()]));
    assert!(!copy.exists());
    assert!(
        mum.path()
            .join("backups/conflict-koshin (Lin's conflicted copy 2026-11-22).ron")
            .exists()
    );
    let out = ok(&koshin(mum.path(), &["check"]));
    assert!(!out.contains("conflicted copy"), "{out}");
}

#[test]
fn check_lists_copies_named_the_way_icloud_onedrive_and_file_managers_name_them() {
    let (mum, lin, _files) = two_copies();
    let names = [
        "koshin 2.ron",
        "koshin (1).ron",
        "koshin - Copy.ron",
        "koshin (Lin's MacBook's conflicted copy 2026-12-05).ron",
        "koshin-LINLAPTOP.ron",
    ];
    for name in names {
        fs::copy(lin.path().join("koshin.ron"), mum.path().join(name)).unwrap();
    }
    // Not copies of the archive.
    fs::write(mum.path().join("koshin notes.ron"), "x").unwrap();
    fs::write(mum.path().join("koshin.damaged-20261122T010000Z.ron"), "x").unwrap();
    let out = ok(&koshin(mum.path(), &["check"]));
    assert!(
        out.contains("Conflict copies beside the archive: 5"),
        "{out}"
    );
    for name in names {
        assert!(out.contains(name), "{name} not listed: {out}");
    }
    assert!(!out.contains("koshin notes.ron"), "{out}");
}

#[test]
fn merge_refuses_a_shared_card_and_says_what_it_is() {
    let (mum, _lin, files) = two_copies();
    let card = files.path().join("dad.koshin-card.ron");
    ok(&koshin(
        mum.path(),
        &["export", "card", "Dad's SIM", card.to_str().unwrap()],
    ));
    let before = fs::read(mum.path().join("koshin.ron")).unwrap();
    let output = koshin(mum.path(), &["merge", card.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", said(&output));
    let text = said(&output);
    assert!(text.contains("is a shared card, not an archive"), "{text}");
    assert!(text.contains("koshin import card"), "{text}");
    assert_eq!(fs::read(mum.path().join("koshin.ron")).unwrap(), before);
}

#[test]
fn a_mistyped_data_folder_is_refused_and_not_created() {
    let files = tempfile::tempdir().unwrap();
    let missing = files.path().join("a/mistyped/path");
    let csv = files.path().join("r.csv");
    fs::write(
        &csv,
        format!("{HEADER}2026-11-21,,Mirai Mobile,Visitor SIM,store,3300,JPY,MM-1,,,\n"),
    )
    .unwrap();
    for args in [
        vec!["import", "receipts", csv.to_str().unwrap()],
        vec!["check"],
    ] {
        let output = koshin(&missing, &args);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {}", said(&output));
        let text = said(&output);
        assert!(
            text.contains("Create it first, or check the path"),
            "{args:?}: {text}"
        );
        assert!(!missing.exists(), "{args:?} created the folder");
    }
    // `demo DIR` still creates its folder.
    ok(&common::koshin_command()
        .arg("demo")
        .arg(&missing)
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap());
    assert!(missing.join("koshin.ron").exists());
}

#[test]
fn the_command_line_speaks_of_no_window_and_says_nothing_was_changed() {
    let (mum, _lin, files) = two_copies();
    // The app has the archive open on this computer.
    let (_store, _) = ::koshin::store::Store::open(mum.path(), jiff::Timestamp::now());
    let csv = files.path().join("r.csv");
    fs::write(
        &csv,
        format!("{HEADER}2026-11-21,,Mirai Mobile,Visitor SIM,store,3300,JPY,MM-2,,,\n"),
    )
    .unwrap();
    let before = fs::read(mum.path().join("koshin.ron")).unwrap();
    let output = koshin(mum.path(), &["import", "receipts", csv.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = said(&output);
    assert!(!text.to_lowercase().contains("window"), "{text}");
    assert!(text.contains("Nothing was changed"), "{text}");
    assert_eq!(fs::read(mum.path().join("koshin.ron")).unwrap(), before);
}

#[test]
fn imports_in_quick_succession_keep_one_backup_not_one_each() {
    let (mum, _lin, files) = two_copies();
    let backups = || fs::read_dir(mum.path().join("backups")).map_or(0, Iterator::count);
    let first = backups();
    for n in 0..5 {
        let csv = files.path().join(format!("r{n}.csv"));
        fs::write(
            &csv,
            format!("{HEADER}2026-11-21,,Mirai Mobile,Visitor SIM,store,100,JPY,Q-{n},,,\n"),
        )
        .unwrap();
        ok(&koshin(
            mum.path(),
            &["import", "receipts", csv.to_str().unwrap()],
        ));
    }
    assert!(backups() <= first.max(1), "{} backups", backups());
}
