//! The app and the command line are two front ends on one session: the same
//! sequence of actions, done once in the window and once with `koshin …`
//! commands, leaves the same archive (its records compared by what they
//! say, not by their random ids or the moments they were stamped).

#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use koshin::command::Command;
use koshin::model::Archive;

const CSV: &str = "date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes\n\
                   2026-11-21,Dad's SIM,Mirai Mobile,Visitor SIM,store,3300,JPY,MM-7001,,,at the station\n";

/// The files every run uses: a CSV, a shared card, a confirmation e-mail
/// with an eSIM code in its QR picture, a copy of the archive from another laptop.
struct Files {
    _dir: tempfile::TempDir,
    csv: PathBuf,
    card: PathBuf,
    mail: PathBuf,
    other_laptop: Archive,
}

fn files(source: &Path) -> Files {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("receipts.csv");
    fs::write(&csv, CSV).unwrap();
    let card = dir.path().join("lin.koshin-card.ron");
    let out = common::koshin_in_dir(
        source,
        &["export", "card", "Dad's SIM", card.to_str().unwrap()],
    );
    assert!(out.status.success(), "{out:?}");
    let mail = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/mail/en_esim_qr_sora.eml");
    let mut other_laptop = common::load(source);
    other_laptop.cards.push(koshin::model::Card::new(
        koshin::model::CardKind::PocketWifi,
        "Lin's router",
    ));
    Files {
        _dir: dir,
        csv,
        card,
        mail,
        other_laptop,
    }
}

/// A conflict copy from the other laptop, beside the archive in `dir`.
fn conflict_copy(dir: &Path, files: &Files) -> PathBuf {
    let copy = dir.join("koshin.sync-conflict-20261122-095500-LIN.ron");
    fs::write(&copy, koshin::store::to_text(&files.other_laptop).unwrap()).unwrap();
    copy
}

/// What an archive says, without what differs between any two runs: ids
/// (receipts name their card by label), the moments of edits, the order
/// records were added in.
fn said(archive: &Archive) -> String {
    let mut archive = archive.clone();
    let label = |id| {
        archive
            .cards
            .iter()
            .find(|c| Some(c.id) == id)
            .map(|c| c.label.clone())
    };
    let labels: Vec<Option<String>> = archive.receipts.iter().map(|r| label(r.card)).collect();
    for (receipt, card) in archive.receipts.iter_mut().zip(labels) {
        receipt.id = koshin::model::ReceiptId(uuid::Uuid::nil());
        receipt.card = None;
        receipt.card_label = card.unwrap_or_else(|| receipt.card_label.clone());
        receipt.updated_at = None;
    }
    for card in &mut archive.cards {
        card.id = koshin::model::CardId(uuid::Uuid::nil());
        card.updated_at = None;
    }
    archive.settings.updated_at = None;
    archive.receipts.sort_by_key(|r| format!("{r:?}"));
    archive.cards.sort_by_key(|c| format!("{c:?}"));
    koshin::store::to_text(&archive).unwrap()
}

#[test]
fn the_same_actions_in_the_window_and_on_the_command_line_leave_the_same_archive() {
    let source = common::demo_dir();
    let files = files(source.path());

    // On the command line.
    let cli = tempfile::tempdir().unwrap();
    fs::copy(
        source.path().join("koshin.ron"),
        cli.path().join("koshin.ron"),
    )
    .unwrap();
    for args in [
        vec!["import", "receipts", files.csv.to_str().unwrap()],
        vec!["import", "card", files.card.to_str().unwrap()],
        vec![
            "import",
            "receipt",
            files.mail.to_str().unwrap(),
            "--card",
            "Mum's eSIM",
        ],
    ] {
        let out = common::koshin_in_dir(cli.path(), &args);
        assert!(out.status.success(), "{args:?}: {out:?}");
    }
    let copy = conflict_copy(cli.path(), &files);
    let out = common::koshin_in_dir(cli.path(), &["merge", copy.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    assert!(!copy.exists());

    // In the window.
    let app = tempfile::tempdir().unwrap();
    fs::copy(
        source.path().join("koshin.ron"),
        app.path().join("koshin.ron"),
    )
    .unwrap();
    let mut harness = common::open_app(app.path());
    for command in [
        Command::ImportReceipts(files.csv.clone()),
        Command::ImportCard(files.card.clone()),
        Command::ReceiptFromMail(files.mail.clone()),
    ] {
        harness.state_mut().apply(command, 0.0);
        harness.run();
    }
    common::click(&mut harness, "Add receipt");
    common::settle_and_save(&mut harness);
    let copy = conflict_copy(app.path(), &files);
    harness
        .state_mut()
        .apply(Command::MergeConflictCopy(copy.clone()), 0.0);
    common::settle_and_save(&mut harness);
    assert!(!copy.exists());

    let (by_cli, by_app) = (common::load(cli.path()), common::load(app.path()));
    assert_eq!(by_cli.receipts.len(), by_app.receipts.len());
    let esim = |a: &Archive| {
        a.cards
            .iter()
            .find(|c| c.label == "Mum's eSIM")
            .unwrap()
            .esim_code
            .code
            .clone()
    };
    assert!(
        esim(&by_cli).starts_with("LPA:1$"),
        "the e-mail's code is kept on the command line too"
    );
    assert_eq!(said(&by_cli), said(&by_app));
}
