//! The classifier: a code in, a classification out (SPEC "Classification").
//! Pure — no I/O, no terminal, no language. Codes the catalog lists take
//! their facts from their entry; this module holds only the rules for codes
//! it does not list: a Tencent sub-code read through its base code, and a
//! product code read from its words. Texts are looked up by `describe`.

use crate::catalog::{Catalog, Entry, Provider, tencent};
use crate::exit_codes::Category;

/// Where a code was found. A Tencent body may carry any product's code; a
/// bare argument is read as a product code only when it is dotted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Bare,
    TencentBody,
}

/// How a code was read, which is what its texts are looked up by.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reading {
    /// The code is in the catalog (an NHN range code of an undocumented
    /// status too: its entry says it is not documented).
    Entry(Entry),
    /// A Tencent sub-code outside the catalog, read through the longest
    /// catalog code that is its dotted prefix.
    SubCode(Entry),
    /// A product-specific Tencent code outside the catalog.
    TencentProduct,
    /// A Tencent `Response` without `Error`: the call succeeded.
    TencentSuccess,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Classification {
    pub provider: Provider,
    /// Canonical spelling: `"40409"`, `"-4"`, `"AuthFailure.SignatureFailure"`.
    pub code: String,
    /// Tencent: the catalog code a sub-code falls under.
    pub base_code: Option<String>,
    /// NHN: the family slug; Tencent: the code's first dotted segment.
    pub family: String,
    pub http_status: Option<u16>,
    pub category: Category,
    /// In the catalog as such (false: inferred).
    pub documented: bool,
    pub reading: Reading,
}

impl Classification {
    fn of_entry(entry: Entry) -> Classification {
        Classification {
            provider: entry.provider(),
            code: entry.code().into_owned(),
            base_code: None,
            family: entry.family().to_string(),
            http_status: entry.http_status(),
            category: entry.category(),
            documented: entry.documented(),
            reading: Reading::Entry(entry),
        }
    }
}

/// Classifies one code. `provider` restricts the reading (`--provider`).
/// `None`: not a code ecode can decode.
pub fn classify(
    catalog: &Catalog,
    code: &str,
    place: Place,
    provider: Option<Provider>,
) -> Option<Classification> {
    let code = code.trim();
    let numeric = code.strip_prefix('-').unwrap_or(code);
    if !numeric.is_empty() && numeric.bytes().all(|b| b.is_ascii_digit()) {
        if provider == Some(Provider::Tencent) {
            return None;
        }
        return catalog
            .get(Provider::Nhn, code)
            .map(Classification::of_entry);
    }
    if provider == Some(Provider::Nhn) {
        return None;
    }
    classify_tencent(catalog, code, place)
}

/// What `--provider` and `--family` let through.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filter {
    pub provider: Option<Provider>,
    /// A canonical family name, from `Catalog::resolve_family`.
    pub family: Option<&'static str>,
}

impl Filter {
    pub fn admits(&self, c: &Classification) -> bool {
        self.provider.is_none_or(|p| c.provider == p) && self.family.is_none_or(|f| c.family == f)
    }
}

/// Every documented code the filter admits, as the classifier reads it, in
/// catalog order: what `list` shows and `search` searches.
pub fn documented(catalog: &Catalog, filter: &Filter) -> Vec<Classification> {
    catalog
        .entries(filter.provider)
        .map(Classification::of_entry)
        .filter(|c| filter.admits(c))
        .collect()
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
        reading: Reading::TencentSuccess,
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
fn tencent_base(catalog: &Catalog, code: &str) -> Option<Entry> {
    code.match_indices('.')
        .rev()
        .find_map(|(i, _)| catalog.get(Provider::Tencent, &code[..i]))
}

fn classify_tencent(catalog: &Catalog, code: &str, place: Place) -> Option<Classification> {
    if !is_tencent_shape(code) {
        return None;
    }
    if let Some(entry) = catalog.get(Provider::Tencent, code) {
        return Some(Classification::of_entry(entry));
    }
    let family = tencent::family_of(code).to_string();
    if let Some(base) = tencent_base(catalog, code) {
        // Canonical spelling for the part we know; the rest as given.
        let base_code = base.code();
        return Some(Classification {
            provider: Provider::Tencent,
            code: format!("{base_code}{}", &code[base_code.len()..]),
            base_code: Some(base_code.into_owned()),
            family: base.family().to_string(),
            http_status: None,
            category: base.category(),
            documented: false,
            reading: Reading::SubCode(base),
        });
    }
    if place == Place::Bare && !code.contains('.') {
        return None;
    }
    Some(Classification {
        provider: Provider::Tencent,
        code: code.to_string(),
        base_code: None,
        family,
        http_status: None,
        category: tencent_product_category(code),
        documented: false,
        reading: Reading::TencentProduct,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Category::*;

    fn bare(code: &str) -> Option<Classification> {
        classify(&Catalog::builtin(), code, Place::Bare, None)
    }

    fn in_body(code: &str) -> Option<Classification> {
        classify(&Catalog::builtin(), code, Place::TencentBody, None)
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
            assert!(matches!(c.reading, Reading::Entry(e) if e.code() == code));
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
        for (prefix, slug) in table {
            for status in [400, 404, 499] {
                let code = format!("{prefix}{status}");
                let c = class(&code);
                assert_eq!(c.family, slug, "{code}");
                assert_eq!(c.http_status, Some(status), "{code}");
                assert!(c.documented, "{code}");
                assert!(matches!(c.reading, Reading::Entry(e) if e.family() == slug));
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
    fn every_catalog_code_classifies_as_its_entry() {
        // Category, family, status and documentation come from the entry:
        // a new entry needs no rule here.
        let catalog = Catalog::builtin();
        for entry in catalog.entries(None) {
            let c = class(&entry.code());
            assert_eq!(c.code, entry.code());
            assert_eq!(c.reading, Reading::Entry(entry));
            assert_eq!(
                (c.provider, c.category, c.http_status, c.family.as_str()),
                (
                    entry.provider(),
                    entry.category(),
                    entry.http_status(),
                    entry.family()
                )
            );
            assert!(c.documented);
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
            assert_eq!(c.base_code.as_deref(), Some(base), "{code}");
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
            let c = in_body(code).expect(code);
            assert_eq!((c.category, c.documented), (cat, false), "{code}");
            assert_eq!((c.code.as_str(), c.base_code.as_deref()), (code, None));
            assert_eq!(c.reading, Reading::TencentProduct);
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
        assert_eq!(c.base_code.as_deref(), Some("ResourceNotFound"));
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
            assert_eq!(in_body(code), None, "{code:?}");
        }
    }

    #[test]
    fn provider_restricts_the_reading() {
        let catalog = Catalog::builtin();
        assert_eq!(
            classify(&catalog, "40409", Place::Bare, Some(Provider::Tencent)),
            None
        );
        assert_eq!(
            classify(&catalog, "InternalError", Place::Bare, Some(Provider::Nhn)),
            None
        );
        assert!(classify(&catalog, "40409", Place::Bare, Some(Provider::Nhn)).is_some());
        assert!(
            classify(
                &catalog,
                "InternalError",
                Place::Bare,
                Some(Provider::Tencent)
            )
            .is_some()
        );
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
}
