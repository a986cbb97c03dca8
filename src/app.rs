//! From arguments to an exit status: parse the command line, settle the
//! language, format and colour once, run the command, and hold the
//! exit-status contract when things go wrong (usage errors exit 2; a closed
//! stdout is a quiet exit with the verdict so far; other write errors exit 7).

use std::ffi::OsString;
use std::io::{self, BufWriter, Write};

use clap::{CommandFactory, FromArgMatches};

use crate::catalog;
use crate::classify::Provider;
use crate::cli::{Cli, Command};
use crate::color::{self, ColorChoice};
use crate::completions;
use crate::describe::say;
use crate::env::Env;
use crate::exit_codes::ExitStatus;
use crate::explain;
use crate::lang::{self, Lang, LangVars};
use crate::list;
use crate::parse;
use crate::render::{self, Failure, Format};
use crate::search;

/// What every command needs to know, settled once.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub lang: Lang,
    pub format: Format,
    pub provider: Option<Provider>,
    pub stdin_is_tty: bool,
    /// Some(columns) when stdout is a terminal: tables are fitted to it;
    /// None when piped: one record a line (`list::table_width`).
    pub terminal_width: Option<usize>,
}

/// What the raw arguments say before clap has read them, for the one case
/// clap fails: a usage error must still honour `--json`, `-q` and `--color`.
#[derive(Debug, Default, PartialEq)]
struct RawHints {
    json: bool,
    quiet: bool,
    color: Option<ColorChoice>,
}

impl RawHints {
    fn scan(args: &[OsString]) -> RawHints {
        let mut hints = RawHints::default();
        let args: Vec<&str> = args.iter().skip(1).filter_map(|a| a.to_str()).collect();
        for (i, &arg) in args.iter().enumerate() {
            if arg == "--" {
                break;
            }
            let next = args.get(i + 1).copied().unwrap_or_default();
            match arg {
                "--json" | "--format=json" => hints.json = true,
                "--format" if next == "json" => hints.json = true,
                "-q" | "--quiet" => hints.quiet = true,
                "--color=never" => hints.color = Some(ColorChoice::Never),
                "--color" if next == "never" => hints.color = Some(ColorChoice::Never),
                "--color=always" => hints.color = Some(ColorChoice::Always),
                "--color" if next == "always" => hints.color = Some(ColorChoice::Always),
                _ => {}
            }
        }
        hints
    }
}

fn usage_error(e: clap::Error, hints: &RawHints) -> ExitStatus {
    use clap::error::ErrorKind;
    let is_output = matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion);
    if is_output {
        let _ = e.print();
        return ExitStatus::Ok;
    }
    if hints.quiet {
        return ExitStatus::Usage;
    }
    if hints.json {
        let text = e.render().to_string();
        let message = text.trim().trim_start_matches("error: ");
        let failure = Failure::new(ExitStatus::Usage, message.to_string());
        let _ = render::write_failure(&mut io::stderr(), &failure, Format::Json);
    } else {
        let _ = e.print();
    }
    ExitStatus::Usage
}

/// The whole program, from raw arguments and the captured environment.
pub fn main(args: impl IntoIterator<Item = OsString>, env: &Env) -> ExitStatus {
    let args: Vec<OsString> = args.into_iter().collect();
    let hints = RawHints::scan(&args);
    let clap_color = match hints.color {
        Some(ColorChoice::Never) => clap::ColorChoice::Never,
        Some(ColorChoice::Always) => clap::ColorChoice::Always,
        _ => clap::ColorChoice::Auto,
    };
    let parsed = Cli::command()
        .color(clap_color)
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => return usage_error(e, &hints),
    };
    let format = cli.global.format();
    let quiet = cli.global.quiet;

    let stderr = io::stderr();
    let mut err_lock = stderr.lock();
    let mut sink_err = io::sink();
    let err: &mut dyn Write = if quiet { &mut sink_err } else { &mut err_lock };

    let lang = match lang::resolve(cli.global.lang, &env.lang) {
        Ok(lang) => lang,
        Err(value) => {
            // Say it in the language the locale would have chosen.
            let vars = LangVars {
                ecode_lang: None,
                ..env.lang.clone()
            };
            let lang = lang::resolve(None, &vars).unwrap_or(Lang::En);
            let value = crate::sanitize::escape(&value);
            let message = say(lang, &catalog::ERR_BAD_ECODE_LANG, &[("value", &value)]);
            let mut verdict = ExitStatus::Ok;
            Failure::new(ExitStatus::Usage, message).report(err, format, &mut verdict);
            return verdict;
        }
    };
    let colour =
        format == Format::Text && color::decide(cli.global.color, env.stdout_is_tty, &env.color);
    colored::control::set_override(colour);

    let settings = Settings {
        lang,
        format,
        provider: cli.global.provider.map(Provider::from),
        stdin_is_tty: env.stdin_is_tty,
        terminal_width: list::table_width(env.stdout_is_tty, env.columns),
    };
    let stdout = io::stdout();
    let mut out_buf = BufWriter::new(stdout.lock());
    let mut sink_out = io::sink();
    let out: &mut dyn Write = if quiet { &mut sink_out } else { &mut out_buf };

    let mut verdict = ExitStatus::Ok;
    let result = run(&cli.command, &settings, out, err, &mut verdict).and_then(|()| out.flush());
    finish(result, verdict, err)
}

/// Runs one command. Results raise `verdict` as they are found, so that it
/// is right even when writing stops half-way.
pub fn run(
    command: &Command,
    settings: &Settings,
    out: &mut dyn Write,
    err: &mut dyn Write,
    verdict: &mut ExitStatus,
) -> io::Result<()> {
    match command {
        Command::Explain(args) => explain::run(&args.codes, settings, out, err, verdict),
        Command::Parse(args) => {
            let Some(max_body) = parse::parse_size(&args.max_body) else {
                let value = crate::sanitize::escape(&args.max_body);
                let message = say(settings.lang, &catalog::ERR_BAD_SIZE, &[("value", &value)]);
                Failure::new(ExitStatus::Usage, message).report(err, settings.format, verdict);
                return Ok(());
            };
            let options = parse::Options {
                files: args.files.clone(),
                summary: args.summary,
                max_body,
            };
            parse::run(&options, settings, out, err, verdict)
        }
        Command::List(args) => list::run(args.family.as_deref(), settings, out, err, verdict),
        Command::Search(args) => search::run(
            &args.text,
            args.family.as_deref(),
            settings,
            out,
            err,
            verdict,
        ),
        Command::Completions(args) => completions::run_completions(args.shell, out),
        Command::Man => completions::run_man(out),
    }
}

/// The exit status once writing is over. A closed stdout (`| head -1`) ends
/// the run quietly with the verdict so far; any other write error is an I/O
/// failure.
fn finish(result: io::Result<()>, verdict: ExitStatus, err: &mut dyn Write) -> ExitStatus {
    match result {
        Ok(()) => verdict,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => verdict,
        Err(e) => {
            let _ = writeln!(err, "ecode: writing output failed: {e}");
            ExitStatus::Io
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hints(args: &[&str]) -> RawHints {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        RawHints::scan(&args)
    }

    #[test]
    fn raw_hints_before_clap() {
        assert_eq!(hints(&["ecode", "explain"]), RawHints::default());
        assert!(hints(&["ecode", "--json", "bogus"]).json);
        assert!(hints(&["ecode", "--format", "json"]).json);
        assert!(hints(&["ecode", "explain", "--format=json"]).json);
        assert!(hints(&["ecode", "-q", "x"]).quiet);
        assert_eq!(
            hints(&["ecode", "--color", "never"]).color,
            Some(ColorChoice::Never)
        );
        // after `--` everything is a value
        assert!(!hints(&["ecode", "explain", "--", "--json"]).json);
    }

    #[test]
    fn broken_pipe_keeps_the_verdict_other_errors_are_io() {
        let mut err = Vec::new();
        let pipe = Err(io::Error::from(io::ErrorKind::BrokenPipe));
        assert_eq!(finish(pipe, ExitStatus::Fix, &mut err), ExitStatus::Fix);
        assert!(err.is_empty());
        let full = Err(io::Error::from(io::ErrorKind::StorageFull));
        assert_eq!(finish(full, ExitStatus::Fix, &mut err), ExitStatus::Io);
        assert!(String::from_utf8_lossy(&err).starts_with("ecode: writing output failed"));
    }
}
