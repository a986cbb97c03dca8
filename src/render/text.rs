//! A person's view of one result: a headline, then labelled lines padded to
//! the widest label shown, the advice coloured by category. Text that came
//! from the input is escaped (`sanitize`).

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::pad;
use crate::catalog::{Catalog, messages};
use crate::color::style;
use crate::describe::{self, Described};
use crate::exit_codes::Category;
use crate::lang::{Lang, Text};
use crate::model::Finding;
use crate::sanitize::escape;

/// `(exit status 4)`, with the parentheses the language writes.
fn parenthesised(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Ja | Lang::Zh => format!("（{text}）"),
        Lang::Ko | Lang::En => format!(" ({text})"),
    }
}

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
    let c = &f.class;

    // The headline: code · provider · family · HTTP status, as far as known.
    // The code and a Tencent family (its first part) came from the input.
    let http = d.http.as_ref().map(|h| format!("HTTP {h}"));
    let mut head: Vec<std::borrow::Cow<str>> = Vec::new();
    head.extend(c.code.as_deref().map(escape));
    head.extend(d.provider.map(Into::into));
    head.extend(d.family.as_deref().map(escape));
    head.extend(http.as_deref().map(Into::into));
    if let Some((first, rest)) = head.split_first() {
        write!(out, "{}", style::code(first))?;
        if !rest.is_empty() {
            write!(out, "{}", style::dim(&format!(" · {}", rest.join(" · "))))?;
        }
    }
    writeln!(out)?;

    let mut rows: Vec<(&Text, String)> = vec![(&messages::LABEL_MEANING, d.meaning.clone())];
    let untrusted = [
        (&messages::LABEL_MESSAGE, &f.message),
        (&messages::LABEL_DETAIL, &f.detail),
        (&messages::LABEL_REQUEST_ID, &f.request_id),
    ];
    for (label, value) in untrusted {
        if let Some(value) = value {
            rows.push((label, escape(value).into_owned()));
        }
    }
    if let Some((code, meaning)) = &d.cause {
        rows.push((
            &messages::LABEL_CAUSE,
            format!("{} — {meaning}", escape(code)),
        ));
    }
    if let Some(t) = &f.transport {
        rows.push((
            &messages::LABEL_TRANSPORT,
            describe::http_phrase(catalog, t.status, lang),
        ));
    }
    if !f.source.starts_with("arg:") {
        rows.push((&messages::LABEL_SOURCE, escape(&f.source).into_owned()));
    }
    for note in &d.notes {
        rows.push((&messages::LABEL_NOTE, note.clone()));
    }
    if let Some(t) = &f.transport {
        // Both providers answer API errors with HTTP 200: say which one counts.
        if t.status == 200 && c.category != Category::Ok {
            let status = t.status.to_string();
            let note = lang.say(&messages::HTTP_200_BUT_FAILED, &[("status", &status)]);
            rows.push((&messages::LABEL_NOTE, note));
        }
    }
    if let Some(secs) = &f.retry_after {
        let secs = escape(secs);
        let text = lang.say(&messages::RETRY_AFTER, &[("secs", &secs)]);
        rows.push((
            &messages::LABEL_RETRY_AFTER,
            style::category(Category::Retry, &text).to_string(),
        ));
    }
    if let Some(clients) = &d.retried_by {
        rows.push((&messages::LABEL_RETRIED_BY, clients.clone()));
    }
    if let Some(file) = &d.catalog {
        rows.push((&messages::LABEL_CATALOG, escape(file).into_owned()));
    }
    let exit = lang.say(
        &messages::LABEL_EXIT,
        &[("value", &c.category.exit_status().code().to_string())],
    );
    let category = format!("{}{}", d.category, parenthesised(lang, &exit));
    rows.push((
        &messages::LABEL_CATEGORY,
        style::category(c.category, &category).to_string(),
    ));
    rows.push((
        &messages::LABEL_ADVICE,
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
