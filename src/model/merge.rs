//! Two copies of one archive made one: the copy on another laptop that a sync
//! tool brought in, a conflict copy, a file on a USB stick. No I/O here.
//!
//! Records (cards, receipts, renewals in progress, the settings) are matched
//! by id. Each carries an `updated_at`, set by [`stamp`] when a save finds it
//! changed; where both copies changed a record, the newer edit wins. A card's
//! readings and renewal history are merged entry by entry, so neither side's
//! reading is lost. Deletions travel as [`Tombstone`]s, so a card deleted on
//! one laptop does not come back from the other, unless the other edited it
//! after the deletion.

use std::collections::{BTreeMap, BTreeSet};

use jiff::{SignedDuration, Timestamp};
use uuid::Uuid;

use super::archive::{Archive, SCHEMA_VERSION};
use super::card::Card;
pub use super::kinds::{RecordKind, Tombstone};
use super::person::Person;
use super::receipt::Receipt;
use super::renewal::Renewal;
use super::trip::{Rate, Trip};

/// Tombstones older than this many days are dropped: a copy that stayed away
/// longer may bring a deleted record back.
pub const TOMBSTONE_DAYS: i64 = 365;

/// One record named in a merge report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// What kind of record.
    pub kind: RecordKind,
    /// How the person knows it: a card's label, a receipt's date, provider and amount.
    pub name: String,
}

/// What a merge did to this copy.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MergeReport {
    /// Records only the other copy had.
    pub added: Vec<Named>,
    /// Records both changed, where the other copy's edit was newer and replaced this one's.
    pub replaced: Vec<Named>,
    /// Records the other copy deleted.
    pub removed: Vec<Named>,
}

impl MergeReport {
    /// Whether the merge changed nothing here.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.replaced.is_empty() && self.removed.is_empty()
    }
}

/// A record merged by id.
trait Record: Clone + PartialEq {
    const KIND: RecordKind;
    fn key(&self) -> Uuid;
    fn updated_at(&self) -> Option<Timestamp>;
    fn set_updated_at(&mut self, at: Option<Timestamp>);
    fn name(&self) -> String;
    /// Folds in what only `other` (the same record, the older edit) holds.
    fn absorb(&mut self, _other: &Self) {}

    /// Whether the two are the same but for when they were stamped.
    fn same_content(&self, other: &Self) -> bool {
        let mut a = self.clone();
        a.set_updated_at(None);
        let mut b = other.clone();
        b.set_updated_at(None);
        a == b
    }
}

/// What every record implements alike: its kind, its id (`$key`, a field
/// holding a UUID newtype) and its `updated_at` field.
macro_rules! record_basics {
    ($kind:expr, $key:ident) => {
        const KIND: RecordKind = $kind;
        fn key(&self) -> Uuid {
            self.$key.0
        }
        fn updated_at(&self) -> Option<Timestamp> {
            self.updated_at
        }
        fn set_updated_at(&mut self, at: Option<Timestamp>) {
            self.updated_at = at;
        }
    };
}

impl Record for Card {
    record_basics!(RecordKind::Card, id);
    fn name(&self) -> String {
        self.label.clone()
    }
    fn absorb(&mut self, other: &Self) {
        let readings: BTreeSet<Timestamp> = self.readings.iter().map(|r| r.at).collect();
        for reading in &other.readings {
            if !readings.contains(&reading.at) {
                self.add_reading(*reading);
            }
        }
        let events: BTreeSet<Timestamp> = self.history.iter().map(|e| e.at).collect();
        let mut added = false;
        for event in &other.history {
            if !events.contains(&event.at) {
                self.history.push(event.clone());
                added = true;
            }
        }
        if added {
            self.history.sort_by_key(|e| e.at);
        }
    }
}

impl Record for Receipt {
    record_basics!(RecordKind::Receipt, id);
    fn name(&self) -> String {
        let who = if self.provider.is_empty() {
            &self.card_label
        } else {
            &self.provider
        };
        format!("{} {who} {}", self.date, self.amount)
    }
}

impl Record for Person {
    record_basics!(RecordKind::Person, id);
    fn name(&self) -> String {
        self.name.clone()
    }
}

impl Record for Trip {
    record_basics!(RecordKind::Trip, id);
    fn name(&self) -> String {
        self.name.clone()
    }
}

impl Record for Rate {
    record_basics!(RecordKind::Rate, id);
    fn name(&self) -> String {
        format!("{} {}/{}", self.date, self.from.code(), self.to.code())
    }
}

impl Record for Renewal {
    record_basics!(RecordKind::Renewal, card);
    fn name(&self) -> String {
        self.started_at.strftime("%Y-%m-%d").to_string()
    }
}

/// Marks what changed since `base` (the copy as last read or written): a
/// changed or new record gets `updated_at = now`, a record gone from `current`
/// gets a tombstone, and tombstones older than [`TOMBSTONE_DAYS`] are dropped.
pub fn stamp(base: &Archive, current: &mut Archive, now: Timestamp) {
    let mut tombstones = std::mem::take(&mut current.tombstones);
    stamp_records(&base.cards, &mut current.cards, now, &mut tombstones);
    stamp_records(&base.receipts, &mut current.receipts, now, &mut tombstones);
    stamp_records(&base.renewals, &mut current.renewals, now, &mut tombstones);
    stamp_records(&base.people, &mut current.people, now, &mut tombstones);
    stamp_records(&base.trips, &mut current.trips, now, &mut tombstones);
    stamp_records(&base.rates, &mut current.rates, now, &mut tombstones);
    let mut settings = current.settings.clone();
    settings.updated_at = base.settings.updated_at;
    current.settings.updated_at = if settings == base.settings {
        base.settings.updated_at
    } else {
        Some(now)
    };
    let oldest = now - SignedDuration::from_hours(24 * TOMBSTONE_DAYS);
    tombstones.retain(|t| t.deleted_at >= oldest);
    current.tombstones = tombstones;
}

fn stamp_records<R: Record>(
    base: &[R],
    current: &mut [R],
    now: Timestamp,
    tombstones: &mut Vec<Tombstone>,
) {
    let before: BTreeMap<Uuid, &R> = base.iter().map(|r| (r.key(), r)).collect();
    let mut present = BTreeSet::new();
    for record in current.iter_mut() {
        present.insert(record.key());
        let stamp = match before.get(&record.key()) {
            Some(old) if record.same_content(old) => old.updated_at(),
            _ => Some(now),
        };
        record.set_updated_at(stamp);
    }
    // A record here again (restored, or kept by a merge) is no longer deleted.
    tombstones.retain(|t| t.kind != R::KIND || !present.contains(&t.id));
    for gone in base.iter().filter(|r| !present.contains(&r.key())) {
        if !tombstones
            .iter()
            .any(|t| t.kind == R::KIND && t.id == gone.key())
        {
            tombstones.push(Tombstone {
                kind: R::KIND,
                id: gone.key(),
                deleted_at: now,
            });
        }
    }
}

/// `ours` and `theirs` made one, and what that did to `ours`. Merging the
/// result with `theirs` again changes nothing.
pub fn merge(ours: &Archive, theirs: &Archive) -> (Archive, MergeReport) {
    let mut report = MergeReport::default();
    let tombstones = union_tombstones(&ours.tombstones, &theirs.tombstones);
    let mut merged = Archive {
        version: SCHEMA_VERSION,
        cards: merge_records(&ours.cards, &theirs.cards, &tombstones, &mut report),
        receipts: merge_records(&ours.receipts, &theirs.receipts, &tombstones, &mut report),
        settings: ours.settings.clone(),
        renewals: merge_records(&ours.renewals, &theirs.renewals, &tombstones, &mut report),
        people: merge_records(&ours.people, &theirs.people, &tombstones, &mut report),
        trips: merge_records(&ours.trips, &theirs.trips, &tombstones, &mut report),
        rates: merge_records(&ours.rates, &theirs.rates, &tombstones, &mut report),
        tombstones,
    };
    if theirs.settings.updated_at > ours.settings.updated_at && theirs.settings != ours.settings {
        merged.settings = theirs.settings.clone();
        report.replaced.push(Named {
            kind: RecordKind::Settings,
            name: String::new(),
        });
    }
    // A record kept because it was edited after its deletion is no longer deleted.
    let present = |kind: RecordKind, id: Uuid| match kind {
        RecordKind::Card => merged.cards.iter().any(|c| c.id.0 == id),
        RecordKind::Receipt => merged.receipts.iter().any(|r| r.id.0 == id),
        RecordKind::Renewal => merged.renewals.iter().any(|r| r.card.0 == id),
        RecordKind::Person => merged.people.iter().any(|p| p.id.0 == id),
        RecordKind::Trip => merged.trips.iter().any(|t| t.id.0 == id),
        RecordKind::Rate => merged.rates.iter().any(|r| r.id.0 == id),
        RecordKind::Settings => false,
    };
    let tombstones = std::mem::take(&mut merged.tombstones);
    merged.tombstones = tombstones
        .into_iter()
        .filter(|t| !present(t.kind, t.id))
        .collect();
    unlink_deleted_cards(&mut merged, ours, theirs);
    (merged, report)
}

/// Both lists of tombstones, one per record, the latest deletion kept.
fn union_tombstones(a: &[Tombstone], b: &[Tombstone]) -> Vec<Tombstone> {
    let mut out: Vec<Tombstone> = Vec::with_capacity(a.len() + b.len());
    for tombstone in a.iter().chain(b) {
        match out
            .iter_mut()
            .find(|t| t.kind == tombstone.kind && t.id == tombstone.id)
        {
            Some(t) => t.deleted_at = t.deleted_at.max(tombstone.deleted_at),
            None => out.push(tombstone.clone()),
        }
    }
    out
}

/// Whether a tombstone deletes `record`: it was deleted no earlier than its last edit.
fn deleted<R: Record>(record: &R, tombstones: &[Tombstone]) -> bool {
    tombstones.iter().any(|t| {
        t.kind == R::KIND
            && t.id == record.key()
            && record.updated_at().is_none_or(|at| t.deleted_at >= at)
    })
}

fn merge_records<R: Record>(
    ours: &[R],
    theirs: &[R],
    tombstones: &[Tombstone],
    report: &mut MergeReport,
) -> Vec<R> {
    let theirs_by_id: BTreeMap<Uuid, &R> = theirs.iter().map(|r| (r.key(), r)).collect();
    let ours_ids: BTreeSet<Uuid> = ours.iter().map(Record::key).collect();
    let named = |record: &R| Named {
        kind: R::KIND,
        name: record.name(),
    };
    let mut out = Vec::with_capacity(ours.len().max(theirs.len()));
    for mine in ours {
        match theirs_by_id.get(&mine.key()) {
            Some(other) if mine.same_content(other) => {
                let mut kept = mine.clone();
                kept.set_updated_at(mine.updated_at().max(other.updated_at()));
                out.push(kept);
            }
            Some(other) if other.updated_at() > mine.updated_at() => {
                let mut newer = (*other).clone();
                newer.absorb(mine);
                report.replaced.push(named(other));
                out.push(newer);
            }
            Some(other) => {
                let mut kept = mine.clone();
                kept.absorb(other);
                out.push(kept);
            }
            None if deleted(mine, tombstones) => report.removed.push(named(mine)),
            None => out.push(mine.clone()),
        }
    }
    for other in theirs {
        if !ours_ids.contains(&other.key()) && !deleted(other, tombstones) {
            report.added.push(named(other));
            out.push(other.clone());
        }
    }
    out
}

/// Receipts of a card that is gone keep the card's name and lose the link, as
/// when a card is deleted here; renewals of a card that is gone end.
fn unlink_deleted_cards(merged: &mut Archive, ours: &Archive, theirs: &Archive) {
    let cards: BTreeSet<Uuid> = merged.cards.iter().map(|c| c.id.0).collect();
    let label = |id: Uuid| {
        ours.cards
            .iter()
            .chain(&theirs.cards)
            .find(|c| c.id.0 == id)
            .map(|c| c.label.clone())
            .unwrap_or_default()
    };
    for receipt in &mut merged.receipts {
        if let Some(card) = receipt.card.filter(|card| !cards.contains(&card.0)) {
            receipt.card = None;
            if receipt.card_label.is_empty() {
                receipt.card_label = label(card.0);
            }
        }
    }
    merged.renewals.retain(|r| cards.contains(&r.card.0));
    // A card whose person was deleted on the other copy names nobody.
    let people: BTreeSet<Uuid> = merged.people.iter().map(|p| p.id.0).collect();
    for card in &mut merged.cards {
        if card.owner_id.is_some_and(|id| !people.contains(&id.0)) {
            card.owner_id = None;
        }
        if card.helper_id.is_some_and(|id| !people.contains(&id.0)) {
            card.helper_id = None;
        }
    }
    // A trip deleted on the other copy: its receipts go back to their card and date.
    let trips: BTreeSet<Uuid> = merged.trips.iter().map(|t| t.id.0).collect();
    for receipt in &mut merged.receipts {
        if receipt.trip.is_some_and(|id| !trips.contains(&id.0)) {
            receipt.trip = None;
        }
        if receipt.paid_by.is_some_and(|id| !people.contains(&id.0)) {
            receipt.paid_by = None;
        }
        receipt.shared_by.retain(|id| people.contains(&id.0));
    }
    for trip in &mut merged.trips {
        trip.people.retain(|id| people.contains(&id.0));
        trip.cards.retain(|id| cards.contains(&id.0));
    }
}

#[cfg(test)]
mod tests;
