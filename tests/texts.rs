//! The words users read, as a native technical writer of each language
//! would write them (issue 12): the providers' own terms, one term for one
//! thing, CJK punctuation in Japanese and Chinese, and the English grammar
//! of the messages. A golden per language keeps every text this review
//! touched, so a change to one is reviewed as a diff.

mod common;

use common::{LANGS, assert_script, ecode, golden, with_stdin};
use serde_json::Value;

/// What a run shows: stdout, stderr and the exit status.
fn run(args: &[&str], stdin: &str) -> (String, String, i32) {
    let out = with_stdin(ecode().args(args), stdin.as_bytes());
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().expect("exited, not killed"),
    )
}

/// What `explain` says about a code: meaning, notes and advice.
fn texts(lang: &str, code: &str) -> String {
    let (out, err, _) = run(
        &["--lang", lang, "--color", "never", "explain", "--", code],
        "",
    );
    assert!(
        out.starts_with(code) || out.contains(" · "),
        "{code}: {err}"
    );
    out
}

const OPENSTACK: &str = r#"{"conflictingRequest":{"code":409,"message":"Port in use"}}"#;
const TENCENT_SUCCESS: &str = r#"{"Response":{"RequestId":"ok-1"}}"#;
const RATE_LIMITED: &str = "HTTP/1.1 200 OK\r\nRetry-After: 30\r\n\r\n\
    {\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\",\"Message\":\"slow down\"},\"RequestId\":\"r-1\"}}\n";

/// A `curl -v` transcript of an NHN Cloud call (issue 14's support report).
const NHN_CURL_V: &str = "> POST /v2/tenant/volumes?limit=1 HTTP/1.1\n> X-Auth-Token: gAAAAABkSecret\n>\n< HTTP/1.1 409 Conflict\n< Date: Sat, 21 Nov 2026 10:00:00 GMT\n< X-Openstack-Request-Id: req-1f2e3d4c\n<\n\
    {\"header\":{\"isSuccessful\":false,\"resultCode\":40409,\"resultMessage\":\"Conflict: volume 3f2a is attached\"}}\n";

/// Every invocation whose output the review changed: (arguments, stdin).
const CASES: &[(&[&str], &str)] = &[
    // NHN fixed codes: -4 and -8 name the Request Body alike; contact-admin
    // category; -1's wording.
    (&["explain", "-1", "-2", "-4", "-8", "20001"], ""),
    // NHN families and HTTP reason phrases in brackets of the language.
    (
        &[
            "explain", "13400", "22400", "24400", "40401", "40404", "40406", "40412", "40417",
            "10503",
        ],
        "",
    ),
    // Tencent common codes the review reworded.
    (
        &[
            "explain",
            "ActionOffline",
            "AuthFailure.InvalidSecretId",
            "AuthFailure.TokenFailure",
            "AuthFailure.UnauthorizedOperation",
            "DryRunOperation",
            "InvalidParameter",
            "IpInBlacklist",
            "IpNotInWhitelist",
            "RequestSizeLimitExceeded",
            "ResourceInsufficient",
            "ResponseSizeLimitExceeded",
            "UnknownParameter",
            "UnsupportedRegion",
            "MutexOperation.TaskRunning",
        ],
        "",
    ),
    // The catalog's spelling for the known part, the sub-code as typed.
    (&["explain", "resourcenotfound.instancenotfound"], ""),
    // Error messages: the joiner, the empty code, the provider's article.
    (&["explain", "AuthFailure.SignatureExpir"], ""),
    (&["explain", ""], ""),
    (&["--provider", "nhn", "explain", "InternalError"], ""),
    (&["--provider", "tencent", "explain", "40409"], ""),
    (&["search", "zzqqxx"], ""),
    (&["parse"], "{\"header\": \n"),
    // Parse output: the success headline, RequestId and Retry-After labels,
    // the OpenStack note, the summary's count of one and of undecodable bodies.
    (&["parse"], TENCENT_SUCCESS),
    (&["parse"], RATE_LIMITED),
    (&["parse"], OPENSTACK),
    // The support report (issue 14): each provider's heading and labels.
    (&["--report", "parse"], NHN_CURL_V),
    (&["--report", "parse"], RATE_LIMITED),
    (&["--report", "explain", "AuthFailure.SignatureFailure"], ""),
    (
        &["parse", "--summary"],
        "{\"Response\":{\"Error\":{\"Code\":\"resourcenotfound.instancenotfound\",\"Message\":\"m\"},\"RequestId\":\"r\"}}\n{\"Response\":{\"Error\":\n",
    ),
];

#[test]
fn reviewed_texts_in_every_language_match_their_goldens() {
    for lang in LANGS {
        let mut all = String::new();
        for (args, stdin) in CASES {
            let mut full = vec!["--lang", lang, "--color", "never"];
            full.extend_from_slice(args);
            let (out, err, code) = run(&full, stdin);
            assert!(!err.contains("panicked"), "{full:?}: {err}");
            if !out.is_empty() {
                assert_script(lang, &out);
            }
            all.push_str(&format!(
                "$ ecode {}\n{out}{err}[exit {code}]\n\n",
                full.join(" ")
            ));
        }
        golden(&format!("texts.{lang}.txt"), &all);
    }
}

/// Each row of the review's table: in LANG, what `explain` says about CODE
/// says BETTER and no longer NOW (`lang | code | better | now`).
const REWORDED: &str = "
ko | -4 | Request Body | 본문
ja | -4 | Request Body | ボディ
zh | -4 | Request Body | 请求体
en | -4 | Request Body | or body
ko | -8 | Request Body | 본문
ko | ResourceInsufficient | 가용존 | 가용 영역
ko | AuthFailure.InvalidSecretId | 클라우드 API 키 유형이 아닙니다. | 입니다(
ko | InvalidParameter | 매개변수 오류입니다. | 입니다(
ko | RequestSizeLimitExceeded | 요청을 나누어 요청 크기를 줄이세요. | 세요(
ko | UnsupportedRegion | 요청에 지정된 리전을 | 전달된 리전
ko | IpInBlacklist | 요청을 보낸 IP 주소 | 요청한 IP
ko | IpNotInWhitelist | 요청을 보낸 IP 주소 | 요청한 IP
ko | DryRunOperation | 요청 자체는 성공할 수 있지만 | 성공했을 것이지만
ko | ResponseSizeLimitExceeded | 페이징 | 페이지 나누기
ko | AuthFailure.UnauthorizedOperation | 루트 계정 관리자에게 요청해 | 부여(
ja | AuthFailure.UnauthorizedOperation | 管理者に依頼して | 付与（
ko | UnknownParameter | 요청의 Version 값이 참고 중인 API 문서의 버전 | Version이 참고한
ja | UnknownParameter | リクエストのVersionの値が | Versionが参照
ko | 40401 | 토큰 또는 AppKey, 그리고 resultMessage | AppKey와,
zh | ActionOffline | 接口文档 | API 文档
zh | -1 | 与认证模块对接失败 | 联动
en | AuthFailure.TokenFailure | The Token is invalid. | (Token)
en | 10503 | inferred from its format | read by its shape
en | MutexOperation.TaskRunning | inferred from the words in the code | read from
";

#[test]
fn each_reworded_text_uses_the_reviewed_term() {
    let rows: Vec<Vec<&str>> = REWORDED
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split(" | ").collect())
        .collect();
    assert_eq!(rows.len(), 24);
    for row in rows {
        let [lang, code, better, now] = row[..] else {
            panic!("{row:?}: four fields, separated by \" | \"");
        };
        let t = texts(lang, code);
        assert!(t.contains(better), "{lang} {code}: no {better:?} in {t}");
        assert!(!t.contains(now), "{lang} {code}: still {now:?} in {t}");
    }
}

#[test]
fn contact_admin_is_named_as_nhn_names_it() {
    let names = "담당자 문의|contact the administrator|担当者への問い合わせ|联系客户中心";
    for (lang, name) in LANGS.into_iter().zip(names.split('|')) {
        let (out, _, code) = run(&["--lang", lang, "explain", "-2", "-6", "20001"], "");
        assert_eq!(code, 5);
        assert_eq!(out.matches(name).count(), 3, "{lang}: {out}");
    }
}

#[test]
fn family_names_follow_the_providers_docs() {
    let want = [
        ("ja", "22400", "Floating IP API"),
        ("ja", "24400", "セキュリティーグループAPI"),
        ("zh", "22400", "弹性 IP API"),
        ("zh", "13400", "密钥对 API"),
    ];
    for (lang, code, family) in want {
        let (out, _, _) = run(&["--lang", lang, "explain", code], "");
        let head = out.lines().next().unwrap();
        assert!(head.contains(&format!(" · {family} · ")), "{lang}: {head}");
    }
}

#[test]
fn japanese_http_phrases_are_nouns_in_full_width_brackets() {
    let want = [
        ("40404", "404 Not Found（未検出）"),
        ("40406", "406 Not Acceptable（受理不可）"),
        ("40412", "412 Precondition Failed（前提条件不成立）"),
    ];
    for (code, phrase) in want {
        let (out, _, _) = run(&["--lang", "ja", "explain", code], "");
        assert!(out.lines().next().unwrap().ends_with(phrase), "{out}");
    }
    let (out, _, _) = run(&["--lang", "zh", "explain", "40409"], "");
    assert!(out.contains("HTTP 409 Conflict（冲突）"), "{out}");
    let (out, _, _) = run(&["--lang", "ko", "explain", "40409"], "");
    assert!(out.contains("HTTP 409 Conflict (충돌)"), "{out}");
}

#[test]
fn request_id_and_retry_after_are_labelled_by_their_protocol_names() {
    for lang in LANGS {
        let (out, _, _) = run(&["--lang", lang, "parse"], RATE_LIMITED);
        let label = |name: &str| {
            out.lines()
                .find(|l| l.trim_start().starts_with(name))
                .unwrap_or_else(|| panic!("{lang}: no {name} line\n{out}"))
                .to_string()
        };
        let request_id = label("RequestId ");
        let retry_after = label("Retry-After ");
        // Every value starts in the same column, the labels being short.
        let column = |l: &str| {
            let rest = l.trim_start();
            let label_end = rest.find("  ").unwrap();
            let value = rest[label_end..].trim_start();
            unicode_width::UnicodeWidthStr::width(&l[..l.len() - value.len()])
        };
        assert_eq!(column(&request_id), column(&retry_after), "{lang}\n{out}");
        assert!(column(&request_id) <= 20, "{lang}: labels too wide\n{out}");
    }
}

#[test]
fn cjk_messages_join_without_the_spaced_western_dash() {
    for (lang, joined) in [("ja", "。もしかして："), ("zh", "——您是否要查找：")] {
        let (_, err, code) = run(
            &["--lang", lang, "explain", "AuthFailure.SignatureExpir"],
            "",
        );
        assert_eq!(code, 6);
        assert!(err.contains(joined), "{lang}: {err}");
        assert!(!err.contains(" — "), "{lang}: {err}");
        let (_, err, _) = run(&["--lang", lang, "search", "zzqqxx"], "");
        assert!(!err.contains(" — ") && !err.contains("— "), "{lang}: {err}");
    }
    let (_, err, _) = run(&["--lang", "zh", "parse"], "no body here\n");
    assert!(err.contains("停止于第 1 行"), "{err}");
    let (_, err, _) = run(
        &["--lang", "zh", "--provider", "tencent", "explain", "40409"],
        "",
    );
    assert!(err.contains("不是腾讯云的错误码"), "{err}");
}

#[test]
fn english_messages_read_as_english() {
    let (_, err, _) = run(
        &[
            "--lang",
            "en",
            "--provider",
            "nhn",
            "explain",
            "InternalError",
        ],
        "",
    );
    assert_eq!(err, "ecode: InternalError is not an NHN Cloud code\n");
    let (_, err, _) = run(
        &["--lang", "en", "--provider", "tencent", "explain", "40409"],
        "",
    );
    assert_eq!(err, "ecode: 40409 is not a Tencent Cloud code\n");
    let (help, _, _) = run(&["--help"], "");
    assert!(help.contains("When to color"), "{help}");
    assert!(
        help.contains("Treat codes as this provider's only"),
        "{help}"
    );
    assert!(!help.contains("colour"), "{help}");
}

#[test]
fn an_empty_code_is_quoted_and_suggests_nothing() {
    let want = [
        (
            "en",
            "ecode: \"\" is not a known error code — `ecode list` shows every code\n",
        ),
        (
            "ja",
            "ecode: 不明なエラーコードです：「」。すべてのコードは`ecode list`で確認できます\n",
        ),
    ];
    for (lang, message) in want {
        let (_, err, code) = run(&["--lang", lang, "explain", ""], "");
        assert_eq!((err.as_str(), code), (message, 6));
    }
    let (_, err, _) = run(&["--lang", "en", "explain", "  "], "");
    assert!(err.starts_with("ecode: \"\" is not"), "{err}");
}

#[test]
fn a_tencent_success_is_headed_by_the_word_not_a_family() {
    let heads = "성공 · Tencent Cloud|Success · Tencent Cloud|成功 · Tencent Cloud|成功 · 腾讯云";
    for (lang, head) in LANGS.into_iter().zip(heads.split('|')) {
        let (out, _, code) = run(&["--lang", lang, "parse"], TENCENT_SUCCESS);
        assert_eq!(code, 0);
        assert_eq!(out.lines().next(), Some(head), "{lang}");
    }
    // JSON keeps the code scripts match on.
    let (out, _, _) = run(&["--lang", "ko", "--json", "parse"], TENCENT_SUCCESS);
    let v: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["code"], "Success");
}

#[test]
fn the_summary_says_one_result_and_counts_undecodable_bodies() {
    let one = "{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"m\"},\"RequestId\":\"r\"}}\n";
    let (out, _, _) = run(&["--lang", "en", "parse", "--summary"], one);
    assert!(out.contains("Summary · 1 result\n"), "{out}");
    let broken = format!("{one}{{\"Response\":{{\"Error\":\n");
    let (out, _, code) = run(&["--lang", "en", "parse", "--summary"], &broken);
    assert_eq!(code, 6);
    assert!(out.contains("Summary · 1 result, 1 undecodable\n"), "{out}");
    let last = out.lines().last().unwrap();
    assert_eq!(
        last.split_whitespace().collect::<Vec<_>>(),
        ["undecodable", "1"]
    );
    let (out, _, _) = run(&["--json", "parse", "--summary"], &broken);
    let last: Value = serde_json::from_str(out.lines().last().unwrap()).unwrap();
    assert_eq!(last["summary"]["total"], 1);
    assert_eq!(last["summary"]["undecodable"], 1);
}

/// A sub-code keeps the catalog's spelling for the known part and the rest
/// as typed, in every place that shows it.
#[test]
fn a_sub_code_is_spelled_the_same_everywhere() {
    const SHOWN: &str = "ResourceNotFound.instancenotfound";
    let (out, _, _) = run(
        &[
            "--lang",
            "en",
            "explain",
            "resourcenotfound.instancenotfound",
        ],
        "",
    );
    assert!(out.starts_with(&format!("{SHOWN} · ")), "{out}");
    assert!(out.contains(&format!("Note      {SHOWN} is not")), "{out}");
    let body = "{\"Response\":{\"Error\":{\"Code\":\"resourcenotfound.instancenotfound\",\"Message\":\"m\"},\"RequestId\":\"r\"}}\n";
    let (out, _, _) = run(&["--lang", "en", "parse", "--summary"], body);
    assert_eq!(
        out.matches(SHOWN).count(),
        3,
        "headline, note, summary: {out}"
    );
    let (out, _, _) = run(&["--json", "parse"], body);
    let v: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(
        (v["code"].as_str(), v["base_code"].as_str()),
        (Some(SHOWN), Some("ResourceNotFound"))
    );
    let nested = "{\"Response\":{\"Error\":{\"Code\":\"FailedOperation\",\"Message\":\"E[resourceunavailable.instancetype:x]\"},\"RequestId\":\"r\"}}\n";
    let (out, _, _) = run(&["--json", "parse"], nested);
    let v: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["cause"], "ResourceUnavailable.InstanceType");
}
