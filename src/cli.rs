//! The command line: clap's definition and its value parsers, nothing else.
//! Validation beyond what clap does happens in the commands, in the user's
//! language.

use std::ffi::OsStr;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::catalog::{Catalog, Provider};
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

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,

    /// When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)
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

    /// Read codes as this provider's only
    #[arg(long, global = true, value_enum, value_name = "PROVIDER")]
    pub provider: Option<ProviderArg>,
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
    #[arg(required = true, value_name = "CODE", allow_negative_numbers = true)]
    pub codes: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this family: an NHN slug (volume, common, or its prefix 40) or a Tencent code's first part (AuthFailure); any case
    #[arg(long, value_name = "NAME", value_parser = FamilyParser, hide_possible_values = true)]
    pub family: Option<String>,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to find, in any of the four languages; every word must occur
    #[arg(required = true, value_name = "TEXT", allow_negative_numbers = true)]
    pub text: Vec<String>,

    /// Only this family: an NHN slug (volume, common, or its prefix 40) or a Tencent code's first part (AuthFailure); any case
    #[arg(long, value_name = "NAME", value_parser = FamilyParser, hide_possible_values = true)]
    pub family: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

/// `--family`'s value parser: takes any text (the command checks it, in the
/// user's language, against the provider chosen) but offers the family names
/// to shell completion.
#[derive(Debug, Clone, Copy)]
pub struct FamilyParser;

impl TypedValueParser for FamilyParser {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let names = Catalog::builtin().family_names(None);
        Some(Box::new(names.into_iter().map(PossibleValue::new)))
    }
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
    fn json_and_format_conflict() {
        assert!(
            Cli::try_parse_from(["ecode", "--json", "--format", "text", "explain", "0"]).is_err()
        );
    }
}
