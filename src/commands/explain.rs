//! `ecode explain <CODE>...`: bare codes to results, unknown codes to errors
//! with the nearest known codes as suggestions.

use std::io;

use crate::catalog::{Catalog, Provider, messages};
use crate::classify::{self, Classification, Reading};
use crate::context::Context;
use crate::describe::describe;
use crate::exit_codes::ExitStatus;
use crate::lang::Lang;
use crate::model::{Failure, Finding, Format};
use crate::render::{json, text};
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
    let shown = quote(code.trim());
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
        let message = lang.say(
            &messages::ERR_WRONG_PROVIDER,
            &[("code", &shown), ("value", provider.display(lang))],
        );
        return Err(Failure::new(ExitStatus::Undecodable, message));
    }
    let suggestions: Vec<String> = suggest::nearest(catalog, code, SUGGESTIONS * 2)
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
        ..Failure::new(ExitStatus::Undecodable, format!("{unknown} — {hint}"))
    })
}

pub fn run(codes: &[String], ctx: &mut Context) -> io::Result<()> {
    let s = ctx.settings;
    let mut shown = 0;
    for (i, code) in codes.iter().enumerate() {
        let source = format!("arg:{}", i + 1);
        match lookup(s.catalog, code, s.provider, s.lang) {
            Ok(class) => {
                ctx.found(class.category);
                if s.format == Format::Text && shown > 0 {
                    writeln!(ctx.out)?;
                }
                let d = describe(s.catalog, &class, s.lang);
                let finding = Finding::bare(source, class);
                match s.format {
                    Format::Text => text::write_text(ctx.out, s.catalog, &finding, &d, s.lang)?,
                    Format::Json => json::write_json(ctx.out, &finding, &d, s.lang)?,
                }
                shown += 1;
            }
            Err(failure) => ctx.fail(&failure.at(source))?,
        }
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
