//! User catalogs, through the binary: each place they are read from, the
//! order they override one another, merging by field and by language, the
//! fallback of a missing language, every validation error with its file,
//! line and column, and a user code through explain, parse, list, search
//! and completion. Every catalog lives in a temporary directory; the
//! developer's own are never read (`common::ecode` clears HOME and
//! XDG_CONFIG_HOME).

mod common;

use std::borrow::BorrowMut;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::ecode;
use serde_json::Value;
use tempfile::TempDir;

/// The example catalogs the README shows.
fn example(name: &str) -> String {
    format!("{}/examples/catalog/{name}", env!("CARGO_MANIFEST_DIR"))
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(mut cmd: impl BorrowMut<Command>) -> Run {
    let out = cmd.borrow_mut().output().unwrap();
    let run = Run {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    };
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run
}

/// `ecode ARGS` in English, without colour.
fn en(args: &[&str]) -> Command {
    let mut cmd = ecode();
    cmd.args(["--lang", "en", "--color", "never"]).args(args);
    cmd
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

/// Dates a file an hour back: ecode caches only files not changed in the
/// last seconds.
fn settle(path: &Path) {
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(hour_ago).unwrap();
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// The one JSON result of a run.
fn json(run: &Run) -> Value {
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    serde_json::from_str(&run.stdout).unwrap()
}

/// A new Tencent code whose category is `category`.
fn new_code(code: &str, category: &str, meaning: &str) -> String {
    format!(
        "provider = \"tencent\"\n\n[[code]]\ncode = \"{code}\"\ncategory = \"{category}\"\nmeaning = {{ en = \"{meaning}\" }}\n"
    )
}

// ---------------------------------------------------------------------------
// Where catalogs are read from, and in which order
// ---------------------------------------------------------------------------

#[test]
fn catalog_d_is_read_under_xdg_config_home() {
    let tmp = TempDir::new().unwrap();
    let file = write(
        tmp.path(),
        "ecode/catalog.d/team.toml",
        &new_code("Team.Busy", "retry", "The team's queue is full."),
    );
    let r = run(en(&["--json", "explain", "Team.Busy"]).env("XDG_CONFIG_HOME", tmp.path()));
    assert_eq!(r.code, Some(4), "{}", r.stderr);
    let v = json(&r);
    assert_eq!(v["meaning"], "The team's queue is full.");
    assert_eq!(v["catalog"], s(&file));
    assert_eq!(v["documented"], true);
    assert_eq!(v["family"], "Team");
}

#[test]
fn catalog_d_defaults_to_home_config() {
    let tmp = TempDir::new().unwrap();
    write(
        tmp.path(),
        ".config/ecode/catalog.d/team.toml",
        &new_code("Team.Busy", "retry", "From HOME."),
    );
    let r = run(en(&["explain", "Team.Busy"]).env("HOME", tmp.path()));
    assert_eq!(r.code, Some(4), "{}", r.stderr);
    assert!(r.stdout.contains("From HOME."), "{}", r.stdout);
    // a relative XDG_CONFIG_HOME is ignored, as the XDG specification says
    let r = run(en(&["explain", "Team.Busy"])
        .env("HOME", tmp.path())
        .env("XDG_CONFIG_HOME", "relative/dir"));
    assert!(r.stdout.contains("From HOME."), "{}", r.stdout);
}

#[test]
fn catalog_d_reads_toml_files_in_name_order() {
    let tmp = TempDir::new().unwrap();
    let dir = "ecode/catalog.d";
    write(
        tmp.path(),
        &format!("{dir}/10-first.toml"),
        &new_code("Team.X", "fix", "first"),
    );
    let second = write(
        tmp.path(),
        &format!("{dir}/20-second.toml"),
        "provider = \"tencent\"\n[[code]]\ncode = \"Team.X\"\ncategory = \"permission\"\n",
    );
    // not a .toml file: not read, even though it would not parse
    write(tmp.path(), &format!("{dir}/README.txt"), "not [ toml");
    let r = run(en(&["--json", "explain", "Team.X"]).env("XDG_CONFIG_HOME", tmp.path()));
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    let v = json(&r);
    // the later file gave the category; the meaning stays the earlier one's
    assert_eq!(
        (v["category"].as_str(), v["meaning"].as_str()),
        (Some("permission"), Some("first"))
    );
    assert_eq!(v["catalog"], s(&second));
}

#[test]
fn environment_files_override_catalog_d_and_each_other() {
    let tmp = TempDir::new().unwrap();
    write(
        tmp.path(),
        "ecode/catalog.d/a.toml",
        &new_code("Team.X", "fix", "from catalog.d"),
    );
    let one = write(
        tmp.path(),
        "one.toml",
        &new_code("Team.X", "retry", "from one"),
    );
    let two = write(
        tmp.path(),
        "two.toml",
        "provider = \"tencent\"\n[[code]]\ncode = \"Team.X\"\nmeaning = { en = \"from two\" }\n",
    );
    let list = format!("{}:{}", s(&one), s(&two));
    let r = run(en(&["--json", "explain", "Team.X"])
        .env("XDG_CONFIG_HOME", tmp.path())
        .env("ECODE_CATALOG", &list));
    let v = json(&r);
    assert_eq!(v["meaning"], "from two");
    assert_eq!(v["category"], "retry", "one.toml's category stays");
    assert_eq!(r.code, Some(4));
    // empty entries of the list are skipped
    let r =
        run(en(&["--json", "explain", "Team.X"]).env("ECODE_CATALOG", format!("::{}:", s(&one))));
    assert_eq!(json(&r)["meaning"], "from one");
}

#[test]
fn flags_override_the_environment_and_later_flags_win() {
    let tmp = TempDir::new().unwrap();
    let env = write(
        tmp.path(),
        "env.toml",
        &new_code("Team.X", "fix", "from env"),
    );
    let a = write(tmp.path(), "a.toml", &new_code("Team.X", "retry", "from a"));
    let b = write(
        tmp.path(),
        "b.toml",
        &new_code("Team.X", "permission", "from b"),
    );
    let r = run(en(&[
        "--catalog",
        s(&a),
        "--json",
        "explain",
        "Team.X",
        "--catalog",
        s(&b),
    ])
    .env("ECODE_CATALOG", &env));
    let v = json(&r);
    assert_eq!((v["meaning"].as_str(), r.code), (Some("from b"), Some(3)));
    assert_eq!(v["catalog"], s(&b));
    let r = run(en(&[
        "--catalog",
        s(&b),
        "--catalog",
        s(&a),
        "--json",
        "explain",
        "Team.X",
    ])
    .env("ECODE_CATALOG", &env));
    assert_eq!(
        (json(&r)["meaning"].as_str(), r.code),
        (Some("from a"), Some(4))
    );
}

#[test]
fn without_user_catalogs_entries_are_builtin() {
    let r = run(en(&["--json", "explain", "InternalError", "40409"]));
    for line in r.stdout.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["catalog"], "builtin", "{line}");
        assert!(
            v["reference"].as_str().unwrap().starts_with("https://"),
            "{line}"
        );
    }
}

// ---------------------------------------------------------------------------
// Merging by field and by language; fallback
// ---------------------------------------------------------------------------

#[test]
fn an_override_replaces_exactly_the_fields_and_languages_it_gives() {
    let tmp = TempDir::new().unwrap();
    let file = write(
        tmp.path(),
        "team.toml",
        "provider = \"tencent\"\n\n[[code]]\ncode = \"internalerror\"\nadvice.ko = \"RequestId를 온콜 담당자에게 전달하세요.\"\n",
    );
    let builtin = |lang: &str| {
        json(&run(ecode().args([
            "--lang",
            lang,
            "--json",
            "explain",
            "InternalError",
        ])))
    };
    let with = |lang: &str| {
        json(&run(ecode().args([
            "--lang",
            lang,
            "--json",
            "--catalog",
            s(&file),
            "explain",
            "InternalError",
        ])))
    };
    let (ko, ko_builtin) = (with("ko"), builtin("ko"));
    assert_eq!(ko["advice"], "RequestId를 온콜 담당자에게 전달하세요.");
    assert_eq!(ko["meaning"], ko_builtin["meaning"], "meaning kept");
    assert_eq!(ko["category"], ko_builtin["category"], "category kept");
    assert_eq!(ko["retried_by"], ko_builtin["retried_by"]);
    assert_eq!(ko["code"], "InternalError", "the canonical spelling");
    assert_eq!(ko["catalog"], s(&file));
    for lang in ["en", "ja", "zh"] {
        let (mine, theirs) = (with(lang), builtin(lang));
        assert_eq!(
            mine["advice"], theirs["advice"],
            "{lang}: built-in advice kept"
        );
        assert_eq!(mine["meaning"], theirs["meaning"], "{lang}");
    }
}

#[test]
fn a_new_category_brings_its_exit_status_and_generic_advice() {
    let tmp = TempDir::new().unwrap();
    let file = write(
        tmp.path(),
        "team.toml",
        "provider = \"tencent\"\n[[code]]\ncode = \"RequestLimitExceeded\"\ncategory = \"contact-admin\"\n",
    );
    let builtin = json(&run(en(&["--json", "explain", "RequestLimitExceeded"])));
    let r = run(en(&[
        "--json",
        "--catalog",
        s(&file),
        "explain",
        "RequestLimitExceeded",
    ]));
    assert_eq!(r.code, Some(5));
    let v = json(&r);
    assert_eq!(v["category"], "contact-admin");
    assert_eq!(v["meaning"], builtin["meaning"]);
    // the built-in advice says to retry; it no longer fits the category
    assert_ne!(v["advice"], builtin["advice"]);
    assert!(v["advice"].as_str().unwrap().contains("support"), "{v}");
}

#[test]
fn a_missing_language_falls_back_to_english_then_any_with_a_note() {
    let tmp = TempDir::new().unwrap();
    let file = write(
        tmp.path(),
        "team.toml",
        r#"provider = "tencent"

[[code]]
code = "Team.Both"
category = "fix"
meaning = { en = "English words.", ko = "한국어 설명." }

[[code]]
code = "Team.ZhOnly"
category = "retry"
meaning = { zh = "只有中文。" }
advice = { zh = "稍后重试。" }
"#,
    );
    let explain = |lang: &str, code: &str| {
        run(ecode().args([
            "--lang",
            lang,
            "--color",
            "never",
            "--catalog",
            s(&file),
            "explain",
            code,
        ]))
    };
    // ja: not given, English is used, and a note in Japanese says so
    let r = explain("ja", "Team.Both");
    assert!(r.stdout.contains("English words."), "{}", r.stdout);
    assert!(r.stdout.contains("日本語の説明がない"), "{}", r.stdout);
    // ko: given, no note
    let r = explain("ko", "Team.Both");
    assert!(
        r.stdout.contains("한국어 설명.") && !r.stdout.contains("다른 언어로"),
        "{}",
        r.stdout
    );
    // en: only Chinese exists
    let r = explain("en", "Team.ZhOnly");
    assert!(
        r.stdout.contains("只有中文。") && r.stdout.contains("稍后重试。"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("no English text for Team.ZhOnly"),
        "{}",
        r.stdout
    );
    assert_eq!(r.code, Some(4));
    // without an advice of its own, a new code gets its category's
    let r = explain("en", "Team.Both");
    assert!(r.stdout.contains("Advice"), "{}", r.stdout);
    assert!(!r.stdout.contains("no English text"), "{}", r.stdout);
    // JSON: the text as shown
    let r = run(ecode().args([
        "--lang",
        "ja",
        "--json",
        "--catalog",
        s(&file),
        "explain",
        "Team.Both",
    ]));
    assert_eq!(json(&r)["meaning"], "English words.");
}

// ---------------------------------------------------------------------------
// Validation: every error names file, line and column
// ---------------------------------------------------------------------------

/// Each bad catalog: its text, the `LINE:COLUMN` the error names, and a
/// piece of the English message.
const BAD: &[(&str, &[u8], &str, &str)] = &[
    (
        "unknown key",
        b"provider = \"tencent\"\n[[code]]\ncode = \"A.B\"\ncategory = \"fix\"\nmeanin = { en = \"x\" }\n",
        "5:1",
        "unknown key meanin",
    ),
    (
        "unknown language",
        b"provider = \"tencent\"\n[[code]]\ncode = \"A.B\"\ncategory = \"fix\"\nmeaning = { en = \"x\", fr = \"y\" }\n",
        "5:",
        "unknown key fr",
    ),
    (
        "category outside the five",
        b"provider = \"tencent\"\n[[code]]\ncode = \"A.B\"\ncategory = \"fixx\"\nmeaning = { en = \"x\" }\n",
        "4:12",
        "category \"fixx\" is none of ok, fix, permission, retry, contact-admin",
    ),
    (
        "NHN code shape",
        b"provider = \"nhn\"\n[[code]]\ncode = \"12a\"\ncategory = \"fix\"\nmeaning = { en = \"x\" }\n",
        "3:8",
        "\"12a\" is not an NHN Cloud code",
    ),
    (
        "Tencent code shape",
        b"provider = \"tencent\"\n\n[[code]]\ncode = \"Resource Not Found\"\ncategory = \"fix\"\nmeaning = { en = \"x\" }\n",
        "4:8",
        "\"Resource Not Found\" is not a Tencent Cloud code",
    ),
    (
        "duplicate in one file",
        b"provider = \"tencent\"\n[[code]]\ncode = \"A.B\"\ncategory = \"fix\"\nmeaning = { en = \"x\" }\n\n[[code]]\ncode = \"a.b\"\ncategory = \"fix\"\nmeaning = { en = \"y\" }\n",
        "8:8",
        "a.b is already in this file, in the [[code]] on line 2",
    ),
    (
        "invalid UTF-8",
        b"provider = \"tencent\"\n[[code]]\ncode = \"A.B\"\ncategory = \"fix\"\nmeaning = { en = \"x\xff\" }\n",
        "5:20",
        "not UTF-8 text",
    ),
    (
        "not TOML",
        b"provider = \"tencent\"\n[[code]\n",
        "2:",
        "not valid TOML",
    ),
    (
        "no provider",
        b"[[code]]\ncode = \"A.B\"\ncategory = \"fix\"\nmeaning = { en = \"x\" }\n",
        "1:1",
        "no provider",
    ),
    (
        "unknown provider",
        b"provider = \"aws\"\n",
        "1:12",
        "provider \"aws\" is neither",
    ),
    (
        "new code without a category",
        b"provider = \"tencent\"\n[[code]]\ncode = \"A.B\"\nmeaning = { en = \"x\" }\n",
        "3:8",
        "A.B is a new code: give it a category",
    ),
    (
        "new code without a meaning",
        b"provider = \"tencent\"\n[[code]]\ncode = \"A.B\"\ncategory = \"fix\"\nadvice = { en = \"x\" }\n",
        "3:8",
        "give it a meaning",
    ),
    (
        "wrong type",
        b"provider = \"tencent\"\n[[code]]\ncode = \"A.B\"\ncategory = \"fix\"\nmeaning = \"x\"\n",
        "5:11",
        "wrong type",
    ),
    (
        "HTTP status out of range",
        b"provider = \"nhn\"\n[[code]]\ncode = \"7\"\ncategory = \"fix\"\nhttp_status = 999\nmeaning = { en = \"x\" }\n",
        "5:15",
        "http_status 999 is not an HTTP status",
    ),
    (
        "empty text",
        b"provider = \"nhn\"\n[[code]]\ncode = \"7\"\ncategory = \"fix\"\nmeaning = { en = \" \" }\n",
        "5:11",
        "a text is empty",
    ),
    (
        "bad client name",
        b"provider = \"nhn\"\n[[code]]\ncode = \"7\"\ncategory = \"retry\"\nmeaning = { en = \"x\" }\nretried_by = [\"Go SDK\"]\n",
        "6:14",
        "\"Go SDK\" is not a client name",
    ),
];

#[test]
fn every_validation_error_names_file_line_and_column() {
    let tmp = TempDir::new().unwrap();
    for (what, text, at, message) in BAD {
        let file = tmp.path().join("bad.toml");
        std::fs::write(&file, text).unwrap();
        let r = run(en(&["--catalog", s(&file), "explain", "40409"]));
        assert_eq!(r.code, Some(2), "{what}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{what}: nothing runs");
        let prefix = format!("ecode: {}:{at}", s(&file));
        assert!(
            r.stderr.starts_with(&prefix),
            "{what}: want {prefix}…, got {}",
            r.stderr
        );
        assert!(
            r.stderr.contains(message),
            "{what}: want {message:?} in {}",
            r.stderr
        );
        assert_eq!(r.stderr.lines().count(), 1, "{what}: {}", r.stderr);
        // `catalog check` says the same
        let check = run(en(&["catalog", "check", s(&file)]));
        assert_eq!(
            (check.code, check.stderr.as_str()),
            (Some(2), r.stderr.as_str()),
            "{what}"
        );
    }
}

#[test]
fn validation_errors_are_in_the_chosen_language_and_in_json() {
    let tmp = TempDir::new().unwrap();
    let file = write(
        tmp.path(),
        "bad.toml",
        "provider = \"tencent\"\n[[code]]\ncode = \"A.B\"\ncategory = \"fixx\"\nmeaning = { en = \"x\" }\n",
    );
    for (lang, words) in [
        ("ko", "중 하나여야"),
        ("ja", "いずれでもありません"),
        ("zh", "之一"),
    ] {
        let r = run(ecode().args(["--lang", lang, "--catalog", s(&file), "explain", "0"]));
        assert_eq!(r.code, Some(2));
        assert!(
            r.stderr.contains(words) && r.stderr.contains(":4:12:"),
            "{lang}: {}",
            r.stderr
        );
    }
    let r = run(en(&["--json", "--catalog", s(&file), "explain", "0"]));
    let v: Value = serde_json::from_str(r.stderr.trim()).unwrap();
    assert_eq!(v["error"], "usage");
    assert_eq!(v["source"], s(&file));
    assert!(
        v["message"].as_str().unwrap().contains(":4:12: category"),
        "{v}"
    );
}

#[test]
fn a_bad_file_named_by_the_environment_is_a_usage_error() {
    let tmp = TempDir::new().unwrap();
    let good = write(tmp.path(), "good.toml", &new_code("Team.X", "fix", "x"));
    let bad = write(tmp.path(), "bad.toml", "provider = \"tencent\"\nnope = 1\n");
    let r =
        run(en(&["explain", "Team.X"]).env("ECODE_CATALOG", format!("{}:{}", s(&good), s(&bad))));
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("{}:2:1: unknown key nope", s(&bad))),
        "{}",
        r.stderr
    );
}

#[test]
fn a_missing_catalog_is_an_io_error() {
    let tmp = TempDir::new().unwrap();
    let missing = tmp.path().join("missing.toml");
    for cmd in [
        en(&["--catalog", s(&missing), "explain", "0"]),
        {
            let mut c = en(&["explain", "0"]);
            c.env("ECODE_CATALOG", &missing);
            c
        },
        en(&["catalog", "check", s(&missing)]),
    ] {
        let r = run(cmd);
        assert_eq!(r.code, Some(7), "{}", r.stderr);
        assert!(
            r.stderr.contains(s(&missing)) && r.stderr.contains("no such file"),
            "{}",
            r.stderr
        );
    }
    // a directory is not a catalog either
    let r = run(en(&["--catalog", s(tmp.path()), "explain", "0"]));
    assert_eq!(r.code, Some(7), "{}", r.stderr);
}

#[test]
fn a_bad_file_in_catalog_d_is_a_warning_and_is_skipped() {
    let tmp = TempDir::new().unwrap();
    let bad = write(
        tmp.path(),
        "ecode/catalog.d/00-bad.toml",
        "provider = \"tencent\"\n[[code]]\ncode = \"Team.X\"\ncategory = \"fixx\"\nmeaning = { en = \"bad\" }\n",
    );
    write(
        tmp.path(),
        "ecode/catalog.d/10-good.toml",
        &new_code("Team.Y", "retry", "good"),
    );
    let r = run(en(&["explain", "Team.Y"]).env("XDG_CONFIG_HOME", tmp.path()));
    assert_eq!(r.code, Some(4), "the command runs: {}", r.stderr);
    assert!(r.stdout.contains("good"), "{}", r.stdout);
    assert!(
        r.stderr.starts_with("ecode: warning: catalog skipped — "),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains(&format!("{}:4:12", s(&bad))),
        "{}",
        r.stderr
    );
    // nothing of the bad file was taken
    let r = run(en(&["explain", "Team.X"]).env("XDG_CONFIG_HOME", tmp.path()));
    assert_eq!(r.code, Some(6), "{}", r.stdout);
    // JSON: the warning is a JSON object too
    let r = run(en(&["--json", "explain", "Team.Y"]).env("XDG_CONFIG_HOME", tmp.path()));
    let warning: Value = serde_json::from_str(r.stderr.lines().next().unwrap()).unwrap();
    assert!(warning["warning"].as_str().is_some(), "{warning}");
    assert_eq!(warning["source"], s(&bad));
    // -q: the exit status alone
    let r = run(en(&["-q", "explain", "Team.Y"]).env("XDG_CONFIG_HOME", tmp.path()));
    assert_eq!((r.code, r.stdout.as_str()), (Some(4), ""));
}

// ---------------------------------------------------------------------------
// ecode catalog check / path
// ---------------------------------------------------------------------------

#[test]
fn catalog_check_validates_every_file_given() {
    let r = run(en(&[
        "catalog",
        "check",
        &example("tencent-cvm.toml"),
        &example("nhn-image.toml"),
    ]));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        r.stdout.contains("tencent-cvm.toml: valid, 8 entries"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("nhn-image.toml: valid, 4 entries"),
        "{}",
        r.stdout
    );

    let tmp = TempDir::new().unwrap();
    let bad = write(tmp.path(), "bad.toml", "provider = 1\n");
    let r = run(en(&[
        "catalog",
        "check",
        s(&bad),
        &example("nhn-image.toml"),
    ]));
    assert_eq!(r.code, Some(2), "the bad one decides");
    assert!(
        r.stdout.contains("nhn-image.toml: valid"),
        "every file is checked: {}",
        r.stdout
    );
    assert!(
        r.stderr.contains(&format!("{}:1:12:", s(&bad))),
        "{}",
        r.stderr
    );

    let r = run(en(&[
        "--json",
        "catalog",
        "check",
        &example("nhn-image.toml"),
    ]));
    let v = json(&r);
    assert_eq!(
        (v["valid"].as_bool(), v["entries"].as_u64()),
        (Some(true), Some(4))
    );
    // check runs nothing else: the user's catalogs are not read
    let r =
        run(en(&["catalog", "check", &example("nhn-image.toml")]).env("ECODE_CATALOG", s(&bad)));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
}

#[test]
fn catalog_path_shows_where_catalogs_are_read_from() {
    let tmp = TempDir::new().unwrap();
    let in_dir = write(
        tmp.path(),
        "ecode/catalog.d/a.toml",
        &new_code("Team.X", "fix", "x"),
    );
    let env = write(tmp.path(), "env.toml", &new_code("Team.Y", "fix", "y"));
    let r = run(en(&["catalog", "path", "--catalog", "flag.toml"])
        .env("XDG_CONFIG_HOME", tmp.path())
        .env("ECODE_CATALOG", &env));
    // a flag's file is only named, not read, by `catalog path`
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    for piece in [s(&in_dir), s(&env), "flag.toml", "built-in catalog"] {
        assert!(r.stdout.contains(piece), "{piece} missing:\n{}", r.stdout);
    }
    let r = run(en(&["--json", "catalog", "path"]).env("XDG_CONFIG_HOME", tmp.path()));
    let v = json(&r);
    let dir = tmp.path().join("ecode/catalog.d");
    assert_eq!(v["catalog_d"], s(&dir));
    assert_eq!(v["catalog_d_exists"], true);
    assert_eq!(v["catalog_d_files"][0], s(&in_dir));
    // no home at all: no directory to read
    let r = run(en(&["--json", "catalog", "path"]));
    assert_eq!(json(&r)["catalog_d"], Value::Null);
}

// ---------------------------------------------------------------------------
// A user code through every command
// ---------------------------------------------------------------------------

#[test]
fn explain_describes_user_codes_in_text_and_json() {
    let cvm = example("tencent-cvm.toml");
    let r = run(en(&[
        "--catalog",
        &cvm,
        "explain",
        "invalidinstanceid.notfound",
    ]));
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(
        r.stdout
            .starts_with("InvalidInstanceId.NotFound · Tencent Cloud · InvalidInstanceId"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains(&format!("Catalog    {cvm}"))
            || r.stdout.contains(&format!("Catalog   {cvm}")),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("Check the instance ID and the region"),
        "{}",
        r.stdout
    );
    for lang in common::LANGS {
        let r = run(ecode().args([
            "--lang",
            lang,
            "--catalog",
            &cvm,
            "explain",
            "InvalidInstanceId.NotFound",
        ]));
        common::assert_script(lang, &r.stdout);
    }
    let r = run(en(&[
        "--json",
        "--catalog",
        &cvm,
        "explain",
        "OperationDenied.InstanceOperationInProgress",
    ]));
    assert_eq!(r.code, Some(4));
    let v = json(&r);
    assert_eq!(v["documented"], true);
    assert_eq!(v["catalog"], cvm.as_str());
    assert_eq!(
        v["reference"],
        "https://cloud.tencent.com/document/api/213/15694"
    );
    assert_eq!(v["family"], "OperationDenied");
    // NHN: the family the file gives
    let image = example("nhn-image.toml");
    let v = json(&run(en(&[
        "--json",
        "--catalog",
        &image,
        "explain",
        "30004",
    ])));
    assert_eq!(
        (v["family"].as_str(), v["category"].as_str()),
        (Some("image-manager"), Some("permission"))
    );
}

#[test]
fn parse_reads_user_codes_in_bodies() {
    let cvm = example("tencent-cvm.toml");
    let body = r#"{"Response":{"Error":{"Code":"ResourceInsufficient.SpecifiedInstanceType","Message":"The specified type of instance is understocked."},"RequestId":"6ef60bec-0242-43af-bb20-270359fb54a7"}}"#;
    let mut cmd = en(&["--catalog", &cvm, "parse"]);
    let r = run_with_stdin(&mut cmd, body);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(
        r.stdout
            .contains("The instance type asked for is out of stock."),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains(&cvm), "{}", r.stdout);
    let r = run_with_stdin(&mut en(&["--json", "--catalog", &cvm, "parse"]), body);
    let v = json(&r);
    assert_eq!(v["catalog"], cvm.as_str());
    assert_eq!(v["documented"], true);
    assert_eq!(v["request_id"], "6ef60bec-0242-43af-bb20-270359fb54a7");
    // without the catalog, the same body is read from its words
    let v = json(&run_with_stdin(&mut en(&["--json", "parse"]), body));
    assert_eq!(
        (v["documented"].as_bool(), v["catalog"].as_str()),
        (Some(false), Some("builtin"))
    );

    let image = example("nhn-image.toml");
    let body = r#"{"header":{"isSuccessful":false,"resultCode":30004,"resultMessage":"The authentication is invalid."}}"#;
    let v = json(&run_with_stdin(
        &mut en(&["--json", "--catalog", &image, "parse"]),
        body,
    ));
    assert_eq!(
        (
            v["code"].as_str(),
            v["category"].as_str(),
            v["exit_code"].as_u64()
        ),
        (Some("30004"), Some("permission"), Some(3))
    );
    assert_eq!(v["catalog"], image.as_str());
}

fn run_with_stdin(cmd: &mut Command, input: &str) -> Run {
    let out = common::with_stdin(cmd, input.as_bytes());
    Run {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

#[test]
fn list_and_search_show_user_codes_with_their_file() {
    let cvm = example("tencent-cvm.toml");
    let r = run(en(&[
        "--catalog",
        &cvm,
        "list",
        "--family",
        "invalidinstanceid",
    ]));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 2, "{}", r.stdout);
    assert!(
        r.stdout.lines().all(|l| l.ends_with(&format!("[{cvm}]"))),
        "{}",
        r.stdout
    );
    // an overridden built-in code is listed once, where it always was
    let tmp = TempDir::new().unwrap();
    let file = write(
        tmp.path(),
        "t.toml",
        "provider = \"tencent\"\n[[code]]\ncode = \"InternalError\"\nmeaning.en = \"Our words.\"\n",
    );
    let r = run(en(&[
        "--json",
        "--catalog",
        s(&file),
        "list",
        "--provider",
        "tencent",
    ]));
    let internal: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|v| v["code"] == "InternalError")
        .collect();
    assert_eq!(internal.len(), 1);
    assert_eq!(internal[0]["meaning"], "Our words.");
    // search finds the user's words, in their language
    let r = run(ecode().args([
        "--lang",
        "ko",
        "--json",
        "--catalog",
        &cvm,
        "search",
        "재고",
    ]));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let v: Value = serde_json::from_str(r.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(v["code"], "ResourceInsufficient.SpecifiedInstanceType");
    assert_eq!(v["catalog"], cvm.as_str());
    // and a family only a user catalog has is a family --family accepts
    let image = example("nhn-image.toml");
    let r = run(en(&[
        "--catalog",
        &image,
        "list",
        "--family",
        "image-manager",
    ]));
    assert_eq!(
        (r.code, r.stdout.lines().count()),
        (Some(0), 4),
        "{}{}",
        r.stdout,
        r.stderr
    );
}

#[test]
fn completion_offers_user_codes_from_every_source() {
    let cvm = example("tencent-cvm.toml");
    // in catalog order: the file's
    let want = ["InvalidInstanceId.NotFound", "InvalidInstanceId.Malformed"];
    // from ECODE_CATALOG
    let got = common::complete(
        &["ecode", "explain", "InvalidInstanceId"],
        &[("ECODE_CATALOG", &cvm)],
    );
    assert_eq!(got, want);
    // from the line's own --catalog, either spelling
    let got = common::complete(&["ecode", "--catalog", &cvm, "explain", "invalidinst"], &[]);
    assert_eq!(got, want);
    let flag = format!("--catalog={cvm}");
    let got = common::complete(&["ecode", &flag, "explain", "InvalidInst"], &[]);
    assert_eq!(got, want);
    // from catalog.d
    let tmp = TempDir::new().unwrap();
    write(
        tmp.path(),
        "ecode/catalog.d/cvm.toml",
        &std::fs::read_to_string(&cvm).unwrap(),
    );
    let dir = tmp.path().to_str().unwrap();
    let got = common::complete(
        &["ecode", "explain", "InvalidInst"],
        &[("XDG_CONFIG_HOME", dir)],
    );
    assert_eq!(got, want);
    // the families too
    let image = example("nhn-image.toml");
    let got = common::complete(
        &["ecode", "list", "--family", "image-"],
        &[("ECODE_CATALOG", &image)],
    );
    assert_eq!(got, ["image-manager"]);
    // without them, nothing of theirs
    assert!(common::complete(&["ecode", "explain", "InvalidInst"], &[]).is_empty());
}

#[test]
fn a_large_catalog_is_cached_and_gives_the_same_answers() {
    let tmp = TempDir::new().unwrap();
    let mut text = String::from("provider = \"tencent\"\n");
    for i in 0..600 {
        text.push_str(&format!(
            "[[code]]\ncode = \"Big.Code{i}\"\ncategory = \"retry\"\nmeaning.en = \"Entry {i}, with words enough to make the file large.\"\n"
        ));
    }
    let file = write(tmp.path(), "big.toml", &text);
    settle(&file);
    let cache = tmp.path().join("cache");
    let ask = || {
        run(en(&[
            "--json",
            "--catalog",
            s(&file),
            "explain",
            "Big.Code599",
            "InternalError",
        ])
        .env("XDG_CACHE_HOME", &cache))
    };
    let first = ask();
    assert_eq!(first.code, Some(4), "{}", first.stderr);
    let made: Vec<_> = std::fs::read_dir(cache.join("ecode")).unwrap().collect();
    assert_eq!(made.len(), 1, "one cache file");
    let second = ask();
    assert_eq!((second.code, &second.stdout), (first.code, &first.stdout));
    assert!(second.stdout.contains("Entry 599,"), "{}", second.stdout);
    // the file changes: the answer follows it
    std::fs::write(&file, text.replace("Entry 599,", "Changed 599,")).unwrap();
    settle(&file);
    let third = ask();
    assert!(third.stdout.contains("Changed 599,"), "{}", third.stdout);
    let r = run(en(&["catalog", "path"]).env("XDG_CACHE_HOME", &cache));
    assert!(r.stdout.contains(s(&cache.join("ecode"))), "{}", r.stdout);
}
