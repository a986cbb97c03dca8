//! What one JSON value says, read by its shape: the top-level keys pick the
//! envelope (NHN Cloud's `header`, Tencent Cloud's `Response`, its bare
//! error object and API 2.0 envelope, the OpenStack faults), and the module
//! of that shape reads its fields. Pure: bytes in, fields out; no
//! classification.

use std::borrow::Cow;

use serde_json::value::RawValue;

use super::object::Key;
use super::{nhn, openstack, tencent, tencent_v2};
use crate::classify::{Envelope, OpenStackApi};

/// The fields of one decoded body or exception line, as the input spelled
/// them, borrowed from the input where no escape had to be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    pub envelope: Envelope,
    /// The code as written; `None` for a Tencent Cloud success.
    pub code: Option<Cow<'a, str>>,
    pub message: Option<Cow<'a, str>>,
    /// NHN's detail description (after `": "` in `resultMessage`), or an
    /// OpenStack fault's detail.
    pub detail: Option<Cow<'a, str>>,
    pub request_id: Option<Cow<'a, str>>,
    /// NHN's `isSuccessful`.
    pub successful: Option<bool>,
    /// API 2.0's `codeDesc`.
    pub code_desc: Option<Cow<'a, str>>,
    pub api: Option<OpenStackApi>,
    /// The HTTP status a body carries itself (Nova, Keystone).
    pub status: Option<u16>,
    /// Nova's `retryAfter`.
    pub retry_after: Option<Cow<'a, str>>,
}

fn own(text: Option<Cow<'_, str>>) -> Option<Cow<'static, str>> {
    text.map(|t| Cow::Owned(t.into_owned()))
}

impl<'a> Decoded<'a> {
    /// A decoded value of this shape, with nothing read yet.
    pub fn new(envelope: Envelope, code: Option<Cow<'a, str>>) -> Decoded<'a> {
        Decoded {
            envelope,
            code,
            message: None,
            detail: None,
            request_id: None,
            successful: None,
            code_desc: None,
            api: None,
            status: None,
            retry_after: None,
        }
    }

    /// The same fields, owning their text.
    pub fn into_owned(self) -> Decoded<'static> {
        Decoded {
            envelope: self.envelope,
            code: own(self.code),
            message: own(self.message),
            detail: own(self.detail),
            request_id: own(self.request_id),
            successful: self.successful,
            code_desc: own(self.code_desc),
            api: self.api,
            status: self.status,
            retry_after: own(self.retry_after),
        }
    }
}

/// A value of a known shape that ecode refuses to read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A `resultCode` longer than any code (20 characters): the start of it.
    CodeTooLong(String),
}

/// What a value of a known shape said: fields, or a refusal.
pub type Found<'a> = Result<Decoded<'a>, Refusal>;

/// The result of reading one JSON value at the start of some bytes.
#[derive(Debug, PartialEq)]
pub enum Read<'a> {
    /// A complete value ending at this offset, and what it said if it was
    /// a body of a known shape.
    Value(Option<Found<'a>>, usize),
    /// The bytes end inside the value.
    Incomplete,
    /// Not valid JSON here.
    Invalid,
}

/// The top-level keys any shape is read from, by position in `Top`.
const KEYS: [&str; 22] = [
    "header",
    "Response",
    "Error",
    "RequestId",
    "code",
    "message",
    "codeDesc",
    "NeutronError",
    "error",
    "requestId",
    "Code",
    "Message",
    // Nova's fault names (nova/api/openstack/wsgi.py `Fault`).
    "badRequest",
    "unauthorized",
    "forbidden",
    "itemNotFound",
    "badMethod",
    "conflictingRequest",
    "overLimit",
    "badMediaType",
    "notImplemented",
    "serviceUnavailable",
];
/// Where Nova's fault names start in `KEYS`; `computeFault` is read apart.
const FAULTS: usize = 12;

/// A value's members under `KEYS`, raw; the last of a key written twice wins.
struct Top<'a>([Option<&'a RawValue>; KEYS.len()], Option<&'a RawValue>);

impl<'de> serde::Deserialize<'de> for Top<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TopVisitor;
        impl<'de> serde::de::Visitor<'de> for TopVisitor {
            type Value = Top<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Top<'de>, A::Error> {
                let mut top = Top([None; KEYS.len()], None);
                while let Some(Key(key)) = map.next_key::<Key>()? {
                    if let Some(i) = KEYS.iter().position(|k| *k == key) {
                        top.0[i] = Some(map.next_value()?);
                    } else if key == "computeFault" {
                        top.1 = Some(map.next_value()?);
                    } else {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                }
                Ok(top)
            }
        }
        d.deserialize_map(TopVisitor)
    }
}

impl<'a> Top<'a> {
    fn get(&self, key: &str) -> Option<&'a RawValue> {
        let i = KEYS.iter().position(|k| *k == key)?;
        self.0[i]
    }

    /// The Nova fault present, by name, if any.
    fn fault(&self) -> Option<(&'static str, &'a RawValue)> {
        let named = (FAULTS..KEYS.len()).find_map(|i| self.0[i].map(|raw| (KEYS[i], raw)));
        named.or(self.1.map(|raw| ("computeFault", raw)))
    }
}

/// Reads the JSON value that starts at `bytes[0]`; what follows it is left alone.
pub fn read_value(bytes: &[u8]) -> Read<'_> {
    let mut stream = serde_json::Deserializer::from_slice(bytes).into_iter::<Top>();
    match stream.next() {
        Some(Ok(top)) => Read::Value(decode(&top), stream.byte_offset()),
        Some(Err(e)) if e.is_eof() => Read::Incomplete,
        _ => Read::Invalid,
    }
}

/// Reads a value already in memory whole (a relaxed literal turned into
/// JSON): what it says, if it is a body of a known shape.
pub fn read_text(text: &str) -> Option<Found<'static>> {
    match read_value(text.as_bytes()) {
        Read::Value(found, _) => found.map(|f| f.map(Decoded::into_owned)),
        _ => None,
    }
}

/// The shape a value's keys name, in order of precedence.
fn decode<'a>(top: &Top<'a>) -> Option<Found<'a>> {
    if let Some(found) = top.get("header").and_then(nhn::read) {
        return Some(found);
    }
    if let Some(decoded) = top.get("Response").and_then(tencent::read_response) {
        return Some(Ok(decoded));
    }
    let request_id = top.get("RequestId").or(top.get("requestId"));
    if let Some(decoded) = top
        .get("Error")
        .or(top.get("error"))
        .and_then(|e| tencent::read_bare(e, request_id))
    {
        return Some(Ok(decoded));
    }
    if let (Some(code), Some(id)) = (top.get("Code"), request_id) {
        let flat = tencent::read_flat(code, top.get("Message"), id);
        if let Some(decoded) = flat {
            return Some(Ok(decoded));
        }
    }
    if let Some(decoded) = top.get("NeutronError").and_then(openstack::neutron) {
        return Some(Ok(decoded));
    }
    if let Some(decoded) = top.get("error").and_then(openstack::keystone) {
        return Some(Ok(decoded));
    }
    if let Some(decoded) = top
        .fault()
        .and_then(|(name, raw)| openstack::nova(name, raw))
    {
        return Some(Ok(decoded));
    }
    let (code, message) = (top.get("code")?, top.get("message")?);
    tencent_v2::read(code, message, top.get("codeDesc")).map(Ok)
}

/// A value that names a body's top-level key, so its failure is worth telling.
pub fn looks_like_body(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(256)];
    [
        "\"header\"",
        "\"Response\"",
        "\"Error\"",
        "\"NeutronError\"",
        "\"codeDesc\"",
    ]
    .iter()
    .any(|key| memchr::memmem::find(head, key.as_bytes()).is_some())
}

#[cfg(test)]
mod tests;
