//! What must hold for any input, checked on one case: shared by the
//! deterministic mutation test (`tests/hostile.rs`) and the AFL++ harness
//! (`fuzz/`, which includes this file by path). A case is a byte string:
//! its first byte picks the options (command, language, `--summary`,
//! `--max-body`), the rest is the input. Each case runs in memory through
//! the whole program (`ecode::app::run_captured`), in text and in JSON, and
//! panics, saying which invariant broke, when one does not hold:
//!
//! - nothing a terminal acts on (C0 but newline, DEL, C1, bidi formatting)
//!   in stdout or stderr, text or JSON, and both are UTF-8;
//! - every JSON stdout line is an object: a result with exactly the
//!   documented keys (`ecode::JSON_KEYS`, read from the code), `exit_code`
//!   one of 0/1/3/4/5 and in step with `category`, or the summary line with
//!   its own shape, counting what was shown; every JSON stderr line is an
//!   error or warning object;
//! - the exit status is the worst of what the JSON lines say (results'
//!   `exit_code`, errors' kind), and text, JSON and `-q` give the same one;
//! - `parse` never exits 2 and `explain` of given codes never does either.
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::ffi::OsString;

use ecode::app::{Captured, run_captured};
use ecode::env::Env;
use ecode::exit_codes::ExitStatus;

const LANGS: [&str; 4] = ["ko", "en", "ja", "zh"];
/// `--max-body` sizes: tiny enough to refuse bodies of the fixtures, and
/// the default.
const MAX_BODIES: [Option<&str>; 4] = [Some("40"), Some("300"), Some("4KiB"), None];

/// What the first byte asks for.
#[derive(Debug, Clone)]
pub struct Options {
    pub explain: bool,
    pub lang: &'static str,
    pub summary: bool,
    pub max_body: Option<&'static str>,
}

impl Options {
    pub fn of(byte: u8) -> Options {
        Options {
            explain: byte & 0x80 != 0 && byte & 0x40 != 0,
            lang: LANGS[usize::from(byte & 3)],
            summary: byte & 4 != 0,
            max_body: MAX_BODIES[usize::from(byte >> 3 & 3)],
        }
    }

    /// The byte that asks for these options (`explain` aside).
    pub fn byte(lang: usize, summary: bool, max_body: usize) -> u8 {
        (lang as u8 & 3) | if summary { 4 } else { 0 } | ((max_body as u8 & 3) << 3)
    }
}

/// A terminal acts on it: C0 controls but newline, DEL, C1 controls,
/// bidirectional formatting characters. Written here again, not imported:
/// the oracle does not share the code it checks.
pub fn acted_on(c: char) -> bool {
    matches!(c,
        '\0'..='\u{9}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{061c}' | '\u{200e}' | '\u{200f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The codes an `explain` case looks up: up to eight words of the input,
/// whatever bytes they hold.
fn codes(input: &[u8]) -> Vec<String> {
    input
        .split(|b| b.is_ascii_whitespace())
        .filter(|t| !t.is_empty())
        .take(8)
        .map(|t| String::from_utf8_lossy(t).into_owned())
        .collect()
}

fn args(options: &Options, json: bool, quiet: bool, input: &[u8]) -> Vec<OsString> {
    let mut args: Vec<String> = vec!["ecode".into(), "--color".into(), "never".into()];
    args.extend(["--lang".into(), options.lang.into()]);
    if json {
        args.push("--json".into());
    }
    if quiet {
        args.push("-q".into());
    }
    if options.explain {
        args.extend(["explain".into(), "--".into()]);
        args.extend(codes(input));
    } else {
        args.push("parse".into());
        if options.summary {
            args.push("--summary".into());
        }
        if let Some(size) = options.max_body {
            args.extend(["--max-body".into(), size.into()]);
        }
    }
    args.into_iter().map(OsString::from).collect()
}

fn utf8<'a>(what: &str, bytes: &'a [u8]) -> &'a str {
    std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what} is not UTF-8: {e}"))
}

/// Nothing a terminal acts on in `text`.
pub fn assert_inert(what: &str, text: &str) {
    if let Some(c) = text.chars().find(|&c| acted_on(c)) {
        panic!("raw {c:?} in {what}:\n{text}");
    }
}

fn status_of(code: u64) -> ExitStatus {
    ExitStatus::ALL
        .into_iter()
        .find(|s| u64::from(s.code()) == code)
        .unwrap_or_else(|| panic!("exit_code {code} is no exit status"))
}

const CATEGORIES: [(&str, u64); 5] = [
    ("ok", 0),
    ("fix", 1),
    ("permission", 3),
    ("retry", 4),
    ("contact-admin", 5),
];

/// The JSON run's output is well formed; returns the status it implies.
pub fn check_json(run: &Captured, summary: bool) -> ExitStatus {
    let out = utf8("JSON stdout", &run.stdout);
    let err = utf8("JSON stderr", &run.stderr);
    assert_inert("JSON stdout", out);
    assert_inert("JSON stderr", err);
    let keys: BTreeSet<&str> = ecode::JSON_KEYS.into_iter().collect();
    let mut implied = ExitStatus::Ok;
    let mut results = 0u64;
    let mut summaries = Vec::new();
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("stdout line is no JSON ({e}): {line}"));
        let obj = v
            .as_object()
            .unwrap_or_else(|| panic!("not an object: {line}"));
        if obj.contains_key("summary") {
            assert_eq!(obj.len(), 1, "summary line with more: {line}");
            summaries.push(v["summary"].clone());
            continue;
        }
        let have: BTreeSet<&str> = obj.keys().map(String::as_str).collect();
        assert_eq!(have, keys, "result keys: {line}");
        let code = v["exit_code"].as_u64().unwrap_or(99);
        assert!(
            [0, 1, 3, 4, 5].contains(&code),
            "exit_code {code} in a result: {line}"
        );
        let category = v["category"].as_str().unwrap_or_default();
        assert!(
            CATEGORIES.contains(&(category, code)),
            "category {category} with exit_code {code}: {line}"
        );
        assert!(v["source"].is_string(), "source: {line}");
        results += 1;
        implied = implied.worst(status_of(code));
    }
    if summary {
        assert!(summaries.len() <= 1, "more than one summary:\n{out}");
        if let Some(s) = summaries.first() {
            let total = s["total"].as_u64().unwrap_or_else(|| panic!("total: {s}"));
            assert_eq!(total, results, "summary total against results shown: {s}");
            let by_category: u64 = CATEGORIES
                .iter()
                .map(|(name, _)| s["categories"][name].as_u64().unwrap_or(u64::MAX / 8))
                .sum();
            assert_eq!(by_category, total, "categories add up: {s}");
            let codes = s["codes"]
                .as_array()
                .unwrap_or_else(|| panic!("codes: {s}"));
            let counted: u64 = codes.iter().map(|c| c["count"].as_u64().unwrap_or(0)).sum();
            assert!(counted <= total, "codes count more than the total: {s}");
            for c in codes {
                assert!(
                    c["category"]
                        .as_str()
                        .is_some_and(|n| CATEGORIES.iter().any(|(k, _)| *k == n)),
                    "summary row: {c}"
                );
            }
        }
    } else {
        assert!(summaries.is_empty(), "a summary nobody asked for:\n{out}");
    }
    for line in err.lines() {
        let v: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("stderr line is no JSON ({e}): {line}"));
        if let Some(kind) = v["error"].as_str() {
            assert!(v["message"].is_string(), "error without message: {line}");
            let status = ExitStatus::ALL
                .into_iter()
                .find(|s| s.name() == kind)
                .unwrap_or_else(|| panic!("error kind {kind}: {line}"));
            implied = implied.worst(status);
        } else {
            assert!(v["warning"].is_string(), "stderr object: {line}");
        }
    }
    implied
}

/// The text run's output is inert.
pub fn check_text(run: &Captured) {
    assert_inert("text stdout", utf8("text stdout", &run.stdout));
    assert_inert("text stderr", utf8("text stderr", &run.stderr));
}

/// Runs one case and checks every invariant.
pub fn check(data: &[u8]) {
    let Some((&first, input)) = data.split_first() else {
        return;
    };
    let options = Options::of(first);
    let env = Env::default();
    if options.explain && codes(input).is_empty() {
        return; // no code: a usage error, not this harness's business
    }
    let text = run_captured(args(&options, false, false, input), &env, input);
    let json = run_captured(args(&options, true, false, input), &env, input);
    let quiet = run_captured(args(&options, false, true, input), &env, input);
    check_text(&text);
    let implied = check_json(&json, options.summary && !options.explain);
    assert_eq!(json.status, implied, "JSON status against its lines");
    assert_eq!(text.status, json.status, "text and JSON verdicts differ");
    assert_eq!(quiet.status, json.status, "-q changes the verdict");
    assert!(quiet.stdout.is_empty(), "-q printed results");
    assert_ne!(json.status, ExitStatus::Usage, "a usage error: {options:?}");
    if !options.explain {
        assert_ne!(json.status, ExitStatus::Io, "I/O failure reading memory");
    }
}
