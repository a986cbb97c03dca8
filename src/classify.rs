//! The classifier: a code in, a classification out (SPEC "Classification").
//! Pure — no I/O, no terminal, no language. It reads only the catalog's code
//! lists; texts are looked up elsewhere by `describe`.

use crate::catalog::{self, HttpReason, NhnCode, NhnFamily, TencentCode};
use crate::exit_codes::Category;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Provider {
    Nhn,
    Tencent,
}

impl Provider {
    pub const ALL: [Provider; 2] = [Provider::Nhn, Provider::Tencent];

    pub fn name(self) -> &'static str {
        match self {
            Provider::Nhn => "nhn",
            Provider::Tencent => "tencent",
        }
    }
}

/// Where a code was found. A Tencent body may carry any product's code; a
/// bare argument is read as a product code only when it is dotted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Bare,
    TencentBody,
}

/// What the texts for a classification are looked up by.
#[derive(Debug, Clone, Copy)]
pub enum Subject {
    /// A fixed NHN code: 0, -1 … -8, 20001, 20004.
    NhnFixed(&'static NhnCode),
    /// An NHN range code `FFSSS`.
    NhnRange {
        family: &'static NhnFamily,
        status: u16,
    },
    /// A Tencent common code, or a sub-code read through it.
    Tencent(&'static TencentCode),
    /// A product-specific Tencent code outside the common list.
    TencentProduct,
    /// A Tencent `Response` without `Error`: the call succeeded.
    TencentSuccess,
}

/// Catalog entries are compared by their key: each key is listed once.
impl PartialEq for Subject {
    fn eq(&self, other: &Subject) -> bool {
        match (self, other) {
            (Subject::NhnFixed(a), Subject::NhnFixed(b)) => a.code == b.code,
            (
                Subject::NhnRange {
                    family: a,
                    status: s,
                },
                Subject::NhnRange {
                    family: b,
                    status: t,
                },
            ) => a.prefix == b.prefix && s == t,
            (Subject::Tencent(a), Subject::Tencent(b)) => a.code == b.code,
            (Subject::TencentProduct, Subject::TencentProduct) => true,
            (Subject::TencentSuccess, Subject::TencentSuccess) => true,
            _ => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Classification {
    pub provider: Provider,
    /// Canonical spelling: `"40409"`, `"-4"`, `"AuthFailure.SignatureFailure"`.
    pub code: String,
    /// Tencent: the catalog code a sub-code falls under.
    pub base_code: Option<&'static str>,
    /// NHN: the family slug; Tencent: the code's first dotted segment.
    pub family: String,
    pub http_status: Option<u16>,
    pub category: Category,
    /// In the catalog as such (false: inferred).
    pub documented: bool,
    pub subject: Subject,
}

/// Classifies one code. `provider` restricts the reading (`--provider`).
/// `None`: not a code ecode can decode.
pub fn classify(
    code: &str,
    context: Context,
    provider: Option<Provider>,
) -> Option<Classification> {
    let code = code.trim();
    let numeric = code.strip_prefix('-').unwrap_or(code);
    if !numeric.is_empty() && numeric.bytes().all(|b| b.is_ascii_digit()) {
        if provider == Some(Provider::Tencent) {
            return None;
        }
        return classify_nhn(code);
    }
    if provider == Some(Provider::Nhn) {
        return None;
    }
    classify_tencent(code, context)
}

/// NHN Cloud's documented HTTP range is `FF400`–`FF499`.
const DOCUMENTED_STATUSES: std::ops::RangeInclusive<u16> = 400..=499;

/// Every documented code, in catalog order: the NHN fixed codes, for each
/// NHN family one range code per IANA-registered status in the documented
/// range, then the Tencent common codes. What `list` shows and what
/// suggestions are drawn from.
pub fn documented_codes() -> impl Iterator<Item = String> {
    let fixed = catalog::NHN_CODES.iter().map(|e| e.code.to_string());
    let ranges = catalog::NHN_FAMILIES.iter().flat_map(|f| {
        catalog::HTTP_REASONS
            .iter()
            .filter(|r| DOCUMENTED_STATUSES.contains(&r.status))
            .map(move |r| format!("{}{}", f.prefix, r.status))
    });
    let tencent = catalog::TENCENT_CODES.iter().map(|e| e.code.to_string());
    fixed.chain(ranges).chain(tencent)
}

/// Classifies an NHN `resultCode` given as a number (as it comes in a body).
pub fn classify_nhn_number(code: i64) -> Option<Classification> {
    classify_nhn(&code.to_string())
}

fn classify_nhn(code: &str) -> Option<Classification> {
    // Only the canonical decimal spelling: "040409" or "-0" is not a code.
    let n: i32 = code.parse().ok()?;
    if n.to_string() != code {
        return None;
    }
    if let Some(entry) = catalog::NHN_CODES.iter().find(|e| e.code == n) {
        let family = if n <= 0 {
            "common"
        } else {
            nhn_family(n / 1000)?.slug
        };
        return Some(Classification {
            provider: Provider::Nhn,
            code: code.to_string(),
            base_code: None,
            family: family.to_string(),
            http_status: None,
            category: nhn_fixed_category(n)?,
            documented: true,
            subject: Subject::NhnFixed(entry),
        });
    }
    if !(10000..=99999).contains(&n) {
        return None;
    }
    let family = nhn_family(n / 1000)?;
    let status = (n % 1000) as u16;
    let documented = DOCUMENTED_STATUSES.contains(&status);
    // Outside the documented range, only another real error status is read.
    let inferred = status >= 500 && http_reason(status).is_some();
    if !(documented || inferred) {
        return None;
    }
    Some(Classification {
        provider: Provider::Nhn,
        code: code.to_string(),
        base_code: None,
        family: family.slug.to_string(),
        http_status: Some(status),
        category: nhn_range_category(status),
        documented,
        subject: Subject::NhnRange { family, status },
    })
}

pub fn nhn_family(prefix: i32) -> Option<&'static NhnFamily> {
    catalog::NHN_FAMILIES
        .iter()
        .find(|f| i32::from(f.prefix) == prefix)
}

/// The IANA-registered reason for an HTTP status, if any.
pub fn http_reason(status: u16) -> Option<&'static HttpReason> {
    catalog::HTTP_REASONS
        .iter()
        .chain(catalog::HTTP_OTHER_REASONS)
        .find(|r| r.status == status)
}

/// NHN fixed codes follow the seed's advice.
pub fn nhn_fixed_category(code: i32) -> Option<Category> {
    Some(match code {
        0 => Category::Ok,
        -1 => Category::Retry,
        -2 => Category::ContactAdmin,
        -3 => Category::Permission,
        -4 | -5 | -7 | -8 => Category::Fix,
        -6 => Category::ContactAdmin,
        20001 => Category::ContactAdmin,
        20004 => Category::Fix,
        _ => return None,
    })
}

/// NHN range codes by their HTTP status.
pub fn nhn_range_category(status: u16) -> Category {
    match status {
        401 | 403 | 407 => Category::Permission,
        408 | 409 | 423 | 425 | 429 => Category::Retry,
        400..=499 => Category::Fix,
        500 | 502 | 503 | 504 => Category::Retry,
        _ => Category::ContactAdmin,
    }
}

/// The category of a Tencent common code (given in its canonical spelling).
pub fn tencent_common_category(code: &str) -> Category {
    match code {
        "UnauthorizedOperation" | "IpInBlacklist" | "IpNotInWhitelist" => Category::Permission,
        _ if code.starts_with("AuthFailure.") => Category::Permission,
        "RequestLimitExceeded"
        | "ResourceInsufficient"
        | "ResourceUnavailable"
        | "ResourceInUse"
        | "ServiceUnavailable"
        | "InternalError" => Category::Retry,
        _ if code.starts_with("RequestLimitExceeded.") => Category::Retry,
        "DryRunOperation" => Category::Ok,
        _ => Category::Fix,
    }
}

/// Words that decide a product code's category. The state words (retry) are
/// checked before the generic ones: `OperationDenied.InstanceOperationInProgress`
/// is a busy instance, not a missing permission. Anything that names none of
/// them asks the caller to fix the request, as every other common code does.
const PERMISSION_WORDS: &[&str] = &["unauthorized", "denied", "auth", "forbidden", "permission"];
/// `networkerror`: the SDKs' own ClientNetworkError / ClientError.NetworkError,
/// raised when the call never reached Tencent Cloud.
const RETRY_WORDS: &[&str] = &[
    "busy",
    "inprogress",
    "taskrunning",
    "timeout",
    "locked",
    "networkerror",
];

/// The category of a product-specific code, read from its words.
pub fn tencent_product_category(code: &str) -> Category {
    let lower = code.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    if lower.starts_with("authfailure.") {
        Category::Permission
    } else if has(RETRY_WORDS) {
        Category::Retry
    } else if has(PERMISSION_WORDS) {
        Category::Permission
    } else {
        // NotFound, Malformed, Invalid…, Quota, LimitExceeded and the rest.
        Category::Fix
    }
}

/// The code ecode reports for a Tencent `Response` without `Error`: Tencent
/// names no success code, and a script needs a string to match on.
pub const TENCENT_SUCCESS: &str = "Success";

/// A Tencent Cloud response that reports success.
pub fn tencent_success() -> Classification {
    Classification {
        provider: Provider::Tencent,
        code: TENCENT_SUCCESS.to_string(),
        base_code: None,
        family: TENCENT_SUCCESS.to_string(),
        http_status: None,
        category: Category::Ok,
        documented: true,
        subject: Subject::TencentSuccess,
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

/// The catalog entry spelled `code`, ignoring case.
pub fn tencent_entry(code: &str) -> Option<&'static TencentCode> {
    catalog::TENCENT_CODES
        .iter()
        .find(|e| e.code.eq_ignore_ascii_case(code))
}

/// The longest catalog code that is a dotted prefix of `code`, ignoring case.
fn tencent_base(code: &str) -> Option<&'static TencentCode> {
    code.match_indices('.')
        .rev()
        .find_map(|(i, _)| tencent_entry(&code[..i]))
}

fn classify_tencent(code: &str, context: Context) -> Option<Classification> {
    if !is_tencent_shape(code) {
        return None;
    }
    let tencent = |code: String, base_code, category, documented, subject| {
        let family = code.split('.').next().unwrap_or_default().to_string();
        Some(Classification {
            provider: Provider::Tencent,
            code,
            base_code,
            family,
            http_status: None,
            category,
            documented,
            subject,
        })
    };
    if let Some(entry) = tencent_entry(code) {
        let category = tencent_common_category(entry.code);
        return tencent(
            entry.code.to_string(),
            None,
            category,
            true,
            Subject::Tencent(entry),
        );
    }
    if let Some(base) = tencent_base(code) {
        // Canonical spelling for the part we know; the rest as given.
        let canonical = format!("{}{}", base.code, &code[base.code.len()..]);
        let category = tencent_common_category(base.code);
        return tencent(
            canonical,
            Some(base.code),
            category,
            false,
            Subject::Tencent(base),
        );
    }
    if context == Context::Bare && !code.contains('.') {
        return None;
    }
    let category = tencent_product_category(code);
    tencent(
        code.to_string(),
        None,
        category,
        false,
        Subject::TencentProduct,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use Category::*;

    fn bare(code: &str) -> Option<Classification> {
        classify(code, Context::Bare, None)
    }

    fn class(code: &str) -> Classification {
        bare(code).unwrap_or_else(|| panic!("{code} should classify"))
    }

    #[test]
    fn nhn_fixed_codes_follow_the_seed() {
        let table = [
            ("0", Ok, "common"),
            ("-1", Retry, "common"),
            ("-2", ContactAdmin, "common"),
            ("-3", Permission, "common"),
            ("-4", Fix, "common"),
            ("-5", Fix, "common"),
            ("-6", ContactAdmin, "common"),
            ("-7", Fix, "common"),
            ("-8", Fix, "common"),
            ("20001", ContactAdmin, "network"),
            ("20004", Fix, "network"),
        ];
        for (code, cat, family) in table {
            let c = class(code);
            assert_eq!(
                (c.provider, c.code.as_str(), c.category, c.family.as_str()),
                (Provider::Nhn, code, cat, family),
                "{code}"
            );
            assert!(c.documented && c.http_status.is_none() && c.base_code.is_none());
            assert!(matches!(c.subject, Subject::NhnFixed(e) if e.code.to_string() == code));
        }
    }

    #[test]
    fn every_catalog_fixed_code_has_a_rule_and_no_rule_lacks_an_entry() {
        for entry in catalog::NHN_CODES {
            assert!(nhn_fixed_category(entry.code).is_some(), "{}", entry.code);
        }
        for code in -20..=30000 {
            if nhn_fixed_category(code).is_some() {
                assert!(catalog::NHN_CODES.iter().any(|e| e.code == code), "{code}");
            }
        }
    }

    #[test]
    fn each_nhn_family_prefix() {
        let table = [
            (10, "instance"),
            (11, "api"),
            (12, "availability-zone"),
            (13, "key-pair"),
            (20, "network"),
            (21, "subnet"),
            (22, "floating-ip"),
            (23, "load-balancer"),
            (24, "security-group"),
            (30, "image"),
            (40, "volume"),
            (50, "token"),
        ];
        assert_eq!(catalog::NHN_FAMILIES.len(), table.len());
        for (prefix, slug) in table {
            for status in [400, 404, 499] {
                let code = format!("{prefix}{status}");
                let c = class(&code);
                assert_eq!(c.family, slug, "{code}");
                assert_eq!(c.http_status, Some(status), "{code}");
                assert!(c.documented, "{code}");
                assert!(
                    matches!(c.subject, Subject::NhnRange { family, .. } if family.slug == slug)
                );
            }
        }
    }

    #[test]
    fn nhn_range_category_by_http_status() {
        let table = [
            (401, Permission),
            (403, Permission),
            (407, Permission),
            (408, Retry),
            (409, Retry),
            (423, Retry),
            (425, Retry),
            (429, Retry),
            (400, Fix),
            (404, Fix),
            (405, Fix),
            (413, Fix),
            (422, Fix),
            (451, Fix),
            (499, Fix),
            (500, Retry),
            (502, Retry),
            (503, Retry),
            (504, Retry),
            (501, ContactAdmin),
            (505, ContactAdmin),
            (507, ContactAdmin),
            (511, ContactAdmin),
        ];
        for (status, cat) in table {
            assert_eq!(nhn_range_category(status), cat, "{status}");
            assert_eq!(class(&format!("40{status}")).category, cat, "40{status}");
        }
    }

    #[test]
    fn documented_range_includes_unregistered_4xx() {
        // The seed documents FF400–FF499 as a whole, registered phrase or not.
        let c = class("10420");
        assert!(c.documented);
        assert_eq!((c.http_status, c.category), (Some(420), Fix));
    }

    #[test]
    fn inferred_5xx_codes() {
        for (code, status, cat) in [
            ("10503", 503, Retry),
            ("40500", 500, Retry),
            ("50501", 501, ContactAdmin),
            ("24511", 511, ContactAdmin),
        ] {
            let c = class(code);
            assert!(!c.documented, "{code}");
            assert_eq!((c.http_status, c.category), (Some(status), cat), "{code}");
        }
    }

    #[test]
    fn out_of_shape_numbers_are_unknown() {
        for code in [
            "99999",
            "1040",
            "104091",
            "10000",
            "10200",
            "10302",
            "10509",
            "10599",
            "14404",
            "60404",
            "-9",
            "-0",
            "040409",
            "1",
            "20002",
            "+5",
            "",
            "-",
            "4040 9",
            "99999999999",
        ] {
            assert_eq!(bare(code), None, "{code:?}");
        }
    }

    #[test]
    fn tencent_common_codes_by_rule() {
        let table = [
            ("AuthFailure.SignatureExpire", Permission),
            ("AuthFailure.SignatureFailure", Permission),
            ("AuthFailure.InvalidAuthorization", Permission),
            ("AuthFailure.UnauthorizedOperation", Permission),
            ("UnauthorizedOperation", Permission),
            ("IpInBlacklist", Permission),
            ("IpNotInWhitelist", Permission),
            ("RequestLimitExceeded", Retry),
            ("RequestLimitExceeded.IPLimitExceeded", Retry),
            ("RequestLimitExceeded.UinLimitExceeded", Retry),
            ("RequestLimitExceeded.GlobalRegionUinLimitExceeded", Retry),
            ("ResourceInsufficient", Retry),
            ("ResourceUnavailable", Retry),
            ("ResourceInUse", Retry),
            ("ServiceUnavailable", Retry),
            ("InternalError", Retry),
            ("DryRunOperation", Ok),
            ("InvalidParameter", Fix),
            ("LimitExceeded", Fix),
            ("ResourceNotFound", Fix),
            ("RequestSizeLimitExceeded", Fix),
            ("ActionOffline", Fix),
            ("NoSuchProduct", Fix),
        ];
        for (code, cat) in table {
            let c = class(code);
            assert_eq!((c.code.as_str(), c.category), (code, cat), "{code}");
            assert!(c.documented && c.base_code.is_none() && c.http_status.is_none());
            assert_eq!(c.family, code.split('.').next().unwrap());
        }
    }

    #[test]
    fn every_catalog_tencent_code_classifies_as_itself() {
        assert_eq!(catalog::TENCENT_CODES.len(), 38);
        for entry in catalog::TENCENT_CODES {
            let c = class(entry.code);
            assert_eq!(c.code, entry.code);
            assert_eq!(c.subject, Subject::Tencent(entry));
        }
    }

    #[test]
    fn tencent_sub_codes_fall_under_the_longest_catalog_prefix() {
        let table = [
            ("ResourceNotFound.InstanceNotFound", "ResourceNotFound", Fix),
            (
                "InvalidParameterValue.InvalidInstanceType",
                "InvalidParameterValue",
                Fix,
            ),
            ("InternalError.DbError", "InternalError", Retry),
            (
                "UnauthorizedOperation.CamNoAuth",
                "UnauthorizedOperation",
                Permission,
            ),
            (
                "RequestLimitExceeded.UinLimitExceeded.Extra",
                "RequestLimitExceeded.UinLimitExceeded",
                Retry,
            ),
            ("DryRunOperation.Whatever", "DryRunOperation", Ok),
        ];
        for (code, base, cat) in table {
            let c = class(code);
            assert_eq!(c.code, code);
            assert_eq!(c.base_code, Some(base), "{code}");
            assert_eq!(c.category, cat, "{code}");
            assert!(!c.documented, "{code}");
            assert_eq!(c.family, base.split('.').next().unwrap());
        }
    }

    #[test]
    fn product_codes_outside_the_common_list() {
        let table = [
            ("InvalidInstanceId.NotFound", Fix),
            ("InvalidInstanceId.Malformed", Fix),
            ("ResourceBusy", Retry),
            ("MutexOperation.TaskRunning", Retry),
            ("OperationDenied.InstanceOperationInProgress", Retry),
            ("OperationDenied.CamNoAuth", Permission),
            ("AuthFailure.TokenBusy", Permission),
            ("InstanceOperationInProgress", Retry),
            ("AuthFailure.SomethingNew", Permission),
            ("CamNoAuth", Permission),
            ("QuotaExceeded.Instances", Fix),
            ("ClientNetworkError", Retry),
            ("ClientError.NetworkError", Retry),
            ("InvalidNetworkId.Malformed", Fix),
            ("InstancesQuotaLimitExceeded", Fix),
            ("Foo.Bar", Fix),
        ];
        for (code, cat) in table {
            let c = classify(code, Context::TencentBody, None).expect(code);
            assert_eq!((c.category, c.documented), (cat, false), "{code}");
            assert_eq!((c.code.as_str(), c.base_code), (code, None));
            assert_eq!(c.subject, Subject::TencentProduct);
            assert_eq!(c.family, code.split('.').next().unwrap());
        }
    }

    #[test]
    fn bare_undotted_unknown_names_are_not_product_codes() {
        assert_eq!(bare("ResourceBusy"), None);
        assert_eq!(bare("hello"), None);
        // dotted, they are
        assert_eq!(class("MutexOperation.TaskRunning").category, Retry);
    }

    #[test]
    fn matching_ignores_case_and_output_is_canonical() {
        let c = class("authfailure.SIGNATUREEXPIRE");
        assert_eq!(c.code, "AuthFailure.SignatureExpire");
        assert!(c.documented);
        let c = class("resourcenotfound.instanceNotFound");
        assert_eq!(c.code, "ResourceNotFound.instanceNotFound");
        assert_eq!(c.base_code, Some("ResourceNotFound"));
        assert_eq!(class(" 40409 ").code, "40409");
    }

    #[test]
    fn malformed_names_are_unknown() {
        for code in [
            "Auth Failure",
            ".Foo",
            "Foo.",
            "Foo..Bar",
            "1Foo.Bar",
            "Foo-Bar.Baz",
            "é.x",
        ] {
            assert_eq!(classify(code, Context::TencentBody, None), None, "{code:?}");
        }
    }

    #[test]
    fn provider_restricts_the_reading() {
        assert_eq!(
            classify("40409", Context::Bare, Some(Provider::Tencent)),
            None
        );
        assert_eq!(
            classify("InternalError", Context::Bare, Some(Provider::Nhn)),
            None
        );
        assert!(classify("40409", Context::Bare, Some(Provider::Nhn)).is_some());
        assert!(classify("InternalError", Context::Bare, Some(Provider::Tencent)).is_some());
    }

    #[test]
    fn a_tencent_success_is_ok() {
        let c = tencent_success();
        assert_eq!(
            (c.provider, c.category, c.code.as_str()),
            (Provider::Tencent, Ok, "Success")
        );
        // and no bare code reads as it
        assert_eq!(bare("Success"), None);
    }

    #[test]
    fn numbers_from_bodies() {
        assert_eq!(classify_nhn_number(-4).unwrap().category, Fix);
        assert_eq!(classify_nhn_number(40409).unwrap().code, "40409");
        assert_eq!(classify_nhn_number(i64::MAX), None);
    }
}
