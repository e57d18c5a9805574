//! The command line: `koshin` opens the app; subcommands work on the archive
//! without a window (for scripts, scheduled jobs and checking a file).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::i18n::{I18n, Msg};
use crate::model::demo;
use crate::store::{self, DATA_DIR_ENV, StoreError};

/// Kōshin keeps a travel data card for Japan alive: it plans renewals, guides
/// them step by step and archives the receipts. Without a command it opens the app.
#[derive(Debug, Parser)]
#[command(name = "koshin", version, about, long_about = None)]
pub struct Cli {
    /// The folder holding koshin.ron (default: the user's config folder, ~/.config/koshin on Linux).
    #[arg(long, value_name = "DIR", env = DATA_DIR_ENV, global = true)]
    pub data_dir: Option<PathBuf>,

    /// Open the app on a fresh temporary copy of the sample archive.
    #[arg(long)]
    pub demo: bool,

    /// What to do instead of opening the app.
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

/// A command that runs without a window.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Write a sample archive (a SIM, an eSIM and a pocket WiFi, with receipts) into DIR.
    Demo {
        /// The folder to write it into; it must not hold an archive yet.
        dir: PathBuf,
    },
    /// Load and verify the archive; never writes. Exit 0 when sound, 1 when not.
    Check,
}

/// Why the data folder is unknown.
fn no_data_dir() -> Msg {
    Msg::new("cli-no-data-dir")
}

/// The data folder: `--data-dir`, `KOSHIN_DATA_DIR`, or the user's config folder.
pub fn data_dir(cli: &Cli) -> Result<PathBuf, Msg> {
    cli.data_dir
        .clone()
        .or_else(store::default_data_dir)
        .ok_or_else(no_data_dir)
}

/// Writes the sample archive into `dir`, refusing when `dir` already holds one.
pub fn write_demo(dir: &Path, now: &jiff::Zoned) -> Result<PathBuf, Msg> {
    let path = store::archive_path(dir);
    if path.exists() {
        return Err(Msg::new("cli-demo-exists").arg("path", path.display().to_string()));
    }
    std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e).message())?;
    let text = store::to_text(&demo::archive(now)).map_err(|e| e.message())?;
    store::write_atomic(&path, text.as_bytes()).map_err(|e| e.message())?;
    Ok(path)
}

/// Runs a subcommand, writing what it has to say to `out` and problems to `err`.
pub fn run(
    command: &CliCommand,
    cli: &Cli,
    tr: &I18n,
    now: &jiff::Zoned,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitCode {
    let result = match command {
        CliCommand::Demo { dir } => write_demo(dir, now)
            .map(|path| Msg::new("cli-demo-written").arg("path", path.display().to_string())),
        CliCommand::Check => data_dir(cli).and_then(|dir| check(&dir)),
    };
    // A closed pipe or a full disk is not worth a second error.
    match result {
        Ok(msg) => {
            let _ = writeln!(out, "{}", tr.msg(&msg));
            ExitCode::SUCCESS
        }
        Err(msg) => {
            let _ = writeln!(err, "{}", tr.msg(&msg));
            ExitCode::FAILURE
        }
    }
}

/// Loads the archive in `dir` and sums it up in one line; never writes.
pub fn check(dir: &Path) -> Result<Msg, Msg> {
    let path = store::archive_path(dir);
    let loaded = store::load(&path).map_err(|e| e.message())?;
    if !loaded.existed {
        return Ok(Msg::new("cli-check-missing").arg("path", path.display().to_string()));
    }
    let msg = Msg::new("cli-check-sound")
        .arg("path", path.display().to_string())
        .arg("cards", loaded.archive.cards.len())
        .arg("receipts", loaded.archive.receipts.len());
    Ok(match loaded.newer_version {
        Some(version) => Msg::new("cli-check-newer")
            .arg("summary", msg)
            .arg("version", version),
        None => msg,
    })
}
