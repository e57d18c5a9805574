//! The commands that read other files into the archive, or read them alone:
//! `import receipts`, `import receipt`, `merge`, `read`, `qr read`.

use super::{
    Archive, Front, I18n, Level, Msg, Outcome, Path, PathBuf, Session, Zoned, cards, changing,
    changing_in, receipts,
};

/// `koshin import receipts`: rows naming a card the archive lacks are refused
/// unless `allow_unknown_cards`, and the refusal says how to allow them.
pub(super) fn import_receipts(
    dir: Result<PathBuf, Msg>,
    file: &Path,
    allow_unknown_cards: bool,
    now: &Zoned,
) -> Outcome {
    let unknown = if allow_unknown_cards {
        receipts::UnknownCards::WithoutCard
    } else {
        receipts::UnknownCards::Refuse
    };
    let mut outcome = changing(dir, now, |archive| {
        receipts::import_receipts(archive, file, unknown)
    });
    if let Some(said) = outcome
        .said
        .iter_mut()
        .find(|s| s.msg.id == receipts::UNKNOWN_CARDS_REFUSED)
    {
        said.details.push(Msg::new("cli-allow-unknown-cards"));
    }
    outcome
}

/// `koshin qr read IMAGE`: the codes of the QR codes in an image.
pub(super) fn qr_read(image: &Path) -> Outcome {
    let codes =
        crate::actions::read_file(image).map(|bytes| crate::formats::email::qr_codes(&bytes));
    match codes {
        Ok(codes) if codes.is_empty() => {
            Outcome::failed(Msg::new("qr-none").arg("path", image.display().to_string()))
        }
        Ok(codes) => Outcome::success(false, Msg::new("cli-lines").arg("text", codes.join("\n"))),
        Err(msg) => Outcome::failed(msg),
    }
}

/// `koshin read FILE`: what a confirmation e-mail says, as text or JSON.
pub(super) fn read_mail(dir: Result<PathBuf, Msg>, file: &Path, json: bool, tr: &I18n) -> Outcome {
    // The archive's providers name the sender when they can; without them
    // the sender is named from the e-mail alone, and the person is told why.
    let (archive, unread) = match dir.and_then(|dir| Session::read(&dir)) {
        Ok(archive) => (archive, Outcome::nothing()),
        Err(msg) => (
            Archive::default(),
            Outcome::nothing().say(
                Level::Warning,
                Msg::new("cli-read-without-archive").arg("detail", msg),
            ),
        ),
    };
    let read = match crate::actions::confirmations::read_mail(&archive, file) {
        Ok(found) if json => Outcome::success(
            false,
            Msg::new("cli-lines").arg(
                "text",
                crate::actions::confirmations::found_json(&found, tr),
            ),
        ),
        Ok(found) => Outcome {
            changed: false,
            said: vec![crate::actions::Said {
                level: Level::Success,
                msg: Msg::new("mail-read").arg("path", file.display().to_string()),
                details: crate::actions::confirmations::found_lines(&found),
            }],
        },
        Err(msg) => Outcome::failed(msg),
    };
    unread.and(read)
}

/// `koshin import receipt FILE --card LABEL`: one receipt from an e-mail.
pub(super) fn import_receipt(
    dir: Result<PathBuf, Msg>,
    file: &Path,
    card: &str,
    amount: Option<&str>,
    currency: Option<&str>,
    now: &Zoned,
) -> Outcome {
    changing_in(dir, now, |archive, data_dir| {
        let card = match cards::find_card(archive, card) {
            Ok(card) => card.id,
            Err(msg) => return Outcome::failed(msg),
        };
        crate::actions::confirmations::import_receipt(
            archive, data_dir, file, card, amount, currency, now,
        )
    })
}

/// `koshin merge FILE`: merges the copy; a conflict copy beside the archive
/// then moves into `backups/`, so that `check` no longer lists it.
pub(super) fn merge(dir: Result<PathBuf, Msg>, file: &Path, now: &Zoned) -> Outcome {
    match dir {
        Ok(dir) => Session::open(&dir, now.timestamp(), Front::CommandLine).merge_copy(file, now),
        Err(msg) => Outcome::failed(msg),
    }
}
