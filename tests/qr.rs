//! eSIM activation QR codes for real: the code the app draws is read back
//! from the rendered window (and from a scaled-down screenshot) by the
//! decoder; `koshin qr read` prints it; the card form reads it from an image;
//! the code never leaves in a card export unless asked for.

#![allow(clippy::unwrap_used)]

mod common;

use koshin::command::Command;
use koshin::model::CardId;

use common::{AppHarness, apply, shows, shows_part};

const CODE: &str = "LPA:1$rsp.sora-esim.example$K2-7Q1ZX-9LQ3M8";

fn decode(image: &image::DynamicImage) -> Vec<String> {
    let mut buffer = std::io::Cursor::new(Vec::new());
    image
        .write_to(&mut buffer, image::ImageFormat::Png)
        .unwrap();
    koshin::formats::email::qr_codes(buffer.get_ref())
}

/// The sample household with Mum's eSIM keeping `CODE`.
fn household_with_code() -> tempfile::TempDir {
    let dir = common::demo_dir();
    let mut archive = common::load(dir.path());
    CODE.clone_into(&mut archive.cards[0].esim_code.code);
    common::write_archive(dir.path(), &archive);
    dir
}

/// The app on `dir`, showing what `open` asks for about Mum's eSIM.
fn open_on_the_esim(dir: &std::path::Path, open: fn(CardId) -> Command) -> AppHarness {
    let mut harness = common::open_app(dir);
    let esim = harness.state().archive().cards[0].id;
    apply(&mut harness, open(esim));
    harness
}

/// The window as a picture.
fn screenshot(harness: &mut AppHarness) -> image::DynamicImage {
    image::DynamicImage::ImageRgba8(harness.render().unwrap())
}

/// Asks for the QR code on screen and reads it back from a screenshot.
fn show_and_read_the_code(harness: &mut AppHarness) -> Vec<String> {
    common::click(harness, "Show QR code…");
    common::click(harness, "Show the code");
    decode(&screenshot(harness))
}

#[test]
fn the_qr_code_on_screen_decodes_to_the_stored_code_even_scaled_down() {
    let dir = household_with_code();
    let mut harness = open_on_the_esim(dir.path(), Command::OpenCard);
    common::click(&mut harness, "Show QR code…");
    // First a question: nothing to scan yet.
    assert!(shows_part(&harness, "Show it only to the phone"));
    let asking = screenshot(&mut harness);
    assert!(decode(&asking).is_empty(), "the code shows only when asked");
    common::click(&mut harness, "Show the code");

    let shot = screenshot(&mut harness);
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
    let output = common::koshin_command()
        .args(["qr", "read"])
        .arg(&png)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), CODE);

    // Hidden again after a minute (each step is a quarter of a second).
    harness.run_steps(245);
    assert!(!shows_part(&harness, "Hidden in"));
    let later = screenshot(&mut harness);
    assert!(decode(&later).is_empty());
}

#[test]
fn leaving_the_screen_hides_the_code() {
    let dir = household_with_code();
    let mut harness = common::open_app(dir.path());
    apply(&mut harness, Command::ShowQr(CODE.to_owned()));
    common::click(&mut harness, "Show the code");
    assert!(shows_part(&harness, "Hidden in"));
    let receipts = koshin::command::Screen::Receipts;
    apply(&mut harness, Command::Navigate(receipts));
    assert!(!shows_part(&harness, "Hidden in"));
}

#[test]
fn the_card_form_reads_the_code_from_an_image_and_checks_what_is_typed() {
    let dir = common::demo_dir();
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

    let mut harness = open_on_the_esim(dir.path(), Command::OpenCard);
    apply(&mut harness, Command::DropFiles(vec![png]));
    assert_eq!(common::value_of(&harness, "Activation code (QR)"), CODE);
    common::retype_into(
        &mut harness,
        "Activation code (QR)",
        "https://example.com/esim",
    );
    common::click(&mut harness, "Save changes");
    assert!(common::count_part(&harness, "starts with LPA:1$") > 0);
    common::retype_into(&mut harness, "Activation code (QR)", CODE);
    common::click(&mut harness, "Save changes");
    common::settle_and_save(&mut harness);
    assert_eq!(common::load(dir.path()).cards[0].esim_code.code, CODE);
}

#[test]
fn a_card_export_leaves_the_code_out_unless_asked_for() {
    let dir = household_with_code();
    let koshin = |args: &[&str]| common::koshin_ok(dir.path(), args);
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
        koshin(&args);
        let text = common::read_text(path.as_ref());
        assert_eq!(text.contains("K2-7Q1ZX-9LQ3M8"), has_code, "{name}");
    }
    let guide = file("guide.html");
    let ics = file("reminders.ics");
    koshin(&["guide", "Mum's eSIM", "--out", guide.as_str()]);
    koshin(&["export", "ics", ics.as_str()]);
    for path in [guide, ics] {
        let text = common::read_text(path.as_ref());
        assert!(!text.contains("K2-7Q1ZX"), "{path}");
    }
}

#[test]
fn an_emails_qr_code_is_kept_on_its_esim_and_shown_when_installing_a_new_one() {
    let (_dir, mut harness) = common::demo_harness();
    // The provider's e-mail carries the code only as a QR picture.
    let mail = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/mail/en_esim_qr_sora.eml");
    apply(&mut harness, Command::ReceiptFromMail(mail));
    assert!(shows_part(&harness, "is now kept on Mum's eSIM"));
    let esim = harness.state().archive().cards[0].clone();
    assert_eq!(esim.esim_code.code, CODE);

    // Renewing it as a new eSIM: the Confirm step offers the QR code.
    let start = Command::StartRenewal(esim.id);
    harness.state_mut().apply(start, 0.0);
    let mut renewal = harness.state().archive().renewal(esim.id).unwrap().clone();
    renewal.inputs.esim_mode = koshin::model::renewal::EsimMode::NewEsim;
    renewal.current = koshin::wizard::Step::Confirm;
    apply(&mut harness, Command::UpdateRenewal(Box::new(renewal)));
    assert!(shows(&harness, "Install the new eSIM"));
    assert_eq!(show_and_read_the_code(&mut harness), [CODE]);
}

#[test]
fn the_family_guide_shows_the_qr_code_at_the_step_that_installs_the_esim() {
    let dir = household_with_code();
    let mut harness = open_on_the_esim(dir.path(), Command::OpenGuide);
    for _ in 0..12 {
        if shows(&harness, "Install the new eSIM") {
            break;
        }
        assert!(!shows(&harness, "Show QR code…"));
        common::click(&mut harness, "Next step");
    }
    assert!(shows(&harness, "Install the new eSIM"));
    assert_eq!(show_and_read_the_code(&mut harness), [CODE]);
}
