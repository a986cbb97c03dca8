//! The fast reader of `explain` lines (`src/fast.rs`) against clap: over
//! many command lines and environments, whenever the fast reader takes a
//! line, clap reads it the same, and the run prints the same stdout and
//! stderr and exits the same as when clap alone reads it. In-process: both
//! runs get the same arguments and captured environment, their output
//! captured. The case count follows PROPTEST_CASES (default 256 here ×
//! the lines a case draws).

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ecode::app::{self, Reader};
use ecode::env::Env;
use ecode::exit_codes::ExitStatus;
use proptest::prelude::*;

/// The catalogs a line or the environment may name: a good one, a broken
/// one, one that does not exist, and a `catalog.d` holding a good one.
struct Files {
    _dir: tempfile::TempDir,
    good: PathBuf,
    bad: PathBuf,
    missing: PathBuf,
    config: PathBuf,
}

fn files() -> &'static Files {
    static FILES: OnceLock<Files> = OnceLock::new();
    FILES.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        let good = root.join("team.toml");
        std::fs::write(
            &good,
            "provider = \"tencent\"\n[[code]]\ncode = \"Team.Busy\"\ncategory = \"retry\"\nmeaning = { en = \"busy\", ko = \"바쁨\" }\n",
        )
        .unwrap();
        let bad = root.join("bad.toml");
        std::fs::write(&bad, "provider = \"tencent\"\n[[code]]\ncode = 7\n").unwrap();
        let config = root.join("config");
        let catalog_d = config.join("ecode").join("catalog.d");
        std::fs::create_dir_all(&catalog_d).unwrap();
        std::fs::copy(&good, catalog_d.join("team.toml")).unwrap();
        Files {
            missing: root.join("missing.toml"),
            _dir: dir,
            good,
            bad,
            config,
        }
    })
}

fn path(p: &Path) -> String {
    p.to_str().unwrap().to_string()
}

fn words(lines: &[&[&str]]) -> Vec<Vec<String>> {
    lines
        .iter()
        .map(|ws| ws.iter().map(|w| w.to_string()).collect())
        .collect()
}

/// Global options, well and badly given (one or two words each), the
/// well-given ones more often.
fn global() -> impl Strategy<Value = Vec<String>> {
    let f = files();
    let mut good = words(&[
        &["--lang", "ko"],
        &["--lang=ja-JP"],
        &["--lang", "ZH"],
        &["--lang", "en_US.UTF-8"],
        &["--color", "always"],
        &["--color=never"],
        &["--color", "auto"],
        &["--format", "json"],
        &["--format=text"],
        &["--json"],
        &["-q"],
        &["--quiet"],
        &["--report"],
        &["--provider", "nhn"],
        &["--provider=tencent"],
        &["--catalog", &path(&f.good)],
        &["--catalog", &path(&f.missing)],
    ]);
    good.push(vec![format!("--catalog={}", path(&f.bad))]);
    let bad = words(&[
        &["--lang", "xx"],
        &["--lang"],
        &["--lang="],
        &["--lang", "-q"],
        &["--color", "Always"],
        &["--format", "yaml"],
        &["--json=1"],
        &["-qq"],
        &["--provider", "aws"],
        &["--catalog="],
        &["--help"],
        &["-h"],
        &["-V"],
        &["--version"],
        &["--unknown"],
        &["--summary"],
    ]);
    prop_oneof![
        6 => proptest::sample::select(good),
        1 => proptest::sample::select(bad),
    ]
}

/// Codes, good and bad, negative, empty, option-like, not codes at all.
fn code() -> impl Strategy<Value = String> {
    const CODES: [&str; 20] = [
        "40409",
        "InternalError",
        "AuthFailure.SignatureExpir",
        "Team.Busy",
        "-4",
        "-8",
        "0",
        "-1.5",
        "-x",
        "-",
        "",
        "explain",
        "list",
        "99999",
        "ResourceNotFound",
        "400",
        "--json",
        "--",
        "\u{1b}[2J",
        "코드",
    ];
    prop_oneof![
        4 => proptest::sample::select(&CODES[..]).prop_map(str::to_string),
        1 => "[-A-Za-z0-9.=]{0,8}",
    ]
}

/// An item of a command line after the command: a code or an option.
fn item() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![code().prop_map(|c| vec![c]), global()]
}

fn line() -> impl Strategy<Value = Vec<String>> {
    (
        proptest::collection::vec(global(), 0..3),
        prop_oneof![
            9 => Just("explain"),
            1 => Just("list"),
            1 => Just("expl"),
            1 => Just("--"),
        ],
        proptest::collection::vec(item(), 0..5),
        proptest::option::of(proptest::collection::vec(code(), 0..3)),
    )
        .prop_map(|(before, command, after, rest)| {
            let mut line = vec!["ecode".to_string()];
            line.extend(before.into_iter().flatten());
            line.push(command.to_string());
            line.extend(after.into_iter().flatten());
            if let Some(rest) = rest {
                line.push("--".to_string());
                line.extend(rest);
            }
            line
        })
}

fn opt(values: &'static [&'static str]) -> impl Strategy<Value = Option<String>> {
    proptest::option::of(proptest::sample::select(values).prop_map(str::to_string))
}

fn env() -> impl Strategy<Value = Env> {
    (
        (
            opt(&["ko", "ja_JP.UTF-8", "xx", ""]),
            opt(&["C", "zh_CN.UTF-8", ""]),
            opt(&["ko_KR.UTF-8", "en_US", "C.UTF-8"]),
        ),
        (
            opt(&["1", ""]),
            opt(&["0", "1"]),
            opt(&["1", "0", ""]),
            opt(&["dumb", "xterm"]),
        ),
        (0..3usize, 0..3usize, any::<bool>(), opt(&["80"])),
    )
        .prop_map(
            |((ecode, lc_all, lang), (no, cli, force, term), (dir, var, tty, cols))| {
                let f = files();
                let mut env = Env::default();
                env.lang.ecode_lang = ecode;
                env.lang.lc_all = lc_all;
                env.lang.lang = lang;
                env.color.no_color = no;
                env.color.clicolor = cli;
                env.color.clicolor_force = force;
                env.color.term = term;
                env.catalogs.xdg_config_home = match dir {
                    0 => None,
                    _ => Some(f.config.clone().into()),
                };
                env.catalogs.xdg_cache_home = Some(f.config.join("cache").into());
                env.catalogs.ecode_catalog = match var {
                    0 => None,
                    1 => Some(f.good.clone().into()),
                    _ => Some(f.bad.clone().into()),
                };
                env.stdout_is_tty = tty;
                env.stdin_is_tty = true;
                env.columns = cols.map(|c| c.parse().unwrap());
                env
            },
        )
}

fn run(args: &[OsString], env: &Env, reader: Reader) -> (String, String, ExitStatus) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = app::main_read_by(args, env, reader, &mut out, &mut err);
    (
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
        status,
    )
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn the_fast_reader_reads_as_clap_does(lines in proptest::collection::vec(line(), 8), env in env()) {
        for line in lines {
            let args: Vec<OsString> = line.iter().map(OsString::from).collect();
            match app::fast_reading_agrees(&args) {
                None => continue,
                Some(agrees) => prop_assert!(agrees, "read otherwise than clap: {line:?}"),
            }
            let fast = run(&args, &env, Reader::Fast);
            let clap = run(&args, &env, Reader::Clap);
            prop_assert_eq!(fast, clap, "{:?} {:?}", line, env);
        }
    }
}

/// The fast reader takes the common lines, and leaves the rest to clap:
/// the property above is not proven over lines it never takes.
#[test]
fn the_fast_reader_takes_common_lines_and_leaves_the_rest() {
    let taken: &[&[&str]] = &[
        &["explain", "40409"],
        &["--lang", "ko", "explain", "-4", "--json"],
        &["-q", "explain", "--color=always", "--", "--json", "-x"],
        &[
            "explain",
            "--provider",
            "tencent",
            "--report",
            "InternalError",
        ],
        &["--catalog", "a.toml", "--catalog=b.toml", "explain", "0"],
        &["explain", "--catalog", "a.toml", "0", "--catalog=b.toml"],
        &["explain"],
    ];
    let left: &[&[&str]] = &[
        &["explain", "--help"],
        &["-V"],
        &["list"],
        &["explain", "-x"],
        &["--", "explain", "0"],
        &["--lang", "ko", "--lang", "en", "explain", "0"],
        &["--json", "--format", "text", "explain", "0"],
        &["--lang", "xx", "explain", "0"],
        &["--color", "explain", "0"],
        &["explain", "0", "--lang"],
        // clap keeps the command's own `--catalog`s only: left to it
        &["--catalog", "a.toml", "explain", "0", "--catalog=b.toml"],
        &["explain", "-1.5", "-"],
    ];
    let os = |w: &[&str]| -> Vec<OsString> {
        std::iter::once("ecode")
            .chain(w.iter().copied())
            .map(OsString::from)
            .collect()
    };
    for line in taken {
        assert_eq!(app::fast_reading_agrees(&os(line)), Some(true), "{line:?}");
    }
    for line in left {
        assert_eq!(app::fast_reading_agrees(&os(line)), None, "{line:?}");
    }
}

/// The lines the property draws are both kinds: many the fast reader takes
/// (the property is about them), many it leaves to clap.
#[test]
fn the_drawn_lines_exercise_both_readers() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let (mut taken, total) = (0, 1000);
    for _ in 0..total {
        let line = line().new_tree(&mut runner).unwrap().current();
        let args: Vec<OsString> = line.iter().map(OsString::from).collect();
        taken += usize::from(app::fast_reading_agrees(&args).is_some());
    }
    assert!(
        (total / 5..total * 4 / 5).contains(&taken),
        "{taken} of {total}"
    );
}
