//! What a classification says in one language: provider and family names,
//! the HTTP reason phrase, the meaning, the advice and any note. Pure: it
//! picks texts from the catalog and fills their placeholders.

use crate::catalog::{Catalog, http, messages, nhn, tencent};
use crate::classify::{Classification, Reading};
use crate::exit_codes::Category;
use crate::lang::Lang;

/// The texts shown for one classification.
#[derive(Debug, Clone, PartialEq)]
pub struct Described {
    pub provider: &'static str,
    pub family: String,
    /// `409 Conflict`, localised as `409 Conflict (충돌)`.
    pub http: Option<String>,
    pub meaning: String,
    pub advice: String,
    pub note: Option<String>,
    /// The category's short name in this language.
    pub category: &'static str,
}

pub fn category_name(category: Category, lang: Lang) -> &'static str {
    lang.pick(messages::CATEGORY_NAMES.get(category))
}

/// `404 Not Found`, with the phrase in this language beside the canonical
/// English one; a status IANA has not registered says so.
pub fn http_phrase(catalog: &Catalog, status: u16, lang: Lang) -> String {
    match catalog.http_reason(status) {
        Some(r) if lang == Lang::En => format!("{status} {}", r.phrase),
        Some(r) => format!("{status} {} ({})", r.phrase, lang.pick(&r.text)),
        None => format!("{status} ({})", lang.pick(&http::UNASSIGNED)),
    }
}

/// `409 Conflict`: the status and its canonical reason phrase, in every
/// language (a table has no room for the translation `explain` adds).
pub fn http_cell(catalog: &Catalog, status: u16) -> String {
    match catalog.http_reason(status) {
        Some(r) => format!("{status} {}", r.phrase),
        None => status.to_string(),
    }
}

/// The display name of a classification's family.
pub fn family_name(c: &Classification, lang: Lang) -> String {
    match c.reading {
        Reading::Entry(e) | Reading::SubCode(e) => e.family_name(lang).to_string(),
        Reading::TencentProduct | Reading::TencentSuccess => c.family.clone(),
    }
}

pub fn describe(catalog: &Catalog, c: &Classification, lang: Lang) -> Described {
    let (meaning, advice) = match c.reading {
        Reading::Entry(e) | Reading::SubCode(e) => {
            (e.meaning(lang).into_owned(), e.advice(lang).to_string())
        }
        Reading::TencentProduct => (
            lang.pick(&tencent::PRODUCT_MEANING).to_string(),
            lang.pick(tencent::PRODUCT_ADVICE.get(c.category))
                .to_string(),
        ),
        Reading::TencentSuccess => (
            lang.pick(&tencent::SUCCESS_MEANING).to_string(),
            lang.pick(&tencent::SUCCESS_ADVICE).to_string(),
        ),
    };
    let note = match (c.reading, c.base_code.as_deref()) {
        (Reading::Entry(e), _) if !c.documented => {
            let status = e.http_status().map(|s| s.to_string()).unwrap_or_default();
            Some(lang.say(
                &nhn::INFERRED_NOTE,
                &[("code", &c.code), ("status", &status)],
            ))
        }
        (_, Some(base)) => {
            Some(lang.say(&tencent::SUBCODE_NOTE, &[("code", &c.code), ("base", base)]))
        }
        (Reading::TencentProduct, _) => Some(lang.pick(&tencent::PRODUCT_NOTE).to_string()),
        _ => None,
    };
    Described {
        provider: c.provider.display(lang),
        family: family_name(c, lang),
        http: c.http_status.map(|s| http_phrase(catalog, s, lang)),
        meaning,
        advice,
        note,
        category: category_name(c.category, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Provider;
    use crate::classify::{Place, classify};

    fn d(code: &str, lang: Lang) -> Described {
        let catalog = Catalog::builtin();
        let c = classify(&catalog, code, Place::Bare, None).unwrap();
        describe(&catalog, &c, lang)
    }

    #[test]
    fn http_phrase_keeps_the_canonical_english() {
        let catalog = Catalog::builtin();
        assert_eq!(http_phrase(&catalog, 409, Lang::En), "409 Conflict");
        for lang in [Lang::Ko, Lang::Ja, Lang::Zh] {
            let p = http_phrase(&catalog, 409, lang);
            assert!(p.starts_with("409 Conflict ("), "{p}");
        }
        assert!(http_phrase(&catalog, 420, Lang::En).starts_with("420 ("));
        assert_eq!(http_cell(&catalog, 409), "409 Conflict");
        assert_eq!(http_cell(&catalog, 420), "420");
    }

    #[test]
    fn range_code_names_its_family_in_the_meaning() {
        let catalog = Catalog::builtin();
        let volume = catalog.nhn_family(40).unwrap();
        for lang in Lang::ALL {
            let x = d("40409", lang);
            let family = lang.pick(&volume.name);
            assert_eq!(x.family, family);
            assert!(x.meaning.contains(family), "{lang:?}: {}", x.meaning);
            assert!(!x.meaning.contains('{'), "unfilled: {}", x.meaning);
            assert_eq!(x.note, None);
        }
    }

    #[test]
    fn notes_mark_what_is_inferred() {
        for lang in Lang::ALL {
            let inferred = d("10503", lang);
            let note = inferred.note.expect("inferred note");
            assert!(note.contains("503") && !note.contains('{'), "{note}");

            let sub = d("ResourceNotFound.InstanceNotFound", lang);
            let note = sub.note.expect("sub-code note");
            assert!(note.contains("ResourceNotFound.InstanceNotFound"), "{note}");
            assert!(!note.contains('{'), "{note}");

            assert!(d("MutexOperation.TaskRunning", lang).note.is_some());
            assert_eq!(d("-4", lang).note, None);
            assert_eq!(d("AuthFailure.SignatureExpire", lang).note, None);
        }
    }

    #[test]
    fn fixed_codes_use_their_own_texts() {
        let catalog = Catalog::builtin();
        let entry = catalog.get(Provider::Nhn, "-4").unwrap();
        for lang in Lang::ALL {
            let x = d("-4", lang);
            assert_eq!(x.meaning, entry.meaning(lang));
            assert_eq!(x.advice, entry.advice(lang));
            assert_eq!(x.family, lang.pick(&nhn::COMMON_FAMILY));
            assert_eq!(x.http, None);
        }
        assert_eq!(d("20001", Lang::En).family, "Network API");
    }
}
