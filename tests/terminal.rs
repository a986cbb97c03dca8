//! On a real pseudo-terminal (util-linux `script`, `TERM=xterm`), where
//! clap and ecode colour their output and a raw escape would act: nothing
//! from the input reaches the terminal raw, in usage errors, results,
//! errors or JSON. (With `TERM` unset, or on a pipe, clap strips escapes
//! itself and these cases cannot show a difference.)

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

/// Runs `ecode ARGS` on a terminal; returns what the terminal received
/// (stdout and stderr together) and the exit status. Arguments travel in
/// the environment, so no shell quoting touches them.
fn on_terminal(args: &[&str]) -> (String, i32) {
    let mut line = String::from("exec \"$ECODE_BIN\"");
    let mut cmd = Command::new("script");
    for (i, arg) in args.iter().enumerate() {
        line.push_str(&format!(" \"$ECODE_ARG{i}\""));
        cmd.env(format!("ECODE_ARG{i}"), arg);
    }
    for var in [
        "LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "NO_COLOR",
        "CLICOLOR",
        "CLICOLOR_FORCE",
        "COLUMNS",
    ] {
        cmd.env_remove(var);
    }
    let out = cmd
        .args(["-qec", &line, "/dev/null"])
        .env("ECODE_BIN", env!("CARGO_BIN_EXE_ecode"))
        .env("TERM", "xterm")
        .env("SHELL", "/bin/sh")
        .env_remove("ECODE_LANG")
        .env_remove("ECODE_CATALOG")
        .env("HOME", "/nonexistent")
        .stdin(Stdio::null())
        .output()
        .expect("util-linux `script` is needed to test on a terminal");
    let text = String::from_utf8(out.stdout).expect("terminal output is UTF-8");
    (text, out.status.code().unwrap_or(-1))
}

/// The terminal's text with ecode's and clap's own colours (SGR sequences,
/// `ESC [ … m`) taken out: what is left must hold nothing a terminal acts
/// on but line ends. Returns the text without colours.
fn assert_inert(text: &str) -> String {
    let mut plain = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('\u{1b}') {
        plain.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let sgr = after
            .strip_prefix('[')
            .and_then(|a| a.find('m').map(|end| (end, &a[..end])))
            .filter(|(_, params)| params.chars().all(|c| c.is_ascii_digit() || c == ';'));
        let Some((end, _)) = sgr else {
            panic!("a raw escape reached the terminal: {text:?}");
        };
        rest = &after[end + 2..];
    }
    plain.push_str(rest);
    let bad = |c: char| {
        (c.is_control() && c != '\n' && c != '\r')
            || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    assert!(
        !plain.chars().any(bad),
        "raw character on the terminal: {text:?}"
    );
    plain
}

#[test]
fn a_refused_option_value_is_shown_escaped_on_a_terminal() {
    for (value, shown) in [
        ("\u{1b}[2J", "\\e[2J"),
        ("\u{9b}2J", "\\x9b2J"),
        ("x\u{202e}y", "x\\u{202e}y"),
    ] {
        let (text, status) = on_terminal(&["--lang", value, "explain", "-4"]);
        assert_eq!(status, 2, "{text:?}");
        let plain = assert_inert(&text);
        assert!(
            plain.contains(shown),
            "{value:?} not shown as {shown}: {plain}"
        );
    }
    // a long one is cut, by clap's refusal and by ecode's own
    let long = format!("{}\u{1b}[2J", "x".repeat(5000));
    for args in [["--lang", &long, "list"], ["list", "--family", &long]] {
        let (text, status) = on_terminal(&args);
        assert_eq!(status, 2);
        let plain = assert_inert(&text);
        assert!(plain.len() < 1000 && plain.contains('…'), "{plain}");
    }
}

fn hostile_file(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("ps\u{202e}nosj.log");
    std::fs::write(
        &path,
        concat!(
            r#"{"Response":{"Error":{"Code":"InternalError","Message":"a\u001b[2Jb\u009b31mc\u202ed"},"RequestId":"r\u0007"}}"#,
            "\n",
            r#"{"Response":{"Error":{"Code":"Bad\u202eCode","Message":"m"},"RequestId":"r"}}"#,
            "\n"
        ),
    )
    .unwrap();
    path
}

#[test]
fn results_and_errors_in_colour_carry_nothing_raw() {
    let dir = tempfile::tempdir().unwrap();
    let file = hostile_file(dir.path());
    let file = file.to_str().unwrap();
    let (text, status) = on_terminal(&["--lang", "en", "parse", file]);
    assert_eq!(status, 6, "{text}");
    assert!(
        text.contains("\u{1b}[1m"),
        "coloured on a terminal: {text:?}"
    );
    let plain = assert_inert(&text);
    assert!(plain.contains("a\\e[2Jb\\x9b31mc\\u{202e}d"), "{plain}");
    assert!(plain.contains("ps\\u{202e}nosj.log"), "{plain}");
    // an unknown code, and a missing file, told on the terminal
    let missing = format!("{file}\u{1b}]0;title\u{7}");
    let (text, status) = on_terminal(&["--lang", "ja", "parse", &missing]);
    assert_eq!(status, 7);
    assert_inert(&text);
}

#[test]
fn json_on_a_terminal_is_plain_and_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let file = hostile_file(dir.path());
    let (text, status) = on_terminal(&["--json", "parse", file.to_str().unwrap()]);
    assert_eq!(status, 6, "{text}");
    let plain = assert_inert(&text);
    assert_eq!(plain, text, "JSON is never coloured");
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["message"], "a\u{1b}[2Jb\u{9b}31mc\u{202e}d");
    assert!(
        first["source"]
            .as_str()
            .unwrap()
            .contains("ps\u{202e}nosj.log:1")
    );
}

#[test]
fn help_on_a_terminal_is_coloured_and_exits_0() {
    let (text, status) = on_terminal(&["--help"]);
    assert_eq!(status, 0);
    assert!(text.contains("\u{1b}["), "{text:?}");
    assert!(assert_inert(&text).contains("Exit status"));
}
