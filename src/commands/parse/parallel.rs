//! `parse` over a large regular file on two cores. The file is cut into
//! chunks of `CHUNK` bytes; a chunk holds the lines that start in it. Each
//! worker reads its chunk itself (a positioned read, so the two read at
//! once), counts its lines, passes the count on to the next chunk's worker
//! (which numbers its lines from there), and decodes and renders it. This
//! thread writes each chunk's output in input order, so the output is the
//! one thread's, byte for byte.
//!
//! A worker reads its chunk as if nothing were open at its start. That is
//! true whenever the chunk before ended with the scanner idle — no body,
//! header block, transcript or dump waiting for more lines, which is the
//! rule in logs and JSON Lines; when it is not, the chunk is read again
//! here, after the one before, and the worker's reading is dropped. A line
//! running more than a chunk past its chunk's end, or a read that fails,
//! stops the workers: this thread reads the file from that chunk on, as
//! `Run::input` does, to the end of that line, and the workers start again
//! from the next one while enough is left. A read error this thread meets
//! is told and ends the input, as it does for `Run::input`.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read, Seek, Write};
use std::ops::Range;
use std::os::unix::fs::FileExt;
use std::sync::{Condvar, Mutex, MutexGuard, mpsc};

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

/// After a line too long for the workers, they start again from the next
/// line when this much of the file is left.
#[cfg(not(test))]
const RESTART: u64 = MIN_SIZE;
#[cfg(test)]
const RESTART: u64 = 4 * CHUNK as u64;

/// The size of a chunk. Small enough that the chunks in flight and their
/// output stay within a few MiB.
#[cfg(not(test))]
const CHUNK: usize = 512 << 10;
/// In the unit tests, small: many chunk boundaries in a small input.
#[cfg(test)]
const CHUNK: usize = 4096;

const WORKERS: usize = 2;

/// Chunks taken by the workers and not yet written, at most: a worker
/// held up does not let the others' output pile up behind it.
const IN_FLIGHT: usize = 4;

/// The output of the chunks decoded and not yet written, at most, before
/// the workers wait (and output buffers larger than this are not kept):
/// dense small bodies write twenty times what they read.
const HELD: usize = 8 << 20;

/// Buffers kept to be used again, at most this many of each kind: the
/// chunks in flight need no more.
const SPARE: usize = IN_FLIGHT + WORKERS;

/// What a worker made of a chunk.
enum Done {
    Read(Box<Reading>),
    /// The chunk's last line runs on too far, or the file could not be
    /// read: this thread reads on from the chunk's first line (where the
    /// chunks written so far end).
    Stopped {
        index: usize,
    },
}

/// A chunk decoded.
struct Reading {
    index: usize,
    first_line: u64,
    /// The chunk's buffer, to read again if the chunk before left
    /// something open, and the chunk's lines in it.
    bytes: Vec<u8>,
    lines: Range<usize>,
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

impl Reading {
    /// The bytes of its output.
    fn held(&self) -> usize {
        self.tape.iter().map(|(_, bytes)| bytes.len()).sum()
    }
}

impl Done {
    fn index(&self) -> usize {
        match self {
            Done::Read(r) => r.index,
            Done::Stopped { index } => *index,
        }
    }
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

/// What the workers and this thread share while the workers read the file
/// from `origin` on.
struct Shared<'f> {
    file: &'f File,
    size: u64,
    /// Where chunk 0 starts: the start of a line.
    origin: u64,
    chunks: usize,
    state: Mutex<State>,
    changed: Condvar,
    pools: &'f Pools,
}

impl<'f> Shared<'f> {
    fn new(file: &'f File, size: u64, origin: u64, lines_before: u64, pools: &'f Pools) -> Self {
        Shared {
            file,
            size,
            origin,
            chunks: (size - origin).div_ceil(CHUNK as u64) as usize,
            state: Mutex::new(State {
                lines_before: BTreeMap::from([(0, lines_before)]),
                ..State::default()
            }),
            changed: Condvar::new(),
            pools,
        }
    }

    /// Where chunk `index` is read from: its first byte, or the byte
    /// before it (to tell whether a line starts at its first byte).
    fn chunk_from(&self, index: usize) -> u64 {
        let start = self.origin + index as u64 * CHUNK as u64;
        if index == 0 { start } else { start - 1 }
    }

    /// Where chunk `index` ends (not its last line).
    fn chunk_end(&self, index: usize) -> u64 {
        (self.origin + (index as u64 + 1) * CHUNK as u64).min(self.size)
    }
}

/// Buffers free for use again: chunks read, and outputs written.
#[derive(Default)]
struct Pools {
    inputs: Pool,
    outputs: Pool,
}

#[derive(Default)]
struct Pool(Mutex<Vec<Vec<u8>>>);

impl Pool {
    /// A buffer as it was left (a new one if there is none).
    fn take(&self) -> Vec<u8> {
        self.0
            .lock()
            .ok()
            .and_then(|mut p| p.pop())
            .unwrap_or_default()
    }

    fn keep(&self, bytes: Vec<u8>) {
        let mut pool = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if pool.len() < SPARE && bytes.capacity() <= HELD {
            pool.push(bytes);
        }
    }
}

#[derive(Default)]
struct State {
    /// The next chunk for a worker to take.
    next: usize,
    /// How many chunks this thread has written (or read itself).
    written: usize,
    /// The lines before a chunk, once the chunks before it are counted
    /// (an entry is taken by its chunk's worker).
    lines_before: BTreeMap<usize, u64>,
    /// The first chunk a worker stopped at: none after it is read.
    stopped: Option<usize>,
    /// The bytes of output of the chunks decoded and not yet written.
    held: usize,
    /// This thread is done: the workers stop.
    quit: bool,
}

impl Shared<'_> {
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits, with the state, until `ready` says so.
    fn wait<'s>(
        &'s self,
        mut state: MutexGuard<'s, State>,
        ready: impl Fn(&State) -> bool,
    ) -> MutexGuard<'s, State> {
        while !ready(&state) {
            state = self.changed.wait(state).unwrap_or_else(|e| e.into_inner());
        }
        state
    }

    fn change(&self, f: impl FnOnce(&mut State)) {
        f(&mut self.state());
        self.changed.notify_all();
    }
}

/// Decodes `file` as `Run::input` does, on `WORKERS` more threads.
pub(super) fn input(run: &mut Run, name: &str, file: File) -> io::Result<Outcome> {
    let options = run.options;
    let size = file.metadata()?.len();
    let pools = Pools::default();
    let mut order = Order {
        next: 0,
        waiting: BTreeMap::new(),
        scanner: Scanner::new(options.max_body),
        number: 0,
        outcome: Outcome::default(),
        end: 0,
    };
    // The workers read from the start, and again after each line too long
    // for them (which this thread reads) while enough is left.
    loop {
        #[cfg(test)]
        RUNS.with(|runs| runs.set(runs.get() + 1));
        let shared = Shared::new(&file, size, order.end, order.number, &pools);
        let Some(stop) = workers(run, name, &shared, &mut order)? else {
            break;
        };
        // Past `size - RESTART`, the workers would not start again.
        let Some(line_end) = line_end_after(&file, stop, size.saturating_sub(RESTART)) else {
            break;
        };
        if !read_here(run, name, &file, Some(line_end), &mut order)? {
            // A read error (told), or the file cut short: the input ends.
            return finish(run, name, order);
        }
        if size.saturating_sub(order.end) < RESTART {
            break;
        }
    }
    // The rest: a last line without its line end, what a worker could not
    // read, and anything written to the file since it was measured.
    read_here(run, name, &file, None, &mut order)?;
    finish(run, name, order)
}

/// What was read, told: what the scanner still held, and the outcome.
fn finish(run: &mut Run, name: &str, order: Order) -> io::Result<Outcome> {
    let Order {
        scanner,
        number,
        mut outcome,
        ..
    } = order;
    run.finish((name, None), scanner, number, &mut outcome)?;
    Ok(outcome)
}

// How many times the workers were started, in this thread's last runs.
#[cfg(test)]
thread_local! {
    static RUNS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The workers read the file from `shared.origin` while this thread writes
/// what they made; where the chunk a worker stopped at ends, if one did.
fn workers(
    run: &mut Run,
    name: &str,
    shared: &Shared,
    order: &mut Order,
) -> io::Result<Option<u64>> {
    let (settings, options) = (run.ctx.settings, run.options);
    order.next = 0;
    let (done_in, done_out) = mpsc::channel::<Done>();
    std::thread::scope(|scope| {
        for _ in 0..WORKERS {
            let done_in = done_in.clone();
            scope.spawn(move || work(settings, options, name, shared, done_in));
        }
        drop(done_in);
        let written = (|| {
            while order.next < shared.chunks {
                let Ok(done) = done_out.recv() else { break };
                if let Some(index) = order.take(run, name, shared, done)? {
                    return Ok(Some(shared.chunk_end(index)));
                }
            }
            Ok(None)
        })();
        shared.change(|s| s.quit = true);
        written
    })
}

/// Where the line that runs on past `offset` ends, after its line end;
/// `None` when it runs to the end of the file or past `limit`, or it
/// cannot be read.
fn line_end_after(file: &File, offset: u64, limit: u64) -> Option<u64> {
    let mut probe = Vec::new();
    let mut at = offset;
    while at < limit {
        let got = read_at(file, at, &mut probe, 0, 64 << 10).ok()?;
        if got == 0 {
            return None;
        }
        if let Some(i) = memchr::memchr(b'\n', &probe[..got]) {
            let end = at + i as u64 + 1;
            return (end <= limit).then_some(end);
        }
        at += got as u64;
    }
    None
}

/// This thread reads the file from where the chunks written end, to `to`
/// or to its end, as `Run::input` does: false when it did not get to `to`
/// (a read error, told, or the file cut short).
fn read_here(
    run: &mut Run,
    name: &str,
    mut file: &File,
    to: Option<u64>,
    order: &mut Order,
) -> io::Result<bool> {
    file.seek(io::SeekFrom::Start(order.end))?;
    let len = to.map_or(u64::MAX, |to| to - order.end);
    let mut reader = LineReader::new(file.take(len), run.options.max_body);
    run.lines(
        (name, None),
        &mut reader,
        &mut order.scanner,
        &mut order.number,
        &mut order.outcome,
    )?;
    let read = reader.position();
    order.end += read;
    Ok(to.is_none() || read == len)
}

/// The chunks done, put back in input order.
struct Order {
    next: usize,
    waiting: BTreeMap<usize, Done>,
    /// The scanner as the chunks written so far left it.
    scanner: Scanner,
    number: u64,
    outcome: Outcome,
    /// Where in the file the lines read so far end.
    end: u64,
}

impl Order {
    /// Writes the chunks that are next in order; the chunk a worker
    /// stopped at, if it is next.
    fn take(
        &mut self,
        run: &mut Run,
        name: &str,
        shared: &Shared,
        done: Done,
    ) -> io::Result<Option<usize>> {
        self.waiting.insert(done.index(), done);
        while let Some(done) = self.waiting.remove(&self.next) {
            let mut reading = match done {
                Done::Read(reading) => *reading,
                Done::Stopped { index } => {
                    self.waiting.clear();
                    return Ok(Some(index));
                }
            };
            self.next += 1;
            if !reading.lines.is_empty() {
                self.end = shared.chunk_from(reading.index) + reading.lines.end as u64;
            }
            let held = reading.held();
            let mut bytes = std::mem::take(&mut reading.bytes);
            if self.scanner.idle() {
                self.write(run, shared, reading)?;
            } else {
                // The chunk before left something open: read this one after it.
                let mut reader = LineReader::whole(bytes, reading.lines, run.options.max_body);
                self.number = reading.first_line;
                run.lines(
                    (name, None),
                    &mut reader,
                    &mut self.scanner,
                    &mut self.number,
                    &mut self.outcome,
                )?;
                bytes = reader.into_buffer();
            }
            shared.pools.inputs.keep(bytes);
            shared.change(|s| {
                s.written += 1;
                s.held -= held;
            });
        }
        Ok(None)
    }

    /// A worker's reading, as if this thread had made it: its output is
    /// written as it is, after what this thread holds.
    fn write(&mut self, run: &mut Run, shared: &Shared, done: Reading) -> io::Result<()> {
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
                    shared.pools.outputs.keep(bytes);
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
        if !done.lines.is_empty() {
            o.last_len = done.outcome.last_len;
        }
        // The misses of a chunk this thread read again are in the scanner
        // replaced here.
        o.first_miss = (o.first_miss)
            .or(self.scanner.first_miss())
            .or(done.scanner.first_miss());
        self.scanner = done.scanner;
        self.number = done.number;
        Ok(())
    }
}

/// A worker: takes chunks in turn until there are none, or it is told to
/// stop. Its memo of codes rendered lasts from chunk to chunk.
fn work(
    settings: Settings,
    options: &Options,
    name: &str,
    shared: &Shared,
    done: mpsc::Sender<Done>,
) {
    // A worker that panics stops the other and this thread, which would
    // otherwise wait for it.
    struct Leaving<'s>(&'s Shared<'s>);
    impl Drop for Leaving<'_> {
        fn drop(&mut self) {
            if std::thread::panicking() {
                self.0.change(|s| s.quit = true);
            }
        }
    }
    let _leaving = Leaving(shared);
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
    // A chunk's results are kept whole, and handed over as they are.
    run.hold = true;
    loop {
        // The next chunk, when the ones in flight and their output leave
        // room for it.
        let state = shared.state();
        let mut state = shared.wait(state, |s| {
            s.quit || s.stopped.is_some() || (s.next - s.written < IN_FLIGHT && s.held < HELD)
        });
        if state.quit || state.stopped.is_some() || state.next >= shared.chunks {
            return;
        }
        let index = state.next;
        state.next += 1;
        drop(state);
        let mut bytes = shared.pools.inputs.take();
        let Ok(Some(lines)) = read_chunk(shared, index, &mut bytes) else {
            shared.change(|s| s.stopped = Some(s.stopped.map_or(index, |k| k.min(index))));
            let _ = done.send(Done::Stopped { index });
            return;
        };
        // Numbered on from the chunks before, counted on to the one after.
        let mut reader = LineReader::whole(bytes, lines.clone(), options.max_body);
        let count = reader.count_lines();
        let state = shared.state();
        let mut state = shared.wait(state, |s| {
            s.quit || s.stopped.is_some_and(|k| k < index) || s.lines_before.contains_key(&index)
        });
        let Some(first_line) = state.lines_before.remove(&index) else {
            return;
        };
        state.lines_before.insert(index + 1, first_line + count);
        drop(state);
        shared.changed.notify_all();
        // The chunk's results, in a buffer used before when there is one.
        run.line = shared.pools.outputs.take();
        run.line.clear();
        let mut scanner = Scanner::new(options.max_body);
        let mut number = first_line;
        let mut outcome = Outcome::default();
        // Writing to the tape cannot fail, nor can reading a buffer.
        let _ = run.lines(
            (name, None),
            &mut reader,
            &mut scanner,
            &mut number,
            &mut outcome,
        );
        let mut tape = tape.take();
        let rest = std::mem::take(&mut run.line);
        if !rest.is_empty() {
            tape.push((Stream::Out, rest));
        }
        let reading = Reading {
            index,
            first_line,
            bytes: reader.into_buffer(),
            lines,
            tape,
            shown: std::mem::take(&mut run.shown),
            outcome,
            tally: std::mem::take(&mut run.tally),
            verdict: std::mem::replace(&mut run.ctx.verdict, ExitStatus::Ok),
            scanner,
            number,
        };
        let held = reading.held();
        shared.change(|s| s.held += held);
        if done.send(Done::Read(Box::new(reading))).is_err() {
            return;
        }
    }
}

/// Reads chunk `index` into `bytes` (whatever they held): from the byte
/// before it (to tell whether a line starts at its first byte) to the end
/// of its last line. The lines that start in it and end in a line end, as
/// a range of `bytes` (a last line without one is this thread's to read,
/// with what may be written after it); `None` when its last line runs on
/// more than a chunk past its end.
fn read_chunk(
    shared: &Shared,
    index: usize,
    bytes: &mut Vec<u8>,
) -> io::Result<Option<Range<usize>>> {
    let from = shared.chunk_from(index);
    let end = shared.chunk_end(index);
    let mut have = read_at(shared.file, from, bytes, 0, (end - from) as usize)?;
    let first = if index == 0 {
        0
    } else {
        match memchr::memchr(b'\n', &bytes[..have]) {
            Some(i) => i + 1,
            // No line starts here.
            None => return Ok(Some(have..have)),
        }
    };
    // Up to the last line end, when the file ends in the chunk.
    let whole_lines = |bytes: &[u8]| {
        let cut = memchr::memrchr(b'\n', &bytes[first..]).map_or(first, |i| first + i + 1);
        first..cut
    };
    if bytes[..have].ends_with(b"\n") || first == have {
        return Ok(Some(first..have));
    }
    if end == shared.size {
        return Ok(Some(whole_lines(&bytes[..have])));
    }
    // The last line, to its end.
    let limit = have + CHUNK;
    while have < limit {
        let step = (limit - have).min(64 << 10);
        let got = read_at(shared.file, from + have as u64, bytes, have, step)?;
        if let Some(i) = memchr::memchr(b'\n', &bytes[have..have + got]) {
            return Ok(Some(first..have + i + 1));
        }
        if got == 0 {
            // The file ends here now.
            return Ok(Some(whole_lines(&bytes[..have])));
        }
        have += got;
    }
    Ok(None)
}

/// Reads up to `len` bytes of `file` at `offset` into `bytes` at `at`,
/// growing it if need be: how many (fewer only at the end of the file).
fn read_at(
    file: &File,
    offset: u64,
    bytes: &mut Vec<u8>,
    at: usize,
    len: usize,
) -> io::Result<usize> {
    if bytes.len() < at + len {
        bytes.resize(at + len, 0);
    }
    let mut filled = 0;
    while filled < len {
        match file.read_at(&mut bytes[at + filled..at + len], offset + filled as u64) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

#[cfg(test)]
mod tests {
    use super::*;

    static POOLS: Pools = Pools {
        inputs: Pool(Mutex::new(Vec::new())),
        outputs: Pool(Mutex::new(Vec::new())),
    };

    fn shared(file: &File, origin: u64) -> Shared<'_> {
        Shared::new(file, file.metadata().unwrap().len(), origin, 0, &POOLS)
    }

    #[test]
    fn chunks_hold_the_whole_lines_that_start_in_them() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.txt");
        // Lines of many lengths, so that chunk ends fall anywhere in them,
        // on a line end and just after one too.
        let mut text = String::new();
        let mut lines = 0;
        for n in 0..3000 {
            text.push_str(&"x".repeat(n * 37 % 1500));
            text.push('\n');
            lines += 1;
        }
        let whole = text.len();
        // a last line without its line end is left to this thread
        text.push_str("tail without a newline");
        std::fs::write(&path, &text).unwrap();
        let file = File::open(&path).unwrap();
        // from the start, and from a line start after many chunks (where
        // the workers start again after a line too long for them)
        let later = text[..3 * CHUNK].rfind('\n').unwrap() + 1;
        for origin in [0, later] {
            let shared = shared(&file, origin as u64);
            let (mut joined, mut counted) = (Vec::new(), 0);
            let mut bytes = Vec::new();
            // one buffer for all, as a worker reuses its buffers
            for index in 0..shared.chunks {
                let within = read_chunk(&shared, index, &mut bytes).unwrap().unwrap();
                let mine = &bytes[within];
                assert!(mine.is_empty() || mine.ends_with(b"\n"));
                counted += LineReader::whole(mine.to_vec(), 0..mine.len(), 1 << 20).count_lines();
                joined.extend_from_slice(mine);
            }
            assert_eq!(String::from_utf8(joined).unwrap(), text[origin..whole]);
            assert_eq!(counted, lines - text[..origin].matches('\n').count() as u64);
        }
    }

    #[test]
    fn a_line_running_a_chunk_past_its_chunk_stops_the_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("long.txt");
        let text = format!("short\n{}\nend\n", "y".repeat(3 * CHUNK));
        std::fs::write(&path, &text).unwrap();
        let file = File::open(&path).unwrap();
        let shared = shared(&file, 0);
        let mut bytes = Vec::new();
        assert_eq!(read_chunk(&shared, 0, &mut bytes).unwrap(), None);
        // this thread reads that line, to its end
        let stop = shared.chunk_end(0);
        assert_eq!(
            line_end_after(&file, stop, u64::MAX),
            Some(3 * CHUNK as u64 + 7)
        );
        assert_eq!(line_end_after(&file, stop, 2 * CHUNK as u64), None);
    }

    /// `parse` of `text` by one thread (from a slice) and on two cores
    /// (from a file): stdout, stderr, the verdict and the outcome.
    fn both_ways(
        text: &str,
        format: Format,
        summary: bool,
    ) -> [(String, String, ExitStatus, Outcome); 2] {
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
            if summary {
                run.summary().unwrap();
            }
            let verdict = ctx.verdict;
            (
                String::from_utf8(out).unwrap(),
                String::from_utf8(err).unwrap(),
                verdict,
                outcome,
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
    fn the_first_miss_is_kept_across_a_chunk_read_again() {
        // No body at all: a value that is not one opens in one chunk and
        // closes in the next, which is read again here, then plain lines.
        let mut text = "plain log line\n".repeat(CHUNK / 15 - 2);
        text.push_str("{ \"a\": 1,\n\"b\": [\n");
        text.push_str(&"  2,\n".repeat(CHUNK / 5));
        text.push_str("3] }\n");
        text.push_str(&"plain log line\n".repeat(3 * CHUNK / 15));
        let [one, two] = both_ways(&text, Format::Json, false);
        assert_eq!(one.3.results, 0);
        assert!(one.3.first_miss.is_some());
        assert_eq!(one, two);
    }

    #[test]
    fn two_cores_write_what_one_thread_writes() {
        let text = mixed_log(300_000);
        for format in [Format::Text, Format::Json] {
            let [one, two] = both_ways(&text, format, true);
            assert!(one.0.len() > 100_000 && one.1.contains("not valid JSON"));
            assert!(one.3.results > 0);
            assert!(one == two, "{format:?} differs");
        }
        // a line longer than a chunk, first or after many chunks: the rest
        // is read by this thread
        let long = format!("{}\n{}", "z".repeat(3 * CHUNK), mixed_log(50_000));
        let [one, two] = both_ways(&long, Format::Json, false);
        assert!(one == two, "a long line first");
        let later = format!(
            "{}{}\n{}",
            mixed_log(60_000),
            "z".repeat(3 * CHUNK),
            mixed_log(50_000)
        );
        RUNS.with(|runs| runs.set(0));
        let [one, two] = both_ways(&later, Format::Json, false);
        assert!(one == two, "a long line later");
        assert_eq!(
            RUNS.with(|runs| runs.get()),
            2,
            "the workers start again after it"
        );
        // a body open across a long line, long lines in a row, and a long
        // last line with and without its line end
        let z = "z".repeat(3 * CHUNK);
        let open = format!(
            "{}{{\"Response\":{{\"Error\":{{\"Code\":\"InternalError\",\"Message\":\"{z}\"}},\n\"RequestId\":\"r-open\"}}}}\n{}",
            mixed_log(30_000),
            mixed_log(40_000)
        );
        let in_a_row = format!("{}{z}\n{z}\n{z}\n{}", mixed_log(30_000), mixed_log(40_000));
        let last = format!("{}{z}\n", mixed_log(60_000));
        let unended = format!("{}{z}", mixed_log(60_000));
        for (text, what) in [
            (open, "open across"),
            (in_a_row, "in a row"),
            (last, "last"),
            (unended, "unended"),
        ] {
            let [one, two] = both_ways(&text, Format::Json, false);
            assert!(one == two, "a long line {what}");
            assert!(what != "open across" || one.0.contains("r-open"));
        }
    }
}
