//! Files written for other people and programs: the family guide and the
//! reminder calendar.

use std::path::Path;

use jiff::Zoned;
use jiff::tz::TimeZone;

use super::cards::card_by_id;
use super::{Level, Outcome, shown};
use crate::formats::guide::{self, GuideFormat};
use crate::formats::{self, ics};
use crate::i18n::format::TimesFor;
use crate::i18n::{I18n, Msg};
use crate::model::{Archive, CardId};

/// Writes a card's family guide in `format`, in the language of `tr`, as of
/// `now`, with its times given for a reader in `zone` too (`None`: the
/// provider's time alone; the file never says "your time").
pub fn write_guide(
    archive: &Archive,
    id: CardId,
    format: GuideFormat,
    file: &Path,
    (now, zone): (&Zoned, Option<&TimeZone>),
    tr: &I18n,
) -> Outcome {
    let times = TimesFor::Reader(zone.cloned());
    let result = card_by_id(archive, id).and_then(|card| {
        let named = archive.with_names(card);
        let text = guide::render(&named, now, &archive.settings, tr, format, &times);
        formats::write_file(file, &text)?;
        Ok(Outcome::success(
            false,
            Msg::new("guide-exported").arg("path", shown(file)),
        ))
    });
    result.into()
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
