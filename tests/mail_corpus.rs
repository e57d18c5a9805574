//! The e-mail corpus in tests/data/mail: confirmations in the shapes
//! providers send (English, 简体, 繁體, 日本語; UTF-8, ISO-2022-JP,
//! `Shift_JIS`, EUC-JP, GBK, GB18030, Big5; HTML-only, forwarded, with an
//! inline QR image, with a PDF). Each NAME.eml has NAME.json with what must be
//! found; the reader is tried against the sample household's providers, and
//! `koshin read --json` must print the same.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};

use koshin::actions::confirmations::{found_json, read_mail};
use koshin::i18n::{I18n, Lang};
use koshin::model::demo;
use rust_decimal::Decimal;
use serde_json::Value;

const KEYS: [&str; 9] = [
    "provider",
    "order_number",
    "amount",
    "currency",
    "date",
    "valid_until",
    "plan",
    "iccid",
    "activation_code",
];

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/mail");
    let mut mails: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    mails.sort();
    mails
}

fn same(key: &str, got: &Value, want: &Value) -> bool {
    match (key, got, want) {
        ("amount", Value::String(a), Value::String(b)) => {
            a.parse::<Decimal>().ok() == b.parse::<Decimal>().ok()
        }
        _ => got == want,
    }
}

#[test]
fn every_expected_field_is_found_in_every_mail_of_the_corpus() {
    let archive = demo::archive_in(&common::now(), &I18n::new(Lang::En));
    let mails = corpus();
    assert!(mails.len() >= 14, "{} e-mails", mails.len());
    let mut wrong = Vec::new();
    for mail in &mails {
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(mail.with_extension("json")).unwrap())
                .unwrap();
        let found = read_mail(&archive, mail).unwrap();
        let got: Value = serde_json::from_str(&found_json(&found, &I18n::new(Lang::En))).unwrap();
        let name = mail.file_name().unwrap().to_string_lossy();
        for key in KEYS {
            if !same(key, &got[key], &expected[key]) {
                wrong.push(format!(
                    "{name}: {key} is {} but should be {}",
                    got[key], expected[key]
                ));
            }
        }
        let doubt_expected = !expected["currency_note"].is_null();
        if found.currency_doubt.is_some() != doubt_expected {
            wrong.push(format!(
                "{name}: currency left open {:?}, expected open: {doubt_expected}",
                found.currency_doubt
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn koshin_read_json_prints_what_was_found() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let mail = corpus()
        .into_iter()
        .find(|p| p.to_string_lossy().contains("ja_iso2022"))
        .unwrap();
    let output = common::koshin_command()
        .arg("--data-dir")
        .arg(dir.path())
        .args(["read", "--json"])
        .arg(&mail)
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let got: Value = serde_json::from_slice(&output.stdout).unwrap();
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(mail.with_extension("json")).unwrap())
            .unwrap();
    for key in KEYS {
        assert!(same(key, &got[key], &expected[key]), "{key}: {got}");
    }
    let before = common::file_text(dir.path());
    assert_eq!(
        common::file_text(dir.path()),
        before,
        "read changes nothing"
    );
}
