//! What a classification says in one language: provider and family names,
//! the HTTP reason phrase, the meaning, the advice and any note. Pure: it
//! picks texts from the catalog and fills their placeholders.

use crate::catalog::{self, PerCategory, Text};
use crate::classify::{self, Classification, Provider, Subject};
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

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in vars {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// This language's text, with its placeholders filled.
pub fn say(lang: Lang, text: &Text, vars: &[(&str, &str)]) -> String {
    fill(lang.pick(text), vars)
}

pub fn per_category(texts: &PerCategory, category: Category) -> &Text {
    match category {
        Category::Ok => &texts.ok,
        Category::Fix => &texts.fix,
        Category::Permission => &texts.permission,
        Category::Retry => &texts.retry,
        Category::ContactAdmin => &texts.contact_admin,
    }
}

pub fn provider_name(provider: Provider, lang: Lang) -> &'static str {
    lang.pick(match provider {
        Provider::Nhn => &catalog::PROVIDER_NHN,
        Provider::Tencent => &catalog::PROVIDER_TENCENT,
    })
}

pub fn category_name(category: Category, lang: Lang) -> &'static str {
    lang.pick(per_category(&catalog::CATEGORY_NAMES, category))
}

/// `404 Not Found`, with the phrase in this language beside the canonical
/// English one; a status IANA has not registered says so.
pub fn http_phrase(status: u16, lang: Lang) -> String {
    match classify::http_reason(status) {
        Some(r) if lang == Lang::En => format!("{status} {}", r.phrase),
        Some(r) => format!("{status} {} ({})", r.phrase, lang.pick(&r.text)),
        None => format!("{status} ({})", lang.pick(&catalog::HTTP_UNASSIGNED)),
    }
}

/// The display name of a classification's family.
pub fn family_name(c: &Classification, lang: Lang) -> String {
    match (c.provider, c.subject) {
        (Provider::Nhn, Subject::NhnRange { family, .. }) => lang.pick(&family.name).to_string(),
        (Provider::Nhn, _) => match catalog::NHN_FAMILIES.iter().find(|f| f.slug == c.family) {
            Some(f) => lang.pick(&f.name).to_string(),
            None => lang.pick(&catalog::NHN_COMMON).to_string(),
        },
        (Provider::Tencent, _) => c.family.clone(),
    }
}

pub fn describe(c: &Classification, lang: Lang) -> Described {
    let family = family_name(c, lang);
    let (meaning, advice) = match c.subject {
        Subject::NhnFixed(e) => (say(lang, &e.meaning, &[]), say(lang, &e.advice, &[])),
        Subject::NhnRange { .. } => (
            say(lang, &catalog::NHN_RANGE_MEANING, &[("family", &family)]),
            say(
                lang,
                per_category(&catalog::NHN_RANGE_ADVICE, c.category),
                &[],
            ),
        ),
        Subject::Tencent(e) => (say(lang, &e.meaning, &[]), say(lang, &e.advice, &[])),
        Subject::TencentProduct => (
            say(lang, &catalog::TENCENT_PRODUCT_MEANING, &[]),
            say(
                lang,
                per_category(&catalog::TENCENT_PRODUCT_ADVICE, c.category),
                &[],
            ),
        ),
        Subject::TencentSuccess => (
            say(lang, &catalog::TENCENT_SUCCESS_MEANING, &[]),
            say(lang, &catalog::TENCENT_SUCCESS_ADVICE, &[]),
        ),
    };
    let note = match (c.subject, c.base_code) {
        (Subject::NhnRange { status, .. }, _) if !c.documented => Some(say(
            lang,
            &catalog::NHN_INFERRED_NOTE,
            &[("code", &c.code), ("status", &status.to_string())],
        )),
        (_, Some(base)) => Some(say(
            lang,
            &catalog::TENCENT_SUBCODE_NOTE,
            &[("code", &c.code), ("base", base)],
        )),
        (Subject::TencentProduct, _) => Some(say(lang, &catalog::TENCENT_PRODUCT_NOTE, &[])),
        _ => None,
    };
    Described {
        provider: provider_name(c.provider, lang),
        family,
        http: c.http_status.map(|s| http_phrase(s, lang)),
        meaning,
        advice,
        note,
        category: category_name(c.category, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::{Context, classify};

    fn d(code: &str, lang: Lang) -> Described {
        describe(&classify(code, Context::Bare, None).unwrap(), lang)
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            fill("{a} and {b}, {a}", &[("a", "x"), ("b", "y")]),
            "x and y, x"
        );
        assert_eq!(fill("no vars", &[("a", "x")]), "no vars");
    }

    #[test]
    fn http_phrase_keeps_the_canonical_english() {
        assert_eq!(http_phrase(409, Lang::En), "409 Conflict");
        for lang in [Lang::Ko, Lang::Ja, Lang::Zh] {
            let p = http_phrase(409, lang);
            assert!(p.starts_with("409 Conflict ("), "{p}");
        }
        assert!(http_phrase(420, Lang::En).starts_with("420 ("));
    }

    #[test]
    fn range_code_names_its_family_in_the_meaning() {
        for lang in Lang::ALL {
            let x = d("40409", lang);
            let family = lang.pick(
                &catalog::NHN_FAMILIES
                    .iter()
                    .find(|f| f.prefix == 40)
                    .unwrap()
                    .name,
            );
            assert_eq!(x.family, family);
            assert!(x.meaning.contains(family), "{lang:?}: {}", x.meaning);
            assert!(
                !x.meaning.contains('{'),
                "unfilled placeholder: {}",
                x.meaning
            );
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
        let entry = catalog::NHN_CODES.iter().find(|e| e.code == -4).unwrap();
        for lang in Lang::ALL {
            let x = d("-4", lang);
            assert_eq!(x.meaning, lang.pick(&entry.meaning));
            assert_eq!(x.advice, lang.pick(&entry.advice));
            assert_eq!(x.family, lang.pick(&catalog::NHN_COMMON));
            assert_eq!(x.http, None);
        }
        assert_eq!(d("20001", Lang::En).family, "Network API");
    }
}
