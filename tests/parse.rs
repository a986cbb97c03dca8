//! `ecode parse` through the binary: every envelope, transcript and SDK form,
//! every exit status parse can produce, streaming and hostile input.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::{LANGS, assert_script, ecode};
use serde_json::Value;

fn fixture(name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", name]
        .iter()
        .collect();
    path.to_string_lossy().into_owned()
}

/// An input of the README's examples, in `examples/` (the tests use them too).
fn example(name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "examples", name]
        .iter()
        .collect();
    path.to_string_lossy().into_owned()
}

fn parse(args: &[&str], stdin: &[u8]) -> Output {
    common::with_stdin(ecode().args(args), stdin)
}

/// `--json parse` of a fixture: its rows and the exit status.
fn json_rows(args: &[&str]) -> (Vec<Value>, String, i32) {
    let mut all = vec!["--lang", "en", "--color", "never", "--json", "parse"];
    all.extend(args);
    let out = parse(&all, b"");
    let rows = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (
        rows,
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap(),
    )
}

fn brief(rows: &[Value]) -> Vec<(String, String, String)> {
    rows.iter()
        .map(|r| {
            (
                r["source"]
                    .as_str()
                    .unwrap()
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_string(),
                r["code"].as_str().unwrap().to_string(),
                r["category"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn t(source: &str, code: &str, category: &str) -> (String, String, String) {
    (source.into(), code.into(), category.into())
}

#[test]
fn every_envelope_form() {
    let cases = [
        (
            "nhn_failure.json",
            vec![t("nhn_failure.json:1", "-4", "fix")],
            1,
        ),
        (
            "nhn_success.json",
            vec![t("nhn_success.json:1", "0", "ok")],
            0,
        ),
        (
            "nhn_string_code.json",
            vec![t("nhn_string_code.json:1", "-2", "contact-admin")],
            5,
        ),
        (
            "tencent_failure.json",
            vec![t(
                "tencent_failure.json:1",
                "AuthFailure.SignatureFailure",
                "permission",
            )],
            3,
        ),
        (
            "tencent_success.json",
            vec![t("tencent_success.json:1", "Success", "ok")],
            0,
        ),
        (
            "tencent_product.json",
            vec![t(
                "tencent_product.json:1",
                "InvalidInstanceId.NotFound",
                "fix",
            )],
            1,
        ),
        (
            "concatenated.json",
            vec![
                t("concatenated.json:1", "10503", "retry"),
                t("concatenated.json:1", "DryRunOperation", "ok"),
                t("concatenated.json:2", "UnsupportedRegion", "fix"),
            ],
            1,
        ),
    ];
    for (file, want, status) in cases {
        let (rows, err, code) = json_rows(&[&fixture(file)]);
        assert_eq!(brief(&rows), want, "{file}: {err}");
        assert_eq!(code, status, "{file}");
        assert_eq!(err, "");
    }
}

#[test]
fn body_fields_in_json() {
    let (rows, _, _) = json_rows(&[&fixture("nhn_failure.json")]);
    assert_eq!(rows[0]["message"], "Invalid parameters");
    assert_eq!(rows[0]["detail"], "volume size must be between 10 and 2000");
    assert_eq!(rows[0]["request_id"], Value::Null);
    let (rows, _, _) = json_rows(&[&fixture("tencent_failure.json")]);
    assert_eq!(
        rows[0]["request_id"],
        "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
    );
    assert!(
        rows[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("The provided credentials")
    );
    let (rows, _, _) = json_rows(&[&fixture("tencent_success.json")]);
    assert_eq!(
        rows[0]["request_id"],
        "b5b41468-520d-4192-b42f-595cc34b6c1c"
    );
    let (rows, _, _) = json_rows(&[&fixture("tencent_product.json")]);
    assert_eq!(rows[0]["documented"], false);
    assert_eq!(rows[0]["family"], "InvalidInstanceId");
    assert_eq!(
        rows[0].as_object().unwrap().len(),
        ecode::JSON_KEYS.len(),
        "exactly the SPEC's keys"
    );
}

#[test]
fn logs_sdk_lines_and_nested_bodies() {
    let (rows, err, code) = json_rows(&[&example("app.log")]);
    assert_eq!(
        brief(&rows),
        vec![
            t("app.log:2", "40409", "retry"),
            t("app.log:4", "ResourceNotFound.InstanceNotFound", "fix"),
            t("app.log:5", "InternalError", "retry"),
            t("app.log:6", "-3", "permission"),
        ]
    );
    assert_eq!(
        (code, err.as_str()),
        (3, ""),
        "lines without a body are skipped silently"
    );
    assert_eq!(
        rows[2]["message"],
        "An internal error occurred, please retry: code 500, [trace=7f]"
    );
    assert_eq!(rows[2]["request_id"], "a1b2c3d4-0002");

    let (rows, _, code) = json_rows(&[&example("sdk.log")]);
    assert_eq!(
        brief(&rows),
        vec![
            t("sdk.log:4", "AuthFailure.SignatureExpire", "permission"),
            t("sdk.log:5", "MutexOperation.TaskRunning", "retry")
        ]
    );
    assert_eq!(
        rows[0]["message"],
        "Signature expired. Timestamp: 1700000000, server time: 1700000900 (diff > 300s)"
    );
    assert_eq!(rows[0]["request_id"], "3c1a-77e0");
    assert_eq!(rows[1]["message"], "Task [ins-1, ins-2] is running: wait");
    assert_eq!(code, 3);
}

#[test]
fn transcripts_report_the_status_line_and_retry_after() {
    for lang in LANGS {
        let out = parse(
            &[
                "--lang",
                lang,
                "--color",
                "never",
                "parse",
                &example("curl_i.txt"),
            ],
            b"",
        );
        let text = String::from_utf8(out.stdout).unwrap();
        assert_eq!(out.status.code(), Some(4), "{text}");
        assert!(text.starts_with("RequestLimitExceeded · "), "{text}");
        assert!(
            text.contains("200 OK"),
            "{lang}: the status line's status\n{text}"
        );
        assert!(text.contains("Retry-After: 30"), "{lang}\n{text}");
        assert!(text.contains("curl_i.txt:7"), "{text}");
        assert!(
            text.contains("6d2c1f8a-9f2e-4c4b-8f59-7f6b2f0b8a11"),
            "{text}"
        );
        assert_script(lang, &text);
    }
    // "HTTP 200 but the body says failure" is said plainly
    let out = parse(
        &[
            "--lang",
            "en",
            "--color",
            "never",
            "parse",
            &example("curl_i.txt"),
        ],
        b"",
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("the body's code is what counts"), "{text}");

    let out = parse(
        &[
            "--lang",
            "en",
            "--color",
            "never",
            "parse",
            &fixture("curl_v.txt"),
        ],
        b"",
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(text.starts_with("40409 · "), "{text}");
    assert!(
        text.contains("409 Conflict") && text.contains("Retry-After: 5"),
        "{text}"
    );
    assert!(
        !text.contains("what counts"),
        "a 409 status line is not the 200 case\n{text}"
    );
    assert!(text.contains("curl_v.txt:12"), "{text}");
}

#[test]
fn text_output_in_every_language_keeps_to_its_script() {
    for lang in LANGS {
        let out = parse(
            &[
                "--lang",
                lang,
                "--color",
                "never",
                "parse",
                &example("app.log"),
            ],
            b"",
        );
        let text = String::from_utf8(out.stdout).unwrap();
        for block in text.split("\n\n") {
            // the message lines come from the input: judge the rest
            let ours: String = block
                .lines()
                .filter(|l| {
                    !l.contains("instance ins-1")
                        && !l.contains("An internal error")
                        && !l.contains("in-use")
                        && !l.contains("Permission denied")
                        && !l.contains("token expired")
                })
                .collect::<Vec<_>>()
                .join("\n");
            assert_script(lang, &ours);
        }
    }
}

#[test]
fn stdin_dash_and_several_files_in_order() {
    let body = std::fs::read(fixture("tencent_failure.json")).unwrap();
    let (nhn, tc) = (fixture("nhn_failure.json"), fixture("tencent_success.json"));
    let out = parse(&["--lang", "en", "--json", "parse", &nhn, "-", &tc], &body);
    let rows: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        brief(&rows),
        vec![
            t("nhn_failure.json:1", "-4", "fix"),
            t("stdin:1", "AuthFailure.SignatureFailure", "permission"),
            t("tencent_success.json:1", "Success", "ok"),
        ]
    );
    assert_eq!(out.status.code(), Some(3));
    // no file: stdin
    let out = parse(&["--lang", "en", "--json", "parse"], &body);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"source\":\"stdin:1\""));
}

#[test]
fn missing_file_is_io_and_the_others_are_still_read() {
    for lang in LANGS {
        let out = parse(
            &[
                "--lang",
                lang,
                "--color",
                "never",
                "parse",
                "no-such-file.json",
                &fixture("nhn_success.json"),
            ],
            b"",
        );
        assert_eq!(out.status.code(), Some(7));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("no-such-file.json"), "{err}");
        assert_script(lang, &err);
        assert!(String::from_utf8_lossy(&out.stdout).starts_with("0 · "));
    }
    let out = parse(&["--json", "parse", "no-such-file.json"], b"");
    let v: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(
        (v["error"].as_str(), v["source"].as_str()),
        (Some("io"), Some("no-such-file.json"))
    );
    // a directory is unreadable too
    let out = parse(&["--lang", "en", "parse", env!("CARGO_MANIFEST_DIR")], b"");
    assert_eq!(out.status.code(), Some(7));
}

#[test]
fn nothing_decodable_says_what_was_expected_and_where_it_stopped() {
    let stopped = [
        ("ko", "2행 7열"),
        ("en", "line 2, column 7"),
        ("ja", "2行7列"),
        ("zh", "第 2 行第 7 列"),
    ];
    for (lang, position) in stopped {
        let out = parse(
            &["--lang", lang, "--color", "never", "parse"],
            b"hello\nworld {\"other\": 1}\n",
        );
        assert_eq!(out.status.code(), Some(6));
        assert!(out.stdout.is_empty());
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("stdin"), "{err}");
        assert!(err.contains(position), "{lang}: where it stopped: {err}");
        assert_script(lang, &err);
    }
    let out = parse(&["--lang", "en", "--json", "parse"], b"");
    assert_eq!(out.status.code(), Some(6));
    let v: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(v["error"], "undecodable");
    assert!(v["message"].as_str().unwrap().contains("\"header\""), "{v}");
}

/// Regression: placeholders were filled one after another, so a file named
/// `{code}{value}.log` was printed as `12345line 1, column 1.log`. A value
/// put into a message is never read again for placeholders.
#[test]
fn a_file_name_with_braces_is_quoted_as_it_is() {
    let dir = std::env::temp_dir().join(format!("ecode-braces-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("{code}{value}.log");
    std::fs::write(&file, "plain text\n").unwrap();
    let file = file.to_string_lossy().into_owned();
    let out = parse(&["--lang", "en", "--color", "never", "parse", &file], b"");
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(out.status.code(), Some(6));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("{code}{value}.log (stopped at line 1"),
        "{err}"
    );
}

#[test]
fn hostile_input_gets_clear_messages_and_status_6() {
    let deep = format!("{{\"header\":{}\n", "[".repeat(10_000));
    let mut bad_utf8 = br#"{"Response":{"Error":{"Code":"InternalError","Message":"caf"#.to_vec();
    bad_utf8.extend_from_slice(b"\xe9\"},\"RequestId\":\"r\"}}\n");
    let truncated = b"{\"header\":{\"isSuccessful\":false,\n\"resultCode\":-4,".to_vec();
    let nul = b"{\"header\":{\"resultCode\":\0-4}}\n".to_vec();
    let unknown =
        br#"{"Response":{"Error":{"Code":"Not.A.Code!","Message":"x"},"RequestId":"r"}}"#.to_vec();
    let cases: [(&str, Vec<u8>, &str); 5] = [
        ("deep", deep.into_bytes(), "nested too deeply"),
        ("utf8", bad_utf8, "not valid UTF-8"),
        ("truncated", truncated, "truncated"),
        ("nul", nul, "not valid JSON"),
        ("unknown", unknown, "Not.A.Code! is not a known error code"),
    ];
    for (name, input, says) in cases {
        let out = parse(&["--lang", "en", "--color", "never", "parse"], &input);
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(6), "{name}: {err}");
        assert!(err.contains(says), "{name}: {err}");
        assert!(err.contains("stdin at line 1"), "{name}: {err}");
        assert!(!err.contains("panicked"));
    }
}

#[test]
fn a_long_line_without_newline_is_refused_in_bounded_memory() {
    let mut input = b"{\"header\":{\"resultCode\":-4}}\n{\"a\":\"".to_vec();
    input.extend(std::iter::repeat_n(b'x', 3 << 20));
    let out = parse(
        &[
            "--lang",
            "en",
            "--color",
            "never",
            "parse",
            "--max-body",
            "1MiB",
        ],
        &input,
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(6), "{err}");
    assert!(err.contains("line 2") && err.contains("1 MiB"), "{err}");
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("-4 · "),
        "the body before it is decoded"
    );

    let out = parse(&["--lang", "en", "parse", "--max-body", "lots"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--max-body lots"));
}

#[test]
fn untrusted_text_never_reaches_the_terminal_raw() {
    let body = br#"{"Response":{"Error":{"Code":"InternalError","Message":"boom \u001b]52;c;ZXZpbA==\u0007 \u202etxt \u009b31m"},"RequestId":"id\u001b[2J"}}"#;
    let out = parse(&["--lang", "en", "--color", "always", "parse"], body);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("boom \\e]52;c;ZXZpbA==\\x07 \\u{202e}txt \\x9b31m"),
        "{text}"
    );
    assert!(text.contains("id\\e[2J"), "{text}");
    // the only escapes are our own colours
    for (i, _) in text.match_indices('\u{1b}') {
        assert_eq!(&text[i..i + 2], "\u{1b}[", "{text:?}");
    }
    assert!(!text.contains('\u{7}') && !text.contains('\u{202e}') && !text.contains('\u{9b}'));
    // JSON escapes them as JSON does
    let out = parse(&["--json", "parse"], body);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["request_id"], "id\u{1b}[2J");
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\u{1b}'));
}

#[test]
fn summary_in_text_and_json() {
    let log = example("app.log");
    let out = parse(
        &[
            "--lang",
            "en",
            "--color",
            "never",
            "parse",
            "--summary",
            &log,
            &log,
        ],
        b"",
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Summary · 8 results"), "{text}");
    assert!(
        text.contains("  40409                              2  retry later"),
        "{text}"
    );
    let out = parse(&["--lang", "ko", "--json", "parse", "--summary", &log], b"");
    let last: Value = serde_json::from_str(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .last()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(last["summary"]["total"], 4);
    assert_eq!(last["summary"]["categories"]["retry"], 2);
    assert_eq!(last["summary"]["codes"].as_array().unwrap().len(), 4);
}

#[test]
fn results_stream_before_the_input_ends() {
    let mut child = ecode()
        .args(["--lang", "en", "--json", "parse"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let _ = tx.send(line.unwrap());
        }
    });
    stdin
        .write_all(b"{\"header\":{\"resultCode\":-4}}\n")
        .unwrap();
    stdin.flush().unwrap();
    let first = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("a result before EOF");
    assert!(first.contains("\"code\":\"-4\""), "{first}");
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(1));
}

#[test]
fn closed_stdout_during_parse_is_quiet() {
    let log = example("app.log");
    let args = ["--lang", "en", "--color", "always", "parse", &log];
    let (stderr, status) = common::with_closed_stdout(&args);
    assert_eq!(stderr, "");
    // The file fits one read, so all four results are decoded before the
    // first flush meets the closed pipe: the verdict covers them all.
    assert_eq!(status, Some(3));
}

/// `ecode parse` with a terminal on stdin and no file does not sit waiting:
/// it says how to use it and exits 2. Needs util-linux `script` for a real
/// terminal; skipped where it is missing.
#[test]
fn a_terminal_on_stdin_gets_a_usage_hint() {
    for lang in LANGS {
        let Some(out) = common::on_terminal(&format!("--lang {lang} --color never parse"), None)
        else {
            return;
        };
        let text = String::from_utf8_lossy(&out.stdout).replace('\r', "");
        assert_eq!(out.status.code(), Some(2), "{lang}: {text}");
        assert!(text.contains("ecode parse"), "{lang}: {text}");
        assert_script(lang, &text);
    }
}
