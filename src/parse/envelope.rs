//! What one JSON value says, read by its shape: the top-level keys pick the
//! envelope (NHN Cloud's `header`, Tencent Cloud's `Response`, its bare
//! error object and API 2.0 envelope, the OpenStack faults), and the module
//! of that shape reads its fields. Pure: bytes in, fields out; no
//! classification.

use std::borrow::Cow;
use std::ops::Range;

use serde_json::value::RawValue;

use super::object::{FieldsSeed, Key};
use super::{fast, nhn, openstack, tencent, tencent_v2};
use crate::classify::{Envelope, OpenStackApi};

/// The fields of one decoded body or exception line, as the input spelled
/// them, borrowed from the input where no escape had to be undone. Kept
/// small (it is moved for every body): the fields only some shapes have
/// are boxed in `extra`.
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
    pub extra: Option<Box<Extra<'a>>>,
}

/// What only API 2.0 and OpenStack bodies carry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extra<'a> {
    /// API 2.0's `codeDesc`.
    pub code_desc: Option<Cow<'a, str>>,
    pub api: Option<OpenStackApi>,
    /// The HTTP status a body carries itself (Nova, Keystone, Node's `httpCode`).
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
            extra: None,
        }
    }

    /// The shape's own fields, to fill in.
    pub fn extra_mut(&mut self) -> &mut Extra<'a> {
        self.extra.get_or_insert_with(Box::default)
    }

    pub fn code_desc(&self) -> Option<&str> {
        self.extra.as_ref()?.code_desc.as_deref()
    }

    pub fn api(&self) -> Option<OpenStackApi> {
        self.extra.as_ref()?.api
    }

    pub fn status(&self) -> Option<u16> {
        self.extra.as_ref()?.status
    }

    pub fn retry_after(&self) -> Option<&Cow<'a, str>> {
        self.extra.as_ref()?.retry_after.as_ref()
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
            extra: self.extra.map(|e| {
                Box::new(Extra {
                    code_desc: own(e.code_desc),
                    api: e.api,
                    status: e.status,
                    retry_after: own(e.retry_after),
                })
            }),
        }
    }
}

/// A value of a known shape that ecode refuses to read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A `resultCode` longer than any code (20 characters): the start of it.
    CodeTooLong(String),
    /// A member that decides the shape holds what it cannot
    /// (`"resultCode":true`, `"Error":"…"`): where, the raw value, and
    /// what belongs there.
    Field {
        field: &'static str,
        raw: String,
        expected: Expected,
    },
}

/// What a refused member should have held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A code: a string, or a number.
    Code,
    /// A code as a string.
    StringCode,
    /// An object with `Code` and `Message`.
    ErrorObject,
}

impl Refusal {
    /// `field` holds `raw` where `expected` belongs. Only as much of `raw`
    /// is kept as a message quotes (64 characters), and one more to tell
    /// that there was more.
    pub fn field(field: &'static str, raw: &str, expected: Expected) -> Refusal {
        Refusal::Field {
            field,
            raw: raw.chars().take(65).collect(),
            expected,
        }
    }
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
const KEYS: [&str; 20] = [
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
const FAULTS: usize = 10;

// The positions of the other keys in `KEYS`.
const ERROR: usize = 0;
const REQUEST_ID: usize = 1;
const CODE: usize = 2;
const MESSAGE: usize = 3;
const CODE_DESC: usize = 4;
const NEUTRON_ERROR: usize = 5;
const ERROR_LOWER: usize = 6;
const REQUEST_ID_LOWER: usize = 7;
const CODE_UPPER: usize = 8;
const MESSAGE_UPPER: usize = 9;

/// A value's members under `KEYS`, raw; the last of a key written twice
/// wins. `header` and `Response`, the shapes nearly every body has, are
/// read in the same pass (`object::FieldsSeed`) rather than again later.
struct Top<'a> {
    raw: [Option<&'a str>; KEYS.len()],
    /// `header`'s members, if it is an object.
    header: Option<nhn::Header<'a>>,
    /// `Response`'s members, if it is an object.
    response: Option<tencent::ResponseFields<'a>>,
    compute_fault: Option<&'a str>,
    /// Some Nova fault name was seen.
    any_fault: bool,
}

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
                let mut top = Top {
                    raw: [None; KEYS.len()],
                    header: None,
                    response: None,
                    compute_fault: None,
                    any_fault: false,
                };
                while let Some(Key(key)) = map.next_key::<Key>()? {
                    if key == "header" {
                        top.header = map.next_value_seed(FieldsSeed(nhn::HEADER_FIELDS))?;
                    } else if key == "Response" {
                        top.response = map.next_value_seed(FieldsSeed(tencent::RESPONSE_FIELDS))?;
                    } else if let Some(i) = key_index(key.as_bytes()) {
                        top.raw[i] = Some(map.next_value::<&RawValue>()?.get());
                        top.any_fault |= i >= FAULTS;
                    } else if key == "computeFault" {
                        top.compute_fault = Some(map.next_value::<&RawValue>()?.get());
                        top.any_fault = true;
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

/// The position of `key` in `KEYS`.
fn key_index(key: &[u8]) -> Option<usize> {
    // Most keys of most values are none of these: a length test first.
    if !(4..=18).contains(&key.len()) {
        return None;
    }
    KEYS.iter().position(|k| k.as_bytes() == key)
}

/// `Top` read by the quick scanner (`fast`): the same members, found the
/// same way, or `None` when the value is not an ordinary object and serde_json
/// must read it. Returns where the value ends.
fn fast_top(bytes: &[u8]) -> Option<(Top<'_>, usize)> {
    if bytes.first() != Some(&b'{') {
        return None;
    }
    type Span = Option<Range<usize>>;
    let mut raw: [Span; KEYS.len()] = Default::default();
    let mut header: Option<[Span; 3]> = None;
    let mut response: Option<[Span; 2]> = None;
    let mut compute_fault: Span = None;
    let mut any_fault = false;
    let mut scan = fast::Scan::new(bytes, 0);
    scan.object(|scan, key| {
        match key {
            b"header" => header = Some(scan.fields(nhn::HEADER_FIELDS)?),
            b"Response" => response = Some(scan.fields(tencent::RESPONSE_FIELDS)?),
            b"computeFault" => {
                compute_fault = Some(scan.span()?);
                any_fault = true;
            }
            _ => {
                let Some(i) = key_index(key) else {
                    return Some(false);
                };
                raw[i] = Some(scan.span()?);
                any_fault |= i >= FAULTS;
            }
        }
        Some(true)
    })?;
    let end = scan.at;
    // serde_json refuses a value that is not UTF-8; so does the quick reading.
    let text = std::str::from_utf8(&bytes[..end]).ok()?;
    let get = |span: Span| -> Option<Option<&str>> {
        span.map_or(Some(None), |range| text.get(range).map(Some))
    };
    let mut top = Top {
        raw: [None; KEYS.len()],
        header: None,
        response: None,
        compute_fault: get(compute_fault)?,
        any_fault,
    };
    for (slot, span) in top.raw.iter_mut().zip(raw) {
        *slot = get(span)?;
    }
    if let Some([a, b, c]) = header {
        top.header = Some([get(a)?, get(b)?, get(c)?]);
    }
    if let Some([a, b]) = response {
        top.response = Some([get(a)?, get(b)?]);
    }
    Some((top, end))
}

impl<'a> Top<'a> {
    fn get(&self, i: usize) -> Option<&'a str> {
        self.raw[i]
    }

    /// The Nova fault present, by name, if any.
    fn fault(&self) -> Option<(&'static str, &'a str)> {
        if !self.any_fault {
            return None;
        }
        let named = (FAULTS..KEYS.len()).find_map(|i| self.raw[i].map(|raw| (KEYS[i], raw)));
        named.or(self.compute_fault.map(|raw| ("computeFault", raw)))
    }
}

/// Reads the JSON value that starts at `bytes[0]`; what follows it is left
/// alone. The quick scanner reads ordinary objects; serde_json the rest.
pub fn read_value(bytes: &[u8]) -> Read<'_> {
    if let Some((top, end)) = fast_top(bytes) {
        return Read::Value(decode(&top), end);
    }
    read_value_with_serde(bytes)
}

/// `read_value` by serde_json alone.
fn read_value_with_serde(bytes: &[u8]) -> Read<'_> {
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

/// The shape a value's keys name, in order of precedence. A shape whose
/// deciding member holds the wrong thing is refused, with the reason,
/// unless another shape reads the value.
fn decode<'a>(top: &Top<'a>) -> Option<Found<'a>> {
    let mut refused = None;
    match top.header.and_then(nhn::read) {
        Some(Ok(decoded)) => return Some(Ok(decoded)),
        Some(Err(refusal)) => refused = Some(refusal),
        None => {}
    }
    match top.response.and_then(tencent::read_response) {
        Some(Ok(decoded)) => return Some(Ok(decoded)),
        Some(Err(refusal)) => refused = refused.or(Some(refusal)),
        None => {}
    }
    let request_id = top.get(REQUEST_ID).or(top.get(REQUEST_ID_LOWER));
    match top
        .get(ERROR)
        .or(top.get(ERROR_LOWER))
        .and_then(|e| tencent::read_bare(e, request_id))
    {
        Some(Ok(decoded)) => return Some(Ok(decoded)),
        Some(Err(refusal)) => refused = refused.or(Some(refusal)),
        None => {}
    }
    read_others(top, request_id).map(Ok).or(refused.map(Err))
}

/// The shapes that are read or not, never refused.
fn read_others<'a>(top: &Top<'a>, request_id: Option<&'a str>) -> Option<Decoded<'a>> {
    if let (Some(code), Some(id)) = (top.get(CODE_UPPER), request_id) {
        let flat = tencent::read_flat(code, top.get(MESSAGE_UPPER), id);
        if flat.is_some() {
            return flat;
        }
    }
    if let Some(decoded) = top.get(NEUTRON_ERROR).and_then(openstack::neutron) {
        return Some(decoded);
    }
    if let Some(decoded) = top.get(ERROR_LOWER).and_then(openstack::keystone) {
        return Some(decoded);
    }
    if let Some(decoded) = top
        .fault()
        .and_then(|(name, raw)| openstack::nova(name, raw))
    {
        return Some(decoded);
    }
    let (code, message) = (top.get(CODE)?, top.get(MESSAGE)?);
    tencent_v2::read(code, message, top.get(CODE_DESC))
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
