//! JavaScript object literals and Python reprs, turned into JSON so that
//! the envelope readers can read them: Node's `util.inspect` and
//! `{ Code: '…', Message: '…' }`, Python's `{'code': 4102, 'message': '…',
//! 'codeDesc': '…'}` with `u'…'` strings, `True`, `False` and `None`.
//! Tolerant of what these printers write, strict about the rest: anything
//! else is `None`, and the value is left to the strict reader's verdict.

use super::json::MAX_DEPTH;

/// Whether the value starting at `bytes[0]` (a `{`) is worth reading as a
/// relaxed literal: its first key is single-quoted or bare.
pub fn looks_relaxed(bytes: &[u8]) -> bool {
    let rest = bytes[1..].trim_ascii_start();
    match rest {
        [b'\'', ..] | [b'u' | b'b', b'\'', ..] => true,
        [c, ..] => c.is_ascii_alphabetic() || *c == b'_' || *c == b'$',
        [] => false,
    }
}

/// The JSON text of the literal at `bytes[0]`, and how many bytes it took.
pub fn to_json(bytes: &[u8]) -> Option<(String, usize)> {
    let mut p = Parser {
        bytes,
        at: 0,
        out: String::with_capacity(bytes.len().min(4096)),
        depth: 0,
    };
    p.value()?;
    Some((p.out, p.at))
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
    out: String,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\r' | b'\n')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.skip_space();
        if self.peek() == Some(b) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn value(&mut self) -> Option<()> {
        self.skip_space();
        match self.peek()? {
            b'{' => self.container(b'}', true),
            b'[' => self.container(b']', false),
            b'(' => self.container(b')', false),
            b'\'' | b'"' => self.string(),
            b'u' | b'b' if matches!(self.bytes.get(self.at + 1), Some(b'\'' | b'"')) => {
                self.at += 1;
                self.string()
            }
            b'-' | b'0'..=b'9' => self.number(),
            _ => self.word(),
        }
    }

    /// An object (`{…}`), or a list or tuple (written as a JSON array).
    fn container(&mut self, close: u8, object: bool) -> Option<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        self.at += 1;
        self.out.push(if object { '{' } else { '[' });
        let mut first = true;
        loop {
            if self.eat(close) {
                break;
            }
            if !first {
                if !self.eat(b',') {
                    return None;
                }
                // A trailing comma before the close.
                if self.eat(close) {
                    break;
                }
                self.out.push(',');
            }
            first = false;
            if object {
                self.key()?;
                if !self.eat(b':') {
                    return None;
                }
                self.out.push(':');
            }
            self.value()?;
        }
        self.out.push(if object { '}' } else { ']' });
        self.depth -= 1;
        Some(())
    }

    fn key(&mut self) -> Option<()> {
        self.skip_space();
        match self.peek()? {
            b'\'' | b'"' => self.string(),
            b'u' | b'b' if matches!(self.bytes.get(self.at + 1), Some(b'\'' | b'"')) => {
                self.at += 1;
                self.string()
            }
            c if c.is_ascii_alphabetic() || c == b'_' || c == b'$' => {
                let start = self.at;
                while self
                    .peek()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'$')
                {
                    self.at += 1;
                }
                let name = std::str::from_utf8(&self.bytes[start..self.at]).ok()?;
                self.out.push_str(&serde_json::to_string(name).ok()?);
                Some(())
            }
            _ => None,
        }
    }

    /// A quoted string in either quote, its escapes read the way JavaScript
    /// and Python write them, written out as a JSON string.
    fn string(&mut self) -> Option<()> {
        let quote = self.peek()?;
        self.at += 1;
        let mut text = String::new();
        let mut run = self.at;
        loop {
            let c = self.peek()?;
            if c == quote {
                text.push_str(std::str::from_utf8(&self.bytes[run..self.at]).ok()?);
                self.at += 1;
                break;
            }
            if c == b'\n' {
                return None;
            }
            if c != b'\\' {
                self.at += 1;
                continue;
            }
            text.push_str(std::str::from_utf8(&self.bytes[run..self.at]).ok()?);
            let e = *self.bytes.get(self.at + 1)?;
            self.at += 2;
            match e {
                b'n' => text.push('\n'),
                b't' => text.push('\t'),
                b'r' => text.push('\r'),
                b'0' => text.push('\0'),
                b'x' => {
                    let hex = std::str::from_utf8(self.bytes.get(self.at..self.at + 2)?).ok()?;
                    text.push(char::from_u32(u32::from_str_radix(hex, 16).ok()?)?);
                    self.at += 2;
                }
                b'u' => {
                    let hex = std::str::from_utf8(self.bytes.get(self.at..self.at + 4)?).ok()?;
                    let unit = u32::from_str_radix(hex, 16).ok()?;
                    text.push(char::from_u32(unit).unwrap_or('\u{FFFD}'));
                    self.at += 4;
                }
                other => text.push(char::from(other)),
            }
            run = self.at;
        }
        self.out.push_str(&serde_json::to_string(&text).ok()?);
        Some(())
    }

    fn number(&mut self) -> Option<()> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'))
        {
            self.at += 1;
        }
        let text = std::str::from_utf8(&self.bytes[start..self.at]).ok()?;
        text.parse::<f64>().ok()?;
        self.out.push_str(text);
        Some(())
    }

    /// `True`, `False`, `None`, `true`, `false`, `null`, `undefined`.
    fn word(&mut self) -> Option<()> {
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
            self.at += 1;
        }
        let json = match &self.bytes[start..self.at] {
            b"True" | b"true" => "true",
            b"False" | b"false" => "false",
            b"None" | b"null" | b"undefined" => "null",
            _ => return None,
        };
        self.out.push_str(json);
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(text: &str) -> Option<String> {
        to_json(text.as_bytes()).map(|(j, _)| j)
    }

    #[test]
    fn python_reprs() {
        assert_eq!(
            json("{'code': 4102, 'message': 'no\\'pe\\n', 'codeDesc': 'Secretid', 'ok': True, 'x': None}").unwrap(),
            r#"{"code":4102,"message":"no'pe\n","codeDesc":"Secretid","ok":true,"x":null}"#
        );
        assert_eq!(
            json(
                "{u'RequestId': u'r', u'Error': {u'Code': u'AuthFailure', u'Message': u'\\u4e2d'}}"
            )
            .unwrap(),
            r#"{"RequestId":"r","Error":{"Code":"AuthFailure","Message":"中"}}"#
        );
        assert_eq!(
            json("{'a': (1, 2,), 'b': [3]}").unwrap(),
            r#"{"a":[1,2],"b":[3]}"#
        );
    }

    #[test]
    fn javascript_literals() {
        assert_eq!(
            json(
                "{ Code: 'AuthFailure.SignatureFailure', Message: \"bad\", RequestId: undefined, }"
            )
            .unwrap(),
            r#"{"Code":"AuthFailure.SignatureFailure","Message":"bad","RequestId":null}"#
        );
        let (text, used) = to_json(b"{a: 1} tail").unwrap();
        assert_eq!((text.as_str(), used), (r#"{"a":1}"#, 6));
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "{a 1}",
            "{'a': }",
            "{'a': 'open",
            "{'a': Nope}",
            "{1: 2}",
            "{'a': 1 'b': 2}",
        ] {
            assert_eq!(json(bad), None, "{bad}");
        }
        let deep = format!("{}{}", "{a:".repeat(200), "}".repeat(200));
        assert_eq!(json(&deep), None);
        assert!(looks_relaxed(b"{'code': 1}") && looks_relaxed(b"{ Code: 'x' }"));
        assert!(looks_relaxed(b"{u'x': 1}") && !looks_relaxed(b"{\"a\":1}"));
        assert!(!looks_relaxed(b"{ 1 }"));
    }
}
