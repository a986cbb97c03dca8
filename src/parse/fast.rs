//! The quick reading of a JSON value: a strict scanner that checks the
//! value's syntax as it skips it and picks out the members asked for, as
//! byte ranges. It answers only when the value is ordinary — complete,
//! valid, not too deep, keys without escapes — and otherwise says nothing
//! (`None`), so that the caller reads the value with serde_json instead:
//! whatever this module accepts, serde_json accepts the same way (a
//! property test holds the two readers to the same answers). Pure.

use std::ops::Range;

/// Deeper than this, the quick reading gives up (serde_json's own limit,
/// 128, is the one that tells the user).
const MAX_DEPTH: u32 = 100;

/// Bytes that end the quick run through a string: `"`, `\` and the
/// control characters a string may not hold (the tests' plain answer).
#[cfg(test)]
static STRING_STOP: [bool; 256] = {
    let mut table = [false; 256];
    let mut c = 0;
    while c < 0x20 {
        table[c] = true;
        c += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

/// Where the first `STRING_STOP` byte of `bytes` is, eight bytes at a
/// time: a word's bytes that are `"`, `\\` or below 0x20 are flagged by
/// the classic zero-byte test, whose lowest flag is always exact, so the
/// first stop is the lowest flag. The last word is padded with zeros, which
/// flag past the end.
fn string_stop(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let stops = |w: u64| {
        let zero = |w: u64| w.wrapping_sub(ONES) & !w;
        let below_space = w.wrapping_sub(ONES * 0x20) & !w;
        let quote = zero(w ^ (ONES * u64::from(b'"')));
        let backslash = zero(w ^ (ONES * u64::from(b'\\')));
        (below_space | quote | backslash) & HIGH
    };
    let mut words = bytes.chunks_exact(8);
    let mut i = 0;
    for word in &mut words {
        let flags = stops(u64::from_le_bytes(word.try_into().ok()?));
        if flags != 0 {
            return Some(i + (flags.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    let tail = words.remainder();
    let mut word = [0; 8];
    word[..tail.len()].copy_from_slice(tail);
    let flags = stops(u64::from_le_bytes(word));
    let at = i + (flags.trailing_zeros() / 8) as usize;
    (at < bytes.len()).then_some(at)
}

/// A position in a JSON text being scanned.
pub struct Scan<'a> {
    bytes: &'a [u8],
    pub at: usize,
    depth: u32,
}

impl<'a> Scan<'a> {
    pub fn new(bytes: &'a [u8], at: usize) -> Scan<'a> {
        Scan {
            bytes,
            at,
            depth: 0,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// A string at `"`; true when it held an escape.
    fn string(&mut self) -> Option<bool> {
        self.at += 1;
        let mut escaped = false;
        loop {
            let rest = self.bytes.get(self.at..)?;
            let stop = string_stop(rest)?;
            self.at += stop;
            match self.bytes[self.at] {
                b'"' => {
                    self.at += 1;
                    return Some(escaped);
                }
                b'\\' => {
                    escaped = true;
                    match self.bytes.get(self.at + 1)? {
                        b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => self.at += 2,
                        b'u' => {
                            let hex = self.bytes.get(self.at + 2..self.at + 6)?;
                            if !hex.iter().all(u8::is_ascii_hexdigit) {
                                return None;
                            }
                            self.at += 6;
                        }
                        _ => return None,
                    }
                }
                _ => return None, // a control character
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        self.at - start
    }

    /// A number, by JSON's grammar exactly: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    fn number(&mut self) -> Option<()> {
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek()? {
            b'0' => self.at += 1,
            b'1'..=b'9' => {
                self.digits();
            }
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return None;
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            if self.digits() == 0 {
                return None;
            }
        }
        // The number must end here: a digit cannot follow `0`, and what
        // does follow is checked by the caller.
        Some(())
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end)? == word).then(|| self.at = end)
    }

    /// Any value, checked and skipped.
    pub fn value(&mut self) -> Option<()> {
        match self.peek()? {
            b'{' => self.object(|_, _| Some(false)),
            b'[' => self.array(),
            b'"' => self.string().map(drop),
            b'-' | b'0'..=b'9' => self.number(),
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'n' => self.literal(b"null"),
            _ => None,
        }
    }

    fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    fn array(&mut self) -> Option<()> {
        self.enter()?;
        self.at += 1;
        self.whitespace();
        if self.peek()? == b']' {
            self.at += 1;
        } else {
            loop {
                self.whitespace();
                self.value()?;
                self.whitespace();
                match self.peek()? {
                    b',' => self.at += 1,
                    b']' => {
                        self.at += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        self.depth -= 1;
        Some(())
    }

    /// An object at `{`. `member` is shown each key (with the scanner at
    /// its value) and either reads the value itself (`Some(true)`), leaves
    /// it to be skipped (`Some(false)`), or gives up (`None`).
    pub fn object(
        &mut self,
        mut member: impl FnMut(&mut Scan<'a>, &'a [u8]) -> Option<bool>,
    ) -> Option<()> {
        self.enter()?;
        self.at += 1;
        self.whitespace();
        if self.peek()? == b'}' {
            self.at += 1;
        } else {
            loop {
                self.whitespace();
                if self.peek()? != b'"' {
                    return None;
                }
                let start = self.at + 1;
                if self.string()? {
                    return None; // an escaped key: serde_json undoes it
                }
                let key = &self.bytes[start..self.at - 1];
                self.whitespace();
                self.expect(b':')?;
                self.whitespace();
                if !member(self, key)? {
                    self.value()?;
                }
                self.whitespace();
                match self.peek()? {
                    b',' => self.at += 1,
                    b'}' => {
                        self.at += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        self.depth -= 1;
        Some(())
    }

    /// The value here, skipped, as the range it took.
    pub fn span(&mut self) -> Option<Range<usize>> {
        let start = self.at;
        self.value()?;
        Some(start..self.at)
    }

    /// The members named in `names` of the object here (the last of a
    /// name written twice wins), each as its value's range; `None` when
    /// the value here is not an ordinary object.
    pub fn fields<const N: usize>(
        &mut self,
        names: [&str; N],
    ) -> Option<[Option<Range<usize>>; N]> {
        if self.peek()? != b'{' {
            return None;
        }
        let mut found: [Option<Range<usize>>; N] = std::array::from_fn(|_| None);
        self.object(|scan, key| {
            let Some(i) = names.iter().position(|n| n.as_bytes() == key) else {
                return Some(false);
            };
            found[i] = Some(scan.span()?);
            Some(true)
        })?;
        Some(found)
    }
}

/// The members named in `names` of an object written whole in `text`,
/// each as its raw JSON text; `None` when `text` is not an ordinary object
/// (the caller reads it with serde_json then).
pub fn fields<'a, const N: usize>(text: &'a str, names: [&str; N]) -> Option<[Option<&'a str>; N]> {
    let mut scan = Scan::new(text.as_bytes(), 0);
    let found = scan.fields(names)?;
    if scan.at != text.len() {
        return None;
    }
    let mut out = [None; N];
    for (slot, range) in out.iter_mut().zip(found) {
        if let Some(range) = range {
            *slot = Some(text.get(range)?);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_stops_are_found_in_any_word_position() {
        for stop in [b'"', b'\\', 0, 0x1f, b'\n'] {
            for len in 0..40 {
                let mut bytes = vec![b'a'; len];
                bytes.extend_from_slice("é~ \x7f".as_bytes());
                let at = bytes.len();
                bytes.push(stop);
                bytes.extend_from_slice(b"\"zzzzzzzz");
                assert_eq!(string_stop(&bytes), Some(at), "{stop} after {len}");
            }
        }
        assert_eq!(string_stop(b"no stop at all, none"), None);
        // against the plain answer, over every byte in every place
        for len in 0..20 {
            for b in 0..=255u8 {
                for at in 0..len {
                    let mut bytes = vec![b'x'; len];
                    bytes[at] = b;
                    let plain = bytes.iter().position(|&c| STRING_STOP[usize::from(c)]);
                    assert_eq!(string_stop(&bytes), plain, "{b:#x} at {at} of {len}");
                }
            }
        }
        assert_eq!(string_stop("\u{80}\u{ff}\u{2028}".as_bytes()), None);
    }

    fn skips(text: &str) -> Option<usize> {
        let mut scan = Scan::new(text.as_bytes(), 0);
        scan.value()?;
        Some(scan.at)
    }

    #[test]
    fn valid_values_are_skipped_whole() {
        for text in [
            "{}",
            "[]",
            r#"{"a":[1,-2.5e+3,0,0.0,1E9,true,false,null,"x\"\\\/\b\f\n\r\t\u00e9"],"b":{}}"#,
            "{ \"a\" :\t[ 1 , 2 ]\r\n}",
            r#""plain""#,
            "-0",
        ] {
            assert_eq!(skips(text), Some(text.len()), "{text}");
        }
        // what follows a value is not its business
        assert_eq!(skips("{} x"), Some(2));
        assert_eq!(skips("12,"), Some(2));
    }

    #[test]
    fn anything_unusual_is_left_to_serde_json() {
        for text in [
            "{",
            r#"{"a":1,}"#,
            r#"{"a" 1}"#,
            r#"{"a":01}"#,
            r#"{"a":1.}"#,
            r#"{"a":.5}"#,
            r#"{"a":1e}"#,
            r#"{"a":-}"#,
            r#"{"a":tru}"#,
            r#"{"a":"\x"}"#,
            r#"{"a":"\u12g4"}"#,
            "{\"a\":\"line\nbreak\"}",
            r#"{"a":[1}"#,
            r#"{"\u0061":1}"#,
            r#"{a:1}"#,
            r#"{'a':1}"#,
        ] {
            let mut scan = Scan::new(text.as_bytes(), 0);
            let picked = scan.fields(["a"]);
            let whole = picked.is_some() && scan.at == text.len();
            assert!(!whole, "{text}");
        }
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert_eq!(skips(&deep), None);
    }

    #[test]
    fn fields_pick_by_name_and_the_last_wins() {
        let text = r#"{"a":1,"b":{"x":[1,"}"]},"a":"second","c":null}"#;
        let [a, b, z] = fields(text, ["a", "b", "z"]).unwrap();
        assert_eq!(a, Some(r#""second""#));
        assert_eq!(b, Some(r#"{"x":[1,"}"]}"#));
        assert_eq!(z, None);
        assert_eq!(fields("[1]", ["a"]), None);
        assert_eq!(
            fields(r#"{"a":1} "#, ["a"]),
            None,
            "the text must be the object"
        );
    }
}
