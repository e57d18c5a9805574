//! The command line's help in the person's language. Each command's `about`
//! and each argument's `help` in the clap definitions (`cli/mod.rs`) is the id
//! of a message in the Fluent files; here they, clap's headings and its
//! built-in flags are replaced by the messages.

use clap::{Arg, ArgAction, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::I18n;

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
    localize(Cli::command(), tr).arg(flag(
        tr,
        "version",
        'V',
        ArgAction::Version,
        msg_id!("cli-help-version"),
    ))
}

/// A flag clap would add itself (`--help`, `--version`), with its text in the
/// language of `tr`.
fn flag(tr: &I18n, name: &'static str, short: char, action: ArgAction, help: &str) -> Arg {
    Arg::new(name)
        .short(short)
        .long(name)
        .action(action)
        .help(tr.t(help))
        .help_heading(tr.t("cli-heading-options"))
}

fn localize(mut command: clap::Command, tr: &I18n) -> clap::Command {
    if let Some(id) = command.get_about().map(ToString::to_string) {
        command = command.about(tr.t(&id)).long_about(None);
    }
    // The defaults and the environment variable are said in the help texts.
    let args: Vec<(String, Option<String>, bool, bool, bool)> = command
        .get_arguments()
        .map(|a| {
            let has_default = !a.get_default_values().is_empty();
            (
                a.get_id().to_string(),
                a.get_help().map(ToString::to_string),
                a.is_positional(),
                has_default,
                a.get_env().is_some(),
            )
        })
        .collect();
    for (id, help, positional, has_default, has_env) in args {
        let heading = tr.t(if positional {
            msg_id!("cli-heading-arguments")
        } else {
            msg_id!("cli-heading-options")
        });
        let text = help.map(|id| tr.t(&id));
        command = command.mut_arg(id, |arg| {
            let arg = arg
                .help_heading(heading)
                .hide_env(has_env)
                .hide_default_value(has_default)
                .long_help(None);
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
        .arg(flag(
            tr,
            "help",
            'h',
            ArgAction::Help,
            msg_id!("cli-help-help"),
        ));
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(&name, |sub| localize(sub, tr));
    }
    command
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::CliCommand;
    use crate::i18n::Lang;

    /// Every command's `about` and every argument's `help` as clap holds them
    /// before [`localize`], with the command's path: `(path, argument, text)`.
    fn everything(command: &clap::Command, path: &str, out: &mut Vec<(String, String, String)>) {
        let text = |t: Option<&clap::builder::StyledStr>| t.map(ToString::to_string);
        out.push((
            path.to_owned(),
            String::new(),
            text(command.get_about()).unwrap_or_default(),
        ));
        assert!(command.get_long_about().is_none(), "{path}: a long about");
        for arg in command.get_arguments() {
            let id = arg.get_id().to_string();
            assert!(arg.get_long_help().is_none(), "{path} {id}: a long help");
            out.push((
                path.to_owned(),
                id,
                text(arg.get_help()).unwrap_or_default(),
            ));
        }
        for sub in command.get_subcommands() {
            let sub_path = format!("{path} {}", sub.get_name());
            everything(sub, sub_path.trim_start(), out);
        }
    }

    #[test]
    fn every_command_and_argument_has_a_translated_help_text() {
        let mut found = Vec::new();
        everything(&Cli::command(), "", &mut found);
        assert!(found.len() > 40, "{found:?}");
        let tr = I18n::new(Lang::En);
        for (path, arg, id) in &found {
            assert!(tr.has(id), "`{path}` {arg}: {id:?} is not a message id");
        }
        // After localizing, no id is left in any help page.
        for lang in Lang::ALL {
            let tr = I18n::new(lang);
            let mut pages = vec![localized_command(&tr)];
            while let Some(mut command) = pages.pop() {
                let help = command.render_help().to_string();
                assert!(!help.contains("cli-help-"), "{}: {help}", lang.tag());
                pages.extend(command.get_subcommands().cloned());
            }
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
