//! The committed completion scripts in `completions/` are what the binary
//! prints (a drift test), and `ecode man` is a man page with the exit-status
//! table. `ECODE_BLESS=1 cargo test --test completions` rewrites the scripts.

mod common;

use std::path::PathBuf;

use common::ecode;

/// The one command that rewrites `completions/`.
const BLESS: &str = "ECODE_BLESS=1 cargo test --test completions";

const SCRIPTS: [(&str, &str); 5] = [
    ("bash", "ecode.bash"),
    ("zsh", "_ecode"),
    ("fish", "ecode.fish"),
    ("powershell", "_ecode.ps1"),
    ("elvish", "ecode.elv"),
];

fn printed(args: &[&str]) -> String {
    let out = ecode().args(args).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty(), "{args:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn committed_completions_match_the_binary() {
    let dir: PathBuf = [env!("CARGO_MANIFEST_DIR"), "completions"].iter().collect();
    let bless = std::env::var_os("ECODE_BLESS").is_some();
    let mut stale = Vec::new();
    for (shell, file) in SCRIPTS {
        let script = printed(&["--lang", "en", "--color", "never", "completions", shell]);
        assert!(script.contains("ecode"), "{shell}");
        let path = dir.join(file);
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &script).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != script {
            stale.push(format!("completions/{file}"));
        }
    }
    assert!(
        stale.is_empty(),
        "{} differ from what `ecode completions` prints; rewrite them with:\n\n    {BLESS}\n",
        stale.join(", ")
    );
}

#[test]
fn completions_do_not_depend_on_language_colour_or_format() {
    let plain = printed(&["--lang", "en", "--color", "never", "completions", "bash"]);
    for (lang, color) in [("ko", "always"), ("ja", "auto"), ("zh", "never")] {
        let other = printed(&[
            "--lang",
            lang,
            "--color",
            color,
            "--json",
            "completions",
            "bash",
        ]);
        assert_eq!(plain, other, "{lang} {color}");
    }
}

#[test]
fn the_scripts_ask_the_binary() {
    // Dynamic completion: each script hands the words typed to `ecode`
    // through COMPLETE, so what is offered is always the installed
    // binary's (and the user catalogs').
    for (shell, _) in SCRIPTS {
        let script = printed(&["completions", shell]);
        assert!(script.contains("COMPLETE"), "{shell}:\n{script}");
    }
}

#[test]
fn completion_offers_commands_options_codes_and_families() {
    let commands = common::complete(&["ecode", ""], &[]);
    for word in [
        "explain",
        "parse",
        "list",
        "search",
        "catalog",
        "--catalog",
        "--lang",
    ] {
        assert!(
            commands.iter().any(|c| c == word),
            "{word} missing: {commands:?}"
        );
    }
    assert_eq!(
        common::complete(&["ecode", "explain", "AuthFailure.Signature"], &[]),
        [
            "AuthFailure.SignatureExpire",
            "AuthFailure.SignatureFailure"
        ]
    );
    // any case; NHN codes too
    let codes = common::complete(&["ecode", "explain", "4040"], &[]);
    assert!(codes.iter().any(|c| c == "40409"), "{codes:?}");
    let families = common::complete(&["ecode", "list", "--family", "load"], &[]);
    assert_eq!(families, ["load-balancer"]);
    let families = common::complete(&["ecode", "search", "x", "--family", "authf"], &[]);
    assert_eq!(families, ["AuthFailure"]);
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let out = ecode()
        .args(["--lang", "en", "--color", "never", "completions", "tcsh"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bash") && err.contains("elvish"), "{err}");
}

/// The roff source with its escapes read back: `\-` is `-`, `\[uXXXX]` the
/// character, font changes go.
fn plain(roff: &str) -> String {
    let text = roff
        .replace("\\-", "-")
        .replace("\\fB", "")
        .replace("\\fI", "")
        .replace("\\fR", "")
        .replace("\\fP", "");
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("\\[u") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        let end = after.find(']').unwrap();
        let c = u32::from_str_radix(&after[..end], 16).unwrap();
        out.push(char::from_u32(c).unwrap());
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

#[test]
fn man_page_has_the_exit_status_table() {
    for lang in common::LANGS {
        let page = printed(&["--lang", lang, "--color", "always", "man"]);
        assert!(page.contains("\n.TH ECODE 1 "), "{page}");
        assert!(!page.contains('\u{1b}'), "roff, never terminal colour");
        let text = plain(&page);
        assert!(text.contains(".SH \"EXIT STATUS\""), "{text}");
        // Each status with its meaning, in the page's language.
        for status in ecode::exit_codes::ExitStatus::ALL {
            let (code, name) = (status.code(), status.name());
            let head = format!("\n{code} {name}\n");
            let at = text.find(&head).unwrap_or_else(|| panic!("{head}\n{text}"));
            let what = text[at + head.len()..].lines().next().unwrap();
            common::assert_script(lang, what);
        }
        for section in ["NAME", "SYNOPSIS", "OPTIONS", "COMMANDS", "ENVIRONMENT"] {
            assert!(text.contains(&format!(".SH {section}\n")), "{section}");
        }
        for command in ["explain", "list", "search", "completions", "man"] {
            assert!(text.contains(&format!("ecode {command}")), "{command}");
        }
    }
}

#[test]
fn closed_stdout_is_a_quiet_exit() {
    for args in [&["completions", "bash"][..], &["man"]] {
        let all = [&["--lang", "en", "--color", "never"][..], args].concat();
        let (stderr, status) = common::with_closed_stdout(&all);
        assert_eq!(stderr, "", "{args:?}: a closed stdout is quiet");
        assert_eq!(status, Some(0), "{args:?}");
    }
}
