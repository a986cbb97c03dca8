//! NHN Cloud's envelope: `{"header":{"isSuccessful":…,"resultCode":…,
//! "resultMessage":…}}`, which Compute and NHN Cloud's other services
//! (Image, SMS, Email, CDN…) share. `resultCode` may be a number or a
//! string; `resultMessage` may be `"<message>: <detail description>"`.

use std::borrow::Cow;

use super::envelope::{Decoded, Expected, Found, Refusal};
use super::object;
use crate::classify::Envelope;

/// No service's code is longer: a longer `resultCode` is no code at all.
pub const MAX_CODE: usize = 20;

/// NHN's `"<message>: <detail description>"`, split at the first `": "`.
fn split_message(text: Cow<'_, str>) -> (Cow<'_, str>, Option<Cow<'_, str>>) {
    match text {
        Cow::Borrowed(t) => match t.split_once(": ") {
            Some((m, d)) => (Cow::Borrowed(m), Some(Cow::Borrowed(d))),
            None => (Cow::Borrowed(t), None),
        },
        Cow::Owned(t) => match t.split_once(": ") {
            Some((m, d)) => (Cow::Owned(m.to_string()), Some(Cow::Owned(d.to_string()))),
            None => (Cow::Owned(t), None),
        },
    }
}

/// The members of `header` that are read.
pub const HEADER_FIELDS: [&str; 3] = ["isSuccessful", "resultCode", "resultMessage"];

/// `header`'s members named in `HEADER_FIELDS`, raw.
pub type Header<'a> = [Option<&'a str>; 3];

/// The header's fields; `None` when `header` is not an NHN header (no
/// `resultCode`); refused when its `resultCode` is neither a number nor a
/// string, or too long to be a code.
pub fn read(header: Header<'_>) -> Option<Found<'_>> {
    let [successful, code, message] = header;
    let raw = code?;
    let Some(code) = object::code(raw) else {
        return Some(Err(Refusal::field("resultCode", raw, Expected::Code)));
    };
    if code.chars().count() > MAX_CODE {
        let start: String = code.chars().take(MAX_CODE).collect();
        return Some(Err(Refusal::CodeTooLong(start)));
    }
    let mut decoded = Decoded::new(Envelope::Nhn, Some(code));
    decoded.successful = successful.and_then(object::boolean);
    if let Some((message, detail)) = message.and_then(object::string).map(split_message) {
        decoded.message = Some(message);
        decoded.detail = detail;
    }
    Some(Ok(decoded))
}
