//! The catalog: every code ecode knows, each as one entry that carries
//! everything about it — category, family, texts in four languages, the
//! document it comes from — and the one lookup every other module reads it
//! through (`Catalog`). Data and lookup only: the rules that read a code
//! the catalog does not list are `classify`'s; nothing here does I/O.
//!
//! The data is split by what it holds: `nhn` (NHN Cloud Compute), `tencent`
//! (Tencent Cloud), `http` (HTTP reason phrases), `messages` (the words of
//! the interface). Each text is declared once; `texts!` lists them for the
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

pub mod http;
pub mod messages;
pub mod nhn;
pub mod tencent;

pub use http::HttpReason;
pub use nhn::NhnFamily;

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
}

/// A code the catalog knows, as the lookup hands it out. Every fact about
/// the code is read through it.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    kind: Kind,
}

impl PartialEq for Entry {
    /// Two entries are the same when they name the same code.
    fn eq(&self, other: &Entry) -> bool {
        self.provider() == other.provider() && self.code() == other.code()
    }
}

impl Entry {
    pub fn provider(&self) -> Provider {
        match self.kind {
            Kind::Code(provider, _) => provider,
            Kind::Range(..) => Provider::Nhn,
        }
    }

    /// The canonical spelling.
    pub fn code(&self) -> Cow<'static, str> {
        match self.kind {
            Kind::Code(_, c) => Cow::Borrowed(c.code),
            Kind::Range(family, status) => Cow::Owned(format!("{}{status}", family.prefix)),
        }
    }

    pub fn category(&self) -> Category {
        match self.kind {
            Kind::Code(_, c) => c.category,
            Kind::Range(_, status) => nhn::range_category(status),
        }
    }

    /// The code's own HTTP status: an NHN range code's last three digits.
    pub fn http_status(&self) -> Option<u16> {
        match self.kind {
            Kind::Code(..) => None,
            Kind::Range(_, status) => Some(status),
        }
    }

    /// The family's identifier: an NHN slug, or a Tencent code's first
    /// dotted segment.
    pub fn family(&self) -> &'static str {
        match self.kind {
            Kind::Code(Provider::Nhn, c) => nhn::fixed_family(c.code),
            Kind::Code(Provider::Tencent, c) => tencent::family_of(c.code),
            Kind::Range(family, _) => family.slug,
        }
    }

    /// The family's name in `lang`.
    pub fn family_name(&self, lang: Lang) -> &'static str {
        match self.kind {
            Kind::Code(Provider::Tencent, _) => self.family(),
            _ => nhn::family_name(self.family(), lang),
        }
    }

    /// In the catalog as such; false for an NHN range code read by its
    /// shape outside the documented `FF400`–`FF499`.
    pub fn documented(&self) -> bool {
        match self.kind {
            Kind::Code(..) => true,
            Kind::Range(_, status) => nhn::DOCUMENTED_STATUSES.contains(&status),
        }
    }

    pub fn meaning(&self, lang: Lang) -> Cow<'static, str> {
        match self.kind {
            Kind::Code(_, c) => Cow::Borrowed(lang.pick(&c.meaning)),
            Kind::Range(family, _) => {
                Cow::Owned(lang.say(&nhn::RANGE_MEANING, &[("family", lang.pick(&family.name))]))
            }
        }
    }

    pub fn advice(&self, lang: Lang) -> &'static str {
        match self.kind {
            Kind::Code(_, c) => lang.pick(&c.advice),
            Kind::Range(..) => lang.pick(nhn::RANGE_ADVICE.get(self.category())),
        }
    }

    pub fn retried_by(&self) -> &'static [&'static str] {
        match self.kind {
            Kind::Code(_, c) => c.retried_by,
            Kind::Range(..) => &[],
        }
    }

    pub fn source(&self) -> &'static Source {
        match self.kind {
            Kind::Code(_, c) => c.source,
            Kind::Range(..) => &nhn::COMPUTE_ERROR_CODES,
        }
    }
}

/// Every code ecode knows, read through one value. The built-in entries are
/// static data: making the value costs nothing at start-up.
#[derive(Debug, Default)]
pub struct Catalog {}

impl Catalog {
    /// The built-in catalog.
    pub fn builtin() -> Catalog {
        Catalog {}
    }

    /// The entry for `code` of `provider`, spelled in any case. For NHN,
    /// only the canonical decimal spelling is a code (`040409` is not).
    pub fn get(&self, provider: Provider, code: &str) -> Option<Entry> {
        match provider {
            Provider::Nhn => self.nhn(code),
            Provider::Tencent => tencent::codes()
                .find(|c| c.code.eq_ignore_ascii_case(code))
                .map(|c| Entry {
                    kind: Kind::Code(Provider::Tencent, c),
                }),
        }
    }

    fn nhn(&self, code: &str) -> Option<Entry> {
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
        let n: i32 = code.parse().ok()?;
        if let Some(c) = nhn::CODES.iter().find(|c| c.code == code) {
            return Some(Entry {
                kind: Kind::Code(Provider::Nhn, c),
            });
        }
        if !(10000..=99999).contains(&n) {
            return None;
        }
        let family = nhn::family_by_prefix(n / 1000)?;
        let status = (n % 1000) as u16;
        // Outside the documented range, only another real error status is read.
        let inferred = status >= 500 && http::reason(status).is_some();
        (nhn::DOCUMENTED_STATUSES.contains(&status) || inferred).then_some(Entry {
            kind: Kind::Range(family, status),
        })
    }

    /// Every documented code of `provider` (or both), in catalog order: the
    /// NHN fixed codes, each NHN family's range code for every registered
    /// status in the documented range, then the Tencent codes. What `list`
    /// shows, `search` searches and suggestions are drawn from.
    pub fn entries(&self, provider: Option<Provider>) -> impl Iterator<Item = Entry> + '_ {
        let wants = move |p: Provider| provider.is_none_or(|want| want == p);
        let fixed = nhn::CODES.iter().map(|c| Entry {
            kind: Kind::Code(Provider::Nhn, c),
        });
        let ranges = nhn::FAMILIES.iter().flat_map(|family| {
            http::REASONS
                .iter()
                .filter(|r| nhn::DOCUMENTED_STATUSES.contains(&r.status))
                .map(move |r| Entry {
                    kind: Kind::Range(family, r.status),
                })
        });
        let tencent = tencent::codes().map(|c| Entry {
            kind: Kind::Code(Provider::Tencent, c),
        });
        let nhn = fixed.chain(ranges).filter(move |_| wants(Provider::Nhn));
        nhn.chain(tencent.filter(move |_| wants(Provider::Tencent)))
    }

    /// The NHN family whose range codes start with `prefix` (`40`: volume).
    pub fn nhn_family(&self, prefix: i32) -> Option<&'static NhnFamily> {
        nhn::family_by_prefix(prefix)
    }

    /// The values `--family` takes, for one provider or both: NHN's slugs
    /// (`common`, `instance`, …) and the first segments of the Tencent codes
    /// (`AuthFailure`, …), each once, in catalog order.
    pub fn family_names(&self, provider: Option<Provider>) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = Vec::new();
        if provider != Some(Provider::Tencent) {
            names.push(nhn::COMMON_SLUG);
            names.extend(nhn::FAMILIES.iter().map(|f| f.slug));
        }
        if provider != Some(Provider::Nhn) {
            for entry in self.entries(Some(Provider::Tencent)) {
                let family = entry.family();
                if !names.contains(&family) {
                    names.push(family);
                }
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
    ) -> Result<&'static str, Vec<&'static str>> {
        let names = self.family_names(provider);
        let name = name.trim();
        if let Some(found) = names.iter().find(|n| n.eq_ignore_ascii_case(name)) {
            return Ok(found);
        }
        let by_prefix = name
            .parse::<i32>()
            .ok()
            .and_then(nhn::family_by_prefix)
            .map(|f| f.slug)
            .filter(|slug| names.contains(slug));
        by_prefix.ok_or(names)
    }

    /// The IANA-registered reason for an HTTP status, if any.
    pub fn http_reason(&self, status: u16) -> Option<&'static HttpReason> {
        http::reason(status)
    }
}

#[cfg(test)]
mod tests;
