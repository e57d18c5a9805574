//! The guide as pictures for a chat app: one phone-portrait picture per
//! step in every language, drawn with the shipped fonts, a hostile label
//! kept in its place, the reader's zone in every time, and the activation
//! code only when asked for.

#![allow(clippy::unwrap_used)]

mod common;

use egui_kittest::{SnapshotOptions, SnapshotResults};
use jiff::tz::TimeZone;
use koshin::formats::guide::picture::{MAX_HEIGHT, Painter, Picture, PictureOptions, WIDTH};
use koshin::formats::guide::{self, Guide};
use koshin::i18n::format::TimesFor;
use koshin::i18n::{I18n, Lang};
use koshin::model::{Archive, Card, demo};

fn archive() -> Archive {
    demo::archive(&common::now())
}

fn card(archive: &Archive, label: &str) -> Card {
    let card = archive.cards.iter().find(|c| c.label == label).unwrap();
    archive.with_names(card)
}

fn guide_for(card: &Card, tr: &I18n, zone: Option<&str>) -> Guide {
    let zone = zone.map(|z| TimeZone::get(z).unwrap());
    let settings = koshin::model::Settings::default();
    guide::guide(card, &common::now(), &settings, tr, &TimesFor::Reader(zone))
}

fn pictures(painter: &mut Painter, card: &Card, tr: &I18n, zone: Option<&str>) -> Vec<Picture> {
    let guide = guide_for(card, tr, zone);
    let options = PictureOptions::default();
    painter.pictures(&guide, &card.label, 22.0, tr, &options)
}

/// The share of a picture's pixels that are dark: ink.
fn ink(picture: &Picture) -> f64 {
    let dark = picture
        .image
        .pixels()
        .filter(|p| u32::from(p[0]) + u32::from(p[1]) + u32::from(p[2]) < 200)
        .count();
    f64::from(u32::try_from(dark).unwrap())
        / f64::from(picture.image.width() * picture.image.height())
}

#[test]
fn every_card_in_every_language_has_a_picture_per_step_at_phone_size() {
    let archive = archive();
    let mut painter = Painter::new();
    for lang in Lang::ALL {
        let tr = I18n::new(lang);
        for card in &archive.cards {
            let card = archive.with_names(card);
            let guide = guide_for(&card, &tr, Some("Asia/Shanghai"));
            let pictures = pictures(&mut painter, &card, &tr, Some("Asia/Shanghai"));
            let expected = 1 + guide.steps.len() + guide.failure_steps.len();
            assert_eq!(pictures.len(), expected, "{lang:?} {}", card.label);
            let mut names: Vec<&str> = pictures.iter().map(|p| p.name.as_str()).collect();
            let in_order = names.clone();
            names.sort_unstable();
            assert_eq!(names, in_order, "sorted by name is the order");
            for (n, picture) in pictures.iter().enumerate() {
                let what = format!("{lang:?} {} {}", card.label, picture.name);
                assert!(picture.name.starts_with(&format!("{:02}", n + 1)), "{what}");
                assert_eq!(picture.image.width(), WIDTH, "{what}");
                let height = picture.image.height();
                assert!((500..=MAX_HEIGHT).contains(&height), "{what}: {height}");
                // Text was drawn: a page of large type is a few per cent ink.
                let ink = ink(picture);
                assert!((0.02..0.4).contains(&ink), "{what}: {ink}");
                assert!(picture.png().unwrap().starts_with(b"\x89PNG"), "{what}");
            }
        }
    }
}

/// Small differences in glyph edges are tolerated; a missing glyph is not.
fn options() -> SnapshotOptions {
    SnapshotOptions::default()
        .threshold(2.0)
        .max_failed_pixels(400)
}

#[test]
fn a_step_in_chinese_and_a_failure_step_in_english_look_as_stored() {
    let archive = archive();
    let esim = card(&archive, "Mum's eSIM");
    let mut painter = Painter::new();
    let mut results = SnapshotResults::default();
    let zh = I18n::new(Lang::ZhHans);
    let guide = guide_for(&esim, &zh, Some("Asia/Shanghai"));
    let number = guide.steps.iter().position(|s| s.detail.is_some()).unwrap();
    let none = PictureOptions::default();
    let step = painter
        .step_picture(&guide, &esim.label, 22.0, &zh, (false, number), &none)
        .unwrap();
    results.add(egui_kittest::try_image_snapshot_options(
        &step.image,
        "picture_number_zh-Hans",
        &options(),
    ));
    let en = I18n::new(Lang::En);
    let guide = guide_for(&esim, &en, Some("Europe/London"));
    let failure = painter
        .step_picture(&guide, &esim.label, 22.0, &en, (true, 1), &none)
        .unwrap();
    results.add(egui_kittest::try_image_snapshot_options(
        &failure.image,
        "picture_failure_en",
        &options(),
    ));
    results.unwrap();
}

#[test]
fn a_hostile_label_stays_in_its_band_and_out_of_the_other_steps() {
    let archive = archive();
    let plain = card(&archive, "Mum's eSIM");
    let mut hostile = plain.clone();
    hostile.label = "Mum\n\n3 / 7\tPay again now! 付款 ".repeat(60);
    let tr = I18n::new(Lang::ZhHans);
    let mut painter = Painter::new();
    let before = pictures(&mut painter, &plain, &tr, Some("Asia/Shanghai"));
    let after = pictures(&mut painter, &hostile, &tr, Some("Asia/Shanghai"));
    assert_eq!(before.len(), after.len(), "no step more, none less");
    assert!(after[0].image.height() <= MAX_HEIGHT);
    for (plain, hostile) in before.iter().zip(&after).skip(1) {
        // The label is in the band on one line and in the one-line footer:
        // every step is as tall as with a plain label.
        assert_eq!(
            plain.image.height(),
            hostile.image.height(),
            "{}",
            plain.name
        );
        assert_eq!(plain.name, hostile.name, "the label names no file");
    }
}

#[test]
fn the_readers_zone_and_language_reach_every_printed_time() {
    let archive = archive();
    for label in ["Mum's eSIM", "Dad's SIM", "Family pocket WiFi"] {
        let card = card(&archive, label);
        for (lang, zone, japan, theirs) in [
            (
                Lang::ZhHans,
                "Asia/Shanghai",
                "日本时间",
                "中国（上海）时间",
            ),
            (Lang::En, "Europe/London", "Japan time", "in UK (London)"),
            (
                Lang::Ja,
                "America/New_York",
                "日本時間",
                "米国東部（ニューヨーク）",
            ),
        ] {
            let tr = I18n::new(lang);
            let guide = guide_for(&card, &tr, Some(zone));
            let mut texts = vec![guide.intro.clone()];
            texts.extend(guide.facts.iter().map(|f| f.value.clone()));
            for step in guide.steps.iter().chain(&guide.failure_steps) {
                texts.extend([step.see.clone(), step.action.clone()]);
                texts.extend(step.detail.clone());
            }
            let timed: Vec<&String> = texts.iter().filter(|t| t.contains(japan)).collect();
            assert!(timed.len() >= 2, "{label} {lang:?}: {texts:#?}");
            for text in timed {
                assert!(text.contains(theirs), "{label} {lang:?}: {text}");
            }
            for text in &texts {
                // "— 15:59 your time" is for the screen, never a file.
                let local = text
                    .match_indices(" your time")
                    .any(|(at, _)| text[..at].ends_with(|c: char| c.is_ascii_digit()));
                assert!(!local, "{text}");
            }
        }
    }
}

#[test]
fn the_activation_code_is_drawn_only_when_asked_for_and_reads_back() {
    let archive = archive();
    let mut esim = card(&archive, "Mum's eSIM");
    let code = "LPA:1$rsp.sora-esim.example$K7Q2-PLM9-XW41";
    code.clone_into(&mut esim.esim_code.code);
    esim.esim_code.installed = false;
    let tr = I18n::new(Lang::En);
    let guide = guide_for(&esim, &tr, None);
    let install = guide.steps.iter().position(|s| s.installs_esim).unwrap();
    let mut painter = Painter::new();
    let without = painter.pictures(&guide, &esim.label, 22.0, &tr, &PictureOptions::default());
    let asked = PictureOptions {
        activation_code: Some(code.to_owned()),
    };
    let with = painter.pictures(&guide, &esim.label, 22.0, &tr, &asked);
    assert_eq!(without.len(), with.len());
    let step = install + 1; // after the first picture
    assert!(with[step].image.height() > without[step].image.height());
    for (n, (a, b)) in without.iter().zip(&with).enumerate() {
        if n != step {
            assert_eq!(a.image, b.image, "only the installing step changes");
        }
    }
    for (pictures, expected) in [(&with, Some(code)), (&without, None)] {
        let gray = image::DynamicImage::ImageRgba8(pictures[step].image.clone()).to_luma8();
        let mut prepared = rqrr::PreparedImage::prepare(gray);
        let read: Vec<String> = prepared
            .detect_grids()
            .iter()
            .filter_map(|g| g.decode().ok().map(|(_, text)| text))
            .collect();
        assert_eq!(read.first().map(String::as_str), expected);
    }
}
