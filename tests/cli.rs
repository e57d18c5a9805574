//! The command line: `koshin demo`, `koshin check`, `--help`, `--version`.

#![allow(clippy::unwrap_used, clippy::too_many_lines)]

mod common;

use std::path::Path;
use std::process::Output;

use koshin::model::CardKind::{Esim, PocketWifi, Sim};

/// Runs the binary in English, whatever the locale of the machine running the tests.
fn koshin(args: &[&str]) -> Output {
    koshin_in("C.UTF-8", args)
}

/// Runs the binary with the system's locale set to `locale`.
fn koshin_in(locale: &str, args: &[&str]) -> Output {
    common::koshin_command()
        .args(args)
        .env_remove("KOSHIN_DATA_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let bytes = if e.path().is_file() {
                std::fs::read(e.path()).unwrap()
            } else {
                Vec::new()
            };
            (e.file_name().to_string_lossy().into_owned(), bytes)
        })
        .collect();
    entries.sort();
    entries
}

#[test]
fn demo_writes_a_sound_archive_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("family");
    let out = koshin(&["demo", target.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Wrote the sample archive"));

    let archive = common::load(&target);
    let kinds: Vec<_> = archive.cards.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, vec![Esim, Sim, PocketWifi]);
    assert!(archive.receipts.len() >= 3);
    // The eSIM's latest top-up comes with its saved confirmation e-mail.
    let mail = &archive.receipts[0].attachments[0];
    assert_eq!(mail.original_name, "Sora eSIM order SORA-77120.eml");
    let stored =
        std::fs::read_to_string(koshin::store::attachments::attachment_path(&target, mail))
            .unwrap();
    assert!(stored.contains("Order number: SORA-77120"), "{stored}");
    assert_eq!(mail.size_bytes, stored.len() as u64);

    let before = std::fs::read(target.join("koshin.ron")).unwrap();
    let again = koshin(&["demo", target.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        text(&again.stderr).contains("already exists"),
        "{}",
        text(&again.stderr)
    );
    assert_eq!(std::fs::read(target.join("koshin.ron")).unwrap(), before);
}

#[test]
fn check_sums_up_a_sound_archive_and_writes_nothing() {
    let dir = common::demo_dir();
    let before = listing(dir.path());
    let stdout = common::koshin_ok(dir.path(), &["check"]);
    assert!(stdout.contains("is sound: 3 cards, 5 receipts"), "{stdout}");
    assert_eq!(stdout.lines().count(), 1);
    assert_eq!(
        listing(dir.path()),
        before,
        "check must not write, not even a lock file"
    );
}

#[test]
fn check_reads_the_data_dir_from_the_environment() {
    let dir = common::demo_dir();
    let out = common::koshin_command()
        .arg("check")
        .env("KOSHIN_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("3 cards"));
}

#[test]
fn check_on_a_damaged_file_exits_1_with_line_and_column() {
    let dir = common::demo_dir();
    let path = dir.path().join("koshin.ron");
    let damaged = std::fs::read_to_string(&path)
        .unwrap()
        .replacen("kind: sim", "kind: 12", 1);
    std::fs::write(&path, &damaged).unwrap();
    let line = 1 + damaged[..damaged.find("kind: 12").unwrap()]
        .matches('\n')
        .count();

    let out = common::koshin_in_dir(dir.path(), &["check"]);
    assert!(text(&out.stdout).is_empty());
    let stderr = common::koshin_refuses(dir.path(), &["check"]);
    assert!(
        stderr.contains(&format!("is damaged at line {line}, column")),
        "{stderr}"
    );
    assert!(stderr.contains("koshin.ron"), "{stderr}");
    assert_eq!(common::read_text(&path), damaged);
}

#[test]
fn check_on_an_empty_folder_says_there_is_no_archive_yet() {
    let dir = tempfile::tempdir().unwrap();
    let stdout = common::koshin_ok(dir.path(), &["check"]);
    assert!(stdout.contains("No archive"), "{stdout}");
    assert!(listing(dir.path()).is_empty());
}

#[test]
fn help_and_version() {
    let help = koshin(&["--help"]);
    assert!(help.status.success());
    let help = text(&help.stdout);
    for word in ["--data-dir", "--demo", "demo", "check", "KOSHIN_DATA_DIR"] {
        assert!(help.contains(word), "{word} missing from:\n{help}");
    }
    assert!(!help.contains("用法"), "{help}");
    let version = koshin(&["--version"]);
    assert_eq!(
        text(&version.stdout).trim(),
        format!("koshin {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_follows_the_system_language() {
    let help = text(&koshin_in("zh_CN.UTF-8", &["--help"]).stdout);
    for words in [
        "用法: koshin",
        "命令:",
        "选项:",
        "规划续费",
        "显示帮助",
        "KOSHIN_DATA_DIR",
    ] {
        assert!(help.contains(words), "{words} missing from:\n{help}");
    }
    assert!(!help.contains("Print help"), "{help}");
    let help = text(&koshin_in("ja_JP.UTF-8", &["export", "card", "--help"]).stdout);
    for words in [
        "使い方: koshin export card",
        "引数:",
        "<CARD>  カードの名前",
    ] {
        assert!(help.contains(words), "{words} missing from:\n{help}");
    }
    let help = text(&koshin_in("zh_TW.UTF-8", &["due", "--help"]).stdout);
    assert!(help.contains("往後看幾天（預設 7）"), "{help}");
}

#[test]
fn the_sample_household_speaks_the_system_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = koshin_in("zh_TW.UTF-8", &["demo", dir.path().to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let archive = common::load(dir.path());
    let labels: Vec<_> = archive.cards.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["媽媽的 eSIM", "爸爸的 SIM 卡", "全家的隨身WiFi"]);
    assert_eq!(archive.receipts[0].card_label, "媽媽的 eSIM");
}

#[test]
fn due_lists_the_demo_cards_to_renew_this_week_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let out = koshin(&["demo", dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    let out = common::koshin_command()
        .args(["--data-dir", dir.path().to_str().unwrap(), "due", "--json"])
        .env("TZ", "Europe/Berlin")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let cards: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let cards = cards.as_array().unwrap();
    let summary: Vec<(&str, &str, &str)> = cards
        .iter()
        .map(|c| {
            (
                c["label"].as_str().unwrap(),
                c["kind"].as_str().unwrap(),
                c["urgency"].as_str().unwrap(),
            )
        })
        .collect();
    // The eSIM ends in two days (less three days of lead: renew now, it still
    // works); the router is due back in five; the SIM has twelve days left,
    // beyond the week.
    assert_eq!(
        summary,
        [
            ("Mum's eSIM", "esim", "renew_now"),
            ("Family pocket WiFi", "pocket_wifi", "soon")
        ]
    );
    let renew_by = cards[0]["renew_by"].as_str().unwrap();
    assert!(
        renew_by.ends_with("+01:00"),
        "local time in Berlin: {renew_by}"
    );
    assert!(
        cards[0]["renew_by_provider"]
            .as_str()
            .unwrap()
            .ends_with("[Asia/Tokyo]")
    );
    assert!(
        cards[0]["validity_end"]
            .as_str()
            .unwrap()
            .ends_with("23:59:00+09:00[Asia/Tokyo]")
    );

    let lines = common::koshin_ok(dir.path(), &["due", "--within", "30"]);
    assert_eq!(lines.lines().count(), 3, "{lines}");
    assert!(
        lines
            .lines()
            .next()
            .unwrap()
            .starts_with("Renew now: Mum's eSIM")
    );
}

#[test]
fn export_ics_writes_the_reminders() {
    let dir = common::demo_dir();
    let file = dir.path().join("out.ics");
    common::koshin_ok(dir.path(), &["export", "ics", file.to_str().unwrap()]);
    let ics = common::read_text(&file);
    assert!(ics.contains("BEGIN:VALARM"));
}

#[test]
fn receipts_export_then_import_on_the_command_line() {
    let dir = common::demo_dir();
    let csv = dir.path().join("receipts.csv");
    let csv = csv.to_str().unwrap();
    let said = common::koshin_ok(dir.path(), &["export", "receipts", csv]);
    assert!(said.contains("Wrote 5 receipts"), "{said}");

    // Into an archive without those cards: refused, each row named, and the
    // way on said.
    let empty = tempfile::tempdir().unwrap();
    let stderr = common::koshin_refuses(empty.path(), &["import", "receipts", csv]);
    for expected in [
        "5 rows name cards this archive does not have; nothing was imported.",
        "Line 2: the card \"",
        "Line 6: the card \"",
        "--allow-unknown-cards",
    ] {
        assert!(stderr.contains(expected), "{stderr}");
    }

    // With the flag, twice: the second time finds them all there.
    for expected in [
        "Imported 5 receipts; 0 already",
        "Imported 0 receipts; 5 already",
    ] {
        let args = ["import", "receipts", csv, "--allow-unknown-cards"];
        let said = common::koshin_ok(empty.path(), &args);
        assert!(said.contains(expected), "{said}");
    }
    let imported = common::load(empty.path()).receipts;
    assert_eq!(imported.len(), 5);
    assert!(
        imported
            .iter()
            .all(|r| r.card.is_none() && !r.card_label.is_empty())
    );
}

#[test]
fn a_bad_csv_imports_nothing_and_lists_every_bad_line() {
    let dir = common::demo_dir();
    let csv = dir.path().join("bad.csv");
    std::fs::write(
        &csv,
        "date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes\n\
         2026-11-01,X,P,Plan,online,5,EUR,A,,,\n\
         2026-02-30,X,P,Plan,online,5,EUR,B,,,\n\
         2026-11-03,X,P,Plan,online,5,ABC,C,,,\n",
    )
    .unwrap();
    let stderr = common::koshin_refuses(dir.path(), &["import", "receipts", csv.to_str().unwrap()]);
    for expected in [
        "Line 3: \"2026-02-30\" is not a date",
        "Line 4: \"ABC\" is not a currency code",
    ] {
        assert!(stderr.contains(expected), "{stderr}");
    }
}

#[test]
fn guide_export_and_card_sharing_on_the_command_line() {
    let dir = common::demo_dir();
    let html = dir.path().join("guide.html");
    let html = html.to_str().unwrap();
    common::koshin_ok(
        dir.path(),
        &["guide", "Mum's eSIM", "--lang", "en", "--out", html],
    );
    let page = common::read_text(html.as_ref());
    assert!(page.contains("<h1>How to renew Mum&#39;s eSIM</h1>"));
    let md = dir.path().join("guide.md");
    let md = md.to_str().unwrap();
    // Without --lang, for the card's user: Mum reads 简体中文 in Shanghai.
    common::koshin_ok(dir.path(), &["guide", "Mum's eSIM", "--out", md]);
    let text = common::read_text(md.as_ref());
    assert!(text.starts_with("# 如何给 Mum's eSIM 续费"), "{text}");
    assert!(text.contains("日本时间，即中国（上海）时间"), "{text}");
    let missing = common::koshin_refuses(dir.path(), &["guide", "Nobody", "--out", md]);
    assert!(
        missing.contains("No card is called \"Nobody\""),
        "{missing}"
    );
    common::koshin_refuses(
        dir.path(),
        &["guide", "Mum's eSIM", "--lang", "xx", "--out", md],
    );
    // For Lin (the app's language, in Japan), read in Shanghai: every
    // time also in theirs, named.
    let args = [
        "guide",
        "Mum's eSIM",
        "--for",
        "lin (daughter)",
        "--zone",
        "Asia/Shanghai",
        "--out",
        md,
    ];
    common::koshin_ok(dir.path(), &args);
    let text = common::read_text(md.as_ref());
    assert!(
        text.contains("Japan time — 22:59 in China (Shanghai)"),
        "{text}"
    );
    let args = ["guide", "Mum's eSIM", "--for", "Grandma", "--out", md];
    let refused = common::koshin_refuses(dir.path(), &args);
    assert!(
        refused.contains(
            "No one called Grandma in the household. The household: Mum, Lin (daughter), Dad."
        ),
        "{refused}"
    );
    let args = ["guide", "Mum's eSIM", "--zone", "Mars/Olympus", "--out", md];
    let refused = common::koshin_refuses(dir.path(), &args);
    assert!(
        refused.contains("\"Mars/Olympus\" is not a time zone"),
        "{refused}"
    );

    let card = dir.path().join("dad.koshin-card.ron");
    let card = card.to_str().unwrap();
    let export = ["export", "card", "Dad's SIM", card, "--without-identifiers"];
    common::koshin_ok(dir.path(), &export);
    assert!(!common::read_text(card.as_ref()).contains("080-1234-5678"));
    let said = common::koshin_ok(dir.path(), &["import", "card", card]);
    assert!(said.contains("Dad's SIM (2)"), "{said}");
    assert_eq!(common::load(dir.path()).cards.len(), 4);

    let hostile = dir.path().join("hostile.koshin-card.ron");
    std::fs::write(
        &hostile,
        "(format: \"koshin-card\", version: 1, card: (label: \"x\", notes: \"4111111111111111\"))",
    )
    .unwrap();
    let import = ["import", "card", hostile.to_str().unwrap()];
    let stderr = common::koshin_refuses(dir.path(), &import);
    assert!(stderr.contains("payment card number"), "{stderr}");
}

#[test]
fn the_guide_as_pictures_for_mum_in_shanghai_from_the_command_line() {
    let dir = common::demo_dir();
    let pictures = dir.path().join("for mum");
    let out = pictures.to_str().unwrap();
    let args = ["guide", "Mum's eSIM", "--format", "png", "--out", out];
    let said = common::koshin_ok(dir.path(), &args);
    assert!(said.contains("Wrote 13 pictures to"), "{said}");
    let mut names: Vec<String> = std::fs::read_dir(&pictures)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names[0], "01-如何给-mum-s-esim-续费.png",
        "in Mum's language"
    );
    assert_eq!(names[4], "05-选择套餐.png");
    for name in &names {
        let image = image::open(pictures.join(name)).unwrap();
        assert_eq!(image.width(), 1080, "{name}");
        assert!(image.height() <= 2400, "{name}");
    }

    // Again, in English for a reader in London: into a folder of its own
    // beside the first, so nothing is replaced and no guide mixed with another.
    let args = [
        "guide",
        "Mum's eSIM",
        "--format",
        "png",
        "--lang",
        "en",
        "--zone",
        "Europe/London",
        "--out",
        out,
    ];
    let said = common::koshin_ok(dir.path(), &args);
    assert!(said.contains("for mum (2)"), "{said}");
    let second = dir.path().join("for mum (2)");
    let names: Vec<String> = std::fs::read_dir(&second)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 13, "{names:?}");
    assert!(
        names.contains(&"02-check-what-is-left.png".to_owned()),
        "{names:?}"
    );
    let first = std::fs::read_dir(&pictures).unwrap().count();
    assert_eq!(first, 13, "the first pictures are kept");

    // The activation code only when asked, and said when there is none.
    let args = [
        "guide",
        "Mum's eSIM",
        "--format",
        "png",
        "--with-activation-code",
        "--out",
        out,
    ];
    let said = common::koshin_ok(dir.path(), &args);
    assert!(said.contains("no activation code saved"), "{said}");
}

#[test]
fn exports_to_a_bare_file_name_are_written_in_the_current_folder() {
    let dir = common::demo_dir();
    let here = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    for args in [
        vec!["export", "ics", "r.ics"],
        vec!["export", "receipts", "r.csv"],
        vec!["guide", "Mum's eSIM", "--out", "g.md"],
        vec!["export", "card", "Mum's eSIM", "c.koshin-card.ron"],
    ] {
        let out = common::koshin_command()
            .args(["--data-dir", data])
            .args(&args)
            .current_dir(here.path())
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("KOSHIN_DATA_DIR")
            .output()
            .unwrap();
        let stderr = text(&out.stderr);
        assert!(out.status.success(), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
        let file = here.path().join(args.last().unwrap());
        assert!(file.is_file(), "{args:?} wrote {}", file.display());
    }
    let md = std::fs::read_to_string(here.path().join("g.md")).unwrap();
    assert!(md.starts_with("# 如何给 Mum's eSIM 续费"), "{md}");
}

#[test]
fn errors_reach_the_log_without_card_numbers_or_codes() {
    let dir = tempfile::tempdir().unwrap();
    let logs = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        common::koshin_command()
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .env(koshin::logging::LOG_DIR_ENV, logs.path())
            .env("LANG", "C.UTF-8")
            .output()
            .unwrap()
    };
    assert!(
        run(&["demo", dir.path().to_str().unwrap()])
            .status
            .success()
    );
    let csv = dir.path().join("bad.csv");
    std::fs::write(
        &csv,
        "date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes\n\
         2026-11-08,Dad's SIM,Mirai,Plan,online,2980,JPY,A-9,,,card 4111 1111 1111 1111\n",
    )
    .unwrap();
    let out = run(&["import", "receipts", csv.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    // A damaged archive: the import is refused, and the log says why.
    std::fs::write(dir.path().join("koshin.ron"), "(version: 2, cards: [").unwrap();
    assert_eq!(
        run(&["import", "receipts", csv.to_str().unwrap()])
            .status
            .code(),
        Some(1)
    );

    let log = std::fs::read_to_string(logs.path().join(koshin::logging::LOG_FILE)).unwrap();
    assert!(log.contains("started: import receipts"), "{log}");
    assert!(log.contains("csv-import-failed"), "{log}");
    assert!(log.contains("store-damaged"), "{log}");
    for secret in ["4111", "Dad's SIM", "LPA:1$"] {
        assert!(!log.contains(secret), "{secret} in the log: {log}");
    }
}

#[test]
fn koshin_trips_says_what_the_trip_cost_in_yuan_and_who_owes_whom() {
    let dir = common::demo_dir();
    let said = common::koshin_ok(dir.path(), &["trips"]);
    for line in [
        "Japan, late autumn: 2026-11-02 to 2026-12-10 · Mum, Dad, Lin (daughter)",
        "4 receipts: 13,980 JPY, 14.99 USD",
        "In all: 774.53 CNY, at 1 JPY = 0.0478 CNY (2026-10-23, Alipay bill), 1 USD = 7.1 CNY (2026-11-17, Card statement); 1 receipt by what was charged.",
        "Mum: paid 106.43 CNY, share 300.47 CNY",
        "Mum owes Lin (daughter) 194.04 CNY",
        "Dad owes Lin (daughter) 158.17 CNY",
    ] {
        assert!(said.contains(line), "{line}\n{said}");
    }
    let json = common::koshin_ok(dir.path(), &["trips", "--json"]);
    let trips: serde_json::Value = serde_json::from_str(&json).unwrap();
    let trip = &trips[0];
    assert_eq!(trip["home"]["total"], "774.53 CNY");
    assert_eq!(trip["settle"][0]["from"], "Mum");
    assert_eq!(trip["settle"][0]["amount"], "194.04 CNY");
    assert_eq!(trip["totals"][0], "13980 JPY");
    assert_eq!(trip["home"]["rates"][0]["source"], "alipay");
}
