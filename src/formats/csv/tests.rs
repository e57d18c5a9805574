//! CSV export and import: the round trip, every kind of bad row, duplicates.

use jiff::Zoned;

use super::*;
use crate::model::demo;

fn now() -> Zoned {
    "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap()
}

/// A receipt without what CSV does not carry (the id and the attachments).
fn comparable(r: &Receipt) -> Receipt {
    Receipt {
        id: ReceiptId(uuid::Uuid::nil()),
        attachments: Vec::new(),
        ..r.clone()
    }
}

fn sorted(archive: &Archive) -> Vec<Receipt> {
    let mut list: Vec<Receipt> = archive.receipts.iter().map(comparable).collect();
    list.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then_with(|| a.order_number.cmp(&b.order_number))
    });
    list
}

/// The header of files written before trips, which still import as they are.
const HEAD: &str =
    "date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes\n";
/// The header written now.
const HEAD_NOW: &str = "date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes,paid_by,charged_amount,charged_currency,trip\n";

#[test]
fn export_then_import_into_an_empty_archive_gives_the_same_receipts() {
    let mut archive = demo::archive(&now());
    archive.receipts[0].notes = "line one\nline \"two\", with a comma".into();
    let text = write_receipts(&archive).unwrap();
    assert!(
        text.starts_with(&format!("\u{FEFF}{HEAD_NOW}")),
        "UTF-8 with a byte-order mark for Excel"
    );
    assert!(text.contains("2026-11-09,Mum's eSIM,Sora eSIM,Japan 10 GB / 15 days,online,2980,JPY,SORA-77120,2026-11-09T00:00:00+09:00,"));

    // Into an archive with the same cards but no receipts: links are restored by label.
    let mut empty = archive.clone();
    empty.receipts.clear();
    let plan = read_receipts(text.as_bytes(), &empty).unwrap();
    assert_eq!(plan.duplicates, 0);
    empty.receipts = plan.new;
    assert_eq!(sorted(&empty), sorted(&archive));

    // Into an archive without the cards: each row is named as naming an
    // unknown card; taken, the receipts stay unlinked with the name.
    let bare = Archive::default();
    let plan = read_receipts(text.as_bytes(), &bare).unwrap();
    assert_eq!(plan.new.len(), archive.receipts.len());
    assert_eq!(plan.unknown_cards.len(), archive.receipts.len());
    assert!(
        plan.unknown_cards
            .iter()
            .all(|row| row.problem.id == "csv-unknown-card")
    );
    assert!(
        plan.new
            .iter()
            .all(|r| r.card.is_none() && !r.card_label.is_empty())
    );
}

#[test]
fn a_row_naming_a_card_the_archive_lacks_is_named_by_line_and_card() {
    let archive = demo::archive(&now());
    let text = format!(
        "{HEAD}2026-11-01,Mum's eSIM,Sora,10 GB,online,2980,JPY,A-1,,,\n\
         2026-11-02,Nobody's SIM,Sora,10 GB,online,2980,JPY,A-2,,,\n\
         2026-11-03,,Sora,10 GB,online,2980,JPY,A-3,,,\n"
    );
    let plan = read_receipts(text.as_bytes(), &archive).unwrap();
    assert_eq!(plan.new.len(), 3);
    // A row with no card at all names none: it is not asked about.
    let [unknown] = plan.unknown_cards.as_slice() else {
        panic!("{:?}", plan.unknown_cards)
    };
    assert_eq!(unknown.line, 3);
    let said = crate::i18n::I18n::new(crate::i18n::Lang::En).msg(&unknown.message());
    assert!(
        said.contains("Line 3") && said.contains("Nobody's SIM"),
        "{said}"
    );
}

#[test]
fn every_problem_on_a_line_is_reported_not_only_the_first() {
    let text = format!("{HEAD}2026-13-01,X,P,Plan,shop,two,YEN,A-1,,2026-11-30 23:59,\n");
    assert_eq!(
        errors(text.as_bytes()),
        [
            (2, "csv-bad-date"),
            (2, "csv-bad-channel"),
            (2, "money-bad-amount"),
            (2, "money-unknown-currency"),
            (2, "csv-bad-moment"),
        ]
    );
}

#[test]
fn importing_the_same_file_twice_adds_nothing_the_second_time() {
    let archive = demo::archive(&now());
    let text = write_receipts(&archive).unwrap();
    let plan = read_receipts(text.as_bytes(), &archive).unwrap();
    assert!(plan.new.is_empty());
    assert_eq!(plan.duplicates, archive.receipts.len());
    // Twice in the same file counts once.
    let twice = format!(
        "{HEAD}2026-01-02,X,P,Plan,online,10,USD,A-1,,,\n2026-01-02,X,P,Plan,online,10,USD,A-1,,,\n"
    );
    let plan = read_receipts(twice.as_bytes(), &Archive::default()).unwrap();
    assert_eq!((plan.new.len(), plan.duplicates), (1, 1));
}

fn errors(text: &[u8]) -> Vec<(u64, &'static str)> {
    read_receipts(text, &Archive::default())
        .unwrap_err()
        .into_iter()
        .map(|e| (e.line, e.problem.id))
        .collect()
}

#[test]
fn every_kind_of_bad_row_is_reported_by_line_and_nothing_is_imported() {
    let good = "2026-11-01,Mum's eSIM,Sora,10 GB,online,2980,JPY,A-1,,2026-11-30T23:59:00+09:00,\n";
    let mut text = String::from(HEAD);
    text.push_str(good); // line 2
    text.push_str("2026-13-01,Mum's eSIM,Sora,10 GB,online,2980,JPY,A-2,,,\n"); // 3: bad date
    text.push_str("2026-11-02,Mum's eSIM,Sora,10 GB,online,29,80,JPY,A-3,,,\n"); // 4: too many columns
    text.push_str("2026-11-03,Mum's eSIM,Sora,10 GB,online,two thousand,JPY,A-4,,,\n"); // 5: bad amount
    text.push_str("2026-11-04,Mum's eSIM,Sora,10 GB,online,2980,YEN,A-5,,,\n"); // 6: unknown currency
    text.push_str("2026-11-05,Mum's eSIM,Sora,10 GB,shop,2980,JPY,A-6,,,\n"); // 7: unknown channel
    text.push_str("2026-11-06,Mum's eSIM,Sora,10 GB,online,2980,JPY\n"); // 8: too few columns
    text.push_str("2026-11-07,Mum's eSIM,Sora,10 GB,online,2980,JPY,A-8,,2026-11-30 23:59,\n"); // 9: moment without offset
    text.push_str(
        "2026-11-08,Mum's eSIM,Sora,10 GB,online,2980,JPY,A-9,,,paid 4111 1111 1111 1111\n",
    ); // 10: card number
    text.push_str(good);
    assert_eq!(
        errors(text.as_bytes()),
        [
            (3, "csv-bad-date"),
            (4, "csv-column-count"),
            (5, "money-bad-amount"),
            (6, "money-unknown-currency"),
            (7, "csv-bad-channel"),
            (8, "csv-column-count"),
            (9, "csv-bad-moment"),
            (10, "payment-card-refused"),
        ]
    );
}

#[test]
fn text_in_a_latin_legacy_encoding_is_read_and_named() {
    let mut bytes = HEAD.as_bytes().to_vec();
    bytes.extend_from_slice(b"2026-11-01,Mum's eSIM,Sora,10 GB,online,2980,JPY,A-1,,,\n");
    bytes.extend_from_slice(b"2026-11-02,Mam\xe1 eSIM,Sora,10 GB,online,2980,JPY,A-2,,,\n");
    let plan = read_receipts(&bytes, &Archive::default()).unwrap();
    assert_eq!(plan.new[1].card_label, "Mamá eSIM");
    assert_ne!(plan.encoding, "UTF-8");
}

/// A file as Excel saves "CSV" on Chinese or Japanese Windows: the text in a
/// legacy encoding, lines ending in CRLF.
fn excel_file(rows: &[&str], encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
    let text = format!("{}\r\n{}\r\n", HEAD.trim_end(), rows.join("\r\n"));
    let (bytes, _, unmappable) = encoding.encode(&text);
    assert!(!unmappable, "{text}");
    bytes.into_owned()
}

#[test]
fn spreadsheets_in_gbk_big5_and_shift_jis_are_read_and_named() {
    let cases: [(&'static encoding_rs::Encoding, &str, [&str; 3]); 3] = [
        (
            encoding_rs::GBK,
            "GBK",
            [
                "2026-11-01,妈妈的 eSIM,中国移动香港,日本 10GB 15天,online,98,CNY,CM-20261101,,,在酒店用微信支付",
                "2026-11-08,爸爸的 SIM 卡,未来移动,访客 SIM 30天 20GB,store,3300,JPY,MM-0042,,,现金支付，店员很耐心",
                "2026-11-15,家庭随身WiFi,旅行WiFi租赁,延长三天,online,1500,JPY,TB-7731,,,提前两天申请延长",
            ],
        ),
        (
            encoding_rs::BIG5,
            "Big5",
            [
                "2026-11-01,媽媽的 eSIM,中華電信,日本 10GB 15天,online,399,TWD,CHT-1101,,,用街口支付付款",
                "2026-11-08,爸爸的 SIM 卡,未來行動,訪客 SIM 30天 20GB,store,3300,JPY,MM-0042,,,現金付款，店員很親切",
                "2026-11-15,家庭隨身WiFi,旅遊WiFi租借,延長三天,online,1500,JPY,TB-7731,,,提前兩天申請延長",
            ],
        ),
        (
            encoding_rs::SHIFT_JIS,
            "Shift_JIS",
            [
                "2026-11-01,お母さんの eSIM,ソラ eSIM,日本 10GB 15日間,online,2980,JPY,SORA-1101,,,ホテルのWiFiで購入",
                "2026-11-08,お父さんの SIM,ミライモバイル,訪日 SIM 30日 20GB,store,3300,JPY,MM-0042,,,現金で支払い、店員さんが親切でした",
                "2026-11-15,家族のポケットWiFi,旅WiFiレンタル,3日延長,online,1500,JPY,TB-7731,,,二日前に延長を申し込み",
            ],
        ),
    ];
    for (encoding, name, rows) in cases {
        let bytes = excel_file(&rows, encoding);
        assert!(std::str::from_utf8(&bytes).is_err(), "{name} is not UTF-8");
        let plan =
            read_receipts(&bytes, &Archive::default()).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(plan.encoding, name);
        assert_eq!(plan.new.len(), 3, "{name}");
        let first = rows[0].split(',').collect::<Vec<_>>();
        assert_eq!(plan.new[0].card_label, first[1], "{name}");
        assert_eq!(plan.new[0].provider, first[2], "{name}");
        assert!(
            plan.new[1].notes.contains('，') || plan.new[1].notes.contains('、'),
            "{name}"
        );
    }
}

#[test]
fn utf8_with_a_byte_order_mark_and_crlf_lines_is_read() {
    let text = format!(
        "\u{FEFF}{}\r\n2026-11-01,妈妈的 eSIM,Sora,10 GB,online,2980,JPY,A-1,,2026-11-30T23:59:00+09:00,\r\n",
        HEAD.trim_end()
    );
    let plan = read_receipts(text.as_bytes(), &Archive::default()).unwrap();
    assert_eq!(plan.encoding, "UTF-8");
    assert_eq!(plan.new.len(), 1);
    assert_eq!(plan.new[0].card_label, "妈妈的 eSIM");
    assert_eq!(plan.new[0].notes, "", "no stray carriage return");
}

#[test]
fn amounts_with_a_comma_that_is_not_a_thousands_separator_are_refused_by_line() {
    let text = format!(
        "{HEAD}2026-11-01,X,P,Plan,online,\"12,50\",JPY,O-1,,,\n2026-11-02,X,P,Plan,online,\"1,2345\",JPY,O-2,,,\n2026-11-03,X,P,Plan,online,\"1,250\",JPY,O-3,,,\n"
    );
    let found = errors(text.as_bytes());
    assert_eq!(found, [(2, "money-comma"), (3, "money-comma")]);
}

#[test]
fn an_order_number_that_looks_like_a_card_is_kept_with_a_warning() {
    let text = format!("{HEAD}2026-11-01,X,P,Plan,online,500,JPY,4111111111111111,,,\n");
    let plan = read_receipts(text.as_bytes(), &Archive::default()).unwrap();
    assert_eq!(plan.new[0].order_number, "4111111111111111");
    assert_eq!(plan.warnings.len(), 1);
    assert_eq!(plan.warnings[0].line, 2);
    // In the notes it is still refused.
    let notes =
        format!("{HEAD}2026-11-01,X,P,Plan,online,500,JPY,O-1,,,paid 4111 1111 1111 1111\n");
    assert_eq!(errors(notes.as_bytes()), [(2, "payment-card-refused")]);
}

#[test]
fn a_wrong_or_missing_header_is_line_1() {
    assert_eq!(
        errors(b"date,card,amount\n2026-11-01,X,5\n"),
        [(1, "csv-column-missing")],
        "the currency"
    );
    assert_eq!(
        errors(b"date,card,amount,currency,colour,amount\n"),
        [(1, "csv-unknown-column"), (1, "csv-column-twice")],
        "every problem of the header is named"
    );
    assert_eq!(errors(b""), [(1, "csv-bad-header")]);
    // A byte-order mark from a spreadsheet is fine.
    let with_bom = format!("\u{feff}{HEAD}2026-11-01,X,P,Plan,online,5,EUR,O-1,,,\n");
    assert_eq!(
        read_receipts(with_bom.as_bytes(), &Archive::default())
            .unwrap()
            .new
            .len(),
        1
    );
}

#[test]
fn moments_keep_the_cards_zone_when_the_offset_agrees() {
    let text = format!(
        "{HEAD}2026-11-01,X,P,Plan,online,5,EUR,O-1,2026-11-01T10:00:00+09:00,2026-11-30T23:59:00+01:00,\n"
    );
    let plan = read_receipts(text.as_bytes(), &Archive::default()).unwrap();
    let receipt = &plan.new[0];
    let from = receipt.valid_from.as_ref().unwrap().to_string();
    assert_eq!(from, "2026-11-01T10:00:00+09:00[Asia/Tokyo]");
    let until = receipt.valid_until.as_ref().unwrap().to_string();
    assert_eq!(until, "2026-11-30T23:59:00+01:00[+01:00]");
}

#[test]
fn columns_are_found_by_their_header_in_any_order_and_optional_ones_may_be_missing() {
    let text = "Currency, amount ,date,provider\nJPY,2980,2026-11-01,Sora\n";
    let plan = read_receipts(text.as_bytes(), &Archive::default()).unwrap();
    let receipt = &plan.new[0];
    assert_eq!(receipt.amount.to_string(), "2,980 JPY");
    assert_eq!(receipt.provider, "Sora");
    assert_eq!(receipt.date.to_string(), "2026-11-01");
    assert_eq!(receipt.channel, Channel::Online);
    assert!(receipt.order_number.is_empty() && receipt.valid_until.is_none());
}

#[test]
fn a_file_exported_by_the_first_version_still_imports() {
    // The header and row shape Kōshin wrote before columns were found by name.
    let old = "\u{feff}date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes\n\
               2026-10-10,Mum's eSIM,Sora eSIM,Japan 10 GB,third-party,149.00,CNY,TB-1,,2026-10-25T23:59:00+08:00,via Taobao\n";
    let plan = read_receipts(old.as_bytes(), &Archive::default()).unwrap();
    assert_eq!(plan.new.len(), 1);
    assert_eq!(plan.new[0].notes, "via Taobao");
    assert_eq!(plan.new[0].amount.currency, iso_currency::Currency::CNY);
}

#[test]
fn who_paid_what_was_charged_and_the_trip_travel_through_the_file() {
    let archive = demo::archive(&now());
    let text = write_receipts(&archive).unwrap();
    // Lin paid the eSIM; her statement said 142.30 CNY; it falls into the trip.
    assert!(
        text.contains(",SORA-77120,")
            && text.contains("Lin (daughter),142.30,CNY,\"Japan, late autumn\""),
        "{text}"
    );
    // Into a copy without people: the payers join the household, once each.
    let mut bare = archive.clone();
    bare.receipts.clear();
    bare.people.clear();
    let plan = read_receipts(text.as_bytes(), &bare).unwrap();
    let mut names: Vec<&str> = plan.people.iter().map(|p| p.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["Dad", "Lin (daughter)", "Mum"]);
    let esim = plan
        .new
        .iter()
        .find(|r| r.order_number == "SORA-77120")
        .unwrap();
    assert_eq!(esim.charged.unwrap().to_string(), "142.30 CNY");
    assert_eq!(
        esim.paid_by,
        Some(crate::model::PersonId::from_name("Lin (daughter)"))
    );
    assert_eq!(
        esim.trip, None,
        "the trip of its card and date needs no hand"
    );

    // A trip the archive lacks is a warning; the receipt still imports.
    let mut no_trip = bare.clone();
    no_trip.trips.clear();
    let plan = read_receipts(text.as_bytes(), &no_trip).unwrap();
    assert!(
        plan.warnings
            .iter()
            .any(|w| w.problem.id == "csv-unknown-trip")
    );
    assert_eq!(plan.new.len(), archive.receipts.len());

    // A charged amount without its currency is refused, by line.
    let bad = format!("{HEAD_NOW}2026-11-01,X,P,Plan,online,5,EUR,A,,,,Mum,38.50,,\n");
    let errors = read_receipts(bad.as_bytes(), &archive).unwrap_err();
    assert_eq!(errors[0].line, 2);
}
