//! A command line clap refuses, or one that asks for help or the version:
//! the language is found before clap parses (`--lang`, else the
//! environment), the help is the localized command's, and clap's errors are
//! told in our own words from their kind and context values. Every value
//! taken from the command line is escaped and cut (`sanitize::quote`), on a
//! terminal too. `-q` never hides a usage error.

use std::ffi::OsString;
use std::io::{self, Write};

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{CommandFactory, FromArgMatches};

use crate::catalog::{Catalog, help as h, messages};
use crate::cli::{Cli, GlobalArgs};
use crate::color::{self, ColorChoice};
use crate::commands::explain;
use crate::context::Streams;
use crate::env::Env;
use crate::exit_codes::ExitStatus;
use crate::help;
use crate::lang::{self, Lang, LangVars};
use crate::model::{Failure, Format};
use crate::render;
use crate::sanitize::quote;

/// The value of the first `--lang` (or `--lang=`) before `--` that names
/// a language, read as `ECODE_LANG` is read; clap has not parsed yet.
pub fn lang_flag(args: &[OsString]) -> Option<Lang> {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        let value = match &*word {
            "--" => return None,
            "--lang" => words.next(),
            w => w.strip_prefix("--lang=").map(|v| v.to_string().into()),
        };
        if let Some(lang) = value.as_deref().and_then(Lang::from_tag) {
            return Some(lang);
        }
    }
    None
}

/// The language of a run, when the flag and `ECODE_LANG` may both be bad:
/// the flag, else the environment, else the locale alone, else English.
pub fn lang_of(args: &[OsString], vars: &LangVars) -> Lang {
    if let Some(lang) = lang_flag(args) {
        return lang;
    }
    lang::resolve(None, vars).unwrap_or_else(|_| {
        let vars = LangVars {
            ecode_lang: None,
            ..vars.clone()
        };
        lang::resolve(None, &vars).unwrap_or(Lang::En)
    })
}

/// The global options as far as clap can read them from a command line it
/// refuses: a usage error must still honour `--json` and `--color`.
/// Read by the same definition (`ignore_errors`), never spelled again.
pub fn globals_of_a_refused_line(args: &[OsString]) -> Option<GlobalArgs> {
    let read = |args: &[OsString]| {
        let matches = Cli::command()
            .ignore_errors(true)
            .try_get_matches_from(args)
            .ok()?;
        GlobalArgs::from_arg_matches(&matches).ok()
    };
    // Beside a request for help or the version (which clap answers before
    // anything else, even when ignoring errors), read without it.
    read(args).or_else(|| {
        let asks = ["--help", "-h", "--version", "-V"];
        let rest: Vec<OsString> = args
            .iter()
            .filter(|a| !asks.iter().any(|f| *a == f))
            .cloned()
            .collect();
        read(&rest)
    })
}

/// A write to stdout or stderr that failed: a closed pipe ends the run
/// quietly with `verdict`; anything else is an I/O failure, told on stderr
/// in the run's format.
pub fn write_failed(
    e: &io::Error,
    verdict: ExitStatus,
    lang: Lang,
    format: Format,
    err: &mut dyn Write,
) -> ExitStatus {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return verdict;
    }
    let message = lang.say(&messages::ERR_WRITE, &[("value", &e.to_string())]);
    let _ = render::write_failure(err, &Failure::new(ExitStatus::Io, message), format);
    ExitStatus::Io
}

/// A refused command line: help or the version as asked (on `streams.out`;
/// one that cannot be written exits 7), else the usage error in the user's
/// language (a JSON object with `--format json`).
pub fn refused(args: &[OsString], env: &Env, streams: Streams) -> ExitStatus {
    let Streams { out, err, .. } = streams;
    let globals = globals_of_a_refused_line(args);
    let lang = lang_of(args, &env.lang);
    let choice = globals
        .as_ref()
        .map_or(ColorChoice::Auto, GlobalArgs::color);
    let coloured = color::decide(choice, env.stdout_is_tty, &env.color);
    let colour = match coloured {
        true => clap::ColorChoice::Always,
        false => clap::ColorChoice::Never,
    };
    let width = env.columns.unwrap_or(100);
    let mut cmd = help::command(lang, Some(width)).color(colour);
    if args.iter().any(|a| a == "--version") {
        cmd = cmd.long_version(crate::cli::long_version(lang));
    }
    let format = globals.map_or(Format::Text, |g| g.format());
    let Err(e) = cmd.clone().try_get_matches_from(args) else {
        return ExitStatus::Usage;
    };
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let text = match coloured {
                true => e.render().ansi().to_string(),
                false => e.render().to_string(),
            };
            return match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => ExitStatus::Ok,
                Err(e) => write_failed(&e, ExitStatus::Ok, lang, format, err),
            };
        }
        // A command with nothing after it: its help, for a person; for a
        // script (`--format json`), the usage error naming the commands.
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand if format == Format::Json => {
            let list = missing_command(&cmd, args);
            let message = lang.say(&messages::ERR_MISSING_COMMAND, &[("list", &list)]);
            let failure = Failure::new(ExitStatus::Usage, message);
            let _ = render::write_failure(err, &failure, format);
            return ExitStatus::Usage;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let text = match coloured {
                true => e.render().ansi().to_string(),
                false => e.render().to_string(),
            };
            let _ = err.write_all(text.as_bytes());
            return ExitStatus::Usage;
        }
        _ => {}
    }
    let catalog = Catalog::builtin();
    let _ = write_error(err, &e, lang, &catalog, format);
    ExitStatus::Usage
}

/// The commands of the command `args` stopped at (`ecode`, `ecode
/// catalog`), as a usage error lists them.
fn missing_command(cmd: &clap::Command, args: &[OsString]) -> String {
    let mut cmd = cmd;
    for arg in args.iter().skip(1) {
        if let Some(sub) = arg.to_str().and_then(|a| cmd.find_subcommand(a)) {
            cmd = sub;
        }
    }
    let names: Vec<&str> = cmd
        .get_subcommands()
        .map(|s| s.get_name())
        .filter(|&n| n != "help")
        .collect();
    names.join(", ")
}

/// A usage error as ecode writes it: `ecode: what — hint`, then the usage
/// line and where to read more; or one JSON error object.
pub fn write_error(
    err: &mut dyn Write,
    e: &clap::Error,
    lang: Lang,
    catalog: &Catalog,
    format: Format,
) -> io::Result<()> {
    let message = message(e, lang, catalog);
    let failure = Failure::new(ExitStatus::Usage, message);
    render::write_failure(err, &failure, format)?;
    if format == Format::Text {
        if let Some(usage) = text(e, ContextKind::Usage) {
            // clap's usage line, its English title replaced by ours.
            let usage = usage.trim();
            let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
            let command: Vec<&str> = usage
                .split(' ')
                .take_while(|w| !w.starts_with(['[', '<']))
                .collect();
            let try_help = format!("{} --help", command.join(" "));
            writeln!(err, "\n{}{usage}", help::usage_label(lang))?;
            writeln!(err, "{}", lang.say(&h::TRY_HELP, &[("value", &try_help)]))?;
        }
    }
    Ok(())
}

/// A context value as text (a list joined by commas).
fn text(e: &clap::Error, kind: ContextKind) -> Option<String> {
    Some(match e.get(kind)? {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(v) => v.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::Number(n) => n.to_string(),
        ContextValue::Bool(b) => b.to_string(),
        _ => return None,
    })
}

/// A context value that came from the command line, safe to show: each
/// item escaped and cut, a list joined as `lang` writes one (`a, b`,
/// `a、b`).
fn quoted(e: &clap::Error, kind: ContextKind, lang: Lang) -> Option<String> {
    let comma = match lang {
        Lang::Ko | Lang::En => ", ",
        Lang::Ja | Lang::Zh => "、",
    };
    Some(match e.get(kind)? {
        ContextValue::Strings(v) => v.iter().map(|s| quote(s)).collect::<Vec<_>>().join(comma),
        _ => quote(&text(e, kind)?),
    })
}

/// Whether a word on the command line is a code `explain` would read.
fn is_code(word: &str, catalog: &Catalog) -> bool {
    let number = word.strip_prefix('-').unwrap_or(word);
    let numeric = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
    numeric || explain::lookup(catalog, word, None, Lang::En).is_ok()
}

/// What clap refused, in `lang`, with the hint clap's context gives.
pub fn message(e: &clap::Error, lang: Lang, catalog: &Catalog) -> String {
    let get = |kind| quoted(e, kind, lang).unwrap_or_default();
    let arg = get(ContextKind::InvalidArg);
    let value = get(ContextKind::InvalidValue);
    let did_you_mean = |kind| {
        quoted(e, kind, lang)
            .map(|list| lang.say(&messages::ERR_DID_YOU_MEAN_WORD, &[("list", &list)]))
    };
    let code_meant = |word: &str| {
        let meant = format!("ecode explain {}", quote(word));
        lang.say(
            &messages::ERR_CODE_NOT_COMMAND,
            &[("code", &quote(word)), ("value", &meant)],
        )
    };
    let (first, hint) = match e.kind() {
        ErrorKind::InvalidSubcommand => {
            let word = text(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            if is_code(&word, catalog) {
                (code_meant(&word), None)
            } else {
                let said = lang.say(&messages::ERR_UNKNOWN_COMMAND, &[("value", &quote(&word))]);
                (said, did_you_mean(ContextKind::SuggestedSubcommand))
            }
        }
        ErrorKind::UnknownArgument => {
            let word = text(e, ContextKind::InvalidArg).unwrap_or_default();
            let top = text(e, ContextKind::Usage).is_some_and(|u| u.contains("<COMMAND>"));
            if top && is_code(&word, catalog) {
                (code_meant(&word), None)
            } else {
                let said = lang.say(&messages::ERR_UNEXPECTED_ARG, &[("value", &arg)]);
                let dashdash = quoted(e, ContextKind::TrailingArg, lang)
                    .map(|_| lang.say(&messages::ERR_DASHDASH, &[("value", &arg)]));
                let hint = did_you_mean(ContextKind::SuggestedArg)
                    .or_else(|| did_you_mean(ContextKind::SuggestedSubcommand))
                    .or(dashdash);
                (said, hint)
            }
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if value.is_empty() => (
            lang.say(&messages::ERR_VALUE_REQUIRED, &[("arg", &arg)]),
            None,
        ),
        ErrorKind::InvalidValue => {
            let said = lang.say(
                &messages::ERR_INVALID_VALUE,
                &[("arg", &arg), ("value", &value)],
            );
            let valid = quoted(e, ContextKind::ValidValue, lang)
                .map(|list| lang.say(&messages::ERR_POSSIBLE_VALUES, &[("list", &list)]));
            let hint = match (did_you_mean(ContextKind::SuggestedValue), valid) {
                (Some(meant), Some(valid)) => Some(meant + &lang.parenthesised(&valid)),
                (meant, valid) => meant.or(valid),
            };
            (said, hint)
        }
        ErrorKind::ValueValidation => {
            let said = lang.say(
                &messages::ERR_INVALID_VALUE,
                &[("arg", &arg), ("value", &value)],
            );
            let why = std::error::Error::source(e).map(|s| quote(&s.to_string()));
            (said, why)
        }
        ErrorKind::MissingRequiredArgument => (
            lang.say(&messages::ERR_MISSING_ARGS, &[("list", &arg)]),
            None,
        ),
        ErrorKind::MissingSubcommand => {
            let list = get(ContextKind::ValidSubcommand);
            (
                lang.say(&messages::ERR_MISSING_COMMAND, &[("list", &list)]),
                None,
            )
        }
        ErrorKind::ArgumentConflict => {
            let prior = get(ContextKind::PriorArg);
            if prior.is_empty() || prior == arg {
                (lang.say(&messages::ERR_REPEATED, &[("arg", &arg)]), None)
            } else {
                let said = lang.say(&messages::ERR_CONFLICT, &[("arg", &arg), ("list", &prior)]);
                (said, None)
            }
        }
        ErrorKind::TooManyValues => {
            let said = lang.say(
                &messages::ERR_TOO_MANY_VALUES,
                &[("arg", &arg), ("value", &value)],
            );
            (said, None)
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => (
            lang.say(&messages::ERR_WRONG_VALUES, &[("arg", &arg)]),
            None,
        ),
        ErrorKind::NoEquals => (lang.say(&messages::ERR_NO_EQUALS, &[("arg", &arg)]), None),
        ErrorKind::InvalidUtf8 => (lang.pick(&messages::ERR_ARG_NOT_UTF8).to_string(), None),
        _ => {
            let clap_said = e.render().to_string();
            let line = clap_said.lines().next().unwrap_or_default();
            let line = line.trim_start_matches("error: ");
            let said = lang.say(&messages::ERR_BAD_COMMAND_LINE, &[("value", &quote(line))]);
            (said, None)
        }
    };
    match hint {
        Some(hint) => lang.join_hint(&first, &hint),
        None => first,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_is_read_before_clap_parses() {
        let cases: [(&[&str], Option<Lang>); 7] = [
            (&["ecode", "--lang", "ko", "bogus"], Some(Lang::Ko)),
            (
                &["ecode", "explain", "--lang=ja_JP.UTF-8", "-4"],
                Some(Lang::Ja),
            ),
            (
                &["ecode", "--lang", "ZH", "--format", "xml"],
                Some(Lang::Zh),
            ),
            (&["ecode", "--lang", "xx", "explain"], None),
            (&["ecode", "explain", "--", "--lang", "ko"], None),
            (&["ecode", "--lang"], None),
            (&["ecode", "--lang", "xx", "--lang", "ja"], Some(Lang::Ja)),
        ];
        for (args, want) in cases {
            assert_eq!(lang_flag(&os(args)), want, "{args:?}");
        }
    }

    #[test]
    fn a_bad_flag_or_ecode_lang_falls_back_to_the_locale() {
        let vars = LangVars {
            ecode_lang: Some("kr".into()),
            lang: Some("ja_JP.UTF-8".into()),
            ..LangVars::default()
        };
        assert_eq!(lang_of(&os(&["ecode", "--lang", "xx"]), &vars), Lang::Ja);
        assert_eq!(lang_of(&os(&["ecode", "--lang", "ko"]), &vars), Lang::Ko);
    }

    /// The message clap's refusal of `args` gets, in `lang`.
    fn said(args: &[&str], lang: Lang) -> String {
        let e = help::command(lang, None)
            .try_get_matches_from(os(args))
            .unwrap_err();
        message(&e, lang, &Catalog::builtin())
    }

    #[test]
    fn every_kind_of_refusal_is_told_in_every_language() {
        let lines: [&[&str]; 9] = [
            &["ecode", "bogus"],
            &["ecode", "--bogus", "explain", "1"],
            &["ecode", "--format", "xml", "explain", "1"],
            &["ecode", "--lang=", "explain", "1"],
            &["ecode", "search"],
            &["ecode", "--json", "--format", "text", "explain", "1"],
            &["ecode", "-q", "-q", "explain", "1"],
            &["ecode", "man", "extra"],
            &["ecode", "catalog"],
        ];
        for lang in Lang::ALL {
            for args in lines {
                let message = said(args, lang);
                assert!(!message.is_empty(), "{args:?}");
                assert!(!message.contains("error:"), "clap's words: {message}");
                if lang != Lang::En {
                    assert!(!message.is_ascii(), "{lang:?} {args:?}: {message}");
                }
            }
        }
    }

    #[test]
    fn values_from_the_command_line_are_escaped() {
        let evil = "\u{1b}[2J\u{1b}]52;c;ZXZpbA==\u{7}";
        for args in [
            vec!["ecode", "--lang", evil, "explain", "-4"],
            vec!["ecode", evil],
            vec!["ecode", "--format", evil, "explain", "1"],
            vec!["ecode", "--provider", evil, "explain", "1"],
            vec!["ecode", &format!("--{evil}")],
        ] {
            let message = said(&args, Lang::En);
            assert!(
                !message.chars().any(crate::sanitize::is_unsafe),
                "{args:?}: {message:?}"
            );
            assert!(message.contains("\\e"), "{args:?}: {message:?}");
        }
    }

    #[test]
    fn a_code_in_place_of_a_command_names_the_command_meant() {
        for code in ["40409", "AuthFailure.SignatureExpire", "-4", "99999"] {
            let message = said(&["ecode", code], Lang::En);
            assert!(
                message.contains(&format!("ecode explain {code}")),
                "{message}"
            );
        }
        let message = said(&["ecode", "explian"], Lang::En);
        assert!(!message.contains("ecode explain explian"), "{message}");
        assert!(message.contains("explain"), "{message}");
    }
}

#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;

    /// Words a command line is made of: commands, options, values, codes,
    /// and hostile bytes.
    fn word() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "explain",
                "parse",
                "list",
                "search",
                "catalog",
                "check",
                "path",
                "man",
                "completions",
                "help",
                "--lang",
                "--color",
                "--format",
                "--json",
                "-q",
                "--provider",
                "--catalog",
                "--max-body",
                "--family",
                "--summary",
                "-h",
                "--help",
                "-V",
                "--",
                "-",
                "40409",
                "-4",
                "ko",
                "xx",
                "json",
                "=",
            ])
            .prop_map(String::from),
            "[-a-zA-Z0-9=.\u{1b}\u{7}\u{9b}\u{202e}\u{3000}한글]{0,12}",
        ]
    }

    proptest! {
        // Each case builds the localized command line: a few dozen cover
        // the kinds of refusal.
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever the command line, a refusal is told without panicking,
        /// and nothing a terminal would act on gets through.
        #[test]
        fn any_refusal_is_told_safely(words in prop::collection::vec(word(), 0..6), l in 0..4usize) {
            let lang = Lang::ALL[l];
            let mut cmd = help::command(lang, Some(80));
            let args: Vec<String> = std::iter::once("ecode".to_string()).chain(words).collect();
            if let Err(e) = cmd.try_get_matches_from_mut(&args) {
                let message = message(&e, lang, &Catalog::builtin());
                prop_assert!(!message.chars().any(crate::sanitize::is_unsafe), "{message:?}");
                let mut out = Vec::new();
                write_error(&mut out, &e, lang, &Catalog::builtin(), Format::Text).unwrap();
                let out = String::from_utf8(out).unwrap();
                let visible = out.replace('\n', "");
                prop_assert!(!visible.chars().any(crate::sanitize::is_unsafe), "{out:?}");
            }
        }
    }
}
