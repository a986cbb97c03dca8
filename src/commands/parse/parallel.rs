//! `parse` over a large regular file on two cores: the file is cut at line
//! ends into chunks that two workers decode and render while this thread
//! reads ahead, then writes each chunk's output in input order, so the
//! output is the one thread's, byte for byte.
//!
//! A worker reads its chunk as if nothing were open at its start. That is
//! true whenever the chunk before ended with the scanner idle — no body,
//! header block, transcript or dump waiting for more lines, which is the
//! rule in logs and JSON Lines; when it is not, the chunk is read again
//! here, after the one before, and the worker's reading is dropped.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read, Write};
use std::sync::{Mutex, mpsc};

use super::{Options, Outcome, Run};
use crate::context::{Context, Settings};
use crate::exit_codes::ExitStatus;
use crate::model::Format;
use crate::parse::reader::LineReader;
use crate::parse::scan::Scanner;
use crate::render::summary::Tally;

/// Files smaller than this are read by one thread: starting the workers
/// would cost more than they save.
pub const MIN_SIZE: u64 = 8 << 20;

/// The size of a chunk before it is cut back to a line end. Small enough
/// that the chunks in flight and their output stay within a few MiB.
#[cfg(not(test))]
const CHUNK: usize = 512 << 10;
/// In the unit tests, small: many chunk boundaries in a small input.
#[cfg(test)]
const CHUNK: usize = 4096;

const WORKERS: usize = 2;

/// Chunks handed out and not yet written, at most: a worker held up does
/// not let the others' output pile up behind it.
const IN_FLIGHT: usize = 4;

/// A chunk for a worker: whole lines, the first numbered `first_line + 1`.
struct Job {
    index: usize,
    first_line: u64,
    bytes: Vec<u8>,
}

/// What a worker made of a chunk.
struct Done {
    index: usize,
    first_line: u64,
    /// The chunk, to read again if the chunk before left something open.
    bytes: Vec<u8>,
    /// Its output, stdout and stderr in the order written.
    tape: Vec<(Stream, Vec<u8>)>,
    shown: usize,
    outcome: Outcome,
    tally: Tally,
    verdict: ExitStatus,
    /// The scanner as the chunk left it.
    scanner: Scanner,
    /// The number of the chunk's last line.
    number: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stream {
    Out,
    Err,
}

/// One of the two streams of a worker's output, recorded in order.
struct Side<'t> {
    tape: &'t RefCell<Vec<(Stream, Vec<u8>)>>,
    stream: Stream,
}

impl Write for Side<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let mut tape = self.tape.borrow_mut();
        match tape.last_mut() {
            Some((stream, held)) if *stream == self.stream => held.extend_from_slice(bytes),
            _ => tape.push((self.stream, bytes.to_vec())),
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Decodes `file` as `Run::input` does, on `WORKERS` more threads.
pub(super) fn input(run: &mut Run, name: &str, mut file: File) -> io::Result<Outcome> {
    let settings = run.ctx.settings;
    let options = run.options;
    let outputs = Mutex::new(Vec::new());
    let mut order = Order {
        next: 0,
        waiting: BTreeMap::new(),
        scanner: Scanner::new(options.max_body),
        number: 0,
        outcome: Outcome::default(),
        inputs: Vec::new(),
        outputs: &outputs,
    };
    let (jobs_in, jobs_out) = mpsc::sync_channel::<Job>(1);
    let jobs = Mutex::new(jobs_out);
    let (done_in, done_out) = mpsc::channel::<Done>();
    std::thread::scope(|scope| -> io::Result<()> {
        for _ in 0..WORKERS {
            let (jobs, outputs, done_in) = (&jobs, &outputs, done_in.clone());
            scope.spawn(move || work(settings, options, name, jobs, outputs, done_in));
        }
        drop(done_in);
        let mut carry = Vec::new();
        let mut handed = 0;
        let mut number = 0;
        let rest = loop {
            let spare = order.inputs.pop().unwrap_or_default();
            let bytes = match next_chunk(&mut file, &mut carry, spare) {
                Ok(Some(Chunk::Lines(bytes))) => bytes,
                Ok(None) => break None,
                // A line longer than a chunk, or a read error (read again
                // below, to be told): the rest is read by this thread.
                Ok(Some(Chunk::Unbroken(bytes))) => break Some(bytes),
                Err(_) => break Some(std::mem::take(&mut carry)),
            };
            while handed - order.next >= IN_FLIGHT {
                let Ok(done) = done_out.recv() else { break };
                order.take(run, name, done)?;
            }
            let lines = count_lines(&bytes);
            let job = Job {
                index: handed,
                first_line: number,
                bytes,
            };
            number += lines;
            handed += 1;
            if jobs_in.send(job).is_err() {
                break None;
            }
            while let Ok(done) = done_out.try_recv() {
                order.take(run, name, done)?;
            }
        };
        drop(jobs_in);
        while order.next < handed {
            let Ok(done) = done_out.recv() else { break };
            order.take(run, name, done)?;
        }
        if let Some(rest) = rest {
            let mut reader =
                LineReader::new(io::Cursor::new(rest).chain(&mut file), options.max_body);
            run.lines(
                (name, None),
                &mut reader,
                &mut order.scanner,
                &mut order.number,
                &mut order.outcome,
            )?;
        }
        Ok(())
    })?;
    let Order {
        scanner,
        number,
        mut outcome,
        ..
    } = order;
    run.finish((name, None), scanner, number, &mut outcome)?;
    Ok(outcome)
}

/// Buffers kept to be used again, at most this many of each kind: the
/// chunks in flight need no more.
const SPARE: usize = IN_FLIGHT + WORKERS;

/// The chunks done, put back in input order.
struct Order<'o> {
    next: usize,
    waiting: BTreeMap<usize, Done>,
    /// The scanner as the chunks written so far left it.
    scanner: Scanner,
    number: u64,
    outcome: Outcome,
    /// Chunks read, their buffers free for the next ones.
    inputs: Vec<Vec<u8>>,
    /// Workers' output written, the buffers free for the workers.
    outputs: &'o Mutex<Vec<Vec<u8>>>,
}

impl Order<'_> {
    fn take(&mut self, run: &mut Run, name: &str, done: Done) -> io::Result<()> {
        self.waiting.insert(done.index, done);
        while let Some(mut done) = self.waiting.remove(&self.next) {
            self.next += 1;
            let bytes = std::mem::take(&mut done.bytes);
            if self.scanner.idle() {
                self.write(run, done)?;
            } else {
                // The chunk before left something open: read this one after it.
                let mut reader = LineReader::new(&bytes[..], run.options.max_body);
                self.number = done.first_line;
                run.lines(
                    (name, None),
                    &mut reader,
                    &mut self.scanner,
                    &mut self.number,
                    &mut self.outcome,
                )?;
            }
            if self.inputs.len() < SPARE {
                self.inputs.push(bytes);
            }
        }
        Ok(())
    }

    /// A worker's reading, as if this thread had made it: its output is
    /// written as it is, after what this thread holds.
    fn write(&mut self, run: &mut Run, done: Done) -> io::Result<()> {
        let mut first = true;
        for (stream, bytes) in done.tape {
            run.flush_lines()?;
            match stream {
                Stream::Out => {
                    // Text results are set apart by a blank line.
                    let text = run.ctx.settings.format == Format::Text;
                    if first && text && run.shown > 0 && done.shown > 0 {
                        run.ctx.out.write_all(b"\n")?;
                    }
                    first = false;
                    run.ctx.out.write_all(&bytes)?;
                    let mut outputs = self.outputs.lock().unwrap_or_else(|e| e.into_inner());
                    if outputs.len() < SPARE {
                        outputs.push(bytes);
                    }
                }
                Stream::Err => {
                    run.ctx.out.flush()?;
                    let _ = run.ctx.err.write_all(&bytes);
                }
            }
        }
        run.shown += done.shown;
        run.ctx.verdict = run.ctx.verdict.worst(done.verdict);
        run.tally.merge(done.tally);
        let o = &mut self.outcome;
        o.results += done.outcome.results;
        o.problems += done.outcome.problems;
        o.last_len = done.outcome.last_len;
        o.first_miss = o.first_miss.or(done.scanner.first_miss());
        self.scanner = done.scanner;
        self.number = done.number;
        Ok(())
    }
}

/// A worker: decodes chunks until there are none.
fn work(
    settings: Settings,
    options: &Options,
    name: &str,
    jobs: &Mutex<mpsc::Receiver<Job>>,
    outputs: &Mutex<Vec<Vec<u8>>>,
    done: mpsc::Sender<Done>,
) {
    loop {
        let job = match jobs.lock() {
            Ok(jobs) => jobs.recv(),
            Err(_) => return,
        };
        let Ok(job) = job else { return };
        let tape = RefCell::new(Vec::new());
        let mut out = Side {
            tape: &tape,
            stream: Stream::Out,
        };
        let mut err = Side {
            tape: &tape,
            stream: Stream::Err,
        };
        let mut ctx = Context::new(settings, &mut out, &mut err);
        let mut run = Run::new(&mut ctx, options);
        // The chunk's results are kept whole, and handed over as they are,
        // in a buffer used before when there is one.
        run.hold = true;
        let spare = outputs.lock().ok().and_then(|mut o| o.pop());
        run.line = spare.map_or_else(Vec::new, |mut line| {
            line.clear();
            line
        });
        let mut reader = LineReader::new(&job.bytes[..], options.max_body);
        let mut scanner = Scanner::new(options.max_body);
        let mut number = job.first_line;
        let mut outcome = Outcome::default();
        // Writing to the tape cannot fail, nor can reading a slice.
        let _ = run.lines(
            (name, None),
            &mut reader,
            &mut scanner,
            &mut number,
            &mut outcome,
        );
        let rest = std::mem::take(&mut run.line);
        let shown = run.shown;
        let tally = std::mem::take(&mut run.tally);
        let verdict = ctx.verdict;
        let mut tape = tape.into_inner();
        if !rest.is_empty() {
            tape.push((Stream::Out, rest));
        }
        let finished = Done {
            index: job.index,
            first_line: job.first_line,
            bytes: job.bytes,
            tape,
            shown,
            outcome,
            tally,
            verdict,
            scanner,
            number,
        };
        if done.send(finished).is_err() {
            return;
        }
    }
}

enum Chunk {
    /// Whole lines: up to a line end, or to the end of the file.
    Lines(Vec<u8>),
    /// A chunk's worth of bytes without a line end.
    Unbroken(Vec<u8>),
}

/// The next chunk of `file`, `carry` (the start of a line cut off the last
/// chunk) first; `None` at the end.
/// The chunk is read into `bytes`, a buffer to reuse.
fn next_chunk(
    file: &mut File,
    carry: &mut Vec<u8>,
    mut bytes: Vec<u8>,
) -> io::Result<Option<Chunk>> {
    bytes.clear();
    bytes.reserve(carry.len() + CHUNK);
    bytes.append(carry);
    let want = bytes.len() + CHUNK;
    let mut end = false;
    while bytes.len() < want {
        let asked = (want - bytes.len()) as u64;
        match (&mut *file).take(asked).read_to_end(&mut bytes) {
            Ok(0) => {
                end = true;
                break;
            }
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                *carry = bytes;
                return Err(e);
            }
        }
    }
    if bytes.is_empty() {
        return Ok(None);
    }
    if end {
        return Ok(Some(Chunk::Lines(bytes)));
    }
    Ok(Some(match memchr::memrchr(b'\n', &bytes) {
        Some(i) => {
            carry.extend_from_slice(&bytes[i + 1..]);
            bytes.truncate(i + 1);
            Chunk::Lines(bytes)
        }
        None => Chunk::Unbroken(bytes),
    }))
}

/// The lines of a chunk, a last one without its line end included.
fn count_lines(bytes: &[u8]) -> u64 {
    let ends = memchr::memchr_iter(b'\n', bytes).count() as u64;
    ends + u64::from(bytes.last().is_some_and(|&b| b != b'\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_end_at_line_ends_and_keep_every_byte() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.txt");
        let line = "x".repeat(999) + "\n";
        let mut text = line.repeat(3000);
        text.push_str("tail without a newline");
        std::fs::write(&path, &text).unwrap();
        let mut file = File::open(&path).unwrap();
        let mut carry = Vec::new();
        let mut joined = Vec::new();
        let mut lines = 0;
        while let Some(chunk) = next_chunk(&mut file, &mut carry, Vec::new()).unwrap() {
            let Chunk::Lines(bytes) = chunk else {
                panic!("every chunk has a line end")
            };
            assert!(bytes.len() <= CHUNK + 1000);
            assert!(bytes.ends_with(b"\n") || bytes.ends_with(b"newline"));
            lines += count_lines(&bytes);
            joined.extend_from_slice(&bytes);
        }
        assert_eq!(joined, text.as_bytes());
        assert_eq!(lines, 3001);
    }

    /// `parse` of `text` by one thread (from a slice) and on two cores
    /// (from a file): stdout, stderr and the verdict.
    fn both_ways(text: &str, format: Format, summary: bool) -> [(String, String, ExitStatus); 2] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.log");
        std::fs::write(&path, text).unwrap();
        let catalog = crate::catalog::Catalog::builtin();
        let settings = Settings::piped(&catalog, crate::lang::Lang::En, format);
        let options = Options {
            files: Vec::new(),
            summary,
            max_body: 1 << 20,
            report: false,
        };
        [false, true].map(|parallel| {
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let mut ctx = Context::new(settings, &mut out, &mut err);
            let mut run = Run::new(&mut ctx, &options);
            let outcome = if parallel {
                input(&mut run, "in.log", File::open(&path).unwrap()).unwrap()
            } else {
                let input = super::super::Input {
                    name: "in.log".into(),
                    reader: Box::new(io::Cursor::new(text.as_bytes().to_vec())),
                    encoding: None,
                };
                run.input(input).unwrap()
            };
            assert!(outcome.results > 0);
            if summary {
                run.summary().unwrap();
            }
            let verdict = ctx.verdict;
            (
                String::from_utf8(out).unwrap(),
                String::from_utf8(err).unwrap(),
                verdict,
            )
        })
    }

    /// Everything `parse` reads, pretty bodies and transcripts across many
    /// chunk boundaries.
    fn mixed_log(size: usize) -> String {
        let pieces: Vec<&str> = include_str!("../../../tests/fixtures/chunk_pieces.txt")
            .split_terminator("====\n")
            .collect();
        let mut text = String::new();
        let mut i = 0usize;
        while text.len() < size {
            i = (i * 7 + 3) % 1009;
            text.push_str(pieces[i % pieces.len()]);
        }
        text
    }

    #[test]
    fn two_cores_write_what_one_thread_writes() {
        let text = mixed_log(300_000);
        for format in [Format::Text, Format::Json] {
            let [one, two] = both_ways(&text, format, true);
            assert!(one.0.len() > 100_000 && one.1.contains("not valid JSON"));
            assert!(one == two, "{format:?} differs");
        }
        // a line longer than a chunk: the rest is read by this thread
        let long = format!("{}\n{}", "z".repeat(3 * CHUNK), mixed_log(50_000));
        let [one, two] = both_ways(&long, Format::Json, false);
        assert!(one == two, "a long line");
    }

    #[test]
    fn a_chunk_without_a_line_end_is_told() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("long.txt");
        std::fs::write(&path, "y".repeat(CHUNK + 10)).unwrap();
        let mut file = File::open(&path).unwrap();
        let mut carry = Vec::new();
        assert!(matches!(
            next_chunk(&mut file, &mut carry, Vec::new()).unwrap(),
            Some(Chunk::Unbroken(bytes)) if bytes.len() == CHUNK
        ));
    }
}
