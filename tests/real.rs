//! `ecode parse` on failures as people pasted them (`tests/fixtures/real/`,
//! each line's source in `tests/fixtures/README.md`): every sample decodes —
//! none ends in exit 6 — and each gets the verdict its provider's own
//! clients would give it.

mod common;

use std::path::PathBuf;

use common::{LANGS, assert_script, ecode};
use serde_json::Value;

fn real(name: &str) -> String {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "fixtures",
        "real",
        name,
    ]
    .iter()
    .collect();
    path.to_string_lossy().into_owned()
}

const FILES: [&str; 8] = [
    "go_terraform.log",
    "python_tccli.log",
    "java_node_dotnet.log",
    "tencent_bare_v2_dumps.log",
    "nhn_services.jsonl",
    "openstack.log",
    "nginx_504.txt",
    "empty_429.txt",
];

/// `--json parse FILE`: the rows and the exit status.
fn rows(name: &str) -> (Vec<Value>, i32) {
    let out = ecode()
        .args([
            "--lang",
            "en",
            "--color",
            "never",
            "--json",
            "parse",
            &real(name),
        ])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{name}");
    let rows = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (rows, out.status.code().unwrap())
}

/// line, envelope, code, category, cause
type Row = (u64, &'static str, &'static str, &'static str, &'static str);

fn brief(rows: &[Value]) -> Vec<(u64, String, String, String, String)> {
    let s = |v: &Value| v.as_str().unwrap_or("-").to_string();
    rows.iter()
        .map(|r| {
            let line = r["source"].as_str().unwrap().rsplit(':').next().unwrap();
            (
                line.parse().unwrap(),
                s(&r["envelope"]),
                s(&r["code"]),
                s(&r["category"]),
                s(&r["cause"]),
            )
        })
        .collect()
}

fn want(rows: &[Row]) -> Vec<(u64, String, String, String, String)> {
    rows.iter()
        .map(|&(l, e, c, k, x)| (l, e.into(), c.into(), k.into(), x.into()))
        .collect()
}

#[test]
fn every_real_sample_decodes_with_the_verdict_the_clients_give() {
    let expected: [(&str, &[Row], i32); 8] = [
        (
            "go_terraform.log",
            &[
                (
                    1,
                    "sdk-line",
                    "ResourceUnavailable.InstanceType",
                    "fix",
                    "-",
                ),
                (
                    2,
                    "sdk-line",
                    "FailedOperation.CvmCommon",
                    "fix",
                    "ResourceUnavailable.InstanceType",
                ),
                (
                    4,
                    "sdk-line",
                    "FailedOperation.AsCommon",
                    "fix",
                    "InvalidParameterValue.InstanceTypeNotSupported",
                ),
                (5, "sdk-line", "InternalError", "retry", "-"),
                (6, "sdk-line", "ResourceBusy", "retry", "-"),
                (
                    7,
                    "sdk-line",
                    "AuthFailure.InvalidAuthorization",
                    "permission",
                    "-",
                ),
                (8, "sdk-line", "ClientError.NetworkError", "retry", "-"),
                (
                    9,
                    "sdk-line",
                    "OperationDenied.InstanceOperationInProgress",
                    "retry",
                    "-",
                ),
                (10, "sdk-line", "ResourceInUse", "retry", "-"),
                (
                    11,
                    "sdk-line",
                    "InvalidAccount.InsufficientBalance",
                    "fix",
                    "-",
                ),
                (
                    12,
                    "sdk-line",
                    "AuthFailure.SignatureFailure",
                    "permission",
                    "-",
                ),
                (13, "sdk-line", "InternalError", "retry", "-"),
            ],
            3,
        ),
        (
            "python_tccli.log",
            &[
                (1, "sdk-line", "RequestLimitExceeded", "retry", "-"),
                (2, "sdk-line", "ClientNetworkError", "retry", "-"),
                (
                    3,
                    "sdk-line",
                    "AuthFailure.UnauthorizedOperation",
                    "permission",
                    "-",
                ),
                (4, "sdk-line", "InternalError", "retry", "-"),
                (5, "sdk-line", "InvalidCredential", "permission", "-"),
                (
                    15,
                    "sdk-line",
                    "AuthFailure.SecretIdNotFound",
                    "permission",
                    "-",
                ),
            ],
            3,
        ),
        (
            "java_node_dotnet.log",
            &[
                (1, "sdk-line", "InternalError.SendAndRecvFail", "retry", "-"),
                (
                    3,
                    "sdk-line",
                    "AuthFailure.SignatureFailure",
                    "permission",
                    "-",
                ),
                (
                    11,
                    "sdk-line",
                    "InvalidParameter.GrantOtherResource",
                    "fix",
                    "-",
                ),
            ],
            3,
        ),
        (
            "tencent_bare_v2_dumps.log",
            &[
                (
                    1,
                    "tencent-bare",
                    "AuthFailure.SignatureFailure",
                    "permission",
                    "-",
                ),
                (
                    2,
                    "tencent-bare",
                    "AuthFailure.SignatureFailure",
                    "permission",
                    "-",
                ),
                (3, "tencent", "InvalidParameter.ResouceError", "fix", "-"),
                (4, "tencent-v2", "5100", "retry", "-"),
                (5, "tencent-v2", "4102", "permission", "-"),
                (6, "tencent-v2", "4100", "permission", "-"),
                (7, "tencent-v2", "4100", "permission", "-"),
                (8, "tencent-v2", "5100", "retry", "-"),
                (9, "tencent-v2", "4000", "fix", "-"),
            ],
            3,
        ),
        (
            "nhn_services.jsonl",
            &[
                (1, "nhn", "404", "fix", "-"),
                (2, "nhn", "52000", "fix", "-"),
                (3, "nhn", "4010001", "fix", "-"),
                (4, "nhn", "400629", "fix", "-"),
                (5, "nhn", "1000", "ok", "-"),
                (6, "nhn", "20001", "contact-admin", "-"),
                (7, "nhn", "-1000", "fix", "-"),
            ],
            5,
        ),
        (
            "openstack.log",
            &[
                (1, "openstack", "forbidden", "fix", "-"),
                (2, "openstack", "itemNotFound", "fix", "-"),
                (3, "openstack", "PortInUse", "retry", "-"),
                (4, "openstack", "HTTPInternalServerError", "retry", "-"),
                (5, "openstack", "OverQuota", "fix", "-"),
                (6, "openstack", "Unauthorized", "permission", "-"),
            ],
            3,
        ),
        ("nginx_504.txt", &[(1, "http-status", "-", "retry", "-")], 4),
        ("empty_429.txt", &[(1, "http-status", "-", "retry", "-")], 4),
    ];
    for (name, rows_wanted, status) in expected {
        let (got, code) = rows(name);
        assert_eq!(brief(&got), want(rows_wanted), "{name}");
        assert_eq!(code, status, "{name}");
        for row in &got {
            let keys: Vec<&str> = row
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            assert_eq!(keys.len(), ecode::JSON_KEYS.len(), "{name}: {row}");
        }
    }
    assert_eq!(FILES.len(), expected.len());
}

#[test]
fn fields_of_the_new_shapes_in_json() {
    let (got, _) = rows("empty_429.txt");
    let r = &got[0];
    assert_eq!(
        (&r["provider"], &r["code"], &r["family"]),
        (&Value::Null, &Value::Null, &Value::Null)
    );
    assert_eq!(
        (&r["http_status"], &r["transport_status"], &r["retry_after"]),
        (&Value::from(429), &Value::from(429), &Value::from(3600))
    );
    let (got, _) = rows("tencent_bare_v2_dumps.log");
    assert_eq!(
        got[3]["base_code"], "InternalError",
        "a known codeDesc is the base"
    );
    assert_eq!(got[4]["base_code"], "4100", "4102 falls under its hundred");
    assert_eq!(got[3]["family"], "api-2.0");
    assert_eq!(got[0]["request_id"], "9939e6a5-cc6e-41fe-a316-3fcf64771243");
    let (got, _) = rows("python_tccli.log");
    assert_eq!(
        got[0]["retried_by"],
        serde_json::json!(["terraform", "go-sdk", "python-sdk"])
    );
    assert_eq!(
        got[3]["retried_by"],
        serde_json::json!([]),
        "InternalError: no client retries it"
    );
    let (got, _) = rows("openstack.log");
    assert_eq!(
        (&got[1]["http_status"], &got[1]["family"]),
        (&Value::from(404), &Value::from("compute"))
    );
    assert_eq!(got[2]["family"], "network");
    assert_eq!(got[5]["provider"], "nhn");
    let (got, _) = rows("nhn_services.jsonl");
    assert_eq!(
        (&got[0]["family"], &got[0]["documented"]),
        (&Value::Null, &Value::from(false))
    );
}

#[test]
fn every_real_sample_in_text_in_every_language() {
    for name in FILES {
        for lang in LANGS {
            let out = ecode()
                .args(["--lang", lang, "--color", "never", "parse", &real(name)])
                .output()
                .unwrap();
            let code = out.status.code().unwrap();
            assert!(code != 6 && code != 7, "{name} {lang}: {code}");
            assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{name} {lang}");
            let text = String::from_utf8(out.stdout).unwrap();
            // The messages are the input's own words (Chinese, often):
            // every other line is ecode's and keeps to the language.
            let message = match lang {
                "ko" => "메시지",
                "ja" => "メッセージ",
                "zh" => "返回消息",
                _ => "Message",
            };
            let ours: String = text
                .lines()
                .filter(|l| !l.trim_start().starts_with(message))
                .map(|l| format!("{l}\n"))
                .collect();
            for block in ours.split("\n\n") {
                assert_script(lang, block);
            }
        }
    }
}

#[test]
fn a_cause_and_the_clients_that_retry_are_shown_in_text() {
    let out = ecode()
        .args([
            "--lang",
            "en",
            "--color",
            "never",
            "parse",
            &real("go_terraform.log"),
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let line = |label: &str| {
        text.lines()
            .find(|l| l.trim_start().starts_with(label))
            .map(|l| l[2 + label.len()..].trim_start().to_string())
    };
    assert!(
        line("Cause")
            .unwrap()
            .starts_with("ResourceUnavailable.InstanceType — The instance type"),
        "{text}"
    );
    assert_eq!(
        line("Retried by").unwrap(),
        "the Terraform provider (by default)"
    );
    let out = ecode()
        .args([
            "--lang",
            "en",
            "--color",
            "never",
            "parse",
            &real("empty_429.txt"),
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("HTTP 429 Too Many Requests\n"), "{text}");
    assert!(text.contains("Retry-After: 3600"), "{text}");
}
