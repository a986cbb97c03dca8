//! Every ```` ```console ```` block of README.md, run as written: the
//! README's examples cannot drift from what ecode prints.
//!
//! How a block is read (the conventions a README example must follow):
//!
//! - `$ COMMAND` is a command; `> MORE` lines right after it continue it, as
//!   a shell's second prompt shows them.
//! - The lines after a command, up to the next `$ ` line or the end of the
//!   block, are what it prints: stdout and stderr together, as a terminal
//!   shows them. They must match exactly.
//! - Exit status: a command must exit 0, unless it ends in a comment
//!   `# exit N` (then N); a command followed by `$ echo $?` is checked by
//!   that line's output instead.
//! - A command ending in `# on a terminal N columns wide` runs under a
//!   pseudo-terminal (util-linux `script`) with `COLUMNS=N`; where `script`
//!   cannot make one, that command is skipped with a message.
//! - An output whose last line is `…` alone shows only the start of what
//!   the command prints: the lines above it must match the first lines.
//! - The commands of one block run in order in one `sh`, from the repository
//!   root, so a variable set by one is seen by the next.
//! - The environment is empty but for `PATH` (the `ecode` under test first),
//!   `HOME` and the XDG directories in a fresh temporary directory (so no
//!   user catalog is read and no cache is written), `NO_COLOR=1` and
//!   `SHELL=/bin/sh`.
//!
//! Commands that need the network or depend on the machine (benchmarks)
//! stand in ```` ```sh ```` blocks, which are not run.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Separates the commands' outputs and statuses in the shell's stdout.
const MARK: char = '\u{1e}';

#[derive(Debug)]
struct Example {
    /// 1-based line of the `$ ` line in README.md.
    line: usize,
    command: String,
    expected: Vec<String>,
    /// The status the README states (`# exit N`), else 0; `None` when the
    /// next command (`echo $?`) shows it.
    status: Option<i32>,
    /// `# on a terminal N columns wide`.
    terminal: Option<usize>,
}

#[derive(Debug)]
struct Block {
    /// 1-based line of the opening fence.
    line: usize,
    examples: Vec<Example>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The trailing comment's number in `… # exit N`.
fn stated_status(command: &str) -> Option<i32> {
    let (_, comment) = command.rsplit_once('#')?;
    comment.trim().strip_prefix("exit ")?.trim().parse().ok()
}

/// The trailing comment's width in `… # on a terminal N columns wide`.
fn stated_terminal(command: &str) -> Option<usize> {
    let (_, comment) = command.rsplit_once('#')?;
    let rest = comment.trim().strip_prefix("on a terminal ")?;
    rest.strip_suffix(" columns wide")?.trim().parse().ok()
}

/// The console blocks of a README, with their commands and outputs.
fn blocks(readme: &str) -> Result<Vec<Block>, String> {
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    for (i, text) in readme.lines().enumerate() {
        let n = i + 1;
        let Some(block) = current.as_mut() else {
            if text.trim_end() == "```console" {
                current = Some(Block {
                    line: n,
                    examples: Vec::new(),
                });
            }
            continue;
        };
        if text.trim_end() == "```" {
            blocks.push(current.take().unwrap());
            continue;
        }
        if let Some(command) = text.strip_prefix("$ ") {
            block.examples.push(Example {
                line: n,
                command: command.to_string(),
                expected: Vec::new(),
                status: Some(0),
                terminal: None,
            });
            continue;
        }
        let Some(example) = block.examples.last_mut() else {
            return Err(format!(
                "README.md:{n}: a console block must start with a `$ ` command"
            ));
        };
        match text.strip_prefix("> ") {
            Some(more) if example.expected.is_empty() => {
                example.command.push('\n');
                example.command.push_str(more);
            }
            _ => example.expected.push(text.to_string()),
        }
    }
    if let Some(block) = current {
        return Err(format!(
            "README.md:{}: a console block never closes",
            block.line
        ));
    }
    for block in &mut blocks {
        for example in &mut block.examples {
            let last_line = example.command.lines().last().unwrap_or_default();
            example.status = Some(stated_status(last_line).unwrap_or(0));
            example.terminal = stated_terminal(last_line);
        }
        for i in 1..block.examples.len() {
            if block.examples[i].command.trim() == "echo $?" {
                block.examples[i - 1].status = None;
            }
        }
    }
    Ok(blocks)
}

/// The command as the shell runs it: under `script` for a terminal.
fn shell_form(example: &Example) -> String {
    match example.terminal {
        Some(columns) => {
            let quoted = example.command.replace('\'', r"'\''");
            format!("COLUMNS={columns} script -qec '{quoted}' /dev/null")
        }
        None => example.command.clone(),
    }
}

fn script_works() -> bool {
    Command::new("script")
        .args(["-qec", "true", "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs a block's commands in one shell; each one's output (stdout and
/// stderr) and status, in order.
fn run(block: &Block, env: &Env, skip: &[bool]) -> Result<Vec<(String, i32)>, String> {
    let mut script = String::from("__ecode_s=0\n");
    for (example, &skip) in block.examples.iter().zip(skip) {
        let command = if skip {
            "true".to_string()
        } else {
            shell_form(example)
        };
        script.push_str(&format!(
            "(exit $__ecode_s)\n{{ {command}\n}} 2>&1\n__ecode_s=$?\nprintf '{MARK}%s{MARK}' \"$__ecode_s\"\n"
        ));
    }
    let out = Command::new("/bin/sh")
        .arg("-c")
        .arg(&script)
        .current_dir(root())
        .env_clear()
        .envs(env.vars())
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("cannot run sh: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let parts: Vec<&str> = stdout.split(MARK).collect();
    let results: Vec<(String, i32)> = parts
        .chunks(2)
        .filter(|pair| pair.len() == 2)
        .map(|pair| (pair[0].to_string(), pair[1].parse().unwrap_or(-1)))
        .collect();
    if results.len() != block.examples.len() {
        return Err(format!(
            "README.md:{}: the shell stopped after {} of {} commands\n{stdout}{}",
            block.line,
            results.len(),
            block.examples.len(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(results)
}

/// A clean environment, its directories in a temporary one.
struct Env {
    home: tempfile::TempDir,
    path: String,
}

impl Env {
    fn new() -> Env {
        let bin = Path::new(env!("CARGO_BIN_EXE_ecode"))
            .parent()
            .unwrap()
            .to_path_buf();
        let rest = std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".into());
        Env {
            home: tempfile::tempdir().unwrap(),
            path: format!("{}:{rest}", bin.display()),
        }
    }

    fn vars(&self) -> Vec<(String, String)> {
        let home = self.home.path();
        vec![
            ("PATH".into(), self.path.clone()),
            ("HOME".into(), home.display().to_string()),
            (
                "XDG_CONFIG_HOME".into(),
                home.join("config").display().to_string(),
            ),
            (
                "XDG_CACHE_HOME".into(),
                home.join("cache").display().to_string(),
            ),
            ("NO_COLOR".into(), "1".into()),
            ("SHELL".into(), "/bin/sh".into()),
        ]
    }
}

/// A line diff of `expected` against `actual` (longest common subsequence):
/// `-` lines only the README has, `+` lines only the output has.
fn diff(expected: &[&str], actual: &[&str]) -> String {
    let (n, m) = (expected.len(), actual.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if expected[i] == actual[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < n || j < m {
        if i < n && j < m && expected[i] == actual[j] {
            out.push_str(&format!("  {}\n", expected[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push_str(&format!("- {}\n", expected[i]));
            i += 1;
        } else {
            out.push_str(&format!("+ {}\n", actual[j]));
            j += 1;
        }
    }
    out
}

/// What is wrong with one example's run, if anything.
fn check(example: &Example, output: &str, status: i32) -> Option<String> {
    let output = if example.terminal.is_some() {
        output.replace("\r\n", "\n")
    } else {
        output.to_string()
    };
    let actual: Vec<&str> = output.lines().collect();
    let mut expected: Vec<&str> = example.expected.iter().map(String::as_str).collect();
    let prefix = expected.last() == Some(&"…");
    if prefix {
        expected.pop();
    }
    let shown = if prefix {
        &actual[..expected.len().min(actual.len())]
    } else {
        &actual[..]
    };
    // Output ends with a newline, or is empty, as the README shows it.
    let terminated = output.is_empty() || output.ends_with('\n');
    let mut problems = Vec::new();
    if shown != expected.as_slice() || !terminated {
        let note = if terminated {
            ""
        } else {
            " (the output does not end with a newline)"
        };
        problems.push(format!(
            "output differs{note} (- README, + ecode):\n{}",
            diff(&expected, shown)
        ));
    }
    if let Some(want) = example.status {
        if status != want {
            problems.push(format!(
                "exit status {status}, the README says {want} (write `# exit {status}` after the command if that is right)"
            ));
        }
    }
    (!problems.is_empty()).then(|| {
        format!(
            "README.md:{}: $ {}\n{}",
            example.line,
            example.command,
            problems.join("\n")
        )
    })
}

#[test]
fn every_console_block_of_the_readme_prints_what_it_shows() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let blocks = blocks(&readme).unwrap_or_else(|e| panic!("{e}"));
    assert!(blocks.len() >= 10, "only {} console blocks", blocks.len());
    let env = Env::new();
    let terminal = script_works();
    let mut failures = Vec::new();
    let mut ran = 0;
    for block in &blocks {
        let skip: Vec<bool> = block
            .examples
            .iter()
            .map(|e| e.terminal.is_some() && !terminal)
            .collect();
        let results = match run(block, &env, &skip) {
            Ok(results) => results,
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        for ((example, (output, status)), skip) in block.examples.iter().zip(results).zip(&skip) {
            if *skip {
                eprintln!(
                    "README.md:{}: skipped, no pseudo-terminal here (`script`)",
                    example.line
                );
                continue;
            }
            ran += 1;
            failures.extend(check(example, &output, status));
        }
    }
    assert!(
        failures.is_empty(),
        "{} README example(s) drifted from what ecode prints:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
    assert!(ran >= 20, "only {ran} README commands ran");
}

#[test]
fn the_runner_reads_commands_outputs_statuses_and_continuations() {
    let readme = "text\n```console\n$ a\nout 1\n\n$ b # exit 3\n$ echo $?\n3\n```\n\
                  ```sh\n$ not run\n```\n```console\n$ case x in\n>   x) echo y ;;\n> esac\ny\n\
                  $ t   # on a terminal 80 columns wide\nrow\n…\n```\n";
    let read = blocks(readme).unwrap();
    assert_eq!(read.len(), 2);
    let a = &read[0].examples;
    assert_eq!(
        (a[0].line, a[0].command.as_str(), a[0].status),
        (3, "a", Some(0))
    );
    assert_eq!(a[0].expected, ["out 1", ""]);
    // `echo $?` after it shows the status, so it is not checked twice
    assert_eq!((a[1].command.as_str(), a[1].status), ("b # exit 3", None));
    assert_eq!(a[2].expected, ["3"]);
    let b = &read[1].examples;
    assert_eq!(b[0].command, "case x in\n  x) echo y ;;\nesac");
    assert_eq!(b[0].expected, ["y"]);
    assert_eq!(b[1].terminal, Some(80));
    assert!(blocks("```console\noutput first\n```\n").is_err());
    assert!(blocks("```console\n$ a\n").is_err());
}

#[test]
fn the_runner_reports_drift_with_the_readme_line() {
    let example = Example {
        line: 42,
        command: "ecode x".into(),
        expected: vec!["a".into(), "b".into()],
        status: Some(0),
        terminal: None,
    };
    assert_eq!(check(&example, "a\nb\n", 0), None);
    let drift = check(&example, "a\nc\n", 4).unwrap();
    assert!(drift.starts_with("README.md:42: $ ecode x\n"), "{drift}");
    assert!(drift.contains("- b\n+ c\n"), "{drift}");
    assert!(
        drift.contains("exit status 4, the README says 0"),
        "{drift}"
    );
    assert!(check(&example, "a\nb", 0).is_some(), "no final newline");
    let prefix = Example {
        expected: vec!["a".into(), "…".into()],
        ..example
    };
    assert_eq!(check(&prefix, "a\nb\nc\n", 0), None);
    assert!(check(&prefix, "b\n", 0).is_some());
}
