//! The command line: clap's definition and its value parsers, nothing else.
//! Validation beyond what clap does happens in the commands, in the user's
//! language.

use std::ffi::OsStr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};

use crate::catalog::{self, Catalog, Provider};
use crate::catalog_files;
use crate::color::ColorChoice;
use crate::exit_codes;
use crate::lang::Lang;
use crate::model::Format;
use crate::size::DEFAULT_MAX_BODY;

#[derive(Debug, Parser)]
#[command(
    name = "ecode",
    version,
    about = "Decode NHN Cloud and Tencent Cloud API error codes and responses",
    long_about = "Decode NHN Cloud and Tencent Cloud API error codes and responses: the provider, \
                  the API family, the HTTP status, what the code means and what to do next, in \
                  Korean, English, Japanese or Chinese. The exit status tells a script the verdict.",
    after_help = exit_codes::table(),
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// `--version`: the version, then the documents the built-in catalog comes
/// from and when each was read; `-V` keeps to the one line. Set on the
/// command only when a `--version` is asked for (`command`), so that no
/// other run pays for writing it.
pub fn long_version() -> String {
    let mut text = format!("{}\n\nCatalog sources, as read:", env!("CARGO_PKG_VERSION"));
    for s in catalog::SOURCES {
        text.push_str(&format!(
            "\n  {}  {}\n           {}",
            s.read, s.title, s.url
        ));
    }
    text
}

/// The command line's definition for `args`: with `--version`'s long text
/// where `--version` is among them.
pub fn command(args: &[std::ffi::OsString]) -> clap::Command {
    let command = <Cli as clap::CommandFactory>::command();
    if args.iter().any(|a| a == "--version") {
        command.long_version(long_version())
    } else {
        command
    }
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,

    /// When to color [default: auto]: auto colors a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)
    #[arg(long, global = true, value_enum, value_name = "WHEN")]
    pub color: Option<ColorChoice>,

    /// Output format [default: text]: json prints one object per result, one per line (JSON Lines)
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// Shorthand for --format json
    #[arg(long, global = true, conflicts_with = "format")]
    pub json: bool,

    /// Print nothing; only the exit status speaks
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Treat codes as this provider's only
    #[arg(long, global = true, value_enum, value_name = "PROVIDER")]
    pub provider: Option<ProviderArg>,

    /// (parse, explain) After each failure, a block to paste into a support ticket; secrets masked
    #[arg(long, global = true)]
    pub report: bool,

    /// Read a user catalog too (repeatable; later wins)
    #[arg(long, global = true, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub catalog: Vec<std::path::PathBuf>,
}

/// The defaults are applied here rather than by clap, so that the options of
/// a command line clap refuses can still be read (`app`), whatever else on
/// it is wrong.
impl GlobalArgs {
    pub fn format(&self) -> Format {
        if self.json {
            Format::Json
        } else {
            self.format.unwrap_or_default()
        }
    }

    pub fn color(&self) -> ColorChoice {
        self.color.unwrap_or_default()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProviderArg {
    Nhn,
    Tencent,
}

impl From<ProviderArg> for Provider {
    fn from(p: ProviderArg) -> Provider {
        match p {
            ProviderArg::Nhn => Provider::Nhn,
            ProviderArg::Tencent => Provider::Tencent,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Explain one or more bare codes: 40409, -4, AuthFailure.SignatureExpire
    Explain(ExplainArgs),
    /// Decode response bodies, curl transcripts, logs and SDK exception lines
    #[command(
        long_about = "Decode what a failed call left behind: NHN Cloud and Tencent Cloud response \
                      bodies (JSON Lines, values back to back, pretty-printed bodies, log lines with \
                      a body after a prefix), `curl -i` and `curl -v` transcripts, and Tencent Cloud \
                      SDK exception lines. Reads each FILE in order, or stdin when none is given or \
                      FILE is `-`. Each result names where it was found (FILE:LINE)."
    )]
    Parse(ParseArgs),
    /// List every code: code, provider, family, HTTP status, category, meaning
    #[command(
        long_about = "List every code of the catalog: code, provider, family, HTTP status, \
                      category and meaning, in the chosen language. On a terminal: a table fitted \
                      to its width; piped: one tab-separated record a line, nothing cut. \
                      --provider and --family narrow the list."
    )]
    List(ListArgs),
    /// Find codes whose code, family or text, in any of the four languages, holds every word
    #[command(
        long_about = "Find the codes whose code, family, HTTP status or text (meaning and \
                      advice, in Korean, English, Japanese or Chinese) holds every word given, \
                      ignoring case: `ecode search 서명` and `ecode search signature` find the \
                      same codes. Shown as `ecode list` shows them; exit status 6 when nothing \
                      matches."
    )]
    Search(SearchArgs),
    /// Print the completion script for a shell: bash, zsh, fish, powershell, elvish
    Completions(CompletionsArgs),
    /// Print the man page (roff): ecode man > ecode.1
    Man,
    /// Check user catalog files, or show where catalogs are read from
    #[command(subcommand)]
    Catalog(CatalogCommand),
}

#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    /// Check user catalog files alone: each is valid, or why not (file, line, column)
    Check {
        /// The TOML files to check
        #[arg(required = true, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        files: Vec<std::path::PathBuf>,
    },
    /// Show where user catalogs are read from, and which files were found
    Path,
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// Files to read in order; `-` or none: stdin
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub files: Vec<std::ffi::OsString>,

    /// After the results, count them per code and per category
    #[arg(long)]
    pub summary: bool,

    /// Refuse any single body (or line) larger than this: 64MiB, 512KiB, 1048576
    #[arg(long, value_name = "SIZE", default_value = DEFAULT_MAX_BODY)]
    pub max_body: String,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Codes to explain; negative codes need no `--` (ecode explain -4)
    #[arg(
        required = true,
        value_name = "CODE",
        allow_negative_numbers = true,
        add = ArgValueCompleter::new(complete_codes)
    )]
    pub codes: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this family: an NHN slug (volume, common, or its prefix 40) or a Tencent code's first part (AuthFailure); any case
    #[arg(long, value_name = "NAME", add = ArgValueCompleter::new(complete_families))]
    pub family: Option<String>,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to find, in any of the four languages; every word must occur
    #[arg(required = true, value_name = "TEXT", allow_negative_numbers = true)]
    pub text: Vec<String>,

    /// Only this family: an NHN slug (volume, common, or its prefix 40) or a Tencent code's first part (AuthFailure); any case
    #[arg(long, value_name = "NAME", add = ArgValueCompleter::new(complete_families))]
    pub family: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

/// The `--catalog` files of the command line being completed.
static COMPLETING_WITH: std::sync::OnceLock<Vec<PathBuf>> = std::sync::OnceLock::new();

/// Notes the `--catalog FILE` (or `--catalog=FILE`) of the words a shell
/// asks to complete, so that their codes are offered too.
pub fn completing(words: &[std::ffi::OsString]) {
    let mut files = Vec::new();
    let mut words = words.iter();
    while let Some(word) = words.next() {
        let word = word.to_string_lossy();
        if word == "--catalog" {
            files.extend(words.next().map(PathBuf::from));
        } else if let Some(file) = word.strip_prefix("--catalog=") {
            files.push(PathBuf::from(file));
        }
    }
    let _ = COMPLETING_WITH.set(files);
}

/// The catalog completion offers: the built-in one with the user catalogs
/// of `catalog.d`, `ECODE_CATALOG` and the line's `--catalog`, read when the
/// shell asks, so that a team's own codes are offered too. A catalog that
/// cannot be read leaves completion with the built-in codes (a shell has
/// nowhere to show the error).
fn completion_catalog() -> Catalog {
    let flags = COMPLETING_WITH.get().map_or(&[][..], Vec::as_slice);
    let sources = catalog_files::sources(&crate::env::catalog_vars(), flags);
    let loaded = catalog_files::load(&sources);
    match loaded.error {
        None => loaded.catalog,
        Some(_) => Catalog::builtin(),
    }
}

/// Shell completion of `explain`'s codes: the catalog's codes that start
/// with what was typed, ignoring case.
fn complete_codes(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy().to_ascii_lowercase();
    let catalog = completion_catalog();
    catalog
        .entries(None)
        .map(|e| e.code().into_owned())
        .filter(|code| code.to_ascii_lowercase().starts_with(&typed))
        .map(CompletionCandidate::new)
        .collect()
}

/// Shell completion of `--family`: the families, user catalogs' too.
fn complete_families(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy().to_ascii_lowercase();
    let catalog = completion_catalog();
    catalog
        .family_names(None)
        .into_iter()
        .map(|f| f.into_owned())
        .filter(|f| f.to_ascii_lowercase().starts_with(&typed))
        .map(CompletionCandidate::new)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn negative_codes_and_global_options_anywhere() {
        let cli = Cli::try_parse_from(["ecode", "explain", "-4", "--lang", "ko", "-8", "--json"])
            .unwrap();
        let Command::Explain(args) = &cli.command else {
            panic!("explain expected");
        };
        assert_eq!(args.codes, ["-4", "-8"]);
        assert_eq!(cli.global.lang, Some(Lang::Ko));
        assert_eq!(cli.global.format(), Format::Json);
        let cli =
            Cli::try_parse_from(["ecode", "-q", "--provider", "nhn", "explain", "0"]).unwrap();
        assert!(cli.global.quiet);
        assert_eq!(cli.global.provider, Some(ProviderArg::Nhn));
    }

    #[test]
    fn only_a_version_request_pays_for_the_long_version() {
        let args =
            |line: &str| -> Vec<std::ffi::OsString> { line.split(' ').map(Into::into).collect() };
        assert!(command(&args("ecode -V")).get_long_version().is_none());
        assert!(
            command(&args("ecode explain 0"))
                .get_long_version()
                .is_none()
        );
        let long = command(&args("ecode --version"))
            .get_long_version()
            .map(|v| v.to_string());
        let long = long.unwrap();
        assert!(long.starts_with(env!("CARGO_PKG_VERSION")), "{long}");
        for source in catalog::SOURCES {
            assert!(
                long.contains(source.url) && long.contains(source.read),
                "{long}"
            );
        }
    }

    #[test]
    fn json_and_format_conflict() {
        assert!(
            Cli::try_parse_from(["ecode", "--json", "--format", "text", "explain", "0"]).is_err()
        );
    }
}
