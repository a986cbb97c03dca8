//! `ecode explain` through the binary, as a user runs it.

mod common;

use common::{LANGS, assert_script, ecode, golden};
use serde_json::Value;

const DONE_WHEN: [&str; 5] = [
    "40409",
    "-4",
    "AuthFailure.SignatureExpire",
    "ResourceNotFound.InstanceNotFound",
    "10503",
];

fn stdout_of(args: &[&str]) -> (String, String, i32) {
    let out = ecode().args(args).output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().expect("exited, not killed"),
    )
}

#[test]
fn the_five_codes_in_every_language_match_their_goldens() {
    for lang in LANGS {
        let mut args = vec!["--lang", lang, "--color", "never", "explain"];
        args.extend(DONE_WHEN);
        let (out, err, code) = stdout_of(&args);
        // worst of retry, fix, permission, fix, retry: permission
        assert_eq!(code, 3, "{lang}: {err}");
        assert_eq!(err, "");
        for c in DONE_WHEN {
            assert!(
                out.contains(&format!("{c} · ")),
                "{lang}: {c} missing\n{out}"
            );
        }
        assert_script(lang, &out);
        golden(&format!("explain.{lang}.txt"), &out);
    }
}

#[test]
fn json_lines_with_the_spec_keys() {
    use ecode::JSON_KEYS as KEYS;
    for lang in LANGS {
        let mut args = vec![
            "--lang", lang, "--color", "always", "--format", "json", "explain",
        ];
        args.extend(DONE_WHEN);
        let (out, _, code) = stdout_of(&args);
        assert_eq!(code, 3);
        assert!(!out.contains('\u{1b}'), "JSON is never coloured");
        let rows: Vec<Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(rows.len(), 5);
        for row in &rows {
            let keys: Vec<&String> = row.as_object().unwrap().keys().collect();
            assert_eq!(keys.len(), KEYS.len(), "{row}");
            for k in KEYS {
                assert!(row.get(k).is_some(), "{k} missing in {row}");
            }
            assert_eq!(row["lang"], lang);
            assert_script(lang, row["meaning"].as_str().unwrap());
            assert_script(lang, row["advice"].as_str().unwrap());
        }
        let get = |i: usize, k: &str| rows[i][k].clone();
        let expect = [
            (
                "arg:1",
                "nhn",
                "40409",
                Value::Null,
                "volume",
                Value::from(409),
                "retry",
                4,
                true,
            ),
            (
                "arg:2",
                "nhn",
                "-4",
                Value::Null,
                "common",
                Value::Null,
                "fix",
                1,
                true,
            ),
            (
                "arg:3",
                "tencent",
                "AuthFailure.SignatureExpire",
                Value::Null,
                "AuthFailure",
                Value::Null,
                "permission",
                3,
                true,
            ),
            (
                "arg:4",
                "tencent",
                "ResourceNotFound.InstanceNotFound",
                Value::from("ResourceNotFound"),
                "ResourceNotFound",
                Value::Null,
                "fix",
                1,
                false,
            ),
            (
                "arg:5",
                "nhn",
                "10503",
                Value::Null,
                "instance",
                Value::from(503),
                "retry",
                4,
                false,
            ),
        ];
        for (i, (src, prov, c, base, fam, http, cat, exit, doc)) in expect.into_iter().enumerate() {
            assert_eq!(get(i, "source"), src);
            assert_eq!(get(i, "provider"), prov);
            assert_eq!(get(i, "code"), c);
            assert_eq!(get(i, "base_code"), base, "{c}");
            assert_eq!(get(i, "family"), fam, "{c}");
            assert_eq!(get(i, "http_status"), http, "{c}");
            assert_eq!(get(i, "category"), cat, "{c}");
            assert_eq!(get(i, "exit_code"), exit, "{c}");
            assert_eq!(get(i, "documented"), doc, "{c}");
            for k in ["message", "detail", "request_id"] {
                assert_eq!(get(i, k), Value::Null);
            }
        }
    }
}

#[test]
fn exit_status_for_every_category() {
    let cases = [
        ("0", 0),
        ("DryRunOperation", 0),
        ("-4", 1),
        ("InvalidParameter", 1),
        ("-3", 3),
        ("AuthFailure.SignatureFailure", 3),
        ("-1", 4),
        ("RequestLimitExceeded", 4),
        ("-2", 5),
        ("10501", 5),
        ("99999", 6),
        ("NotACode", 6),
    ];
    for lang in LANGS {
        for (code, want) in cases {
            let out = ecode()
                .args(["--lang", lang, "--color", "never", "explain", code])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(want), "{lang} {code}");
        }
    }
}

#[test]
fn several_codes_exit_with_the_first_of_7_6_5_3_1_4_0() {
    let cases: [(&[&str], i32); 7] = [
        (&["0", "-1"], 4),
        (&["-1", "-4"], 1),
        (&["-4", "-1", "-3"], 3),
        (&["-3", "-2", "-1"], 5),
        (&["-2", "99999", "-4"], 6),
        (&["0", "0"], 0),
        (
            &["DryRunOperation", "InternalError", "UnsupportedRegion"],
            1,
        ),
    ];
    for (codes, want) in cases {
        let mut args = vec!["--lang", "en", "--color", "never", "explain"];
        args.extend(codes);
        let out = ecode().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(want), "{codes:?}");
    }
}

#[test]
fn usage_errors_exit_2() {
    let cases: [&[&str]; 7] = [
        &[],
        &["explain"],
        &["--lang", "fr", "explain", "0"],
        &["--color", "sometimes", "explain", "0"],
        &["--bogus", "explain", "0"],
        &["frobnicate"],
        &["--json", "--format", "text", "explain", "0"],
    ];
    for args in cases {
        let out = ecode().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?} says why");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn usage_error_with_json_is_a_json_object() {
    for (args, says) in [
        (&["--json", "explain", "--bogus"][..], "--bogus"),
        (&["--json", "--lang", "xx", "explain", "1"], "--lang"),
        // no code, and nothing on stdin
        (&["--json", "explain"], "echo 40409 | ecode explain"),
    ] {
        let out = ecode().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        let v: Value = serde_json::from_slice(&out.stderr).unwrap();
        assert_eq!(v["error"], "usage");
        assert!(v["message"].as_str().unwrap().contains(says), "{v}");
    }
}

#[test]
fn unknown_code_names_it_and_suggests_near_ones() {
    let (out, err, code) = stdout_of(&[
        "--lang",
        "en",
        "--color",
        "never",
        "explain",
        "AuthFailure.SignatureExpir",
    ]);
    assert_eq!(code, 6);
    assert_eq!(out, "");
    assert!(err.starts_with("ecode: "), "{err}");
    assert!(
        err.contains("AuthFailure.SignatureExpir ") && err.contains("AuthFailure.SignatureExpire"),
        "{err}"
    );

    let (_, err, _) = stdout_of(&["--lang", "en", "--json", "explain", "0", "1040"]);
    let v: Value = serde_json::from_str(err.trim()).unwrap();
    assert_eq!(v["error"], "undecodable");
    assert_eq!(v["source"], "arg:2");
    assert!(
        v["suggestions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "10400"),
        "{v}"
    );

    for lang in LANGS {
        let (_, err, code) = stdout_of(&["--lang", lang, "--color", "never", "explain", "99999"]);
        assert_eq!(code, 6);
        assert!(
            err.contains("99999") && err.contains("ecode list"),
            "{lang}: {err}"
        );
        assert_script(lang, &err);
    }
}

#[test]
fn negative_codes_need_no_double_dash() {
    let (out, _, code) = stdout_of(&["--lang", "en", "--color", "never", "explain", "-4", "-8"]);
    assert_eq!(code, 1);
    assert!(out.starts_with("-4 · ") && out.contains("\n-8 · "), "{out}");
}

#[test]
fn provider_filter() {
    let (_, err, code) = stdout_of(&[
        "--lang",
        "en",
        "--color",
        "never",
        "--provider",
        "tencent",
        "explain",
        "40409",
    ]);
    assert_eq!(code, 6);
    assert!(
        err.contains("40409") && err.contains("Tencent Cloud"),
        "{err}"
    );
    let (out, _, code) = stdout_of(&[
        "--lang",
        "en",
        "--color",
        "never",
        "explain",
        "--provider",
        "nhn",
        "40409",
    ]);
    assert_eq!(code, 4, "{out}");
}

#[test]
fn help_prints_the_exit_status_table() {
    let (out, _, code) = stdout_of(&["--help"]);
    assert_eq!(code, 0);
    for row in [
        "0  ok",
        "1  fix",
        "2  usage",
        "3  permission",
        "4  retry",
        "5  contact-admin",
        "6  undecodable",
        "7  io",
    ] {
        assert!(out.contains(row), "{row} missing from --help:\n{out}");
    }
}

#[test]
fn language_follows_the_environment_when_no_flag() {
    let meaning_label = |env: &[(&str, &str)]| {
        let mut cmd = ecode();
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd
            .args(["--color", "never", "--json", "explain", "0"])
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["lang"].as_str().unwrap().to_string()
    };
    assert_eq!(meaning_label(&[]), "en");
    assert_eq!(meaning_label(&[("LANG", "ko_KR.UTF-8")]), "ko");
    assert_eq!(
        meaning_label(&[("LANG", "ko_KR.UTF-8"), ("LC_ALL", "ja_JP.UTF-8")]),
        "ja"
    );
    assert_eq!(
        meaning_label(&[("LC_MESSAGES", "zh_CN.UTF-8"), ("LANG", "ko_KR")]),
        "zh"
    );
    // C or POSIX in the first locale variable that is set means English,
    // as POSIX says (regression: LC_ALL=C LANG=ko_KR.UTF-8 printed Korean)
    assert_eq!(
        meaning_label(&[("LC_ALL", "C"), ("LANG", "ja_JP.UTF-8")]),
        "en"
    );
    assert_eq!(
        meaning_label(&[("LC_ALL", "C"), ("LANG", "ko_KR.UTF-8")]),
        "en"
    );
    assert_eq!(
        meaning_label(&[
            ("LC_ALL", ""),
            ("LC_MESSAGES", "POSIX"),
            ("LANG", "ko_KR.UTF-8")
        ]),
        "en"
    );
    assert_eq!(
        meaning_label(&[("ECODE_LANG", "zh"), ("LANG", "ko_KR.UTF-8")]),
        "zh"
    );
    assert_eq!(
        meaning_label(&[("ECODE_LANG", ""), ("LANG", "ko_KR.UTF-8")]),
        "ko"
    );

    let out = ecode()
        .env("ECODE_LANG", "kr")
        .args(["explain", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ECODE_LANG=kr"));
    // the flag wins over a bad ECODE_LANG
    let out = ecode()
        .env("ECODE_LANG", "kr")
        .args(["--lang", "en", "explain", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn colour_decision() {
    let coloured = |args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = ecode();
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd
            .args(["--lang", "en"])
            .args(args)
            .args(["explain", "-4"])
            .output()
            .unwrap();
        out.stdout.contains(&0x1b)
    };
    assert!(coloured(&["--color", "always"], &[]));
    assert!(!coloured(&["--color", "never"], &[("CLICOLOR_FORCE", "1")]));
    // auto: stdout is a pipe here
    assert!(!coloured(&["--color", "auto"], &[]));
    assert!(coloured(&["--color", "auto"], &[("CLICOLOR_FORCE", "1")]));
    assert!(!coloured(
        &["--color", "auto"],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]
    ));
    assert!(!coloured(&["--color", "always", "--json"], &[]));
}

#[test]
fn quiet_prints_nothing_and_keeps_the_status() {
    for (code, want) in [("-3", 3), ("99999", 6)] {
        let out = ecode()
            .args(["-q", "--lang", "en", "--color", "always", "explain", code])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(want));
        assert!(out.stdout.is_empty() && out.stderr.is_empty());
    }
}

#[test]
fn closed_stdout_is_a_quiet_exit() {
    // The reader is gone before ecode writes a byte: every write is EPIPE.
    let args = [
        "--lang", "ko", "--color", "always", "explain", "40409", "-4",
    ];
    let (stderr, status) = common::with_closed_stdout(&args);
    assert_eq!(stderr, "", "a closed stdout is quiet");
    assert_eq!(status, Some(1), "the verdict still speaks");
}

#[test]
fn a_failing_stdout_is_an_io_error() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // not on this platform
    };
    let out = ecode()
        .args(["--lang", "en", "explain", "0"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7));
    assert!(String::from_utf8_lossy(&out.stderr).contains("writing output failed"));
}

#[test]
fn every_catalog_code_in_every_language_keeps_to_its_script() {
    let mut codes: Vec<String> = [
        "0", "-1", "-2", "-3", "-4", "-5", "-6", "-7", "-8", "20001", "20004",
    ]
    .map(String::from)
    .to_vec();
    for prefix in [10, 11, 12, 13, 20, 21, 22, 23, 24, 30, 40, 50] {
        codes.push(format!("{prefix}404"));
        codes.push(format!("{prefix}420"));
        codes.push(format!("{prefix}502"));
    }
    // every Tencent code the catalog lists, as `list` prints them
    let listed = ecode()
        .args(["--color", "never", "list", "--provider", "tencent"])
        .output()
        .unwrap();
    let listed = String::from_utf8(listed.stdout).unwrap();
    codes.extend(
        listed
            .lines()
            .map(|l| l.split('\t').next().unwrap().to_string()),
    );
    assert!(codes.iter().any(|c| c == "UnsupportedRegion"));
    codes.push("InvalidParameter.Foo".into());
    codes.push("MutexOperation.TaskRunning".into());
    for lang in LANGS {
        let mut cmd = ecode();
        cmd.args(["--lang", lang, "--color", "never", "explain"])
            .args(&codes);
        let out = cmd.output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.matches(" · ").count() >= codes.len());
        // each result on its own: no mixing of scripts anywhere
        for block in text.split("\n\n") {
            assert_script(lang, block);
        }
    }
}
