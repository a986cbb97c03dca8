//! Tencent Cloud API 3.0's envelope, `{"Response":{"Error":{"Code":…,
//! "Message":…},"RequestId":…}}` (no `Error` for a success), and its error
//! object without `Response`, as SDK wrappers and the COS STS helpers print
//! it: `{"Error":{…},"RequestId":…}`, also with lower-cased keys, and the
//! COS STS Node helper's flattened `{Code, Message, RequestId}`.

use std::borrow::Cow;

use super::envelope::{Decoded, Expected, Found, Refusal};
use super::object;
use crate::classify::Envelope;

/// The members of `Response` that are read.
pub const RESPONSE_FIELDS: [&str; 2] = ["Error", "RequestId"];

/// `Response`'s members named in `RESPONSE_FIELDS`, raw.
pub type ResponseFields<'a> = [Option<&'a str>; 2];

/// `Response`'s fields. Tencent Cloud returns a RequestId with every
/// response it handled: without one and without `Error`, `{"Response": …}`
/// is somebody else's JSON. An `Error` that is no error object is refused.
pub fn read_response(response: ResponseFields<'_>) -> Option<Found<'_>> {
    let [error, request_id] = response;
    let request_id = request_id.and_then(object::string);
    let Some(error) = error else {
        let mut success = Decoded::new(Envelope::Tencent, None);
        success.request_id = Some(request_id?);
        return Some(Ok(success));
    };
    let mut decoded = read_error(error, Envelope::Tencent, "Response.Error");
    if let Ok(d) = &mut decoded {
        d.request_id = request_id;
    }
    Some(decoded)
}

/// `{"Code":…,"Message":…}` (or lower-cased) as an error of `envelope`, or
/// why it is none (`at`: where it was, for the reason).
fn read_error<'a>(error: &'a str, envelope: Envelope, at: &'static str) -> Found<'a> {
    let Some([code, message, lower_code, lower_message]) =
        object::fields(error, ["Code", "Message", "code", "message"])
    else {
        return Err(Refusal::field(at, error, Expected::ErrorObject));
    };
    let Some(raw) = code.or(lower_code) else {
        return Err(Refusal::field(at, error, Expected::ErrorObject));
    };
    let Some(code) = object::string(raw) else {
        let field = if at == "Error" {
            "Error.Code"
        } else {
            "Response.Error.Code"
        };
        return Err(Refusal::field(field, raw, Expected::StringCode));
    };
    let mut decoded = Decoded::new(envelope, Some(trimmed(code)));
    decoded.message = message.or(lower_message).and_then(object::string);
    Ok(decoded)
}

/// The error object without `Response`. Other services print
/// `{"Error":{"Code":…}}` too, so a RequestId beside it is required; with
/// one, an `Error` that is no error object is refused.
pub fn read_bare<'a>(error: &'a str, request_id: Option<&'a str>) -> Option<Found<'a>> {
    let request_id = object::string(request_id?)?;
    let mut decoded = read_error(error, Envelope::TencentBare, "Error");
    if let Ok(d) = &mut decoded {
        d.request_id = Some(request_id);
    }
    Some(decoded)
}

/// The COS STS Node helper's flattened error: `{Code, Message, RequestId}`.
pub fn read_flat<'a>(
    code: &'a str,
    message: Option<&'a str>,
    request_id: &'a str,
) -> Option<Decoded<'a>> {
    let mut decoded = Decoded::new(Envelope::TencentBare, Some(trimmed(object::string(code)?)));
    decoded.message = message.and_then(object::string);
    decoded.request_id = Some(object::string(request_id)?);
    Some(decoded)
}

/// `text` trimmed, still borrowed when it was.
fn trimmed(text: Cow<'_, str>) -> Cow<'_, str> {
    match text {
        Cow::Borrowed(t) => Cow::Borrowed(t.trim()),
        Cow::Owned(t) => Cow::Owned(t.trim().to_string()),
    }
}
