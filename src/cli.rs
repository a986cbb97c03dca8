//! The command line: clap's definition and nothing else. Validation beyond
//! what clap does happens in the commands.

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::classify::Provider;
use crate::color::ColorChoice;
use crate::exit_codes;
use crate::lang::Lang;
use crate::render::Format;

#[derive(Debug, Parser)]
#[command(
    name = "ecode",
    version,
    about = "Decode NHN Cloud and Tencent Cloud API error codes and responses",
    long_about = "Decode NHN Cloud and Tencent Cloud API error codes and responses: the provider, \
                  the API family, the HTTP status, what the code means and what to do next, in \
                  Korean, English, Japanese or Chinese. The exit status tells a script the verdict.",
    after_help = exit_codes::TABLE,
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

    /// When to colour: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Output format: json prints one object per result, one per line (JSON Lines)
    #[arg(long, global = true, value_enum, value_name = "FORMAT", default_value_t = Format::Text)]
    pub format: Format,

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

impl GlobalArgs {
    pub fn format(&self) -> Format {
        if self.json { Format::Json } else { self.format }
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
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Codes to explain; negative codes need no `--` (ecode explain -4)
    #[arg(required = true, value_name = "CODE", allow_negative_numbers = true)]
    pub codes: Vec<String>,
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
        let Command::Explain(args) = &cli.command;
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
