//! The command line in the user's language: clap's `Command` with every
//! help text, heading, example and the exit-status table chosen through the
//! builder, from `catalog::help`. Built only when help, a usage error, the
//! man page or completion needs it; a run that parses uses the bare `Cli`.
//! Nothing here prints or parses.

use clap::builder::styling::Style;
use clap::{Arg, Command, CommandFactory};

use crate::catalog::help as h;
use crate::cli::Cli;
use crate::exit_codes::ExitStatus;
use crate::lang::{Lang, Text};
use crate::size::DEFAULT_MAX_BODY;

/// The three examples `ecode --help` leads with: the command line (the
/// search word in the reader's language) and what it does.
pub fn examples(lang: Lang) -> [(&'static str, &'static str); 3] {
    [
        (
            "ecode explain 40409 AuthFailure.SignatureExpire",
            lang.pick(&h::EXAMPLE_EXPLAIN),
        ),
        ("curl -si … | ecode parse", lang.pick(&h::EXAMPLE_PARSE)),
        (
            lang.pick(&h::EXAMPLE_SEARCH_COMMAND),
            lang.pick(&h::EXAMPLE_SEARCH),
        ),
    ]
}

/// What each exit status means, in `lang`.
pub fn exit_when(status: ExitStatus) -> &'static Text {
    match status {
        ExitStatus::Ok => &h::EXIT_OK,
        ExitStatus::Fix => &h::EXIT_FIX,
        ExitStatus::Usage => &h::EXIT_USAGE,
        ExitStatus::Permission => &h::EXIT_PERMISSION,
        ExitStatus::Retry => &h::EXIT_RETRY,
        ExitStatus::ContactAdmin => &h::EXIT_CONTACT_ADMIN,
        ExitStatus::Undecodable => &h::EXIT_UNDECODABLE,
        ExitStatus::Io => &h::EXIT_IO,
    }
}

/// `Usage: `, `用法: `, before a usage line. Every heading ends in an
/// ASCII colon, in every language, as clap ends the headings it writes.
pub fn usage_label(lang: Lang) -> String {
    format!("{}: ", lang.pick(&h::HEADING_USAGE))
}

/// clap's style of a heading (bold, underlined), around `text` and its
/// colon. clap strips it where colour is off.
fn heading(text: &str) -> String {
    let style = Style::new().bold().underline();
    format!("{style}{text}:{style:#}")
}

/// A command as the help shows it (bold, as clap shows its literals).
fn literal(text: &str) -> String {
    let style = Style::new().bold();
    format!("{style}{text}{style:#}")
}

/// The exit-status table `ecode --help` ends with.
pub fn exit_table(lang: Lang) -> String {
    let mut text = heading(lang.pick(&h::HEADING_EXIT_STATUS));
    text.push('\n');
    for status in ExitStatus::ALL {
        let when = lang.pick(exit_when(status));
        let name = format!("{:<13}", status.name());
        text.push_str(&format!("  {}  {name}  {when}\n", status.code()));
    }
    text.push_str(lang.pick(&h::EXIT_PRECEDENCE));
    text
}

/// The examples block `ecode --help` leads with: each command line, and
/// under it what it does (so that neither is cut on a narrow terminal).
fn examples_block(lang: Lang) -> String {
    let mut text = heading(lang.pick(&h::HEADING_EXAMPLES));
    for (command, what) in examples(lang) {
        text.push_str(&format!("\n  {}\n      {what}", literal(command)));
    }
    text
}

/// clap's default layout with our own usage heading.
fn template(lang: Lang) -> String {
    format!(
        "{{about-with-newline}}\n{{before-help}}{} {{usage}}\n\n{{all-args}}{{after-help}}",
        heading(lang.pick(&h::HEADING_USAGE))
    )
}

/// Each command's about, and the longer text its `--help` shows.
const COMMANDS: &[(&str, &Text, Option<&Text>)] = &[
    ("ecode", &h::ABOUT, Some(&h::LONG_ABOUT)),
    ("explain", &h::CMD_EXPLAIN, Some(&h::CMD_EXPLAIN_LONG)),
    ("parse", &h::CMD_PARSE, Some(&h::CMD_PARSE_LONG)),
    ("list", &h::CMD_LIST, Some(&h::CMD_LIST_LONG)),
    ("search", &h::CMD_SEARCH, Some(&h::CMD_SEARCH_LONG)),
    ("completions", &h::CMD_COMPLETIONS, None),
    ("man", &h::CMD_MAN, None),
    ("catalog", &h::CMD_CATALOG, None),
    ("check", &h::CMD_CATALOG_CHECK, None),
    ("path", &h::CMD_CATALOG_PATH, None),
    ("help", &h::CMD_HELP, None),
];

/// Each argument's help, by clap's id; a command's name first where two
/// commands give one id different meanings (`None`: any command).
const ARGS: &[(Option<&str>, &str, &Text)] = &[
    (None, "lang", &h::OPT_LANG),
    (None, "color", &h::OPT_COLOR),
    (None, "format", &h::OPT_FORMAT),
    (None, "json", &h::OPT_JSON),
    (None, "quiet", &h::OPT_QUIET),
    (None, "provider", &h::OPT_PROVIDER),
    (None, "catalog", &h::OPT_CATALOG),
    (None, "version", &h::OPT_VERSION),
    (None, "codes", &h::ARG_CODES),
    (Some("check"), "files", &h::ARG_CHECK_FILES),
    (Some("parse"), "files", &h::ARG_PARSE_FILES),
    (None, "summary", &h::OPT_SUMMARY),
    (None, "max_body", &h::OPT_MAX_BODY),
    (None, "family", &h::OPT_FAMILY),
    (None, "text", &h::ARG_SEARCH_TEXT),
    (None, "shell", &h::ARG_SHELL),
    (Some("help"), "subcommand", &h::ARG_HELP_COMMAND),
];

/// The about (and the longer text `--help` shows) of a command.
fn command_texts(name: &str) -> Option<(&'static Text, Option<&'static Text>)> {
    let found = COMMANDS.iter().find(|(n, _, _)| *n == name);
    found.map(|&(_, about, long)| (about, long))
}

/// The help of an argument of the command `command`, by clap's id.
fn arg_text(command: &str, id: &str) -> Option<&'static Text> {
    let fits = |c: &Option<&str>| c.is_none_or(|c| c == command);
    let found = ARGS.iter().find(|(c, i, _)| *i == id && fits(c));
    found.map(|&(_, _, text)| text)
}

/// One argument in `lang`: its help, and the heading it is listed under.
/// Possible and default values are part of our text, so clap's English
/// brackets are hidden.
fn localize_arg(arg: Arg, command: &str, lang: Lang, more: bool) -> Arg {
    let id = arg.get_id().as_str();
    let text = match id {
        "help" if more => Some(&h::OPT_HELP_MORE),
        "help" => Some(&h::OPT_HELP),
        _ => arg_text(command, id),
    };
    let heading = if arg.is_positional() {
        &h::HEADING_ARGUMENTS
    } else {
        &h::HEADING_OPTIONS
    };
    let arg = match text {
        Some(t) => arg.help(lang.say(t, &[("value", DEFAULT_MAX_BODY)])),
        None => arg,
    };
    // The command's own arguments first, the global options after them.
    let arg = match arg.is_global_set() {
        true => {
            let order = arg.get_display_order();
            arg.display_order(order + 100)
        }
        false => arg,
    };
    arg.long_help(None::<&str>)
        .help_heading(lang.pick(heading))
        .hide_possible_values(true)
        .hide_default_value(true)
}

/// A built command and everything under it, in `lang`.
fn localize(cmd: Command, lang: Lang) -> Command {
    let name = cmd.get_name().to_string();
    let (about, long) = match command_texts(&name) {
        Some((about, long)) => (Some(lang.pick(about)), long.map(|t| lang.pick(t))),
        None => (None, None),
    };
    let more = long.is_some();
    cmd.about(about)
        .long_about(long)
        .help_template(template(lang))
        .subcommand_help_heading(lang.pick(&h::HEADING_COMMANDS))
        .mut_args(|a| localize_arg(a, &name, lang, more))
        .mut_subcommands(|s| localize(s, lang))
}

/// The command line with every text in `lang`: what `--help`, usage
/// errors, the man page and completion's descriptions show.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command()
        .before_help(examples_block(lang))
        .after_help(exit_table(lang));
    // Built first, so that clap's own `--help`, `--version` and `help`
    // exist and are put into `lang` with the rest.
    cmd.build();
    localize(cmd, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument of the command line, with its path.
    fn walk<'a>(cmd: &'a Command, path: String, out: &mut Vec<(String, &'a Command)>) {
        out.push((path.clone(), cmd));
        for sub in cmd.get_subcommands() {
            walk(sub, format!("{path} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_text_in_every_language() {
        for lang in Lang::ALL {
            let cmd = command(lang);
            let mut all = Vec::new();
            walk(&cmd, "ecode".into(), &mut all);
            assert!(all.len() > 10, "{}", all.len());
            for (path, c) in all {
                assert!(
                    command_texts(c.get_name()).is_some(),
                    "{lang:?}: {path} has no about"
                );
                for arg in c.get_arguments() {
                    let id = arg.get_id().as_str();
                    assert!(
                        arg.get_help().is_some(),
                        "{lang:?}: {path} {id} has no help"
                    );
                    assert!(arg.get_help_heading().is_some(), "{path} {id}");
                }
            }
        }
    }

    #[test]
    fn the_localized_command_is_consistent() {
        for lang in Lang::ALL {
            command(lang).debug_assert();
        }
    }

    #[test]
    fn help_leads_with_three_examples_and_ends_with_the_exit_table() {
        for lang in Lang::ALL {
            let help = command(lang).render_help().to_string();
            let about = lang.pick(&h::ABOUT);
            let examples_at = help.find(lang.pick(&h::HEADING_EXAMPLES)).unwrap();
            let usage_at = help.find(lang.pick(&h::HEADING_USAGE)).unwrap();
            assert!(help.starts_with(about), "{help}");
            assert!(examples_at < usage_at, "{help}");
            for (command, what) in examples(lang) {
                let at = help.find(command).unwrap_or(usize::MAX);
                assert!(at < usage_at, "{command}\n{help}");
                assert!(help.contains(what), "{what}\n{help}");
            }
            assert!(help.trim_end().ends_with(lang.pick(&h::EXIT_PRECEDENCE)));
        }
    }
}
