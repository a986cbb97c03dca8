//! Writing results and errors: text for people, JSON Lines for scripts. Every
//! function writes to the `Write` it is given; nothing here prints on its
//! own, reads the environment or decides colour (`colored` carries the
//! decision `main` made once).

use std::io::{self, Write};

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::catalog::{self, Text};
use crate::classify::Classification;
use crate::color::style;
use crate::describe::{self, Described, say};
use crate::exit_codes::{Category, ExitStatus};
use crate::lang::Lang;
use crate::parse::scan::Transport;
use crate::sanitize::escape;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Text,
    Json,
}

/// One decoded result: a classification and what the input said beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// `arg:1`, `stdin:12`, `resp.json:3`.
    pub source: String,
    pub class: Classification,
    /// The body's message (untrusted).
    pub message: Option<String>,
    /// NHN's detail description (untrusted).
    pub detail: Option<String>,
    /// Tencent's RequestId (untrusted).
    pub request_id: Option<String>,
    /// The HTTP status line and headers before the body, if the input had them.
    pub transport: Option<Transport>,
}

impl Finding {
    pub fn bare(source: String, class: Classification) -> Finding {
        Finding {
            source,
            class,
            message: None,
            detail: None,
            request_id: None,
            transport: None,
        }
    }
}

/// The keys of a result's JSON object: exactly the SPEC's, in its order.
pub const JSON_KEYS: [&str; 15] = [
    "source",
    "provider",
    "code",
    "base_code",
    "family",
    "http_status",
    "category",
    "exit_code",
    "documented",
    "message",
    "detail",
    "request_id",
    "meaning",
    "advice",
    "lang",
];

/// The keys between `source` and `message`: fixed by the classification.
#[derive(Serialize)]
struct JsonHead<'a> {
    provider: &'static str,
    code: &'a str,
    base_code: Option<&'a str>,
    family: &'a str,
    http_status: Option<u16>,
    category: &'static str,
    exit_code: u8,
    documented: bool,
}

/// The keys after `request_id`: fixed by the classification and language.
#[derive(Serialize)]
struct JsonTail<'a> {
    meaning: &'a str,
    advice: &'a str,
    lang: &'static str,
}

/// A result's JSON with everything the classification fixes serialized once,
/// so a stream of bodies with the same code re-serializes only its own
/// fields (source, message, detail, request_id).
#[derive(Debug, Clone)]
pub struct JsonParts {
    /// `"provider":…,"documented":…` without braces.
    head: String,
    /// `"meaning":…,"lang":…` without braces.
    tail: String,
}

/// The members of a serialized struct, without its braces.
fn members(value: &impl Serialize) -> String {
    let mut text = serde_json::to_string(value).unwrap_or_default();
    text.pop();
    text.remove(0);
    text
}

impl JsonParts {
    pub fn new(c: &Classification, d: &Described, lang: Lang) -> JsonParts {
        let head = JsonHead {
            provider: c.provider.name(),
            code: &c.code,
            base_code: c.base_code,
            family: &c.family,
            http_status: c.http_status,
            category: c.category.name(),
            exit_code: c.category.exit_status().code(),
            documented: c.documented,
        };
        let tail = JsonTail {
            meaning: &d.meaning,
            advice: &d.advice,
            lang: lang.code(),
        };
        JsonParts {
            head: members(&head),
            tail: members(&tail),
        }
    }

    /// Appends one result's JSON line (with its newline) to `line`.
    pub fn write_line(
        &self,
        line: &mut Vec<u8>,
        source: &str,
        message: Option<&str>,
        detail: Option<&str>,
        request_id: Option<&str>,
    ) {
        let string = |line: &mut Vec<u8>, value: Option<&str>| match value {
            Some(v) => {
                let _ = serde_json::to_writer(&mut *line, v);
            }
            None => line.extend_from_slice(b"null"),
        };
        line.extend_from_slice(b"{\"source\":");
        string(line, Some(source));
        line.push(b',');
        line.extend_from_slice(self.head.as_bytes());
        line.extend_from_slice(b",\"message\":");
        string(line, message);
        line.extend_from_slice(b",\"detail\":");
        string(line, detail);
        line.extend_from_slice(b",\"request_id\":");
        string(line, request_id);
        line.push(b',');
        line.extend_from_slice(self.tail.as_bytes());
        line.extend_from_slice(b"}\n");
    }
}

/// One result as a JSON line.
pub fn write_json(out: &mut dyn Write, f: &Finding, lang: Lang) -> io::Result<()> {
    let d = describe::describe(&f.class, lang);
    let parts = JsonParts::new(&f.class, &d, lang);
    let mut line = Vec::with_capacity(512);
    parts.write_line(
        &mut line,
        &f.source,
        f.message.as_deref(),
        f.detail.as_deref(),
        f.request_id.as_deref(),
    );
    out.write_all(&line)
}

/// `text` padded with spaces to `width` terminal columns.
pub fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(fill))
}

/// `(exit status 4)`, with the parentheses the language writes.
fn parenthesised(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Ja | Lang::Zh => format!("（{text}）"),
        Lang::Ko | Lang::En => format!(" ({text})"),
    }
}

/// A person's view of one result, its labels padded to the widest shown:
///
/// ```text
/// 40409 · NHN Cloud · Volume API · HTTP 409 Conflict
///   Meaning   …
///   Category  retry later (exit status 4)
///   Advice    …
/// ```
pub fn write_text(out: &mut dyn Write, f: &Finding, lang: Lang) -> io::Result<()> {
    write_text_described(out, f, &describe::describe(&f.class, lang), lang)
}

/// `write_text` with the description already made (parse reuses it per code).
pub fn write_text_described(
    out: &mut dyn Write,
    f: &Finding,
    d: &Described,
    lang: Lang,
) -> io::Result<()> {
    let c = &f.class;

    write!(out, "{}", style::code(&c.code))?;
    write!(
        out,
        "{}",
        style::dim(&format!(" · {} · {}", d.provider, d.family))
    )?;
    if let Some(http) = &d.http {
        write!(out, "{}", style::dim(&format!(" · HTTP {http}")))?;
    }
    writeln!(out)?;

    let mut rows: Vec<(&Text, String)> = vec![(&catalog::LABEL_MEANING, d.meaning.clone())];
    let untrusted = [
        (&catalog::LABEL_MESSAGE, &f.message),
        (&catalog::LABEL_DETAIL, &f.detail),
        (&catalog::LABEL_REQUEST_ID, &f.request_id),
    ];
    for (label, value) in untrusted {
        if let Some(value) = value {
            rows.push((label, escape(value).into_owned()));
        }
    }
    if let Some(t) = &f.transport {
        rows.push((
            &catalog::LABEL_TRANSPORT,
            describe::http_phrase(t.status, lang),
        ));
    }
    if !f.source.starts_with("arg:") {
        rows.push((&catalog::LABEL_SOURCE, escape(&f.source).into_owned()));
    }
    if let Some(note) = &d.note {
        rows.push((&catalog::LABEL_NOTE, note.clone()));
    }
    if let Some(t) = &f.transport {
        // Both providers answer API errors with HTTP 200: say which one counts.
        if t.status == 200 && c.category != Category::Ok {
            let status = t.status.to_string();
            let note = say(lang, &catalog::HTTP_200_BUT_FAILED, &[("status", &status)]);
            rows.push((&catalog::LABEL_NOTE, note));
        }
        if let Some(secs) = &t.retry_after {
            let secs = escape(secs);
            let text = say(lang, &catalog::RETRY_AFTER, &[("secs", &secs)]);
            rows.push((
                &catalog::LABEL_RETRY_AFTER,
                style::category(Category::Retry, &text).to_string(),
            ));
        }
    }
    let exit = say(
        lang,
        &catalog::LABEL_EXIT,
        &[("value", &c.category.exit_status().code().to_string())],
    );
    let category = format!("{}{}", d.category, parenthesised(lang, &exit));
    rows.push((
        &catalog::LABEL_CATEGORY,
        style::category(c.category, &category).to_string(),
    ));
    rows.push((
        &catalog::LABEL_ADVICE,
        style::category(c.category, &d.advice).to_string(),
    ));

    let width = rows
        .iter()
        .map(|(l, _)| lang.pick(l).width())
        .max()
        .unwrap_or(0);
    for (label, value) in rows {
        writeln!(
            out,
            "  {}  {value}",
            style::label(&pad(lang.pick(label), width))
        )?;
    }
    Ok(())
}

/// Writes results in the chosen format; text results are separated by a blank line.
pub fn write_findings<'a>(
    out: &mut dyn Write,
    findings: impl IntoIterator<Item = &'a Finding>,
    format: Format,
    lang: Lang,
) -> io::Result<()> {
    for (i, f) in findings.into_iter().enumerate() {
        match format {
            Format::Json => write_json(out, f, lang)?,
            Format::Text => {
                if i > 0 {
                    writeln!(out)?;
                }
                write_text(out, f, lang)?;
            }
        }
    }
    Ok(())
}

/// An error for stderr. `source` says where (`arg:2`, `app.log:7`).
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub kind: ExitStatus,
    pub message: String,
    pub source: Option<String>,
    pub suggestions: Vec<String>,
}

impl Failure {
    /// A failure with no place and no suggestions.
    pub fn new(kind: ExitStatus, message: String) -> Failure {
        Failure {
            kind,
            message,
            source: None,
            suggestions: vec![],
        }
    }

    /// Raises `verdict` to this failure's status and tells it on `err`
    /// (a closed stderr is no reason to stop).
    pub fn report(&self, err: &mut dyn Write, format: Format, verdict: &mut ExitStatus) {
        *verdict = verdict.worst(self.kind);
        let _ = write_failure(err, self, format);
    }
}

#[derive(Serialize)]
struct JsonFailure<'a> {
    error: &'static str,
    message: &'a str,
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    suggestions: &'a [String],
}

/// `ecode: message`, or one JSON object per line with `--format json`.
pub fn write_failure(err: &mut dyn Write, failure: &Failure, format: Format) -> io::Result<()> {
    match format {
        Format::Text => writeln!(err, "ecode: {}", failure.message),
        Format::Json => {
            let obj = JsonFailure {
                error: failure.kind.name(),
                message: &failure.message,
                source: failure.source.as_deref(),
                suggestions: &failure.suggestions,
            };
            serde_json::to_writer(&mut *err, &obj)?;
            writeln!(err)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::{Context, classify};

    fn finding(code: &str) -> Finding {
        Finding::bare("arg:1".into(), classify(code, Context::Bare, None).unwrap())
    }

    fn text(f: &Finding, lang: Lang) -> String {
        colored::control::set_override(false);
        let mut out = Vec::new();
        write_text(&mut out, f, lang).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn json_has_exactly_the_spec_keys_in_order() {
        let mut out = Vec::new();
        write_json(&mut out, &finding("40409"), Lang::En).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(s.ends_with('\n') && s.matches('\n').count() == 1);
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        // serde_json's map is sorted; the order on the wire is checked below.
        let mut want = JSON_KEYS.to_vec();
        let order: Vec<usize> = want
            .iter()
            .map(|k| s.find(&format!("\"{k}\":")).unwrap())
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "key order: {s}");
        want.sort();
        assert_eq!(keys, want);
        assert_eq!(v["code"], "40409");
        assert_eq!(v["http_status"], 409);
        assert_eq!(v["category"], "retry");
        assert_eq!(v["exit_code"], 4);
        assert_eq!(v["family"], "volume");
        assert_eq!(v["message"], serde_json::Value::Null);
    }

    #[test]
    fn text_layout_lines_up_in_every_language() {
        for lang in Lang::ALL {
            let s = text(&finding("ResourceNotFound.InstanceNotFound"), lang);
            let lines: Vec<&str> = s.lines().collect();
            assert!(
                lines[0].starts_with("ResourceNotFound.InstanceNotFound · "),
                "{s}"
            );
            // every field's value starts at the same column
            let cols: Vec<usize> = lines[1..]
                .iter()
                .map(|l| {
                    let (label, _) = l[2..].split_once("  ").unwrap();
                    let rest = &l[2 + label.len()..];
                    label.width() + (rest.len() - rest.trim_start().len())
                })
                .collect();
            assert!(cols.windows(2).all(|w| w[0] == w[1]), "{lang:?}\n{s}");
            assert!(s.contains(lang.pick(&catalog::LABEL_NOTE)), "{s}");
        }
    }

    #[test]
    fn untrusted_fields_are_escaped_in_text() {
        let mut f = finding("InternalError");
        f.source = "stdin:1".into();
        f.message = Some("boom\u{1b}]52;c;x\u{7}".into());
        f.request_id = Some("id\u{202e}".into());
        let s = text(&f, Lang::En);
        assert!(!s.contains('\u{1b}') && !s.contains('\u{202e}'), "{s:?}");
        assert!(
            s.contains("boom\\e]52;c;x\\x07") && s.contains("id\\u{202e}"),
            "{s}"
        );
        assert!(s.contains("stdin:1"));
    }

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
}
