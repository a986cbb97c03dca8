//! `ecode explain <CODE>...`: bare codes to results, unknown codes to errors
//! with the nearest known codes as suggestions.

use std::io::{self, Write};

use crate::app::Settings;
use crate::catalog;
use crate::classify::{self, Classification, Context, Provider, Subject};
use crate::describe::{provider_name, say};
use crate::exit_codes::ExitStatus;
use crate::lang::Lang;
use crate::render::{self, Failure, Finding, Format};
use crate::sanitize::escape;
use crate::suggest;

/// How many near codes an unknown code's message offers.
const SUGGESTIONS: usize = 3;

/// One argument read as a code, or the failure to report for it.
pub fn lookup(
    code: &str,
    provider: Option<Provider>,
    lang: Lang,
) -> Result<Classification, Failure> {
    let shown = escape(code.trim()).into_owned();
    match classify::classify(code, Context::Bare, provider) {
        // A dotted name one slip away from a common code is a typo far more
        // often than a product's own code: suggest rather than guess.
        Some(c)
            if c.subject == Subject::TencentProduct && !suggest::nearest(code, 1).is_empty() => {}
        Some(c) => return Ok(c),
        None => {}
    }
    if let (Some(provider), Some(_)) = (provider, classify::classify(code, Context::Bare, None)) {
        let message = say(
            lang,
            &catalog::ERR_WRONG_PROVIDER,
            &[("code", &shown), ("value", provider_name(provider, lang))],
        );
        return Err(Failure::new(ExitStatus::Undecodable, message));
    }
    let suggestions: Vec<String> = suggest::nearest(code, SUGGESTIONS * 2)
        .into_iter()
        .filter(|s| {
            provider.is_none_or(|p| classify::classify(s, Context::Bare, Some(p)).is_some())
        })
        .take(SUGGESTIONS)
        .collect();
    let unknown = say(lang, &catalog::ERR_UNKNOWN_CODE, &[("code", &shown)]);
    let hint = if suggestions.is_empty() {
        say(lang, &catalog::ERR_NO_SUGGESTION, &[])
    } else {
        say(
            lang,
            &catalog::ERR_DID_YOU_MEAN,
            &[("list", &suggestions.join(", "))],
        )
    };
    Err(Failure {
        kind: ExitStatus::Undecodable,
        message: format!("{unknown} — {hint}"),
        source: None,
        suggestions,
    })
}

pub fn run(
    codes: &[String],
    settings: &Settings,
    out: &mut dyn Write,
    err: &mut dyn Write,
    verdict: &mut ExitStatus,
) -> io::Result<()> {
    let mut shown = 0;
    for (i, code) in codes.iter().enumerate() {
        let source = format!("arg:{}", i + 1);
        match lookup(code, settings.provider, settings.lang) {
            Ok(class) => {
                *verdict = verdict.worst(class.category.exit_status());
                if settings.format == Format::Text && shown > 0 {
                    writeln!(out)?;
                }
                let finding = Finding::bare(source, class);
                match settings.format {
                    Format::Text => render::write_text(out, &finding, settings.lang)?,
                    Format::Json => render::write_json(out, &finding, settings.lang)?,
                }
                shown += 1;
            }
            Err(failure) => {
                *verdict = verdict.worst(failure.kind);
                // Keep results and errors in argument order on a shared terminal.
                out.flush()?;
                let failure = Failure {
                    source: Some(source),
                    ..failure
                };
                let _ = render::write_failure(err, &failure, settings.format);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_codes_carry_suggestions() {
        let f = lookup("AuthFailure.SignatureExpir", None, Lang::En).unwrap_err();
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

        let f = lookup("99999", None, Lang::En).unwrap_err();
        assert!(f.suggestions.is_empty());
        assert!(f.message.contains("ecode list"), "{}", f.message);
    }

    #[test]
    fn product_codes_far_from_any_common_code_are_decoded() {
        let c = lookup("MutexOperation.TaskRunning", None, Lang::En).unwrap();
        assert_eq!(c.subject, Subject::TencentProduct);
    }

    #[test]
    fn provider_mismatch_says_so() {
        let f = lookup("40409", Some(Provider::Tencent), Lang::En).unwrap_err();
        assert!(
            f.message.contains("40409") && f.message.contains("Tencent"),
            "{}",
            f.message
        );
        let f = lookup("InternalErr", Some(Provider::Nhn), Lang::En).unwrap_err();
        assert!(f.suggestions.is_empty(), "{:?}", f.suggestions);
    }

    #[test]
    fn control_characters_in_an_argument_are_escaped() {
        let f = lookup("\u{1b}[2J", None, Lang::En).unwrap_err();
        assert!(!f.message.contains('\u{1b}'), "{:?}", f.message);
    }
}
