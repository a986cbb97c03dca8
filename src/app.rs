//! From arguments to an exit status: parse the command line, settle the
//! run's `Context` once (language, format, colour, quiet, provider, terminal
//! width, catalog, sinks), run the command, and hold the exit-status
//! contract when things go wrong (usage errors exit 2; a closed stdout is a
//! quiet exit with the verdict so far; other write errors exit 7).

use std::ffi::OsString;
use std::io::{self, BufWriter, Read, Write};

use clap::{CommandFactory, FromArgMatches};

use crate::catalog::{Catalog, messages};
use crate::catalog_files::{self, Sources};
use crate::cli::{CatalogCommand, Cli, Command, GlobalArgs};
use crate::color;
use crate::commands::{catalog, catalog_failure, completions, explain, list, parse, search};
use crate::context::{self, Context, Settings};
use crate::env::Env;
use crate::exit_codes::ExitStatus;
use crate::lang::{self, Lang, LangVars};
use crate::model::{Failure, Format};
use crate::render;
use crate::sanitize::{QUOTE_CHARS, escape, is_unsafe, quote};
use crate::size::parse_size;

/// The global options as far as clap can read them from a command line it
/// refuses: a usage error must still honour `--json`, `-q` and `--color`.
/// Read by the same definition (`ignore_errors`), never spelled again.
/// A line that asks for help or the version is read without that flag
/// (clap answers it before anything else even when ignoring errors).
fn globals_of_a_refused_line(args: &[OsString]) -> Option<GlobalArgs> {
    let read = |args: &[OsString]| {
        let matches = Cli::command()
            .ignore_errors(true)
            .try_get_matches_from(args)
            .ok()?;
        GlobalArgs::from_arg_matches(&matches).ok()
    };
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

/// An argument as clap may quote it back in an error: as it is when it is
/// short and safe, else escaped and cut (`sanitize::quote`), so that a
/// refused value never reaches a terminal raw or whole.
fn quotable(arg: &OsString) -> OsString {
    match arg.to_str() {
        Some(s) if !s.chars().any(is_unsafe) && s.chars().count() <= QUOTE_CHARS => arg.clone(),
        _ => OsString::from(quote(&arg.to_string_lossy())),
    }
}

/// A write to stdout or stderr that failed: a closed pipe ends the run
/// quietly with `verdict`; anything else is an I/O failure, told on stderr
/// in the run's format.
fn write_failed(
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

/// A command line clap refused, or asked for help or the version: clap's
/// message, coloured as `--color` says, or a JSON error object with
/// `--format json`; nothing with `-q`. Values from the command line are
/// quoted escaped and cut (`quotable`). Help and version that cannot be
/// written exit 7.
fn usage_error(args: &[OsString], env: &Env, streams: Streams) -> ExitStatus {
    use clap::error::ErrorKind;
    let Streams { out, err, .. } = streams;
    let globals = globals_of_a_refused_line(args);
    let choice = globals.as_ref().map(GlobalArgs::color).unwrap_or_default();
    let format = globals.as_ref().map_or(Format::Text, GlobalArgs::format);
    let lang = lang::resolve(globals.as_ref().and_then(|g| g.lang), &env.lang).unwrap_or(Lang::En);
    let Err(e) = Cli::command().try_get_matches_from(args) else {
        return ExitStatus::Usage;
    };
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let colour = color::decide(choice, env.stdout_is_tty, &env.color);
        let text = if colour {
            e.render().ansi().to_string()
        } else {
            e.render().to_string()
        };
        return match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
            Ok(()) => ExitStatus::Ok,
            Err(e) => write_failed(&e, ExitStatus::Ok, lang, format, err),
        };
    }
    if globals.as_ref().is_some_and(|g| g.quiet) {
        return ExitStatus::Usage;
    }
    // The same refusal over the arguments as they may be shown.
    let mut shown: Vec<OsString> = args.iter().take(1).cloned().collect();
    shown.extend(args.iter().skip(1).map(quotable));
    let safe = Cli::command()
        .try_get_matches_from(&shown)
        .err()
        .filter(|s| s.kind() == e.kind());
    let colour = safe.is_some() && color::decide(choice, env.stderr_is_tty, &env.color);
    let text = match &safe {
        Some(s) if colour => s.render().ansi().to_string(),
        Some(s) => s.render().to_string(),
        // Refused only as it was: its text, every line escaped.
        None => e
            .render()
            .to_string()
            .split('\n')
            .map(|line| escape(line).into_owned())
            .collect::<Vec<_>>()
            .join("\n"),
    };
    if format == Format::Json {
        let message = text.trim().trim_start_matches("error: ");
        let failure = Failure::new(ExitStatus::Usage, message.to_string());
        let _ = render::write_failure(err, &failure, Format::Json);
    } else {
        let _ = err.write_all(text.as_bytes());
    }
    ExitStatus::Usage
}

/// Where a run reads and writes: the process's own streams, or memory.
pub struct Streams<'s> {
    pub out: &'s mut dyn Write,
    pub err: &'s mut dyn Write,
    /// Standard input, when it is not the process's own.
    pub stdin: Option<Box<dyn Read>>,
}

/// What a run in memory printed, and its exit status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Captured {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: ExitStatus,
}

/// The whole program, as `main` runs it, over `input` as standard input,
/// with what it writes kept in memory (no terminal anywhere, whatever `env`
/// says about it). For tests and fuzzing.
pub fn run_captured(args: impl IntoIterator<Item = OsString>, env: &Env, input: &[u8]) -> Captured {
    let env = Env {
        stdout_is_tty: false,
        stderr_is_tty: false,
        stdin_is_tty: false,
        complete: false,
        ..env.clone()
    };
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let streams = Streams {
        out: &mut stdout,
        err: &mut stderr,
        stdin: Some(Box::new(io::Cursor::new(input.to_vec()))),
    };
    let status = main_with(args, &env, streams);
    Captured {
        stdout,
        stderr,
        status,
    }
}

/// The whole program, from raw arguments and the captured environment.
pub fn main(args: impl IntoIterator<Item = OsString>, env: &Env) -> ExitStatus {
    let stdout = io::stdout();
    let stderr = io::stderr();
    let mut out = BufWriter::new(stdout.lock());
    let mut err = stderr.lock();
    let streams = Streams {
        out: &mut out,
        err: &mut err,
        stdin: None,
    };
    main_with(args, env, streams)
}

/// The whole program over the given streams.
pub fn main_with(
    args: impl IntoIterator<Item = OsString>,
    env: &Env,
    streams: Streams,
) -> ExitStatus {
    let args: Vec<OsString> = args.into_iter().collect();
    // A shell asking for completions gets them, and nothing else runs.
    // (The scripts always pass `--` first; without it, `COMPLETE` is
    // somebody else's variable and ecode runs as usual.)
    let asked = env.complete && args.get(1).is_some_and(|a| a == "--");
    if asked && completions::complete(&args) {
        return ExitStatus::Ok;
    }
    let parsed = Cli::command()
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let Ok(cli) = parsed else {
        return usage_error(&args, env, streams);
    };
    let format = cli.global.format();
    let quiet = cli.global.quiet;

    let Streams { out, err, stdin } = streams;
    let mut sink_err = io::sink();
    let err: &mut dyn Write = if quiet { &mut sink_err } else { err };

    let lang = match lang::resolve(cli.global.lang, &env.lang) {
        Ok(lang) => lang,
        Err(value) => {
            // Say it in the language the locale would have chosen.
            let vars = LangVars {
                ecode_lang: None,
                ..env.lang.clone()
            };
            let lang = lang::resolve(None, &vars).unwrap_or(Lang::En);
            let message = lang.say(&messages::ERR_BAD_ECODE_LANG, &[("value", &quote(&value))]);
            let failure = Failure::new(ExitStatus::Usage, message);
            let _ = render::write_failure(err, &failure, format);
            return ExitStatus::Usage;
        }
    };
    let colour =
        format == Format::Text && color::decide(cli.global.color(), env.stdout_is_tty, &env.color);
    colored::control::set_override(colour);

    // User catalogs, read before any command: a bad one named by the
    // environment or the command line ends the run; one of catalog.d is
    // skipped with a warning.
    let sources = catalog_files::sources(&env.catalogs, &cli.global.catalog);
    let catalog = if sources.is_empty() || !reads_codes(&cli.command) {
        Catalog::builtin()
    } else {
        let loaded = catalog_files::load(&sources);
        for skipped in &loaded.skipped {
            let failure = catalog_failure(skipped, lang);
            let warning = lang.say(
                &messages::WARN_CATALOG_SKIPPED,
                &[("value", &failure.message)],
            );
            let _ = render::write_warning(err, &warning, failure.source.as_deref(), format);
        }
        if let Some(e) = &loaded.error {
            let failure = catalog_failure(e, lang);
            let _ = render::write_failure(err, &failure, format);
            return failure.kind;
        }
        loaded.catalog
    };
    let settings = Settings {
        lang,
        format,
        color: colour,
        quiet,
        provider: cli.global.provider.map(Into::into),
        stdin_is_tty: env.stdin_is_tty,
        terminal_width: context::table_width(env.stdout_is_tty, env.columns),
        catalog: &catalog,
    };
    let mut sink_out = io::sink();
    let out: &mut dyn Write = if quiet { &mut sink_out } else { out };

    let mut ctx = Context::new(settings, out, err);
    ctx.stdin = stdin;
    let result = run(&cli.command, &sources, &mut ctx).and_then(|()| ctx.out.flush());
    match result {
        Ok(()) => ctx.verdict,
        Err(e) => write_failed(&e, ctx.verdict, lang, format, ctx.err),
    }
}

/// Whether the command reads the catalog's codes; `catalog`, `completions`
/// and `man` do not, so a broken user catalog never stands in the way of
/// checking it, or of the shell scripts and the manual.
fn reads_codes(command: &Command) -> bool {
    match command {
        Command::Explain(_) | Command::Parse(_) | Command::List(_) | Command::Search(_) => true,
        Command::Completions(_) | Command::Man | Command::Catalog(_) => false,
    }
}

/// Runs one command. Results raise the context's verdict as they are
/// found, so that it is right even when writing stops half-way.
pub fn run(command: &Command, sources: &Sources, ctx: &mut Context) -> io::Result<()> {
    match command {
        Command::Explain(args) => explain::run(&args.codes, ctx),
        Command::Parse(args) => {
            let Some(max_body) = parse_size(&args.max_body) else {
                let lang = ctx.settings.lang;
                let message = lang.say(
                    &messages::ERR_BAD_SIZE,
                    &[("value", &quote(&args.max_body))],
                );
                return ctx.fail(&Failure::new(ExitStatus::Usage, message));
            };
            let options = parse::Options {
                files: args.files.clone(),
                summary: args.summary,
                max_body,
            };
            parse::run(&options, ctx)
        }
        Command::List(args) => list::run(args.family.as_deref(), ctx),
        Command::Search(args) => search::run(&args.text, args.family.as_deref(), ctx),
        Command::Completions(args) => completions::run_completions(args.shell, ctx.out),
        Command::Man => completions::run_man(ctx.out),
        Command::Catalog(CatalogCommand::Check { files }) => catalog::check(files, ctx),
        Command::Catalog(CatalogCommand::Path) => catalog::path(sources, ctx),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn globals(args: &[&str]) -> Option<GlobalArgs> {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        globals_of_a_refused_line(&args)
    }

    #[test]
    fn global_options_of_a_refused_line_are_read_by_clap_itself() {
        let g = globals(&["ecode", "--json", "bogus"]).unwrap();
        assert_eq!(g.format(), Format::Json);
        let g = globals(&["ecode", "-q", "--color", "never", "explain"]).unwrap();
        assert!(g.quiet);
        assert_eq!(g.color(), crate::color::ColorChoice::Never);
        let g = globals(&["ecode", "explain", "--format=json", "--color=bogus", "-4"]).unwrap();
        assert_eq!(g.format(), Format::Json);
        // after `--` everything is a value
        let g = globals(&["ecode", "explain", "--", "--json"]).unwrap();
        assert_eq!(g.format(), Format::Text);
        // beside a request for help or the version
        let g = globals(&["ecode", "--json", "--version"]).unwrap();
        assert_eq!(g.format(), Format::Json);
        let g = globals(&["ecode", "list", "-h", "--lang", "ja"]).unwrap();
        assert_eq!(g.lang, Some(Lang::Ja));
    }

    #[test]
    fn broken_pipe_keeps_the_verdict_other_errors_are_io() {
        let mut err = Vec::new();
        let pipe = io::Error::from(io::ErrorKind::BrokenPipe);
        let fix = ExitStatus::Fix;
        assert_eq!(
            write_failed(&pipe, fix, Lang::En, Format::Text, &mut err),
            fix
        );
        assert!(err.is_empty());
        let full = io::Error::from(io::ErrorKind::StorageFull);
        let status = write_failed(&full, fix, Lang::En, Format::Text, &mut err);
        assert_eq!(status, ExitStatus::Io);
        assert!(String::from_utf8_lossy(&err).starts_with("ecode: writing output failed"));
        err.clear();
        let status = write_failed(&full, fix, Lang::Ja, Format::Json, &mut err);
        assert_eq!(status, ExitStatus::Io);
        let v: serde_json::Value = serde_json::from_slice(&err).unwrap();
        assert_eq!(v["error"], "io");
        assert!(v["message"].as_str().unwrap().starts_with("出力の書き込み"));
    }

    #[test]
    fn arguments_are_quoted_back_escaped_and_cut() {
        let plain = OsString::from("--lang");
        assert_eq!(quotable(&plain), plain);
        assert_eq!(quotable(&OsString::from("\u{1b}[2J")), "\\e[2J");
        let long = quotable(&OsString::from("x".repeat(100_000)));
        assert_eq!(long.to_string_lossy().chars().count(), QUOTE_CHARS + 1);
    }
}
