//! Shared helpers for the binary-level tests: an `ecode` command with a
//! scrubbed environment, script checks, and golden files.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;

/// `ecode` with nothing inherited that could change its output: no locale,
/// no colour variables, no terminal type, no ECODE_* settings, and no home
/// config or cache directory, so the developer's own catalogs are never
/// read and no cache is written.
pub fn ecode() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ecode"));
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy().into_owned();
        if key.starts_with("LC_")
            || key.starts_with("CLICOLOR")
            || key.starts_with("ECODE_")
            || key.starts_with("_CLAP_")
            || [
                "LANG",
                "LANGUAGE",
                "NO_COLOR",
                "TERM",
                "COLUMNS",
                "HOME",
                "XDG_CONFIG_HOME",
                "XDG_CACHE_HOME",
                "COMPLETE",
            ]
            .contains(&key.as_str())
        {
            cmd.env_remove(&key);
        }
    }
    cmd
}

pub const LANGS: [&str; 4] = ["ko", "en", "ja", "zh"];

pub fn is_hangul(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' | '\u{ac00}'..='\u{d7af}')
}

pub fn is_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}')
}

pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Panics when `text`, output in `lang`, carries another language's script.
pub fn assert_script(lang: &str, text: &str) {
    let has = |f: fn(char) -> bool| text.chars().any(f);
    match lang {
        "ko" => assert!(has(is_hangul), "ko output without Hangul:\n{text}"),
        "en" => assert!(
            !has(is_hangul) && !has(is_kana) && !has(is_cjk),
            "en output with CJK text:\n{text}"
        ),
        "ja" => assert!(!has(is_hangul) && has(is_kana), "ja output:\n{text}"),
        "zh" => assert!(
            !has(is_hangul) && !has(is_kana) && has(is_cjk),
            "zh output:\n{text}"
        ),
        _ => unreachable!(),
    }
}

/// Compares `actual` with `tests/golden/NAME`; `ECODE_BLESS=1` rewrites it.
pub fn golden(name: &str, actual: &str) {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "golden", name]
        .iter()
        .collect();
    if std::env::var_os("ECODE_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run ECODE_BLESS=1 cargo test",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "{} differs from the output (review, then ECODE_BLESS=1 cargo test):\n--- expected\n{expected}\n--- actual\n{actual}",
        path.display()
    );
}

/// Runs `ecode ARGS` on a pseudo-terminal made by util-linux `script`, with
/// `COLUMNS` set when given. `None` (the caller skips) where `script` is
/// missing or cannot make a terminal here.
pub fn on_terminal(args: &str, columns: Option<usize>) -> Option<std::process::Output> {
    let probe = Command::new("script").arg("--version").output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: no `script` to make a terminal");
        return None;
    }
    let inner = format!("{} {args}", env!("CARGO_BIN_EXE_ecode"));
    let mut cmd = Command::new("script");
    cmd.args(["-qec", &inner, "/dev/null"])
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .stdin(std::process::Stdio::null());
    if let Some(columns) = columns {
        cmd.env("COLUMNS", columns.to_string());
    }
    let out = cmd.output().ok()?;
    if !out.status.success() && out.stdout.is_empty() {
        eprintln!("skipped: `script` could not run a terminal here");
        return None;
    }
    Some(out)
}

/// Runs `ecode ARGS` with a stdout whose reader is gone before ecode writes
/// a byte, so every write meets a closed pipe. Returns the output with the
/// stderr as text, after checking that nothing panicked.
pub fn with_closed_stdout(args: &[&str]) -> (String, Option<i32>) {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = ecode().args(args).stdout(writer).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    (stderr, out.status.code())
}

/// What completion offers for the words typed so far (the last one being
/// completed), asked the way the fish script asks: one candidate a line,
/// its help after a tab. `env` adds variables (ECODE_CATALOG, …).
pub fn complete(words: &[&str], env: &[(&str, &str)]) -> Vec<String> {
    let out = ecode()
        .env("COMPLETE", "fish")
        .envs(env.iter().copied())
        .arg("--")
        .args(words)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{words:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .collect()
}

/// Runs `cmd` with `stdin` as its input, written from another thread so
/// that a large input cannot block against a full stdout.
pub fn with_stdin(cmd: &mut Command, stdin: &[u8]) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

/// Runs `ecode ARGS` on a pseudo-terminal (util-linux `script`) with `TERM`
/// set and nothing else inherited but `PATH`, plus `env`. The arguments
/// travel in environment variables, so that any byte (an escape, a BEL)
/// reaches ecode as it is. Returns what the terminal showed (stdout and
/// stderr together), or `None` (the caller skips) where `script` cannot
/// make a terminal here.
pub fn on_terminal_with(args: &[&str], env: &[(&str, &str)]) -> Option<(String, Option<i32>)> {
    let probe = Command::new("script")
        .args(["-qec", "true", "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: no `script` to make a terminal");
        return None;
    }
    let mut inner = String::from("exec \"$PTY_BIN\"");
    let mut cmd = Command::new("script");
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("SHELL", "/bin/sh")
        .env("TERM", "xterm-256color")
        .env("PTY_BIN", env!("CARGO_BIN_EXE_ecode"));
    for (i, arg) in args.iter().enumerate() {
        inner.push_str(&format!(" \"$PTY_ARG{i}\""));
        cmd.env(format!("PTY_ARG{i}"), arg);
    }
    let out = cmd
        .envs(env.iter().copied())
        .args(["-qec", &inner, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
        .ok()?;
    let shown = String::from_utf8_lossy(&out.stdout).into_owned();
    Some((shown, out.status.code()))
}
