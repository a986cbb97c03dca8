//! Input that starts with a byte-order mark. PowerShell's `>` writes
//! UTF-16 with a BOM, and Windows editors put one before UTF-8: UTF-16 (LE
//! or BE) is decoded to UTF-8 as it streams, in fixed buffers; UTF-8's mark
//! is dropped; anything else passes through untouched. A leaf: knows bytes,
//! nothing of ecode.

use std::io::{self, Cursor, Read};

/// What the first bytes of an input said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// No mark: the bytes as they are (UTF-8, or whatever they are).
    Plain,
    /// `EF BB BF`, dropped.
    Utf8Bom,
    /// `FF FE`.
    Utf16Le,
    /// `FE FF`.
    Utf16Be,
}

impl Encoding {
    /// How a result's `source` names an input that was transcoded.
    pub fn label(self) -> Option<&'static str> {
        match self {
            Encoding::Utf16Le => Some("UTF-16LE"),
            Encoding::Utf16Be => Some("UTF-16BE"),
            Encoding::Plain | Encoding::Utf8Bom => None,
        }
    }
}

/// Reads as far as the first bytes can tell: a byte that starts no mark
/// decides at once, so a pipe is never waited on for more than a mark.
fn sniff(inner: &mut dyn Read) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(3);
    let mut byte = [0u8; 3];
    loop {
        let need = match head.first() {
            None => 1,
            Some(0xef) => 3,
            Some(0xfe | 0xff) => 2,
            Some(_) => return Ok(head),
        };
        if head.len() >= need {
            return Ok(head);
        }
        match inner.read(&mut byte[..need - head.len()]) {
            Ok(0) => return Ok(head),
            Ok(n) => head.extend_from_slice(&byte[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

/// The mark the first bytes of an input hold (up to three are needed).
pub fn mark(head: &[u8]) -> Encoding {
    match head {
        [0xef, 0xbb, 0xbf, ..] => Encoding::Utf8Bom,
        [0xff, 0xfe, ..] => Encoding::Utf16Le,
        [0xfe, 0xff, ..] => Encoding::Utf16Be,
        _ => Encoding::Plain,
    }
}

/// `inner` as UTF-8 text where a mark says how, and what the mark was.
pub fn decode(mut inner: Box<dyn Read>) -> io::Result<(Box<dyn Read>, Encoding)> {
    let head = sniff(&mut inner)?;
    let encoding = mark(&head);
    let reader: Box<dyn Read> = match encoding {
        Encoding::Utf8Bom => inner,
        Encoding::Utf16Le => Box::new(Utf16::new(inner, false)),
        Encoding::Utf16Be => Box::new(Utf16::new(inner, true)),
        Encoding::Plain => Box::new(Cursor::new(head).chain(inner)),
    };
    Ok((reader, encoding))
}

/// How many bytes of UTF-16 are read at a time.
const RAW: usize = 16 * 1024;

/// UTF-16 in, UTF-8 out, in bounded memory. Unpaired surrogates and an odd
/// last byte become U+FFFD.
struct Utf16<R> {
    inner: R,
    big_endian: bool,
    raw: Box<[u8; RAW]>,
    /// Undecoded bytes at the front of `raw` (an odd byte left from the last read).
    kept: usize,
    /// A high surrogate waiting for its pair.
    high: Option<u16>,
    out: Vec<u8>,
    taken: usize,
    eof: bool,
}

impl<R: Read> Utf16<R> {
    fn new(inner: R, big_endian: bool) -> Utf16<R> {
        Utf16 {
            inner,
            big_endian,
            raw: Box::new([0; RAW]),
            kept: 0,
            high: None,
            out: Vec::with_capacity(RAW * 3 / 2 + 8),
            taken: 0,
            eof: false,
        }
    }

    fn push(&mut self, c: char) {
        let mut utf8 = [0u8; 4];
        self.out
            .extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
    }

    fn unit(&mut self, u: u16) {
        if let Some(high) = self.high.take() {
            if (0xdc00..0xe000).contains(&u) {
                let c = 0x10000 + ((u32::from(high) - 0xd800) << 10) + (u32::from(u) - 0xdc00);
                self.push(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
                return;
            }
            self.push(char::REPLACEMENT_CHARACTER);
        }
        match u {
            0xd800..0xdc00 => self.high = Some(u),
            0xdc00..0xe000 => self.push(char::REPLACEMENT_CHARACTER),
            _ => self.push(char::from_u32(u32::from(u)).unwrap_or(char::REPLACEMENT_CHARACTER)),
        }
    }

    /// Decodes the next read's worth into `out`; false at the end.
    fn refill(&mut self) -> io::Result<bool> {
        self.out.clear();
        self.taken = 0;
        while self.out.is_empty() {
            if self.eof {
                return Ok(false);
            }
            let n = loop {
                match self.inner.read(&mut self.raw[self.kept..]) {
                    Ok(n) => break n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(e),
                }
            };
            if n == 0 {
                self.eof = true;
                if self.high.take().is_some() {
                    self.push(char::REPLACEMENT_CHARACTER);
                }
                if self.kept > 0 {
                    self.kept = 0;
                    self.push(char::REPLACEMENT_CHARACTER);
                }
                continue;
            }
            let have = self.kept + n;
            let whole = have & !1;
            for i in (0..whole).step_by(2) {
                let pair = [self.raw[i], self.raw[i + 1]];
                let u = if self.big_endian {
                    u16::from_be_bytes(pair)
                } else {
                    u16::from_le_bytes(pair)
                };
                self.unit(u);
            }
            self.kept = have - whole;
            if self.kept == 1 {
                self.raw[0] = self.raw[whole];
            }
        }
        Ok(true)
    }
}

impl<R: Read> Read for Utf16<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.taken == self.out.len() && !self.refill()? {
            return Ok(0);
        }
        let n = buf.len().min(self.out.len() - self.taken);
        buf[..n].copy_from_slice(&self.out[self.taken..self.taken + n]);
        self.taken += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(bytes: Vec<u8>) -> (String, Encoding) {
        let (mut reader, encoding) = decode(Box::new(Cursor::new(bytes))).unwrap();
        let mut out = Vec::new();
        reader.read_to_end(&mut out).unwrap();
        (String::from_utf8(out).unwrap(), encoding)
    }

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut bytes = if big_endian {
            vec![0xfe, 0xff]
        } else {
            vec![0xff, 0xfe]
        };
        for u in text.encode_utf16() {
            bytes.extend(if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
        bytes
    }

    #[test]
    fn utf16_with_a_mark_is_decoded() {
        let text = "{\"code\":4100}\r\n서명 😀 오류\n".repeat(5000);
        assert_eq!(
            read_all(utf16(&text, false)),
            (text.clone(), Encoding::Utf16Le)
        );
        assert_eq!(read_all(utf16(&text, true)), (text, Encoding::Utf16Be));
    }

    #[test]
    fn utf8_mark_dropped_and_plain_input_untouched() {
        assert_eq!(
            read_all(b"\xef\xbb\xbf{}".to_vec()),
            ("{}".into(), Encoding::Utf8Bom)
        );
        for plain in [
            &b"{}"[..],
            b"",
            b"\xef",
            b"\xef\xbb",
            b"\xff",
            b"\xfe",
            b"x\xff\xfe",
        ] {
            let (mut reader, encoding) = decode(Box::new(Cursor::new(plain.to_vec()))).unwrap();
            let mut out = Vec::new();
            reader.read_to_end(&mut out).unwrap();
            assert_eq!((out.as_slice(), encoding), (plain, Encoding::Plain));
        }
    }

    #[test]
    fn broken_utf16_becomes_replacement_characters() {
        // a lone high surrogate, a lone low one, an odd last byte
        let bytes = vec![0xff, 0xfe, b'a', 0, 0x00, 0xd8, b'b', 0, 0x00, 0xdc, b'c'];
        assert_eq!(read_all(bytes).0, "a\u{fffd}b\u{fffd}\u{fffd}");
        // a high surrogate, then an odd byte at the end: one of each
        assert_eq!(
            read_all(vec![0xff, 0xfe, 0x3d, 0xd8, b'x']).0,
            "\u{fffd}\u{fffd}"
        );
        // a pair split across reads, one byte at a time
        struct Trickle(Vec<u8>, usize);
        impl Read for Trickle {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                let Some(&b) = self.0.get(self.1) else {
                    return Ok(0);
                };
                buf[0] = b;
                self.1 += 1;
                Ok(1)
            }
        }
        let (mut reader, _) = decode(Box::new(Trickle(utf16("x😀y", true), 0))).unwrap();
        let mut out = String::new();
        reader.read_to_string(&mut out).unwrap();
        assert_eq!(out, "x😀y");
    }
}
