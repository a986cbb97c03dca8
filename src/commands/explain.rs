//! `ecode explain <CODE>...`: bare codes to results, unknown codes to errors
//! with the nearest known codes as suggestions. With no code, the codes of
//! stdin, one or more a line (`echo 40409 | ecode explain`).

use std::io::{self, BufRead};

use crate::catalog::{Catalog, Provider, messages};
use crate::classify::{self, Classification, Reading};
use crate::context::Context;
use crate::describe::describe;
use crate::exit_codes::{Category, ExitStatus};
use crate::lang::Lang;
use crate::model::{Failure, Finding, Format};
use crate::render::{json, text};
use crate::report::{self, Said};
use crate::sanitize::quote;
use crate::suggest;

/// How many near codes an unknown code's message offers.
const SUGGESTIONS: usize = 3;

/// One argument read as a code, or the failure to report for it.
pub fn lookup<'c>(
    catalog: &'c Catalog,
    code: &str,
    provider: Option<Provider>,
    lang: Lang,
) -> Result<Classification<'c>, Failure> {
    let shown = lang.shown_or_quoted(&quote(code.trim()));
    match classify::classify(catalog, code, provider) {
        // A dotted name one slip away from a common code is a typo far more
        // often than a product's own code: suggest rather than guess.
        Some(c)
            if c.reading == Reading::TencentProduct
                && !suggest::nearest(catalog, code, 1).is_empty() => {}
        Some(c) => return Ok(c),
        None => {}
    }
    let any_provider = classify::classify(catalog, code, None);
    if let (Some(provider), Some(_)) = (provider, any_provider) {
        let text = match provider {
            Provider::Nhn => &messages::ERR_NOT_NHN,
            Provider::Tencent => &messages::ERR_NOT_TENCENT,
        };
        let message = lang.say(text, &[("code", &shown)]);
        return Err(Failure::new(ExitStatus::Undecodable, message));
    }
    // Nothing typed is near everything: suggest nothing for it.
    let near = match code.trim() {
        "" => Vec::new(),
        code => suggest::nearest(catalog, code, SUGGESTIONS * 2),
    };
    let suggestions: Vec<String> = near
        .into_iter()
        .filter(|s| provider.is_none_or(|p| classify::classify(catalog, s, Some(p)).is_some()))
        .take(SUGGESTIONS)
        .collect();
    let unknown = lang.say(&messages::ERR_UNKNOWN_CODE, &[("code", &shown)]);
    let hint = if suggestions.is_empty() {
        lang.pick(&messages::ERR_NO_SUGGESTION).to_string()
    } else {
        lang.say(
            &messages::ERR_DID_YOU_MEAN,
            &[("list", &suggestions.join(", "))],
        )
    };
    Err(Failure {
        suggestions,
        ..Failure::new(ExitStatus::Undecodable, lang.join_hint(&unknown, &hint))
    })
}

/// One code explained, or its failure told; with `report`, a failure's
/// ticket after it. `shown` counts the results written, which text output
/// separates by a blank line.
fn explain_one(
    code: &str,
    source: String,
    report: bool,
    ctx: &mut Context,
    shown: &mut usize,
) -> io::Result<()> {
    let s = ctx.settings;
    match lookup(s.catalog, code, s.provider, s.lang) {
        Ok(class) => {
            ctx.found(class.category);
            if s.format == Format::Text && *shown > 0 {
                writeln!(ctx.out)?;
            }
            let d = describe(s.catalog, &class, s.lang);
            let finding = Finding::bare(source, class);
            let ticket = (report && finding.class.category != Category::Ok)
                .then(|| report::ticket(&finding.class, Said::default()));
            match s.format {
                Format::Text => {
                    text::write_text(ctx.out, s.catalog, &finding, &d, s.lang)?;
                    if let Some(t) = &ticket {
                        writeln!(ctx.out)?;
                        text::write_report(ctx.out, t, s.lang)?;
                    }
                }
                Format::Json => json::write_json(ctx.out, &finding, &d, s.lang, ticket.as_ref())?,
            }
            *shown += 1;
            Ok(())
        }
        Err(failure) => ctx.fail(&failure.at(source)),
    }
}

/// No code at all: a usage error that says how to give them.
fn no_code(ctx: &mut Context) -> io::Result<()> {
    let message = ctx.settings.lang.pick(&messages::ERR_NO_CODE).to_string();
    ctx.fail(&Failure::new(ExitStatus::Usage, message))
}

/// Explains each code (or, with none, the codes on stdin); with `report`,
/// each failure gets its ticket.
pub fn run(codes: &[String], report: bool, ctx: &mut Context) -> io::Result<()> {
    if codes.is_empty() {
        // Nothing to wait for on a terminal: say how to use it instead.
        if ctx.settings.stdin_is_tty {
            return no_code(ctx);
        }
        return run_lines(&mut io::stdin().lock(), report, ctx);
    }
    let mut shown = 0;
    for (i, code) in codes.iter().enumerate() {
        explain_one(code, format!("arg:{}", i + 1), report, ctx, &mut shown)?;
    }
    Ok(())
}

/// How much of one word of stdin is kept: more than any code, and memory
/// stays bounded whatever the input (a word longer is an unknown code all
/// the same, its message quoting the start).
const MAX_WORD: usize = 4096;

/// The codes of `input`, separated by white space, one or more a line;
/// each result's source is `stdin:LINE`. Read as a stream, a word at a
/// time, so that a line of any length costs no more than `MAX_WORD`. No
/// code at all is a usage error.
pub fn run_lines(input: &mut dyn BufRead, report: bool, ctx: &mut Context) -> io::Result<()> {
    let (mut shown, mut seen) = (0, 0);
    let (mut line, mut word_line) = (1, 1);
    let mut word: Vec<u8> = Vec::new();
    let mut finish = |word: &mut Vec<u8>, at: usize, ctx: &mut Context| -> io::Result<()> {
        // Unicode white space (an ideographic space) separates codes too.
        for code in String::from_utf8_lossy(word).split_whitespace() {
            seen += 1;
            explain_one(code, format!("stdin:{at}"), report, ctx, &mut shown)?;
        }
        word.clear();
        Ok(())
    };
    loop {
        let buf = match input.fill_buf() {
            Ok([]) => break,
            Ok(buf) => buf,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => {
                let lang = ctx.settings.lang;
                let reason = super::io_reason(&e, lang);
                let message = lang.say(
                    &messages::ERR_READ,
                    &[("file", "stdin"), ("value", &reason)],
                );
                return ctx.fail(&Failure::new(ExitStatus::Io, message).at("stdin".into()));
            }
        };
        for &byte in buf {
            if byte.is_ascii_whitespace() {
                if !word.is_empty() {
                    finish(&mut word, word_line, ctx)?;
                }
                line += usize::from(byte == b'\n');
            } else {
                if word.is_empty() {
                    word_line = line;
                }
                if word.len() < MAX_WORD {
                    word.push(byte);
                }
            }
        }
        let read = buf.len();
        input.consume(read);
    }
    if !word.is_empty() {
        finish(&mut word, word_line, ctx)?;
    }
    if seen == 0 {
        return no_code(ctx);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    static BUILTIN: Catalog = Catalog::builtin();

    fn look(code: &str, provider: Option<Provider>) -> Result<Classification<'static>, Failure> {
        lookup(&BUILTIN, code, provider, Lang::En)
    }

    #[test]
    fn unknown_codes_carry_suggestions() {
        let f = look("AuthFailure.SignatureExpir", None).unwrap_err();
        assert_eq!(f.kind, ExitStatus::Undecodable);
        assert_eq!(f.suggestions[0], "AuthFailure.SignatureExpire");
        assert!(
            f.message.contains("AuthFailure.SignatureExpir "),
            "{}",
            f.message
        );
        assert!(
            f.message.contains("AuthFailure.SignatureExpire"),
            "{}",
            f.message
        );

        let f = look("99999", None).unwrap_err();
        assert!(f.suggestions.is_empty());
        assert!(f.message.contains("ecode list"), "{}", f.message);
    }

    #[test]
    fn product_codes_far_from_any_common_code_are_decoded() {
        let c = look("MutexOperation.TaskRunning", None).unwrap();
        assert_eq!(c.reading, Reading::TencentProduct);
    }

    #[test]
    fn provider_mismatch_says_so() {
        let f = look("40409", Some(Provider::Tencent)).unwrap_err();
        assert!(
            f.message.contains("40409") && f.message.contains("Tencent"),
            "{}",
            f.message
        );
        let f = look("InternalErr", Some(Provider::Nhn)).unwrap_err();
        assert!(f.suggestions.is_empty(), "{:?}", f.suggestions);
    }

    #[test]
    fn control_characters_in_an_argument_are_escaped() {
        let f = look("\u{1b}[2J", None).unwrap_err();
        assert!(!f.message.contains('\u{1b}'), "{:?}", f.message);
    }
}
