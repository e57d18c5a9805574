//! Writes an archive of 50 cards and 10,000 receipts into the folder given,
//! for measuring start-up at scale (`scripts/first-frame.sh`).

#![allow(
    clippy::print_stderr,
    reason = "a command-line tool says what went wrong"
)]

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: large_archive DIR");
        return ExitCode::FAILURE;
    };
    let now = jiff::Zoned::now();
    let archive = koshin::model::demo::large_archive(&now, 50, 10_000);
    let (mut store, _) = koshin::store::Store::open(dir.as_ref(), now.timestamp());
    match store.save(&archive, now.timestamp()) {
        Ok(_) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
