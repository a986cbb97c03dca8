//! `ecode search <TEXT>...`: the catalog codes whose code, family or texts,
//! in any of the four languages, hold every word given. Owns the matching
//! rule; the rows and the table come from `list`.

use std::io::{self, Write};

use crate::app::Settings;
use crate::catalog;
use crate::classify::Classification;
use crate::describe::{self, say};
use crate::exit_codes::ExitStatus;
use crate::lang::Lang;
use crate::list;
use crate::render::Failure;
use crate::sanitize::escape;

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
pub fn haystack(c: &Classification) -> String {
    let mut fields = vec![c.code.clone(), c.family.clone()];
    for lang in Lang::ALL {
        let d = describe::describe(c, lang);
        fields.extend([d.family, d.http.unwrap_or_default(), d.meaning, d.advice]);
    }
    fields.join("\n").to_lowercase()
}

/// True when every word occurs somewhere in the haystack (not necessarily
/// in the same field or language). No words match everything.
pub fn matches(haystack: &str, words: &[String]) -> bool {
    words.iter().all(|w| haystack.contains(w.as_str()))
}

/// The catalog codes the query finds, in catalog order.
pub fn find(query: &[String], filter: &list::Filter) -> Vec<Classification> {
    let words = words(query);
    list::catalog_rows()
        .into_iter()
        .filter(|c| filter.admits(c) && matches(&haystack(c), &words))
        .collect()
}

/// `ecode search <TEXT>... [--family NAME]`. Exit status 0 when something
/// matches (the results describe the catalog; they report no failure), 6
/// when nothing does, 2 for a family that does not exist or no words at all.
pub fn run(
    query: &[String],
    family: Option<&str>,
    settings: &Settings,
    out: &mut dyn Write,
    err: &mut dyn Write,
    verdict: &mut ExitStatus,
) -> io::Result<()> {
    let failure = match list::filter(settings, family) {
        Err(failure) => failure,
        // Nothing to look for would match everything: say what is missing.
        Ok(_) if words(query).is_empty() => {
            let message = say(settings.lang, &catalog::ERR_EMPTY_SEARCH, &[]);
            Failure::new(ExitStatus::Usage, message)
        }
        Ok(filter) => {
            let found = find(query, &filter);
            if !found.is_empty() {
                return list::write_codes(out, &found, settings);
            }
            let lang = settings.lang;
            let shown = escape(&query.join(" ")).into_owned();
            let none = say(lang, &catalog::ERR_NO_MATCH, &[("value", &shown)]);
            let hint = say(lang, &catalog::ERR_NO_SUGGESTION, &[]);
            Failure::new(ExitStatus::Undecodable, format!("{none} — {hint}"))
        }
    };
    failure.report(err, settings.format, verdict);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::Provider;

    fn q(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    fn codes(query: &[&str], filter: list::Filter) -> Vec<String> {
        find(&q(query), &filter)
            .into_iter()
            .map(|c| c.code)
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
            let found = codes(&[word], list::Filter::default());
            for want in [
                "AuthFailure.SignatureExpire",
                "AuthFailure.SignatureFailure",
            ] {
                assert!(found.iter().any(|c| c == want), "{word}: {found:?}");
            }
            assert!(
                found.iter().all(|c| !c.starts_with(char::is_numeric)),
                "{word}: {found:?}"
            );
        }
    }

    #[test]
    fn code_family_and_http_phrase_are_searched() {
        assert_eq!(codes(&["40409"], list::Filter::default()), ["40409"]);
        // the family's name in Korean, the status and its reason phrase
        assert_eq!(codes(&["볼륨", "409"], list::Filter::default()), ["40409"]);
        assert_eq!(codes(&["볼륨", "gone"], list::Filter::default()), ["40410"]);
        assert_eq!(
            codes(&["Too Many Requests"], list::Filter::default()).len(),
            12
        );
        let found = codes(&["load-balancer", "429"], list::Filter::default());
        assert_eq!(found, ["23429"]);
        let found = codes(&["requestlimitexceeded"], list::Filter::default());
        assert_eq!(found.len(), 4, "{found:?}");
    }

    #[test]
    fn filters_narrow_the_search() {
        let tencent = list::Filter {
            provider: Some(Provider::Tencent),
            family: None,
        };
        assert!(codes(&["409"], tencent).is_empty());
        let volume = list::Filter {
            provider: None,
            family: Some("volume"),
        };
        assert_eq!(codes(&["409"], volume), ["40409"]);
    }

    #[test]
    fn no_match_is_empty() {
        assert!(codes(&["zzzzqqq"], list::Filter::default()).is_empty());
        assert!(codes(&["서명", "volume"], list::Filter::default()).is_empty());
    }
}
