//! `ecode search <TEXT>...`: the catalog codes whose code, family or texts,
//! in any of the four languages, hold every word given. Owns the matching
//! rule; the codes come from the classifier and are shown by
//! `render::table`, as `list` shows them.

use std::io;

use super::family_filter;
use crate::catalog::{Catalog, messages};
use crate::classify::{self, Classification, Filter};
use crate::context::Context;
use crate::describe;
use crate::exit_codes::ExitStatus;
use crate::lang::Lang;
use crate::model::Failure;
use crate::render::table;
use crate::sanitize::quote;

/// The words of a query, lower-cased: every argument split at white space.
/// `["signature expire"]` and `["signature", "expire"]` are the same query.
pub fn words(query: &[String]) -> Vec<String> {
    query
        .iter()
        .flat_map(|q| q.split_whitespace())
        .map(str::to_lowercase)
        .collect()
}

/// Everything a query is matched against, lower-cased, one field a line:
/// the code, the family's slug, and in each language the family's name, the
/// HTTP status and its reason phrase, the meaning and the advice.
pub fn haystack(catalog: &Catalog, c: &Classification) -> String {
    let mut fields = vec![
        c.code_str().to_string(),
        c.family.clone().unwrap_or_default(),
    ];
    for lang in Lang::ALL {
        let d = describe::describe(catalog, c, lang);
        fields.extend([
            d.family.unwrap_or_default(),
            d.http.unwrap_or_default(),
            d.meaning,
            d.advice,
        ]);
    }
    fields.join("\n").to_lowercase()
}

/// True when every word occurs somewhere in the haystack (not necessarily
/// in the same field or language). No words match everything.
pub fn matches(haystack: &str, words: &[String]) -> bool {
    words.iter().all(|w| haystack.contains(w.as_str()))
}

/// The catalog codes the query finds, in catalog order.
pub fn find<'c>(
    catalog: &'c Catalog,
    query: &[String],
    filter: &Filter,
) -> Vec<Classification<'c>> {
    let words = words(query);
    classify::documented(catalog, filter)
        .into_iter()
        .filter(|c| matches(&haystack(catalog, c), &words))
        .collect()
}

/// `ecode search <TEXT>... [--family NAME]`. Exit status 0 when something
/// matches (the results describe the catalog; they report no failure), 6
/// when nothing does, 2 for a family that does not exist or no words at all.
pub fn run(query: &[String], family: Option<&str>, ctx: &mut Context) -> io::Result<()> {
    let s = ctx.settings;
    let failure = match family_filter(&s, family) {
        Err(failure) => failure,
        // Nothing to look for would match everything: say what is missing.
        Ok(_) if words(query).is_empty() => {
            let message = s.lang.pick(&messages::ERR_EMPTY_SEARCH).to_string();
            Failure::new(ExitStatus::Usage, message)
        }
        Ok(filter) => {
            let found = find(s.catalog, query, &filter);
            if !found.is_empty() {
                return table::write_codes(
                    ctx.out,
                    s.catalog,
                    &found,
                    s.format,
                    s.lang,
                    s.terminal_width,
                );
            }
            let shown = quote(&query.join(" "));
            let none = s.lang.say(&messages::ERR_NO_MATCH, &[("value", &shown)]);
            let hint = s.lang.pick(&messages::ERR_NO_SUGGESTION);
            Failure::new(ExitStatus::Undecodable, format!("{none} — {hint}"))
        }
    };
    ctx.fail(&failure)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Provider;

    fn q(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    fn codes(query: &[&str], filter: Filter) -> Vec<String> {
        find(&Catalog::builtin(), &q(query), &filter)
            .into_iter()
            .map(|c| c.code_str().to_string())
            .collect()
    }

    #[test]
    fn words_split_and_lower_case() {
        assert_eq!(
            words(&q(&["Signature  Expire", "RequestId"])),
            ["signature", "expire", "requestid"]
        );
        assert!(words(&q(&["", "  "])).is_empty());
    }

    #[test]
    fn every_word_must_occur_somewhere() {
        let hay = "authfailure.signatureexpire\nauthfailure\n서명이 만료되었습니다";
        assert!(matches(hay, &q(&["서명", "expire"])));
        assert!(matches(hay, &q(&[])));
        assert!(!matches(hay, &q(&["서명", "volume"])));
    }

    #[test]
    fn signature_in_every_language_finds_the_signature_codes() {
        for word in ["서명", "署名", "签名", "signature", "SIGNATURE"] {
            let found = codes(&[word], Filter::default());
            for want in [
                "AuthFailure.SignatureExpire",
                "AuthFailure.SignatureFailure",
            ] {
                assert!(found.iter().any(|c| c == want), "{word}: {found:?}");
            }
            // no NHN code speaks of signatures
            let nhn = Filter {
                provider: Some(Provider::Nhn),
                family: None,
            };
            assert!(codes(&[word], nhn).is_empty(), "{word}");
        }
    }

    #[test]
    fn code_family_and_http_phrase_are_searched() {
        assert_eq!(codes(&["40409"], Filter::default()), ["40409"]);
        // the family's name in Korean, the status and its reason phrase
        assert_eq!(codes(&["볼륨", "409"], Filter::default()), ["40409"]);
        assert_eq!(codes(&["볼륨", "gone"], Filter::default()), ["40410"]);
        // one 429 code per NHN family
        let families = Catalog::builtin().family_names(Some(Provider::Nhn)).len() - 1;
        assert_eq!(
            codes(&["Too Many Requests"], Filter::default()).len(),
            families
        );
        let found = codes(&["load-balancer", "429"], Filter::default());
        assert_eq!(found, ["23429"]);
        let found = codes(&["requestlimitexceeded"], Filter::default());
        let family = Filter {
            provider: None,
            family: Some("RequestLimitExceeded".into()),
        };
        for code in codes(&["limit"], family) {
            assert!(found.contains(&code), "{code}: {found:?}");
        }
    }

    #[test]
    fn filters_narrow_the_search() {
        let tencent = Filter {
            provider: Some(Provider::Tencent),
            family: None,
        };
        assert!(codes(&["409"], tencent).is_empty());
        let volume = Filter {
            provider: None,
            family: Some("volume".into()),
        };
        assert_eq!(codes(&["409"], volume), ["40409"]);
    }

    #[test]
    fn no_match_is_empty() {
        assert!(codes(&["zzzzqqq"], Filter::default()).is_empty());
        assert!(codes(&["서명", "volume"], Filter::default()).is_empty());
    }
}
