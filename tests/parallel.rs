//! `parse` of a large regular file, read on two cores, writes exactly what
//! one thread writes: the same results in the same order, the same
//! messages between them, the same summary and exit status — also where a
//! chunk boundary falls inside a pretty-printed body or a transcript.

mod common;

use std::process::Output;

use common::ecode;

/// Just over 8 MiB (from this size a file is read on two cores) of
/// everything `parse` reads: the pieces of `tests/fixtures/chunk_pieces.txt`
/// over and over, pretty bodies and transcripts falling across the chunk
/// boundaries wherever they fall.
fn mixed_log() -> String {
    let all = include_str!("fixtures/chunk_pieces.txt").replace("====\n", "");
    all.repeat((8 << 20) / all.len() + 1)
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    match stdin {
        Some(bytes) => common::with_stdin(ecode().args(args), bytes),
        None => ecode().args(args).output().unwrap(),
    }
}

#[test]
fn a_large_file_gives_what_one_thread_gives() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.log");
    let text = mixed_log();
    std::fs::write(&path, &text).unwrap();
    let file = path.to_str().unwrap();
    let format = "json";
    let args = [
        "--lang",
        "en",
        "--color",
        "never",
        "--format",
        format,
        "parse",
        "--summary",
    ];
    // a file is read on two cores; stdin by one thread
    let mut two = args.to_vec();
    two.push(file);
    let mut one = args.to_vec();
    one.push("-");
    let parallel = run(&two, None);
    let single = run(&one, Some(text.as_bytes()));
    let same = |bytes: &[u8]| String::from_utf8_lossy(bytes).replace(file, "stdin");
    let (p_out, s_out) = (same(&parallel.stdout), same(&single.stdout));
    assert!(p_out.len() > 1 << 20, "{format}: results were written");
    if p_out != s_out {
        let at = p_out
            .bytes()
            .zip(s_out.bytes())
            .position(|(a, b)| a != b)
            .unwrap_or(p_out.len().min(s_out.len()));
        panic!(
            "{format}: stdout differs at byte {at}:\n two cores: {:?}\n one thread: {:?}",
            &p_out[at.saturating_sub(200)..(at + 200).min(p_out.len())],
            &s_out[at.saturating_sub(200)..(at + 200).min(s_out.len())]
        );
    }
    assert_eq!(same(&parallel.stderr), same(&single.stderr), "{format}");
    assert_eq!(parallel.status.code(), single.status.code(), "{format}");
}
