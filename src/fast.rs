//! The common `explain` command line read without clap: clap builds its
//! whole command tree (five commands, the global options copied into each)
//! before it reads a word, which is most of what a short run costs. This
//! reader knows the global options and `explain` and nothing else; it
//! returns the very `Cli` clap would, or `None` for anything it is not
//! sure of (any other flag or command, `--help`, `-V`, a repeated option,
//! a bad or missing value, a word that is not UTF-8), and clap reads that
//! line as before. `tests/fast_path.rs` holds it to clap's reading.

use std::ffi::OsString;
use std::path::PathBuf;

use crate::cli::{Cli, Command, ExplainArgs, GlobalArgs, ProviderArg};
use crate::color::ColorChoice;
use crate::lang::Lang;
use crate::model::Format;

/// `args` (the program's name first) as clap would read them, when they
/// are an `explain` line of global options and codes; else `None`.
pub fn parse(args: &[OsString]) -> Option<Cli> {
    let mut global = GlobalArgs {
        lang: None,
        color: None,
        format: None,
        json: false,
        quiet: false,
        provider: None,
        report: false,
        catalog: Vec::new(),
    };
    let (mut codes, mut after) = (Vec::new(), Vec::new());
    let (mut explain, mut only_codes) = (false, false);
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        let word = word.to_str()?;
        if only_codes || (explain && !word.starts_with('-')) || (explain && is_negative(word)) {
            codes.push(word.to_string());
            continue;
        }
        match word {
            "explain" if !explain => explain = true,
            "--" if explain => only_codes = true,
            "--json" => set(&mut global.json)?,
            "--quiet" | "-q" => set(&mut global.quiet)?,
            "--report" => set(&mut global.report)?,
            _ => {
                let (name, inline) = match word.split_once('=') {
                    Some((name, value)) => (name, Some(value)),
                    None => (word, None),
                };
                // A value is the rest of the word or the next word, never
                // one that looks like an option (clap's call, not ours).
                let value = match inline {
                    Some(value) => value,
                    None => words.next()?.to_str()?,
                };
                if value.is_empty() || value.starts_with('-') {
                    return None;
                }
                match name {
                    "--lang" => once(&mut global.lang, Lang::from_tag(value)?)?,
                    "--color" => once(&mut global.color, color(value)?)?,
                    "--format" => once(&mut global.format, format(value)?)?,
                    "--provider" => once(&mut global.provider, provider(value)?)?,
                    // clap keeps only the command's own when both have some
                    "--catalog" if explain => after.push(PathBuf::from(value)),
                    "--catalog" => global.catalog.push(PathBuf::from(value)),
                    _ => return None,
                }
            }
        }
    }
    let both = !global.catalog.is_empty() && !after.is_empty();
    if !explain || both || (global.json && global.format.is_some()) {
        return None;
    }
    global.catalog.append(&mut after);
    Some(Cli {
        global,
        command: Command::Explain(ExplainArgs { codes }),
    })
}

/// `-4`: a code (`explain` allows negative numbers), not an option.
fn is_negative(word: &str) -> bool {
    word.strip_prefix('-')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A flag given once; twice is clap's error.
fn set(flag: &mut bool) -> Option<()> {
    (!*flag).then(|| *flag = true)
}

/// An option given once; twice is clap's error.
fn once<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    slot.is_none().then(|| *slot = Some(value))
}

fn color(value: &str) -> Option<ColorChoice> {
    match value {
        "auto" => Some(ColorChoice::Auto),
        "always" => Some(ColorChoice::Always),
        "never" => Some(ColorChoice::Never),
        _ => None,
    }
}

fn format(value: &str) -> Option<Format> {
    match value {
        "text" => Some(Format::Text),
        "json" => Some(Format::Json),
        _ => None,
    }
}

fn provider(value: &str) -> Option<ProviderArg> {
    match value {
        "nhn" => Some(ProviderArg::Nhn),
        "tencent" => Some(ProviderArg::Tencent),
        _ => None,
    }
}
