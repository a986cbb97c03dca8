//! `ecode completions <SHELL>` and `ecode man`: the shell completion scripts
//! (clap_complete) and the roff man page (clap_mangen, plus the sections
//! clap does not know: commands with their own options, exit status,
//! environment, examples), its text in the chosen language. Both are
//! rendered from the command line (`help::command`) into memory first and
//! written whole, so a closed stdout is an error to return, never
//! a panic inside a generator.

use std::io::{self, Write};

use clap_complete::Shell;
use clap_mangen::Man;
use roff::{Roff, bold, italic, roman};

use crate::catalog::help as h;
use crate::exit_codes::ExitStatus;
use crate::help;
use crate::lang::{Lang, Text};

/// The name the scripts complete and the man page documents.
const BIN: &str = "ecode";

/// The variable a shell sets to ask `ecode` for completions.
pub const COMPLETE_VAR: &str = "COMPLETE";

/// The completion script for `shell`, as `completions/` holds it: it asks
/// the installed `ecode` for completions as the user types (clap_complete's
/// dynamic completion), so the catalog's codes — user catalogs' too — are
/// offered after `explain`.
pub fn script(shell: Shell) -> Vec<u8> {
    use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};
    let completer: &dyn EnvCompleter = match shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::PowerShell => &Powershell,
        _ => &Elvish,
    };
    let mut buf = Vec::new();
    // Writing into memory cannot fail.
    let _ = completer.write_registration(COMPLETE_VAR, BIN, BIN, BIN, &mut buf);
    buf
}

pub fn run_completions(shell: Shell, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(&script(shell))
}

/// Answers a shell's request for completions (`COMPLETE=bash ecode -- …`),
/// the descriptions of commands and options in `lang`.
pub fn complete(args: &[std::ffi::OsString], lang: Lang) -> bool {
    crate::cli::completing(args);
    let current_dir = std::env::current_dir().ok();
    clap_complete::CompleteEnv::with_factory(move || help::command(lang, None))
        .var(COMPLETE_VAR)
        .try_complete(args, current_dir.as_deref())
        .unwrap_or(true)
}

/// Where the environment steers ecode (SPEC "Command line", README).
const ENVIRONMENT: &[(&str, &Text)] = &[
    ("ECODE_LANG", &h::ENV_ECODE_LANG),
    ("LC_ALL, LC_MESSAGES, LANG", &h::ENV_LOCALE),
    ("NO_COLOR", &h::ENV_NO_COLOR),
    ("CLICOLOR, CLICOLOR_FORCE", &h::ENV_CLICOLOR),
    ("TERM", &h::ENV_TERM),
    ("ECODE_CATALOG", &h::ENV_ECODE_CATALOG),
    ("XDG_CONFIG_HOME, HOME", &h::ENV_XDG_CONFIG),
    ("XDG_CACHE_HOME", &h::ENV_XDG_CACHE),
    ("COLUMNS", &h::ENV_COLUMNS),
];

/// The man page's examples besides those of the commands' help.
const MORE_EXAMPLES: &[(&str, &Text)] = &[
    (
        "ecode --lang ko explain AuthFailure.SignatureExpire",
        &h::MAN_EXAMPLE_KOREAN,
    ),
    ("ecode search 서명", &h::EXAMPLE_SEARCH),
    ("ecode -q explain \"$code\"; echo $?", &h::MAN_EXAMPLE_QUIET),
    (
        "ecode --catalog team.toml explain InvalidInstanceId.NotFound",
        &h::MAN_EXAMPLE_CATALOG,
    ),
];

/// The value an argument takes, as its help names it (`NAME`), or `None`
/// for a flag.
fn value_name(arg: &clap::Arg) -> Option<String> {
    if !arg.get_action().takes_values() {
        return None;
    }
    let named = arg.get_value_names().and_then(|v| v.first());
    Some(named.map_or_else(|| arg.get_id().as_str().to_uppercase(), |v| v.to_string()))
}

/// `--family`, or `-s, --summary` for an option with a short form too.
fn option_name(arg: &clap::Arg) -> String {
    let long = arg.get_long().map(|l| format!("--{l}"));
    let short = arg.get_short().map(|s| format!("-{s}"));
    [short, long]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
}

/// A command's synopsis: `ecode list [--family NAME]`.
fn synopsis(sub: &clap::Command) -> Vec<roff::Inline> {
    let mut line = vec![bold(BIN), roman(" "), bold(sub.get_name())];
    for arg in sub.get_arguments().filter(|a| !a.is_hide_set()) {
        line.push(roman(" "));
        let value = value_name(arg);
        if arg.is_positional() {
            let name = value.unwrap_or_default();
            let many = arg.get_num_args().is_some_and(|n| n.max_values() > 1);
            let dots = if many { "..." } else { "" };
            if arg.is_required_set() {
                line.extend([italic(name), roman(dots)]);
            } else {
                line.extend([roman("["), italic(name), roman(format!("]{dots}"))]);
            }
            continue;
        }
        let long = arg.get_long().map(|l| format!("--{l}"));
        let short = arg.get_short().map(|s| format!("-{s}"));
        line.push(roman("["));
        line.push(bold(long.or(short).unwrap_or_default()));
        if let Some(value) = value {
            line.extend([roman(" "), italic(value)]);
        }
        line.push(roman("]"));
    }
    line
}

/// The COMMANDS section: each subcommand's synopsis, what it does, and the
/// options of its own (the global ones are under OPTIONS).
fn commands(roff: &mut Roff, cmd: &clap::Command) {
    roff.control("SH", ["COMMANDS"]);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        roff.control("TP", []);
        roff.text(synopsis(sub));
        if let Some(about) = sub.get_long_about().or_else(|| sub.get_about()) {
            roff.text([roman(about.to_string())]);
        }
        let own: Vec<&clap::Arg> = sub
            .get_arguments()
            .filter(|a| !a.is_hide_set() && !a.is_positional())
            .collect();
        if own.is_empty() {
            continue;
        }
        roff.control("RS", []);
        for arg in own {
            roff.control("TP", []);
            let mut term = vec![bold(option_name(arg))];
            if let Some(value) = value_name(arg) {
                term.extend([roman(" "), italic(value)]);
            }
            roff.text(term);
            if let Some(help) = arg.get_long_help().or_else(|| arg.get_help()) {
                roff.text([roman(help.to_string())]);
            }
        }
        roff.control("RE", []);
    }
}

fn exit_status(roff: &mut Roff, lang: Lang) {
    roff.control("SH", ["EXIT STATUS"]);
    roff.text([roman(lang.pick(&h::EXIT_CONTRACT))]);
    for status in ExitStatus::ALL {
        roff.control("TP", []);
        roff.text([
            bold(status.code().to_string()),
            roman(" "),
            bold(status.name()),
        ]);
        roff.text([roman(lang.pick(help::exit_when(status)))]);
    }
    roff.control("PP", []);
    let precedence = lang.pick(&h::EXIT_PRECEDENCE);
    let note = lang.pick(&h::EXIT_NOTE);
    let space = if matches!(lang, Lang::Ja | Lang::Zh) {
        ""
    } else {
        " "
    };
    roff.text([roman(format!("{precedence}{space}{note}"))]);
}

fn pairs(roff: &mut Roff, title: &str, pairs: &[(&str, &str)]) {
    roff.control("SH", [title]);
    for (term, text) in pairs {
        roff.control("TP", []);
        roff.text([bold(*term)]);
        roff.text([roman(*text)]);
    }
}

/// What `roff` puts before each piece it renders (it defines the `Aq`
/// string its apostrophes use); the page needs it once.
const ROFF_PREAMBLE: &str = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";

/// The man page, roff source, its text in `lang` (the section headings
/// stay in English, as man pages keep them). The date is left empty so the
/// page is the same on every build.
pub fn man_page(lang: Lang) -> io::Result<Vec<u8>> {
    // clap_mangen titles a section by its arguments' heading, and names the
    // synopsis's command by the commands' heading: the page keeps man's own
    // English section names, and `<command>` as the usage line writes it.
    let cmd = help::command(lang, None)
        .long_about(lang.pick(&h::LONG_ABOUT))
        .mut_args(|a| a.help_heading(None::<&str>))
        .subcommand_help_heading(None::<&str>)
        .subcommand_value_name("COMMAND");
    let man = Man::new(cmd.clone());
    let mut body = Vec::new();
    man.render_name_section(&mut body)?;
    man.render_synopsis_section(&mut body)?;
    man.render_description_section(&mut body)?;
    man.render_options_section(&mut body)?;
    let mut roff = Roff::new();
    commands(&mut roff, &cmd);
    exit_status(&mut roff, lang);
    let picked = |list: &[(&'static str, &Text)]| -> Vec<(&'static str, &'static str)> {
        list.iter()
            .map(|&(term, text)| (term, lang.pick(text)))
            .collect()
    };
    pairs(&mut roff, "ENVIRONMENT", &picked(ENVIRONMENT));
    let mut examples = help::all_examples(lang);
    for more in picked(MORE_EXAMPLES) {
        if !examples.iter().any(|(line, _)| *line == more.0) {
            examples.push(more);
        }
    }
    pairs(&mut roff, "EXAMPLES", &examples);
    roff.to_writer(&mut body)?;
    man.render_version_section(&mut body)?;
    let body = String::from_utf8_lossy(&body).replace(ROFF_PREAMBLE, "");
    let title = format!(
        ".TH ECODE 1 \"\" \"ecode {}\" \"User Commands\"\n",
        env!("CARGO_PKG_VERSION")
    );
    Ok(ascii_roff(&[ROFF_PREAMBLE, &title, &body].concat()).into_bytes())
}

/// Roff text with every non-ASCII character written as groff's `\[uXXXX]`
/// escape, so the page reads the same whether or not `man` runs it through
/// `preconv` first (`ecode search 서명` in the help texts).
fn ascii_roff(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("\\[u{:04X}]", u32::from(c)));
        }
    }
    out
}

pub fn run_man(out: &mut dyn Write, lang: Lang) -> io::Result<()> {
    out.write_all(&man_page(lang)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    #[test]
    fn every_shell_has_a_script() {
        for shell in Shell::value_variants() {
            let s = String::from_utf8(script(*shell)).unwrap();
            assert!(s.contains("ecode"), "{shell}");
            // the script asks the binary, through COMPLETE
            assert!(s.contains(COMPLETE_VAR), "{shell}");
        }
    }

    #[test]
    fn man_page_has_every_section() {
        let page = String::from_utf8(man_page(Lang::En).unwrap()).unwrap();
        assert!(page.contains("\n.TH ECODE 1 "), "{page}");
        assert_eq!(page.matches(ROFF_PREAMBLE).count(), 1);
        for section in [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "COMMANDS",
            "\"EXIT STATUS\"",
            "ENVIRONMENT",
            "EXAMPLES",
            "VERSION",
        ] {
            assert!(
                page.contains(&format!(".SH {section}\n")),
                "{section}\n{page}"
            );
        }
        assert!(
            !page.contains(".SH EXTRA"),
            "the exit table is not left to reflow"
        );
        assert!(page.is_ascii(), "non-ASCII text is escaped for groff");
        assert!(page.contains("\\[uC11C]\\[uBA85]"), "서명, escaped");
    }
}
