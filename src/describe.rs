//! What a classification says in one language: provider and family names,
//! the HTTP reason phrase, the meaning, the advice, the notes that say how
//! it was read, the cause and the clients that retry it. Pure: it picks
//! texts from the catalog and fills their placeholders.

use crate::catalog::{
    BUILTIN, Catalog, CatalogError, Clients, PerCategory, Provider, http, messages, nhn, tencent,
};
use crate::classify::{Classification, Envelope, NhnBy, OpenStackApi, Reading, Under};
use crate::exit_codes::Category;
use crate::lang::{Lang, Text};

/// The texts shown for one classification.
#[derive(Debug, Clone, PartialEq)]
pub struct Described {
    /// What the headline shows in place of the code, where the code is
    /// ecode's own word rather than the provider's (a Tencent success).
    pub title: Option<&'static str>,
    /// `None` for a result read from a status line alone.
    pub provider: Option<&'static str>,
    pub family: Option<String>,
    /// `409 Conflict`, localised as `409 Conflict (충돌)`.
    pub http: Option<String>,
    pub meaning: String,
    pub advice: String,
    /// How it was read, where that is worth saying.
    pub notes: Vec<String>,
    /// The category's short name in this language.
    pub category: &'static str,
    /// A code nested in the message: the code and its meaning.
    pub cause: Option<(String, String)>,
    /// The official clients that retry it by themselves, as a sentence part.
    pub retried_by: Option<String>,
    /// The user catalog file the entry came from; `None` for built-in ones.
    pub catalog: Option<String>,
}

pub fn category_name(category: Category, lang: Lang) -> &'static str {
    lang.pick(messages::CATEGORY_NAMES.get(category))
}

/// `404 Not Found`, with the phrase in this language beside the canonical
/// English one; a status IANA has not registered says so.
pub fn http_phrase(catalog: &Catalog, status: u16, lang: Lang) -> String {
    match catalog.http_reason(status) {
        Some(r) if lang == Lang::En => format!("{status} {}", r.phrase),
        Some(r) => format!(
            "{status} {}{}",
            r.phrase,
            lang.parenthesised(lang.pick(&r.text))
        ),
        None => format!(
            "{status}{}",
            lang.parenthesised(lang.pick(&http::UNASSIGNED))
        ),
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

fn openstack_name(api: OpenStackApi) -> &'static Text {
    match api {
        OpenStackApi::Compute => &nhn::OPENSTACK_COMPUTE,
        OpenStackApi::Network => &nhn::OPENSTACK_NETWORK,
        OpenStackApi::Identity => &nhn::OPENSTACK_IDENTITY,
    }
}

/// The display name of a classification's family.
pub fn family_name(c: &Classification, lang: Lang) -> Option<String> {
    match c.reading {
        Reading::Entry(e) => Some(e.family_name(lang).to_string()),
        Reading::OpenStack(api) => Some(lang.pick(openstack_name(api)).to_string()),
        // `Success` is no family a person would recognise; the headline
        // already says it.
        Reading::TencentSuccess if c.envelope != Envelope::TencentV2 => None,
        _ => c.family.clone(),
    }
}

/// The clients that retry a code by themselves, in this language; a
/// client a user catalog names is shown as written.
pub fn retried_by(clients: Clients, lang: Lang) -> Option<String> {
    let names: Vec<&str> = clients
        .iter()
        .map(|c| match c {
            tencent::TERRAFORM_CLIENT => lang.pick(&messages::CLIENT_TERRAFORM),
            tencent::GO_SDK_CLIENT => lang.pick(&messages::CLIENT_GO_SDK),
            tencent::PYTHON_SDK_CLIENT => lang.pick(&messages::CLIENT_PYTHON_SDK),
            other => other,
        })
        .collect();
    let separator = match lang {
        Lang::Ja | Lang::Zh => "、",
        Lang::Ko | Lang::En => ", ",
    };
    (!names.is_empty()).then(|| names.join(separator))
}

/// Meaning and advice of a reading: the entry's own, or the texts of the
/// rule that read it. The advice always agrees with `category`: where a
/// rule overrode an entry's category (a state word in a sub-code), the
/// advice of the category is used instead of the entry's.
fn texts(c: &Classification, lang: Lang) -> (String, String) {
    let per = |texts: &PerCategory| lang.pick(texts.get(c.category)).to_string();
    match c.reading {
        // An API 2.0 number under its hundred shares only its category:
        // 4102 (a CAM resource permission) is no signature error like 4100.
        Reading::Under(_, Under::Hundred) => (
            lang.pick(&tencent::V2_UNKNOWN_MEANING).to_string(),
            per(&tencent::PRODUCT_ADVICE),
        ),
        Reading::Entry(e) | Reading::Under(e, _) => {
            let generic = match e.provider() {
                Provider::Tencent => &tencent::PRODUCT_ADVICE,
                Provider::Nhn => &nhn::OTHER_ADVICE,
            };
            let advice = match e.advice(lang) {
                Some(advice) if e.category() == c.category => advice.text.into_owned(),
                _ => per(generic),
            };
            (e.meaning(lang).text.into_owned(), advice)
        }
        Reading::TencentProduct if c.envelope == Envelope::TencentV2 => (
            lang.pick(&tencent::V2_UNKNOWN_MEANING).to_string(),
            per(&tencent::PRODUCT_ADVICE),
        ),
        Reading::TencentProduct => (
            lang.pick(&tencent::PRODUCT_MEANING).to_string(),
            per(&tencent::PRODUCT_ADVICE),
        ),
        Reading::TencentSuccess if c.envelope == Envelope::TencentV2 => (
            lang.pick(&tencent::V2_SUCCESS_MEANING).to_string(),
            lang.pick(&messages::NOTHING_TO_DO).to_string(),
        ),
        Reading::TencentSuccess => (
            lang.pick(&tencent::SUCCESS_MEANING).to_string(),
            lang.pick(&tencent::SUCCESS_ADVICE).to_string(),
        ),
        Reading::NhnOther { contradicted, .. } => {
            let meaning = if contradicted {
                lang.say(&nhn::CONTRADICTED_MEANING, &[("code", c.code_str())])
            } else {
                lang.pick(&nhn::OTHER_MEANING).to_string()
            };
            (meaning, per(&nhn::OTHER_ADVICE))
        }
        Reading::OpenStack(api) => (
            lang.say(
                &nhn::OPENSTACK_MEANING,
                &[("family", lang.pick(openstack_name(api)))],
            ),
            per(&nhn::OPENSTACK_ADVICE),
        ),
        Reading::HttpStatus => (String::new(), per(&http::STATUS_ONLY_ADVICE)),
    }
}

/// What is worth saying about how a code was read.
fn notes(c: &Classification, lang: Lang) -> Vec<String> {
    let code = c.code_str();
    let base = c.base_code.as_deref().unwrap_or_default();
    let mut notes = Vec::new();
    match c.reading {
        Reading::Entry(e) if !c.documented => {
            let status = e.http_status().map(|s| s.to_string()).unwrap_or_default();
            notes.push(lang.say(&nhn::INFERRED_NOTE, &[("code", code), ("status", &status)]));
        }
        Reading::Entry(_) if c.envelope == Envelope::Nhn => {
            if let Some(services) = nhn::collision(code) {
                notes.push(lang.say(&nhn::COLLISION_NOTE, &[("code", code), ("value", services)]));
            }
        }
        Reading::Under(e, why) => {
            let text = match why {
                Under::SubCode => &tencent::SUBCODE_NOTE,
                Under::Hundred => &tencent::V2_HUNDRED_NOTE,
                Under::CodeDesc => &tencent::V2_CODEDESC_NOTE,
            };
            notes.push(lang.say(text, &[("code", code), ("base", base)]));
            if e.category() != c.category && c.cause.is_none() {
                notes.push(lang.pick(&tencent::PRODUCT_NOTE).to_string());
            }
        }
        Reading::TencentProduct => notes.push(lang.pick(&tencent::PRODUCT_NOTE).to_string()),
        Reading::NhnOther { by, .. } => notes.push(match by {
            NhnBy::Successful => lang.pick(&nhn::OTHER_SUCCESSFUL).to_string(),
            NhnBy::Status(status) => {
                lang.say(&nhn::OTHER_BY_STATUS, &[("status", &status.to_string())])
            }
            NhnBy::Words => lang.pick(&nhn::OTHER_BY_WORDS).to_string(),
            NhnBy::Default => lang.pick(&nhn::OTHER_BY_DEFAULT).to_string(),
        }),
        Reading::OpenStack(_) => notes.push(lang.pick(&nhn::OPENSTACK_NOTE).to_string()),
        _ => {}
    }
    if let Reading::Entry(e) | Reading::Under(e, _) = c.reading {
        let advice_fell_back = e.advice(lang).is_some_and(|a| a.fell_back);
        if e.meaning(lang).fell_back || advice_fell_back {
            notes.push(lang.say(
                &messages::USER_FALLBACK_NOTE,
                &[("code", &e.code()), ("file", e.catalog())],
            ));
        }
    }
    if let Some(cause) = &c.cause {
        notes.push(lang.say(&tencent::CAUSE_NOTE, &[("code", cause.code_str())]));
    }
    notes
}

pub fn describe(catalog: &Catalog, c: &Classification, lang: Lang) -> Described {
    let http = c.http_status.map(|s| http_phrase(catalog, s, lang));
    let (mut meaning, mut advice) = texts(c, lang);
    if let (Reading::HttpStatus, Some(status)) = (c.reading, c.http_status) {
        let status = http_cell(catalog, status);
        meaning = lang.say(&http::STATUS_ONLY_MEANING, &[("status", &status)]);
    }
    // A nested cause decides the category: its advice is the one to follow.
    let cause = c.cause.as_ref().map(|inner| {
        let (inner_meaning, inner_advice) = texts(inner, lang);
        advice = inner_advice;
        (inner.code_str().to_string(), inner_meaning)
    });
    Described {
        title: match c.reading {
            Reading::TencentSuccess if c.envelope != Envelope::TencentV2 => {
                Some(lang.pick(&tencent::SUCCESS_TITLE))
            }
            _ => None,
        },
        provider: c.provider.map(|p| p.display(lang)),
        family: family_name(c, lang),
        http,
        meaning,
        advice,
        notes: notes(c, lang),
        category: category_name(c.category, lang),
        cause,
        retried_by: retried_by(c.retried_by, lang),
        catalog: match c.reading {
            Reading::Entry(e) | Reading::Under(e, _) if e.catalog() != BUILTIN => {
                Some(e.catalog().to_string())
            }
            _ => None,
        },
    }
}

/// What is wrong with a user catalog, in one language: `FILE:LINE:COLUMN:`
/// and the problem. Values from the file are escaped and cut short.
pub fn catalog_problem(e: &CatalogError, lang: Lang) -> String {
    use crate::catalog::user::Problem::*;
    let short = |s: &str| crate::sanitize::quote(s);
    let say = |text: &Text, vars: &[(&str, &str)]| lang.say(text, vars);
    let what = match &e.kind {
        InvalidUtf8 => say(&messages::CAT_INVALID_UTF8, &[]),
        Syntax(m) => say(&messages::CAT_SYNTAX, &[("value", &short(m))]),
        UnknownKey(k) => say(&messages::CAT_UNKNOWN_KEY, &[("value", &short(k))]),
        BadValue(m) => say(&messages::CAT_BAD_VALUE, &[("value", &short(m))]),
        NoProvider => say(&messages::CAT_NO_PROVIDER, &[]),
        BadProvider(p) => say(&messages::CAT_BAD_PROVIDER, &[("value", &short(p))]),
        BadCategory(c) => say(&messages::CAT_BAD_CATEGORY, &[("value", &short(c))]),
        BadCode(code, Provider::Nhn) => say(&messages::CAT_BAD_CODE_NHN, &[("code", &short(code))]),
        BadCode(code, Provider::Tencent) => {
            say(&messages::CAT_BAD_CODE_TENCENT, &[("code", &short(code))])
        }
        Duplicate(code, line) => say(
            &messages::CAT_DUPLICATE,
            &[("code", &short(code)), ("line", &line.to_string())],
        ),
        NeedsCategory(code) => say(&messages::CAT_NEEDS_CATEGORY, &[("code", &short(code))]),
        NeedsMeaning(code) => say(&messages::CAT_NEEDS_MEANING, &[("code", &short(code))]),
        EmptyText => say(&messages::CAT_EMPTY_TEXT, &[]),
        BadStatus(n) => say(&messages::CAT_BAD_STATUS, &[("value", &n.to_string())]),
        BadClient(c) => say(&messages::CAT_BAD_CLIENT, &[("value", &short(c))]),
        MissingKey(k) => say(&messages::CAT_MISSING_KEY, &[("value", &short(k))]),
        UnsafeText(c) => say(
            &messages::CAT_UNSAFE_TEXT,
            &[("value", &format!("U+{c:04X}"))],
        ),
    };
    let file = crate::sanitize::escape(&e.file);
    match e.line {
        0 => format!("{file}: {what}"),
        line => format!("{file}:{line}:{}: {what}", e.column),
    }
}

#[cfg(test)]
mod tests;
