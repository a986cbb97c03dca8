//! Tencent Cloud API 2.0's (legacy) envelope: `{"code":4100,"message":…,
//! "codeDesc":"AuthFailure"}`. `code` is a number or a string of digits, 0
//! for success; `codeDesc` may be absent. So many JSON documents carry a
//! `code` and a `message` that one is read as API 2.0 only with a
//! `codeDesc`, or with a code in API 2.0's range of error codes.

use super::envelope::Decoded;
use super::object;
use crate::classify::Envelope;

/// API 2.0's common error codes lie in 4000–6299.
const RANGE: std::ops::RangeInclusive<i64> = 4000..=6299;

pub fn read<'a>(
    code: &'a str,
    message: &'a str,
    code_desc: Option<&'a str>,
) -> Option<Decoded<'a>> {
    let number = object::integer(code)?;
    let message = object::string(message)?;
    let code_desc = code_desc.and_then(object::string);
    if code_desc.is_none() && !RANGE.contains(&number) {
        return None;
    }
    let mut decoded = Decoded::new(Envelope::TencentV2, Some(number.to_string().into()));
    decoded.message = Some(message);
    if code_desc.is_some() {
        decoded.extra_mut().code_desc = code_desc;
    }
    Some(decoded)
}
