//! The catalog: every code ecode knows, each as one entry that carries
//! everything about it — category, family, texts in four languages, the
//! document it comes from — and the one lookup every other module reads it
//! through (`Catalog`). Data and lookup only: the rules that read a code
//! the catalog does not list are `classify`'s; nothing here does I/O.
//!
//! The data is split by what it holds: `nhn` (NHN Cloud Compute), `tencent`
//! (Tencent Cloud), `http` (HTTP reason phrases), `messages` (the words of
//! the interface), `help` (the command line's help, the exit-status table
//! and the man page). Each text is declared once; `texts!` lists them for the
//! completeness test, so no hand-kept list can fall out of step.
//!
//! Conventions of the wording:
//! - ko: 합니다/하세요 style; ja: です/ます style, advice as 〜してください;
//!   zh: Simplified Chinese, advice as 请…; en: American spelling.
//! - Meanings, advice and notes are full sentences with a final full stop.
//!   Error messages (`ERR_*`, printed after "ecode: ") and labels have none,
//!   and in en they start in lower case (labels and titles are capitalized).
//! - NHN Cloud texts use NHN Cloud's own terms in each language (ko 인스턴스,
//!   보안 그룹, 플로팅 IP, 키페어, 고객 센터; ja インスタンス, キーペア,
//!   担当者; zh 实例, 弹性IP, 令牌, 客户中心); Tencent Cloud texts use Tencent
//!   Cloud's (zh 密钥, 签名, 地域, 接口, 频率限制, 主账号; ja キー, 署名,
//!   リージョン; ko 키, 서명, 리전, 매개변수).
//! - Placeholders: `{code}`, `{base}`, `{status}`, `{list}`, `{value}`,
//!   `{file}`, `{secs}`, `{family}`, `{line}`, `{column}`; `lang::fill`
//!   replaces them in one pass.

use std::borrow::Cow;

use crate::exit_codes::Category;
use crate::lang::{Lang, Text};

/// Declares texts once: each becomes a `pub const`, and `declared()` lists
/// them all by name for the completeness test.
macro_rules! texts {
    ($( $(#[$doc:meta])* $name:ident: $ty:ty = $value:expr; )*) => {
        $( $(#[$doc])* pub const $name: $ty = $value; )*

        /// Every text this file declares, by name.
        #[cfg(test)]
        pub(crate) fn declared() -> Vec<(String, &'static crate::lang::Text)> {
            let mut all = Vec::new();
            $( crate::catalog::Declared::list(&$name, stringify!($name), &mut all); )*
            all
        }
    };
}

pub mod cache;
pub mod help;
pub mod http;
pub mod messages;
pub mod nhn;
pub mod tencent;
pub mod user;

pub use http::HttpReason;
pub use nhn::NhnFamily;
pub use user::{CatalogError, UserEntry, UserLayer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Provider {
    Nhn,
    Tencent,
}

impl Provider {
    /// The name used in JSON output and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Provider::Nhn => "nhn",
            Provider::Tencent => "tencent",
        }
    }

    /// The provider's own name in `lang`.
    pub fn display(self, lang: Lang) -> &'static str {
        lang.pick(match self {
            Provider::Nhn => &messages::PROVIDER_NHN,
            Provider::Tencent => &messages::PROVIDER_TENCENT,
        })
    }
}

/// The document a catalog entry's facts come from.
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    pub title: &'static str,
    pub url: &'static str,
    /// When ecode's copy of it was read (`2026-11`).
    pub read: &'static str,
}

/// Every document the built-in catalog comes from, in the order
/// `--version` lists them: the providers' lists of codes, then the clients
/// read for their own codes and retry rules.
pub const SOURCES: [&Source; 10] = [
    &nhn::COMPUTE_ERROR_CODES,
    &tencent::COMMON_ERROR_CODES,
    &tencent::API_V2_ERROR_CODES,
    &tencent::CVM_RUN_INSTANCES,
    &tencent::GO_SDK,
    &tencent::PYTHON_SDK,
    &tencent::JAVA_SDK,
    &tencent::CPP_SDK,
    &tencent::TERRAFORM,
    &tencent::TERRAFORM_ISSUE_1233,
];

/// One built-in code and everything about it. Its category is a fact of the
/// entry, not a rule elsewhere: adding a code is adding one of these.
#[derive(Debug)]
pub struct Code {
    /// The canonical spelling: `-4`, `20001`, `AuthFailure.SignatureExpire`.
    pub code: &'static str,
    pub category: Category,
    pub meaning: Text,
    /// What to do; a test checks that it agrees with `category`.
    pub advice: Text,
    /// The official clients whose code retries this error by itself.
    pub retried_by: &'static [&'static str],
    pub source: &'static Source,
}

/// One text per category.
#[derive(Debug)]
pub struct PerCategory {
    pub ok: Text,
    pub fix: Text,
    pub permission: Text,
    pub retry: Text,
    pub contact_admin: Text,
}

impl PerCategory {
    pub fn get(&self, category: Category) -> &Text {
        match category {
            Category::Ok => &self.ok,
            Category::Fix => &self.fix,
            Category::Permission => &self.permission,
            Category::Retry => &self.retry,
            Category::ContactAdmin => &self.contact_admin,
        }
    }
}

/// A declared text, or five of them, as `texts!` lists them.
#[cfg(test)]
pub(crate) trait Declared {
    fn list(&'static self, name: &str, all: &mut Vec<(String, &'static Text)>);
}

#[cfg(test)]
impl Declared for Text {
    fn list(&'static self, name: &str, all: &mut Vec<(String, &'static Text)>) {
        all.push((name.to_string(), self));
    }
}

#[cfg(test)]
impl Declared for PerCategory {
    fn list(&'static self, name: &str, all: &mut Vec<(String, &'static Text)>) {
        for category in Category::ALL {
            all.push((format!("{name}.{}", category.name()), self.get(category)));
        }
    }
}

/// What an entry is, underneath.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// A listed code of either provider.
    Code(Provider, &'static Code),
    /// An NHN range code `FFSSS`: a family and an HTTP status.
    Range(&'static NhnFamily, u16),
    /// A code only a user catalog names.
    User(Provider),
}

/// A text in one language, and whether it is another language's, as a
/// user catalog's new code may lack a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized<'c> {
    pub text: Cow<'c, str>,
    /// The text is not in the language asked for (a fallback).
    pub fell_back: bool,
}

/// The clients that retry a code, from the built-in catalog or a user's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clients<'c> {
    Builtin(&'static [&'static str]),
    User(&'c [String]),
}

impl<'c> Clients<'c> {
    pub const NONE: Clients<'static> = Clients::Builtin(&[]);

    pub fn iter(&self) -> impl Iterator<Item = &'c str> + 'c {
        let (builtin, user): (&'static [&'static str], &'c [String]) = match *self {
            Clients::Builtin(b) => (b, &[]),
            Clients::User(u) => (&[], u),
        };
        builtin
            .iter()
            .copied()
            .chain(user.iter().map(String::as_str))
    }

    pub fn contains(&self, client: &str) -> bool {
        self.iter().any(|c| c == client)
    }
}

/// A code the catalog knows, as the lookup hands it out, built-in facts
/// with a user catalog's over them. Every fact about the code is read
/// through it.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'c> {
    kind: Kind,
    user: Option<&'c UserEntry>,
}

impl PartialEq for Entry<'_> {
    /// Two entries are the same when they name the same code.
    fn eq(&self, other: &Entry) -> bool {
        self.provider() == other.provider() && self.code() == other.code()
    }
}

impl<'c> Entry<'c> {
    pub fn provider(&self) -> Provider {
        match self.kind {
            Kind::Code(provider, _) | Kind::User(provider) => provider,
            Kind::Range(..) => Provider::Nhn,
        }
    }

    /// The canonical spelling.
    pub fn code(&self) -> Cow<'c, str> {
        match (self.kind, self.user) {
            (Kind::Code(_, c), _) => Cow::Borrowed(c.code),
            (Kind::Range(family, status), _) => Cow::Owned(format!("{}{status}", family.prefix)),
            (Kind::User(_), Some(u)) => Cow::Borrowed(u.code.as_str()),
            (Kind::User(_), None) => Cow::Borrowed(""),
        }
    }

    pub fn category(&self) -> Category {
        if let Some(category) = self.user.and_then(|u| u.category) {
            return category;
        }
        match self.kind {
            Kind::Code(_, c) => c.category,
            Kind::Range(_, status) => nhn::range_category(status),
            Kind::User(_) => Category::Fix,
        }
    }

    /// The code's own HTTP status: an NHN range code's last three digits,
    /// or what a user catalog says.
    pub fn http_status(&self) -> Option<u16> {
        if let Some(status) = self.user.and_then(|u| u.http_status) {
            return Some(status);
        }
        match self.kind {
            Kind::Range(_, status) => Some(status),
            Kind::Code(..) | Kind::User(_) => None,
        }
    }

    /// The family's identifier: an NHN slug, a Tencent code's first dotted
    /// segment, or what a user catalog says (NHN codes only a user catalog
    /// names are `custom`).
    pub fn family(&self) -> Cow<'c, str> {
        if let Some(family) = self.user.and_then(|u| u.family.as_deref()) {
            return Cow::Borrowed(family);
        }
        match self.kind {
            Kind::Code(Provider::Nhn, c) => Cow::Borrowed(nhn::fixed_family(c.code)),
            Kind::Code(Provider::Tencent, c) => Cow::Borrowed(tencent::family_of(c.code)),
            Kind::Range(family, _) => Cow::Borrowed(family.slug),
            Kind::User(Provider::Nhn) => Cow::Borrowed(nhn::CUSTOM_SLUG),
            Kind::User(Provider::Tencent) => match self.code() {
                Cow::Borrowed(code) => Cow::Borrowed(tencent::family_of(code)),
                Cow::Owned(code) => Cow::Owned(tencent::family_of(&code).to_string()),
            },
        }
    }

    /// The family's name in `lang`.
    pub fn family_name(&self, lang: Lang) -> Cow<'c, str> {
        let family = self.family();
        let named = self.user.is_some_and(|u| u.family.is_some());
        match self.kind {
            Kind::Range(..) | Kind::Code(Provider::Nhn, _) if !named => {
                Cow::Borrowed(nhn::family_name(&family, lang))
            }
            _ => family,
        }
    }

    /// In the catalog as such; false for an NHN range code read by its
    /// shape outside the documented `FF400`–`FF499`. A user catalog's
    /// entries are documented.
    pub fn documented(&self) -> bool {
        match (self.kind, self.user) {
            (_, Some(_)) | (Kind::Code(..) | Kind::User(_), None) => true,
            (Kind::Range(_, status), None) => nhn::DOCUMENTED_STATUSES.contains(&status),
        }
    }

    /// A user catalog's text in `lang`, else the built-in one; for a code
    /// only a user catalog names, English, else any language it gives.
    fn text(
        &self,
        lang: Lang,
        user: impl Fn(&'c UserEntry) -> &'c [Option<String>; 4],
        builtin: impl FnOnce() -> Option<Cow<'static, str>>,
    ) -> Option<Localized<'c>> {
        let given = self.user.map(&user);
        if let Some(text) = given.and_then(|t| t[lang.index()].as_deref()) {
            return Some(Localized {
                text: Cow::Borrowed(text),
                fell_back: false,
            });
        }
        if let Some(text) = builtin() {
            return Some(Localized {
                text,
                fell_back: false,
            });
        }
        // Another language's text stands in only for a code that only a
        // user catalog names; a known code keeps what ecode has (or the
        // category's generic advice, when its own no longer fits).
        if !matches!(self.kind, Kind::User(_)) {
            return None;
        }
        let given = given?;
        let other = given[Lang::En.index()]
            .as_deref()
            .or_else(|| given.iter().flatten().next().map(String::as_str))?;
        Some(Localized {
            text: Cow::Borrowed(other),
            fell_back: true,
        })
    }

    pub fn meaning(&self, lang: Lang) -> Localized<'c> {
        let builtin = || match self.kind {
            Kind::Code(_, c) => Some(Cow::Borrowed(lang.pick(&c.meaning))),
            Kind::Range(family, _) => Some(Cow::Owned(
                lang.say(&nhn::RANGE_MEANING, &[("family", lang.pick(&family.name))]),
            )),
            Kind::User(_) => None,
        };
        self.text(lang, |u| &u.meaning, builtin)
            .unwrap_or(Localized {
                text: Cow::Borrowed(""),
                fell_back: false,
            })
    }

    /// The advice, if the entry has one of its own category: a user
    /// catalog's entry that changes a fixed code's category but not its
    /// advice has none (the reading's generic advice of the category is
    /// used).
    pub fn advice(&self, lang: Lang) -> Option<Localized<'c>> {
        let recategorized = self.user.is_some_and(|u| u.category.is_some())
            && self.builtin_category() != Some(self.category());
        let builtin = || match self.kind {
            Kind::Code(_, c) if !recategorized => Some(Cow::Borrowed(lang.pick(&c.advice))),
            // a range's advice is one per category: the new one's fits
            Kind::Range(..) => Some(Cow::Borrowed(
                lang.pick(nhn::RANGE_ADVICE.get(self.category())),
            )),
            Kind::Code(..) | Kind::User(_) => None,
        };
        self.text(lang, |u| &u.advice, builtin)
    }

    fn builtin_category(&self) -> Option<Category> {
        match self.kind {
            Kind::Code(_, c) => Some(c.category),
            Kind::Range(_, status) => Some(nhn::range_category(status)),
            Kind::User(_) => None,
        }
    }

    pub fn retried_by(&self) -> Clients<'c> {
        if let Some(clients) = self.user.and_then(|u| u.retried_by.as_deref()) {
            return Clients::User(clients);
        }
        match self.kind {
            Kind::Code(_, c) => Clients::Builtin(c.retried_by),
            Kind::Range(..) | Kind::User(_) => Clients::NONE,
        }
    }

    /// The document or URL the entry's facts come from.
    pub fn reference(&self) -> Option<Cow<'c, str>> {
        if let Some(reference) = self.user.and_then(|u| u.reference.as_deref()) {
            return Some(Cow::Borrowed(reference));
        }
        self.source().map(|s| Cow::Borrowed(s.url))
    }

    /// The built-in source, if the entry has one.
    pub fn source(&self) -> Option<&'static Source> {
        match self.kind {
            Kind::Code(_, c) => Some(c.source),
            Kind::Range(..) => Some(&nhn::COMPUTE_ERROR_CODES),
            Kind::User(_) => None,
        }
    }

    /// `builtin`, or the user catalog file the entry (or its last change) came from.
    pub fn catalog(&self) -> &'c str {
        self.user.map_or(BUILTIN, |u| u.file.as_str())
    }
}

/// The name of the built-in catalog in JSON output (`catalog`).
pub const BUILTIN: &str = "builtin";

/// Every code ecode knows, read through one value: the built-in entries
/// (static data: making the value costs nothing at start-up) with the
/// user catalogs' over them.
#[derive(Debug, Default, Clone)]
pub struct Catalog {
    user: UserLayer,
}

impl Catalog {
    /// The built-in catalog.
    pub const fn builtin() -> Catalog {
        Catalog {
            user: UserLayer::EMPTY,
        }
    }

    /// The built-in catalog with these user catalogs over it.
    pub fn with_user(user: UserLayer) -> Catalog {
        Catalog { user }
    }

    /// The user catalog files read.
    pub fn user_files(&self) -> &[String] {
        self.user.files()
    }

    /// The user entries were read from a cache (`catalog_files`).
    pub fn user_is_cached(&self) -> bool {
        self.user.is_cached()
    }

    /// The entry for `code` of `provider`, spelled in any case. For NHN,
    /// only the canonical decimal spelling is a code (`040409` is not).
    pub fn get(&self, provider: Provider, code: &str) -> Option<Entry<'_>> {
        let user = self.user.get(provider, code);
        let kind = match provider {
            Provider::Nhn => nhn_kind(code),
            Provider::Tencent => tencent::codes()
                .find(|c| c.code.eq_ignore_ascii_case(code))
                .map(|c| Kind::Code(Provider::Tencent, c)),
        };
        match (kind, user) {
            (Some(kind), user) => Some(Entry { kind, user }),
            (None, Some(user)) => Some(Entry {
                kind: Kind::User(provider),
                user: Some(user),
            }),
            (None, None) => None,
        }
    }

    /// Every documented code of `provider` (or both), in catalog order: the
    /// NHN fixed codes, each NHN family's range code for every registered
    /// status in the documented range, then the Tencent codes, then the
    /// codes only user catalogs name. What `list` shows, `search` searches
    /// and suggestions are drawn from.
    pub fn entries(&self, provider: Option<Provider>) -> impl Iterator<Item = Entry<'_>> + '_ {
        let wants = move |p: Provider| provider.is_none_or(|want| want == p);
        let fixed = nhn::CODES.iter().map(|c| Kind::Code(Provider::Nhn, c));
        let ranges = nhn::FAMILIES.iter().flat_map(|family| {
            http::REASONS
                .iter()
                .filter(|r| nhn::DOCUMENTED_STATUSES.contains(&r.status))
                .map(move |r| Kind::Range(family, r.status))
        });
        let tencent = tencent::codes().map(|c| Kind::Code(Provider::Tencent, c));
        let nhn = fixed.chain(ranges).filter(move |_| wants(Provider::Nhn));
        let builtin = nhn
            .chain(tencent.filter(move |_| wants(Provider::Tencent)))
            .map(|kind| {
                let entry = Entry { kind, user: None };
                Entry {
                    kind,
                    user: self.user.get(entry.provider(), &entry.code()),
                }
            });
        let user_only = self
            .user
            .entries()
            .filter(move |u| wants(u.provider))
            .filter(|u| match u.provider {
                Provider::Nhn => nhn_kind(&u.code).is_none(),
                Provider::Tencent => {
                    !tencent::codes().any(|c| c.code.eq_ignore_ascii_case(&u.code))
                }
            })
            .map(|u| Entry {
                kind: Kind::User(u.provider),
                user: Some(u),
            });
        builtin.chain(user_only)
    }

    /// The NHN family whose range codes start with `prefix` (`40`: volume).
    pub fn nhn_family(&self, prefix: i32) -> Option<&'static NhnFamily> {
        nhn::family_by_prefix(prefix)
    }

    /// The values `--family` takes, for one provider or both: NHN's slugs
    /// (`common`, `instance`, …), the first segments of the Tencent codes
    /// (`AuthFailure`, …) and the families user catalogs add, each once, in
    /// catalog order.
    pub fn family_names(&self, provider: Option<Provider>) -> Vec<Cow<'_, str>> {
        let mut names: Vec<Cow<'_, str>> = Vec::new();
        if provider != Some(Provider::Tencent) {
            names.push(Cow::Borrowed(nhn::COMMON_SLUG));
            names.extend(nhn::FAMILIES.iter().map(|f| Cow::Borrowed(f.slug)));
        }
        for entry in self.entries(provider) {
            let family = entry.family();
            if !names.contains(&family) {
                names.push(family);
            }
        }
        names
    }

    /// The canonical family `name` stands for, ignoring case; an NHN
    /// family's two-digit prefix (`40` for `volume`) is accepted too.
    /// `Err`: the valid names for that provider.
    pub fn resolve_family(
        &self,
        name: &str,
        provider: Option<Provider>,
    ) -> Result<Cow<'_, str>, Vec<Cow<'_, str>>> {
        let names = self.family_names(provider);
        let name = name.trim();
        if let Some(found) = names.iter().find(|n| n.eq_ignore_ascii_case(name)) {
            return Ok(found.clone());
        }
        let by_prefix = name
            .parse::<i32>()
            .ok()
            .and_then(nhn::family_by_prefix)
            .map(|f| Cow::Borrowed(f.slug))
            .filter(|slug| names.contains(slug));
        by_prefix.ok_or(names)
    }

    /// The IANA-registered reason for an HTTP status, if any.
    pub fn http_reason(&self, status: u16) -> Option<&'static HttpReason> {
        http::reason(status)
    }
}

/// What an NHN code is in the built-in catalog: a fixed code, a range code
/// (documented, or another real error status), or nothing.
fn nhn_kind(code: &str) -> Option<Kind> {
    // Only the canonical decimal spelling: `040409`, `+5` or `-0` is no code.
    let digits = code.strip_prefix('-').unwrap_or(code);
    let canonical = match digits.as_bytes() {
        [b'0'] => digits.len() == code.len(),
        [b'1'..=b'9', rest @ ..] => rest.iter().all(u8::is_ascii_digit),
        _ => false,
    };
    if !canonical {
        return None;
    }
    if let Some(c) = nhn::CODES.iter().find(|c| c.code == code) {
        return Some(Kind::Code(Provider::Nhn, c));
    }
    let n: i32 = code.parse().ok()?;
    if !(10000..=99999).contains(&n) {
        return None;
    }
    let family = nhn::family_by_prefix(n / 1000)?;
    let status = (n % 1000) as u16;
    // Outside the documented range, only another real error status is read.
    let inferred = status >= 500 && http::reason(status).is_some();
    (nhn::DOCUMENTED_STATUSES.contains(&status) || inferred).then_some(Kind::Range(family, status))
}

#[cfg(test)]
mod tests;
