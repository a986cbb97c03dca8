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
    pub clicolor: Option<String>,
    pub clicolor_force: Option<String>,
    pub term: Option<String>,
}

fn is_set(value: &Option<String>) -> bool {
    value.as_deref().is_some_and(|v| !v.is_empty())
}

/// `always` and `never` are final. `auto` colours a terminal stdout unless
/// `NO_COLOR` is set and non-empty, `CLICOLOR=0` or `TERM=dumb`;
/// `CLICOLOR_FORCE` (non-empty, not `0`) forces colour on even when piped,
/// and over `CLICOLOR=0`. `NO_COLOR` wins over `CLICOLOR_FORCE`: a person's
/// opt-out beats an ambient default.
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
            if vars.clicolor.as_deref().map(str::trim) == Some("0") {
                return false;
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
            clicolor: None,
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

    /// Regression: `CLICOLOR=0` kept colour on (issue 13).
    #[test]
    fn clicolor_0_turns_colour_off_unless_forced() {
        let v = |clicolor: &str, force: Option<&str>| ColorVars {
            clicolor: Some(clicolor.into()),
            clicolor_force: force.map(String::from),
            ..ColorVars::default()
        };
        use ColorChoice::*;
        let cases = [
            (Auto, v("0", None), false),
            (Auto, v("1", None), true),
            (Auto, v("", None), true),
            (Auto, v("0", Some("1")), true),
            (Auto, v("0", Some("0")), false),
            (Always, v("0", None), true),
        ];
        for (choice, vars, want) in cases {
            assert_eq!(decide(choice, true, &vars), want, "{vars:?}");
        }
    }
}
