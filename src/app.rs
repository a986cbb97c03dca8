//! From arguments to an exit status: parse the command line (a common
//! `explain` line by `fast`, anything else by clap), settle the
//! run's `Context` once (language, format, colour, quiet, provider, terminal
//! width, catalog, sinks), run the command, and hold the exit-status
//! contract when things go wrong (a line clap refuses goes to `usage` and
//! exits 2; a closed stdout is a quiet exit with the verdict so far; other
//! write errors exit 7).

use std::ffi::OsString;
use std::io::{self, BufWriter, Write};

use clap::{CommandFactory, FromArgMatches};

use crate::catalog::{Catalog, messages};
use crate::catalog_files::{self, Sources};
use crate::cli::{CatalogCommand, Cli, Command};
use crate::color;
use crate::commands::{catalog, catalog_failure, completions, explain, list, parse, search};
use crate::context::{self, Context, Settings};
use crate::env::Env;
use crate::exit_codes::ExitStatus;
use crate::fast;
use crate::lang;
use crate::model::{Failure, Format};
use crate::render;
use crate::sanitize::quote;
use crate::size::parse_size;
use crate::usage::{self, write_failed};

pub use crate::context::Streams;

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
    if asked && completions::complete(&args, usage::lang_of(&args, &env.lang)) {
        return ExitStatus::Ok;
    }
    let Some(cli) = parse(&args, Reader::Fast) else {
        return usage::refused(&args, env, streams);
    };
    run_cli(&cli, &args, env, streams)
}

/// Who reads the command line: the fast reader of common `explain` lines
/// (`fast`), falling back to clap for anything else; or clap alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    Fast,
    Clap,
}

fn parse(args: &[OsString], reader: Reader) -> Option<Cli> {
    let fast = match reader {
        Reader::Fast => fast::parse(args),
        Reader::Clap => None,
    };
    fast.or_else(|| {
        Cli::command()
            .try_get_matches_from(args)
            .and_then(|m| Cli::from_arg_matches(&m))
            .ok()
    })
}

/// Whether the fast reader takes `args`, and if so, whether it reads them
/// exactly as clap does (`None`: it leaves them to clap).
pub fn fast_reading_agrees(args: &[OsString]) -> Option<bool> {
    let fast = fast::parse(args)?;
    let clap = parse(args, Reader::Clap);
    Some(clap.is_some_and(|clap| format!("{clap:?}") == format!("{fast:?}")))
}

/// A run with its output captured, the line read by `reader`: for proving
/// that both readers lead to the same bytes. A line clap refuses writes
/// nothing here and exits 2.
pub fn main_read_by(
    args: &[OsString],
    env: &Env,
    reader: Reader,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitStatus {
    match parse(args, reader) {
        Some(cli) => {
            let streams = Streams {
                out,
                err,
                stdin: None,
            };
            run_cli(&cli, args, env, streams)
        }
        None => ExitStatus::Usage,
    }
}

/// A command line read: settle the context and run the command.
fn run_cli(cli: &Cli, args: &[OsString], env: &Env, streams: Streams) -> ExitStatus {
    let format = cli.global.format();
    let quiet = cli.global.quiet;

    // Errors always reach stderr: `-q` silences results, and the failures
    // that are results (`Context::fail`), never usage or catalog errors.
    let Streams { out, err, stdin } = streams;

    let lang = match lang::resolve(cli.global.lang, &env.lang) {
        Ok(lang) => lang,
        Err(value) => {
            // Say it in the language the locale would have chosen.
            let lang = usage::lang_of(args, &env.lang);
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
    let result =
        run(&cli.command, cli.global.report, &sources, &mut ctx).and_then(|()| ctx.out.flush());
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
pub fn run(
    command: &Command,
    report: bool,
    sources: &Sources,
    ctx: &mut Context,
) -> io::Result<()> {
    match command {
        Command::Explain(args) => explain::run(&args.codes, report, ctx),
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
                report,
            };
            parse::run(&options, ctx)
        }
        Command::List(args) => list::run(args.family.as_deref(), ctx),
        Command::Search(args) => search::run(&args.text, args.family.as_deref(), ctx),
        Command::Completions(args) => completions::run_completions(args.shell, ctx.out),
        Command::Man => completions::run_man(ctx.out, ctx.settings.lang),
        Command::Catalog(CatalogCommand::Check { files }) => catalog::check(files, ctx),
        Command::Catalog(CatalogCommand::Path) => catalog::path(sources, ctx),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

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
}
