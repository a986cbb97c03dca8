//! An incremental JSON grammar check for bodies that span lines. It keeps
//! only a stack of open containers, so it can say at the first impossible
//! byte that a `{` in a log line does not start a body — without buffering
//! the rest of the log. Numbers are checked loosely; serde_json checks them
//! when the body is complete.

/// The deepest nesting accepted, as serde_json's own recursion limit.
pub const MAX_DEPTH: usize = 128;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Valid so far; feed more.
    More,
    /// The value closed at this index (one past its last byte).
    Done(usize),
    /// This byte cannot continue a JSON value.
    Invalid(usize),
    /// This byte opens a container deeper than `MAX_DEPTH`.
    TooDeep(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Value,
    ValueOrClose,
    KeyOrClose,
    Key,
    Colon,
    AfterValue,
    Str { key: bool },
    Escape { key: bool },
    Hex { key: bool, left: u8 },
    Number,
    Literal { rest: &'static [u8] },
}

#[derive(Debug, Clone)]
pub struct Validator {
    stack: Vec<u8>,
    /// Where each open container began, counted over everything fed.
    starts: Vec<usize>,
    /// How many bytes earlier feeds took.
    fed: usize,
    state: State,
}

impl Default for Validator {
    fn default() -> Self {
        Validator::new()
    }
}

impl Validator {
    /// A validator expecting one JSON value.
    pub fn new() -> Validator {
        Validator {
            stack: Vec::new(),
            starts: Vec::new(),
            fed: 0,
            state: State::Value,
        }
    }

    /// Feeds the next bytes of the value. After `Done`, `Invalid` or
    /// `TooDeep` the validator must not be fed again.
    pub fn feed(&mut self, bytes: &[u8]) -> Step {
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            match self.state {
                State::Str { key } => match b {
                    b'"' => self.state = if key { State::Colon } else { State::AfterValue },
                    b'\\' => self.state = State::Escape { key },
                    0..=0x1f => return Step::Invalid(i),
                    _ => {}
                },
                State::Escape { key } => match b {
                    b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => {
                        self.state = State::Str { key }
                    }
                    b'u' => self.state = State::Hex { key, left: 4 },
                    _ => return Step::Invalid(i),
                },
                State::Hex { key, left } => {
                    if !b.is_ascii_hexdigit() {
                        return Step::Invalid(i);
                    }
                    self.state = if left == 1 {
                        State::Str { key }
                    } else {
                        State::Hex {
                            key,
                            left: left - 1,
                        }
                    };
                }
                State::Number => {
                    if !matches!(b, b'0'..=b'9' | b'+' | b'-' | b'.' | b'e' | b'E') {
                        // The number ended: read this byte again after it.
                        self.state = State::AfterValue;
                        continue;
                    }
                }
                State::Literal { rest } => {
                    if b != rest[0] {
                        return Step::Invalid(i);
                    }
                    self.state = if rest.len() == 1 {
                        State::AfterValue
                    } else {
                        State::Literal { rest: &rest[1..] }
                    };
                }
                _ if matches!(b, b' ' | b'\t' | b'\n' | b'\r') => {}
                State::Value | State::ValueOrClose => match b {
                    b'{' | b'[' => {
                        if self.stack.len() >= MAX_DEPTH {
                            return Step::TooDeep(i);
                        }
                        self.stack.push(b);
                        self.starts.push(self.fed + i);
                        self.state = if b == b'{' {
                            State::KeyOrClose
                        } else {
                            State::ValueOrClose
                        };
                    }
                    b']' if self.state == State::ValueOrClose => {
                        if let Some(done) = self.close(i) {
                            return done;
                        }
                    }
                    b'"' => self.state = State::Str { key: false },
                    b'-' | b'0'..=b'9' => self.state = State::Number,
                    b't' => self.state = State::Literal { rest: b"rue" },
                    b'f' => self.state = State::Literal { rest: b"alse" },
                    b'n' => self.state = State::Literal { rest: b"ull" },
                    _ => return Step::Invalid(i),
                },
                State::KeyOrClose | State::Key => match b {
                    b'"' => self.state = State::Str { key: true },
                    b'}' if self.state == State::KeyOrClose => {
                        if let Some(done) = self.close(i) {
                            return done;
                        }
                    }
                    _ => return Step::Invalid(i),
                },
                State::Colon => match b {
                    b':' => self.state = State::Value,
                    _ => return Step::Invalid(i),
                },
                State::AfterValue => match (b, self.stack.last()) {
                    (b',', Some(b'{')) => self.state = State::Key,
                    (b',', Some(_)) => self.state = State::Value,
                    (b'}', Some(b'{')) | (b']', Some(b'[')) => {
                        if let Some(done) = self.close(i) {
                            return done;
                        }
                    }
                    _ => return Step::Invalid(i),
                },
            }
            i += 1;
        }
        self.fed += bytes.len();
        Step::More
    }

    /// Where the objects still open begin (offsets over everything fed),
    /// outermost first. When the value breaks, each of them breaks at the
    /// same byte: it holds the same text up to there, one level less deep.
    pub fn open_objects(&self) -> impl Iterator<Item = usize> + '_ {
        self.stack
            .iter()
            .zip(&self.starts)
            .filter(|(kind, _)| **kind == b'{')
            .map(|(_, &at)| at)
    }

    /// Closes the innermost container at index `i`; `Some(Done)` when it was
    /// the outermost.
    fn close(&mut self, i: usize) -> Option<Step> {
        self.stack.pop();
        self.starts.pop();
        self.state = State::AfterValue;
        self.stack.is_empty().then_some(Step::Done(i + 1))
    }
}

/// Where the first complete JSON value of `bytes` ends, or why it cannot.
#[cfg(test)]
fn check(bytes: &[u8]) -> Step {
    Validator::new().feed(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complete_values_end_where_they_close() {
        for (input, end) in [
            ("{}", 2),
            ("{} trailing", 2),
            (r#"{"a":1}{"b":2}"#, 7),
            ("{\n  \"header\": {\n    \"resultCode\": -4\n  }\n}\n", 42),
            (
                r#"{"a":[1,2.5e-3,true,false,null,"x\"\\\u00e9"],"b":{}}"#,
                53,
            ),
            (r#"{"s":"}{]["}"#, 12),
        ] {
            assert_eq!(check(input.as_bytes()), Step::Done(end), "{input}");
        }
    }

    #[test]
    fn stops_at_the_first_impossible_byte() {
        for (input, at) in [
            ("{ stray brace", 2),
            ("{\n2026-11-21T10:00:00Z ERROR", 2),
            (r#"{"a" 1}"#, 5),
            (r#"{"a":1,}"#, 7),
            (r#"{"a":tru}"#, 8),
            ("{\"a\":\"line\nbreak\"}", 10),
            ("{\"a\":\"nul\0\"}", 9),
            (r#"{"a":"\x"}"#, 7),
            (r#"{"a":"\u12g4"}"#, 10),
            (r#"{"a":[1}"#, 7),
            ("{{}", 1),
        ] {
            assert_eq!(check(input.as_bytes()), Step::Invalid(at), "{input:?}");
        }
    }

    #[test]
    fn incomplete_values_ask_for_more_across_feeds() {
        let mut v = Validator::new();
        assert_eq!(v.feed(b"{\"header\": {"), Step::More);
        assert_eq!(v.feed(b"\n  \"resultCode\": 40"), Step::More);
        assert_eq!(v.feed(b"409\n"), Step::More);
        assert_eq!(v.feed(b"}}  "), Step::Done(2));
    }

    #[test]
    fn objects_open_where_a_value_breaks_are_named() {
        let mut v = Validator::new();
        assert_eq!(v.feed(br#"{"a":[{"b":{"c":1}},{"d":x"#), Step::Invalid(25));
        let open: Vec<usize> = v.open_objects().collect();
        assert_eq!(open, [0, 20], "the closed objects at 6 and 11 are not");
        let mut v = Validator::new();
        assert_eq!(v.feed(b"{\"a\":\n"), Step::More);
        assert_eq!(v.feed(b"  {\"b\":"), Step::More);
        assert_eq!(v.open_objects().collect::<Vec<_>>(), [0, 8]);
    }

    #[test]
    fn depth_is_capped() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH - 1), "]".repeat(MAX_DEPTH - 1));
        assert_eq!(
            check(format!("{{\"a\":{ok}}}").as_bytes()),
            Step::Done(ok.len() + 6)
        );
        let deep = format!("{{\"a\":{}", "[".repeat(MAX_DEPTH));
        assert_eq!(check(deep.as_bytes()), Step::TooDeep(5 + MAX_DEPTH - 1));
    }
}
