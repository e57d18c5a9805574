//! The command line: `koshin` opens the app; subcommands work on the archive
//! without a window (for scripts, scheduled jobs and checking a file).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};

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
        /// Instead of the small sample, a large household with this many receipts
        /// (for trying the app at scale).
        #[arg(long, value_name = "N")]
        receipts: Option<usize>,
        /// With --receipts: how many cards the large household has.
        #[arg(long, value_name = "N", default_value_t = 50, requires = "receipts")]
        cards: usize,
    },
    /// Load and verify the archive; never writes. Exit 0 when sound, 1 when not.
    Check,
    /// List the cards to renew soon, most urgent first, with renew-by in local time.
    Due {
        /// How many days ahead to look.
        #[arg(long, value_name = "DAYS", default_value_t = 7)]
        within: u32,
        /// Print JSON instead of text, for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Write a file for another program.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Read a file into the archive.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Write the family guide of a card: HTML for FILE.html, Markdown for FILE.md.
    Guide {
        /// The card's label.
        card: String,
        /// The guide's language: en, zh-Hans, zh-Hant or ja (default: the app's language).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// The file to write, ending in .html or .md.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

/// What `koshin import` reads.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// A shared card (.koshin-card.ron), added as a new card; a taken label gets " (2)".
    Card {
        /// The card file to read.
        file: PathBuf,
    },
    /// Receipts from CSV (the columns of `export receipts`). Every row is checked
    /// first: when any row is bad nothing is imported and each bad row is listed.
    Receipts {
        /// The .csv file to read.
        file: PathBuf,
    },
}

/// What `koshin export` writes.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// The renewal deadlines as an iCalendar file with reminders, for a phone's calendar.
    Ics {
        /// The .ics file to write.
        file: PathBuf,
    },
    /// One card, to share (no receipts, no history).
    Card {
        /// The card's label.
        card: String,
        /// The file to write (.koshin-card.ron).
        file: PathBuf,
        /// Leave out the card's numbers (phone number, ICCID, EID, IMEI, rental number).
        #[arg(long)]
        without_identifiers: bool,
    },
    /// Every receipt as CSV, with the columns `date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes`.
    Receipts {
        /// The .csv file to write.
        file: PathBuf,
    },
}

/// The help texts of the command line: the command (its path below `koshin`),
/// the argument's id (empty for the command itself) and the message.
const HELP: &[(&str, &str, &str)] = &[
    ("", "", "cli-help-koshin"),
    ("", "data_dir", "cli-help-data-dir"),
    ("", "demo", "cli-help-demo-flag"),
    ("demo", "", "cli-help-demo"),
    ("demo", "dir", "cli-help-demo-dir"),
    ("demo", "receipts", "cli-help-demo-receipts"),
    ("demo", "cards", "cli-help-demo-cards"),
    ("check", "", "cli-help-check"),
    ("due", "", "cli-help-due"),
    ("due", "within", "cli-help-due-within"),
    ("due", "json", "cli-help-due-json"),
    ("export", "", "cli-help-export"),
    ("export ics", "", "cli-help-export-ics"),
    ("export ics", "file", "cli-help-export-ics-file"),
    ("export card", "", "cli-help-export-card"),
    ("export card", "card", "cli-help-card-label"),
    ("export card", "file", "cli-help-export-card-file"),
    (
        "export card",
        "without_identifiers",
        "cli-help-export-card-without",
    ),
    ("export receipts", "", "cli-help-export-receipts"),
    ("export receipts", "file", "cli-help-export-receipts-file"),
    ("import", "", "cli-help-import"),
    ("import card", "", "cli-help-import-card"),
    ("import card", "file", "cli-help-import-card-file"),
    ("import receipts", "", "cli-help-import-receipts"),
    ("import receipts", "file", "cli-help-import-receipts-file"),
    ("guide", "", "cli-help-guide"),
    ("guide", "card", "cli-help-card-label"),
    ("guide", "lang", "cli-help-guide-lang"),
    ("guide", "out", "cli-help-guide-out"),
];

/// Parses the command line, with `--help` in the language of `tr`. Exits
/// (as clap does) after help, the version, or a command line it cannot read.
pub fn parse(tr: &I18n) -> Cli {
    let mut command = localized_command(tr);
    let matches = command.clone().get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.format(&mut command).exit())
}

/// The clap command with its help texts, headings and built-in flags in the
/// language of `tr`.
pub fn localized_command(tr: &I18n) -> clap::Command {
    localize(Cli::command(), "", tr).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(tr.t("cli-help-version"))
            .help_heading(tr.t("cli-heading-options")),
    )
}

fn localize(mut command: clap::Command, path: &str, tr: &I18n) -> clap::Command {
    let help = |arg: &str| {
        HELP.iter()
            .find(|(p, a, _)| *p == path && *a == arg)
            .map(|(_, _, id)| tr.t(id))
    };
    if let Some(about) = help("") {
        command = command.about(about);
    }
    // The defaults and the environment variable are said in the help texts.
    let args: Vec<(String, bool, bool, bool)> = command
        .get_arguments()
        .map(|a| {
            let has_default = !a.get_default_values().is_empty();
            (
                a.get_id().to_string(),
                a.is_positional(),
                has_default,
                a.get_env().is_some(),
            )
        })
        .collect();
    for (id, positional, has_default, has_env) in args {
        let heading = tr.t(if positional {
            "cli-heading-arguments"
        } else {
            "cli-heading-options"
        });
        let text = help(&id);
        command = command.mut_arg(id, |arg| {
            let arg = arg
                .help_heading(heading)
                .hide_env(has_env)
                .hide_default_value(has_default);
            match text {
                Some(text) => arg.help(text),
                None => arg,
            }
        });
    }
    let usage = tr.t("cli-heading-usage");
    command = command
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .subcommand_help_heading(tr.t("cli-heading-commands"))
        .help_template(format!(
            "{{about-with-newline}}\n{usage}: {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr.t("cli-help-help"))
                .help_heading(tr.t("cli-heading-options")),
        );
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        command = command.mut_subcommand(&name, |sub| localize(sub, &sub_path, tr));
    }
    command
}

/// The language of the command line: the archive's choice, else the system's.
/// Only commands that work on the archive read it for this.
pub fn language(cli: &Cli) -> crate::i18n::Lang {
    if matches!(cli.command, None | Some(CliCommand::Demo { .. })) {
        return crate::i18n::Lang::from_system();
    }
    data_dir(cli)
        .ok()
        .and_then(|dir| store::load(&store::archive_path(&dir)).ok())
        .and_then(|loaded| loaded.archive.settings.language)
        .unwrap_or_else(crate::i18n::Lang::from_system)
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

/// Writes the sample archive into `dir`, refusing when `dir` already holds
/// one; the household speaks the language of `tr`, and the eSIM's latest
/// receipt comes with its saved confirmation e-mail.
pub fn write_demo(dir: &Path, now: &jiff::Zoned, tr: &I18n) -> Result<PathBuf, Msg> {
    let path = store::archive_path(dir);
    if path.exists() {
        return Err(Msg::new("cli-demo-exists").arg("path", path.display().to_string()));
    }
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
pub fn write_archive_once(dir: &Path, archive: &crate::model::Archive) -> Result<PathBuf, Msg> {
    let path = store::archive_path(dir);
    if path.exists() {
        return Err(Msg::new("cli-demo-exists").arg("path", path.display().to_string()));
    }
    std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e).message())?;
    let text = store::to_text(archive).map_err(|e| e.message())?;
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
        CliCommand::Demo {
            dir,
            receipts,
            cards,
        } => match receipts {
            Some(receipts) => {
                write_archive_once(dir, &demo::large_archive(now, (*cards).max(1), *receipts))
            }
            None => write_demo(dir, now, tr),
        }
        .map(|path| Msg::new("cli-demo-written").arg("path", path.display().to_string()))
        .map(|msg| tr.msg(&msg)),
        CliCommand::Check => data_dir(cli)
            .and_then(|dir| check(&dir))
            .map(|msg| tr.msg(&msg)),
        CliCommand::Due { within, json } => {
            data_dir(cli).and_then(|dir| due(&dir, now, *within, *json, tr))
        }
        CliCommand::Export(ExportCommand::Ics { file }) => data_dir(cli)
            .and_then(|dir| export_ics(&dir, file, now, tr))
            .map(|msg| tr.msg(&msg)),
        CliCommand::Export(ExportCommand::Receipts { file }) => data_dir(cli)
            .and_then(|dir| export_receipts(&dir, file))
            .map(|msg| tr.msg(&msg)),
        CliCommand::Guide {
            card,
            lang,
            out: file,
        } => data_dir(cli)
            .and_then(|dir| write_guide(&dir, card, lang.as_deref(), file, now, tr))
            .map(|msg| tr.msg(&msg)),
        CliCommand::Export(ExportCommand::Card {
            card,
            file,
            without_identifiers,
        }) => data_dir(cli)
            .and_then(|dir| export_card(&dir, card, file, !*without_identifiers))
            .map(|msg| tr.msg(&msg)),
        CliCommand::Import(ImportCommand::Card { file }) => data_dir(cli)
            .and_then(|dir| import_card(&dir, file, now))
            .map(|msg| tr.msg(&msg)),
        CliCommand::Import(ImportCommand::Receipts { file }) => data_dir(cli)
            .and_then(|dir| import_receipts(&dir, file, now, tr))
            .map(|msg| tr.msg(&msg)),
    };
    // A closed pipe or a full disk is not worth a second error.
    match result {
        Ok(text) => {
            let _ = writeln!(out, "{text}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            let _ = writeln!(err, "{}", tr.msg(&msg));
            ExitCode::FAILURE
        }
    }
}

/// Reads the archive for a command that only reads it; never writes.
fn read_archive(dir: &Path) -> Result<crate::model::Archive, Msg> {
    store::load(&store::archive_path(dir))
        .map(|loaded| loaded.archive)
        .map_err(|e| e.message())
}

/// One card to renew, as `koshin due --json` prints it.
#[derive(Debug, serde::Serialize)]
pub struct DueCard {
    /// The card's label.
    pub label: String,
    /// Who uses it.
    pub owner: String,
    /// `sim`, `esim` or `pocket_wifi`.
    pub kind: crate::model::CardKind,
    /// `overdue`, `today`, `soon` or `fine`.
    pub urgency: crate::model::plan::Urgency,
    /// Renew by, in the laptop's time zone (RFC 3339).
    pub renew_by: String,
    /// Renew by, in the provider's time zone (RFC 9557, with the zone name).
    pub renew_by_provider: String,
    /// Which deadline sets it.
    pub reason: Option<crate::model::plan::Reason>,
    /// When the validity ends, in the provider's time zone.
    pub validity_end: Option<String>,
    /// The provider.
    pub provider: String,
}

/// The cards to renew within `days`, as text lines or JSON.
pub fn due(dir: &Path, now: &jiff::Zoned, days: u32, json: bool, tr: &I18n) -> Result<String, Msg> {
    use crate::i18n::format;
    let archive = read_archive(dir)?;
    let plans = crate::model::plan::due(&archive, now, days);
    if json {
        let cards: Vec<DueCard> = plans
            .iter()
            .filter_map(|p| {
                let renew_by = p.renew_by.as_ref()?;
                let local = renew_by.with_time_zone(now.time_zone().clone());
                Some(DueCard {
                    label: p.card.label.clone(),
                    owner: p.card.owner.clone(),
                    kind: p.card.kind,
                    urgency: p.urgency,
                    renew_by: local.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
                    renew_by_provider: renew_by.to_string(),
                    reason: p.reason,
                    validity_end: p.validity_end.as_ref().map(ToString::to_string),
                    provider: p.card.provider.clone(),
                })
            })
            .collect();
        return serde_json::to_string_pretty(&cards)
            .map_err(|e| Msg::new("cli-json-failed").arg("detail", e.to_string()));
    }
    if plans.is_empty() {
        return Ok(tr.msg(&Msg::new("cli-due-none").arg("days", days)));
    }
    let lines: Vec<String> = plans
        .iter()
        .filter_map(|p| {
            let renew_by = p.renew_by.as_ref()?;
            let local = renew_by.with_time_zone(now.time_zone().clone());
            Some(
                tr.msg(
                    &Msg::new("cli-due-line")
                        .arg("urgency", Msg::new(p.urgency.label_id()))
                        .arg("label", p.card.label.as_str())
                        .arg("owner", p.card.owner.as_str())
                        .arg("kind", Msg::new(p.card.kind.label_id()))
                        .arg("renew_by", format::moment(tr, &local))
                        .arg("countdown", format::countdown(tr, now, renew_by)),
                ),
            )
        })
        .collect();
    Ok(lines.join("\n"))
}

/// Writes the reminder calendar of the archive in `dir` to `file`.
pub fn export_ics(dir: &Path, file: &Path, now: &jiff::Zoned, tr: &I18n) -> Result<Msg, Msg> {
    let archive = read_archive(dir)?;
    let text = crate::export::ics::reminders(&archive, now, tr);
    crate::export::write_file(file, &text)?;
    Ok(Msg::new("cli-ics-written").arg("path", file.display().to_string()))
}

/// Writes every receipt of the archive in `dir` to `file` as CSV.
pub fn export_receipts(dir: &Path, file: &Path) -> Result<Msg, Msg> {
    let archive = read_archive(dir)?;
    let text = crate::export::csv::write_receipts(&archive)?;
    crate::export::write_file(file, &text)?;
    Ok(Msg::new("csv-exported")
        .arg("count", archive.receipts.len())
        .arg("path", file.display().to_string()))
}

/// Imports the receipts of a CSV file into the archive in `dir`, under the archive's lock.
/// A bad row imports nothing; the error lists every bad row by line.
pub fn import_receipts(dir: &Path, file: &Path, now: &jiff::Zoned, tr: &I18n) -> Result<Msg, Msg> {
    let bytes = std::fs::read(file).map_err(|e| StoreError::io(file, e).message())?;
    let (mut store, mut archive) = store::Store::open(dir);
    if let Some(blocked) = store.blocked() {
        return Err(blocked.message());
    }
    let plan = crate::export::csv::read_receipts(&bytes, &archive).map_err(|errors| {
        let mut lines = vec![tr.t("csv-import-failed")];
        lines.extend(errors.iter().map(|e| tr.msg(&e.message())));
        Msg::new("cli-lines").arg("text", lines.join("\n"))
    })?;
    let count = plan.new.len();
    if count > 0 {
        archive.receipts.extend(plan.new);
        store
            .save(&archive, now.timestamp())
            .map_err(|e| e.message())?;
    }
    Ok(Msg::new("csv-imported")
        .arg("count", count)
        .arg("duplicates", plan.duplicates))
}

/// The card called `label` (exactly, or ignoring case), or a message listing the labels.
fn find_card<'a>(
    archive: &'a crate::model::Archive,
    label: &str,
) -> Result<&'a crate::model::Card, Msg> {
    let label = label.trim();
    archive
        .cards
        .iter()
        .find(|c| c.label == label)
        .or_else(|| {
            archive
                .cards
                .iter()
                .find(|c| c.label.eq_ignore_ascii_case(label))
        })
        .ok_or_else(|| {
            let labels: Vec<String> = archive.cards.iter().map(|c| c.label.clone()).collect();
            Msg::new("cli-card-not-found")
                .arg("label", label)
                .arg("labels", labels)
        })
}

/// Writes the family guide of a card as HTML or Markdown (by the file's extension).
pub fn write_guide(
    dir: &Path,
    label: &str,
    lang: Option<&str>,
    file: &Path,
    now: &jiff::Zoned,
    tr: &I18n,
) -> Result<Msg, Msg> {
    let archive = read_archive(dir)?;
    let card = find_card(&archive, label)?;
    let lang_tr = match lang {
        Some(tag) => I18n::new(
            crate::i18n::Lang::from_tag(tag)
                .ok_or_else(|| Msg::new("cli-unknown-lang").arg("lang", tag))?,
        ),
        None => I18n::new(tr.lang()),
    };
    let text = crate::export::guide::for_file(card, now, &archive.settings, &lang_tr, file);
    crate::export::write_file(file, &text)?;
    Ok(Msg::new("guide-exported").arg("path", file.display().to_string()))
}

/// Writes one card to a shared card file.
pub fn export_card(
    dir: &Path,
    label: &str,
    file: &Path,
    with_identifiers: bool,
) -> Result<Msg, Msg> {
    let archive = read_archive(dir)?;
    let card = find_card(&archive, label)?;
    let text = crate::export::card_file::write_card(card, with_identifiers)?;
    crate::export::write_file(file, &text)?;
    Ok(Msg::new("card-exported")
        .arg("label", card.label.as_str())
        .arg("path", file.display().to_string()))
}

/// Adds the card of a shared card file to the archive in `dir`, under the archive's lock.
pub fn import_card(dir: &Path, file: &Path, now: &jiff::Zoned) -> Result<Msg, Msg> {
    let bytes = std::fs::read(file).map_err(|e| StoreError::io(file, e).message())?;
    let (mut store, mut archive) = store::Store::open(dir);
    if let Some(blocked) = store.blocked() {
        return Err(blocked.message());
    }
    let card = crate::export::card_file::read_card(&bytes, &archive)?;
    let msg = Msg::new("card-imported").arg("label", card.label.as_str());
    archive.cards.push(card);
    store
        .save(&archive, now.timestamp())
        .map_err(|e| e.message())?;
    Ok(msg)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Every command and argument of the command line, by the paths of [`HELP`].
    fn everything(command: &clap::Command, path: &str, out: &mut Vec<(String, String)>) {
        out.push((path.to_owned(), String::new()));
        for arg in command.get_arguments() {
            out.push((path.to_owned(), arg.get_id().to_string()));
        }
        for sub in command.get_subcommands() {
            let sub_path = if path.is_empty() {
                sub.get_name().to_owned()
            } else {
                format!("{path} {}", sub.get_name())
            };
            everything(sub, &sub_path, out);
        }
    }

    #[test]
    fn every_command_and_argument_has_a_translated_help_text() {
        let mut found = Vec::new();
        everything(&Cli::command(), "", &mut found);
        let listed: Vec<(String, String)> = HELP
            .iter()
            .map(|(p, a, _)| ((*p).to_owned(), (*a).to_owned()))
            .collect();
        for place in &found {
            assert!(listed.contains(place), "no help text for {place:?}");
        }
        for place in &listed {
            assert!(
                found.contains(place),
                "help text for {place:?}, which does not exist"
            );
        }
    }

    #[test]
    fn the_localized_command_line_is_sound_in_every_language() {
        for lang in Lang::ALL {
            let tr = I18n::new(lang);
            let mut command = localized_command(&tr);
            command.clone().debug_assert();
            let help = command.render_help().to_string();
            assert!(help.contains(&tr.t("cli-help-koshin")), "{help}");
            let cli = Cli::from_arg_matches(
                &command
                    .try_get_matches_from_mut(["koshin", "due", "--within", "3", "--json"])
                    .unwrap(),
            )
            .unwrap();
            assert!(matches!(
                cli.command,
                Some(CliCommand::Due {
                    within: 3,
                    json: true
                })
            ));
        }
    }
}
