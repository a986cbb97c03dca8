//! The one place that reads the process environment and asks whether the
//! standard streams are terminals. Everything else takes these plain values.

use std::io::IsTerminal;

use crate::catalog_files::CatalogVars;
use crate::color::ColorVars;
use crate::lang::LangVars;

#[derive(Debug, Default, Clone)]
pub struct Env {
    pub lang: LangVars,
    pub color: ColorVars,
    pub catalogs: CatalogVars,
    pub stdout_is_tty: bool,
    pub stdin_is_tty: bool,
    /// Whether stderr is a terminal: clap's usage errors are coloured for it.
    pub stderr_is_tty: bool,
    /// `COLUMNS`, else the width of the terminal on stdout, if any.
    pub columns: Option<usize>,
    /// `COMPLETE`: a shell asks for completions (`clap_complete`'s protocol).
    pub complete: bool,
}

/// Where user catalogs are, as the environment says (for shell completion,
/// which runs before anything else is captured).
pub fn catalog_vars() -> CatalogVars {
    CatalogVars {
        xdg_config_home: std::env::var_os("XDG_CONFIG_HOME"),
        xdg_cache_home: std::env::var_os("XDG_CACHE_HOME"),
        home: std::env::var_os("HOME"),
        ecode_catalog: std::env::var_os("ECODE_CATALOG"),
    }
}

/// The shells whose completion requests ecode answers (`COMPLETE=bash`);
/// any other value of `COMPLETE` is somebody else's and is ignored.
const COMPLETION_SHELLS: [&str; 5] = ["bash", "zsh", "fish", "powershell", "elvish"];

fn var(name: &str) -> Option<String> {
    std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
}

impl Env {
    pub fn capture() -> Env {
        Env {
            lang: LangVars {
                ecode_lang: var("ECODE_LANG"),
                lc_all: var("LC_ALL"),
                lc_messages: var("LC_MESSAGES"),
                lang: var("LANG"),
            },
            color: ColorVars {
                no_color: var("NO_COLOR"),
                clicolor: var("CLICOLOR"),
                clicolor_force: var("CLICOLOR_FORCE"),
                term: var("TERM"),
            },
            catalogs: catalog_vars(),
            complete: var("COMPLETE").is_some_and(|v| COMPLETION_SHELLS.contains(&v.as_str())),
            stdout_is_tty: std::io::stdout().is_terminal(),
            stdin_is_tty: std::io::stdin().is_terminal(),
            stderr_is_tty: std::io::stderr().is_terminal(),
            columns: var("COLUMNS")
                .and_then(|c| c.trim().parse().ok())
                .filter(|&c: &usize| c > 0)
                .or_else(|| {
                    terminal_size::terminal_size_of(std::io::stdout())
                        .map(|(w, _)| usize::from(w.0))
                }),
        }
    }
}
