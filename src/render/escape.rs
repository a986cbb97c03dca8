//! JSON strings for output that may be read on a terminal: what JSON
//! requires (`"`, `\`, C0 controls) plus what a terminal would act on (DEL,
//! C1 controls, bidirectional-formatting characters) written as escapes.
//! The output is valid JSON that reads back as the same string.
//!
//! One function does the escaping, `write_escaped`: it copies runs of bytes
//! that need nothing in bulk, looking eight bytes at a time for the few
//! that may start something to escape (a control, a quote, a backslash,
//! and the lead bytes 0xC2, 0xD8 and 0xE2 of the multi-byte characters
//! above). Every string a
//! JSON line carries goes through it: directly (`write_json_str`, the hot
//! path of `parse --format json`), or through serde_json with a formatter
//! that hands it every run serde_json leaves alone (`to_writer`).

use std::io::{self, Write};

use serde::Serialize;

/// Bytes at which a run of bytes copied as they are must stop.
static STOP: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table[0x7f] = true;
    // lead bytes of U+0080–U+00BF, U+0600–U+063F, U+2000–U+2FFF
    table[0xc2] = true;
    table[0xd8] = true;
    table[0xe2] = true;
    table
};

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `\uXXXX` for a code point below U+10000.
fn push_u(out: &mut Vec<u8>, c: u32) {
    out.extend_from_slice(&[
        b'\\',
        b'u',
        HEX[(c >> 12 & 0xf) as usize],
        HEX[(c >> 8 & 0xf) as usize],
        HEX[(c >> 4 & 0xf) as usize],
        HEX[(c & 0xf) as usize],
    ]);
}

/// At a stop byte: how many bytes the character there spans, and the code
/// point to write as `\uXXXX`, if it is to be escaped that way (`None`
/// with a length of 1 means a short escape or nothing).
fn classify(bytes: &[u8], i: usize) -> (usize, Option<u32>) {
    let at = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match bytes[i] {
        // U+0080–U+009F: C2 80–9F
        0xc2 => {
            let b1 = at(1);
            (2, (0x80..=0x9f).contains(&b1).then_some(u32::from(b1)))
        }
        // U+061C arabic letter mark: D8 9C
        0xd8 => (2, (at(1) == 0x9c).then_some(0x061c)),
        0xe2 => {
            let (b1, b2) = (at(1), at(2));
            let bidi = matches!(
                (b1, b2),
                (0x80, 0x8e | 0x8f | 0xaa..=0xae) | (0x81, 0xa6..=0xa9)
            );
            let c = 0x2000 | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f);
            (3, bidi.then_some(c))
        }
        b if b < 0x20 || b == 0x7f => (1, Some(u32::from(b))),
        _ => (1, None),
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Some byte of the eight in `v` is `b`.
fn has(v: u64, b: u8) -> bool {
    let x = v ^ (ONES * u64::from(b));
    x.wrapping_sub(ONES) & !x & HIGHS != 0
}

/// Some byte of the eight in `v` may be a stop byte (a false alarm now and
/// then is harmless: the bytes are then looked at one by one).
fn may_stop(v: u64) -> bool {
    v.wrapping_sub(ONES * 0x20) & !v & HIGHS != 0
        || has(v, b'"')
        || has(v, b'\\')
        || has(v, 0x7f)
        || has(v, 0xc2)
        || has(v, 0xd8)
        || has(v, 0xe2)
}

/// Where the next stop byte is, from `i` on: eight bytes at a time while
/// none of them may be one.
fn next_stop(bytes: &[u8], mut i: usize) -> Option<usize> {
    loop {
        let Some(chunk) = bytes.get(i..i + 8) else {
            let rest = bytes.get(i..)?;
            return rest
                .iter()
                .position(|&b| STOP[usize::from(b)])
                .map(|k| i + k);
        };
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        if may_stop(word) {
            if let Some(k) = chunk.iter().position(|&b| STOP[usize::from(b)]) {
                return Some(i + k);
            }
        }
        i += 8;
    }
}

/// Appends `s` escaped for the inside of a JSON string (no quotes).
pub fn write_escaped(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut from = 0;
    while let Some(i) = next_stop(bytes, from) {
        let (len, code) = classify(bytes, i);
        let short: Option<&[u8]> = match bytes[i] {
            b'"' => Some(b"\\\""),
            b'\\' => Some(b"\\\\"),
            b'\n' => Some(b"\\n"),
            b'\r' => Some(b"\\r"),
            b'\t' => Some(b"\\t"),
            0x08 => Some(b"\\b"),
            0x0c => Some(b"\\f"),
            _ => None,
        };
        from = i + len;
        if short.is_none() && code.is_none() {
            // a multi-byte character that needs nothing: part of the run
            continue;
        }
        out.extend_from_slice(&bytes[run..i]);
        match short {
            Some(escape) => out.extend_from_slice(escape),
            None => push_u(out, code.unwrap_or_default()),
        }
        run = from;
    }
    out.extend_from_slice(&bytes[run..]);
}

/// Appends `s` as a JSON string, quotes included.
pub fn write_json_str(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    write_escaped(out, s);
    out.push(b'"');
}

/// serde_json's compact output, with each run of a string that serde_json
/// would copy as it is handed to `write_escaped` instead.
struct Safe;

impl serde_json::ser::Formatter for Safe {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut escaped = Vec::with_capacity(fragment.len());
        write_escaped(&mut escaped, fragment);
        writer.write_all(&escaped)
    }
}

/// Writes `value` as compact JSON, its strings escaped as `write_json_str`
/// escapes them.
pub fn to_writer<W: Write>(writer: W, value: &impl Serialize) -> io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(writer, Safe);
    value.serialize(&mut ser).map_err(io::Error::other)
}

/// `value` as compact JSON text, escaped as `to_writer` escapes.
pub fn to_string(value: &impl Serialize) -> String {
    let mut out = Vec::new();
    let _ = to_writer(&mut out, value);
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sanitize::is_unsafe;
    use proptest::prelude::*;

    fn json(s: &str) -> String {
        let mut out = Vec::new();
        write_json_str(&mut out, s);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn escapes_what_json_needs_and_a_terminal_acts_on() {
        let cases = [
            ("plain 서명 オ 签名", r#""plain 서명 オ 签名""#),
            ("q\"b\\", r#""q\"b\\""#),
            ("a\nb\tc\rd\u{8}\u{c}", r#""a\nb\tc\rd\b\f""#),
            ("\u{1b}[2J\0\u{7f}", r#""\u001b[2J\u0000\u007f""#),
            (
                "c1 \u{80}\u{9b}\u{9f} ok \u{a0}\u{bf}",
                "\"c1 \\u0080\\u009b\\u009f ok \u{a0}\u{bf}\"",
            ),
            ("\u{61c}\u{61b}", "\"\\u061c\u{61b}\""),
            (
                "\u{200e}\u{200f}\u{202a}\u{202e}\u{2066}\u{2069}",
                r#""\u200e\u200f\u202a\u202e\u2066\u2069""#,
            ),
            // neighbours that are left alone
            (
                "\u{200d}\u{2010}\u{2029}\u{202f}\u{2065}\u{206a}…",
                "\"\u{200d}\u{2010}\u{2029}\u{202f}\u{2065}\u{206a}…\"",
            ),
            ("", r#""""#),
        ];
        for (input, want) in cases {
            assert_eq!(json(input), want, "{input:?}");
        }
    }

    #[test]
    fn serde_values_are_escaped_the_same_way() {
        let value = serde_json::json!({"m": "a\u{202e}b\u{9b}\u{1b}\"", "n": [1, null]});
        let text = to_string(&value);
        assert_eq!(text, r#"{"m":"a\u202eb\u009b\u001b\"","n":[1,null]}"#);
    }

    /// Characters around every boundary the escaper looks at.
    fn tricky() -> impl Strategy<Value = char> {
        prop_oneof![
            any::<char>(),
            prop::char::range('\0', '\u{ff}'),
            prop::char::range('\u{600}', '\u{63f}'),
            prop::char::range('\u{2000}', '\u{207f}'),
            Just('"'),
            Just('\\'),
        ]
    }

    proptest! {
        #[test]
        fn round_trips_and_leaves_nothing_raw(s in prop::collection::vec(tricky(), 0..64)) {
            let s: String = s.into_iter().collect();
            let out = json(&s);
            let back: String = serde_json::from_str(&out).unwrap();
            prop_assert_eq!(&back, &s);
            prop_assert!(!out.chars().any(is_unsafe), "raw character in {:?}", out);
            // what serde_json writes for the same string, but for the extra escapes
            let plain = serde_json::to_string(&s).unwrap();
            if !s.chars().any(|c| is_unsafe(c) && !c.is_ascii()) && !s.contains('\u{7f}') {
                prop_assert_eq!(&out, &plain);
            }
            let via_serde = to_string(&s);
            prop_assert_eq!(&via_serde, &out);
        }
    }
}
