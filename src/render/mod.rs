//! Writing results and errors: text for people (`text`), JSON Lines for
//! scripts (`json`), tables of catalog codes (`table`) and the `--summary`
//! counts (`summary`). Every function writes to the `Write` it is given;
//! nothing here prints on its own, reads the environment or decides colour
//! (`colored` carries the decision `app` made once).

pub mod escape;
pub mod json;
pub mod summary;
pub mod table;
pub mod text;

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use crate::model::{Failure, Format};

/// `text` padded with spaces to `width` terminal columns.
pub fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(fill))
}

/// `ecode: warning…`, or `{"warning": …, "message": …, "source": …}`: what
/// was skipped and why, the run going on.
pub fn write_warning(
    err: &mut dyn Write,
    message: &str,
    source: Option<&str>,
    format: Format,
) -> io::Result<()> {
    match format {
        Format::Text => writeln!(err, "ecode: {message}"),
        Format::Json => {
            let obj = serde_json::json!({
                "warning": "catalog",
                "message": message,
                "source": source,
            });
            let mut line = Vec::with_capacity(128);
            escape::to_writer(&mut line, &obj)?;
            line.push(b'\n');
            err.write_all(&line)
        }
    }
}

/// `ecode: message`, or one JSON object per line with `--format json`.
pub fn write_failure(err: &mut dyn Write, failure: &Failure, format: Format) -> io::Result<()> {
    match format {
        Format::Text => writeln!(err, "ecode: {}", failure.message),
        Format::Json => json::write_failure(err, failure),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exit_codes::ExitStatus;

    #[test]
    fn failures_in_text_and_json() {
        let failure = Failure {
            kind: ExitStatus::Undecodable,
            message: "99999 is not a known error code".into(),
            source: Some("arg:1".into()),
            suggestions: vec![],
        };
        let mut out = Vec::new();
        write_failure(&mut out, &failure, Format::Text).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out),
            "ecode: 99999 is not a known error code\n"
        );
        let mut out = Vec::new();
        write_failure(&mut out, &failure, Format::Json).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["error"], "undecodable");
        assert_eq!(v["source"], "arg:1");
    }

    #[test]
    fn pad_by_display_width() {
        assert_eq!(pad("볼륨", 6), "볼륨  ");
        assert_eq!(pad("abc", 2), "abc");
    }
}
