//! Files written for other people and programs: the family guide and the
//! reminder calendar.

use std::path::{Path, PathBuf};

use jiff::Zoned;

use super::cards::card_by_id;
use super::{Level, Outcome, shown};
use crate::formats::guide::picture::{Painter, Picture, PictureOptions};
use crate::formats::guide::{self, GuideFormat};
use crate::formats::{self, ics};
use crate::i18n::format::TimesFor;
use crate::i18n::{I18n, Msg};
use crate::model::{Archive, CardId, Reader};

/// The language and times of a guide for `reader`: their language (else
/// the app's, `tr`) and their zone besides Japan's (none: Japan time alone;
/// a file that travels never says "your time").
fn for_reader(reader: &Reader, tr: &I18n) -> Result<(I18n, TimesFor), Msg> {
    let zone = reader
        .zone
        .as_deref()
        .map(crate::model::input::parse_zone)
        .transpose()
        .map_err(|e| e.message())?;
    let lang = reader.lang.unwrap_or_else(|| tr.lang());
    Ok((I18n::new(lang), TimesFor::Reader(zone)))
}

/// A card's guide for `reader` as of `now`, in the reader's language, and
/// the card's label.
fn reader_guide(
    archive: &Archive,
    id: CardId,
    now: &Zoned,
    reader: &Reader,
    tr: &I18n,
) -> Result<(guide::Guide, I18n, String), Msg> {
    let card = card_by_id(archive, id)?;
    let (reader_tr, times) = for_reader(reader, tr)?;
    let named = archive.with_names(card);
    let guide = guide::guide(&named, now, &archive.settings, &reader_tr, &times);
    Ok((guide, reader_tr, card.label.clone()))
}

/// Writes a card's family guide in `format` for `reader` (their language
/// and time zone), as of `now`. Says so in the app's language, `tr`.
pub fn write_guide(
    archive: &Archive,
    id: CardId,
    format: GuideFormat,
    file: &Path,
    (now, reader): (&Zoned, &Reader),
    tr: &I18n,
) -> Outcome {
    let result = reader_guide(archive, id, now, reader, tr).and_then(|(guide, reader_tr, _)| {
        let text = match format {
            GuideFormat::Html => guide::to_html(&guide, &reader_tr),
            GuideFormat::Markdown => guide::to_markdown(&guide, &reader_tr),
        };
        formats::write_file(file, &text)?;
        Ok(Outcome::success(
            false,
            Msg::new("guide-exported").arg("path", shown(file)),
        ))
    });
    result.into()
}

/// The folder a guide's pictures go in: the chosen path, without the
/// `.png` a save dialog may have added, when it is new or empty; else the
/// first of "NAME (2)", "NAME (3)", … that is. Pictures are never written
/// among other files: none of the person's files is replaced, and no
/// picture of an older guide is mixed in with the new ones.
pub fn pictures_folder(path: &Path) -> PathBuf {
    let base = if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("png"))
    {
        path.with_extension("")
    } else {
        path.to_path_buf()
    };
    let free = |dir: &Path| match std::fs::read_dir(dir) {
        Ok(mut entries) => entries.next().is_none(),
        Err(_) => !dir.exists(),
    };
    if free(&base) {
        return base;
    }
    let name = base.file_name().map_or_else(
        || "koshin-guide-pictures".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    );
    (2..1000)
        .map(|n| base.with_file_name(format!("{name} ({n})")))
        .find(|dir| free(dir))
        .unwrap_or(base)
}

/// Writes a card's guide as pictures for `reader` into the folder `dir`
/// (made when missing; see [`pictures_folder`] for choosing it):
/// `01-….png` with the card, the deadline and whom to call, then one per
/// step and one per failure step.
pub fn write_guide_pictures(
    archive: &Archive,
    id: CardId,
    dir: &Path,
    (now, reader): (&Zoned, &Reader),
    tr: &I18n,
    options: &PictureOptions,
) -> Outcome {
    let result =
        reader_guide(archive, id, now, reader, tr).and_then(|(guide, reader_tr, label)| {
            let size = archive.settings.guide_text_size;
            let pictures = Painter::new().pictures(&guide, &label, size, &reader_tr, options);
            let failed = |e: &dyn std::fmt::Display| {
                Msg::new("store-io")
                    .arg("path", shown(dir))
                    .arg("detail", e.to_string())
            };
            std::fs::create_dir_all(dir).map_err(|e| failed(&e))?;
            for picture in &pictures {
                let png = picture.png().map_err(|e| failed(&e))?;
                formats::write_bytes(&dir.join(&picture.name), &png)?;
            }
            let mut outcome = Outcome::success(
                false,
                Msg::new("guide-pictures-written")
                    .arg("count", pictures.len())
                    .arg("path", shown(dir)),
            );
            if options.activation_code.is_some() {
                outcome = outcome.say(Level::Warning, Msg::new("guide-pictures-code-warning"));
            }
            Ok(outcome)
        });
    result.into()
}

/// The picture of one step of a card's guide for `reader`: a renewal step,
/// or (`failure`) a step of "If it does not work".
pub fn step_picture(
    archive: &Archive,
    id: CardId,
    (now, reader): (&Zoned, &Reader),
    tr: &I18n,
    step: (bool, usize),
) -> Result<Picture, Msg> {
    let (guide, reader_tr, label) = reader_guide(archive, id, now, reader, tr)?;
    let size = archive.settings.guide_text_size;
    Painter::new()
        .step_picture(
            &guide,
            &label,
            size,
            &reader_tr,
            step,
            &PictureOptions::default(),
        )
        .ok_or_else(|| Msg::new("guide-pictures-no-step"))
}

/// Writes the reminder calendar (.ics) of every active card's deadlines. Says
/// that Google Calendar and Outlook drop the alarms of an imported file.
pub fn export_reminders(archive: &Archive, file: &Path, now: &Zoned, tr: &I18n) -> Outcome {
    let result = ics::reminders(archive, now, tr)
        .and_then(|text| formats::write_file(file, &text))
        .map(|()| {
            Outcome::success(false, Msg::new("cli-ics-written").arg("path", shown(file)))
                .say(Level::Info, Msg::new("ics-alarms-dropped"))
        });
    result.into()
}
