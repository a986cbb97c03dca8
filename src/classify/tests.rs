//! The classifier's rules, case by case: NHN fixed and range codes,
//! Tencent common codes, sub-codes, product codes and their precedence,
//! API 2.0 numbers, other NHN services, OpenStack faults, a status line
//! alone, and a cause nested in a message.

use super::*;
use Category::*;

static BUILTIN: Catalog = Catalog::builtin();

fn bare(code: &str) -> Option<Classification<'static>> {
    classify(&BUILTIN, code, None)
}

fn report(envelope: Envelope, code: &str) -> Report<'_> {
    Report::new(envelope, Some(code))
}

fn in_body(code: &str) -> Option<Classification<'static>> {
    classify_report(&BUILTIN, &report(Envelope::Tencent, code))
}

fn clients(c: &Classification) -> Vec<String> {
    c.retried_by.iter().map(str::to_string).collect()
}

fn class(code: &str) -> Classification<'static> {
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
            (c.provider, c.code_str(), c.category, c.family.as_deref()),
            (Some(Provider::Nhn), code, cat, Some(family)),
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
            assert_eq!(c.family.as_deref(), Some(slug), "{code}");
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
        ("ResourceInsufficient", Fix),
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
        assert_eq!((c.code_str(), c.category), (code, cat), "{code}");
        assert!(c.documented && c.base_code.is_none() && c.http_status.is_none());
        assert_eq!(c.family.as_deref(), code.split('.').next());
    }
}

#[test]
fn every_catalog_code_classifies_as_its_entry() {
    // Category, family, status and documentation come from the entry:
    // a new entry needs no rule here.
    let catalog = Catalog::builtin();
    for entry in catalog.entries(None) {
        let c = class(&entry.code());
        assert_eq!(c.code_str(), entry.code());
        assert_eq!(c.reading, Reading::Entry(entry));
        assert_eq!(
            (c.provider, c.category, c.http_status, c.family.as_deref()),
            (
                Some(entry.provider()),
                entry.category(),
                entry.http_status(),
                Some(&*entry.family())
            )
        );
        assert_eq!(c.retried_by, entry.retried_by());
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
        assert_eq!(c.code_str(), code);
        assert_eq!(c.base_code.as_deref(), Some(base), "{code}");
        assert_eq!(c.category, cat, "{code}");
        assert!(!c.documented, "{code}");
        assert_eq!(c.family.as_deref(), base.split('.').next());
    }
}

#[test]
fn product_codes_outside_the_common_list() {
    let table = [
        ("InvalidInstanceId.NotFound", Fix),
        ("InvalidInstanceId.Malformed", Fix),
        ("WidgetBusy", Retry),
        ("MutexOperation.TaskRunning", Retry),
        ("Widget.InstanceOperationInProgress", Retry),
        ("Widget.CamNoAuth", Permission),
        // state words come before the other word rules (SPEC precedence)
        ("AuthFailure.TokenBusy", Retry),
        ("InstanceOperationInProgress", Retry),
        ("AuthFailure.SomethingNew", Permission),
        ("CamNoAuth", Permission),
        ("QuotaExceeded.Instances", Fix),
        ("InvalidNetworkId.Malformed", Fix),
        ("InstancesQuotaLimitExceeded", Fix),
        ("Foo.Bar", Fix),
    ];
    for (code, cat) in table {
        let c = in_body(code).expect(code);
        assert_eq!((c.category, c.documented), (cat, false), "{code}");
        assert_eq!((c.code_str(), c.base_code.as_deref()), (code, None));
        assert_eq!(c.reading, Reading::TencentProduct);
        assert_eq!(c.family.as_deref(), code.split('.').next());
    }
}

#[test]
fn bare_undotted_unknown_names_are_not_product_codes() {
    assert_eq!(bare("WidgetBusy"), None);
    assert_eq!(bare("hello"), None);
    // dotted, they are
    assert_eq!(class("MutexOperation.TaskRunning").category, Retry);
}

#[test]
fn matching_ignores_case_and_output_is_canonical() {
    let c = class("authfailure.SIGNATUREEXPIRE");
    assert_eq!(c.code_str(), "AuthFailure.SignatureExpire");
    assert!(c.documented);
    let c = class("resourcenotfound.instanceNotFound");
    assert_eq!(c.code_str(), "ResourceNotFound.instanceNotFound");
    assert_eq!(c.base_code.as_deref(), Some("ResourceNotFound"));
    assert_eq!(class(" 40409 ").code_str(), "40409");
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
    assert_eq!(classify(&catalog, "40409", Some(Provider::Tencent)), None);
    assert_eq!(
        classify(&catalog, "InternalError", Some(Provider::Nhn)),
        None
    );
    assert!(classify(&catalog, "40409", Some(Provider::Nhn)).is_some());
    assert!(classify(&catalog, "InternalError", Some(Provider::Tencent)).is_some());
}

#[test]
fn a_tencent_success_is_ok() {
    let catalog = Catalog::builtin();
    let c = classify_report(&catalog, &Report::new(Envelope::Tencent, None)).unwrap();
    assert_eq!(
        (c.provider, c.category, c.code_str()),
        (Some(Provider::Tencent), Ok, "Success")
    );
    // and no bare code reads as it
    assert_eq!(bare("Success"), None);
}

#[test]
fn explicit_entries_come_before_the_word_rules() {
    // SPEC precedence: explicit entry → state words → base category → words
    let table = [
        // explicit product and SDK entries, as the official clients read them
        ("InvalidParameter.ActionInProgress", Retry, true),
        ("OperationDenied.InstanceStatusLimitError", Retry, true),
        ("LimitExceeded.RateLimitExceeded", Retry, true),
        ("ClientError.HttpStatusCodeError", Retry, true),
        ("ResourceUnavailable.InstanceType", Fix, true),
        ("ResourceUnavailable.SoldOut", Fix, true),
        ("ClientNetworkError", Retry, true),
        ("InvalidCredential", Permission, true),
        ("ClientParamsError", Fix, true),
        // state words beat the base code's category
        ("FailedOperation.InstanceLocked", Retry, false),
        ("InvalidParameter.TaskRunning", Retry, false),
        ("LimitExceeded.StatusLimit", Retry, false),
        // the base decides without a state word
        ("ResourceInsufficient.SpecifiedInstanceType", Fix, false),
        ("ResourceUnavailable.Other", Retry, false),
        ("LimitExceeded.Quota", Fix, false),
    ];
    for (code, category, documented) in table {
        let c = in_body(code).unwrap();
        assert_eq!((c.category, c.documented), (category, documented), "{code}");
    }
    // InternalError stays retry, and no official client retries it by default
    let internal = class("InternalError");
    assert_eq!((internal.category, clients(&internal)), (Retry, vec![]));
}

#[test]
fn retried_by_follows_the_clients() {
    assert_eq!(
        clients(&class("RequestLimitExceeded")),
        ["terraform", "go-sdk", "python-sdk"]
    );
    // Terraform matches by the part before the first dot; the Go SDK only
    // the exact RequestLimitExceeded.
    assert_eq!(
        clients(&in_body("ResourceInUse.TaskRunning").unwrap()),
        ["terraform"]
    );
    assert!(clients(&in_body("InternalError.DbError").unwrap()).is_empty());
    assert!(clients(&in_body("Foo.Busy").unwrap()).is_empty());
}

#[test]
fn api_v2_numbers() {
    let catalog = Catalog::builtin();
    let v2 = |code: &str, desc: Option<&str>| {
        let mut r = report(Envelope::TencentV2, code);
        r.code_desc = desc;
        classify_report(&catalog, &r).unwrap()
    };
    let c = v2("4100", Some("AuthFailure"));
    assert_eq!(
        (c.code_str(), c.family.as_deref(), c.category, c.documented),
        ("4100", Some("api-2.0"), Permission, true)
    );
    // a known API 3.0 codeDesc decides and is the base code
    let c = v2("4000", Some("InternalError"));
    assert_eq!(
        (c.category, c.base_code.as_deref()),
        (Retry, Some("InternalError"))
    );
    assert!(matches!(c.reading, Reading::Under(_, Under::CodeDesc)));
    // an unlisted number falls under its hundred
    let c = v2("4102", Some("SecretidNotAuthAccessResource"));
    assert_eq!(
        (c.category, c.base_code.as_deref()),
        (Permission, Some("4100"))
    );
    assert!(!c.documented);
    // beyond the list, the codeDesc's words decide
    let c = v2("7001", Some("ModuleBusy"));
    assert_eq!((c.category, c.reading), (Retry, Reading::TencentProduct));
    assert_eq!(v2("7001", None).category, Fix);
    // 0 is success
    let c = v2("0", Some("Success"));
    assert_eq!((c.category, c.code_str()), (Ok, "0"));
    // a bare four-digit number is API 2.0 unless --provider nhn says otherwise
    assert_eq!(class("4400").category, Retry);
    assert_eq!(class("4102").base_code.as_deref(), Some("4100"));
    assert_eq!(bare("5999"), None);
    assert_eq!(classify(&catalog, "4100", Some(Provider::Nhn)), None);
}

#[test]
fn nhn_bodies_is_successful_decides_first() {
    let catalog = Catalog::builtin();
    let nhn = |code: &str, ok: Option<bool>, message: Option<&str>, status: Option<u16>| {
        let mut r = report(Envelope::Nhn, code);
        r.successful = ok;
        r.message = message;
        r.transport_status = status;
        classify_report(&catalog, &r).unwrap()
    };
    assert_eq!(nhn("-4", Some(false), None, None).category, Fix);
    assert_eq!(nhn("0", Some(true), None, None).category, Ok);
    // true wins over any code
    let c = nhn(
        "1000",
        Some(true),
        Some("Some of your requests are successful."),
        None,
    );
    assert_eq!(c.category, Ok);
    assert!(matches!(
        c.reading,
        Reading::NhnOther {
            by: NhnBy::Successful,
            ..
        }
    ));
    // false with 0 is a failure
    let c = nhn("0", Some(false), Some("busy, try later"), None);
    assert_eq!(c.category, Retry);
    assert!(matches!(
        c.reading,
        Reading::NhnOther {
            contradicted: true,
            ..
        }
    ));
    // another service's code: by the transcript's status, else words, else fix
    let c = nhn("500201", Some(false), Some("Permission denied"), Some(503));
    assert_eq!((c.category, c.family, c.documented), (Retry, None, false));
    assert_eq!(
        nhn("-1000", Some(false), Some("Permission denied"), None).category,
        Permission
    );
    assert_eq!(
        nhn("-1000", Some(false), Some("Invalid appKey."), Some(200)).category,
        Fix
    );
    assert_eq!(nhn("abc", None, None, None).code_str(), "abc");
}

#[test]
fn openstack_faults() {
    let catalog = Catalog::builtin();
    let fault =
        |api, name: &str, status: Option<u16>, retry_after: bool, transport: Option<u16>| {
            let mut r = report(Envelope::OpenStack, name);
            r.api = Some(api);
            r.status = status;
            r.retry_after = retry_after;
            r.transport_status = transport;
            classify_report(&catalog, &r).unwrap()
        };
    use OpenStackApi::*;
    let c = fault(Compute, "itemNotFound", Some(404), false, None);
    assert_eq!(
        (c.category, c.http_status, c.family.as_deref()),
        (Fix, Some(404), Some("compute"))
    );
    assert_eq!(
        fault(Compute, "overLimit", Some(413), true, None).category,
        Retry
    );
    assert_eq!(
        fault(Compute, "overLimit", Some(413), false, None).category,
        Fix
    );
    assert_eq!(
        fault(Compute, "computeFault", Some(500), false, None).category,
        Retry
    );
    // Neutron: a WebOb name gives the status; else the transcript's, else the name
    let c = fault(Network, "HTTPNotFound", None, false, None);
    assert_eq!((c.http_status, c.category), (Some(404), Fix));
    assert_eq!(
        fault(Network, "PortInUse", None, false, Some(409)).http_status,
        Some(409)
    );
    assert_eq!(
        fault(Network, "PortInUse", None, false, None).category,
        Retry
    );
    assert_eq!(
        fault(Network, "OverQuota", None, false, Some(409)).category,
        Fix
    );
    assert_eq!(
        fault(Network, "PolicyNotAuthorized", None, false, None).category,
        Permission
    );
    let c = fault(Identity, "Unauthorized", Some(401), false, None);
    assert_eq!(
        (c.category, c.provider, c.family.as_deref()),
        (Permission, Some(Provider::Nhn), Some("identity"))
    );
}

#[test]
fn a_status_line_alone() {
    let c = http_status_only(429, true).unwrap();
    assert_eq!((c.provider, c.code, c.family), (None, None, None));
    assert_eq!((c.http_status, c.category), (Some(429), Retry));
    assert_eq!(http_status_only(502, false).unwrap().category, Retry);
    assert_eq!(http_status_only(404, false).unwrap().category, Fix);
    assert_eq!(http_status_only(501, false).unwrap().category, ContactAdmin);
    assert_eq!(http_status_only(200, false), None);
    assert_eq!(http_status_only(302, false), None);
}

#[test]
fn a_code_nested_in_a_message_is_the_cause() {
    let catalog = Catalog::builtin();
    let mut r = report(Envelope::SdkLine, "FailedOperation.CvmCommon");
    r.message = Some(
        "DashboardError,Code : -130000 , Msg : CVM_COMMON_ERROR[ResourceUnavailable.InstanceType:not available:672c], err : nil",
    );
    let c = classify_report(&catalog, &r).unwrap();
    let cause = c.cause.as_ref().unwrap();
    assert_eq!(cause.code_str(), "ResourceUnavailable.InstanceType");
    assert_eq!(
        (c.category, c.base_code.as_deref()),
        (Fix, Some("FailedOperation"))
    );
    // a whole SDK line inside the message
    r.code = Some("FailedOperation.AsCommon");
    r.message = Some(
        "AS_COMMON_ERROR(err:[TencentCloudSDKError] Code=ResourceBusy, Message=busy, RequestId=1)",
    );
    let c = classify_report(&catalog, &r).unwrap();
    assert_eq!(
        (c.cause.as_ref().unwrap().code_str(), c.category),
        ("ResourceBusy", Retry)
    );
    // brackets that hold no known code are no cause
    for message in [
        "param [Zone] invalid",
        "[Foo.Bar:x]",
        "[request id:57ee]system policy",
    ] {
        r.message = Some(message);
        assert!(
            classify_report(&catalog, &r).unwrap().cause.is_none(),
            "{message}"
        );
    }
}

#[test]
fn words_decide_only_where_nothing_else_does() {
    assert_eq!(word_category("Task in progress"), Some(Retry));
    assert_eq!(word_category("Permission denied"), Some(Permission));
    assert_eq!(word_category("Invalid appKey."), None);
    assert_eq!(webob_status("HTTPConflict"), Some(409));
    assert_eq!(webob_status("PortInUse"), None);
}
