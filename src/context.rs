//! The run's context: its settings — language, format, colour, quiet,
//! provider, terminal width and the catalog — decided once by `app`, and its
//! sinks — where results and errors go, and the verdict so far. Every
//! command takes one `Context`; nothing below `app` decides these again.

use std::io::{self, Read, Write};

use crate::catalog::{Catalog, Provider};
use crate::exit_codes::{Category, ExitStatus};
use crate::lang::Lang;
use crate::model::{Failure, Format};
use crate::render;

/// What every command needs to know, settled once.
/// Where a run reads and writes: the process's own streams, or memory.
pub struct Streams<'s> {
    pub out: &'s mut dyn Write,
    pub err: &'s mut dyn Write,
    /// Standard input, when it is not the process's own.
    pub stdin: Option<Box<dyn Read>>,
}

#[derive(Debug, Clone, Copy)]
pub struct Settings<'c> {
    pub lang: Lang,
    pub format: Format,
    /// Whether text output is coloured (already handed to `colored`).
    pub color: bool,
    /// `-q`: results are not shown (stdout discards them, and `fail` keeps
    /// every failure but a usage error off stderr); a command may skip the
    /// work of rendering them.
    pub quiet: bool,
    pub provider: Option<Provider>,
    pub stdin_is_tty: bool,
    /// Some(columns) when stdout is a terminal: tables are fitted to it;
    /// None when piped: one record a line (see `table_width`).
    pub terminal_width: Option<usize>,
    pub catalog: &'c Catalog,
}

impl<'c> Settings<'c> {
    /// Output into a pipe: no colour, no terminal, nothing quiet, no
    /// provider forced. What a run in memory (tests, fuzzing) starts from.
    pub fn piped(catalog: &'c Catalog, lang: Lang, format: Format) -> Settings<'c> {
        Settings {
            lang,
            format,
            color: false,
            quiet: false,
            provider: None,
            stdin_is_tty: false,
            terminal_width: None,
            catalog,
        }
    }
}

/// The settings and the sinks of one run.
pub struct Context<'a> {
    pub settings: Settings<'a>,
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    /// The exit status so far: raised as results and failures are found, so
    /// it is right even when writing stops half-way.
    pub verdict: ExitStatus,
    /// Standard input when it is not the process's own (a run in memory).
    pub stdin: Option<Box<dyn Read>>,
}

impl<'a> Context<'a> {
    pub fn new(settings: Settings<'a>, out: &'a mut dyn Write, err: &'a mut dyn Write) -> Self {
        Context {
            settings,
            out,
            err,
            verdict: ExitStatus::Ok,
            stdin: None,
        }
    }

    /// Standard input, to be read once.
    pub fn take_stdin(&mut self) -> Box<dyn Read> {
        self.stdin.take().unwrap_or_else(|| Box::new(io::stdin()))
    }

    /// A result of this category was found.
    pub fn found(&mut self, category: Category) {
        self.verdict = self.verdict.worst(category.exit_status());
    }

    /// Raises the verdict to the failure's status and tells it on stderr,
    /// after what stdout holds so far (results and errors keep their order
    /// on a shared terminal). With `-q` only a usage error is told: the
    /// others are results, which the exit status speaks for. A closed
    /// stderr is no reason to stop; a failed stdout is returned.
    pub fn fail(&mut self, failure: &Failure) -> io::Result<()> {
        self.verdict = self.verdict.worst(failure.kind);
        self.out.flush()?;
        if !self.settings.quiet || failure.kind == ExitStatus::Usage {
            let _ = render::write_failure(self.err, failure, self.settings.format);
        }
        Ok(())
    }
}

/// Whether output is a table for a terminal `width` columns wide, or
/// records for a pipe. `columns`: `COLUMNS` or the terminal's own size;
/// a terminal whose size is unknown is taken as 80 wide.
pub fn table_width(stdout_is_tty: bool, columns: Option<usize>) -> Option<usize> {
    stdout_is_tty.then(|| columns.filter(|&c| c > 0).unwrap_or(80))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_width_only_for_a_terminal() {
        assert_eq!(table_width(false, Some(120)), None);
        assert_eq!(table_width(true, Some(120)), Some(120));
        assert_eq!(table_width(true, None), Some(80));
        assert_eq!(table_width(true, Some(0)), Some(80));
    }

    #[test]
    fn failures_raise_the_verdict_and_go_to_stderr() {
        let catalog = Catalog::builtin();
        let settings = Settings::piped(&catalog, Lang::En, Format::Text);
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut ctx = Context::new(settings, &mut out, &mut err);
        ctx.found(Category::Retry);
        assert_eq!(ctx.verdict, ExitStatus::Retry);
        ctx.fail(&Failure::new(ExitStatus::Undecodable, "boom".into()))
            .unwrap();
        ctx.found(Category::Fix);
        assert_eq!(ctx.verdict, ExitStatus::Undecodable);
        assert_eq!(String::from_utf8(err).unwrap(), "ecode: boom\n");
    }
}
