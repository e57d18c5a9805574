//! The command line: `koshin` opens the app; subcommands work on the archive
//! without a window (for scripts, scheduled jobs and checking a file).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use jiff::Zoned;

pub use help::{localized_command, parse};

use crate::actions::reminders::RunBy;
use crate::actions::schedule::{Place, RealSystem};
use crate::actions::session::{DATA_DIR_ENV, Front, Session};
use crate::actions::{Level, Outcome, archive, cards, exports, receipts, reminders, schedule};
use crate::formats::guide::GuideFormat;
use crate::formats::guide::picture::PictureOptions;
use crate::i18n::{I18n, Lang, Msg};
use crate::model::{Archive, demo};
use crate::notifications::DesktopNotifier;

mod due;
mod files;
mod guide;
mod help;

use files::{import_receipt, import_receipts, merge, qr_read, read_mail};
pub use guide::GuideOutput;
use guide::{GuideRequest, guide};

/// Kōshin keeps a travel data card for Japan alive: it plans renewals, guides
/// them step by step and archives the receipts. Without a command it opens the app.
#[derive(Debug, Parser)]
#[command(name = "koshin", version, about = msg_id!("cli-help-koshin"))]
pub struct Cli {
    /// The folder holding koshin.ron (default: the user's config folder, ~/.config/koshin on Linux).
    #[arg(long, value_name = "DIR", env = DATA_DIR_ENV, global = true, help = msg_id!("cli-help-data-dir"))]
    pub data_dir: Option<PathBuf>,

    /// Open the app on a fresh temporary copy of the sample archive.
    #[arg(long, help = msg_id!("cli-help-demo-flag"))]
    pub demo: bool,

    /// A shared card file (.koshin-card.ron) to offer to import when the app opens.
    #[arg(value_name = "FILE", help = msg_id!("cli-help-open-file"))]
    pub file: Option<PathBuf>,

    /// What to do instead of opening the app.
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

/// A command that runs without a window.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Write a sample archive (a SIM, an eSIM and a pocket WiFi, with receipts) into DIR.
    #[command(about = msg_id!("cli-help-demo"))]
    Demo {
        /// The folder to write it into; it must not hold an archive yet.
        #[arg(help = msg_id!("cli-help-demo-dir"))]
        dir: PathBuf,
        /// Instead of the small sample, a large household with this many receipts
        /// (for trying the app at scale).
        #[arg(long, value_name = "N", help = msg_id!("cli-help-demo-receipts"))]
        receipts: Option<usize>,
        /// With --receipts: how many cards the large household has.
        #[arg(
            long,
            value_name = "N",
            default_value_t = 50,
            requires = "receipts",
            help = msg_id!("cli-help-demo-cards")
        )]
        cards: usize,
    },
    /// Load and verify the archive; never writes. Exit 0 when sound, 1 when not.
    #[command(about = msg_id!("cli-help-check"))]
    Check,
    /// eSIM activation QR codes.
    #[command(subcommand, about = msg_id!("cli-help-qr"))]
    Qr(QrCommand),
    /// Read a confirmation e-mail and print what it says; changes nothing.
    #[command(about = msg_id!("cli-help-read"))]
    Read {
        /// The e-mail file (.eml, .html, .txt).
        #[arg(help = msg_id!("cli-help-read-file"))]
        file: PathBuf,
        /// Print JSON instead of text, for scripts.
        #[arg(long, help = msg_id!("cli-help-due-json"))]
        json: bool,
    },
    /// Merge another copy of the archive (a conflict copy, a USB stick, a backup) into this one.
    #[command(about = msg_id!("cli-help-merge"))]
    Merge {
        /// The other copy's koshin.ron.
        #[arg(help = msg_id!("cli-help-merge-file"))]
        file: PathBuf,
    },
    /// List the trips: what data cost on each, per currency and in your
    /// currency at the rates you typed, and who owes whom.
    #[command(about = msg_id!("cli-help-trips"))]
    Trips {
        /// Print JSON instead of text, for scripts.
        #[arg(long, help = msg_id!("cli-help-trips-json"))]
        json: bool,
    },
    /// List the cards to renew soon, most urgent first, with renew-by in local time.
    #[command(about = msg_id!("cli-help-due"))]
    Due {
        /// How many days ahead to look.
        #[arg(
            long,
            value_name = "DAYS",
            default_value_t = 7,
            help = msg_id!("cli-help-due-within")
        )]
        within: u32,
        /// Print JSON instead of text, for scripts.
        #[arg(long, help = msg_id!("cli-help-due-json"))]
        json: bool,
    },
    /// Write a file for another program.
    #[command(subcommand, about = msg_id!("cli-help-export"))]
    Export(ExportCommand),
    /// Read a file into the archive.
    #[command(subcommand, about = msg_id!("cli-help-import"))]
    Import(ImportCommand),
    /// Send a desktop notification for each reminder that has come due and was not
    /// sent yet; only reminders.ron is written. Exit 1 when no notification service answers.
    #[command(about = msg_id!("cli-help-remind"))]
    Remind {
        /// Install, remove or look at the hourly job; without one, send what is due now.
        #[command(subcommand)]
        action: Option<RemindCommand>,
        /// Keep running, checking every quarter hour (for login autostart).
        #[arg(long, help = msg_id!("cli-help-remind-keep-running"))]
        keep_running: bool,
    },
    /// Write the family guide of a card: HTML for FILE.html, Markdown for
    /// FILE.md, or pictures into a folder with --format png.
    #[command(about = msg_id!("cli-help-guide"))]
    Guide {
        /// The card's label.
        #[arg(help = msg_id!("cli-help-card-label"))]
        card: String,
        /// The person it is for: their language and time zone (default: the card's user).
        #[arg(long = "for", value_name = "PERSON", help = msg_id!("cli-help-guide-for"))]
        reader: Option<String>,
        /// The guide's language: en, zh-Hans, zh-Hant or ja (default: the reader's, else the app's).
        #[arg(long, value_name = "LANG", help = msg_id!("cli-help-guide-lang"))]
        lang: Option<String>,
        /// The reader's time zone, such as Asia/Shanghai: every time is also
        /// given for it (default: the reader's, else Japan time alone).
        #[arg(long, value_name = "ZONE", help = msg_id!("cli-help-guide-zone"))]
        zone: Option<String>,
        /// html, md or png (default: from the file's ending).
        #[arg(long, value_enum, value_name = "FORMAT", help = msg_id!("cli-help-guide-format"))]
        format: Option<GuideOutput>,
        /// Put the eSIM's activation QR code in the pictures (anyone who scans it can install the eSIM).
        #[arg(long, help = msg_id!("cli-help-guide-with-code"))]
        with_activation_code: bool,
        /// The file to write, ending in .html or .md; for png, a folder.
        #[arg(long, value_name = "FILE", help = msg_id!("cli-help-guide-out"))]
        out: PathBuf,
    },
}

/// What `koshin remind` does besides sending.
#[derive(Debug, Clone, Copy, Subcommand)]
pub enum RemindCommand {
    /// Run `koshin remind` every hour while the app is closed (a systemd user timer,
    /// an autostart entry, a launch agent or a scheduled task).
    #[command(about = msg_id!("cli-help-remind-install"))]
    Install,
    /// Remove what `install` set up.
    #[command(about = msg_id!("cli-help-remind-uninstall"))]
    Uninstall,
    /// Say whether it is installed, when it last ran and what it sent.
    #[command(about = msg_id!("cli-help-remind-status"))]
    Status,
    /// Send a test notification.
    #[command(about = msg_id!("cli-help-remind-test"))]
    Test,
}

/// What `koshin import` reads.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// A shared card (.koshin-card.ron), added as a new card; a taken label gets " (2)".
    #[command(about = msg_id!("cli-help-import-card"))]
    Card {
        /// The card file to read.
        #[arg(help = msg_id!("cli-help-import-card-file"))]
        file: PathBuf,
    },
    /// Receipts from CSV (the columns of `export receipts`). Every row is checked
    /// first: when any row is bad nothing is imported and each bad row is listed.
    #[command(about = msg_id!("cli-help-import-receipts"))]
    Receipts {
        /// The .csv file to read.
        #[arg(help = msg_id!("cli-help-import-receipts-file"))]
        file: PathBuf,
        /// Import rows naming a card this archive lacks, without a card (keeping the name).
        #[arg(long, help = msg_id!("cli-help-allow-unknown-cards"))]
        allow_unknown_cards: bool,
    },
    /// One receipt from a confirmation e-mail (.eml, .html, .txt), with the e-mail attached.
    #[command(about = msg_id!("cli-help-import-receipt"))]
    Receipt {
        /// The e-mail file.
        #[arg(help = msg_id!("cli-help-import-receipt-file"))]
        file: PathBuf,
        /// The card it is for (its label).
        #[arg(long, value_name = "LABEL", help = msg_id!("cli-help-import-receipt-card"))]
        card: String,
        /// The amount, when the e-mail gives none.
        #[arg(long, value_name = "AMOUNT", help = msg_id!("cli-help-import-receipt-amount"))]
        amount: Option<String>,
        /// The currency (ISO 4217), when the e-mail gives none or leaves ¥ open.
        #[arg(long, value_name = "CODE", help = msg_id!("cli-help-import-receipt-currency"))]
        currency: Option<String>,
    },
}

/// What `koshin qr` does.
#[derive(Debug, Subcommand)]
pub enum QrCommand {
    /// Print the code in the QR code of an image (a screenshot, a photo of the e-mail).
    #[command(about = msg_id!("cli-help-qr-read"))]
    Read {
        /// The image (PNG or JPEG).
        #[arg(help = msg_id!("cli-help-qr-read-image"))]
        image: PathBuf,
    },
}

/// What `koshin export` writes.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// The renewal deadlines as an iCalendar file with reminders, for a phone's calendar.
    #[command(about = msg_id!("cli-help-export-ics"))]
    Ics {
        /// The .ics file to write.
        #[arg(help = msg_id!("cli-help-export-ics-file"))]
        file: PathBuf,
    },
    /// One card, to share (no receipts, no history).
    #[command(about = msg_id!("cli-help-export-card"))]
    Card {
        /// The card's label.
        #[arg(help = msg_id!("cli-help-card-label"))]
        card: String,
        /// The file to write (.koshin-card.ron).
        #[arg(help = msg_id!("cli-help-export-card-file"))]
        file: PathBuf,
        /// Leave out the card's numbers (phone number, ICCID, EID, IMEI, rental number).
        #[arg(long, help = msg_id!("cli-help-export-card-without"))]
        without_identifiers: bool,
        /// Include the eSIM's activation code (a secret until it is installed).
        #[arg(
            long,
            conflicts_with = "without_identifiers",
            help = msg_id!("cli-help-export-card-with-code")
        )]
        with_activation_code: bool,
    },
    /// Every receipt as CSV, with the columns `date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes`.
    #[command(about = msg_id!("cli-help-export-receipts"))]
    Receipts {
        /// The .csv file to write.
        #[arg(help = msg_id!("cli-help-export-receipts-file"))]
        file: PathBuf,
    },
}

/// The language of the command line: the archive's choice, else the system's.
/// Only commands that work on the archive read it for this.
pub fn language(cli: &Cli) -> Lang {
    if matches!(cli.command, None | Some(CliCommand::Demo { .. })) {
        return Lang::from_system();
    }
    data_dir(cli)
        .ok()
        .and_then(|dir| Session::read(&dir).ok())
        .and_then(|archive| archive.settings.language)
        .unwrap_or_else(Lang::from_system)
}

/// What the command line asks for, for the log: "app", "import receipts", ….
pub fn command_name(cli: &Cli) -> String {
    let Some(command) = &cli.command else {
        return if cli.demo { "app (demo)" } else { "app" }.to_owned();
    };
    let text = format!("{command:?}");
    // The command and its subcommand, never its arguments (paths, labels).
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .take_while(|word| word.chars().next().is_some_and(char::is_uppercase))
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The data folder: `--data-dir`, `KOSHIN_DATA_DIR`, or the user's config folder.
pub fn data_dir(cli: &Cli) -> Result<PathBuf, Msg> {
    cli.data_dir
        .clone()
        .or_else(crate::actions::session::default_data_dir)
        .ok_or_else(|| Msg::new("cli-no-data-dir"))
}

/// Runs a subcommand, writing what it has to say to `out` and problems to `err`.
pub fn run(
    command: &CliCommand,
    cli: &Cli,
    tr: &I18n,
    now: &Zoned,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitCode {
    if let CliCommand::Remind {
        action: None,
        keep_running: true,
    } = command
    {
        // From a login autostart entry: check now and every quarter hour.
        loop {
            let now = Zoned::now();
            let outcome = outcome_of(command, cli, tr, &now);
            print(&outcome, tr, out, err);
            std::thread::sleep(std::time::Duration::from_secs(KEEP_RUNNING_SECONDS));
        }
    }
    let outcome = outcome_of(command, cli, tr, now);
    print(&outcome, tr, out, err)
}

/// How often `remind --keep-running` checks.
const KEEP_RUNNING_SECONDS: u64 = 15 * 60;

/// The data folder, for a command that needs it to be there already: a
/// folder given by `--data-dir` or `KOSHIN_DATA_DIR` that does not exist is
/// most likely mistyped, and nothing is created there. (The default folder
/// is created, as the app's first start does.)
fn existing_data_dir(cli: &Cli) -> Result<PathBuf, Msg> {
    let dir = data_dir(cli)?;
    if cli.data_dir.is_some() && !dir.is_dir() {
        return Err(Msg::new("cli-no-such-folder").arg("path", dir.display().to_string()));
    }
    Ok(dir)
}

/// Runs a subcommand and says how it went.
fn outcome_of(command: &CliCommand, cli: &Cli, tr: &I18n, now: &Zoned) -> Outcome {
    let dir = if matches!(command, CliCommand::Demo { .. }) {
        data_dir(cli)
    } else {
        existing_data_dir(cli)
    };
    match command {
        CliCommand::Demo {
            dir: target,
            receipts,
            cards,
        } => {
            let written = match receipts {
                Some(receipts) => archive::write_archive_once(
                    target,
                    &demo::large_archive(now, (*cards).max(1), *receipts),
                ),
                None => archive::write_demo(target, now, tr),
            };
            let written = written.map(|path| {
                Outcome::success(
                    false,
                    Msg::new("cli-demo-written").arg("path", path.display().to_string()),
                )
            });
            written.into()
        }
        CliCommand::Check => match dir {
            Ok(dir) => archive::check(&dir),
            Err(msg) => Outcome::failed(msg),
        },
        CliCommand::Trips { json } => {
            let text = dir.and_then(|dir| Session::read(&dir)).and_then(|archive| {
                if *json {
                    crate::formats::trip::json(&archive)
                } else {
                    Ok(crate::formats::trip::text(&archive, tr))
                }
            });
            match text {
                Ok(text) => Outcome::success(false, Msg::new("cli-lines").arg("text", text)),
                Err(msg) => Outcome::failed(msg),
            }
        }
        CliCommand::Due { within, json } => {
            let text = dir.and_then(|dir| Session::read(&dir)).and_then(|archive| {
                if *json {
                    due::json(&archive, now, *within)
                } else {
                    Ok(due::text(&archive, now, *within, tr))
                }
            });
            match text {
                Ok(text) => Outcome::success(false, Msg::new("cli-lines").arg("text", text)),
                Err(msg) => Outcome::failed(msg),
            }
        }
        CliCommand::Export(ExportCommand::Ics { file }) => reading(dir, |archive| {
            exports::export_reminders(archive, file, now, tr)
        }),
        CliCommand::Export(ExportCommand::Receipts { file }) => {
            reading(dir, |archive| receipts::export_receipts(archive, file))
        }
        CliCommand::Export(ExportCommand::Card {
            card,
            file,
            without_identifiers,
            with_activation_code,
        }) => reading(dir, |archive| match cards::find_card(archive, card) {
            Ok(card) => cards::export_card_with(
                archive,
                card.id,
                !*without_identifiers,
                *with_activation_code,
                file,
            ),
            Err(msg) => Outcome::failed(msg),
        }),
        CliCommand::Guide { card, out, .. } => {
            guide(dir, card, &GuideRequest::of(command), out, (tr, now))
        }
        CliCommand::Remind { action, .. } => remind(*action, dir, tr, now),
        CliCommand::Import(ImportCommand::Card { file }) => {
            changing(dir, now, |archive| cards::import_card(archive, file))
        }
        CliCommand::Import(ImportCommand::Receipts {
            file,
            allow_unknown_cards,
        }) => import_receipts(dir, file, *allow_unknown_cards, now),
        CliCommand::Merge { file } => merge(dir, file, now),
        CliCommand::Qr(QrCommand::Read { image }) => qr_read(image),
        CliCommand::Read { file, json } => read_mail(dir, file, *json, tr),
        CliCommand::Import(ImportCommand::Receipt {
            file,
            card,
            amount,
            currency,
        }) => import_receipt(dir, file, card, amount.as_deref(), currency.as_deref(), now),
    }
}

/// `koshin remind`: send what is due, or install, remove or look at the hourly job.
fn remind(
    action: Option<RemindCommand>,
    dir: Result<PathBuf, Msg>,
    tr: &I18n,
    now: &Zoned,
) -> Outcome {
    let dir = match dir {
        Ok(dir) => dir,
        Err(msg) => return Outcome::failed(msg),
    };
    let place = || Place::of_this_user(&dir);
    match action {
        None => reading(Ok(dir.clone()), |archive| {
            reminders::send_due(archive, &dir, now, tr, &mut DesktopNotifier, RunBy::Command)
        }),
        Some(RemindCommand::Test) => reminders::send_test(tr, &mut DesktopNotifier),
        Some(RemindCommand::Install) => match place() {
            Ok(place) => schedule::install(&place, &mut RealSystem, now),
            Err(msg) => Outcome::failed(msg),
        },
        Some(RemindCommand::Uninstall) => match place() {
            Ok(place) => schedule::uninstall(&place, &mut RealSystem),
            Err(msg) => Outcome::failed(msg),
        },
        Some(RemindCommand::Status) => match place() {
            Ok(place) => schedule::status(&place, &mut RealSystem, &dir, now),
            Err(msg) => Outcome::failed(msg),
        },
    }
}

/// Prints what an action said: errors (with their lines) to `err`, the rest
/// to `out`; warnings and errors go to the log too. Exit 1 when it failed.
fn print(outcome: &Outcome, tr: &I18n, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    outcome.log();
    for said in &outcome.said {
        let to: &mut dyn Write = if said.level == Level::Error {
            &mut *err
        } else {
            &mut *out
        };
        let mut written = writeln!(to, "{}", tr.msg(&said.msg));
        for line in &said.details {
            written = written.and_then(|()| writeln!(to, "{}", tr.msg(line)));
        }
        // A closed pipe or a full disk is not worth a second error on screen.
        if let Err(error) = written {
            log::warn!("could not print {}: {error}", said.msg.id);
        }
    }
    if outcome.is_failure() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Runs an action that only reads the archive; never writes.
fn reading(dir: Result<PathBuf, Msg>, action: impl FnOnce(&Archive) -> Outcome) -> Outcome {
    match dir.and_then(|dir| Session::read(&dir)) {
        Ok(archive) => action(&archive),
        Err(msg) => Outcome::failed(msg),
    }
}

/// Runs an action that changes the archive, under the archive's lock, and
/// saves it when it changed.
fn changing(
    dir: Result<PathBuf, Msg>,
    now: &Zoned,
    action: impl FnOnce(&mut Archive) -> Outcome,
) -> Outcome {
    changing_in(dir, now, |archive, _| action(archive))
}

/// Like [`changing`], for an action that also needs the data folder.
fn changing_in(
    dir: Result<PathBuf, Msg>,
    now: &Zoned,
    action: impl FnOnce(&mut Archive, &Path) -> Outcome,
) -> Outcome {
    match dir {
        Ok(dir) => Session::change_and_save(&dir, now, Front::CommandLine, action),
        Err(msg) => Outcome::failed(msg),
    }
}
