//! The classifier: a code, or what a response reported, in; a
//! classification out (SPEC "Classification"). Pure — no I/O, no terminal,
//! no language. Codes the catalog lists take their facts from their entry;
//! this module holds only the rules for what the catalog does not list:
//! Tencent sub-codes and product codes, API 2.0 codes, codes of other NHN
//! Cloud services, OpenStack-style faults, a bare HTTP status, and a code
//! nested in a message. Texts are looked up by `describe`.

use crate::catalog::{Catalog, Clients, Entry, Provider, nhn, tencent};
use crate::exit_codes::Category;

/// The shape a code came in, as JSON output names it (`envelope`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Envelope {
    /// A bare code given to `explain`.
    Code,
    /// NHN Cloud's `{"header":{…}}`.
    Nhn,
    /// Tencent Cloud's `{"Response":{…}}`.
    Tencent,
    /// Tencent Cloud's error object without `Response`.
    TencentBare,
    /// Tencent Cloud API 2.0: `{"code":4100,"message":…,"codeDesc":…}`.
    TencentV2,
    /// A Tencent Cloud SDK or tool's exception line.
    SdkLine,
    /// An OpenStack-style fault of NHN Cloud's OpenStack-compatible APIs.
    OpenStack,
    /// A transcript whose status line is all there is to read.
    HttpStatus,
}

impl Envelope {
    pub fn name(self) -> &'static str {
        match self {
            Envelope::Code => "code",
            Envelope::Nhn => "nhn",
            Envelope::Tencent => "tencent",
            Envelope::TencentBare => "tencent-bare",
            Envelope::TencentV2 => "tencent-v2",
            Envelope::SdkLine => "sdk-line",
            Envelope::OpenStack => "openstack",
            Envelope::HttpStatus => "http-status",
        }
    }
}

/// Which of NHN Cloud's OpenStack-compatible APIs answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OpenStackApi {
    /// Nova: `{"badRequest":{"code":400,"message":…}}`.
    Compute,
    /// Neutron: `{"NeutronError":{"type":…,"message":…,"detail":…}}`.
    Network,
    /// Keystone: `{"error":{"code":401,"title":…,"message":…}}`.
    Identity,
}

impl OpenStackApi {
    /// The family slug in JSON output.
    pub fn slug(self) -> &'static str {
        match self {
            OpenStackApi::Compute => "compute",
            OpenStackApi::Network => "network",
            OpenStackApi::Identity => "identity",
        }
    }
}

/// Why a code was read through another entry than its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Under {
    /// A Tencent sub-code, under the longest catalog code that prefixes it.
    SubCode,
    /// An API 2.0 number under its hundred (4102 under 4100).
    Hundred,
    /// An API 2.0 number whose `codeDesc` is a known API 3.0 code.
    CodeDesc,
}

/// How a code of another NHN Cloud service got its category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NhnBy {
    /// `isSuccessful` said so.
    Successful,
    /// The transcript's HTTP status.
    Status(u16),
    /// The words of the message.
    Words,
    /// Nothing said more: the caller must look (fix).
    Default,
}

/// How a code was read, which is what its texts are looked up by.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reading<'c> {
    /// The code is in the catalog (an NHN range code of an undocumented
    /// status too: its entry says it is not documented).
    Entry(Entry<'c>),
    /// Read through another catalog entry.
    Under(Entry<'c>, Under),
    /// A product-specific Tencent code outside the catalog.
    TencentProduct,
    /// A Tencent response that reports success (API 3.0 or 2.0).
    TencentSuccess,
    /// A code of an NHN Cloud service other than Compute, or (`contradicted`)
    /// a Compute code that `isSuccessful` contradicts.
    NhnOther { by: NhnBy, contradicted: bool },
    /// A fault of an OpenStack-compatible API.
    OpenStack(OpenStackApi),
    /// Only the HTTP status line said something.
    HttpStatus,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Classification<'c> {
    pub envelope: Envelope,
    /// `None` only for a result read from a status line alone.
    pub provider: Option<Provider>,
    /// Canonical spelling: `"40409"`, `"-4"`, `"AuthFailure.SignatureFailure"`.
    pub code: Option<String>,
    /// The catalog code this one falls under (Tencent sub-code, API 2.0).
    pub base_code: Option<String>,
    /// NHN: the family slug; Tencent: the code's first dotted segment.
    pub family: Option<String>,
    pub http_status: Option<u16>,
    pub category: Category,
    /// In the catalog as such (false: inferred).
    pub documented: bool,
    pub reading: Reading<'c>,
    /// The official clients whose code retries this error by itself.
    pub retried_by: Clients<'c>,
    /// A code nested in the message, which decided the category.
    pub cause: Option<Box<Classification<'c>>>,
}

impl<'c> Classification<'c> {
    fn of_entry(entry: Entry<'c>, envelope: Envelope) -> Classification<'c> {
        Classification {
            envelope,
            provider: Some(entry.provider()),
            code: Some(entry.code().into_owned()),
            base_code: None,
            family: Some(entry.family().into_owned()),
            http_status: entry.http_status(),
            category: entry.category(),
            documented: entry.documented(),
            reading: Reading::Entry(entry),
            retried_by: entry.retried_by(),
            cause: None,
        }
    }

    /// The code, or `""` for a status-only result.
    pub fn code_str(&self) -> &str {
        self.code.as_deref().unwrap_or_default()
    }
}

/// What a response reported, as far as classification needs it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Report<'a> {
    pub envelope: Envelope,
    /// The code as written; `None` for a Tencent success or a status line.
    pub code: Option<&'a str>,
    pub message: Option<&'a str>,
    /// NHN's `isSuccessful`.
    pub successful: Option<bool>,
    /// API 2.0's `codeDesc`.
    pub code_desc: Option<&'a str>,
    pub api: Option<OpenStackApi>,
    /// The HTTP status the body itself carries (OpenStack).
    pub status: Option<u16>,
    /// A `Retry-After` header or an OpenStack `retryAfter` came with it.
    pub retry_after: bool,
    /// The transcript's status line.
    pub transport_status: Option<u16>,
}

impl<'a> Report<'a> {
    pub fn new(envelope: Envelope, code: Option<&'a str>) -> Report<'a> {
        Report {
            envelope,
            code,
            message: None,
            successful: None,
            code_desc: None,
            api: None,
            status: None,
            retry_after: false,
            transport_status: None,
        }
    }
}

/// Tencent API 2.0 numbers given bare: four digits in this range are read
/// as API 2.0 codes (NHN's fixed codes are never four digits).
const V2_BARE: std::ops::RangeInclusive<i64> = 4000..=6299;

/// Classifies one bare code (`explain`). `provider` restricts the reading
/// (`--provider`). `None`: not a code ecode can decode.
pub fn classify<'c>(
    catalog: &'c Catalog,
    code: &str,
    provider: Option<Provider>,
) -> Option<Classification<'c>> {
    let code = code.trim();
    let numeric = code.strip_prefix('-').unwrap_or(code);
    if !numeric.is_empty() && numeric.bytes().all(|b| b.is_ascii_digit()) {
        if provider != Some(Provider::Nhn)
            && code.len() == 4
            && code.parse().is_ok_and(|n: i64| V2_BARE.contains(&n))
        {
            return v2(catalog, code, None, Envelope::Code)
                .filter(|c| c.reading != Reading::TencentProduct);
        }
        // A number is NHN's first; a user catalog may name a Tencent one.
        let entry = match provider {
            Some(Provider::Tencent) => catalog.get(Provider::Tencent, code),
            Some(Provider::Nhn) => catalog.get(Provider::Nhn, code),
            None => catalog
                .get(Provider::Nhn, code)
                .or_else(|| catalog.get(Provider::Tencent, code)),
        };
        return entry.map(|e| Classification::of_entry(e, Envelope::Code));
    }
    if provider == Some(Provider::Nhn) {
        return None;
    }
    tencent3(catalog, code, Envelope::Code)
}

/// Classifies what a response reported. `None`: a Tencent code ecode
/// cannot read (not a code's shape).
pub fn classify_report<'c>(catalog: &'c Catalog, r: &Report) -> Option<Classification<'c>> {
    match r.envelope {
        Envelope::Nhn => Some(nhn_body(catalog, r)),
        Envelope::TencentV2 => v2(catalog, r.code?, r.code_desc, Envelope::TencentV2),
        Envelope::OpenStack => Some(openstack(r)),
        Envelope::HttpStatus => http_status_only(r.transport_status?, r.retry_after),
        Envelope::Code => classify(catalog, r.code?, None),
        _ => {
            let Some(code) = r.code else {
                return Some(tencent_success(r.envelope, None));
            };
            let mut c = tencent3(catalog, code, r.envelope)?;
            if let Some(inner) = r.message.and_then(|m| nested_cause(catalog, m, code)) {
                c.category = inner.category;
                c.cause = Some(Box::new(inner));
            }
            Some(c)
        }
    }
}

/// Words that name a transient state: a code that holds one is retried,
/// whatever its base code says (SPEC: after explicit entries, before the
/// base code's category).
const STATE_WORDS: &[&str] = &[
    "busy",
    "inprogress",
    "taskrunning",
    "timeout",
    "locked",
    "ratelimit",
    "statuslimit",
];
/// Words of a missing permission. Anything that names neither these nor a
/// state asks the caller to fix the request, as most common codes do.
const PERMISSION_WORDS: &[&str] = &[
    "unauthorized",
    "notauthorized",
    "denied",
    "auth",
    "forbidden",
    "permission",
];

/// Letters and digits only, lower-cased: `Task in progress` and
/// `TaskInProgress` read alike.
fn squeezed(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn has_state_word(text: &str) -> bool {
    let s = squeezed(text);
    STATE_WORDS.iter().any(|w| s.contains(w))
}

/// The category words give, if any: a state (retry) first, then a missing
/// permission. `None`: no word decides.
pub fn word_category(text: &str) -> Option<Category> {
    let s = squeezed(text);
    if STATE_WORDS.iter().any(|w| s.contains(w)) {
        Some(Category::Retry)
    } else if PERMISSION_WORDS.iter().any(|w| s.contains(w)) {
        Some(Category::Permission)
    } else {
        None
    }
}

/// The code ecode reports for a Tencent `Response` without `Error`: Tencent
/// names no success code, and a script needs a string to match on.
pub const TENCENT_SUCCESS: &str = "Success";

/// A Tencent Cloud response that reports success: `Success` for API 3.0,
/// the number (`0`) for API 2.0.
fn tencent_success(envelope: Envelope, code: Option<&str>) -> Classification<'static> {
    let family = match envelope {
        Envelope::TencentV2 => tencent::V2_FAMILY,
        _ => TENCENT_SUCCESS,
    };
    Classification {
        envelope,
        provider: Some(Provider::Tencent),
        code: Some(code.unwrap_or(TENCENT_SUCCESS).to_string()),
        base_code: None,
        family: Some(family.to_string()),
        http_status: None,
        category: Category::Ok,
        documented: true,
        reading: Reading::TencentSuccess,
        retried_by: Clients::NONE,
        cause: None,
    }
}

/// A Tencent code is dotted segments of ASCII letters, digits and `_`, each
/// starting with a letter: `InvalidParameterValue.InvalidInstanceType`.
fn is_tencent_shape(code: &str) -> bool {
    !code.is_empty()
        && code.split('.').all(|seg| {
            seg.starts_with(|c: char| c.is_ascii_alphabetic())
                && seg.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        })
}

/// The longest catalog code that is a dotted prefix of `code`, ignoring case.
fn tencent_base<'c>(catalog: &'c Catalog, code: &str) -> Option<Entry<'c>> {
    code.match_indices('.')
        .rev()
        .find_map(|(i, _)| catalog.get(Provider::Tencent, &code[..i]))
}

/// The clients that retry a sub-code because they retry its base: only the
/// Terraform provider, which matches a code by the part before its first
/// dot (terraform-provider-tencentcloud v1.83.25, common.go `IsExpectError`),
/// so only a base without a dot of its own.
fn inherited_retries<'c>(base: &Entry<'c>) -> Clients<'c> {
    let undotted = !base.code().contains('.');
    if undotted && base.retried_by().contains(tencent::TERRAFORM_CLIENT) {
        Clients::Builtin(&[tencent::TERRAFORM_CLIENT])
    } else {
        Clients::NONE
    }
}

/// An API 3.0 code, by the SPEC's precedence: the catalog's own entry; then
/// state words in the code (retry); then its base code's category; then the
/// other word rules. A bare argument is read as a product code only when it
/// is dotted.
fn tencent3<'c>(
    catalog: &'c Catalog,
    code: &str,
    envelope: Envelope,
) -> Option<Classification<'c>> {
    if !is_tencent_shape(code) {
        return None;
    }
    if let Some(entry) = catalog.get(Provider::Tencent, code) {
        return Some(Classification::of_entry(entry, envelope));
    }
    let base = tencent_base(catalog, code);
    if base.is_none() && envelope == Envelope::Code && !code.contains('.') {
        return None;
    }
    let words = || word_category(code).unwrap_or(Category::Fix);
    let category = match base {
        _ if has_state_word(code) => Category::Retry,
        Some(base) => base.category(),
        None => words(),
    };
    Some(match base {
        Some(base) => {
            // Canonical spelling for the part we know; the rest as given.
            let base_code = base.code();
            Classification {
                envelope,
                provider: Some(Provider::Tencent),
                code: Some(format!("{base_code}{}", &code[base_code.len()..])),
                base_code: Some(base_code.into_owned()),
                family: Some(base.family().into_owned()),
                http_status: None,
                category,
                documented: false,
                reading: Reading::Under(base, Under::SubCode),
                retried_by: inherited_retries(&base),
                cause: None,
            }
        }
        None => Classification {
            envelope,
            provider: Some(Provider::Tencent),
            code: Some(code.to_string()),
            base_code: None,
            family: Some(tencent::family_of(code).to_string()),
            http_status: None,
            category,
            documented: false,
            reading: Reading::TencentProduct,
            retried_by: Clients::NONE,
            cause: None,
        },
    })
}

/// A code nested in a Tencent message, the actionable one: a product
/// wrapper's `…_ERROR[ResourceUnavailable.InstanceType:…]`, or a whole
/// `[TencentCloudSDKError] Code=…` inside the message. Only a code the
/// catalog knows (itself or through its base) counts, and never the outer
/// code again.
fn nested_cause<'c>(
    catalog: &'c Catalog,
    message: &str,
    outer: &str,
) -> Option<Classification<'c>> {
    let candidates = message
        .match_indices('[')
        .map(|(i, _)| &message[i + 1..])
        .chain(
            message
                .match_indices("Code=")
                .map(|(i, _)| &message[i + 5..]),
        );
    for rest in candidates {
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_'))
            .unwrap_or(rest.len());
        let code = &rest[..end];
        let closes = matches!(rest[end..].chars().next(), Some(':' | ']' | ','));
        // `[Zone]` is no code: an undotted word counts only as a listed code.
        let plausible = code.contains('.') || catalog.get(Provider::Tencent, code).is_some();
        if !closes || !plausible || code.eq_ignore_ascii_case(outer) {
            continue;
        }
        let Some(c) = tencent3(catalog, code, Envelope::SdkLine) else {
            continue;
        };
        if matches!(c.reading, Reading::Entry(_) | Reading::Under(..)) {
            return Some(c);
        }
    }
    None
}

/// A Tencent Cloud API 2.0 result. Precedence (SPEC "Shapes"): code 0 is
/// success; a `codeDesc` the API 3.0 catalog knows decides; then the
/// number's own entry; then the entry of its hundred; then the words of
/// `codeDesc`. `None`: not a number.
fn v2<'c>(
    catalog: &'c Catalog,
    code: &str,
    code_desc: Option<&str>,
    envelope: Envelope,
) -> Option<Classification<'c>> {
    let number: i64 = code.trim().parse().ok()?;
    let code = number.to_string();
    if number == 0 {
        return Some(tencent_success(envelope, Some(&code)));
    }
    let own = catalog.get(Provider::Tencent, &code);
    let known = code_desc
        .and_then(|d| tencent3(catalog, d, Envelope::TencentV2))
        .and_then(|c| match c.reading {
            Reading::Entry(e) | Reading::Under(e, _) => Some((c, e)),
            _ => None,
        });
    let under = |base: Entry<'c>, why: Under, category: Category| Classification {
        envelope,
        provider: Some(Provider::Tencent),
        code: Some(code.clone()),
        base_code: Some(base.code().into_owned()),
        family: Some(tencent::V2_FAMILY.to_string()),
        http_status: None,
        category,
        documented: own.is_some(),
        reading: Reading::Under(base, why),
        retried_by: Clients::NONE,
        cause: None,
    };
    if let Some((desc, entry)) = known {
        let mut c = under(entry, Under::CodeDesc, desc.category);
        c.base_code = desc.code;
        return Some(c);
    }
    if let Some(entry) = own {
        return Some(Classification::of_entry(entry, envelope));
    }
    let hundred = (number / 100 * 100).to_string();
    if let Some(base) = catalog.get(Provider::Tencent, &hundred) {
        return Some(under(base, Under::Hundred, base.category()));
    }
    Some(Classification {
        envelope,
        provider: Some(Provider::Tencent),
        code: Some(code),
        base_code: None,
        family: Some(tencent::V2_FAMILY.to_string()),
        http_status: None,
        category: code_desc.and_then(word_category).unwrap_or(Category::Fix),
        documented: false,
        reading: Reading::TencentProduct,
        retried_by: Clients::NONE,
        cause: None,
    })
}

/// An NHN Cloud `header`. `isSuccessful` decides first; then a Compute code
/// its entry; a code of another service (or one `isSuccessful` contradicts)
/// by the transcript's HTTP status, else the message's words, else fix.
fn nhn_body<'c>(catalog: &'c Catalog, r: &Report) -> Classification<'c> {
    let code = r.code.unwrap_or_default();
    let entry = catalog.get(Provider::Nhn, code);
    let entry_ok = entry.is_some_and(|e| e.category() == Category::Ok);
    if let Some(e) = entry {
        let agrees = match r.successful {
            Some(true) => entry_ok,
            Some(false) => !entry_ok,
            None => true,
        };
        if agrees {
            return Classification::of_entry(e, Envelope::Nhn);
        }
    }
    let failed_status = r.transport_status.filter(|&s| s >= 400);
    let (category, by) = match (r.successful, failed_status) {
        (Some(true), _) => (Category::Ok, NhnBy::Successful),
        (_, Some(status)) => (nhn::range_category(status), NhnBy::Status(status)),
        _ => match r.message.and_then(word_category) {
            Some(category) => (category, NhnBy::Words),
            None => (Category::Fix, NhnBy::Default),
        },
    };
    Classification {
        envelope: Envelope::Nhn,
        provider: Some(Provider::Nhn),
        code: Some(code.to_string()),
        base_code: None,
        family: None,
        http_status: None,
        category,
        documented: false,
        reading: Reading::NhnOther {
            by,
            contradicted: entry.is_some(),
        },
        retried_by: Clients::NONE,
        cause: None,
    }
}

/// The HTTP status a WebOb exception name stands for (`HTTPNotFound` 404),
/// as Neutron writes it in `type` when no exception of its own applied.
pub fn webob_status(name: &str) -> Option<u16> {
    const NAMES: &[(&str, u16)] = &[
        ("HTTPBadRequest", 400),
        ("HTTPUnauthorized", 401),
        ("HTTPPaymentRequired", 402),
        ("HTTPForbidden", 403),
        ("HTTPNotFound", 404),
        ("HTTPMethodNotAllowed", 405),
        ("HTTPNotAcceptable", 406),
        ("HTTPProxyAuthenticationRequired", 407),
        ("HTTPRequestTimeout", 408),
        ("HTTPConflict", 409),
        ("HTTPGone", 410),
        ("HTTPLengthRequired", 411),
        ("HTTPPreconditionFailed", 412),
        ("HTTPRequestEntityTooLarge", 413),
        ("HTTPRequestURITooLong", 414),
        ("HTTPUnsupportedMediaType", 415),
        ("HTTPRequestRangeNotSatisfiable", 416),
        ("HTTPExpectationFailed", 417),
        ("HTTPUnprocessableEntity", 422),
        ("HTTPLocked", 423),
        ("HTTPFailedDependency", 424),
        ("HTTPPreconditionRequired", 428),
        ("HTTPTooManyRequests", 429),
        ("HTTPRequestHeaderFieldsTooLarge", 431),
        ("HTTPUnavailableForLegalReasons", 451),
        ("HTTPInternalServerError", 500),
        ("HTTPNotImplemented", 501),
        ("HTTPBadGateway", 502),
        ("HTTPServiceUnavailable", 503),
        ("HTTPGatewayTimeout", 504),
        ("HTTPVersionNotSupported", 505),
        ("HTTPInsufficientStorage", 507),
        ("HTTPNetworkAuthenticationRequired", 511),
    ];
    NAMES.iter().find(|(n, _)| *n == name).map(|&(_, s)| s)
}

/// The category an OpenStack fault's name gives, before its status:
/// Nova's `overLimit` is a rate limit with `retryAfter` and a quota
/// without; quota exhaustion is fixed by the caller (Neutron `OverQuota`
/// is a 409, Nova's quota error a 403); Neutron's exception names follow
/// their base classes (`…NotFound`, `…InUse`, `…NotAuthorized`).
fn openstack_name_category(
    name: &str,
    message: Option<&str>,
    retry_after: bool,
) -> Option<Category> {
    let quota = |s: &str| squeezed(s).contains("quota");
    if name == "overLimit" {
        return Some(if retry_after {
            Category::Retry
        } else {
            Category::Fix
        });
    }
    if quota(name) || message.is_some_and(|m| squeezed(m).contains("quotaexceeded")) {
        return Some(Category::Fix);
    }
    let n = squeezed(name);
    if n.ends_with("notfound") {
        Some(Category::Fix)
    } else if n.ends_with("inuse") || n.ends_with("exists") || n.ends_with("conflict") {
        Some(Category::Retry)
    } else if n.contains("notauthorized") || n.contains("adminrequired") {
        Some(Category::Permission)
    } else {
        None
    }
}

/// An OpenStack-style fault: its name is the code, its status the body's
/// own (Nova, Keystone), the WebOb name's (Neutron), or the transcript's.
fn openstack(r: &Report) -> Classification<'static> {
    let name = r.code.unwrap_or_default();
    let status = r
        .status
        .or_else(|| webob_status(name))
        .or(r.transport_status);
    let category = openstack_name_category(name, r.message, r.retry_after)
        .or_else(|| status.filter(|&s| s >= 400).map(nhn::range_category))
        .unwrap_or(Category::Fix);
    let api = r.api.unwrap_or(OpenStackApi::Compute);
    Classification {
        envelope: Envelope::OpenStack,
        provider: Some(Provider::Nhn),
        code: Some(name.to_string()),
        base_code: None,
        family: Some(api.slug().to_string()),
        http_status: status,
        category,
        documented: false,
        reading: Reading::OpenStack(api),
        retried_by: Clients::NONE,
        cause: None,
    }
}

/// A transcript whose body is no envelope: its error status line is the
/// result (the NHN range rules by status; 429 and 503 are retried anyway).
/// `None` for a status that reports no error.
pub fn http_status_only(status: u16, retry_after: bool) -> Option<Classification<'static>> {
    if status < 400 {
        return None;
    }
    let category = match status {
        429 | 503 if retry_after => Category::Retry,
        _ => nhn::range_category(status),
    };
    Some(Classification {
        envelope: Envelope::HttpStatus,
        provider: None,
        code: None,
        base_code: None,
        family: None,
        http_status: Some(status),
        category,
        documented: false,
        reading: Reading::HttpStatus,
        retried_by: Clients::NONE,
        cause: None,
    })
}

/// What `--provider` and `--family` let through.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter<'c> {
    pub provider: Option<Provider>,
    /// A canonical family name, from `Catalog::resolve_family`.
    pub family: Option<std::borrow::Cow<'c, str>>,
}

impl Filter<'_> {
    pub fn admits(&self, c: &Classification) -> bool {
        self.provider.is_none_or(|p| c.provider == Some(p))
            && self
                .family
                .as_deref()
                .is_none_or(|f| c.family.as_deref() == Some(f))
    }
}

/// Every documented code the filter admits, as the classifier reads it, in
/// catalog order: what `list` shows and `search` searches.
pub fn documented<'c>(catalog: &'c Catalog, filter: &Filter) -> Vec<Classification<'c>> {
    catalog
        .entries(filter.provider)
        .map(|e| Classification::of_entry(e, Envelope::Code))
        .filter(|c| filter.admits(c))
        .collect()
}

#[cfg(test)]
mod tests;
