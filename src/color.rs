//! Whether to colour, decided once by a pure function, and the style roles
//! the renderer uses. The decision is handed to `colored` as an override so
//! its own process-global guess never applies.

use colored::{ColoredString, Colorize};

use crate::exit_codes::Category;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// What the colour decision depends on, captured once.
#[derive(Debug, Default, Clone)]
pub struct ColorVars {
    pub no_color: Option<String>,
    pub clicolor_force: Option<String>,
    pub term: Option<String>,
}

fn is_set(value: &Option<String>) -> bool {
    value.as_deref().is_some_and(|v| !v.is_empty())
}

/// `always` and `never` are final. `auto` colours a terminal stdout unless
/// `NO_COLOR` is set and non-empty or `TERM=dumb`; `CLICOLOR_FORCE` (non-empty,
/// not `0`) forces colour on even when piped. `NO_COLOR` wins over
/// `CLICOLOR_FORCE`: a person's opt-out beats an ambient default.
pub fn decide(choice: ColorChoice, stdout_is_tty: bool, vars: &ColorVars) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if is_set(&vars.no_color) {
                return false;
            }
            if is_set(&vars.clicolor_force) && vars.clicolor_force.as_deref() != Some("0") {
                return true;
            }
            stdout_is_tty && vars.term.as_deref() != Some("dumb")
        }
    }
}

/// The style roles, in one place.
pub mod style {
    use super::*;

    pub fn code(s: &str) -> ColoredString {
        s.bold()
    }

    pub fn dim(s: &str) -> ColoredString {
        s.dimmed()
    }

    pub fn label(s: &str) -> ColoredString {
        s.dimmed()
    }

    pub fn category(cat: Category, s: &str) -> ColoredString {
        match cat {
            Category::Ok => s.green(),
            Category::Fix => s.yellow(),
            Category::Permission => s.magenta(),
            Category::Retry => s.cyan(),
            Category::ContactAdmin => s.red(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decision_table() {
        let v = |nc: Option<&str>, force: Option<&str>, term: Option<&str>| ColorVars {
            no_color: nc.map(String::from),
            clicolor_force: force.map(String::from),
            term: term.map(String::from),
        };
        use ColorChoice::*;
        let cases = [
            (Always, false, v(Some("1"), None, Some("dumb")), true),
            (Never, true, v(None, Some("1"), None), false),
            (Auto, true, v(None, None, Some("xterm-256color")), true),
            (Auto, false, v(None, None, Some("xterm")), false),
            (Auto, true, v(Some("1"), None, None), false),
            (Auto, true, v(Some(""), None, None), true),
            (Auto, true, v(None, None, Some("dumb")), false),
            (Auto, false, v(None, Some("1"), None), true),
            (Auto, false, v(None, Some("0"), None), false),
            (Auto, false, v(None, Some(""), None), false),
            (Auto, false, v(Some("1"), Some("1"), None), false),
        ];
        for (choice, tty, vars, want) in cases {
            assert_eq!(
                decide(choice, tty, &vars),
                want,
                "{choice:?} {tty} {vars:?}"
            );
        }
    }
}
