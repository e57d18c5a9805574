//! `koshin merge FILE` for real: two copies of the sample household that
//! each imported different receipts and cards become their union; merging
//! again changes nothing; a damaged copy is refused and nothing changes;
//! `koshin check` names the conflict copies it sees.

#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::process::{Command, Output};

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
    ok(&Command::new(env!("CARGO_BIN_EXE_koshin"))
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
