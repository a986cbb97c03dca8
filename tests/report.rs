//! `--report` (issue 14): a block to paste into a Tencent Cloud or NHN Cloud
//! ticket after each failure, in every language; secrets never repeated,
//! with or without it; and the catalog's provenance (`reference`,
//! `--version`).

mod common;

use common::{LANGS, assert_script, ecode};
use serde_json::Value;

/// What a run shows: stdout, stderr and the exit status.
fn run(args: &[&str]) -> (String, String, i32) {
    let out = ecode().args(args).output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    );
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    (stdout, stderr, out.status.code().expect("exited"))
}

fn json_lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

const SECRETS_FILE: &str = "tests/fixtures/secrets_curl_v.txt";
const TENCENT_FILE: &str = "examples/curl_v.txt";
const NHN_FILE: &str = "tests/fixtures/curl_v.txt";
const STATUS_ONLY_FILE: &str = "tests/fixtures/real/empty_429.txt";

/// Every secret of `SECRETS_FILE` (beyond the eight characters a key id
/// keeps): none may appear in any output.
const SECRETS: &[&str] = &[
    "Sup3rS3cretPw",
    "q1w2e3r4t5y6u7i8o9p0QWERTYQUERY",
    "r4t5y6",
    "QuErYsIgNaTuRe",
    "QueryTokenValue77",
    "bsJ5yKBZQpn74WFkmLPx3HEADER",
    "/2026-11-21/cvm/tc3_request",
    "content-type;host",
    "a1b2c3d4e5f60718293a4b5c6d7e8f90",
    "tctokenHEADERvalue0123456789",
    "gAAAAABnHeaderAuthTokenValue0123",
    "BODYbodyBODYbodyBODY1234",
    "BodySecretKeyValue9876543210xyz",
    "MSGmsgMSGmsgMSGmsg5678",
    "ffee00112233445566778899aabbccdd",
    "MsgTcTokenValue42",
    "MsgSecretKeyValue42",
    "gAAAAABnSecondHeaderToken4567",
    "me@example.com",
    "NhnPassw0rdValue",
    "gAAAAABkNhnTokenIdValue",
    "YWRtaW46QmFzaWNQYXNzd29yZDE=",
    "eyJhbGciOiJIUzI1NiJ9",
    "JwtSignatureValue",
    "BearerTokenValue0123456789abcdef",
];

#[test]
fn no_secret_of_a_transcript_survives_in_text_or_json() {
    let input = std::fs::read_to_string(SECRETS_FILE).unwrap();
    for secret in SECRETS {
        assert!(input.contains(secret), "the fixture lacks {secret}");
    }
    for lang in LANGS {
        for format in ["text", "json"] {
            for report in [false, true] {
                let mut args = vec!["--lang", lang, "--format", format, "parse", SECRETS_FILE];
                if report {
                    args.push("--report");
                }
                let (out, err, code) = run(&args);
                assert_eq!(code, 3, "{args:?}: {err}");
                let shown = format!("{out}{err}");
                for secret in SECRETS {
                    assert!(!shown.contains(secret), "{args:?} shows {secret}:\n{shown}");
                }
                // what is kept: the results, a key id's prefix, the masks
                assert_eq!(
                    shown.matches("Credential=AKIDmsgM***,").count(),
                    1 + report as usize,
                    "{args:?}:\n{shown}"
                );
                assert!(
                    shown.contains("passwordCredentials\\\": {***}")
                        || shown.contains("passwordCredentials\": {***}"),
                    "{args:?}:\n{shown}"
                );
                if report {
                    assert!(shown.contains("POST /v2.0/tokens"), "{shown}");
                    assert!(!shown.contains("SecretId="), "{shown}");
                }
            }
        }
    }
}

/// The heading of each provider's report, in ko, en, ja, zh.
const HEADINGS: [(&str, [&str; 4]); 3] = [
    (
        TENCENT_FILE,
        [
            "--- Tencent Cloud 티켓 제출: 오류 정보 ---",
            "--- Tencent Cloud ticket: error details ---",
            "--- Tencent Cloud チケット提出：エラー情報 ---",
            "--- 腾讯云提交工单：错误信息 ---",
        ],
    ),
    (
        NHN_FILE,
        [
            "--- NHN Cloud 고객 센터 1:1 문의: 오류 정보 ---",
            "--- NHN Cloud Customer Center inquiry: error details ---",
            "--- NHN Cloud お問い合わせ：エラー情報 ---",
            "--- NHN Cloud 客户中心咨询：错误信息 ---",
        ],
    ),
    (
        STATUS_ONLY_FILE,
        [
            "--- 기술 지원 문의: 오류 정보 ---",
            "--- Support request: error details ---",
            "--- サポートへのお問い合わせ：エラー情報 ---",
            "--- 技术支持咨询：错误信息 ---",
        ],
    ),
];

/// The labels of a report's rows, in ko, en, ja, zh: provider, code,
/// request line, date, version, source.
const LABELS: [[&str; 6]; 4] = [
    [
        "클라우드",
        "오류 코드",
        "요청 줄",
        "응답 시각",
        "ecode 버전",
        "카탈로그 출처",
    ],
    [
        "Provider",
        "Error code",
        "Request line",
        "Response date",
        "ecode version",
        "Catalog source",
    ],
    [
        "クラウド",
        "エラーコード",
        "リクエスト行",
        "応答日時",
        "ecodeバージョン",
        "カタログの出典",
    ],
    [
        "云平台",
        "错误码",
        "请求行",
        "响应时间",
        "ecode 版本",
        "错误码表来源",
    ],
];

/// The report block of a text output: from its heading to the end of the
/// result (a blank line or the end).
fn report_block(out: &str) -> &str {
    let start = out.find("\n--- ").map(|i| i + 1).expect("a report heading");
    let rest = &out[start..];
    &rest[..rest.find("\n\n").map_or(rest.len(), |i| i + 1)]
}

#[test]
fn a_report_follows_each_failure_in_every_language() {
    for (i, lang) in LANGS.into_iter().enumerate() {
        for (file, headings) in HEADINGS {
            let (out, err, _) = run(&["--lang", lang, "--report", "parse", file]);
            assert_script(lang, &out);
            let block = report_block(&out);
            assert_eq!(
                block.lines().next(),
                Some(headings[i]),
                "{lang} {file}: {err}\n{out}"
            );
            let value = |label: &str| {
                block
                    .lines()
                    .find_map(|l| l.trim_start().strip_prefix(label))
                    .map(str::trim)
                    .unwrap_or_else(|| panic!("{lang} {file}: no {label}:\n{block}"))
                    .to_string()
            };
            let [_, _, request, date, version, source] = LABELS[i];
            assert_eq!(value(version), env!("CARGO_PKG_VERSION"));
            match file {
                TENCENT_FILE => {
                    assert_eq!(value("RequestId"), "2f6b1f0e-8c1d-4b8e-9d7e-0a4b1c2d3e4f");
                    assert_eq!(value(request), "POST /", "the query string is dropped");
                    assert_eq!(value(date), "Sat, 21 Nov 2026 10:00:03 GMT");
                    assert!(
                        value(source)
                            .starts_with("https://cloud.tencent.com/document/api/213/15694")
                    );
                    assert!(value(source).contains("2026-11"));
                }
                NHN_FILE => {
                    assert_eq!(value(request), "POST /v2/tenant/volumes");
                    assert!(value(LABELS[i][1]) == "40409");
                }
                _ => {
                    // a status line alone: no provider, no code
                    assert!(!block.contains(LABELS[i][0]), "{block}");
                    assert!(!block.contains(LABELS[i][1]), "{block}");
                }
            }
        }
        // explain: a block after each failure, none after a success
        let (out, _, code) = run(&[
            "--lang",
            lang,
            "--report",
            "explain",
            "InternalError",
            "0",
            "-2",
        ]);
        assert_eq!(code, 5);
        assert_script(lang, &out);
        assert_eq!(out.matches("\n--- ").count(), 2, "{out}");
        assert!(
            out.contains(HEADINGS[0].1[i]) && out.contains(HEADINGS[1].1[i]),
            "{out}"
        );
        let (plain, _, _) = run(&["--lang", lang, "explain", "InternalError", "0", "-2"]);
        assert!(
            !plain.contains("---"),
            "no block without --report:\n{plain}"
        );
    }
}

const REPORT_KEYS: [&str; 9] = [
    "provider",
    "code",
    "message",
    "request_id",
    "status_line",
    "request_line",
    "date",
    "ecode_version",
    "catalog_sources",
];

#[test]
fn json_results_carry_a_report_only_with_report_and_only_for_failures() {
    let mut seen = Vec::new();
    for lang in LANGS {
        let (out, _, _) = run(&["--lang", lang, "--json", "parse", TENCENT_FILE]);
        let [v] = &json_lines(&out)[..] else {
            panic!("{out}")
        };
        assert_eq!(v["report"], Value::Null);

        let (out, _, _) = run(&["--lang", lang, "--json", "--report", "parse", TENCENT_FILE]);
        let [v] = &json_lines(&out)[..] else {
            panic!("{out}")
        };
        let report = &v["report"];
        let keys: Vec<&str> = REPORT_KEYS
            .iter()
            .copied()
            .filter(|k| report.get(k).is_some())
            .collect();
        assert_eq!(keys, REPORT_KEYS, "{report}");
        assert_eq!(report.as_object().unwrap().len(), REPORT_KEYS.len());
        let order: Vec<usize> = REPORT_KEYS
            .iter()
            .map(|k| out.find(&format!("\"{k}\":")).unwrap())
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "key order: {out}");
        assert_eq!(report["provider"], "tencent");
        assert_eq!(report["code"], "AuthFailure.SignatureFailure");
        assert_eq!(report["status_line"], "HTTP/1.1 200 OK");
        assert_eq!(report["request_line"], "POST /");
        assert_eq!(report["date"], "Sat, 21 Nov 2026 10:00:03 GMT");
        assert_eq!(report["ecode_version"], env!("CARGO_PKG_VERSION"));
        let sources = report["catalog_sources"].as_array().unwrap();
        assert_eq!(sources[0]["url"], v["reference"]);
        assert_eq!(sources[0]["read"], "2026-11");
        // the facts are the input's and the catalog's: the same in every language
        seen.push(report.clone());

        // a success has nothing to report; explain's failures do
        let (out, _, _) = run(&[
            "--lang", lang, "--json", "--report", "explain", "0", "40409",
        ]);
        let lines = json_lines(&out);
        assert_eq!(lines[0]["report"], Value::Null);
        assert_eq!(lines[1]["report"]["code"], "40409");
        assert_eq!(lines[1]["report"]["provider"], "nhn");
        assert_eq!(lines[1]["report"]["status_line"], Value::Null);
    }
    assert!(seen.windows(2).all(|w| w[0] == w[1]), "{seen:?}");
}

#[test]
fn dash_v_is_one_line_and_long_version_lists_every_reference_with_its_date() {
    let (short, _, code) = run(&["-V"]);
    assert_eq!(code, 0);
    assert_eq!(short, format!("ecode {}\n", env!("CARGO_PKG_VERSION")));
    let (long, _, _) = run(&["--version"]);
    assert!(long.starts_with(&short), "{long}");
    assert!(long.len() > short.len() + 100, "{long}");
    // every result's reference, in every language, is a source --version
    // lists, with the month it was read before it
    let codes = [
        "40409",
        "-4",
        "InternalError",
        "4100",
        "ClientNetworkError",
        "InvalidParameter.ActionInProgress",
        "ResourceUnavailable.InstanceType",
    ];
    for lang in LANGS {
        let mut args = vec!["--lang", lang, "--json", "explain"];
        args.extend(codes);
        let (out, _, _) = run(&args);
        let lines = json_lines(&out);
        assert_eq!(lines.len(), codes.len());
        for v in lines {
            let url = v["reference"].as_str().unwrap_or_else(|| panic!("{v}"));
            let at = long
                .lines()
                .position(|l| l.trim() == url)
                .unwrap_or_else(|| panic!("{url} is not in --version:\n{long}"));
            let read = long
                .lines()
                .nth(at - 1)
                .unwrap()
                .split_whitespace()
                .next()
                .unwrap();
            assert!(read.len() == 7 && read.starts_with("20"), "{read}");
        }
    }
}

#[test]
fn a_user_catalog_is_cited_by_its_file_name_alone() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("team.toml");
    std::fs::write(
        &file,
        "provider = \"tencent\"\n[[code]]\ncode = \"InvalidInstanceId.NotFound\"\ncategory = \"fix\"\nmeaning = { en = \"No such instance.\", ko = \"인스턴스가 없습니다.\", ja = \"インスタンスがありません。\", zh = \"实例不存在。\" }\n",
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let user = ["ko", "en", "ja", "zh"].map(|lang| {
        let (out, err, code) = run(&[
            "--lang",
            lang,
            "--catalog",
            file,
            "--report",
            "explain",
            "InvalidInstanceId.NotFound",
        ]);
        assert_eq!(code, 1, "{err}");
        // the result names the file; the block to paste, its name alone
        let block = report_block(&out).to_string();
        let private = dir.path().to_str().unwrap();
        assert!(!block.contains(private), "a private path:\n{block}");
        assert!(block.contains("team.toml"), "{block}");
        block
    });
    assert!(
        user[1].contains("Catalog source  user catalog team.toml\n"),
        "{}",
        user[1]
    );
    let (out, _, _) = run(&[
        "--json",
        "--catalog",
        file,
        "--report",
        "explain",
        "InvalidInstanceId.NotFound",
    ]);
    let [v] = &json_lines(&out)[..] else {
        panic!("{out}")
    };
    let sources = v["report"]["catalog_sources"].as_array().unwrap();
    assert_eq!(
        sources[0],
        serde_json::json!({"title": "team.toml", "url": null, "read": null})
    );
    assert_eq!(
        sources[1]["url"],
        "https://cloud.tencent.com/document/api/213/15694"
    );
}
