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
use crate::lang::Lang;
use crate::model::Format;
use crate::size::DEFAULT_MAX_BODY;

/// The command line. Its help texts are not written here: `help` sets them
/// in the user's language, only when help or a usage error is shown, so
/// that a run that parses pays nothing for them (`catalog::help` holds them,
/// one per argument and command).
#[derive(Debug, Parser)]
#[command(name = "ecode", version, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// `--version`: the version, then the documents the built-in catalog comes
/// from and when each was read, headed in `lang`; `-V` keeps to the one
/// line. Set on the command only when a `--version` is asked for
/// (`usage::refused`), so that no other run pays for writing it.
pub fn long_version(lang: Lang) -> String {
    let heading = lang.pick(&crate::catalog::messages::VERSION_SOURCES);
    let mut text = format!("{}\n\n{heading}", env!("CARGO_PKG_VERSION"));
    for s in catalog::SOURCES {
        text.push_str(&format!(
            "\n  {}  {}\n           {}",
            s.read, s.title, s.url
        ));
    }
    text
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    #[arg(long, global = true, value_parser = LangParser, value_name = "LANG")]
    pub lang: Option<Lang>,

    #[arg(long, global = true, value_enum, value_name = "WHEN")]
    pub color: Option<ColorChoice>,

    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    #[arg(long, global = true, conflicts_with = "format")]
    pub json: bool,

    #[arg(short, long, global = true)]
    pub quiet: bool,

    #[arg(long, global = true, value_enum, value_name = "PROVIDER")]
    pub provider: Option<ProviderArg>,

    #[arg(long, global = true)]
    pub report: bool,

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

/// `--lang` reads what `ECODE_LANG` reads (`ko`, `KO`, `ko_KR.UTF-8`,
/// `ja-JP`); anything else is clap's own "invalid value" error, with the
/// four languages as its possible values (and as completion's).
#[derive(Debug, Clone, Copy)]
pub struct LangParser;

impl clap::builder::TypedValueParser for LangParser {
    type Value = Lang;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<Lang, clap::Error> {
        match value.to_str().and_then(Lang::from_tag) {
            Some(lang) => Ok(lang),
            None => clap::builder::EnumValueParser::<Lang>::new().parse_ref(cmd, arg, value),
        }
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        let values = Lang::value_variants().iter();
        Some(Box::new(values.filter_map(ValueEnum::to_possible_value)))
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
    Explain(ExplainArgs),
    Parse(ParseArgs),
    List(ListArgs),
    Search(SearchArgs),
    Completions(CompletionsArgs),
    Man,
    #[command(subcommand)]
    Catalog(CatalogCommand),
}

#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    Check {
        #[arg(required = true, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        files: Vec<std::path::PathBuf>,
    },
    Path,
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub files: Vec<std::ffi::OsString>,

    #[arg(long)]
    pub summary: bool,

    #[arg(
        long,
        value_name = "SIZE",
        default_value = DEFAULT_MAX_BODY,
        add = ArgValueCompleter::new(complete_sizes)
    )]
    pub max_body: String,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    // No code: read them from stdin (`explain`), unless it is a terminal.
    #[arg(
        value_name = "CODE",
        allow_negative_numbers = true,
        add = ArgValueCompleter::new(complete_codes)
    )]
    pub codes: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_name = "NAME", add = ArgValueCompleter::new(complete_families))]
    pub family: Option<String>,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    #[arg(required = true, value_name = "TEXT", allow_negative_numbers = true)]
    pub text: Vec<String>,

    #[arg(long, value_name = "NAME", add = ArgValueCompleter::new(complete_families))]
    pub family: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
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

/// The sizes `--max-body` offers: the typed number with each unit, or a
/// few common sizes. Never nothing, so that no shell falls back to
/// offering file names (bash does when a completer offers none).
fn complete_sizes(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    let digits = typed.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let units = ["KiB", "MiB", "GiB"];
    let sizes: Vec<String> = if digits.is_empty() {
        ["16MiB", DEFAULT_MAX_BODY, "256MiB", "1GiB"]
            .iter()
            .filter(|s| s.starts_with(&*typed))
            .map(|s| s.to_string())
            .collect()
    } else if digits.bytes().all(|b| b.is_ascii_digit()) {
        let unit = &typed[digits.len()..];
        units
            .iter()
            .filter(|u| {
                u.to_ascii_lowercase()
                    .starts_with(&unit.to_ascii_lowercase())
            })
            .map(|u| format!("{digits}{u}"))
            .collect()
    } else {
        Vec::new()
    };
    if sizes.is_empty() {
        // What was typed, as it is: nothing to add, and no file names.
        return vec![CompletionCandidate::new(typed.into_owned())];
    }
    sizes.into_iter().map(CompletionCandidate::new).collect()
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
    fn the_long_version_lists_every_source_under_a_heading_in_each_language() {
        for lang in Lang::ALL {
            let long = long_version(lang);
            assert!(long.starts_with(env!("CARGO_PKG_VERSION")), "{long}");
            let heading = lang.pick(&crate::catalog::messages::VERSION_SOURCES);
            assert!(long.contains(heading), "{long}");
            for source in catalog::SOURCES {
                assert!(
                    long.contains(source.url) && long.contains(source.read),
                    "{long}"
                );
            }
        }
    }

    #[test]
    fn json_and_format_conflict() {
        assert!(
            Cli::try_parse_from(["ecode", "--json", "--format", "text", "explain", "0"]).is_err()
        );
    }
}
