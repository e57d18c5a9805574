//! Two laptops share one archive through a sync tool, for hundreds of
//! rounds: receipts imported on both (also while the other's file arrives in
//! the middle of the save), cards exported on one and imported on the other,
//! conflict copies merged. At the end every receipt is on both sides, once.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use jiff::{Timestamp, ToSpan, Zoned};

use crate::actions::{Outcome, cards, receipts, sync};
use crate::model::Archive;
use crate::store::{self, Hash, SavePoint, Store};

/// A small deterministic random source (xorshift64*).
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// The sync tool between the two folders, as Syncthing behaves: a side whose
/// file did not change since the last agreement receives the other's file by
/// an atomic rename; when both changed, the receiving side's version is kept
/// as a conflict copy beside the file it receives.
struct SyncTool {
    dirs: [PathBuf; 2],
    agreed: Option<Hash>,
    conflicts: usize,
    /// Files delivered in the middle of a save.
    during_saves: usize,
}

fn hash_of(dir: &Path) -> Option<Hash> {
    fs::read(store::archive_path(dir))
        .ok()
        .map(|b| store::sync::hash(&b))
}

impl SyncTool {
    /// Carries side `from`'s file to the other side; whether it did.
    fn carry(&mut self, from: usize, at: Timestamp) -> bool {
        let (source, target) = (&self.dirs[from], &self.dirs[1 - from]);
        let (theirs, mine) = (hash_of(source), hash_of(target));
        if theirs.is_none() || theirs == mine {
            self.agreed = theirs.or(self.agreed);
            return false;
        }
        if theirs == self.agreed {
            return false; // only the target changed: the other direction carries it
        }
        let bytes = fs::read(store::archive_path(source)).unwrap();
        if mine.is_some() && mine != self.agreed {
            self.conflicts += 1;
            let stamp = at.strftime("%Y%m%d-%H%M%S");
            let copy = target.join(format!(
                "koshin.sync-conflict-{stamp}-{}-SIDE{}.ron",
                self.conflicts,
                1 - from
            ));
            fs::copy(store::archive_path(target), copy).unwrap();
        }
        let incoming = target.join(".syncthing.koshin.ron.tmp");
        fs::write(&incoming, bytes).unwrap();
        fs::rename(&incoming, store::archive_path(target)).unwrap();
        self.agreed = theirs;
        true
    }
}

/// What `koshin …` does on one side: open (with the lock), act, save; with
/// `during`, the sync tool acts at that point of the save.
fn run(
    dir: &Path,
    now: Timestamp,
    during: Option<(SavePoint, Arc<Mutex<SyncTool>>, usize)>,
    action: impl FnOnce(&mut Archive) -> Outcome,
) -> Outcome {
    let (mut store, mut archive) = Store::open(dir, now);
    assert!(store.blocked().is_none(), "{:?}", store.blocked());
    if let Some((point, tool, from)) = during {
        let mut fired = false;
        store.set_save_hook(move |at| {
            if at == point && !fired {
                fired = true;
                let mut tool = tool.lock().unwrap();
                if tool.carry(from, now) {
                    tool.during_saves += 1;
                }
            }
        });
    }
    let outcome = action(&mut archive);
    if outcome.changed {
        store.save(&archive, now).unwrap();
    }
    outcome
}

/// Merges every conflict copy on one side, then moves it into `backups/`.
fn merge_copies(dir: &Path, now: Timestamp) -> usize {
    let copies = store::conflict_copies(dir);
    for copy in &copies {
        let merged = run(dir, now, None, |archive| sync::merge_file(archive, copy));
        assert!(!merged.is_failure(), "{merged:?}");
        assert!(!sync::shelve_conflict_copy(dir, copy).is_failure());
    }
    copies.len()
}

fn csv_of(names: &[String]) -> String {
    let header = "date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes\n";
    let rows = names
        .iter()
        .map(|name| format!("2026-11-20,,Sim Shop,7 days,online,500,JPY,{name},,,\n"));
    std::iter::once(header.to_owned()).chain(rows).collect()
}

fn order_numbers(dir: &Path) -> Vec<String> {
    let archive = store::load(&store::archive_path(dir)).unwrap().archive;
    let mut numbers: Vec<String> = archive
        .receipts
        .iter()
        .map(|r| r.order_number.clone())
        .collect();
    numbers.sort();
    numbers
}

const POINTS: [SavePoint; 4] = [
    SavePoint::AfterRead,
    SavePoint::AfterMerge,
    SavePoint::AfterTempWritten,
    SavePoint::AfterReplace,
];

/// How a game went.
struct Played {
    expected: BTreeSet<String>,
    sides: [Vec<String>; 2],
    conflicts: usize,
    during_saves: usize,
}

/// Plays `rounds` rounds from `seed`.
fn play(seed: u64, rounds: usize) -> Played {
    let root = tempfile::tempdir().unwrap();
    let dirs = [root.path().join("mum"), root.path().join("lin")];
    let work = root.path().join("files");
    for dir in dirs.iter().chain([&work]) {
        fs::create_dir_all(dir).unwrap();
    }
    let tool = Arc::new(Mutex::new(SyncTool {
        dirs: dirs.clone(),
        agreed: None,
        conflicts: 0,
        during_saves: 0,
    }));
    let mut dice = Dice(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let start: Zoned = "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap();
    let mut expected = BTreeSet::new();
    let mut next_receipt = 0;
    for round in 0..rounds {
        let now = start.timestamp() + (i64::try_from(round).unwrap() * 7).seconds();
        let side = usize::try_from(dice.below(2)).unwrap();
        let dir = &dirs[side];
        match dice.below(10) {
            // Import receipts, sometimes while the other side's file arrives.
            0..=4 => {
                let names: Vec<String> = (0..=dice.below(3))
                    .map(|_| {
                        next_receipt += 1;
                        format!("S{seed}-R{next_receipt}")
                    })
                    .collect();
                let file = work.join(format!("r{round}.csv"));
                fs::write(&file, csv_of(&names)).unwrap();
                let during = (dice.below(2) == 0).then(|| {
                    let point = POINTS[usize::try_from(dice.below(4)).unwrap()];
                    (point, Arc::clone(&tool), 1 - side)
                });
                let imported = run(dir, now, during, |a| {
                    receipts::import_receipts(a, &file, receipts::UnknownCards::Refuse)
                });
                assert!(!imported.is_failure(), "{imported:?}");
                expected.extend(names);
            }
            // A card travels from one side to the other as a file.
            5 => {
                let archive = store::load(&store::archive_path(dir)).unwrap().archive;
                if let Some(card) = archive.cards.first() {
                    let file = work.join(format!("c{round}.koshin-card.ron"));
                    let exported = cards::export_card(&archive, card.id, true, &file);
                    assert!(!exported.is_failure(), "{exported:?}");
                    let imported =
                        run(&dirs[1 - side], now, None, |a| cards::import_card(a, &file));
                    assert!(!imported.is_failure(), "{imported:?}");
                } else {
                    let mut card = crate::model::Card::new(crate::model::CardKind::Sim, "SIM");
                    card.provider = format!("Round {round}");
                    let _ = run(dir, now, None, |a| {
                        a.cards.push(card);
                        Outcome::changed()
                    });
                }
            }
            6 | 7 => {
                merge_copies(dir, now);
            }
            _ => {
                tool.lock().unwrap().carry(side, now);
            }
        }
        if dice.below(3) == 0 {
            tool.lock().unwrap().carry(1 - side, now);
        }
    }
    // The laptops meet again: merge what is left and sync until both agree.
    let end = start.timestamp() + 24.hours();
    for step in 0..20 {
        let merged = merge_copies(&dirs[0], end) + merge_copies(&dirs[1], end);
        let mut tool = tool.lock().unwrap();
        tool.carry(0, end);
        tool.carry(1, end);
        drop(tool);
        if merged == 0 && hash_of(&dirs[0]) == hash_of(&dirs[1]) {
            break;
        }
        assert!(step < 19, "the two sides never agreed");
    }
    let tool = tool.lock().unwrap();
    Played {
        expected,
        sides: [order_numbers(&dirs[0]), order_numbers(&dirs[1])],
        conflicts: tool.conflicts,
        during_saves: tool.during_saves,
    }
}

#[test]
fn two_laptops_sharing_a_folder_keep_every_receipt_once() {
    let (mut rounds_played, mut conflicts, mut during_saves, mut receipts) = (0, 0, 0, 0);
    for seed in 1..=5 {
        let played = play(seed, 200);
        let (expected, [mum, lin]) = (played.expected, played.sides);
        rounds_played += 200;
        conflicts += played.conflicts;
        during_saves += played.during_saves;
        receipts += expected.len();
        let unique: BTreeSet<String> = mum.iter().cloned().collect();
        assert_eq!(
            unique.len(),
            mum.len(),
            "seed {seed}: duplicates on one side"
        );
        assert_eq!(mum, lin, "seed {seed}: the two sides differ");
        let lost: Vec<&String> = expected.difference(&unique).collect();
        assert!(
            lost.is_empty(),
            "seed {seed}: lost {} receipts: {lost:?}",
            lost.len()
        );
        assert_eq!(unique, expected, "seed {seed}");
    }
    assert_eq!(rounds_played, 1000);
    // The game is only worth its name if files did arrive mid-save and clash.
    assert!(
        during_saves >= 50,
        "{during_saves} deliveries in the middle of a save"
    );
    assert!(conflicts >= 20, "{conflicts} conflict copies");
    assert!(receipts >= 900, "{receipts} receipts");
}
