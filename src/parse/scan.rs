//! The scanner: lines in, items out. It finds bodies in JSON Lines, values
//! back to back, pretty-printed bodies spanning lines, log lines with a body
//! after a prefix, `curl -i` / `curl -v` transcripts (and their status line
//! alone when no body follows), language-native dumps of a body, and the
//! SDKs' exception lines. Pure: the caller reads the input and renders the
//! items; memory is the largest body plus one line.

use super::envelope::{self, Decoded, Read, Refusal, looks_like_body};
use super::json::{Step, Validator};
use super::relaxed;
use super::sdk_line::{self, Dumped, NodeDump};
use super::words::Words;
use crate::classify::Envelope;
use crate::model::{Quoted, Transport};

/// Something wrong with the input at a place, worth telling the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A body grew past the limit.
    TooLarge,
    /// JSON nested deeper than `json::MAX_DEPTH`.
    TooDeep,
    /// A body whose bytes are not UTF-8.
    InvalidUtf8,
    /// A body (it names a known envelope's key) that is not valid JSON.
    Malformed,
    /// The input ended inside a body.
    Truncated,
    /// A body of a known shape ecode refuses to read.
    Refused(Refusal),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemKind<'a> {
    /// What a body, an exception line or a lone status line said.
    Body {
        decoded: Decoded<'a>,
        transport: Option<Transport>,
    },
    Problem(Problem),
}

/// One finding of the scanner, at a 1-based line and (byte) column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item<'a> {
    pub line: u64,
    pub column: usize,
    pub kind: ItemKind<'a>,
}

impl Item<'_> {
    /// The same item, owning its text.
    pub fn into_owned(self) -> Item<'static> {
        Item {
            line: self.line,
            column: self.column,
            kind: match self.kind {
                ItemKind::Body { decoded, transport } => ItemKind::Body {
                    decoded: decoded.into_owned(),
                    transport,
                },
                ItemKind::Problem(p) => ItemKind::Problem(p),
            },
        }
    }
}

/// The lines of a value that broke, to read again from after its `{`.
#[derive(Debug)]
struct Replay {
    /// The number of the line at `pos`.
    number: u64,
    /// The column of `buf[0]` on the first line.
    column: usize,
    /// The lines, each after the first following a `\n`.
    buf: Vec<u8>,
    pos: usize,
    /// The next line is the first.
    first: bool,
    /// Where the objects that were open at the break begin, ascending: they
    /// broke there too, so they are not read again as values.
    open: Vec<usize>,
    next_open: usize,
}

impl Replay {
    /// The next line: its number, column, place in `buf`, and the columns
    /// of the objects on it not to read again.
    fn next_line(&mut self) -> Option<(u64, usize, std::ops::Range<usize>, Vec<usize>)> {
        if self.pos > self.buf.len() {
            return None;
        }
        let from = self.pos;
        let to = memchr::memchr(b'\n', &self.buf[from..]).map_or(self.buf.len(), |i| from + i);
        // Only the first line starts at a column other than 0.
        let column = if self.first { self.column + from } else { 0 };
        self.first = false;
        let mut skip = Vec::new();
        while let Some(&at) = self.open.get(self.next_open) {
            if at >= to {
                break;
            }
            if at >= from {
                skip.push(column + (at - from));
            }
            self.next_open += 1;
        }
        let number = self.number;
        self.number += 1;
        self.pos = to + 1;
        Some((number, column, from..to, skip))
    }
}

/// Columns of a line where a `{` is known not to start a value, taken in
/// ascending order as the scan passes them.
#[derive(Debug, Default)]
struct Skips(std::collections::BinaryHeap<std::cmp::Reverse<usize>>);

impl Skips {
    fn new(columns: &[usize]) -> Skips {
        Skips(columns.iter().map(|&c| std::cmp::Reverse(c)).collect())
    }

    fn add(&mut self, columns: impl IntoIterator<Item = usize>) {
        self.0.extend(columns.into_iter().map(std::cmp::Reverse));
    }

    /// True when `column` is one to skip; forgets every column before it.
    fn take(&mut self, column: usize) -> bool {
        while let Some(&std::cmp::Reverse(next)) = self.0.peek() {
            if next > column {
                return false;
            }
            self.0.pop();
            if next == column {
                return true;
            }
        }
        false
    }
}

/// How a line stands to an HTTP transcript.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Transcript {
    /// A status line, a header, the blank line after them, or curl's
    /// `{ [5 bytes data]`: nothing else to read in it.
    Consumed,
    /// curl -v's `>` and `*` lines: read for bodies, but they do not end the
    /// wait for the body the headers announced.
    Aside,
    /// Any other line.
    Content,
}

/// A body that has begun but not yet closed.
#[derive(Debug)]
struct Pending {
    line: u64,
    column: usize,
    /// The value so far, its lines joined by `\n`: every line after the
    /// first is the next line of the input, read from its column 0.
    buf: Vec<u8>,
    validator: Validator,
    transport: Option<Waiting>,
}

/// A transcript's header block being read.
#[derive(Debug)]
struct Headers {
    line: u64,
    transport: Transport,
    /// `curl -v`: every header line starts with `< `.
    prefixed: bool,
}

/// The facts of a transcript whose body has not been read yet, and the
/// line of its status line (where a status-only result is reported).
#[derive(Debug, Clone)]
struct Waiting {
    line: u64,
    transport: Transport,
}

#[derive(Debug)]
pub struct Scanner {
    limit: usize,
    pending: Option<Pending>,
    headers: Option<Headers>,
    /// Headers just ended: the body, if any, starts on the next content line.
    transport: Option<Waiting>,
    /// A Node exception dump being read: where it began, and what it said so far.
    node: Option<(u64, usize, NodeDump)>,
    first_miss: Option<(u64, usize)>,
    /// In a long line, a value told too large that has not ended yet: the
    /// column it has been checked to, and its check.
    oversized: Option<(usize, Validator)>,
    /// `--report`: keep the lines a ticket quotes (`model::Quoted`).
    quoting: bool,
    /// The last curl -v request line, while quoting.
    request: Option<String>,
    /// The line being pushed holds no SDK marker, the caller found: it is
    /// not searched for one.
    unmarked: bool,
    /// Lines read again after a value broke, for the tests of linearity.
    #[cfg(test)]
    replayed: u64,
}

impl Scanner {
    /// A scanner that refuses any single body longer than `limit` bytes.
    pub fn new(limit: usize) -> Scanner {
        Scanner {
            limit,
            pending: None,
            headers: None,
            transport: None,
            node: None,
            first_miss: None,
            oversized: None,
            quoting: false,
            request: None,
            unmarked: false,
            #[cfg(test)]
            replayed: 0,
        }
    }

    /// Nothing begun: no body, header block, transcript or dump waits for
    /// the next line. Then a line without a `trigger` gives nothing.
    pub fn idle(&self) -> bool {
        self.pending.is_none()
            && self.headers.is_none()
            && self.transport.is_none()
            && self.node.is_none()
            && self.oversized.is_none()
    }

    /// Keeps, from here on, the transcript lines `--report` quotes: the
    /// status and request lines and a request id header. Without it
    /// nothing of them is kept.
    pub fn quote_lines(&mut self) {
        self.quoting = true;
    }

    /// The first place something looked like a body and was not one.
    pub fn first_miss(&self) -> Option<(u64, usize)> {
        self.first_miss
    }

    /// `push`, for a line not known to be clear of markers (the tests').
    #[cfg(test)]
    pub fn push_line<'a>(&mut self, number: u64, line: &'a [u8], out: &mut Vec<Item<'a>>) {
        self.push(number, line, false, out);
    }

    /// Scans one line (without its line ending) numbered `number`. When
    /// `unmarked`, the caller knows it holds none of `sdk_line::MARKERS`
    /// (`Triggers::clear_of_markers`), and it is not searched for one.
    pub fn push<'a>(
        &mut self,
        number: u64,
        line: &'a [u8],
        unmarked: bool,
        out: &mut Vec<Item<'a>>,
    ) {
        let mut replay = None;
        self.unmarked = unmarked;
        self.line(number, 0, line, &[], out, &mut replay);
        self.unmarked = false;
        self.replay(replay, out);
    }

    /// Reads again, in order, the lines a value that broke had taken: a
    /// stack, a value breaking inside the replay going on top.
    fn replay(&mut self, first: Option<Replay>, out: &mut Vec<Item<'_>>) {
        let mut stack: Vec<Replay> = first.into_iter().collect();
        while let Some(top) = stack.last_mut() {
            let Some((number, column, range, skip)) = top.next_line() else {
                stack.pop();
                continue;
            };
            #[cfg(test)]
            {
                self.replayed += 1;
            }
            let mut more = None;
            let mut found = Vec::new();
            let bytes = &stack[stack.len() - 1].buf[range];
            self.line(number, column, bytes, &skip, &mut found, &mut more);
            keep_owned(found, out);
            stack.extend(more);
        }
    }

    /// A piece of a line longer than the limit, starting at `column` of
    /// line `number` (see `reader::Line::Part`). Returns how many of its
    /// bytes are read: a value still open at the end of a piece that is not
    /// the `last` is read again from its start in the next piece, where it
    /// has the whole limit; one that has it and still does not close is
    /// too large.
    pub fn push_part<'a>(
        &mut self,
        number: u64,
        column: usize,
        bytes: &'a [u8],
        last: bool,
        out: &mut Vec<Item<'a>>,
    ) -> usize {
        if let Some(p) = self.pending.take() {
            // The value would run past the limit with this line.
            out.push(problem(p.line, p.column, Problem::TooLarge));
        }
        if column == 0 {
            self.headers = None;
            self.node = None;
            self.oversized = None;
        }
        // A value told too large is followed to its end, so that the values
        // inside it are not told too large again.
        if let Some((fed_to, v)) = self.oversized.as_mut() {
            let from = fed_to.saturating_sub(column).min(bytes.len());
            match v.feed(&bytes[from..]) {
                Step::More => *fed_to = column + bytes.len(),
                _ => self.oversized = None,
            }
        }
        if last {
            self.oversized = None;
            let mut replay = None;
            self.line(number, column, bytes, &[], out, &mut replay);
            self.replay(replay, out);
            return bytes.len();
        }
        let mut transport = if column == 0 {
            self.transport.take()
        } else {
            None
        };
        let stop = self.scan_values(number, column, bytes, &[], true, &mut transport, out);
        match stop {
            None => bytes.len(),
            Some(0) => {
                if self.oversized.is_none() {
                    out.push(problem(number, column, Problem::TooLarge));
                    let mut v = Validator::new();
                    let _ = v.feed(bytes); // More: the value is still open
                    self.oversized = Some((column + bytes.len(), v));
                }
                1
            }
            Some(at) => at,
        }
    }

    /// The input has ended.
    pub fn finish(&mut self, out: &mut Vec<Item<'_>>) {
        if let Some(p) = self.pending.take() {
            out.push(problem(p.line, p.column, Problem::Truncated));
        }
        self.end_headers();
        self.status_alone(out);
    }

    fn miss(&mut self, number: u64, column: usize) {
        self.first_miss.get_or_insert((number, column + 1));
    }

    /// The transcript waiting for its body got none: its status line is the
    /// result, if it reports an error.
    fn status_alone(&mut self, out: &mut Vec<Item<'_>>) {
        if let Some(w) = self.transport.take() {
            status_item(w, out);
        }
    }

    fn line<'a>(
        &mut self,
        number: u64,
        column: usize,
        bytes: &'a [u8],
        skip: &[usize],
        out: &mut Vec<Item<'a>>,
        replay: &mut Option<Replay>,
    ) {
        if self.pending.is_some() {
            self.continue_pending(number, column, bytes, skip, out, replay);
            return;
        }
        if let Some((at_line, at_column, dump)) = self.node.as_mut() {
            match dump.push(bytes) {
                Dumped::More => return,
                Dumped::Done(decoded) => {
                    let (at_line, at_column) = (*at_line, *at_column);
                    self.node = None;
                    out.push(body(at_line, at_column, decoded, None));
                    return;
                }
                Dumped::NotDump => {
                    let (at_line, at_column) = (*at_line, *at_column);
                    self.node = None;
                    self.miss(at_line, at_column);
                }
            }
        }
        self.scan(number, column, bytes, skip, out);
    }

    fn continue_pending<'a>(
        &mut self,
        number: u64,
        column: usize,
        bytes: &'a [u8],
        skip: &[usize],
        out: &mut Vec<Item<'a>>,
        replay: &mut Option<Replay>,
    ) {
        let Some(p) = self.pending.as_mut() else {
            return;
        };
        // The buffer holds the body so far without a final newline: the line
        // break before this line is fed with it, so a body cut inside a
        // string at the end of the input is still a pending (truncated) body.
        let base = p.buf.len();
        p.buf.push(b'\n');
        p.buf.extend_from_slice(bytes);
        // An index `k` in what was fed is `k - 1` in this line.
        match p.validator.feed(&p.buf[base..]) {
            Step::More => {
                if p.buf.len() > self.limit {
                    out.push(problem(p.line, p.column, Problem::TooLarge));
                    self.pending = None;
                }
            }
            Step::Done(k) => {
                let Some(p) = self.pending.take() else {
                    return;
                };
                let end = base + k;
                if end > self.limit {
                    out.push(problem(p.line, p.column, Problem::TooLarge));
                } else {
                    let mut found = Vec::new();
                    self.finish_body(p.line, p.column, &p.buf[..end], p.transport, &mut found);
                    keep_owned(found, out);
                }
                let after = k - 1;
                if after < bytes.len() {
                    self.scan(number, column + after, &bytes[after..], skip, out);
                }
            }
            Step::TooDeep(k) => {
                out.push(problem(
                    number,
                    column + k.saturating_sub(1),
                    Problem::TooDeep,
                ));
                self.pending = None;
            }
            Step::Invalid(_) => {
                // A false start: read everything after its `{` again.
                let Some(p) = self.pending.take() else {
                    return;
                };
                self.miss(p.line, p.column);
                if let Some(w) = p.transport {
                    status_item(w, out);
                }
                // From after its `{`, every line again; the objects open
                // where it broke broke there too.
                let open = p.validator.open_objects().filter(|&at| at > 0).collect();
                *replay = Some(Replay {
                    number: p.line,
                    column: p.column,
                    buf: p.buf,
                    pos: 1,
                    first: true,
                    open,
                    next_open: 0,
                });
            }
        }
    }

    /// A body that closed: decode it, or say why it is not one.
    fn finish_body<'a>(
        &mut self,
        line: u64,
        column: usize,
        bytes: &'a [u8],
        transport: Option<Waiting>,
        out: &mut Vec<Item<'a>>,
    ) {
        match envelope::read_value(bytes) {
            Read::Value(Some(found), _) => found_item(line, column, found, transport, out),
            Read::Value(None, _) => {
                self.miss(line, column);
                if let Some(w) = transport {
                    status_item(w, out);
                }
            }
            Read::Incomplete | Read::Invalid => self.bad_value(line, column, bytes, out),
        }
    }

    /// A closed value serde_json refused: invalid UTF-8 or a malformed body
    /// is told; anything else was not a body.
    fn bad_value(&mut self, line: u64, column: usize, bytes: &[u8], out: &mut Vec<Item<'_>>) {
        if !looks_like_body(bytes) {
            self.miss(line, column);
        } else if let Err(e) = std::str::from_utf8(bytes) {
            out.push(problem(
                line,
                column + e.valid_up_to(),
                Problem::InvalidUtf8,
            ));
        } else {
            out.push(problem(line, column, Problem::Malformed));
        }
    }

    /// Reads a line outside any body.
    fn scan<'a>(
        &mut self,
        number: u64,
        column: usize,
        bytes: &'a [u8],
        skip: &[usize],
        out: &mut Vec<Item<'a>>,
    ) {
        let kind = self.transcript_line(number, bytes, out);
        if kind == Transcript::Consumed || bytes.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        // A transcript's body starts on the first content line after its
        // headers; a line without one leaves the status line alone.
        let mut transport = match kind {
            Transcript::Aside => None,
            _ => self.transport.take(),
        };
        let found = out.len();
        self.scan_values(number, column, bytes, skip, false, &mut transport, out);
        if let Some(w) = transport {
            if self.pending.is_none() && out.len() == found {
                status_item(w, out);
            }
        }
    }

    /// The SDK lines and JSON values of one line, in order. In a `part` of
    /// a long line, a value still open at its end is not waited for: the
    /// scan stops, and says where that value starts.
    #[allow(clippy::too_many_arguments)]
    fn scan_values<'a>(
        &mut self,
        number: u64,
        column: usize,
        bytes: &'a [u8],
        skip: &[usize],
        part: bool,
        transport: &mut Option<Waiting>,
        out: &mut Vec<Item<'a>>,
    ) -> Option<usize> {
        let marked = !std::mem::take(&mut self.unmarked);
        if let Some(found) = marked.then(|| sdk_line::read(bytes)).flatten() {
            match found {
                sdk_line::Found::Line(at, decoded) => out.push(body(
                    number,
                    column + at,
                    decoded,
                    transport_of(transport.take()),
                )),
                sdk_line::Found::NodeDump(at, dump) => {
                    self.node = Some((number, column + at, dump))
                }
                sdk_line::Found::Unreadable(at) => self.miss(number, column + at),
            }
            return None;
        }
        let mut skips = Skips::new(skip);
        let mut pos = 0;
        let mut told_depth = false;
        while let Some(i) = memchr::memchr(b'{', &bytes[pos..]) {
            let start = pos + i;
            let rest = &bytes[start..];
            if skips.take(column + start) {
                // Open where an enclosing value broke: no JSON value starts
                // here, though a dump still may.
                if let Some(len) = self.relaxed(number, column + start, rest, transport, out) {
                    pos = start + len;
                } else {
                    self.miss(number, column + start);
                    pos = start + 1;
                }
                continue;
            }
            match envelope::read_value(rest) {
                Read::Value(Some(found), len) => {
                    found_item(number, column + start, found, transport.take(), out);
                    pos = start + len;
                    continue;
                }
                // Not a body, but a body may sit inside it (a JSON log line).
                Read::Value(None, _) => self.miss(number, column + start),
                Read::Incomplete => {
                    let mut validator = Validator::new();
                    match validator.feed(rest) {
                        Step::More if part => return Some(start),
                        Step::More => {
                            self.pending = Some(Pending {
                                line: number,
                                column: column + start,
                                buf: rest.to_vec(),
                                validator,
                                transport: transport.take(),
                            });
                            return None;
                        }
                        Step::TooDeep(k) => {
                            self.too_deep(number, column + start + k, &mut told_depth, out);
                        }
                        Step::Done(_) => self.miss(number, column + start),
                        Step::Invalid(_) => {
                            self.miss(number, column + start);
                            skips.add(open_after(&validator, column + start));
                        }
                    }
                }
                Read::Invalid => {
                    if let Some(len) = self.relaxed(number, column + start, rest, transport, out) {
                        pos = start + len;
                        continue;
                    }
                    let mut validator = Validator::new();
                    match validator.feed(rest) {
                        Step::TooDeep(k) => {
                            self.too_deep(number, column + start + k, &mut told_depth, out);
                        }
                        Step::Done(k) => {
                            self.bad_value(number, column + start, &rest[..k], out);
                            pos = start + k;
                            continue;
                        }
                        // A malformed body is told, and the rest of the line
                        // is still read (a body may follow it).
                        Step::Invalid(k) => {
                            if looks_like_body(&rest[..k]) {
                                out.push(problem(number, column + start + k, Problem::Malformed));
                            } else {
                                self.miss(number, column + start);
                            }
                            skips.add(open_after(&validator, column + start));
                        }
                        Step::More => self.miss(number, column + start),
                    }
                }
            }
            pos = start + 1;
        }
        None
    }

    /// A JavaScript or Python dump of a body at `rest`: its length when it
    /// was one.
    fn relaxed<'a>(
        &mut self,
        number: u64,
        column: usize,
        rest: &[u8],
        transport: &mut Option<Waiting>,
        out: &mut Vec<Item<'a>>,
    ) -> Option<usize> {
        if !relaxed::looks_relaxed(rest) {
            return None;
        }
        let (json, len) = relaxed::to_json(rest)?;
        let found = envelope::read_text(&json)?;
        found_item(number, column, found, transport.take(), out);
        Some(len)
    }

    /// JSON nested too deeply: told once per line; the rest of the line is
    /// still read.
    fn too_deep(&mut self, number: u64, column: usize, told: &mut bool, out: &mut Vec<Item<'_>>) {
        if !*told {
            out.push(problem(number, column, Problem::TooDeep));
            *told = true;
        }
    }

    /// Follows the lines of an HTTP transcript.
    fn transcript_line(
        &mut self,
        number: u64,
        bytes: &[u8],
        out: &mut Vec<Item<'_>>,
    ) -> Transcript {
        let data_marker =
            (bytes.starts_with(b"{ [") || bytes.starts_with(b"} [")) && bytes.ends_with(b" data]");
        if data_marker {
            return Transcript::Consumed;
        }
        if bytes.starts_with(b"> ") || bytes == b">" || bytes.starts_with(b"* ") {
            if self.quoting {
                if let Some(request) = bytes.strip_prefix(b"> ").and_then(request_line) {
                    self.request = Some(request);
                }
            }
            return Transcript::Aside;
        }
        let (prefixed, content) = match bytes {
            [b'<'] => (true, &b""[..]),
            [b'<', b' ', rest @ ..] => (true, rest),
            _ => (false, bytes),
        };
        if let Some(status) = status_line(content) {
            // A status line before the last one's body came: that one had
            // none (an interim `100 Continue`, a proxy's `200 Connection
            // established`, or an error with an empty body).
            self.end_headers();
            self.status_alone(out);
            // curl -i shows no request line: a request belongs to curl -v's
            // own status lines only.
            let quoted = self.quoting.then(|| {
                Box::new(Quoted {
                    status_line: lossy_cut(content.trim_ascii()),
                    request_line: self.request.clone().filter(|_| prefixed),
                    request_id: None,
                })
            });
            self.headers = Some(Headers {
                line: number,
                transport: Transport {
                    status,
                    retry_after: None,
                    date: None,
                    quoted,
                },
                prefixed,
            });
            return Transcript::Consumed;
        }
        let Some(headers) = self.headers.as_mut() else {
            // `< ` outside a header block: a quote or a log prefix, read on.
            return Transcript::Content;
        };
        if headers.prefixed && !prefixed {
            // curl -v printed the body right after its headers.
            self.end_headers();
            return Transcript::Content;
        }
        if content.iter().all(u8::is_ascii_whitespace) {
            self.end_headers();
            return Transcript::Consumed;
        }
        if !is_header_line(content) {
            // Not a header after all: the block ended without its blank line.
            self.end_headers();
            return Transcript::Content;
        }
        if let Some(value) = header_value(content, b"retry-after") {
            headers.transport.retry_after = Some(value);
        } else if let Some(value) = header_value(content, b"date") {
            headers.transport.date = Some(value);
        } else if let Some(quoted) = headers.transport.quoted.as_mut() {
            let id = REQUEST_ID_HEADERS
                .iter()
                .find_map(|name| header_value(content, name));
            quoted.request_id = quoted.request_id.take().or(id);
        }
        Transcript::Consumed
    }

    fn end_headers(&mut self) {
        if let Some(h) = self.headers.take() {
            self.transport = Some(Waiting {
                line: h.line,
                transport: h.transport,
            });
        }
    }
}

/// The columns of the objects open inside a value at `column` where its
/// check stopped (the value's own `{` aside).
fn open_after(validator: &Validator, column: usize) -> impl Iterator<Item = usize> + '_ {
    validator
        .open_objects()
        .filter(|&at| at > 0)
        .map(move |at| column + at)
}

/// Finds the first byte an idle scanner reads — a `{`, a status line, an
/// SDK line's marker — so that the lines before it can be passed over
/// whole. It remembers, in input offsets, what it has searched, so each byte
/// of the input is searched about once however often it is asked.
#[derive(Debug, Default)]
pub struct Triggers {
    brace: Search,
    marker: Search,
}

/// One search's memory: the next match found, or how far there was none.
#[derive(Debug, Default, Clone, Copy)]
struct Search {
    found: Option<u64>,
    clear_to: u64,
    /// Where the bytes last searched in vain ended: with no more bytes
    /// since, there is nothing new to search.
    searched_to: u64,
    /// Where the search that found `found` was asked from: nothing starts
    /// between here and there.
    began: u64,
}

impl Search {
    /// The next match at or after input offset `at` in `bytes` (which
    /// begin there), or `None` in them; a match may begin up to `overlap`
    /// bytes before the end and finish beyond it.
    fn next(
        &mut self,
        at: u64,
        bytes: &[u8],
        overlap: usize,
        find: impl Fn(&[u8]) -> Option<usize>,
    ) -> Option<u64> {
        if let Some(f) = self.found.filter(|&f| f >= at) {
            return Some(f);
        }
        let end = at + bytes.len() as u64;
        if self.found.is_none() && end <= self.searched_to {
            return None;
        }
        let from = self.clear_to.saturating_sub(at).min(bytes.len() as u64) as usize;
        match find(&bytes[from..]) {
            Some(i) => {
                let f = at + (from + i) as u64;
                self.found = Some(f);
                self.began = at;
                Some(f)
            }
            None => {
                self.found = None;
                self.clear_to = at + bytes.len().saturating_sub(overlap) as u64;
                self.searched_to = end;
                None
            }
        }
    }
}

impl Triggers {
    /// True when the searches so far show that no status line or SDK
    /// marker starts at input offsets `from..to` (false when they have not
    /// looked there). Offsets only grow, so what a search found stays true.
    pub fn clear_of_markers(&self, from: u64, to: u64) -> bool {
        match self.marker.found {
            // Nothing from where the search began (at most `from`) to `f`.
            Some(f) => f >= to && self.marker.began <= from,
            None => self.marker.clear_to >= to,
        }
    }

    /// Where in `bytes`, which begin at input offset `at`, the first
    /// trigger is.
    pub fn find(&mut self, at: u64, bytes: &[u8]) -> Option<usize> {
        static MARKERS: std::sync::LazyLock<Words> = std::sync::LazyLock::new(|| {
            let mut words = vec!["HTTP/"];
            words.extend(sdk_line::MARKERS);
            Words::new(&words)
        });
        let longest = sdk_line::MARKERS.iter().map(|m| m.len()).max().unwrap_or(0);
        let brace = self.brace.next(at, bytes, 0, |b| memchr::memchr(b'{', b));
        let marker = self.marker.next(at, bytes, longest, |b| MARKERS.find(b));
        let first = match (brace, marker) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => a.or(b)?,
        };
        Some((first - at) as usize)
    }
}

/// Moves items found in a buffer about to be dropped into `out`, owned.
fn keep_owned(found: Vec<Item<'_>>, out: &mut Vec<Item<'_>>) {
    for item in found {
        out.push(item.into_owned());
    }
}

fn transport_of(w: Option<Waiting>) -> Option<Transport> {
    w.map(|w| w.transport)
}

/// What a value of a known shape gave: a body, or the refusal to read it.
fn found_item<'a>(
    line: u64,
    column: usize,
    found: envelope::Found<'a>,
    transport: Option<Waiting>,
    out: &mut Vec<Item<'a>>,
) {
    match found {
        Ok(decoded) => out.push(body(line, column, decoded, transport_of(transport))),
        Err(refusal) => out.push(problem(line, column, Problem::Refused(refusal))),
    }
}

/// A status line's own result: at the status line, with nothing else.
fn status_item(w: Waiting, out: &mut Vec<Item<'_>>) {
    if w.transport.status >= 400 {
        let decoded = Decoded::new(Envelope::HttpStatus, None);
        out.push(body(w.line, 0, decoded, Some(w.transport)));
    }
}

fn body(line: u64, column: usize, decoded: Decoded<'_>, transport: Option<Transport>) -> Item<'_> {
    Item {
        line,
        column: column + 1,
        kind: ItemKind::Body { decoded, transport },
    }
}

fn problem(line: u64, column: usize, problem: Problem) -> Item<'static> {
    Item {
        line,
        column: column + 1,
        kind: ItemKind::Problem(problem),
    }
}

/// `HTTP/1.1 404 Not Found`, `HTTP/2 429` → the status.
fn status_line(line: &[u8]) -> Option<u16> {
    let rest = line.strip_prefix(b"HTTP/")?;
    let space = memchr::memchr(b' ', rest)?;
    let version = &rest[..space];
    if version.is_empty() || !version.iter().all(|b| b.is_ascii_digit() || *b == b'.') {
        return None;
    }
    let code = &rest[space + 1..];
    let digits = code.get(..3)?;
    if !digits.iter().all(u8::is_ascii_digit) || code.get(3).is_some_and(|b| *b != b' ') {
        return None;
    }
    std::str::from_utf8(digits).ok()?.parse().ok()
}

/// The headers that carry a request id, as `--report` quotes it.
const REQUEST_ID_HEADERS: [&[u8]; 4] = [
    b"x-tc-requestid",
    b"x-openstack-request-id",
    b"x-compute-request-id",
    b"x-request-id",
];

/// The most of a status line or request target `--report` keeps.
const MAX_TARGET: usize = 512;

/// curl -v's `GET /path?query HTTP/1.1` → `GET /path`: the method and the
/// path, the query string and fragment dropped (they carry signatures and
/// keys), and the user and password of an absolute URL too.
fn request_line(line: &[u8]) -> Option<String> {
    let mut parts = line.trim_ascii().split(|&b| b == b' ');
    let (method, target, version) = (parts.next()?, parts.next()?, parts.next()?);
    let is_method = (1..=16).contains(&method.len()) && method.iter().all(u8::is_ascii_uppercase);
    if parts.next().is_some() || !is_method || !version.starts_with(b"HTTP/") {
        return None;
    }
    let path = target.split(|&b| b == b'?' || b == b'#').next()?;
    let path = match memchr::memmem::find(path, b"://") {
        Some(scheme) => {
            let authority = scheme + 3;
            let host_end =
                memchr::memchr(b'/', &path[authority..]).map_or(path.len(), |i| authority + i);
            match memchr::memrchr(b'@', &path[authority..host_end]) {
                Some(at) => [&path[..authority], &path[authority + at + 1..]].concat(),
                None => path.to_vec(),
            }
        }
        None => path.to_vec(),
    };
    Some(format!(
        "{} {}",
        String::from_utf8_lossy(method),
        lossy_cut(&path)
    ))
}

/// At most `MAX_TARGET` bytes of a line, as text.
fn lossy_cut(bytes: &[u8]) -> String {
    String::from_utf8_lossy(&bytes[..bytes.len().min(MAX_TARGET)]).into_owned()
}

/// `Name: value`, the name an HTTP token.
fn is_header_line(line: &[u8]) -> bool {
    memchr::memchr(b':', line).is_some_and(|colon| {
        colon > 0
            && line[..colon]
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || b"-_!#$%&'*+.^`|~".contains(b))
    })
}

/// The value of header `name` (lower-case) on a `Name: value` line.
fn header_value(line: &[u8], name: &[u8]) -> Option<String> {
    let colon = memchr::memchr(b':', line)?;
    if !line[..colon].trim_ascii().eq_ignore_ascii_case(name) {
        return None;
    }
    Some(String::from_utf8_lossy(line[colon + 1..].trim_ascii()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan_all(input: &str) -> Vec<Item<'_>> {
        scan_bytes(input.as_bytes(), 1 << 20)
    }

    fn scan_bytes(input: &[u8], limit: usize) -> Vec<Item<'_>> {
        let mut scanner = Scanner::new(limit);
        let mut out = Vec::new();
        for (i, line) in input.split(|&b| b == b'\n').enumerate() {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            scanner.push_line(i as u64 + 1, line, &mut out);
        }
        scanner.finish(&mut out);
        out
    }

    /// Scans as `parse` does: through a `LineReader` holding at most
    /// `limit` bytes of a line.
    fn scan_read(input: &[u8], limit: usize) -> (Vec<(u64, String)>, Scanner) {
        scan_read_skipping(input, limit, false)
    }

    /// `scan_read`, passing over the lines without a `trigger` when
    /// `skip`, as `parse` does.
    fn scan_read_skipping(input: &[u8], limit: usize, skip: bool) -> (Vec<(u64, String)>, Scanner) {
        use super::super::reader::{Line, LineReader};
        let mut reader = LineReader::new(input, limit);
        let mut scanner = Scanner::new(limit);
        let mut triggers = Triggers::default();
        let mut found = Vec::new();
        let mut number = 0;
        loop {
            if skip && scanner.idle() {
                number += reader
                    .skip_lines_before(|at, bytes| triggers.find(at, bytes))
                    .0;
            }
            let at = reader.position();
            let Some(line) = reader.next_line().unwrap() else {
                break;
            };
            let mut out = Vec::new();
            let used = match line {
                Line::Text(bytes) => {
                    number += 1;
                    // skipping, lines known to hold no marker are not searched
                    let clear = skip && triggers.clear_of_markers(at, at + bytes.len() as u64);
                    scanner.push(number, bytes, clear, &mut out);
                    None
                }
                Line::Part {
                    bytes,
                    column,
                    last,
                } => {
                    number += u64::from(column == 0);
                    let n = scanner.push_part(number, column, bytes, last, &mut out);
                    (!last).then_some(n)
                }
            };
            found.extend(codes(&out));
            if let Some(n) = used {
                reader.consume(n);
            }
        }
        let mut out = Vec::new();
        scanner.finish(&mut out);
        found.extend(codes(&out));
        (found, scanner)
    }

    fn codes(items: &[Item]) -> Vec<(u64, String)> {
        items
            .iter()
            .map(|item| {
                let what = match &item.kind {
                    ItemKind::Body { decoded, transport } => match (&decoded.code, transport) {
                        (Some(code), _) => code.to_string(),
                        (None, Some(t)) if decoded.envelope == Envelope::HttpStatus => {
                            format!("HTTP {}", t.status)
                        }
                        (None, _) => "success".into(),
                    },
                    ItemKind::Problem(p) => format!("{p:?}"),
                };
                (item.line, what)
            })
            .collect()
    }

    fn pairs(list: &[(u64, &str)]) -> Vec<(u64, String)> {
        list.iter().map(|(l, c)| (*l, c.to_string())).collect()
    }

    const NHN: &str = r#"{"header":{"isSuccessful":false,"resultCode":-4,"resultMessage":"Invalid parameters: size"}}"#;
    const TC: &str =
        r#"{"Response":{"Error":{"Code":"InternalError","Message":"x"},"RequestId":"r1"}}"#;

    #[test]
    fn json_lines_and_values_back_to_back() {
        let input = format!("{NHN}\n{TC}\n{TC}{NHN}\n  {NHN} {TC}\n");
        assert_eq!(
            codes(&scan_all(&input)),
            pairs(&[
                (1, "-4"),
                (2, "InternalError"),
                (3, "InternalError"),
                (3, "-4"),
                (4, "-4"),
                (4, "InternalError")
            ])
        );
    }

    #[test]
    fn log_prefixes_and_suffixes() {
        let input = format!(
            "2026-11-21T10:00:00Z ERROR create_volume {NHN} took 35ms\nINFO nothing here\nWARN map={{a=1}} resp={TC}\n"
        );
        let items = scan_all(&input);
        assert_eq!(codes(&items), pairs(&[(1, "-4"), (3, "InternalError")]));
        assert_eq!(items[0].column, 42);
    }

    #[test]
    fn bodies_nested_in_a_json_log_line() {
        let input = format!(r#"{{"level":"error","msg":"call failed","response":{TC}}}"#);
        assert_eq!(codes(&scan_all(&input)), pairs(&[(1, "InternalError")]));
    }

    #[test]
    fn pretty_bodies_span_lines() {
        let input = "log start\n{\n  \"header\": {\n    \"isSuccessful\": false,\n    \"resultCode\": 40409,\n    \"resultMessage\": \"Conflict\"\n  }\n}\n{\n \"Response\": {\"RequestId\": \"ok-1\"}\n}\n";
        assert_eq!(
            codes(&scan_all(input)),
            pairs(&[(2, "40409"), (9, "success")])
        );
    }

    #[test]
    fn a_stray_brace_does_not_swallow_the_log() {
        let input = format!("INFO starting {{\n{NHN}\nINFO {{ \"unclosed\": \n2026 {TC}\n");
        assert_eq!(
            codes(&scan_all(&input)),
            pairs(&[(2, "-4"), (4, "InternalError")])
        );
    }

    #[test]
    fn curl_i_transcripts() {
        let input = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nRetry-After: 30\r\n\r\n{TC}\r\n"
        );
        let items = scan_all(&input);
        assert_eq!(codes(&items), pairs(&[(5, "InternalError")]));
        let ItemKind::Body { transport, .. } = &items[0].kind else {
            panic!()
        };
        assert_eq!(
            transport,
            &Some(Transport {
                status: 200,
                retry_after: Some("30".into()),
                date: None,
                quoted: None,
            })
        );

        // HTTP/2, a 100 Continue first; header lines are never bodies
        let input = format!(
            "HTTP/1.1 100 Continue\n\nHTTP/2 429\nx-note: {{\"header\":1}}\n\n{NHN}\n{NHN}\n"
        );
        let items = scan_all(&input);
        assert_eq!(codes(&items), pairs(&[(6, "-4"), (7, "-4")]));
        let ItemKind::Body { transport, .. } = &items[0].kind else {
            panic!()
        };
        assert_eq!(transport.as_ref().map(|t| t.status), Some(429));
        let ItemKind::Body { transport, .. } = &items[1].kind else {
            panic!()
        };
        assert_eq!(transport, &None, "only the body right after the headers");
    }

    #[test]
    fn curl_v_transcripts() {
        let input = format!(
            "*   Trying 1.2.3.4:443...\n> POST / HTTP/1.1\n> Host: cvm.tencentcloudapi.com\n>\n< HTTP/1.1 503 Service Unavailable\n< Retry-After: Wed, 21 Oct 2026 07:28:00 GMT\n<\n{{ [95 bytes data]\n{TC}* Connection #0 to host left intact\n"
        );
        let items = scan_all(&input);
        assert_eq!(codes(&items), pairs(&[(9, "InternalError")]));
        let ItemKind::Body { transport, .. } = &items[0].kind else {
            panic!()
        };
        assert_eq!(
            transport,
            &Some(Transport {
                status: 503,
                retry_after: Some("Wed, 21 Oct 2026 07:28:00 GMT".into()),
                date: None,
                quoted: None,
            })
        );
    }

    #[test]
    fn report_lines_are_kept_only_when_asked() {
        let input = format!(
            "> POST /v2/index.php?Action=X&Signature=abc#frag HTTP/1.1\n> Host: h\n>\n< HTTP/1.1 100 Continue\n<\n< HTTP/1.1 200 OK\n< Date: Sat, 21 Nov 2026 10:00:00 GMT\n< X-TC-RequestId: 6d2c1f8a\n<\n{TC}\nHTTP/1.1 503 Service Unavailable\nx-openstack-request-id: req-1\n\n"
        );
        let lines = |quoting: bool| {
            let mut scanner = Scanner::new(1 << 20);
            if quoting {
                scanner.quote_lines();
            }
            let mut out = Vec::new();
            for (i, line) in input.lines().enumerate() {
                scanner.push_line(i as u64 + 1, line.as_bytes(), &mut out);
            }
            scanner.finish(&mut out);
            out.into_iter()
                .map(|item| match item.kind {
                    ItemKind::Body { transport, .. } => transport.and_then(|t| t.quoted),
                    ItemKind::Problem(p) => panic!("{p:?}"),
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(lines(false), [None, None]);
        let quoted = lines(true);
        let want = |status: &str, request: Option<&str>, id: &str| {
            Some(Box::new(Quoted {
                status_line: status.into(),
                request_line: request.map(Into::into),
                request_id: Some(id.into()),
            }))
        };
        assert_eq!(
            quoted,
            [
                want("HTTP/1.1 200 OK", Some("POST /v2/index.php"), "6d2c1f8a"),
                // curl -i shows no request: the one before is not its own
                want("HTTP/1.1 503 Service Unavailable", None, "req-1"),
            ]
        );
    }

    #[test]
    fn request_lines_lose_their_query_and_user() {
        let read = |line: &str| request_line(line.as_bytes());
        assert_eq!(read("GET /a/b?x=1 HTTP/2"), Some("GET /a/b".into()));
        assert_eq!(
            read("GET http://user:pw@proxy.example:8080/p?q HTTP/1.1"),
            Some("GET http://proxy.example:8080/p".into())
        );
        assert_eq!(read("Host: example.com"), None);
        assert_eq!(read("get / HTTP/1.1"), None);
        assert_eq!(read("POST / HTTP/1.1 extra"), None);
        assert_eq!(read(""), None);
        let long = format!("GET /{} HTTP/1.1", "a".repeat(10_000));
        assert_eq!(read(&long).map(|l| l.len()), Some(4 + MAX_TARGET));
    }

    #[test]
    fn prefixed_lines_outside_a_transcript_are_read() {
        let input = format!("< {NHN}\n> {TC}\n* {NHN}\n");
        assert_eq!(
            codes(&scan_all(&input)),
            pairs(&[(1, "-4"), (2, "InternalError"), (3, "-4")])
        );
    }

    #[test]
    fn non_envelope_json_in_a_log_is_skipped_silently() {
        let input = format!(
            "2026 INFO csv {{\"header\":[\"id\",\"name\"],\"rows\":3}}\n2026 ERROR {NHN}\n2026 INFO {{\"Response\":\"cached\"}}\n{{\"Response\":{{\"status\":\"ok\"}}}}\n"
        );
        assert_eq!(codes(&scan_all(&input)), pairs(&[(2, "-4")]));
    }

    #[test]
    fn a_line_ending_inside_a_string_is_no_pending_body() {
        let input = format!("log {{\"msg\":\"unterminated\n{TC}\n");
        assert_eq!(codes(&scan_all(&input)), pairs(&[(2, "InternalError")]));
    }

    #[test]
    fn a_long_false_start_is_read_again_in_order() {
        // `{"a":[` opens a value that each line continues until `x` breaks
        // it: every swallowed line is read again, once, in order.
        let n = 20_000;
        let mut input = String::from("{\"a\":[\n");
        for i in 0..n {
            if i % 5000 == 0 {
                input.push_str(&format!("{NHN},\n"));
            } else {
                input.push_str("{\"b\":1},\n");
            }
        }
        input.push_str("x\n");
        let found = codes(&scan_all(&input));
        let lines: Vec<u64> = found.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [2, 5002, 10002, 15002]);
    }

    #[test]
    fn objects_open_where_a_value_broke_are_not_read_again() {
        // `{"a":` 120 times and `[` open values that every later line
        // continues until `x` breaks them all: the lines are read again
        // once, not once for each `{`.
        let n = 20_000;
        let mut input = "{\"a\":".repeat(120);
        input.push_str("[\n");
        for i in 0..n {
            input.push_str(if i == n / 2 { NHN } else { "0" });
            input.push_str(",\n");
        }
        input.push_str(&format!("x {TC}\n"));
        let (found, scanner) = scan_read(input.as_bytes(), 1 << 20);
        assert_eq!(found, pairs(&[(2 + n / 2, "-4"), (n + 2, "InternalError")]));
        assert_eq!(scanner.replayed, n + 2);
        // on one line too, each `{` is tried once: found in time
        let one_line = input.replace('\n', " ");
        let (found, _) = scan_read(one_line.as_bytes(), 1 << 20);
        assert_eq!(found, pairs(&[(1, "-4"), (1, "InternalError")]));
    }

    #[test]
    fn a_line_longer_than_the_limit_gives_every_body_that_fits() {
        // 300 bodies on one line of 30 kB, read 1,000 bytes at a time; a
        // value too large among them is told once, with the objects in it
        let mut line = String::new();
        for i in 0..300 {
            line.push_str(if i % 2 == 0 { NHN } else { TC });
            line.push(' ');
            if i == 150 {
                line.push_str(&format!(
                    "{{\"big\":[{{\"a\":\"{}\"}},{NHN}]}} ",
                    "x".repeat(1500)
                ));
            }
        }
        let input = format!("{line}\n{NHN}\n");
        let (found, _) = scan_read(input.as_bytes(), 1000);
        let too_large: Vec<_> = found.iter().filter(|(_, c)| c == "TooLarge").collect();
        assert_eq!(too_large.len(), 1, "{found:?}");
        let bodies = found.iter().filter(|(_, c)| c != "TooLarge").count();
        assert_eq!(bodies, 300 + 1 + 1, "the one inside the large value too");
        assert_eq!(found.last(), Some(&(2, "-4".to_string())));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        /// Passing over the lines without a trigger, and not searching
        /// lines known to hold no SDK marker, changes nothing: the same
        /// results and problems at the same lines.
        #[test]
        fn lines_passed_over_held_nothing(picks in proptest::collection::vec(0usize..16, 0..60)) {
            const PIECES: [&str; 16] = [
                NHN, TC, "plain log text", "INFO {\"a\":", "  \"b\": 1}", "}",
                "HTTP/1.1 503 Service Unavailable", "Retry-After: 5", "",
                "[TencentCloudSDKError] Code=ResourceBusy, Message=busy, RequestId=r",
                "TencentCloudSDKHttpException [Error]: x", "  code: 'InternalError'",
                "< HTTP/2 429", "ERROR got error, code: 4100, message: m, request id: r",
                "{ [95 bytes data]", "{'code': 4102, 'message': 'no'}",
            ];
            let input: String = picks.iter().map(|&i| format!("{}\n", PIECES[i])).collect();
            let plain = scan_read_skipping(input.as_bytes(), 1 << 20, false).0;
            let skipping = scan_read_skipping(input.as_bytes(), 1 << 20, true).0;
            proptest::prop_assert_eq!(plain, skipping);
        }
    }

    #[test]
    fn sdk_exception_lines() {
        let input = "panic: [TencentCloudSDKError] Code=ResourceBusy, Message=busy {x}, RequestId=1\n    at foo (bar.js:1)\n[TencentCloudSDKException] code:AuthFailure.SignatureExpire message:expired requestId:2\n";
        assert_eq!(
            codes(&scan_all(input)),
            pairs(&[(1, "ResourceBusy"), (3, "AuthFailure.SignatureExpire")])
        );
    }

    #[test]
    fn problems_are_told_with_their_place() {
        // truncated at the end of input
        let cut = format!("ok\n{}", &NHN[..40]);
        let items = scan_all(&cut);
        assert_eq!(codes(&items), pairs(&[(2, "Truncated")]));
        // too deep, on one line and across lines
        let deep = format!("{{\"header\":{}", "[".repeat(200));
        assert_eq!(codes(&scan_all(&deep)), pairs(&[(1, "TooDeep")]));
        let deep = format!("x {{\"a\":\n{}\n", "[".repeat(200));
        assert_eq!(codes(&scan_all(&deep)), pairs(&[(2, "TooDeep")]));
        // invalid UTF-8 inside a body
        let mut bad = br#"{"Response":{"Error":{"Code":"InternalError","Message":"caf"#.to_vec();
        bad.extend_from_slice(b"\xff\"},\"RequestId\":\"r\"}}\n");
        let items = scan_bytes(&bad, 1 << 20);
        assert_eq!(codes(&items), pairs(&[(1, "InvalidUtf8")]));
        assert_eq!(items[0].column, 60);
        // NUL bytes break a body
        let nul = "{\"header\":{\"resultCode\":\0-4}}\n";
        assert_eq!(codes(&scan_all(nul)), pairs(&[(1, "Malformed")]));
        // a body over the limit
        let big = format!(
            "{{\"header\":\n{{\"resultMessage\":\"{}\"}}}}\n",
            "x".repeat(200)
        );
        assert_eq!(
            codes(&scan_bytes(big.as_bytes(), 100)),
            pairs(&[(1, "TooLarge")])
        );
    }

    #[test]
    fn misses_are_remembered_not_reported() {
        let mut scanner = Scanner::new(1 << 20);
        let mut out = Vec::new();
        scanner.push_line(1, b"plain text", &mut out);
        scanner.push_line(2, b"  {\"other\": 1}", &mut out);
        assert!(out.is_empty());
        assert_eq!(scanner.first_miss(), Some((2, 3)));
    }

    #[test]
    fn status_lines_and_headers() {
        assert_eq!(status_line(b"HTTP/1.1 404 Not Found"), Some(404));
        assert_eq!(status_line(b"HTTP/2 200"), Some(200));
        assert_eq!(status_line(b"HTTP/1.1 2000"), None);
        assert_eq!(status_line(b"HTTPS/1.1 200"), None);
        assert_eq!(
            header_value(b"retry-after: 5", b"retry-after"),
            Some("5".into())
        );
        assert_eq!(
            header_value(b"Retry-After:5 ", b"retry-after"),
            Some("5".into())
        );
        assert_eq!(header_value(b"Content-Type: x", b"retry-after"), None);
        assert!(is_header_line(b"X-Request-Id: 5") && !is_header_line(b"{\"a\": 1}"));
        assert!(!is_header_line(b"2026-11-21 ERROR: boom"));
    }

    #[test]
    fn after_a_malformed_or_too_deep_value_the_line_is_read_on() {
        let input = format!("{{\"header\":x}} {NHN}\n{{\"a\":{} {TC}\n", "[".repeat(200));
        assert_eq!(
            codes(&scan_all(&input)),
            pairs(&[
                (1, "Malformed"),
                (1, "-4"),
                (2, "TooDeep"),
                (2, "InternalError")
            ])
        );
    }

    #[test]
    fn a_status_line_without_a_body_is_a_result() {
        // an HTML gateway page
        let input = "HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\n\r\n<html><head><title>502 Bad Gateway</title></head>\r\n<body></body></html>\r\n";
        assert_eq!(codes(&scan_all(input)), pairs(&[(1, "HTTP 502")]));
        // an empty 429 at the end of the input, with Retry-After
        let items = scan_all("HTTP/2 429\nretry-after: 3\ndate: Wed, 21 Oct 2026 07:28:00 GMT\n\n");
        assert_eq!(codes(&items), pairs(&[(1, "HTTP 429")]));
        let ItemKind::Body { transport, .. } = &items[0].kind else {
            panic!()
        };
        let t = transport.as_ref().unwrap();
        assert_eq!(t.retry_after.as_deref(), Some("3"));
        assert_eq!(t.date.as_deref(), Some("Wed, 21 Oct 2026 07:28:00 GMT"));
        // interim status lines are skipped: the last one before the body counts
        let input = format!(
            "HTTP/1.1 200 Connection established\n\nHTTP/1.1 100 Continue\n\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{TC}\n"
        );
        let items = scan_all(&input);
        assert_eq!(codes(&items), pairs(&[(8, "InternalError")]));
        let ItemKind::Body { transport, .. } = &items[0].kind else {
            panic!()
        };
        assert_eq!(transport.as_ref().map(|t| t.status), Some(403));
        // a success status with no body is nothing to report
        assert!(scan_all("HTTP/1.1 204 No Content\n\n").is_empty());
        // a JSON body of no known shape leaves the status line as the result
        let items = scan_all("HTTP/1.1 404 Not Found\n\n{\"detail\":\"Not found.\"}\n");
        assert_eq!(codes(&items), pairs(&[(1, "HTTP 404")]));
    }

    #[test]
    fn dumps_of_other_languages() {
        let input = "Exception: {'code': 4102, 'message': 'no permission', 'codeDesc': 'SecretidNotAuthAccessResource'}\n{ Code: 'AuthFailure.SignatureFailure', Message: 'bad', RequestId: 'r-1' }\n";
        assert_eq!(
            codes(&scan_all(input)),
            pairs(&[(1, "4102"), (2, "AuthFailure.SignatureFailure")])
        );
    }

    #[test]
    fn a_node_dump_spans_lines() {
        let input = "TencentCloudSDKHttpException [Error]: The provided credentials could not be validated.\n    at Client.parseResponse (abstract_client.js:134:33)\n    at async /app/index.js:25:3 {\n  requestId: '4355d3b2',\n  code: 'AuthFailure.SignatureFailure'\n}\nnext line {\"header\":{\"resultCode\":-4}}\n";
        let items = scan_all(input);
        assert_eq!(
            codes(&items),
            pairs(&[(1, "AuthFailure.SignatureFailure"), (7, "-4")])
        );
        let ItemKind::Body { decoded, .. } = &items[0].kind else {
            panic!()
        };
        assert_eq!(decoded.request_id.as_deref(), Some("4355d3b2"));
        assert_eq!(
            decoded.message.as_deref(),
            Some("The provided credentials could not be validated.")
        );
        // something else after the marker gives the dump up
        let input = format!("TencentCloudSDKHttpException [Error]: x\n{NHN}\n");
        assert_eq!(codes(&scan_all(&input)), pairs(&[(2, "-4")]));
    }

    #[test]
    fn a_result_code_too_long_is_refused() {
        let input = format!(
            "{{\"header\":{{\"resultCode\":{}}}}}\n",
            "9".repeat(100_000)
        );
        let items = scan_all(&input);
        let [item] = &items[..] else {
            panic!("{items:?}")
        };
        assert!(
            matches!(&item.kind, ItemKind::Problem(Problem::Refused(Refusal::CodeTooLong(s))) if s.len() == 20)
        );
    }
}
