//! A person's view of one result: a headline, then labelled lines padded to
//! the widest label shown, the advice coloured by category. Text that came
//! from the input is escaped (`sanitize`).

use std::cell::RefCell;
use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::pad;
use crate::catalog::{Catalog, Provider, messages};
use crate::classify::Classification;
use crate::color::style;
use crate::describe::{self, Described};
use crate::exit_codes::Category;
use crate::lang::{Lang, Text};
use crate::model::Finding;
use crate::report::{self, Cited, Ticket};
use crate::sanitize::escape;

/// One result, described:
///
/// ```text
/// 40409 · NHN Cloud · Volume API · HTTP 409 Conflict
///   Meaning   …
///   Category  retry later (exit status 4)
///   Advice    …
/// ```
pub fn write_text(
    out: &mut dyn Write,
    catalog: &Catalog,
    f: &Finding,
    d: &Described,
    lang: Lang,
) -> io::Result<()> {
    let parts = TextParts::new(
        catalog,
        &f.class,
        d,
        lang,
        f.transport.as_ref().map(|t| t.status),
        f.retry_after.is_some(),
    );
    let values = Values {
        source: &f.source,
        message: f.message.as_deref(),
        detail: f.detail.as_deref(),
        request_id: f.request_id.as_deref(),
        retry_after: f.retry_after.as_deref(),
    };
    parts.write(out, &values)
}

/// What changes from one result to the next of the same reading.
#[derive(Debug, Clone, Copy)]
pub struct Values<'a> {
    pub source: &'a str,
    pub message: Option<&'a str>,
    pub detail: Option<&'a str>,
    pub request_id: Option<&'a str>,
    pub retry_after: Option<&'a str>,
}

/// The rows whose labels and values are the same for every result of one
/// reading (the memo's key holds what decides them: the code, the status
/// line, whether a Retry-After was given), worked out once; the lines for
/// a label width, rendered once per width.
#[derive(Debug)]
pub struct TextParts {
    lang: Lang,
    headline: String,
    /// Rows before the result's own (Meaning), between its RequestId and
    /// Source (Cause, Transport), after Source (notes), and after
    /// Retry-After (Retried by … Advice).
    before: Vec<(&'static Text, String)>,
    middle: Vec<(&'static Text, String)>,
    after_source: Vec<(&'static Text, String)>,
    last: Vec<(&'static Text, String)>,
    /// The widest of those labels, and of the Retry-After label when shown.
    width: usize,
    rendered: RefCell<Vec<Rendered>>,
}

/// The lines of `TextParts` for one label width.
#[derive(Debug)]
struct Rendered {
    width: usize,
    /// The headline and the rows before the result's own.
    before: Vec<u8>,
    middle: Vec<u8>,
    after_source: Vec<u8>,
    last: Vec<u8>,
    /// `  Label  ` for Message, Detail, RequestId, Source and Retry-After.
    labels: [Vec<u8>; 5],
}

/// The labels of the rows each result fills in, in `Rendered::labels` order.
const OWN_LABELS: [&Text; 5] = [
    &messages::LABEL_MESSAGE,
    &messages::LABEL_DETAIL,
    &messages::LABEL_REQUEST_ID,
    &messages::LABEL_SOURCE,
    &messages::LABEL_RETRY_AFTER,
];

impl TextParts {
    pub fn new(
        catalog: &Catalog,
        c: &Classification,
        d: &Described,
        lang: Lang,
        status: Option<u16>,
        retry_after: bool,
    ) -> TextParts {
        // The headline: code · provider · family · HTTP status, as far as known.
        let http = d.http.as_ref().map(|h| format!("HTTP {h}"));
        // The code and a Tencent family (its first part) came from the input.
        let mut head: Vec<std::borrow::Cow<str>> = Vec::new();
        head.extend(d.title.map(Into::into).or(c.code.as_deref().map(escape)));
        head.extend(d.provider.map(Into::into));
        head.extend(d.family.as_deref().map(escape));
        head.extend(http.as_deref().map(Into::into));
        let mut headline = String::new();
        if let Some((first, rest)) = head.split_first() {
            headline.push_str(&style::code(first).to_string());
            if !rest.is_empty() {
                let tail = format!(" · {}", rest.join(" · "));
                headline.push_str(&style::dim(&tail).to_string());
            }
        }

        let before = vec![(&messages::LABEL_MEANING, d.meaning.clone())];
        let mut middle = Vec::new();
        if let Some((code, meaning)) = &d.cause {
            middle.push((&messages::LABEL_CAUSE, lang.gloss(&escape(code), meaning)));
        }
        if let Some(status) = status {
            middle.push((
                &messages::LABEL_TRANSPORT,
                describe::http_phrase(catalog, status, lang),
            ));
        }
        let mut after_source: Vec<(&'static Text, String)> = d
            .notes
            .iter()
            .map(|note| (&messages::LABEL_NOTE, note.clone()))
            .collect();
        if let Some(status) = status {
            // Both providers answer API errors with HTTP 200: say which one counts.
            if status == 200 && c.category != Category::Ok {
                let status = status.to_string();
                let note = lang.say(&messages::HTTP_200_BUT_FAILED, &[("status", &status)]);
                after_source.push((&messages::LABEL_NOTE, note));
            }
        }
        let mut last = Vec::new();
        if let Some(clients) = &d.retried_by {
            last.push((&messages::LABEL_RETRIED_BY, clients.clone()));
        }
        if let Some(file) = &d.catalog {
            last.push((&messages::LABEL_CATALOG, escape(file).into_owned()));
        }
        let exit = lang.say(
            &messages::LABEL_EXIT,
            &[("value", &c.category.exit_status().code().to_string())],
        );
        let category = format!("{}{}", d.category, lang.parenthesised(&exit));
        last.push((
            &messages::LABEL_CATEGORY,
            style::category(c.category, &category).to_string(),
        ));
        last.push((
            &messages::LABEL_ADVICE,
            style::category(c.category, &d.advice).to_string(),
        ));
        let retry_label = retry_after.then_some(&messages::LABEL_RETRY_AFTER);
        let width = [&before, &middle, &after_source, &last]
            .into_iter()
            .flatten()
            .map(|(label, _)| *label)
            .chain(retry_label)
            .map(|label| lang.pick(label).width())
            .max()
            .unwrap_or(0);
        TextParts {
            lang,
            headline,
            before,
            middle,
            after_source,
            last,
            width,
            rendered: RefCell::new(Vec::new()),
        }
    }

    /// Writes one result. Its own values are escaped; nothing is allocated
    /// unless one of them needs escaping or a Retry-After is shown.
    pub fn write(&self, out: &mut dyn Write, v: &Values) -> io::Result<()> {
        let lang = self.lang;
        let own = [
            v.message.is_some(),
            v.detail.is_some(),
            v.request_id.is_some(),
            !v.source.starts_with("arg:"),
        ];
        let width = OWN_LABELS[..4]
            .iter()
            .zip(own)
            .filter(|(_, shown)| *shown)
            .map(|(label, _)| lang.pick(label).width())
            .fold(self.width, usize::max);
        let mut rendered = self.rendered.borrow_mut();
        let r = match rendered.iter().position(|r| r.width == width) {
            Some(i) => &rendered[i],
            None => {
                rendered.push(self.render(width));
                &rendered[rendered.len() - 1]
            }
        };
        out.write_all(&r.before)?;
        for (i, value) in [v.message, v.detail, v.request_id].into_iter().enumerate() {
            if let Some(value) = value {
                row(out, &r.labels[i], &escape(value))?;
            }
        }
        out.write_all(&r.middle)?;
        if own[3] {
            row(out, &r.labels[3], &escape(v.source))?;
        }
        out.write_all(&r.after_source)?;
        if let Some(secs) = v.retry_after {
            let secs = escape(secs);
            let text = lang.say(&messages::RETRY_AFTER, &[("secs", &secs)]);
            row(
                out,
                &r.labels[4],
                &style::category(Category::Retry, &text).to_string(),
            )?;
        }
        out.write_all(&r.last)
    }

    fn render(&self, width: usize) -> Rendered {
        let lang = self.lang;
        let label = |label: &Text| label_cell(label, width, lang).into_bytes();
        let rows = |rows: &[(&'static Text, String)]| {
            let mut bytes = Vec::new();
            for (l, value) in rows {
                bytes.extend_from_slice(&label(l));
                bytes.extend_from_slice(value.as_bytes());
                bytes.push(b'\n');
            }
            bytes
        };
        let mut before = self.headline.as_bytes().to_vec();
        before.push(b'\n');
        before.extend_from_slice(&rows(&self.before));
        Rendered {
            width,
            before,
            middle: rows(&self.middle),
            after_source: rows(&self.after_source),
            last: rows(&self.last),
            labels: OWN_LABELS.map(label),
        }
    }
}

/// One of the result's own rows.
fn row(out: &mut dyn Write, label: &[u8], value: &str) -> io::Result<()> {
    out.write_all(label)?;
    out.write_all(value.as_bytes())?;
    out.write_all(b"\n")
}

/// A row for each value taken from the input that is there, escaped.
fn push_untrusted<'t, const N: usize>(
    rows: &mut Vec<(&'t Text, String)>,
    values: [(&'t Text, &Option<String>); N],
) {
    for (label, value) in values {
        if let Some(value) = value {
            rows.push((label, escape(value).into_owned()));
        }
    }
}

/// Labelled lines, each value starting in the same column.
fn write_rows(out: &mut dyn Write, rows: &[(&Text, String)], lang: Lang) -> io::Result<()> {
    let width = rows
        .iter()
        .map(|(l, _)| lang.pick(l).width())
        .max()
        .unwrap_or(0);
    for (label, value) in rows {
        writeln!(out, "{}{value}", label_cell(label, width, lang))?;
    }
    Ok(())
}

/// `  Label  `: a row's label, padded to `width` and styled, before its value.
fn label_cell(label: &Text, width: usize, lang: Lang) -> String {
    format!("  {}  ", style::label(&pad(lang.pick(label), width)))
}

/// A failure's support report (`--report`): a heading the provider's
/// support knows, then the facts a ticket needs, secrets already masked:
///
/// ```text
/// --- Tencent Cloud ticket: error details ---
///   Provider          Tencent Cloud
///   Error code        AuthFailure.SignatureFailure
///   …
///   Catalog source    https://cloud.tencent.com/document/api/213/15694 (as of 2026-11)
/// ```
pub fn write_report(out: &mut dyn Write, t: &Ticket, lang: Lang) -> io::Result<()> {
    let heading = match t.provider {
        Some(Provider::Tencent) => &messages::REPORT_HEADING_TENCENT,
        Some(Provider::Nhn) => &messages::REPORT_HEADING_NHN,
        None => &messages::REPORT_HEADING_ANY,
    };
    writeln!(
        out,
        "{}",
        style::label(&format!("--- {} ---", lang.pick(heading)))
    )?;
    let mut rows: Vec<(&Text, String)> = Vec::new();
    if let Some(p) = t.provider {
        rows.push((&messages::LABEL_PROVIDER, p.display(lang).to_string()));
    }
    if let Some(code) = t.code {
        rows.push((&messages::LABEL_CODE, escape(code).into_owned()));
    }
    let quoted = [
        (&messages::LABEL_MESSAGE, &t.message),
        (&messages::LABEL_REQUEST_ID, &t.request_id),
        (&messages::LABEL_TRANSPORT, &t.status_line),
        (&messages::LABEL_REQUEST_LINE, &t.request_line),
        (&messages::LABEL_DATE, &t.date),
    ];
    push_untrusted(&mut rows, quoted);
    rows.push((&messages::LABEL_VERSION, report::VERSION.to_string()));
    for cited in &t.sources {
        let value = match cited {
            Cited::Builtin(s) => {
                let as_of = lang.say(&messages::REPORT_AS_OF, &[("value", s.read)]);
                format!("{}{}", s.url, lang.parenthesised(&as_of))
            }
            Cited::User(file) => {
                lang.say(&messages::REPORT_USER_CATALOG, &[("file", &escape(file))])
            }
        };
        rows.push((&messages::LABEL_SOURCE_DOC, value));
    }
    write_rows(out, &rows, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::classify;
    use crate::describe::describe;

    static BUILTIN: Catalog = Catalog::builtin();

    fn finding(code: &str) -> Finding<'static> {
        Finding::bare("arg:1".into(), classify(&BUILTIN, code, None).unwrap())
    }

    fn text(f: &Finding, lang: Lang) -> String {
        colored::control::set_override(false);
        let catalog = Catalog::builtin();
        let d = describe(&catalog, &f.class, lang);
        let mut out = Vec::new();
        write_text(&mut out, &catalog, f, &d, lang).unwrap();
        String::from_utf8(out).unwrap()
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
            assert!(s.contains(lang.pick(&messages::LABEL_NOTE)), "{s}");
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
}
