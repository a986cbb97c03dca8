//! The command line in the user's language: clap's `Command` with every
//! help text, heading, example and the exit-status table chosen through the
//! builder, from `catalog::help`. Built only when help, a usage error, the
//! man page or completion needs it; a run that parses uses the bare `Cli`.
//! Nothing here prints or parses.

use clap::builder::styling::Style;
use clap::{Arg, Command, CommandFactory};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::catalog::help as h;
use crate::cli::Cli;
use crate::exit_codes::ExitStatus;
use crate::lang::{Lang, Text};
use crate::size::DEFAULT_MAX_BODY;

/// An example's command line: the same in every language, or with a word
/// in the reader's (`ecode search 서명`).
#[derive(Debug, Clone, Copy)]
enum Line {
    Same(&'static str),
    Worded(&'static Text),
}

/// The three examples each command's `--help` leads with, by command.
const EXAMPLES: &[(&str, Line, &Text)] = &[
    (
        "ecode",
        Line::Same("ecode explain 40409 AuthFailure.SignatureExpire"),
        &h::EXAMPLE_EXPLAIN,
    ),
    (
        "ecode",
        Line::Same("curl -si … | ecode parse"),
        &h::EXAMPLE_PARSE,
    ),
    (
        "ecode",
        Line::Worded(&h::EXAMPLE_SEARCH_COMMAND),
        &h::EXAMPLE_SEARCH,
    ),
    (
        "explain",
        Line::Same("ecode explain 40409 -4"),
        &h::EX_EXPLAIN_TWO,
    ),
    (
        "explain",
        Line::Same("ecode --json explain AuthFailure.SignatureExpire"),
        &h::EX_EXPLAIN_JSON,
    ),
    (
        "explain",
        Line::Same("echo 40409 -4 | ecode explain"),
        &h::EX_EXPLAIN_STDIN,
    ),
    (
        "parse",
        Line::Same("curl -si … | ecode parse"),
        &h::EXAMPLE_PARSE,
    ),
    (
        "parse",
        Line::Same("ecode parse --summary app.log"),
        &h::EX_PARSE_SUMMARY,
    ),
    (
        "parse",
        Line::Same("tail -f app.log | ecode --json parse"),
        &h::EX_PARSE_FOLLOW,
    ),
    (
        "list",
        Line::Same("ecode list --provider nhn --family volume"),
        &h::EX_LIST_FAMILY,
    ),
    (
        "list",
        Line::Same("ecode list | grep -i quota"),
        &h::EX_LIST_GREP,
    ),
    (
        "list",
        Line::Same("ecode --json list --provider tencent"),
        &h::EX_LIST_JSON,
    ),
    (
        "search",
        Line::Worded(&h::EXAMPLE_SEARCH_COMMAND),
        &h::EXAMPLE_SEARCH,
    ),
    (
        "search",
        Line::Worded(&h::EX_SEARCH_WORDS_COMMAND),
        &h::EX_SEARCH_WORDS,
    ),
    (
        "search",
        Line::Worded(&h::EX_SEARCH_PROVIDER_COMMAND),
        &h::EX_SEARCH_PROVIDER,
    ),
];

/// The examples of `command` (`ecode` for the top): the command line in
/// the reader's language and what it does. Commands without any: none.
pub fn examples(lang: Lang, command: &str) -> Vec<(&'static str, &'static str)> {
    EXAMPLES
        .iter()
        .filter(|(c, _, _)| *c == command)
        .map(|&(_, line, what)| {
            let line = match line {
                Line::Same(line) => line,
                Line::Worded(text) => lang.pick(text),
            };
            (line, lang.pick(what))
        })
        .collect()
}

/// Every example of every command, once each: the man page's EXAMPLES.
pub fn all_examples(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut all: Vec<(&str, &str)> = Vec::new();
    for (command, _, _) in EXAMPLES {
        for example in examples(lang, command) {
            if !all.iter().any(|(line, _)| *line == example.0) {
                all.push(example);
            }
        }
    }
    all
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

/// Where the help is shown: its language, and the width clap fits it to
/// (`None`: no width, for the man page and completion).
#[derive(Debug, Clone, Copy)]
pub struct Page {
    pub lang: Lang,
    pub width: Option<usize>,
}

/// Closing punctuation, which never starts a line in Japanese or Chinese.
fn no_break_before(c: char) -> bool {
    "、。，．）」』】：；！？・ー…％".contains(c) || matches!(c, ')' | ',' | '.' | ':' | ';')
}

/// Opening brackets, which never end a line.
fn no_break_after(c: char) -> bool {
    "（「『【".contains(c) || c == '('
}

/// `text` broken into lines of at most `width` columns for a language that
/// writes no spaces between words: a line may break at a space or between
/// two characters of which one is wide (CJK), never before closing
/// punctuation or after an opening bracket. clap breaks lines at spaces
/// only, so a Japanese sentence would run past the terminal's edge.
fn wrap_cjk(text: &str, width: usize) -> String {
    // The pieces no break falls inside: a wide character, or a run of
    // narrow ones (a Latin word), with the punctuation that clings to it.
    let mut pieces: Vec<String> = Vec::new();
    let mut prev: Option<char> = None;
    for c in text.chars() {
        let wide = c.width().unwrap_or(0) > 1;
        let glue = match (prev, pieces.last()) {
            (None, _) | (_, None) => false,
            (Some(p), Some(_)) if c == ' ' || p == ' ' => false,
            (Some(p), Some(_)) => {
                no_break_before(c) || no_break_after(p) || (!wide && p.width().unwrap_or(0) <= 1)
            }
        };
        match pieces.last_mut() {
            Some(last) if glue => last.push(c),
            _ => pieces.push(c.to_string()),
        }
        prev = Some(c);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut column = 0;
    for piece in pieces {
        let w = piece.width();
        if column > 0 && column + w > width && piece != " " {
            let kept = out.trim_end_matches(' ').len();
            out.truncate(kept);
            out.push('\n');
            column = 0;
        }
        if column == 0 && piece == " " {
            continue;
        }
        out.push_str(&piece);
        column += w;
    }
    out
}

impl Page {
    /// `text` fitted to the columns left after `indent`: broken into lines
    /// where clap could not break it (Japanese, Chinese), as it is else.
    fn fit(&self, text: &str, indent: usize) -> String {
        match (self.lang, self.width) {
            (Lang::Ja | Lang::Zh, Some(width)) if width > indent + 20 => {
                wrap_cjk(text, width - indent)
            }
            _ => text.to_string(),
        }
    }
}

/// Where clap puts an argument's help: after `      --provider <PROVIDER>  `.
const HELP_COLUMN: usize = 29;

/// Where clap puts a command's about in its parent's list: after
/// `  completions  `.
const ABOUT_COLUMN: usize = 15;

/// The exit-status table `ecode --help` ends with.
fn exit_table(page: Page) -> String {
    let lang = page.lang;
    let mut text = heading(lang.pick(&h::HEADING_EXIT_STATUS));
    text.push('\n');
    let indent = " ".repeat(19);
    for status in ExitStatus::ALL {
        let when = page.fit(lang.pick(exit_when(status)), indent.len());
        let when = when.replace('\n', &format!("\n{indent}"));
        let name = format!("{:<13}", status.name());
        text.push_str(&format!("  {}  {name}  {when}\n", status.code()));
    }
    text.push_str(&page.fit(lang.pick(&h::EXIT_PRECEDENCE), 0));
    text
}

/// The examples block a command's `--help` leads with: each command line,
/// and under it what it does (so that neither is cut on a narrow
/// terminal). `None` for a command without examples.
fn examples_block(page: Page, command: &str) -> Option<String> {
    let examples = examples(page.lang, command);
    if examples.is_empty() {
        return None;
    }
    let mut text = heading(page.lang.pick(&h::HEADING_EXAMPLES));
    for (line, what) in examples {
        let what = page.fit(what, 6).replace('\n', "\n      ");
        text.push_str(&format!("\n  {}\n      {what}", literal(line)));
    }
    Some(text)
}

/// clap's default layout with our own usage heading.
fn template(lang: Lang) -> String {
    format!(
        "{{about-with-newline}}\n{{before-help}}{} {{usage}}\n\n{{all-args}}{{after-help}}",
        heading(lang.pick(&h::HEADING_USAGE))
    )
}

/// Each command's about, and the longer text its `--help` shows. `ecode
/// --help` is as short as `-h`, so that its examples come first; the man
/// page's description is the longer text (`LONG_ABOUT`).
const COMMANDS: &[(&str, &Text, Option<&Text>)] = &[
    ("ecode", &h::ABOUT, None),
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
    (None, "report", &h::OPT_REPORT),
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
fn localize_arg(arg: Arg, command: &str, page: Page, more: bool) -> Arg {
    let lang = page.lang;
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
        Some(t) => {
            let help = lang.say(t, &[("value", DEFAULT_MAX_BODY)]);
            arg.help(page.fit(&help, HELP_COLUMN))
        }
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

/// A command's about and longer text, and those of every command under it.
/// Set before clap builds the command (it decides then whether `--help`
/// says more than `-h`), and again after, for the `help` command it adds.
fn abouts(cmd: Command, page: Page) -> Command {
    let lang = page.lang;
    let mut cmd = cmd;
    if let Some((about, long)) = command_texts(cmd.get_name()) {
        cmd = cmd.about(page.fit(lang.pick(about), ABOUT_COLUMN));
        if let Some(long) = long {
            cmd = cmd.long_about(page.fit(lang.pick(long), 0));
        }
    }
    cmd.mut_subcommands(|s| abouts(s, page))
}

/// A built command and everything under it, in `page`'s language.
fn localize(cmd: Command, page: Page) -> Command {
    let lang = page.lang;
    let name = cmd.get_name().to_string();
    let more = cmd.get_long_about().is_some();
    let cmd = match examples_block(page, &name) {
        Some(block) => cmd.before_help(block),
        None => cmd,
    };
    cmd.help_template(template(lang))
        .subcommand_help_heading(lang.pick(&h::HEADING_COMMANDS))
        .mut_args(|a| localize_arg(a, &name, page, more))
        .mut_subcommands(|s| localize(s, page))
}

/// The command line with every text in `lang`: what `--help`, usage
/// errors, the man page and completion's descriptions show. With a width,
/// the help is fitted to it (clap's own width: the terminal's, at most 100
/// columns).
pub fn command(lang: Lang, width: Option<usize>) -> Command {
    let width = width.map(|w| w.min(100));
    let page = Page { lang, width };
    let mut cmd = Cli::command().after_help(exit_table(page));
    if let Some(width) = width {
        cmd = cmd.term_width(width);
    }
    // Built first, so that clap's own `--help`, `--version` and `help`
    // exist and are put into `lang` with the rest.
    cmd = abouts(cmd, page);
    cmd.build();
    localize(abouts(cmd, page), page)
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
            let cmd = command(lang, None);
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
    fn japanese_and_chinese_are_broken_where_clap_cannot() {
        for lang in [Lang::Ja, Lang::Zh] {
            for (_, text) in crate::catalog::help::declared() {
                let text = lang.pick(text);
                for width in [20, 37, 71] {
                    let wrapped = wrap_cjk(text, width);
                    for line in wrapped.lines() {
                        // a piece wider than the line (a long Latin word and the
                        // punctuation that clings to it) stands alone
                        let wide = line.chars().filter(|c| !c.is_ascii()).count();
                        let one_piece = !line.contains(' ') && wide <= 2;
                        assert!(line.width() <= width || one_piece, "{width}: {line}");
                        let first = line.chars().next().unwrap();
                        assert!(!no_break_before(first), "{line}");
                        assert!(!no_break_after(line.chars().last().unwrap()), "{line}");
                    }
                    // nothing lost but the spaces where lines break
                    let squeeze = |s: &str| s.replace([' ', '\n'], "");
                    assert_eq!(squeeze(&wrapped), squeeze(text));
                }
            }
        }
        // Korean and English are left to clap, which breaks at spaces
        let page = Page {
            lang: Lang::Ko,
            width: Some(40),
        };
        let text = Lang::Ko.pick(&h::OPT_LANG);
        assert_eq!(page.fit(text, 29), text);
    }

    #[test]
    fn the_localized_command_is_consistent() {
        for lang in Lang::ALL {
            command(lang, Some(100)).debug_assert();
        }
    }

    #[test]
    fn help_leads_with_three_examples_and_ends_with_the_exit_table() {
        for lang in Lang::ALL {
            let help = command(lang, Some(100)).render_help().to_string();
            let about = lang.pick(&h::ABOUT);
            let examples_at = help.find(lang.pick(&h::HEADING_EXAMPLES)).unwrap();
            let usage_at = help.find(lang.pick(&h::HEADING_USAGE)).unwrap();
            assert!(help.starts_with(about), "{help}");
            assert!(examples_at < usage_at, "{help}");
            for (command, what) in examples(lang, "ecode") {
                let at = help.find(command).unwrap_or(usize::MAX);
                assert!(at < usage_at, "{command}\n{help}");
                assert!(help.contains(what), "{what}\n{help}");
            }
            assert!(help.trim_end().ends_with(lang.pick(&h::EXIT_PRECEDENCE)));
        }
    }
}
