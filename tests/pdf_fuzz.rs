//! PDFs that break parsers: damaged, hostile and mutated files go through the
//! same path as a receipt (`formats::pdf::text_of`, the child process), and
//! every one ends in text or a reason — never a panic, a hang or a crash of
//! the caller. `KOSHIN_PDF_FUZZ=5000` runs that many mutations (CI runs a
//! few hundred); the seed is fixed, so a failure can be run again.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use koshin::formats::pdf::{self, PdfProblem};

fn setup() {
    pdf::use_helper(PathBuf::from(env!("CARGO_BIN_EXE_koshin")));
}

/// The receipts of the corpus, as the mutations' seeds.
fn seeds() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/confirmations/dev");
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    seeds.sort();
    assert!(seeds.len() >= 3);
    seeds
}

/// A small, fixed pseudo-random sequence (xorshift).
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n.max(1)).unwrap()).unwrap()
    }
}

/// One mutation of `seed`: flipped bytes, a cut, a repeated or removed
/// chunk, or a number made huge.
fn mutate(seed: &[u8], dice: &mut Dice) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..=dice.below(4) {
        let len = bytes.len().max(1);
        match dice.below(6) {
            0 => {
                for _ in 0..=dice.below(16) {
                    let at = dice.below(len);
                    if let Some(b) = bytes.get_mut(at) {
                        *b ^= 1 << dice.below(8);
                    }
                }
            }
            1 => bytes.truncate(dice.below(len)),
            2 => {
                let at = dice.below(len);
                let end = (at + dice.below(4096)).min(bytes.len());
                let chunk = bytes[at..end].to_vec();
                let to = dice.below(bytes.len().max(1));
                bytes.splice(to..to, chunk);
            }
            3 => {
                let at = dice.below(len);
                let end = (at + dice.below(2048)).min(bytes.len());
                bytes.drain(at..end);
            }
            4 => {
                // A number in the structure made huge ("/Length 99999999999").
                let at = dice.below(len);
                let huge = b"99999999999";
                let end = (at + huge.len()).min(bytes.len());
                bytes.splice(at..end, huge.iter().copied());
            }
            _ => {
                let at = dice.below(len);
                bytes.insert(at.min(bytes.len()), u8::try_from(dice.below(256)).unwrap());
            }
        }
    }
    bytes
}

/// Reads `bytes` as a receipt would be, and checks the answer came within the limits.
fn read_within_limits(bytes: &[u8]) -> Result<String, PdfProblem> {
    let started = Instant::now();
    let result = pdf::text_of(bytes);
    assert!(
        started.elapsed() < pdf::TIME_LIMIT + Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
    result
}

#[test]
fn hostile_pdfs_end_in_a_reason() {
    setup();
    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("not a pdf", b"Hello, this is no PDF at all.".to_vec()),
        ("a header only", b"%PDF-1.7\n".to_vec()),
    ];
    // Arrays nested a hundred thousand deep.
    let mut deep = b"%PDF-1.4\n1 0 obj\n".to_vec();
    deep.extend(std::iter::repeat_n(b'[', 100_000));
    deep.extend(std::iter::repeat_n(b']', 100_000));
    deep.extend(b"\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    cases.push(("deeply nested", deep));
    // A cross-reference table that claims a billion objects.
    let huge = b"%PDF-1.4\nxref\n0 1000000000\n0000000000 65535 f \ntrailer\n<< /Size 1000000000 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n".to_vec();
    cases.push(("a billion objects", huge));
    // Objects that refer to each other in a ring.
    let ring = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec();
    cases.push(("a ring of pages", ring));
    let seed = seeds().remove(0);
    cases.push(("cut in half", seed[..seed.len() / 2].to_vec()));
    // Too large to be read at all.
    let mut large = b"%PDF-1.4\n".to_vec();
    large.resize(pdf::MAX_PDF_BYTES + 1, b' ');
    cases.push(("too large", large));
    for (name, bytes) in cases {
        let result = read_within_limits(&bytes);
        assert!(
            result.is_err() || name == "cut in half",
            "{name}: {result:?}"
        );
    }
    assert_eq!(
        pdf::text_of(&vec![b' '; pdf::MAX_PDF_BYTES + 1]),
        Err(PdfProblem::TooLarge)
    );
}

#[test]
fn a_sound_receipt_is_read_and_mutated_ones_never_break_the_reader() {
    setup();
    let seeds = seeds();
    let text = read_within_limits(&seeds[0]).unwrap();
    assert!(!text.trim().is_empty());
    let runs: usize = std::env::var("KOSHIN_PDF_FUZZ")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    let mut dice = Dice(0x6b6f_7368_696e_2026);
    let (mut read, mut refused) = (0, 0);
    let mut reasons = std::collections::BTreeMap::<&str, usize>::new();
    let started = Instant::now();
    for run in 0..runs {
        let seed = &seeds[run % seeds.len()];
        let bytes = mutate(seed, &mut dice);
        match read_within_limits(&bytes) {
            Ok(_) => read += 1,
            Err(PdfProblem::NoHelper(why)) => panic!("run {run}: the reader did not start: {why}"),
            Err(problem) => {
                refused += 1;
                *reasons.entry(problem.message_id()).or_default() += 1;
            }
        }
    }
    eprintln!(
        "{runs} mutated PDFs in {:?}: {read} read, {refused} refused with a reason {reasons:?}",
        started.elapsed()
    );
    assert_eq!(read + refused, runs);
}
