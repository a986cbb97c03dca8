//! The command line in the user's language (issue 13): `--help` of every
//! command, clap's usage errors in our words, the conventions users try
//! first (`LC_ALL=C`, `--lang KO`, `-q`, `CLICOLOR=0`, `ecode 40409`,
//! `echo 40409 | ecode explain`, completion), and every value echoed from
//! the command line escaped, on a terminal too. A golden per language keeps
//! the help and the errors, so a wording change is reviewed as a diff.

mod common;

use common::{LANGS, assert_script, ecode, golden, on_terminal_with, with_stdin};
use serde_json::Value;

/// stdout, stderr and the exit status of `ecode ARGS` with `stdin`.
fn run(args: &[&str], stdin: &str) -> (String, String, i32) {
    let out = with_stdin(ecode().args(args), stdin.as_bytes());
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().expect("exited"),
    )
}

/// What a person sees: the help of each command and every kind of usage
/// error (stdout then stderr), `--color never` piped.
const GOLDEN_CASES: &[&[&str]] = &[
    &["--help"],
    &["explain", "--help"],
    &["parse", "-h"],
    &["list", "--help"],
    &["search", "--help"],
    &["catalog", "check", "--help"],
    &["help", "completions"],
    &[],
    &["bogus"],
    &["explian", "40409"],
    &["40409"],
    &["--format", "xml", "explain", "1"],
    &["--provider", "aws", "explain", "1"],
    &["explain", "--bogus", "1"],
    &["--provider=", "explain", "1"],
    &["search"],
    &["--json", "--format", "text", "explain", "1"],
    &["-q", "-q", "explain", "1"],
    &["completions", "tcsh"],
    &["man", "extra"],
    &["catalog"],
    &["explain"],
];

#[test]
fn help_and_usage_errors_per_language() {
    for lang in LANGS {
        let mut all = String::new();
        for args in GOLDEN_CASES {
            let mut full = vec!["--lang", lang, "--color", "never"];
            full.extend_from_slice(args);
            let (out, err, code) = run(&full, "");
            all.push_str(&format!("$ ecode {} (exit {code})\n", full.join(" ")));
            all.push_str(&out);
            all.push_str(&err);
            all.push('\n');
            let expected = match args.first() {
                Some(&"--help" | &"-h" | &"help") => 0,
                Some(_) if args.contains(&"--help") || args.contains(&"-h") => 0,
                _ => 2,
            };
            assert_eq!(code, expected, "{full:?}\n{out}{err}");
            // Every help and message in the language asked for.
            assert_script(lang, &format!("{out}{err}"));
            assert!(!err.contains("error:"), "clap's own words: {err}");
        }
        golden(&format!("help.{lang}.txt"), &all);
    }
}

#[test]
fn help_leads_with_three_examples() {
    let headings = [
        ("ko", "예시:"),
        ("en", "Examples:"),
        ("ja", "例:"),
        ("zh", "示例:"),
    ];
    for (lang, heading) in headings {
        for command in [&[][..], &["explain"], &["parse"], &["list"], &["search"]] {
            let mut args = vec!["--lang", lang];
            args.extend_from_slice(command);
            args.push("--help");
            let (out, _, code) = run(&args, "");
            assert_eq!(code, 0);
            let lines: Vec<&str> = out.lines().collect();
            // after the about: the heading, then three examples of two lines
            // each, a blank line and the usage line
            let at = lines.iter().position(|l| *l == heading).expect(heading);
            assert_eq!(lines[at - 1], "", "{out}");
            for example in lines[at + 1..at + 7].iter().step_by(2) {
                let line = example.strip_prefix("  ").unwrap();
                assert!(line.contains("ecode "), "{example}\n{out}");
                assert!(!line.starts_with(' '), "{example}\n{out}");
            }
            for what in lines[at + 2..at + 7].iter().step_by(2) {
                assert!(what.starts_with("      "), "{what}\n{out}");
            }
            assert_eq!(lines[at + 7], "", "{out}");
            assert!(lines[at + 8].contains("ecode"), "{out}");
            assert!(!lines[at + 8].starts_with(' '), "{out}");
        }
    }
}

#[test]
fn help_follows_the_flag_then_ecode_lang_then_the_locale() {
    let help = |env: &[(&str, &str)], args: &[&str]| {
        let out = ecode()
            .envs(env.iter().copied())
            .args(args)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap()
    };
    let ja = "ヘルプを表示します";
    let ko = "도움말을 표시합니다";
    assert!(help(&[("LANG", "ja_JP.UTF-8")], &["--help"]).contains(ja));
    assert!(help(&[("LC_ALL", "ko_KR.UTF-8"), ("LANG", "ja_JP")], &["-h"]).contains(ko));
    assert!(help(&[("ECODE_LANG", "ja"), ("LANG", "ko_KR.UTF-8")], &["-h"]).contains(ja));
    // the flag wins, wherever it stands, in any form ECODE_LANG accepts
    for flag in ["--lang=KO", "--lang=ko_KR.UTF-8"] {
        let text = help(&[("ECODE_LANG", "ja")], &["explain", flag, "--help"]);
        assert!(text.contains(ko), "{flag}: {text}");
    }
    // a usage error too, and LC_ALL=C means English
    let err = help(&[("LANG", "zh_CN.UTF-8")], &["bogus"]);
    assert!(err.contains("未知的命令"), "{err}");
    let err = help(&[("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")], &["bogus"]);
    assert!(err.starts_with("ecode: unrecognized command"), "{err}");
    // a bad ECODE_LANG: the error in the locale's language
    let err = help(
        &[("ECODE_LANG", "kr"), ("LANG", "ja_JP.UTF-8")],
        &["explain", "1"],
    );
    assert!(err.contains("サポートされていない言語"), "{err}");
}

/// Regression: `--lang KO` and `--lang ko_KR.UTF-8` were usage errors while
/// `ECODE_LANG` accepted both.
#[test]
fn lang_accepts_what_ecode_lang_accepts() {
    for value in ["KO", "ko_KR.UTF-8", "ko-KR", "Ko"] {
        let (out, err, code) = run(&["--lang", value, "--json", "explain", "0"], "");
        assert_eq!(code, 0, "{value}: {err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["lang"], "ko", "{value}");
    }
    let (_, err, code) = run(&["--lang", "kr", "explain", "0"], "");
    assert_eq!(code, 2);
    assert!(err.contains("ko, en, ja, zh"), "{err}");
}

/// Regression: `-q` hid usage errors too (`ecode -q --lang xx explain 1`
/// was silent). It silences results only.
#[test]
fn quiet_never_hides_a_usage_or_catalog_error() {
    let cases: [(&[&str], i32); 5] = [
        (&["-q", "--lang", "xx", "explain", "1"], 2),
        (&["-q", "bogus"], 2),
        (&["-q", "parse", "--max-body", "lots"], 2),
        (
            &["-q", "--catalog", "/nonexistent/team.toml", "explain", "1"],
            7,
        ),
        (&["-q", "explain"], 2),
    ];
    for (args, want) in cases {
        let (out, err, code) = run(args, "");
        assert_eq!((code, out.as_str()), (want, ""), "{args:?}");
        assert!(err.starts_with("ecode: "), "{args:?}: {err:?}");
    }
    // results, and the failures that are results, stay silent
    for (args, want) in [
        (&["-q", "explain", "99999"][..], 6),
        (&["-q", "explain", "-4"], 1),
    ] {
        assert_eq!(
            run(args, ""),
            (String::new(), String::new(), want),
            "{args:?}"
        );
    }
}

/// Regression: `ecode 40409` said only "unrecognized subcommand".
#[test]
fn a_code_in_place_of_a_command_names_the_command_meant() {
    for lang in LANGS {
        for code in ["40409", "AuthFailure.SignatureExpire", "-4"] {
            let (out, err, status) = run(&["--lang", lang, code], "");
            assert_eq!((status, out.as_str()), (2, ""));
            let first = err.lines().next().unwrap();
            assert!(first.contains(&format!("ecode explain {code}")), "{err}");
            assert_script(lang, &err);
        }
    }
}

/// Regression: `echo 40409 | ecode explain` was a usage error.
#[test]
fn explain_reads_codes_from_a_pipe() {
    let (out, err, code) = run(
        &["--lang", "en", "--json", "explain"],
        "40409 -4\n\n  InternalError\r\nnope\n",
    );
    assert_eq!(code, 6, "{err}");
    let results: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let got: Vec<(&str, &str)> = results
        .iter()
        .map(|v| (v["code"].as_str().unwrap(), v["source"].as_str().unwrap()))
        .collect();
    assert_eq!(
        got,
        [
            ("40409", "stdin:1"),
            ("-4", "stdin:1"),
            ("InternalError", "stdin:3")
        ]
    );
    let v: Value = serde_json::from_str(err.trim()).unwrap();
    assert_eq!(
        (v["error"].as_str(), v["source"].as_str()),
        (Some("undecodable"), Some("stdin:4"))
    );
    // a word of any length costs a bounded piece of it; an ideographic
    // space separates codes too
    let long = format!("{} 40409\u{3000}-4\n", "9".repeat(1 << 20));
    let (out, err, code) = run(&["--lang", "en", "--json", "explain"], &long);
    assert_eq!(code, 6);
    let codes: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(codes.len(), 2, "{out}");
    assert_eq!(codes[1]["code"], "-4");
    assert!(
        err.len() < 1000,
        "the message quotes the start: {}",
        err.len()
    );
    // codes on the command line win over stdin
    let (out, _, code) = run(&["--lang", "en", "--json", "explain", "0"], "40409\n");
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1);
    // nothing to read: a usage error, in the user's language
    let (out, err, code) = run(&["--lang", "ko", "explain"], " \n");
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("echo 40409 | ecode explain"), "{err}");
    assert_script("ko", &err);
}

/// On a terminal, with no code, `explain` does not sit waiting.
#[test]
fn explain_with_no_code_on_a_terminal_says_how() {
    let Some((shown, code)) = on_terminal_with(&["--lang", "en", "explain"], &[]) else {
        return;
    };
    assert_eq!(code, Some(2), "{shown}");
    assert!(shown.contains("no code to explain"), "{shown}");
}

/// Regression: on a terminal, clap wrote the raw clear-screen, OSC 52
/// clipboard write and BEL of a bad `--lang`, an unknown subcommand and bad
/// `--format` / `--provider` values to stderr. Run under a pseudo-terminal
/// with TERM set, colour forced, so nothing but our escaping stands between.
#[test]
fn echoed_values_are_escaped_on_a_terminal() {
    let evil = "\u{1b}[2J\u{1b}]52;c;ZXZpbA==\u{7}";
    let flag = format!("--{evil}");
    let cases: [&[&str]; 6] = [
        &["--lang", evil, "explain", "-4"],
        &[evil],
        &["--format", evil, "explain", "1"],
        &["--provider", evil, "explain", "1"],
        &["explain", "1", &flag],
        &["help", evil],
    ];
    for args in cases {
        for color in ["always", "auto"] {
            let mut full = vec!["--color", color];
            full.extend_from_slice(args);
            let Some((shown, code)) = on_terminal_with(&full, &[("LANG", "ko_KR.UTF-8")]) else {
                return;
            };
            assert_eq!(code, Some(2), "{full:?}: {shown}");
            assert!(!shown.contains("\u{1b}]52;"), "{full:?}: {shown:?}");
            assert!(!shown.contains('\u{7}'), "{full:?}: {shown:?}");
            assert!(!shown.contains("\u{1b}[2J"), "{full:?}: {shown:?}");
            assert!(
                shown.contains("\\e[2J\\e]52;c;ZXZpbA"),
                "{full:?}: {shown:?}"
            );
        }
    }
}

/// Regression: `CLICOLOR=0` kept colour on.
#[test]
fn clicolor_0_turns_colour_off_unless_forced() {
    let cases = [
        (vec![], true),
        (vec![("CLICOLOR", "0")], false),
        (vec![("CLICOLOR", "0"), ("CLICOLOR_FORCE", "1")], true),
        (vec![("NO_COLOR", "1")], false),
    ];
    for (env, coloured) in cases {
        let Some((shown, _)) = on_terminal_with(&["--lang", "en", "explain", "40409"], &env) else {
            return;
        };
        assert_eq!(shown.contains('\u{1b}'), coloured, "{env:?}: {shown:?}");
    }
    // the help too, piped with CLICOLOR_FORCE
    let out = ecode()
        .env("CLICOLOR_FORCE", "1")
        .args(["--lang", "en", "--help"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains('\u{1b}'));
    let out = ecode()
        .env("CLICOLOR", "0")
        .args(["--lang", "en", "--help"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\u{1b}'));
}

/// Regression: `--max-body <TAB>` offered file names (bash falls back to
/// them when ecode offers nothing); `--lang` offers the four languages.
#[test]
fn completion_offers_sizes_and_languages_never_file_names() {
    let sizes = common::complete(&["ecode", "parse", "--max-body", ""], &[]);
    assert!(sizes.iter().any(|s| s == "64MiB"), "{sizes:?}");
    assert_eq!(
        common::complete(&["ecode", "parse", "--max-body", "512"], &[]),
        ["512KiB", "512MiB", "512GiB"]
    );
    assert_eq!(
        common::complete(&["ecode", "parse", "--max-body", "2m"], &[]),
        ["2MiB"]
    );
    // something else: offered back as typed, so no file names either
    assert_eq!(
        common::complete(&["ecode", "parse", "--max-body", "Cargo"], &[]),
        ["Cargo"]
    );
    assert_eq!(
        common::complete(&["ecode", "--lang", ""], &[]),
        ["ko", "en", "ja", "zh"]
    );
    let codes = common::complete(&["ecode", "explain", "RequestLimit"], &[]);
    assert!(
        codes.iter().all(|c| c.starts_with("RequestLimitExceeded")),
        "{codes:?}"
    );
    assert!(codes.len() >= 4, "{codes:?}");
}

/// A value from the command line is quoted, not repeated whole: at most 64
/// characters, escaped, with an ellipsis (clap's refusals and ours alike).
#[test]
fn long_values_from_the_command_line_are_cut() {
    let long = format!("\u{1b}{}", "x".repeat(10_000));
    let cases: [(&[&str], i32); 6] = [
        (&["list", "--family", &long], 2),
        (&["search", &long], 6),
        (&["parse", "--max-body", &long], 2),
        (&["--format", &long, "explain", "1"], 2),
        (&[&long], 2),
        (&["explain", &long], 6),
    ];
    for (args, want) in cases {
        let mut full = vec!["--lang", "en"];
        full.extend_from_slice(args);
        let (_, err, code) = run(&full, "");
        assert_eq!(code, want, "{err}");
        let first = err.lines().next().unwrap();
        assert!(!first.contains(&"x".repeat(64)), "{first}");
        assert!(first.contains("\\exxx") && first.contains("x…"), "{first}");
    }
}

/// A command with nothing after it shows its help to a person, and is a
/// JSON usage error for a script; help into a closed pipe is a quiet exit.
#[test]
fn a_missing_command_and_a_closed_pipe() {
    let (out, err, code) = run(&["--lang", "en", "--json", "catalog"], "");
    assert_eq!((code, out.as_str()), (2, ""));
    let v: Value = serde_json::from_str(err.trim()).unwrap();
    assert_eq!(v["error"], "usage");
    assert_eq!(v["message"], "a command is needed: check, path");
    let (_, err, code) = run(&["--lang", "en"], "");
    assert_eq!(code, 2);
    assert!(err.contains("Usage: ecode [OPTIONS] <COMMAND>"), "{err}");
    for lang in LANGS {
        let (stderr, status) = common::with_closed_stdout(&["--lang", lang, "--help"]);
        assert_eq!((stderr.as_str(), status), ("", Some(0)), "{lang}");
    }
}

/// What the committed bash script puts in COMPREPLY for the words typed,
/// asking the binary under test; `None` where there is no bash.
fn bash_completes(words: &[&str]) -> Option<Vec<String>> {
    let script: std::path::PathBuf = [env!("CARGO_MANIFEST_DIR"), "completions", "ecode.bash"]
        .iter()
        .collect();
    let bin_dir = std::path::Path::new(env!("CARGO_BIN_EXE_ecode"))
        .parent()
        .unwrap();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source '{}'; COMP_WORDS=({}); COMP_CWORD={}; COMP_TYPE=9; \
         _clap_complete_ecode ecode '{}' '{}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" "),
        words.len() - 1,
        words[words.len() - 1],
        words[words.len() - 2],
    );
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = ecode_env_cleared("bash", &path)
        .args(["-c", &program])
        .output()
        .ok()?;
    if !out.status.success() {
        eprintln!("skipped: bash: {}", String::from_utf8_lossy(&out.stderr));
        return None;
    }
    let text = String::from_utf8(out.stdout).unwrap();
    Some(
        text.lines()
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect(),
    )
}

/// A command with only `PATH` (and `HOME`) in its environment.
fn ecode_env_cleared(program: &str, path: &str) -> std::process::Command {
    let mut cmd = std::process::Command::new(program);
    cmd.env_clear()
        .env("PATH", path)
        .env("HOME", "/nonexistent");
    cmd
}

/// The committed bash script, end to end: codes after `explain`, sizes
/// after `--max-body` (regression: bash offered file names there, falling
/// back to its own completion when ecode offered nothing).
#[test]
fn the_bash_script_completes_codes_and_sizes() {
    let Some(codes) = bash_completes(&["ecode", "explain", "AuthFailure.Sig"]) else {
        return;
    };
    assert_eq!(
        codes,
        [
            "AuthFailure.SignatureExpire",
            "AuthFailure.SignatureFailure"
        ]
    );
    let sizes = bash_completes(&["ecode", "parse", "--max-body", ""]).unwrap();
    assert!(sizes.contains(&"64MiB".to_string()), "{sizes:?}");
    assert_eq!(sizes.len(), 4, "{sizes:?}");
    assert!(!sizes.iter().any(|s| s.contains("Cargo")), "{sizes:?}");
}
