//! Every button that asks for a file goes through the desktop's file dialog
//! (here a stand-in), and what the person chooses reaches the right action.
//! The app and the command line say the same about the same bad file.

#![allow(clippy::unwrap_used)]

mod common;

use koshin::app::platform::{Chosen, DialogKind, FakeDesktop};
use koshin::command::FileAction;
use koshin::formats::guide::GuideFormat;
use koshin::i18n::Lang;
use koshin::model::Reader;

use common::{AppHarness, click, read_text, shows, shows_part};

/// A file dropped on the window, as the windowing layer hands it to egui.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Clicks `button` and returns the dialog the desktop was asked to show.
fn dialog_of(
    harness: &mut AppHarness,
    desktop: &FakeDesktop,
    button: &str,
) -> koshin::app::platform::FileDialog {
    let before = desktop.asked().dialogs.len();
    click(harness, button);
    let dialogs = desktop.asked().dialogs;
    assert_eq!(dialogs.len(), before + 1, "{button} asked for one dialog");
    dialogs.last().unwrap().clone()
}

/// Clicks `button`, the desktop answering its dialog with `path`; returns the dialog.
fn dialog_choosing(
    harness: &mut AppHarness,
    desktop: &FakeDesktop,
    button: &str,
    path: &std::path::Path,
) -> koshin::app::platform::FileDialog {
    desktop.answer(Chosen::Files(vec![path.to_path_buf()]));
    dialog_of(harness, desktop, button)
}

#[test]
fn each_file_button_asks_the_desktop_for_the_right_file() {
    let out = tempfile::tempdir().unwrap();
    let desktop = FakeDesktop::default();
    let (dir, mut harness) = common::demo_harness_with(&desktop);
    let archive = common::load(dir.path());
    let esim = archive.cards[0].id;

    // Overview: the reminders, saved where the person says.
    let ics = out.path().join("mine.ics");
    let dialog = dialog_choosing(&mut harness, &desktop, "Export reminders…", &ics);
    assert_eq!(dialog.action, FileAction::ExportReminders);
    assert_eq!(dialog.kind, DialogKind::Save("koshin-reminders.ics"));
    assert_eq!(dialog.filter_name, "Calendar (iCalendar)");
    assert!(read_text(&ics).starts_with("BEGIN:VCALENDAR"));

    // Receipts: import and export CSV, and attach a file to a new receipt.
    click(&mut harness, "Receipts");
    let dialog = dialog_of(&mut harness, &desktop, "Import CSV…");
    assert_eq!(dialog.action, FileAction::ImportReceipts);
    assert_eq!(dialog.kind, DialogKind::Open);
    let csv = out.path().join("receipts.csv");
    let dialog = dialog_choosing(&mut harness, &desktop, "Export CSV…", &csv);
    assert_eq!(dialog.action, FileAction::ExportReceipts);
    assert!(read_text(&csv).contains("order_number"));
    click(&mut harness, "Add receipt");
    let proof = out.path().join("proof.pdf");
    std::fs::write(&proof, b"%PDF-1.4 proof").unwrap();
    let dialog = dialog_choosing(&mut harness, &desktop, "Attach file…", &proof);
    assert_eq!(dialog.action, FileAction::AttachFiles);
    assert_eq!(dialog.kind, DialogKind::OpenMany);
    assert!(shows(&harness, "proof.pdf"));
    click(&mut harness, "Cancel");

    // Cards: import one, and export one with and without its numbers.
    click(&mut harness, "Cards");
    let dialog = dialog_of(&mut harness, &desktop, "Import card…");
    assert_eq!(dialog.action, FileAction::ImportCard);
    click(&mut harness, "Mum's eSIM");
    let with = out.path().join("with.koshin-card.ron");
    let dialog = dialog_choosing(&mut harness, &desktop, "Export card…", &with);
    assert_eq!(dialog.action, FileAction::ExportCard(esim, true));
    let without = out.path().join("without.koshin-card.ron");
    let dialog = dialog_choosing(&mut harness, &desktop, "Export without numbers…", &without);
    assert_eq!(dialog.action, FileAction::ExportCard(esim, false));
    let iccid = &archive.cards[0].ids.iccid;
    assert!(read_text(&with).contains(iccid.as_str()));
    assert!(!read_text(&without).contains(iccid.as_str()));
    click(&mut harness, "Cancel");

    // Guide: HTML and Markdown, whatever the chosen file is called.
    click(&mut harness, "Family guide");
    click(&mut harness, "Guide for Mum's eSIM");
    let html = out.path().join("for-mum");
    let dialog = dialog_choosing(&mut harness, &desktop, "Export guide as HTML…", &html);
    // For the card's user, Mum: 简体中文, and Shanghai's times too.
    let mum = Reader {
        lang: Some(Lang::ZhHans),
        zone: Some("Asia/Shanghai".into()),
    };
    assert_eq!(
        dialog.action,
        FileAction::ExportGuide(esim, GuideFormat::Html, mum.clone())
    );
    assert!(read_text(&html).starts_with("<!DOCTYPE html>"));
    let markdown = out.path().join("for-mum.txt");
    let dialog = dialog_choosing(
        &mut harness,
        &desktop,
        "Export guide as Markdown…",
        &markdown,
    );
    assert_eq!(
        dialog.action,
        FileAction::ExportGuide(esim, GuideFormat::Markdown, mum)
    );
    assert_eq!(dialog.kind, DialogKind::Save("koshin-guide.md"));
    let text = read_text(&markdown);
    assert!(text.starts_with("# 如何给 Mum's eSIM 续费"), "{text}");
}

#[test]
fn a_cancelled_dialog_does_nothing_and_one_that_cannot_show_says_so() {
    let desktop = FakeDesktop::default();
    let (dir, mut harness) = common::demo_harness_with(&desktop);
    desktop.answer(Chosen::Cancelled);
    click(&mut harness, "Export reminders…");
    assert!(harness.state().notices().is_empty());
    // No dialog on this desktop: a file to save gets a path to type.
    desktop.answer(Chosen::Unavailable);
    click(&mut harness, "Export reminders…");
    assert!(shows(&harness, "Save to"));
    let target = dir.path().join("from-the-field.ics");
    common::retype_into(&mut harness, "File", target.to_str().unwrap());
    click(&mut harness, "Save here");
    assert!(read_text(&target).starts_with("BEGIN:VCALENDAR"));
    assert!(!shows(&harness, "Save to"));

    // A file to open can be dropped on the window instead: a CSV is imported.
    click(&mut harness, "Receipts");
    desktop.answer(Chosen::Unavailable);
    click(&mut harness, "Import CSV…");
    assert!(shows_part(&harness, "Drop the file on Kōshin's window"));
    let csv = dir.path().join("more.csv");
    let header = common::CSV_HEADER_V1;
    std::fs::write(
        &csv,
        format!(
            "{header}\n2026-11-20,Dad's SIM,Mirai Mobile,Data 5 GB,store,1650,JPY,MM-DROP-1,,,\n"
        ),
    )
    .unwrap();
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(csv)));
    harness.run();
    common::settle_and_save(&mut harness);
    let archive = common::load(dir.path());
    assert!(common::has_receipt(&archive, "MM-DROP-1"));
}

#[test]
fn the_app_and_the_command_line_say_the_same_about_a_bad_csv() {
    let dir = common::demo_dir();
    let csv = dir.path().join("bad.csv");
    let header = common::CSV_HEADER_V1;
    let rows: Vec<String> = (1..=30)
        .map(|day| format!("2026-10-{day:02},Dad's SIM,P,Plan,online,12,50,JPY,O{day},,,"))
        .collect();
    std::fs::write(&csv, format!("{header}\n{}\n", rows.join("\n"))).unwrap();

    let import = ["import", "receipts", csv.to_str().unwrap()];
    let cli = common::koshin_in_dir(dir.path(), &import);
    assert_eq!(cli.status.code(), Some(1));
    let cli_text = String::from_utf8(cli.stderr).unwrap();

    let mut harness = common::open_app(dir.path());
    harness
        .state_mut()
        .apply(koshin::command::Command::ImportReceipts(csv), 0.0);
    let notices = harness.state().notices();
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].full_text().trim(), cli_text.trim());
    assert!(cli_text.lines().count() > 20, "{cli_text}");
    assert!(cli_text.contains("more problems"), "{cli_text}");
}

#[test]
fn rows_naming_an_unknown_card_are_asked_about_and_imported_only_when_agreed() {
    let dir = common::demo_dir();
    let csv = dir.path().join("nobody.csv");
    let header = common::CSV_HEADER_V1;
    std::fs::write(
        &csv,
        format!(
            "{header}\n2026-11-20,Dad's SIM,Mirai Mobile,Data 5 GB,store,1650,JPY,MM-KNOWN,,,\n\
             2026-11-21,Nobody's SIM,Mirai Mobile,Data 5 GB,store,1650,JPY,MM-NOBODY,,,\n"
        ),
    )
    .unwrap();
    let mut harness = common::open_app(dir.path());
    let before = common::load(dir.path()).receipts.len();

    // Asked; "Import nothing" imports nothing and says what to do.
    let import = koshin::command::Command::ImportReceipts(csv.clone());
    harness.state_mut().apply(import.clone(), 0.0);
    harness.run();
    assert!(shows_part(&harness, "Line 3: the card \"Nobody's SIM\""));
    click(&mut harness, "Import nothing");
    harness.run();
    assert!(!shows_part(&harness, "Line 3: the card"));
    assert!(
        harness
            .state()
            .notices()
            .iter()
            .any(|n| n.full_text().contains("Add the cards first"))
    );
    common::settle_and_save(&mut harness);
    assert_eq!(common::load(dir.path()).receipts.len(), before);

    // Asked again; "Import them without a card" keeps both, the unknown one unlinked.
    harness.state_mut().apply(import, 0.0);
    harness.run();
    click(&mut harness, "Import them without a card");
    common::settle_and_save(&mut harness);
    let archive = common::load(dir.path());
    assert_eq!(archive.receipts.len(), before + 2);
    let nobody = archive
        .receipts
        .iter()
        .find(|r| r.order_number == "MM-NOBODY")
        .unwrap();
    assert_eq!(
        (nobody.card, nobody.card_label.as_str()),
        (None, "Nobody's SIM")
    );
    assert!(
        archive
            .receipts
            .iter()
            .any(|r| r.order_number == "MM-KNOWN" && r.card.is_some())
    );
}
