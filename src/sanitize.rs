//! Untrusted text (messages, details and ids from a response body) made safe
//! for a terminal. Owns the escaping rule and nothing else: control
//! characters and bidi overrides are shown as escapes, never emitted.

use std::borrow::Cow;

/// True for a character that must not reach a terminal as itself: C0
/// controls (tab and newline too — every field is one line), DEL, C1
/// controls, and the bidi embedding/override/isolate marks that can make a
/// line read differently from what it is.
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{00}'..='\u{1f}' | '\u{7f}' | '\u{80}'..='\u{9f}'
        | '\u{061c}' | '\u{200e}' | '\u{200f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every unsafe character written as a visible escape
/// (`\n`, `\t`, `\r`, `\e`, `\x7f`, `\u{202e}`). Borrowed when nothing changes.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{1b}' => out.push_str("\\e"),
            c if is_unsafe(c) && (c as u32) < 0x100 => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// How much of a value taken from the input a message quotes.
pub const QUOTE_CHARS: usize = 64;

/// A value from the input as a message quotes it: escaped, and cut to
/// `QUOTE_CHARS` characters with an ellipsis.
pub fn quote(text: &str) -> String {
    let mut chars = text.char_indices();
    match chars.nth(QUOTE_CHARS) {
        None => escape(text).into_owned(),
        Some((cut, _)) => format!("{}…", escape(&text[..cut])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_a_terminal_would_act_on() {
        let cases = [
            ("plain text, 서명 오류", "plain text, 서명 오류"),
            ("a\nb\tc\rd", "a\\nb\\tc\\rd"),
            ("\u{1b}]52;c;ZXZpbA==\u{7}", "\\e]52;c;ZXZpbA==\\x07"),
            ("\u{1b}[31mred", "\\e[31mred"),
            ("nul\0byte", "nul\\x00byte"),
            ("del\u{7f}", "del\\x7f"),
            ("c1\u{9b}31m", "c1\\x9b31m"),
            ("evil\u{202e}txt.exe", "evil\\u{202e}txt.exe"),
            ("iso\u{2066}late\u{2069}", "iso\\u{2066}late\\u{2069}"),
            ("\u{200f}rlm", "\\u{200f}rlm"),
        ];
        for (input, want) in cases {
            assert_eq!(escape(input), want, "{input:?}");
        }
    }

    #[test]
    fn quotes_are_escaped_and_cut() {
        assert_eq!(quote("short"), "short");
        let long = "9".repeat(100_000);
        let q = quote(&long);
        assert_eq!(q.chars().count(), QUOTE_CHARS + 1);
        assert!(q.ends_with('…'));
        assert_eq!(quote(&"서".repeat(65)).chars().count(), QUOTE_CHARS + 1);
        assert_eq!(quote("a\u{1b}b"), "a\\eb");
    }

    #[test]
    fn safe_text_is_borrowed() {
        assert!(matches!(escape("RequestId 7f3c-…"), Cow::Borrowed(_)));
    }
}
