//! eSIM activation QR codes for real: the code the app draws is read back
//! from the rendered window (and from a scaled-down screenshot) by the
//! decoder; `koshin qr read` prints it; the card form reads it from an image;
//! the code never leaves in a card export unless asked for.

#![allow(clippy::unwrap_used)]

mod common;

use egui_kittest::kittest::Queryable;
use koshin::command::Command;

const CODE: &str = "LPA:1$rsp.sora-esim.example$K2-7Q1ZX-9LQ3M8";

fn decode(image: &image::DynamicImage) -> Vec<String> {
    let mut buffer = std::io::Cursor::new(Vec::new());
    image
        .write_to(&mut buffer, image::ImageFormat::Png)
        .unwrap();
    koshin::export::mail::qr_codes(buffer.get_ref())
}

/// The sample household with Mum's eSIM keeping `CODE`.
fn household_with_code() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let path = koshin::store::archive_path(dir.path());
    let mut archive = common::load(dir.path());
    CODE.clone_into(&mut archive.cards[0].esim_code.code);
    let text = koshin::store::to_text(&archive).unwrap();
    std::fs::write(path, text).unwrap();
    dir
}

#[test]
fn the_qr_code_on_screen_decodes_to_the_stored_code_even_scaled_down() {
    let dir = household_with_code();
    let mut harness = common::harness(dir.path());
    harness.run();
    let esim = harness.state().archive().cards[0].id;
    harness.state_mut().apply(Command::OpenCard(esim), 0.0);
    harness.run();
    common::click(&mut harness, "Show QR code…");
    // First a question: nothing to scan yet.
    assert!(
        harness
            .query_by_label_contains("Show it only to the phone")
            .is_some()
    );
    let asking = image::DynamicImage::ImageRgba8(harness.render().unwrap());
    assert!(decode(&asking).is_empty(), "the code shows only when asked");
    common::click(&mut harness, "Show the code");

    let shot = image::DynamicImage::ImageRgba8(harness.render().unwrap());
    assert_eq!(decode(&shot), [CODE]);
    // As a phone would see a smaller screenshot of it.
    let small = shot.resize(
        shot.width() * 3 / 5,
        shot.height() * 3 / 5,
        image::imageops::FilterType::Triangle,
    );
    assert_eq!(decode(&small), [CODE]);

    // `koshin qr read` on that screenshot.
    let png = dir.path().join("screenshot.png");
    small.save(&png).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_koshin"))
        .args(["qr", "read"])
        .arg(&png)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), CODE);

    // Hidden again after a minute (each step is a quarter of a second).
    harness.run_steps(245);
    assert!(harness.query_by_label_contains("Hidden in").is_none());
    let later = image::DynamicImage::ImageRgba8(harness.render().unwrap());
    assert!(decode(&later).is_empty());
}

#[test]
fn leaving_the_screen_hides_the_code() {
    let dir = household_with_code();
    let mut harness = common::harness(dir.path());
    harness.run();
    harness
        .state_mut()
        .apply(Command::ShowQr(CODE.to_owned()), 0.0);
    harness.run();
    common::click(&mut harness, "Show the code");
    assert!(harness.query_by_label_contains("Hidden in").is_some());
    harness
        .state_mut()
        .apply(Command::Navigate(koshin::command::Screen::Receipts), 0.0);
    harness.run();
    assert!(harness.query_by_label_contains("Hidden in").is_none());
}

#[test]
fn the_card_form_reads_the_code_from_an_image_and_checks_what_is_typed() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    // An image of the code, as the provider's e-mail shows it.
    let (width, dark) = koshin::ui::qr::modules(CODE).unwrap();
    let scale = 6;
    let side = u32::try_from((width + 8) * scale).unwrap();
    let picture = image::GrayImage::from_fn(side, side, |x, y| {
        let module = |v: u32| (v as usize / scale).checked_sub(4).filter(|m| *m < width);
        match (module(x), module(y)) {
            (Some(mx), Some(my)) if dark[my * width + mx] => image::Luma([0]),
            _ => image::Luma([255]),
        }
    });
    let png = dir.path().join("esim-qr.png");
    picture.save(&png).unwrap();

    let mut harness = common::harness(dir.path());
    harness.run();
    let esim = harness.state().archive().cards[0].id;
    harness.state_mut().apply(Command::OpenCard(esim), 0.0);
    harness.run();
    harness
        .state_mut()
        .apply(Command::DropFiles(vec![png]), 0.0);
    harness.run();
    assert_eq!(
        harness
            .get_by_label("Activation code (QR)")
            .value()
            .as_deref(),
        Some(CODE)
    );
    common::retype_into(
        &mut harness,
        "Activation code (QR)",
        "https://example.com/esim",
    );
    common::click(&mut harness, "Save changes");
    assert!(
        harness
            .query_all_by_label_contains("starts with LPA:1$")
            .next()
            .is_some()
    );
    common::retype_into(&mut harness, "Activation code (QR)", CODE);
    common::click(&mut harness, "Save changes");
    common::settle_and_save(&mut harness);
    assert_eq!(common::load(dir.path()).cards[0].esim_code.code, CODE);
}

#[test]
fn a_card_export_leaves_the_code_out_unless_asked_for() {
    let dir = household_with_code();
    let koshin = |args: &[&str]| common::koshin_in_dir(dir.path(), args);
    let file = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    for (name, extra, has_code) in [
        (
            "without.koshin-card.ron",
            vec!["--without-identifiers"],
            false,
        ),
        ("with-ids.koshin-card.ron", vec![], false),
        (
            "with-code.koshin-card.ron",
            vec!["--with-activation-code"],
            true,
        ),
    ] {
        let path = file(name);
        let mut args = vec!["export", "card", "Mum's eSIM", path.as_str()];
        args.extend(extra);
        let output = koshin(&args);
        assert!(output.status.success(), "{output:?}");
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.contains("K2-7Q1ZX-9LQ3M8"), has_code, "{name}");
    }
    let guide = file("guide.html");
    let ics = file("reminders.ics");
    assert!(
        koshin(&["guide", "Mum's eSIM", "--out", guide.as_str()])
            .status
            .success()
    );
    assert!(koshin(&["export", "ics", ics.as_str()]).status.success());
    for path in [guide, ics] {
        assert!(
            !std::fs::read_to_string(&path).unwrap().contains("K2-7Q1ZX"),
            "{path}"
        );
    }
}

#[test]
fn an_emails_qr_code_is_kept_on_its_esim_and_shown_when_installing_a_new_one() {
    let (_dir, mut harness) = common::demo_harness();
    // The provider's e-mail carries the code only as a QR picture.
    let mail = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/mail/en_esim_qr_sora.eml");
    harness
        .state_mut()
        .apply(Command::ReceiptFromMail(mail), 0.0);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("is now kept on Mum's eSIM")
            .is_some()
    );
    let esim = harness.state().archive().cards[0].clone();
    assert_eq!(esim.esim_code.code, CODE);

    // Renewing it as a new eSIM: the Confirm step offers the QR code.
    harness
        .state_mut()
        .apply(Command::StartRenewal(esim.id), 0.0);
    let mut renewal = harness.state().archive().renewal(esim.id).unwrap().clone();
    renewal.inputs.esim_mode = koshin::model::renewal::EsimMode::NewEsim;
    renewal.current = koshin::wizard::Step::Confirm;
    harness
        .state_mut()
        .apply(Command::UpdateRenewal(Box::new(renewal)), 0.0);
    harness.run();
    assert!(harness.query_by_label("Install the new eSIM").is_some());
    common::click(&mut harness, "Show QR code…");
    common::click(&mut harness, "Show the code");
    let shot = image::DynamicImage::ImageRgba8(harness.render().unwrap());
    assert_eq!(decode(&shot), [CODE]);
}

#[test]
fn the_family_guide_shows_the_qr_code_at_the_step_that_installs_the_esim() {
    let dir = household_with_code();
    let mut harness = common::harness(dir.path());
    harness.run();
    let esim = harness.state().archive().cards[0].id;
    harness.state_mut().apply(Command::OpenGuide(esim), 0.0);
    harness.run();
    for _ in 0..12 {
        if harness.query_by_label("Install the new eSIM").is_some() {
            break;
        }
        assert!(harness.query_by_label("Show QR code…").is_none());
        common::click(&mut harness, "Next step");
    }
    assert!(harness.query_by_label("Install the new eSIM").is_some());
    common::click(&mut harness, "Show QR code…");
    common::click(&mut harness, "Show the code");
    let shot = image::DynamicImage::ImageRgba8(harness.render().unwrap());
    assert_eq!(decode(&shot), [CODE]);
}
