//! Results and failures as JSON Lines: one object a line, the SPEC's keys in
//! the SPEC's order, everything a code fixes serialized once per code.

use std::io::{self, Write};

use serde::Serialize;

use super::escape;
use crate::catalog::BUILTIN;
use crate::classify::{Classification, Reading};
use crate::describe::Described;
use crate::lang::Lang;
use crate::model::{Failure, Finding};
use crate::report::{self, Cited, Ticket};

/// The keys of a result's JSON object: exactly the SPEC's, in its order.
pub const JSON_KEYS: [&str; 23] = [
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
    "envelope",
    "transport_status",
    "retry_after",
    "retried_by",
    "catalog",
    "reference",
    "cause",
    "report",
];

/// The keys between `source` and `message`: fixed by the classification.
#[derive(Serialize)]
struct JsonHead<'a> {
    provider: Option<&'static str>,
    code: Option<&'a str>,
    base_code: Option<&'a str>,
    family: Option<&'a str>,
    http_status: Option<u16>,
    category: &'static str,
    exit_code: u8,
    documented: bool,
}

/// The keys between `request_id` and `transport_status`: fixed by the
/// classification and the language.
#[derive(Serialize)]
struct JsonMiddle<'a> {
    meaning: &'a str,
    advice: &'a str,
    lang: &'static str,
    envelope: &'static str,
}

/// The keys after `retry_after`: fixed by the classification.
#[derive(Serialize)]
struct JsonTail<'a> {
    retried_by: Vec<&'a str>,
    catalog: &'a str,
    reference: Option<std::borrow::Cow<'a, str>>,
    cause: Option<&'a str>,
}

/// A result's JSON with everything the classification fixes serialized once,
/// so a stream of bodies with the same code re-serializes only its own
/// fields (source, message, detail, request_id, transport facts).
#[derive(Debug, Clone)]
pub struct JsonParts {
    /// `"provider":…,"documented":…` without braces.
    head: String,
    /// `"meaning":…,"envelope":…`.
    middle: String,
    /// `"retried_by":…,"cause":…`.
    tail: String,
}

/// The members of a serialized struct, without its braces.
fn members(value: &impl Serialize) -> String {
    let mut text = escape::to_string(value);
    text.pop();
    text.remove(0);
    text
}

/// One result's own fields, the ones no two bodies share.
#[derive(Debug, Clone, Copy, Default)]
pub struct Own<'a> {
    pub source: &'a str,
    pub message: Option<&'a str>,
    pub detail: Option<&'a str>,
    pub request_id: Option<&'a str>,
    pub transport_status: Option<u16>,
    pub retry_after: Option<u64>,
    /// `--report`'s ticket, for a failure.
    pub report: Option<&'a Ticket<'a>>,
}

impl<'a> Own<'a> {
    pub fn of(f: &'a Finding) -> Own<'a> {
        Own {
            source: &f.source,
            message: f.message.as_deref(),
            detail: f.detail.as_deref(),
            request_id: f.request_id.as_deref(),
            transport_status: f.transport.as_ref().map(|t| t.status),
            retry_after: f.retry_after_secs(),
            report: None,
        }
    }
}

impl JsonParts {
    pub fn new(c: &Classification, d: &Described, lang: Lang) -> JsonParts {
        let head = JsonHead {
            provider: c.provider.map(|p| p.name()),
            code: c.code.as_deref(),
            base_code: c.base_code.as_deref(),
            family: c.family.as_deref(),
            http_status: c.http_status,
            category: c.category.name(),
            exit_code: c.category.exit_status().code(),
            documented: c.documented,
        };
        let middle = JsonMiddle {
            meaning: &d.meaning,
            advice: &d.advice,
            lang: lang.code(),
            envelope: c.envelope.name(),
        };
        let entry = match c.reading {
            Reading::Entry(e) | Reading::Under(e, _) => Some(e),
            _ => None,
        };
        let tail = JsonTail {
            retried_by: c.retried_by.iter().collect(),
            catalog: entry.map_or(BUILTIN, |e| e.catalog()),
            reference: entry.and_then(|e| e.reference()),
            cause: c.cause.as_ref().and_then(|inner| inner.code.as_deref()),
        };
        JsonParts {
            head: members(&head),
            middle: members(&middle),
            tail: members(&tail),
        }
    }

    /// Appends one result's JSON line (with its newline) to `line`.
    pub fn write_line(&self, line: &mut Vec<u8>, own: &Own) {
        let string = |line: &mut Vec<u8>, value: Option<&str>| match value {
            Some(v) => escape::write_json_str(line, v),
            None => line.extend_from_slice(b"null"),
        };
        let number = |line: &mut Vec<u8>, value: Option<u64>| match value {
            Some(n) => line.extend_from_slice(n.to_string().as_bytes()),
            None => line.extend_from_slice(b"null"),
        };
        line.extend_from_slice(b"{\"source\":");
        string(line, Some(own.source));
        line.push(b',');
        line.extend_from_slice(self.head.as_bytes());
        line.extend_from_slice(b",\"message\":");
        string(line, own.message);
        line.extend_from_slice(b",\"detail\":");
        string(line, own.detail);
        line.extend_from_slice(b",\"request_id\":");
        string(line, own.request_id);
        line.push(b',');
        line.extend_from_slice(self.middle.as_bytes());
        line.extend_from_slice(b",\"transport_status\":");
        number(line, own.transport_status.map(u64::from));
        line.extend_from_slice(b",\"retry_after\":");
        number(line, own.retry_after);
        line.push(b',');
        line.extend_from_slice(self.tail.as_bytes());
        line.extend_from_slice(b",\"report\":");
        match own.report {
            None => line.extend_from_slice(b"null"),
            Some(t) => write_report(line, t, &string),
        }
        line.extend_from_slice(b"}\n");
    }
}

/// `--report`'s object. Out of line, so that the results without one keep
/// the code they had.
#[cold]
#[inline(never)]
fn write_report(line: &mut Vec<u8>, t: &Ticket, string: &dyn Fn(&mut Vec<u8>, Option<&str>)) {
    // {provider, code, message, request_id, status_line,
    // request_line, date, ecode_version, catalog_sources}
    line.extend_from_slice(b"{\"provider\":");
    string(line, t.provider.map(|p| p.name()));
    let quoted = [
        ("code", t.code),
        ("message", t.message.as_deref()),
        ("request_id", t.request_id.as_deref()),
        ("status_line", t.status_line.as_deref()),
        ("request_line", t.request_line.as_deref()),
        ("date", t.date.as_deref()),
        ("ecode_version", Some(report::VERSION)),
    ];
    for (key, value) in quoted {
        line.extend_from_slice(b",\"");
        line.extend_from_slice(key.as_bytes());
        line.extend_from_slice(b"\":");
        string(line, value);
    }
    line.extend_from_slice(b",\"catalog_sources\":[");
    for (i, cited) in t.sources.iter().enumerate() {
        if i > 0 {
            line.push(b',');
        }
        let (title, url, read) = match cited {
            Cited::Builtin(s) => (s.title, Some(s.url), Some(s.read)),
            Cited::User(file) => (*file, None, None),
        };
        line.extend_from_slice(b"{\"title\":");
        string(line, Some(title));
        line.extend_from_slice(b",\"url\":");
        string(line, url);
        line.extend_from_slice(b",\"read\":");
        string(line, read);
        line.push(b'}');
    }
    line.extend_from_slice(b"]}");
}

/// One result as a JSON line, with its ticket under `--report`.
pub fn write_json(
    out: &mut dyn Write,
    f: &Finding,
    d: &Described,
    lang: Lang,
    report: Option<&Ticket>,
) -> io::Result<()> {
    let parts = JsonParts::new(&f.class, d, lang);
    let mut line = Vec::with_capacity(512);
    let own = Own {
        report,
        ..Own::of(f)
    };
    parts.write_line(&mut line, &own);
    out.write_all(&line)
}

#[derive(Serialize)]
struct JsonFailure<'a> {
    error: &'static str,
    message: &'a str,
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    suggestions: &'a [String],
}

/// A failure as one JSON object on a line.
pub fn write_failure(err: &mut dyn Write, failure: &Failure) -> io::Result<()> {
    let obj = JsonFailure {
        error: failure.kind.name(),
        message: &failure.message,
        source: failure.source.as_deref(),
        suggestions: &failure.suggestions,
    };
    let mut line = Vec::with_capacity(128);
    escape::to_writer(&mut line, &obj)?;
    line.push(b'\n');
    err.write_all(&line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::classify::classify;
    use crate::describe::describe;

    #[test]
    fn json_has_exactly_the_spec_keys_in_order() {
        let catalog = Catalog::builtin();
        let class = classify(&catalog, "40409", None).unwrap();
        let d = describe(&catalog, &class, Lang::En);
        let mut out = Vec::new();
        write_json(
            &mut out,
            &Finding::bare("arg:1".into(), class),
            &d,
            Lang::En,
            None,
        )
        .unwrap();
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
}
