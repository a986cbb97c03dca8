//! Results and failures as JSON Lines: one object a line, the SPEC's keys in
//! the SPEC's order, everything a code fixes serialized once per code.

use std::io::{self, Write};

use serde::Serialize;

use crate::classify::Classification;
use crate::describe::Described;
use crate::lang::Lang;
use crate::model::{Failure, Finding};

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
            base_code: c.base_code.as_deref(),
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
pub fn write_json(out: &mut dyn Write, f: &Finding, d: &Described, lang: Lang) -> io::Result<()> {
    let parts = JsonParts::new(&f.class, d, lang);
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
    serde_json::to_writer(&mut *err, &obj)?;
    writeln!(err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::classify::{Place, classify};
    use crate::describe::describe;

    #[test]
    fn json_has_exactly_the_spec_keys_in_order() {
        let catalog = Catalog::builtin();
        let class = classify(&catalog, "40409", Place::Bare, None).unwrap();
        let d = describe(&catalog, &class, Lang::En);
        let mut out = Vec::new();
        write_json(
            &mut out,
            &Finding::bare("arg:1".into(), class),
            &d,
            Lang::En,
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
