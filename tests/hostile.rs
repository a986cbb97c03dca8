//! Hostile input, proved on every `cargo test`: a deterministic mutation
//! run over the fixtures checks the fuzz harness's invariants
//! (`tests/invariants`), the oracle itself is shown to catch what it looks
//! for, and each case of the hostile-input issue is tried on the binary:
//! C1 and bidi characters in JSON, write errors, long echoed input, UTF-16
//! input, refused bodies.

mod common;
mod invariants;

use std::path::{Path, PathBuf};
use std::process::Output;

use ecode::app::Captured;
use ecode::exit_codes::ExitStatus;
use invariants::{Options, check, check_json, check_text};

/// xorshift64*: a fixed seed gives the same cases on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn fixtures() -> Vec<Vec<u8>> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.file_name().is_some_and(|n| n != "README.md") {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"),
        &mut paths,
    );
    paths.sort();
    assert!(paths.len() >= 10, "fixtures: {paths:?}");
    paths.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

/// Pieces that steer the engine into its corners, or that a terminal acts on.
const PIECES: &[&[u8]] = &[
    "\u{202e}".as_bytes(),
    "\u{9b}31m".as_bytes(),
    "\u{61c}\u{2066}".as_bytes(),
    b"\x1b[2J",
    b"\x1b]52;c;ZXZpbA==\x07",
    br"\u202e\u009b\u001b\ud800",
    b"\"",
    b"\\",
    b"{",
    b"}",
    b"[[[[[[[[",
    b"\n",
    b"\r\n",
    b"\0",
    b"\xff\xfe",
    b"\xc3",
    br#""Code":"A","Code":"B","#,
    br#""resultCode":99999999999999999999999999999999999999,"#,
    br#"{"header":{"isSuccessful":false,"resultCode":-4,"resultMessage":"a: b"}}"#,
    br#"{"Response":{"Error":{"Code":"InternalError","Message":"m"},"RequestId":"r"}}"#,
    b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 5\r\n\r\n",
    b"[TencentCloudSDKError] Code=AuthFailure, Message=x, RequestId=y",
    b"{'code': 4102, 'message': 'm', 'codeDesc': None}",
];

fn mutate(rng: &mut Rng, corpus: &[Vec<u8>], mut data: Vec<u8>) -> Vec<u8> {
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(data.len() + 1);
        match rng.below(7) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 | 2 => {
                let piece = PIECES[rng.below(PIECES.len())];
                data.splice(at..at, piece.iter().copied());
            }
            3 => {
                let end = (at + rng.below(32)).min(data.len());
                data.drain(at..end);
            }
            4 => {
                let end = (at + rng.below(64)).min(data.len());
                let copy = data[at..end].to_vec();
                let to = rng.below(data.len() + 1);
                data.splice(to..to, copy);
            }
            5 => {
                let other = &corpus[rng.below(corpus.len())];
                let from = rng.below(other.len() + 1);
                data.truncate(at);
                data.extend_from_slice(&other[from..]);
            }
            _ => {
                // the whole case as PowerShell writes it
                let text = String::from_utf8_lossy(&data).into_owned();
                data = utf16(&text, rng.below(2) == 1);
            }
        }
    }
    data
}

#[test]
fn fixtures_under_every_option_keep_the_invariants() {
    for (i, fixture) in fixtures().iter().enumerate() {
        for lang in 0..4 {
            let byte = Options::byte(lang, (i + lang) % 2 == 0, (i + lang) % 4);
            let mut case = vec![byte];
            case.extend_from_slice(fixture);
            check(&case);
        }
    }
}

#[test]
fn mutated_fixtures_keep_the_invariants() {
    let corpus = fixtures();
    let mut rng = Rng(0x00ec_0de5_eed1_5eed);
    for _ in 0..CASES {
        let base = corpus[rng.below(corpus.len())].clone();
        let input = mutate(&mut rng, &corpus, base);
        let mut case = vec![rng.next() as u8];
        case.extend_from_slice(&input);
        let shown = String::from_utf8_lossy(&case).into_owned();
        let result = std::panic::catch_unwind(|| check(&case));
        assert!(result.is_ok(), "case {shown:?} broke an invariant");
    }
}

/// Cases AFL++ found, kept: each broke an invariant once.
#[test]
fn cases_the_fuzzer_found_stay_fixed() {
    let cases: [&[u8]; 3] = [
        // DEL in a Neutron type, which is the code in the text headline
        b"\x04{\"NeutronError\":{\"type\":\"Ov\x7frQuota\",\"message\":\"m\",\"detail\":\"\"}}\n",
        // a bidi override in an NHN code, in the headline and the summary
        b"\x1c{\"header\":{\"isSuccessful\":false,\"resultCode\":\"12\xe2\x80\xae34\",\"resultMessage\":\"x\"}}\n",
        // bytes that are not UTF-8 before an SDK marker (a panic)
        b"\x1bERROR [Tencen\xffCloudSDKError] Code=InternalError, Message=m, RequestId=r\n",
    ];
    for case in cases {
        check(case);
    }
}

/// Mutated cases per run: a few seconds in a debug build.
const CASES: usize = 200;

fn captured(stdout: &str, stderr: &str, status: ExitStatus) -> Captured {
    Captured {
        stdout: stdout.as_bytes().to_vec(),
        stderr: stderr.as_bytes().to_vec(),
        status,
    }
}

#[test]
#[should_panic(expected = "raw '\\u{202e}' in JSON stdout")]
fn the_oracle_sees_raw_bidi_in_json() {
    let line = ecode::JSON_KEYS
        .iter()
        .map(|k| format!("\"{k}\":\"\u{202e}\""))
        .collect::<Vec<_>>()
        .join(",");
    check_json(
        &captured(&format!("{{{line}}}\n"), "", ExitStatus::Ok),
        false,
    );
}

#[test]
#[should_panic(expected = "raw '\\u{9b}' in text stderr")]
fn the_oracle_sees_c1_in_text_errors() {
    check_text(&captured("", "ecode: x\u{9b}2J\n", ExitStatus::Undecodable));
}

#[test]
#[should_panic(expected = "result keys")]
fn the_oracle_sees_a_missing_key() {
    check_json(
        &captured(
            "{\"source\":\"stdin:1\",\"exit_code\":1}\n",
            "",
            ExitStatus::Fix,
        ),
        false,
    );
}

#[test]
fn the_oracle_reads_the_verdict_from_the_lines() {
    let err = "{\"error\":\"undecodable\",\"message\":\"m\",\"source\":null}\n";
    assert_eq!(
        check_json(&captured("", err, ExitStatus::Undecodable), false),
        ExitStatus::Undecodable
    );
}

// ---------------------------------------------------------------------------
// The cases of the hostile-input issue, through the binary.
// ---------------------------------------------------------------------------

fn ecode_with(args: &[&str], stdin: &[u8]) -> Output {
    common::with_stdin(common::ecode().args(args), stdin)
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap()
}

#[test]
fn json_writes_c1_and_bidi_from_bodies_and_file_names_as_escapes() {
    let body = br#"{"Response":{"Error":{"Code":"InternalError","Message":"a\u202eb\u009b\u061c\u2066"},"RequestId":"r\u200f"}}
"#;
    let out = ecode_with(&["--json", "parse"], body);
    let line = text(&out.stdout);
    invariants::assert_inert("stdout", line);
    assert!(
        line.contains(r#""message":"a\u202eb\u009b\u061c\u2066""#),
        "{line}"
    );
    let v: serde_json::Value = serde_json::from_str(line).unwrap();
    assert_eq!(v["message"], "a\u{202e}b\u{9b}\u{61c}\u{2066}");
    assert_eq!(v["request_id"], "r\u{200f}");
    // file names, in results and in errors
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x\u{202e}nosj.txt");
    std::fs::write(&file, body).unwrap();
    let missing = dir.path().join("gone\u{85}\u{2067}.json");
    let out = common::ecode()
        .args(["--json", "parse"])
        .arg(&file)
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7));
    invariants::assert_inert("stdout", text(&out.stdout));
    invariants::assert_inert("stderr", text(&out.stderr));
    assert!(text(&out.stdout).contains(r"x\u202enosj.txt:1"));
    let err: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["error"], "io");
    assert!(err["message"].as_str().unwrap().contains("gone"));
}

#[test]
fn write_errors_honour_json_and_help_that_cannot_be_written_exits_7() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    let out = common::ecode()
        .args(["--json", "list"])
        .stdout(full())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7));
    let err: serde_json::Value = serde_json::from_slice(&out.stderr)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    assert_eq!(err["error"], "io");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("writing output failed")
    );
    let out = common::ecode()
        .args(["--lang", "ko", "list"])
        .stdout(full())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7));
    assert!(
        text(&out.stderr).starts_with("ecode: 출력 쓰기에 실패했습니다"),
        "{}",
        text(&out.stderr)
    );
    for args in [
        &["--help"][..],
        &["--version"],
        &["explain", "--help"],
        &["--json", "--help"],
    ] {
        let out = common::ecode().args(args).stdout(full()).output().unwrap();
        assert_eq!(out.status.code(), Some(7), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}: the failure is told");
    }
    let out = common::ecode()
        .args(["--json", "--version"])
        .stdout(full())
        .output()
        .unwrap();
    let err: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["error"], "io");
    // a closed pipe is no failure
    let (stderr, status) = common::with_closed_stdout(&["--help"]);
    assert_eq!((stderr.as_str(), status), ("", Some(0)));
}

#[test]
fn input_quoted_in_messages_is_cut_to_64_characters() {
    let huge = "9".repeat(100_000);
    let code = format!("Zz{}", "서".repeat(30_000));
    let body = |json: String| json.into_bytes();
    // (arguments, stdin, what must not appear: 65 characters of the input)
    let cases: Vec<(Vec<String>, Vec<u8>, String)> = vec![
        (
            vec!["parse".into()],
            body(format!(
                r#"{{"Response":{{"Error":{{"Code":"{code}","Message":"m"}},"RequestId":"r"}}}}"#
            )),
            "서".repeat(65),
        ),
        (
            vec!["parse".into()],
            body(format!(
                r#"{{"header":{{"isSuccessful":false,"resultCode":{huge},"resultMessage":"m"}}}}"#
            )),
            "9".repeat(65),
        ),
        (
            vec!["parse".into()],
            body(format!(
                r#"{{"header":{{"isSuccessful":false,"resultCode":[{huge}],"resultMessage":"m"}}}}"#
            )),
            "9".repeat(65),
        ),
        (
            vec!["explain".into(), code.clone()],
            vec![],
            "서".repeat(65),
        ),
        (vec!["explain".into(), huge.clone()], vec![], "9".repeat(65)),
        (vec!["search".into(), code.clone()], vec![], "서".repeat(65)),
        (
            vec!["list".into(), "--family".into(), code.clone()],
            vec![],
            "서".repeat(65),
        ),
        (
            vec!["parse".into(), "--max-body".into(), huge.clone()],
            vec![],
            "9".repeat(65),
        ),
        (
            vec!["--lang".into(), code.clone(), "list".into()],
            vec![],
            "서".repeat(65),
        ),
    ];
    for (args, stdin, whole) in cases {
        for format in ["text", "json"] {
            let mut all = vec!["--format", format];
            if args[0] != "--lang" {
                all.extend(["--lang", "en"]);
            }
            all.extend(args.iter().map(String::as_str));
            let out = ecode_with(&all, &stdin);
            let err = text(&out.stderr);
            assert!(
                err.contains('…'),
                "{} {format}: not cut: {}",
                args[0],
                err.chars().take(150).collect::<String>()
            );
            assert!(
                !err.contains(&whole) && err.len() < 2000,
                "{} {format}: {} bytes: {}",
                args[0],
                err.len(),
                err.chars().take(150).collect::<String>()
            );
        }
    }
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xfe, 0xff]
    } else {
        vec![0xff, 0xfe]
    };
    for u in text.encode_utf16() {
        out.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

#[test]
fn utf16_with_a_byte_order_mark_is_decoded_and_the_source_says_so() {
    let log = "2026-11-21 ERROR {\"header\":{\"isSuccessful\":false,\"resultCode\":40409,\"resultMessage\":\"볼륨 충돌\"}}\r\n\
               {\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureExpire\",\"Message\":\"😀 expired\"},\"RequestId\":\"r-1\"}}\r\n";
    for (big_endian, label) in [(false, "UTF-16LE"), (true, "UTF-16BE")] {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ps-out.json");
        std::fs::write(&file, utf16(log, big_endian)).unwrap();
        let out = common::ecode()
            .args(["--json", "parse"])
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
        let lines: Vec<serde_json::Value> = text(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        let name = file.to_str().unwrap();
        assert_eq!(lines[0]["source"], format!("{name}:1 ({label})"));
        assert_eq!(lines[0]["code"], "40409");
        assert_eq!(lines[0]["message"], "볼륨 충돌");
        assert_eq!(lines[1]["source"], format!("{name}:2 ({label})"));
        assert_eq!(lines[1]["message"], "😀 expired");
        // stdin too, in text
        let out = ecode_with(&["--lang", "en", "parse"], &utf16(log, big_endian));
        assert_eq!(out.status.code(), Some(3));
        assert!(
            text(&out.stdout).contains(&format!("stdin:2 ({label})")),
            "{}",
            text(&out.stdout)
        );
    }
    // UTF-8's mark is dropped, and the source is as ever
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend_from_slice(log.as_bytes());
    let out = ecode_with(&["--json", "parse"], &bom);
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stdout).starts_with(r#"{"source":"stdin:1","#));
}

#[test]
fn a_refused_body_is_told_with_its_reason() {
    let cases = [
        (
            r#"{"header":{"isSuccessful":false,"resultCode":true,"resultMessage":"x"}}"#,
            "its resultCode is true, where an error code (a string or a number) belongs",
        ),
        (
            r#"{"header":{"isSuccessful":false,"resultCode":{"a":1},"resultMessage":"x"}}"#,
            r#"its resultCode is {"a":1}"#,
        ),
        (
            r#"{"Response":{"Error":{"Code":5,"Message":"m"},"RequestId":"r"}}"#,
            "its Response.Error.Code is 5, where an error code as a string belongs",
        ),
        (
            r#"{"Response":{"Error":"quota","RequestId":"r"}}"#,
            r#"its Response.Error is "quota", where an object with Code and Message belongs"#,
        ),
        (r#"{"Error":[1,2],"RequestId":"r"}"#, "its Error is [1,2]"),
    ];
    for (body, reason) in cases {
        let out = ecode_with(&["--lang", "en", "parse"], body.as_bytes());
        assert_eq!(out.status.code(), Some(6), "{body}");
        let err = text(&out.stderr);
        assert!(err.contains(reason), "{body}: {err}");
        assert!(err.contains("line 1, column 1"), "{err}");
        let out = ecode_with(&["--lang", "zh", "--json", "parse"], body.as_bytes());
        let v: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
        assert_eq!(v["error"], "undecodable");
        assert!(
            v["message"].as_str().unwrap().contains("无法读取响应体"),
            "{v}"
        );
    }
    // another shape that reads the value wins over a refusal
    let keystone = r#"{"error":{"code":401,"message":"m","title":"Unauthorized"},"requestId":"x"}"#;
    let out = ecode_with(&["--json", "parse"], keystone.as_bytes());
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    // a duplicate key: the last one wins
    let twice = r#"{"Response":{"Error":{"Code":"InternalError","Code":"AuthFailure","Message":"m"},"RequestId":"r"}}"#;
    let out = ecode_with(&["--json", "parse"], twice.as_bytes());
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
}
