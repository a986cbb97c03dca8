//! Lines from any reader, in bounded memory: a line longer than the limit is
//! reported and skipped to its newline instead of being buffered.

use std::io::{self, Read};

/// One line without its ending (`\n` or `\r\n`), or the news that a line was
/// too long to hold.
#[derive(Debug, PartialEq, Eq)]
pub enum Line<'a> {
    Text(&'a [u8]),
    Overlong,
}

pub struct LineReader<R> {
    inner: R,
    buf: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
    limit: usize,
    /// Where the next newline is, when `has_buffered_line` already looked.
    next_newline: Option<usize>,
}

/// How much is read from the source at a time.
const CHUNK: usize = 256 * 1024;

impl<R: Read> LineReader<R> {
    pub fn new(inner: R, limit: usize) -> LineReader<R> {
        LineReader {
            inner,
            buf: vec![0; CHUNK],
            start: 0,
            end: 0,
            eof: false,
            limit,
            next_newline: None,
        }
    }

    /// True when the next line is already buffered, so reading it cannot
    /// block: the caller flushes its output before that changes.
    pub fn has_buffered_line(&mut self) -> bool {
        self.next_newline = memchr::memchr(b'\n', &self.buf[self.start..self.end]);
        self.next_newline.is_some()
    }

    /// The next line, or `None` at the end of the input.
    pub fn next_line(&mut self) -> io::Result<Option<Line<'_>>> {
        let mut skipping = false;
        loop {
            let window = &self.buf[self.start..self.end];
            let found = self
                .next_newline
                .take()
                .or_else(|| memchr::memchr(b'\n', window));
            if let Some(nl) = found {
                let (from, to) = (self.start, self.start + nl);
                self.start = to + 1;
                if skipping {
                    return Ok(Some(Line::Overlong));
                }
                let line = &self.buf[from..to];
                return Ok(Some(Line::Text(line.strip_suffix(b"\r").unwrap_or(line))));
            }
            if self.eof {
                let rest = self.end - self.start;
                if rest == 0 && !skipping {
                    return Ok(None);
                }
                let from = self.start;
                self.start = self.end;
                if skipping {
                    return Ok(Some(Line::Overlong));
                }
                return Ok(Some(Line::Text(&self.buf[from..self.end])));
            }
            if self.end - self.start > self.limit {
                // Too long to be a body: drop what we hold and skip to the newline.
                self.start = 0;
                self.end = 0;
                skipping = true;
            }
            self.fill()?;
        }
    }

    /// Reads more, moving the partial line to the front and growing the
    /// buffer only as far as the limit needs.
    fn fill(&mut self) -> io::Result<()> {
        if self.start > 0 {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], limit: usize) -> Vec<Option<Vec<u8>>> {
        let mut reader = LineReader::new(input, limit);
        let mut out = Vec::new();
        while let Some(line) = reader.next_line().unwrap() {
            out.push(match line {
                Line::Text(t) => Some(t.to_vec()),
                Line::Overlong => None,
            });
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
    }

    #[test]
    fn overlong_lines_are_skipped_whole_in_bounded_memory() {
        let mut input = b"short\n".to_vec();
        input.extend(std::iter::repeat_n(b'x', 300_000));
        input.extend_from_slice(b"\nafter\n");
        input.extend(std::iter::repeat_n(b'y', 300_000));
        let mut reader = LineReader::new(&input[..], 100_000);
        let mut got = Vec::new();
        while let Some(line) = reader.next_line().unwrap() {
            got.push(match line {
                Line::Text(t) => Some(t.to_vec()),
                Line::Overlong => None,
            });
            assert!(
                reader.buf.len() <= 100_000 + 2 * CHUNK,
                "buffer grew to {}",
                reader.buf.len()
            );
        }
        assert_eq!(got, vec![text("short"), None, text("after"), None]);
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
