//! The archive as a whole: check it (and name the conflict copies beside
//! it), write the sample household.

use std::path::{Path, PathBuf};

use jiff::Zoned;

use super::{Outcome, shown};
use crate::i18n::{I18n, Msg};
use crate::model::{Archive, demo};
use crate::store::{self, StoreError};

/// Loads the archive in `dir` and sums it up; never writes.
pub fn check(dir: &Path) -> Outcome {
    let path = store::archive_path(dir);
    let loaded = match store::load(&path) {
        Ok(loaded) => loaded,
        Err(error) => return Outcome::failed(error.message()),
    };
    if !loaded.existed {
        return Outcome::success(
            false,
            Msg::new("cli-check-missing").arg("path", shown(&path)),
        );
    }
    let msg = Msg::new("cli-check-sound")
        .arg("path", shown(&path))
        .arg("cards", loaded.archive.cards.len())
        .arg("receipts", loaded.archive.receipts.len());
    Outcome::success(
        false,
        match loaded.newer_version {
            Some(version) => Msg::new("cli-check-newer")
                .arg("summary", msg)
                .arg("version", version),
            None => msg,
        },
    )
    .and(super::sync::conflict_copies_outcome(dir))
}

/// Writes the sample household into `dir`, refusing when `dir` already holds
/// an archive; it speaks the language of `tr`, and the eSIM's latest receipt
/// comes with its saved confirmation e-mail.
pub fn write_demo(dir: &Path, now: &Zoned, tr: &I18n) -> Result<PathBuf, Msg> {
    refuse_existing(dir)?;
    let mut archive = demo::archive_in(now, tr);
    if let Some(receipt) = archive.receipts.first_mut() {
        let (name, mail) = demo::confirmation_mail(receipt);
        let attachment = store::attachments::store_bytes(dir, &name, mail.as_bytes())
            .map_err(|e| e.message())?;
        receipt.attachments.push(attachment);
    }
    write_archive_once(dir, &archive)
}

/// Writes `archive` as a new archive in `dir`, refusing when `dir` already holds one.
pub fn write_archive_once(dir: &Path, archive: &Archive) -> Result<PathBuf, Msg> {
    let path = refuse_existing(dir)?;
    std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e).message())?;
    let text = store::to_text(archive).map_err(|e| e.message())?;
    store::write_atomic(&path, text.as_bytes()).map_err(|e| e.message())?;
    Ok(path)
}

/// The archive's path in `dir`, or a message when there is one already.
fn refuse_existing(dir: &Path) -> Result<PathBuf, Msg> {
    let path = store::archive_path(dir);
    if path.exists() {
        return Err(Msg::new("cli-demo-exists").arg("path", shown(&path)));
    }
    Ok(path)
}
