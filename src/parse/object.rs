//! Reading JSON values leniently where it matters to a user: the members of
//! an object picked by key (of a key written twice, the last one wins, as
//! most parsers do), strings whose escapes are undone here so that a lone
//! surrogate becomes U+FFFD instead of failing the whole body, and codes
//! written as numbers or as strings. A value is its raw JSON text, already
//! checked (by `fast`, or by serde_json where `fast` gives up); nothing
//! here allocates unless an escape is undone.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

/// A key as written: borrowed from the input unless it held an escape.
pub struct Key<'a>(pub Cow<'a, str>);

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// The raw values of the members named in `names`, by position; a name
/// not present is `None`. `None` altogether: not an object.
pub fn fields<'a, const N: usize>(raw: &'a str, names: [&str; N]) -> Option<[Option<&'a str>; N]> {
    if !raw.starts_with('{') {
        return None;
    }
    if let Some(found) = super::fast::fields(raw, names) {
        return Some(found);
    }
    let mut de = serde_json::Deserializer::from_str(raw);
    de.deserialize_map(Fields { names }).ok()
}

struct Fields<'n, const N: usize> {
    names: [&'n str; N],
}

/// Reads a member's value in place as `fields` would read it afterwards:
/// the members named, or `None` for a value that is not an object (read
/// whole and dropped). One pass over the input instead of two.
pub struct FieldsSeed<'n, const N: usize>(pub [&'n str; N]);

impl<'de, const N: usize> serde::de::DeserializeSeed<'de> for FieldsSeed<'_, N> {
    type Value = Option<[Option<&'de str>; N]>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(AnyValue(Fields { names: self.0 }))
    }
}

/// `Fields` for an object, `None` for any other value.
struct AnyValue<'n, const N: usize>(Fields<'n, N>);

impl<'de, const N: usize> Visitor<'de> for AnyValue<'_, N> {
    type Value = Option<[Option<&'de str>; N]>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        self.0.visit_map(map).map(Some)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

impl<'de, const N: usize> Visitor<'de> for Fields<'_, N> {
    type Value = [Option<&'de str>; N];

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = [None; N];
        while let Some(Key(key)) = map.next_key::<Key>()? {
            match self.names.iter().position(|n| *n == key) {
                Some(i) => found[i] = Some(map.next_value::<&RawValue>()?.get()),
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(found)
    }
}

/// The text of a JSON string, its escapes undone; `None` if it is not a
/// string. A lone surrogate (`"\ud800"`) becomes U+FFFD.
pub fn string(raw: &str) -> Option<Cow<'_, str>> {
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    if !inner.contains('\\') {
        return Some(Cow::Borrowed(inner));
    }
    Some(Cow::Owned(unescape(inner)))
}

/// Undoes JSON's escapes in the text between a string's quotes (already
/// checked by serde_json, so every escape is well formed).
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    let mut pending_high: Option<u32> = None;
    while let Some(c) = chars.next() {
        if c != '\\' {
            flush_high(&mut out, &mut pending_high);
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else { break };
        if e != 'u' {
            flush_high(&mut out, &mut pending_high);
            out.push(match e {
                'b' => '\u{8}',
                'f' => '\u{c}',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                other => other, // '"', '\\', '/'
            });
            continue;
        }
        let hex: String = chars.by_ref().take(4).collect();
        let unit = u32::from_str_radix(&hex, 16).unwrap_or(0xFFFD);
        match unit {
            0xD800..=0xDBFF => {
                flush_high(&mut out, &mut pending_high);
                pending_high = Some(unit);
            }
            0xDC00..=0xDFFF => match pending_high.take() {
                Some(high) => {
                    let c = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00);
                    out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                }
                None => out.push('\u{FFFD}'),
            },
            _ => {
                flush_high(&mut out, &mut pending_high);
                out.push(char::from_u32(unit).unwrap_or('\u{FFFD}'));
            }
        }
    }
    flush_high(&mut out, &mut pending_high);
    out
}

/// A high surrogate no low one followed: a replacement character.
fn flush_high(out: &mut String, high: &mut Option<u32>) {
    if high.take().is_some() {
        out.push('\u{FFFD}');
    }
}

/// A code as written: a JSON number's text, or a string's text trimmed.
/// `None` for anything else (an array, an object, `null`, `true`).
pub fn code(raw: &str) -> Option<Cow<'_, str>> {
    match raw.as_bytes().first()? {
        b'-' | b'0'..=b'9' => Some(Cow::Borrowed(raw)),
        b'"' => Some(match string(raw)? {
            Cow::Borrowed(t) => Cow::Borrowed(t.trim()),
            Cow::Owned(t) => Cow::Owned(t.trim().to_string()),
        }),
        _ => None,
    }
}

/// An integer written as a JSON number or a string of digits.
pub fn integer(raw: &str) -> Option<i64> {
    code(raw)?.parse().ok()
}

pub fn boolean(raw: &str) -> Option<bool> {
    match raw {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(json: &str) -> &str {
        // every raw value reaches this module checked
        assert!(serde_json::from_str::<&RawValue>(json).is_ok(), "{json}");
        json
    }

    #[test]
    fn fields_by_name_the_last_of_a_twice_written_key_wins() {
        let r = raw(r#"{"a":1,"b":{"x":[1,2]},"a":"second","c":null}"#);
        let [a, b, z] = fields(r, ["a", "b", "z"]).unwrap();
        assert_eq!(a.unwrap(), r#""second""#);
        assert_eq!(b.unwrap(), r#"{"x":[1,2]}"#);
        assert!(z.is_none());
        assert!(fields(raw("[1,2]"), ["a"]).is_none());
        assert!(fields(raw(r#""text""#), ["a"]).is_none());
        // an escaped key is still found
        let r = raw(r#"{"he\u0061der":1}"#);
        assert!(fields(r, ["header"]).unwrap()[0].is_some());
    }

    #[test]
    fn strings_undo_escapes_and_survive_lone_surrogates() {
        assert_eq!(string(raw(r#""plain""#)).unwrap(), "plain");
        assert!(matches!(string(raw(r#""plain""#)), Some(Cow::Borrowed(_))));
        assert_eq!(
            string(raw(r#""a\"b\\c\/d\n\t\u00e9\u001b""#)).unwrap(),
            "a\"b\\c/d\n\té\u{1b}"
        );
        assert_eq!(string(raw(r#""\ud83d\ude00""#)).unwrap(), "😀");
        assert_eq!(string(raw(r#""x\ud800y""#)).unwrap(), "x\u{FFFD}y");
        assert_eq!(string(raw(r#""\udc00""#)).unwrap(), "\u{FFFD}");
        assert_eq!(
            string(raw(r#""\ud800\ud800""#)).unwrap(),
            "\u{FFFD}\u{FFFD}"
        );
        assert_eq!(string(raw("12")), None);
    }

    #[test]
    fn codes_as_numbers_or_strings() {
        assert_eq!(code(raw("-4")).unwrap(), "-4");
        assert_eq!(code(raw(r#"" 40409 ""#)).unwrap(), "40409");
        assert_eq!(code(raw("[1]")), None);
        assert_eq!(code(raw("null")), None);
        assert_eq!(integer(raw(r#""4100""#)), Some(4100));
        assert_eq!(integer(raw("4100")), Some(4100));
        assert_eq!(integer(raw("4.5")), None);
        assert_eq!(boolean(raw("false")), Some(false));
        assert_eq!(boolean(raw("0")), None);
    }
}
