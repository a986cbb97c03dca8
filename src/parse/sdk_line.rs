//! The lines Tencent Cloud's SDKs and tools print for a failed call, each
//! SDK in its own form (as read in the versions named below; see
//! `tests/fixtures/README.md` for where each sample comes from):
//!
//! - Go (all v1.x) and Ruby: `[TencentCloudSDKError] Code=X, Message=Y, RequestId=Z`
//!   (Go ≥ v1.0.216 leaves `, RequestId=` out when it is empty);
//! - Python and tccli: `[TencentCloudSDKException] code:X message:Y requestId:Z`;
//! - Java ≥ 3.1.120: `[TencentCloudSDKException]code: X message:Y requestId:Z`;
//!   Java ≤ 3.1.119 and PHP ≤ 3.0.29: `…]message:X-Y  requestId:Z` (code
//!   glued to the message); PHP ≥ 3.0.30 brackets its full class name;
//! - .NET ≤ 3.0.891: `TencentCloud.Common.TencentCloudSDKException: code:X message:Y`;
//! - C++ `Error::PrintAll()`: `RequestId=Z, ErrorCode=X, ErrorMessage=Y`;
//! - the Terraform provider before v1.30: `… got error, code:X, message:Y`;
//! - Node: `TencentCloudSDKHttpException [Error]: Y`, then the stack, then
//!   the inspected properties `requestId: '…'` and `code: '…'` on lines of
//!   their own (read across lines by `NodeDump`).
//!
//! A message may hold commas, colons, brackets and a whole other SDK line
//! of its own: it runs from its key to the *last* request-id key.

use std::borrow::Cow;

use super::envelope::Decoded;
use super::words::Words;
use crate::classify::Envelope;

/// What marks each kind of SDK line; a line without one is none. The SDKs'
/// is `CloudSDK`, without the `Tencent`: pastes cut words short
/// (`encentCloudSDKHttpException`).
pub const MARKERS: [&str; 3] = ["CloudSDK", "ErrorCode=", "got error, code:"];
/// The three, searched for in one pass over a line.
static ANY: std::sync::LazyLock<Words> = std::sync::LazyLock::new(|| Words::new(&MARKERS));
static SDK: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(MARKERS[0]));
static CPP: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(MARKERS[1]));
static TERRAFORM: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(MARKERS[2]));

/// What a line with an SDK's or tool's marker holds.
#[derive(Debug, PartialEq)]
pub enum Found {
    /// A whole exception, at this byte offset of the line.
    Line(usize, Decoded<'static>),
    /// The first line of a Node dump: its properties follow on later lines.
    NodeDump(usize, NodeDump),
    /// A marker, but nothing that could be read after it.
    Unreadable(usize),
}

/// Reads the line's SDK exception, if it has a marker; `None` otherwise.
pub fn read(line: &[u8]) -> Option<Found> {
    ANY.find(line)?;
    if let Some(at) = SDK.find(line) {
        return Some(read_sdk(line, at));
    }
    if let Some(at) = CPP.find(line) {
        let text = text_of(line);
        // C++ prints all three keys; `ErrorCode=` alone is any program's log.
        if let (Some(start), true) = (text.find("RequestId="), text.contains("ErrorMessage=")) {
            if let Some(d) = cpp(&text) {
                return Some(Found::Line(start.min(at), d));
            }
        }
    }
    let at = TERRAFORM.find(line)?;
    let text = String::from_utf8_lossy(&line[at + b"got error, ".len()..]);
    Some(match keyed(&text, "code:", "message:", ", request id:") {
        Some(d) => Found::Line(at, d),
        None => Found::Unreadable(at),
    })
}

/// The line as text, byte for byte: every byte that is not UTF-8 becomes
/// one `?`, so that a place in the text is the same place in the line
/// (`from_utf8_lossy`'s U+FFFD is three bytes for one).
fn text_of(line: &[u8]) -> Cow<'_, str> {
    if let Ok(text) = std::str::from_utf8(line) {
        return Cow::Borrowed(text);
    }
    let mut text = String::with_capacity(line.len());
    for chunk in line.utf8_chunks() {
        text.push_str(chunk.valid());
        text.extend(std::iter::repeat_n('?', chunk.invalid().len()));
    }
    Cow::Owned(text)
}

/// A line holding `CloudSDK` somewhere.
fn read_sdk(line: &[u8], hit: usize) -> Found {
    let text = text_of(line);
    let found = |at: usize, d: Option<Decoded<'static>>| match d {
        Some(d) => Found::Line(at, d),
        None => Found::Unreadable(at),
    };
    // Go and Ruby.
    if let Some(at) = text.find("[TencentCloudSDKError]") {
        let rest = &text[at + "[TencentCloudSDKError]".len()..];
        return found(at, keyed(rest, "Code=", "Message=", ", RequestId="));
    }
    // Node's inspected exception: the code is on a later line.
    if let Some(found) = text.find("CloudSDKHttpException") {
        let at = text[..found]
            .rfind(|c: char| !c.is_ascii_alphabetic())
            .map_or(0, |i| i + 1);
        let after = &text[found + "CloudSDKHttpException".len()..];
        let message = after
            .split_once(": ")
            .map(|(_, m)| m.trim().to_string())
            .filter(|m| !m.is_empty());
        return Found::NodeDump(at, NodeDump::new(message));
    }
    // Python, tccli, Java, PHP: `[…TencentCloudSDKException]`.
    if let Some(close) = text.find("TencentCloudSDKException]") {
        let at = text[..close].rfind('[').unwrap_or(close);
        let rest = &text[close + "TencentCloudSDKException]".len()..];
        let decoded = if rest.trim_start().starts_with("code:") {
            keyed(rest, "code:", "message:", "requestId:")
        } else {
            glued(rest)
        };
        return found(at, decoded);
    }
    // .NET: `TencentCloud.Common.TencentCloudSDKException: code:X message:Y`.
    let at = text
        .find("TencentCloud.Common.TencentCloudSDKException")
        .unwrap_or(hit);
    found(at, keyed(&text[at..], "code:", "message:", "requestId"))
}

/// A request id as the SDKs print it: letters, digits, `-` and `_`. Python
/// prints a missing one as `None`.
fn id_token(s: &str) -> Option<String> {
    let s = s.trim_start_matches([' ', ':']);
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(s.len());
    let id = &s[..end];
    (!id.is_empty() && !matches!(id, "None" | "null" | "nil")).then(|| id.to_string())
}

/// A code as the SDKs print it: letters, digits, `.` and `_`.
fn code_token(s: &str) -> Option<&str> {
    let s = s.trim_start();
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_'))
        .unwrap_or(s.len());
    let code = s[..end].trim_end_matches('.');
    (!code.is_empty()).then_some(code)
}

/// A message as printed between its key and the request id's: trimmed of
/// the separator the format puts before the next key, and of quotes a .NET
/// dialog puts round it.
fn message_between(rest: &str, start: usize, end: usize) -> String {
    let m = rest[start..end].trim();
    let m = m.strip_suffix(',').unwrap_or(m).trim_end();
    m.trim_end_matches(['”', '"']).trim_end().to_string()
}

/// `<code key>X <message key>Y <id key>Z`, the message running to the last
/// id key.
fn keyed(rest: &str, code_key: &str, message_key: &str, id_key: &str) -> Option<Decoded<'static>> {
    let code = code_token(&rest[rest.find(code_key)? + code_key.len()..])?;
    let id_at = rest.rfind(id_key);
    let request_id = id_at.and_then(|i| id_token(&rest[i + id_key.len()..]));
    let message = rest.find(message_key).map(|i| {
        let start = i + message_key.len();
        let end = id_at.filter(|&j| j >= start).unwrap_or(rest.len());
        message_between(rest, start, end)
    });
    Some(sdk_line(code, message, request_id))
}

/// Java ≤ 3.1.119 and PHP ≤ 3.0.29: `message:<Code>-<Message> requestId:<Id>`.
/// Codes hold no `-`, so the first one ends the code; the code must start
/// with a capital letter (`java.net.SocketException-…` is no API code).
fn glued(rest: &str) -> Option<Decoded<'static>> {
    let body = rest.trim_start().strip_prefix("message:")?;
    let (code, _) = body.split_once('-')?;
    if !code.starts_with(|c: char| c.is_ascii_uppercase()) || code_token(code)? != code {
        return None;
    }
    let id_at = body.rfind("requestId");
    let request_id = id_at.and_then(|i| id_token(&body[i + "requestId".len()..]));
    let start = code.len() + 1;
    let end = id_at.filter(|&j| j >= start).unwrap_or(body.len());
    Some(sdk_line(
        code,
        Some(message_between(body, start, end)),
        request_id,
    ))
}

/// C++'s `RequestId=Z, ErrorCode=X, ErrorMessage=Y`.
fn cpp(text: &str) -> Option<Decoded<'static>> {
    let code = code_token(&text[text.find("ErrorCode=")? + "ErrorCode=".len()..])?;
    let message = text
        .find("ErrorMessage=")
        .map(|i| text[i + "ErrorMessage=".len()..].trim().to_string());
    let request_id = text
        .find("RequestId=")
        .and_then(|i| id_token(&text[i + "RequestId=".len()..]));
    Some(sdk_line(code, message, request_id))
}

fn sdk_line(code: &str, message: Option<String>, request_id: Option<String>) -> Decoded<'static> {
    let mut d = Decoded::new(Envelope::SdkLine, Some(Cow::Owned(code.to_string())));
    d.message = message.filter(|m| !m.is_empty()).map(Cow::Owned);
    d.request_id = request_id.map(Cow::Owned);
    d
}

/// A Node `util.inspect` dump of a `TencentCloudSDKHttpException`, read
/// line by line: the stack, then `requestId: '…'`, `traceId: '…'` and
/// `code: '…'` (or `httpCode: 502`), then `}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeDump {
    message: Option<String>,
    request_id: Option<String>,
    code: Option<String>,
    http_code: Option<u16>,
    lines: u32,
}

/// How many lines a dump may take before it is given up as something else.
const NODE_DUMP_LINES: u32 = 64;

/// What a Node dump's next line did to it.
#[derive(Debug, PartialEq)]
pub enum Dumped {
    /// Read; more to come.
    More,
    /// The dump closed: what it said (a status alone when it had no code).
    Done(Decoded<'static>),
    /// Not part of a dump: the dump is given up and the line read as usual.
    NotDump,
}

impl NodeDump {
    fn new(message: Option<String>) -> NodeDump {
        NodeDump {
            message,
            request_id: None,
            code: None,
            http_code: None,
            lines: 0,
        }
    }

    /// Takes the next line of the dump.
    pub fn push(&mut self, line: &[u8]) -> Dumped {
        self.lines += 1;
        let text = String::from_utf8_lossy(line);
        let t = text.trim();
        if self.lines > NODE_DUMP_LINES {
            return Dumped::NotDump;
        }
        if t == "}" || t == "})" {
            return self.done();
        }
        if t.starts_with("at ") || t.starts_with("...") {
            return Dumped::More;
        }
        // Node ≤ 10 closes the dump on the last property's line.
        let closes = t.ends_with('}');
        let body = t.trim_end_matches('}').trim_end();
        let Some((key, value)) = body.split_once(": ").or_else(|| body.split_once(':')) else {
            return Dumped::NotDump;
        };
        let value = value.trim().trim_end_matches(',').trim_end();
        let quoted = value
            .strip_prefix('\'')
            .and_then(|v| v.strip_suffix('\''))
            .map(str::to_string);
        match key.trim() {
            "requestId" => self.request_id = quoted.filter(|v| !v.is_empty()),
            "code" => self.code = quoted,
            "httpCode" => self.http_code = value.parse().ok(),
            "traceId" => {}
            // The message on a line of its own: `[Error]: …`.
            "[Error]" if self.message.is_none() => {
                self.message = Some(value.to_string()).filter(|m| !m.is_empty());
            }
            _ => return Dumped::NotDump,
        }
        if closes {
            return self.done();
        }
        Dumped::More
    }

    fn done(&mut self) -> Dumped {
        let message = self.message.take();
        match (self.code.take(), self.http_code) {
            (Some(code), _) => Dumped::Done(sdk_line(&code, message, self.request_id.take())),
            (None, Some(status)) => {
                let mut d = Decoded::new(Envelope::HttpStatus, None);
                d.extra_mut().status = Some(status);
                d.message = message.map(Cow::Owned);
                d.request_id = self.request_id.take().map(Cow::Owned);
                Dumped::Done(d)
            }
            (None, None) => Dumped::NotDump,
        }
    }
}

#[cfg(test)]
mod tests;
