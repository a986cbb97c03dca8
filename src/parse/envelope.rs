//! What a response body or an SDK exception line says, read by its shape:
//! NHN Cloud's `header`, Tencent Cloud's `Response`, and the Tencent Cloud
//! SDKs' exception lines. Pure: bytes in, fields out; no classification.

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::value::RawValue;

/// The fields of one decoded body, as the input spelled them, borrowed
/// from the input where no JSON escape had to be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded<'a> {
    /// An NHN Cloud header. `code` is `resultCode` as text (number or string).
    Nhn {
        code: Cow<'a, str>,
        message: Option<Cow<'a, str>>,
        detail: Option<Cow<'a, str>>,
    },
    /// A Tencent Cloud failure (`Response.Error`), or an SDK exception line.
    TencentError {
        code: Cow<'a, str>,
        message: Option<Cow<'a, str>>,
        request_id: Option<Cow<'a, str>>,
    },
    /// A Tencent Cloud `Response` without `Error`.
    TencentSuccess { request_id: Option<Cow<'a, str>> },
}

fn own(text: Option<Cow<'_, str>>) -> Option<Cow<'static, str>> {
    text.map(|t| Cow::Owned(t.into_owned()))
}

impl Decoded<'_> {
    /// The same fields, owning their text.
    pub fn into_owned(self) -> Decoded<'static> {
        match self {
            Decoded::Nhn {
                code,
                message,
                detail,
            } => Decoded::Nhn {
                code: Cow::Owned(code.into_owned()),
                message: own(message),
                detail: own(detail),
            },
            Decoded::TencentError {
                code,
                message,
                request_id,
            } => Decoded::TencentError {
                code: Cow::Owned(code.into_owned()),
                message: own(message),
                request_id: own(request_id),
            },
            Decoded::TencentSuccess { request_id } => Decoded::TencentSuccess {
                request_id: own(request_id),
            },
        }
    }
}

/// `text` trimmed, still borrowed when it was.
fn trim(text: Cow<'_, str>) -> Cow<'_, str> {
    match text {
        Cow::Borrowed(t) => Cow::Borrowed(t.trim()),
        Cow::Owned(t) if t.trim().len() == t.len() => Cow::Owned(t),
        Cow::Owned(t) => Cow::Owned(t.trim().to_string()),
    }
}

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

/// `T` read only from a JSON object. serde's derived structs also accept an
/// array (fields by position), and `{"header":["id","name"]}` in a CSV log
/// line is no NHN header.
struct MapOnly<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for MapOnly<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Objects<T>(std::marker::PhantomData<T>);

        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Objects<T> {
            type Value = T;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map))
            }
        }

        deserializer
            .deserialize_map(Objects(std::marker::PhantomData))
            .map(MapOnly)
    }
}

#[derive(Deserialize)]
struct Envelope<'a> {
    #[serde(borrow)]
    header: Option<MapOnly<Header<'a>>>,
    #[serde(rename = "Response", borrow)]
    response: Option<MapOnly<Response<'a>>>,
}

#[derive(Deserialize)]
struct Header<'a> {
    /// As written: a number (`-4`) or a string (`"40409"`), borrowed.
    #[serde(rename = "resultCode", borrow)]
    result_code: Option<&'a RawValue>,
    #[serde(rename = "resultMessage", borrow)]
    result_message: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct Response<'a> {
    #[serde(rename = "Error", borrow)]
    error: Option<MapOnly<TencentError<'a>>>,
    #[serde(rename = "RequestId", borrow)]
    request_id: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct TencentError<'a> {
    #[serde(rename = "Code", borrow)]
    code: Option<Cow<'a, str>>,
    #[serde(rename = "Message", borrow)]
    message: Option<Cow<'a, str>>,
}

/// The result of reading one JSON value at the start of some bytes.
#[derive(Debug, PartialEq)]
pub enum Read<'a> {
    /// A complete value ending at this offset, and what it said if it was a body.
    Value(Option<Decoded<'a>>, usize),
    /// The bytes end inside the value.
    Incomplete,
    /// JSON, but its `header` or `Response` has the wrong types for a body.
    NotBody,
    /// Not valid JSON here.
    Invalid,
}

/// Reads the JSON value that starts at `bytes[0]`; what follows it is left alone.
pub fn read_value(bytes: &[u8]) -> Read<'_> {
    let mut stream = serde_json::Deserializer::from_slice(bytes).into_iter::<Envelope>();
    match stream.next() {
        Some(Ok(envelope)) => Read::Value(decode(envelope), stream.byte_offset()),
        Some(Err(e)) if e.is_eof() => Read::Incomplete,
        Some(Err(e)) if e.is_data() => Read::NotBody,
        _ => Read::Invalid,
    }
}

fn decode(envelope: Envelope<'_>) -> Option<Decoded<'_>> {
    if let Some(MapOnly(header)) = envelope.header {
        let raw = header.result_code?.get();
        let code = match raw.as_bytes().first()? {
            b'-' | b'0'..=b'9' => Cow::Borrowed(raw),
            b'"' => trim(serde_json::from_str::<Cow<str>>(raw).ok()?),
            _ => return None,
        };
        let (message, detail) = match header.result_message.map(split_message) {
            Some((message, detail)) => (Some(message), detail),
            None => (None, None),
        };
        return Some(Decoded::Nhn {
            code,
            message,
            detail,
        });
    }
    let MapOnly(response) = envelope.response?;
    let request_id = response.request_id;
    Some(match response.error {
        Some(MapOnly(error)) => Decoded::TencentError {
            code: trim(error.code?),
            message: error.message,
            request_id,
        },
        // Tencent Cloud returns a RequestId with every response it handled:
        // without one, `{"Response": …}` is somebody else's JSON.
        None => Decoded::TencentSuccess {
            request_id: Some(request_id?),
        },
    })
}

/// A value that names a body's top-level key, so its failure is worth telling.
pub fn looks_like_body(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(256)];
    memchr::memmem::find(head, b"\"header\"").is_some()
        || memchr::memmem::find(head, b"\"Response\"").is_some()
}

/// The marker the Go and Ruby SDKs print: `Code=…, Message=…, RequestId=…`.
pub const SDK_ERROR: &[u8] = b"[TencentCloudSDKError]";
/// The marker the Python, Java and Node SDKs print: `code:… message:… requestId:…`.
pub const SDK_EXCEPTION: &[u8] = b"[TencentCloudSDKException]";

/// What both markers begin with, searched for once per line.
static SDK_PREFIX: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"[TencentCloudSDK"));

/// Byte offset of an SDK exception marker in `line`, if any.
pub fn sdk_marker(line: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = SDK_PREFIX.find(&line[from..]) {
        let at = from + i;
        if line[at..].starts_with(SDK_ERROR) || line[at..].starts_with(SDK_EXCEPTION) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// A request id as the SDKs print it: letters, digits, `-` and `_`.
fn id_token(s: &str) -> Option<String> {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(s.len());
    (end > 0).then(|| s[..end].to_string())
}

/// A code as the SDKs print it: a Tencent code is letters, digits, `.`, `_`.
fn code_token(s: &str) -> Option<String> {
    let s = s.trim_start();
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_' || c == '-'))
        .unwrap_or(s.len());
    let code = s[..end].trim_end_matches('.');
    (!code.is_empty()).then(|| code.to_string())
}

/// Reads an SDK exception from the text after its marker. The message may
/// hold commas, colons and brackets of its own, so it runs from its key to
/// the *last* request-id key.
pub fn read_sdk(line: &[u8]) -> Option<Decoded<'static>> {
    let at = sdk_marker(line)?;
    let text = String::from_utf8_lossy(&line[at..]);
    let marker = |m: &[u8]| String::from_utf8_lossy(m).into_owned();
    let (go_style, rest) = match text.strip_prefix(&marker(SDK_ERROR)) {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix(&marker(SDK_EXCEPTION))?),
    };
    let (code_key, message_key, id_key) = if go_style {
        ("Code=", "Message=", ", RequestId=")
    } else {
        ("code:", "message:", "requestId:")
    };
    let code = code_token(&rest[rest.find(code_key)? + code_key.len()..])?;
    let id_at = rest.rfind(id_key);
    // Python prints a missing id as `None`.
    let request_id = id_at
        .and_then(|i| id_token(&rest[i + id_key.len()..]))
        .filter(|id| !matches!(id.as_str(), "None" | "null" | "nil"));
    let message = rest.find(message_key).map(|i| {
        let start = i + message_key.len();
        let end = id_at.filter(|&j| j >= start).unwrap_or(rest.len());
        let m = rest[start..end].trim();
        // Go: "Message=…, RequestId=": the comma belongs to the format.
        m.strip_suffix(',').unwrap_or(m).trim_end().to_string()
    });
    Some(Decoded::TencentError {
        code: Cow::Owned(code),
        message: message.map(Cow::Owned),
        request_id: request_id.map(Cow::Owned),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(json: &str) -> Option<Decoded<'_>> {
        match read_value(json.as_bytes()) {
            Read::Value(d, end) => {
                assert!(end <= json.len());
                d
            }
            other => panic!("{json}: {other:?}"),
        }
    }

    fn nhn<'a>(
        code: &'a str,
        message: Option<&'a str>,
        detail: Option<&'a str>,
    ) -> Option<Decoded<'a>> {
        Some(Decoded::Nhn {
            code: code.into(),
            message: message.map(Into::into),
            detail: detail.map(Into::into),
        })
    }

    fn tc<'a>(code: &'a str, message: Option<&'a str>, id: Option<&'a str>) -> Option<Decoded<'a>> {
        Some(Decoded::TencentError {
            code: code.into(),
            message: message.map(Into::into),
            request_id: id.map(Into::into),
        })
    }

    #[test]
    fn nhn_headers() {
        assert_eq!(
            value(r#"{"header":{"isSuccessful":true,"resultCode":0,"resultMessage":"SUCCESS"}}"#),
            nhn("0", Some("SUCCESS"), None)
        );
        assert_eq!(
            value(
                r#"{"header":{"isSuccessful":false,"resultCode":-4,"resultMessage":"Invalid parameters: volume size: must be 10~2000"}, "volume": {"id": 1}}"#
            ),
            nhn(
                "-4",
                Some("Invalid parameters"),
                Some("volume size: must be 10~2000")
            )
        );
        assert_eq!(
            value(r#"{"header":{"resultCode":"40409","resultMessage":"Conflict"}}"#),
            nhn("40409", Some("Conflict"), None)
        );
        assert_eq!(
            value(r#"{"header":{"resultCode":" -3 "}}"#),
            nhn("-3", None, None)
        );
        // a header of another shape is not an NHN header
        assert_eq!(value(r#"{"header":{"resultCode":[1]}}"#), None);
        assert_eq!(value(r#"{"header":{"alg":"HS256"}}"#), None);
        // the wrong types are not a body: not an error either
        assert_eq!(read_value(br#"{"header":"x"}"#), Read::NotBody);
        assert_eq!(
            read_value(br#"{"header":["id","name"],"rows":3}"#),
            Read::NotBody
        );
        assert_eq!(
            read_value(br#"{"header":[-4,"Invalid: x"]}"#),
            Read::NotBody
        );
    }

    #[test]
    fn tencent_responses() {
        assert_eq!(
            value(
                r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#
            ),
            tc(
                "AuthFailure.SignatureFailure",
                Some("The provided credentials could not be validated."),
                Some("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")
            )
        );
        assert_eq!(
            value(r#"{"Response":{"TotalCount":0,"InstanceStatusSet":[],"RequestId":"b5b4"}}"#),
            Some(Decoded::TencentSuccess {
                request_id: Some("b5b4".into())
            })
        );
        assert_eq!(
            value(r#"{"Response":{"Error":{"Message":"no code"}}}"#),
            None
        );
        assert_eq!(value(r#"{"other":1}"#), None);
    }

    #[test]
    fn values_end_where_they_close_and_incomplete_is_told_apart() {
        assert_eq!(read_value(br#"{"a":1} tail {"b":2}"#), Read::Value(None, 7));
        assert_eq!(
            read_value(b"{\"header\": {\"resultCode\": -4"),
            Read::Incomplete
        );
        assert_eq!(read_value(b"{ not json }"), Read::Invalid);
        // serde_json checks UTF-8 only in the fields it reads
        assert_eq!(read_value(b"{\"a\":\"\xff\"}"), Read::Value(None, 9));
        assert_eq!(
            read_value(b"{\"Response\":{\"Error\":{\"Code\":\"\xff\"}}}"),
            Read::Invalid
        );
    }

    #[test]
    fn escaped_strings_are_decoded() {
        assert_eq!(
            value(
                r#"{"Response":{"Error":{"Code":"InternalError","Message":"a\"b\u001b[31m"},"RequestId":"x"}}"#
            ),
            tc("InternalError", Some("a\"b\u{1b}[31m"), Some("x"))
        );
    }

    #[test]
    fn sdk_lines_in_every_form() {
        let cases = [
            (
                "[TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=Signature expired, RequestId=6d2c1f8a-1",
                tc(
                    "AuthFailure.SignatureExpire",
                    Some("Signature expired"),
                    Some("6d2c1f8a-1"),
                ),
            ),
            (
                "2026-11-21 ERROR main.go:42: [TencentCloudSDKError] Code=InvalidParameter, Message=param [Zone] invalid: a, b: c, RequestId=abc-123)",
                tc(
                    "InvalidParameter",
                    Some("param [Zone] invalid: a, b: c"),
                    Some("abc-123"),
                ),
            ),
            (
                "[TencentCloudSDKException] code:ResourceNotFound.InstanceNotFound message:instance `ins-1` not found: check [region], please requestId:7a1f-22",
                tc(
                    "ResourceNotFound.InstanceNotFound",
                    Some("instance `ins-1` not found: check [region], please"),
                    Some("7a1f-22"),
                ),
            ),
            (
                "Traceback: tencentcloud.common.exception.TencentCloudSDKException: [TencentCloudSDKException] code:RequestLimitExceeded message:requestId: in text requestId:r-9",
                tc(
                    "RequestLimitExceeded",
                    Some("requestId: in text"),
                    Some("r-9"),
                ),
            ),
            (
                "rpc error: code = Unknown desc = [TencentCloudSDKError] Code=ResourceBusy, Message=busy",
                tc("ResourceBusy", Some("busy"), None),
            ),
        ];
        for (line, want) in cases {
            assert_eq!(read_sdk(line.as_bytes()), want, "{line}");
        }
        assert_eq!(
            read_sdk(b"[TencentCloudSDKException] message:no code requestId:1"),
            None
        );
        assert_eq!(read_sdk(b"no marker here"), None);
        assert_eq!(
            read_sdk(
                b"[TencentCloudSDKException] code:ClientNetworkError message:x requestId:None"
            ),
            tc("ClientNetworkError", Some("x"), None)
        );
    }
}
