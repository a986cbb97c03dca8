//! The OpenStack-style faults of NHN Cloud's OpenStack-compatible APIs:
//! Nova's `{"badRequest":{"code":400,"message":…}}` (and `overLimit` with
//! `retryAfter`), Neutron's `{"NeutronError":{"type":…,"message":…,
//! "detail":…}}` and Keystone's `{"error":{"code":401,"title":…,
//! "message":…}}`. The fault name, `type` or `title` is the code.

use super::envelope::Decoded;
use super::object;
use crate::classify::{Envelope, OpenStackApi};

/// An HTTP status as a body writes it: a number, or `"404 Not Found"`.
fn status(raw: &str) -> Option<u16> {
    let text = object::code(raw)?;
    let digits = text.get(..3)?;
    let status: u16 = digits.parse().ok()?;
    (100..=599).contains(&status).then_some(status)
}

/// `{"<faultName>":{"code":…,"message":…[,"retryAfter":…]}}`.
pub fn nova<'a>(name: &'static str, fault: &'a str) -> Option<Decoded<'a>> {
    let [code, message, retry_after, details] =
        object::fields(fault, ["code", "message", "retryAfter", "details"])?;
    let mut decoded = Decoded::new(Envelope::OpenStack, Some(name.into()));
    decoded.message = Some(object::string(message?)?);
    decoded.detail = details.and_then(object::string).filter(|d| !d.is_empty());
    let extra = decoded.extra_mut();
    extra.api = Some(OpenStackApi::Compute);
    extra.status = Some(status(code?)?);
    extra.retry_after = retry_after.and_then(object::code);
    Some(decoded)
}

/// `{"NeutronError":{"type":…,"message":…,"detail":…}}`.
pub fn neutron(error: &str) -> Option<Decoded<'_>> {
    let [kind, message, detail] = object::fields(error, ["type", "message", "detail"])?;
    let mut decoded = Decoded::new(Envelope::OpenStack, Some(object::string(kind?)?));
    decoded.extra_mut().api = Some(OpenStackApi::Network);
    decoded.message = message.and_then(object::string);
    decoded.detail = detail.and_then(object::string).filter(|d| !d.is_empty());
    Some(decoded)
}

/// `{"error":{"code":…,"title":…,"message":…}}`. Other APIs wrap errors in
/// `error` too; Keystone's always has a `title`, the status's reason phrase.
pub fn keystone(error: &str) -> Option<Decoded<'_>> {
    let [code, title, message] = object::fields(error, ["code", "title", "message"])?;
    let mut decoded = Decoded::new(Envelope::OpenStack, Some(object::string(title?)?));
    let extra = decoded.extra_mut();
    extra.api = Some(OpenStackApi::Identity);
    extra.status = Some(status(code?)?);
    decoded.message = message.and_then(object::string);
    Some(decoded)
}
