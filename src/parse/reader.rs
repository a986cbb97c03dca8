//! Lines from any reader, in bounded memory: a line longer than the limit
//! comes in pieces of the limit's size, each starting where the caller
//! stopped reading the one before, so that every value on it that fits the
//! limit can still be read.

use std::io::{self, Read};
use std::ops::Range;

/// One line without its ending (`\n` or `\r\n`), or a piece of a line too
/// long to hold whole.
#[derive(Debug, PartialEq, Eq)]
pub enum Line<'a> {
    Text(&'a [u8]),
    /// Part of a long line, starting at byte `column` of it. Unless it is the
    /// `last`, the caller says with `LineReader::consume` how much of it it
    /// is done with; the rest begins the next piece.
    Part {
        bytes: &'a [u8],
        column: usize,
        last: bool,
    },
}

pub struct LineReader<R> {
    inner: R,
    buf: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
    limit: usize,
    /// How far past `start` is known to hold no newline: a long line read
    /// from a pipe in small reads is searched once, not once per read.
    scanned: usize,
    /// Where the next newline is, when `has_buffered_line` already looked.
    next_newline: Option<usize>,
    /// Inside a long line: the column of `buf[start]` in it.
    part_column: Option<usize>,
    /// How many bytes of the input came before `buf[0]`.
    base: u64,
    /// For a `whole` reader whose lines were counted: the newlines before
    /// each `INDEX_BLOCK` of its bytes.
    index: Option<Index>,
}

/// The newlines in `buf[from..from + k * INDEX_BLOCK]`, for each `k`.
struct Index {
    from: usize,
    counts: Vec<u64>,
}

/// How many bytes apart the line counts are kept: counting the lines
/// passed over then reads at most this much more than the lines themselves
/// (and usually far less).
const INDEX_BLOCK: usize = 4096;

/// How much is read from the source at a time.
const CHUNK: usize = 256 * 1024;

impl LineReader<io::Empty> {
    /// The lines of `bytes[within]`, all of the input there is, read in
    /// place.
    pub fn whole(bytes: Vec<u8>, within: Range<usize>, limit: usize) -> LineReader<io::Empty> {
        let mut reader = LineReader::over(io::empty(), bytes, limit);
        (reader.start, reader.end, reader.eof) = (within.start, within.end, true);
        reader
    }

    /// The lines in the reader's bytes (a last one without its line end
    /// included). The count is kept block by block, so that the lines
    /// passed over by `skip_lines_before` are counted from it rather than
    /// one by one again.
    pub fn count_lines(&mut self) -> u64 {
        let (from, end) = (self.start, self.end);
        let mut counts = Vec::with_capacity((end - from) / INDEX_BLOCK + 2);
        let mut total = 0;
        for block in self.buf[from..end].chunks(INDEX_BLOCK) {
            counts.push(total);
            total += memchr::memchr_iter(b'\n', block).count() as u64;
        }
        counts.push(total);
        self.index = Some(Index { from, counts });
        let last = self.buf[from..end].last();
        total + u64::from(last.is_some_and(|&b| b != b'\n'))
    }
}

impl<R: Read> LineReader<R> {
    /// A reader that holds at most `limit` bytes of a line (at least one).
    pub fn new(inner: R, limit: usize) -> LineReader<R> {
        LineReader::over(inner, vec![0; CHUNK], limit)
    }

    /// A reader of `inner` into `buf`, nothing read yet.
    fn over(inner: R, buf: Vec<u8>, limit: usize) -> LineReader<R> {
        LineReader {
            inner,
            buf,
            start: 0,
            end: 0,
            eof: false,
            limit: limit.max(1),
            scanned: 0,
            next_newline: None,
            part_column: None,
            base: 0,
            index: None,
        }
    }

    /// The reader's buffer back: for a `whole` reader, its bytes as given.
    pub fn into_buffer(self) -> Vec<u8> {
        self.buf
    }

    /// The input offset of the next line.
    pub fn position(&self) -> u64 {
        self.base + self.start as u64
    }

    /// True when the next line is already buffered, so reading it cannot
    /// block: the caller flushes its output before that changes.
    pub fn has_buffered_line(&mut self) -> bool {
        if self.next_newline.is_none() {
            let from = self.start + self.scanned;
            match memchr::memchr(b'\n', &self.buf[from..self.end]) {
                Some(i) => self.next_newline = Some(self.scanned + i),
                None => self.scanned = self.end - self.start,
            }
        }
        self.next_newline.is_some()
    }

    /// The next line or piece of one, or `None` at the end of the input.
    pub fn next_line(&mut self) -> io::Result<Option<Line<'_>>> {
        loop {
            let found = self.next_newline.take().or_else(|| {
                let from = self.start + self.scanned;
                memchr::memchr(b'\n', &self.buf[from..self.end]).map(|i| self.scanned + i)
            });
            if let Some(nl) = found.filter(|&nl| nl <= self.limit) {
                let (from, to) = (self.start, self.start + nl);
                self.start = to + 1;
                self.scanned = 0;
                let part = self.part_column.take();
                let line = &self.buf[from..to];
                return Ok(Some(whole(part, line.strip_suffix(b"\r").unwrap_or(line))));
            }
            if let Some(nl) = found {
                // A long line whose end is in the buffer: a piece first.
                self.scanned = nl;
                return Ok(Some(self.piece()));
            }
            self.scanned = self.end - self.start;
            if self.eof && self.end - self.start > self.limit {
                return Ok(Some(self.piece()));
            }
            if self.eof {
                if self.start == self.end && self.part_column.is_none() {
                    return Ok(None);
                }
                let from = self.start;
                self.start = self.end;
                self.scanned = 0;
                let part = self.part_column.take();
                return Ok(Some(whole(part, &self.buf[from..self.end])));
            }
            if self.end - self.start >= self.limit {
                return Ok(Some(self.piece()));
            }
            self.fill()?;
        }
    }

    /// The next `limit` bytes of a line too long to hold: the caller reads
    /// them and says how much with `consume`.
    fn piece(&mut self) -> Line<'_> {
        let column = *self.part_column.get_or_insert(0);
        Line::Part {
            bytes: &self.buf[self.start..self.start + self.limit],
            column,
            last: false,
        }
    }

    /// Passes over the whole lines buffered before the first place `find`
    /// names in the buffer (all of them if it names none): how many, and
    /// the length of the last one. `find` is given the buffered bytes and
    /// where in the input they begin. Nothing is read from the source.
    pub fn skip_lines_before(
        &mut self,
        find: impl FnOnce(u64, &[u8]) -> Option<usize>,
    ) -> (u64, usize) {
        if self.part_column.is_some() {
            return (0, 0);
        }
        let window = &self.buf[self.start..self.end];
        let stop = find(self.base + self.start as u64, window).unwrap_or(window.len());
        let Some(last_nl) = memchr::memrchr(b'\n', &window[..stop]) else {
            return (0, 0);
        };
        let last_start = memchr::memrchr(b'\n', &window[..last_nl]).map_or(0, |i| i + 1);
        let last = &window[last_start..last_nl];
        let last_len = last.strip_suffix(b"\r").unwrap_or(last).len();
        let lines = self.newlines(self.start, self.start + last_nl) + 1;
        self.start += last_nl + 1;
        self.scanned = 0;
        self.next_newline = None;
        (lines, last_len)
    }

    /// The newlines in `buf[a..b]`: from the index where there is one.
    fn newlines(&self, a: usize, b: usize) -> u64 {
        let count = |bytes: &[u8]| memchr::memchr_iter(b'\n', bytes).count() as u64;
        match &self.index {
            Some(index) if a >= index.from && b - a > INDEX_BLOCK => {
                let before = |p: usize| {
                    let k = (p - index.from) / INDEX_BLOCK;
                    index.counts[k] + count(&self.buf[index.from + k * INDEX_BLOCK..p])
                };
                before(b) - before(a)
            }
            _ => count(&self.buf[a..b]),
        }
    }

    /// After a `Part` that was not the last: the caller is done with its
    /// first `n` bytes (at least one, at most all).
    pub fn consume(&mut self, n: usize) {
        let n = n.clamp(1, self.limit);
        self.start += n;
        self.scanned = self.scanned.saturating_sub(n);
        if let Some(column) = self.part_column.as_mut() {
            *column += n;
        }
    }

    /// Reads more, moving the partial line to the front and growing the
    /// buffer only as far as the limit needs.
    fn fill(&mut self) -> io::Result<()> {
        if self.start > 0 {
            self.base += self.start as u64;
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
        }
        if self.buf.len() - self.end < CHUNK / 2 {
            let want = (self.buf.len() * 2)
                .min(self.limit.saturating_add(CHUNK + 1))
                .max(self.end + CHUNK);
            self.buf.resize(want, 0);
        }
        loop {
            match self.inner.read(&mut self.buf[self.end..]) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(());
                }
                Ok(n) => {
                    self.end += n;
                    return Ok(());
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }
}

/// The end of a line: whole, or the last piece of a long one.
fn whole(part_column: Option<usize>, bytes: &[u8]) -> Line<'_> {
    match part_column {
        None => Line::Text(bytes),
        Some(column) => Line::Part {
            bytes,
            column,
            last: true,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whole lines as `Some`; a long line, read a piece at a time, as `None`.
    fn lines(input: &[u8], limit: usize) -> Vec<Option<Vec<u8>>> {
        let mut reader = LineReader::new(input, limit);
        let mut out = Vec::new();
        loop {
            let used = match reader.next_line().unwrap() {
                None => break,
                Some(Line::Text(t)) => {
                    out.push(Some(t.to_vec()));
                    continue;
                }
                Some(Line::Part { last: true, .. }) => {
                    out.push(None);
                    continue;
                }
                Some(Line::Part { bytes, .. }) => bytes.len(),
            };
            reader.consume(used);
        }
        out
    }

    fn text(s: &str) -> Option<Vec<u8>> {
        Some(s.as_bytes().to_vec())
    }

    #[test]
    fn splits_lf_and_crlf_and_keeps_a_last_unterminated_line() {
        assert_eq!(
            lines(b"a\r\nb\n\nc", 100),
            vec![text("a"), text("b"), text(""), text("c")]
        );
        assert_eq!(lines(b"", 100), Vec::<Option<Vec<u8>>>::new());
        assert_eq!(lines(b"\n", 100), vec![text("")]);
        assert_eq!(lines(b"abcdefgh\nab", 3), vec![None, text("ab")]);
    }

    #[test]
    fn long_lines_come_in_pieces_in_bounded_memory() {
        let mut input = b"short\n".to_vec();
        input.extend(std::iter::repeat_n(b'x', 300_000));
        input.extend_from_slice(b"\r\nafter\n");
        input.extend(std::iter::repeat_n(b'y', 300_000));
        let mut reader = LineReader::new(&input[..], 100_000);
        // (column, length, last) of each piece; every piece consumed whole
        // but for its last 10 bytes, which begin the next one
        let mut pieces = Vec::new();
        while let Some(line) = reader.next_line().unwrap() {
            let used = match line {
                Line::Text(t) => {
                    pieces.push((None, t.len(), true));
                    None
                }
                Line::Part {
                    bytes,
                    column,
                    last,
                } => {
                    assert!(bytes.len() <= 100_000);
                    pieces.push((Some(column), bytes.len(), last));
                    (!last).then(|| bytes.len() - 10)
                }
            };
            if let Some(n) = used {
                reader.consume(n);
            }
            assert!(
                reader.buf.len() <= 100_000 + 2 * CHUNK,
                "buffer grew to {}",
                reader.buf.len()
            );
        }
        assert_eq!(
            pieces,
            vec![
                (None, 5, true),
                (Some(0), 100_000, false),
                (Some(99_990), 100_000, false),
                (Some(199_980), 100_000, false),
                (Some(299_970), 30, true),
                (None, 5, true),
                (Some(0), 100_000, false),
                (Some(99_990), 100_000, false),
                (Some(199_980), 100_000, false),
                (Some(299_970), 30, true),
            ]
        );
    }

    #[test]
    fn lines_before_a_mark_are_passed_over_whole() {
        let input = b"a\nbb\r\nccc {\nd\n";
        let mut reader = LineReader::new(&input[..], 100);
        let find = |_, b: &[u8]| memchr::memchr(b'{', b);
        assert_eq!(reader.skip_lines_before(find), (0, 0), "nothing read yet");
        assert_eq!(reader.next_line().unwrap(), Some(Line::Text(b"a")));
        assert_eq!(reader.skip_lines_before(find), (1, 2));
        assert_eq!(reader.next_line().unwrap(), Some(Line::Text(b"ccc {")));
        assert_eq!(reader.skip_lines_before(find), (1, 1));
        assert_eq!(reader.next_line().unwrap(), None);
    }

    #[test]
    fn a_long_line_from_many_small_reads_comes_whole() {
        struct Trickle<'a>(&'a [u8], usize);
        impl Read for Trickle<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                let n = buf.len().min(4096).min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                self.1 += 1;
                Ok(n)
            }
        }
        let mut input = vec![b'x'; 1 << 20];
        input.push(b'\n');
        let mut reader = LineReader::new(Trickle(&input, 0), 8 << 20);
        assert!(matches!(reader.next_line().unwrap(), Some(Line::Text(t)) if t.len() == 1 << 20));
        assert_eq!(reader.scanned, 0);
        assert!(reader.inner.1 >= 256, "read in small pieces");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        /// Lines passed over are counted from the index as they are one by
        /// one, and `count_lines` counts the lines `next_line` gives.
        #[test]
        fn counted_lines_are_passed_over_as_uncounted_ones(
            lens in proptest::collection::vec(0usize..9000, 0..60),
            stops in proptest::collection::vec(0usize..400_000, 1..30),
            unterminated in proptest::bool::ANY,
        ) {
            let mut text = vec![b'\n'; 3]; // before the lines: not theirs
            for (i, len) in lens.iter().enumerate() {
                text.extend(std::iter::repeat_n(b'a' + (i % 26) as u8, *len));
                text.push(b'\n');
            }
            if unterminated {
                text.extend_from_slice(b"tail");
            }
            let within = 3..text.len();
            let mut counted = LineReader::whole(text.clone(), within.clone(), 1 << 20);
            let total = counted.count_lines();
            let mut plain = LineReader::whole(text, within, 1 << 20);
            let mut lines = 0;
            for stop in stops.into_iter().map(|s| s as u64).chain(std::iter::repeat(u64::MAX)) {
                let find = |at: u64, window: &[u8]| {
                    stop.checked_sub(at).map(|s| s as usize).filter(|&s| s < window.len())
                };
                let skipped = counted.skip_lines_before(find);
                proptest::prop_assert_eq!(skipped, plain.skip_lines_before(find));
                lines += skipped.0;
                let line = counted.next_line().unwrap().map(|l| format!("{l:?}"));
                proptest::prop_assert_eq!(&line, &plain.next_line().unwrap().map(|l| format!("{l:?}")));
                if line.is_none() {
                    break;
                }
                lines += 1;
            }
            proptest::prop_assert_eq!(lines, total);
        }
    }

    #[test]
    fn lines_across_many_small_reads() {
        struct Trickle<'a>(&'a [u8]);
        impl Read for Trickle<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                let n = buf.len().min(3).min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut reader = LineReader::new(Trickle(b"first line\nsecond\n"), 100);
        assert_eq!(reader.next_line().unwrap(), Some(Line::Text(b"first line")));
        assert_eq!(reader.next_line().unwrap(), Some(Line::Text(b"second")));
        assert_eq!(reader.next_line().unwrap(), None);
    }
}
