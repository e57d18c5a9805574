//! The command line's help in the person's language: clap's texts, headings
//! and built-in flags replaced by messages of the Fluent files.

use clap::{Arg, ArgAction, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::I18n;

/// The help texts of the command line: the command (its path below `koshin`),
/// the argument's id (empty for the command itself) and the message.
const HELP: &[(&str, &str, &str)] = &[
    ("", "", "cli-help-koshin"),
    ("", "data_dir", "cli-help-data-dir"),
    ("", "demo", "cli-help-demo-flag"),
    ("", "file", "cli-help-open-file"),
    ("demo", "", "cli-help-demo"),
    ("demo", "dir", "cli-help-demo-dir"),
    ("demo", "receipts", "cli-help-demo-receipts"),
    ("demo", "cards", "cli-help-demo-cards"),
    ("check", "", "cli-help-check"),
    ("merge", "", "cli-help-merge"),
    ("merge", "file", "cli-help-merge-file"),
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
    ("import receipt", "", "cli-help-import-receipt"),
    ("import receipt", "file", "cli-help-import-receipt-file"),
    ("import receipt", "card", "cli-help-import-receipt-card"),
    ("import receipt", "amount", "cli-help-import-receipt-amount"),
    (
        "import receipt",
        "currency",
        "cli-help-import-receipt-currency",
    ),
    ("qr", "", "cli-help-qr"),
    ("qr read", "", "cli-help-qr-read"),
    ("qr read", "image", "cli-help-qr-read-image"),
    (
        "export card",
        "with_activation_code",
        "cli-help-export-card-with-code",
    ),
    ("read", "", "cli-help-read"),
    ("read", "file", "cli-help-read-file"),
    ("read", "json", "cli-help-due-json"),
    ("import receipts", "file", "cli-help-import-receipts-file"),
    ("remind", "", "cli-help-remind"),
    ("remind", "keep_running", "cli-help-remind-keep-running"),
    ("remind install", "", "cli-help-remind-install"),
    ("remind uninstall", "", "cli-help-remind-uninstall"),
    ("remind status", "", "cli-help-remind-status"),
    ("remind test", "", "cli-help-remind-test"),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::CliCommand;
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
