//! Copies of the archive from other devices: merge one in, say what a save
//! that merged did, name who else has the archive open.

use std::path::Path;

use jiff::{Timestamp, Zoned};

use super::{Level, Outcome, Said, shown};
use crate::i18n::Msg;
use crate::model::Archive;
use crate::model::merge::{self, MergeReport, Named};
use crate::store::{self, LockHolder, Saved, StoreError};

/// Merges the archive copy at `path` into `archive` by the merge rules (by
/// id; the newer edit wins; deletions travel). A copy that cannot be read is
/// refused and nothing changes. Merging the same copy again changes nothing.
pub fn merge_file(archive: &mut Archive, path: &Path) -> Outcome {
    let refused = |detail: Msg| {
        Outcome::failed(
            Msg::new("merge-refused")
                .arg("path", shown(path))
                .arg("detail", detail),
        )
    };
    let theirs = match store::load(path) {
        // A shared card is no archive, though it reads as one with nothing in it.
        _ if is_card_file(path) => {
            return Outcome::failed(Msg::new("merge-card-file").arg("path", shown(path)));
        }
        Ok(loaded) if !loaded.existed => {
            return refused(StoreError::io(path, std::io::ErrorKind::NotFound.into()).message());
        }
        Ok(loaded) => match loaded.newer_version {
            Some(version) => {
                return refused(
                    StoreError::NewerUnreadable {
                        path: path.to_path_buf(),
                        version,
                    }
                    .message(),
                );
            }
            None => loaded.archive,
        },
        Err(error) => return refused(error.message()),
    };
    let (merged, report) = merge::merge(archive, &theirs);
    let changed = merged != *archive;
    *archive = merged;
    if report.is_empty() {
        return Outcome {
            changed,
            said: vec![Said {
                level: Level::Info,
                msg: Msg::new("merge-nothing-new").arg("path", shown(path)),
                details: Vec::new(),
            }],
        };
    }
    Outcome {
        changed,
        said: vec![Said {
            level: Level::Success,
            msg: Msg::new("merge-summary")
                .arg("path", shown(path))
                .arg("added", report.added.len())
                .arg("replaced", report.replaced.len())
                .arg("removed", report.removed.len()),
            details: report_lines(&report),
        }],
    }
}

/// Whether the file at `path` is a shared card (`.koshin-card.ron`).
fn is_card_file(path: &Path) -> bool {
    std::fs::read(path).is_ok_and(|bytes| {
        crate::formats::card_file::read_card(&bytes, &Archive::default()).is_ok()
    })
}

/// Moves a conflict copy beside the archive in `dir` into `backups/` (after
/// merging it, or to set it aside unmerged).
pub fn shelve_conflict_copy(dir: &Path, copy: &Path) -> Outcome {
    match store::shelve(dir, copy) {
        Ok(target) => Outcome::nothing().say(
            Level::Info,
            Msg::new("conflict-copy-shelved").arg("path", shown(&target)),
        ),
        Err(error) => Outcome::failed(error.message()),
    }
}

/// One line per record a merge added, replaced or removed.
pub fn report_lines(report: &MergeReport) -> Vec<Msg> {
    let line = |id: &'static str, named: &Named| {
        Msg::new(id)
            .arg("kind", Msg::new(named.kind.message_id()))
            .arg("name", named.name.clone())
    };
    let added = report.added.iter().map(|n| line(msg_id!("merge-added"), n));
    let replaced = report
        .replaced
        .iter()
        .map(|n| line(msg_id!("merge-replaced"), n));
    let removed = report
        .removed
        .iter()
        .map(|n| line(msg_id!("merge-removed"), n));
    added.chain(replaced).chain(removed).collect()
}

/// What to tell the person about a save that found the file changed by
/// another device: nothing when it had not.
pub fn saved_outcome(saved: &Saved, now: &Zoned) -> Outcome {
    let time = now.strftime("%H:%M").to_string();
    let mut outcome = Outcome::nothing();
    if let Some((_, report)) = &saved.merged {
        let level = if report.replaced.is_empty() {
            Level::Info
        } else {
            Level::Warning
        };
        outcome.said.push(Said {
            level,
            msg: Msg::new("archive-merged-on-save").arg("time", time.clone()),
            details: report_lines(report),
        });
    }
    if let Some(aside) = &saved.set_aside {
        outcome = outcome.say(
            Level::Warning,
            Msg::new("archive-set-aside").arg("path", shown(aside)),
        );
    }
    for kept in &saved.kept {
        outcome = outcome.say(
            Level::Warning,
            Msg::new("archive-kept-unmerged").arg("path", shown(kept)),
        );
    }
    if let Some(error) = &saved.backup_failed {
        log::warn!("save: {error}");
        outcome = outcome.say(
            Level::Warning,
            Msg::new("archive-backup-failed").arg("detail", error.message()),
        );
    }
    outcome
}

/// "Open on LIN-LAPTOP since 10:02": another computer has the archive open.
pub fn open_elsewhere(holder: &LockHolder, now: &Zoned) -> Msg {
    Msg::new("archive-open-elsewhere")
        .arg("host", holder.host.clone())
        .arg("since", moment(holder.since, now))
}

/// A moment as the person reads it: the time today, else the date and time.
fn moment(at: Timestamp, now: &Zoned) -> String {
    let at = at.to_zoned(now.time_zone().clone());
    if at.date() == now.date() {
        at.strftime("%H:%M").to_string()
    } else {
        at.strftime("%Y-%m-%d %H:%M").to_string()
    }
}

/// The conflict copies beside the archive in `dir`, one line each, for `koshin check`.
pub fn conflict_copies_outcome(dir: &Path) -> Outcome {
    let copies = store::conflict_copies(dir);
    if copies.is_empty() {
        return Outcome::nothing();
    }
    Outcome {
        changed: false,
        said: vec![Said {
            level: Level::Warning,
            msg: Msg::new("cli-check-conflict-copies").arg("count", copies.len()),
            details: copies
                .iter()
                .map(|path| Msg::new("cli-check-conflict-copy").arg("path", shown(path)))
                .collect(),
        }],
    }
}

#[cfg(test)]
mod simulation_tests;
