//! Secrets in text quoted from the input, masked before anything shows it:
//! `Authorization` values (a TC3-HMAC-SHA256 credential scope, signed
//! headers and signature; Basic and Bearer tokens; any other scheme's
//! credentials), `X-Auth-Token`, `X-TC-Token` and every other `…Token`,
//! `SecretId` / `SecretKey`, passwords, `passwordCredentials` and token
//! objects, Tencent key ids (`AKID…`) and JSON Web Tokens wherever they
//! stand. A key id keeps a short prefix, so that support can match it
//! without learning it; everything else becomes `***`.
//!
//! Pure and cheap: only the bytes a secret hinges on are looked at closely
//! (`:`, `=`, the `K` of `AKID`, the `J` of `eyJ`); text with no secret is
//! returned as it is, after one pass, without allocating.

use std::borrow::Cow;

/// What a secret is replaced with.
pub const MASK: &str = "***";

/// How many characters of a key id stay visible (`AKIDz8kr***`).
const KEY_ID_PREFIX: usize = 8;

/// What follows a key's separator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Secret {
    /// An `Authorization` value: its scheme stays, its credentials go.
    Authorization,
    /// A key id: a short prefix stays.
    KeyId,
    /// Everything goes.
    Whole,
}

/// What the key that ends a `key: value` or `key=value` names, compared
/// without case, `-` or `_`.
fn secret_key(key: &[u8]) -> Option<Secret> {
    // Most keys are none of these: told by their last three letters.
    let mut last = [0u8; 3];
    let mut letters = key.iter().rev().filter(|&&b| b != b'-' && b != b'_');
    for slot in last.iter_mut().rev() {
        *slot = letters.next()?.to_ascii_lowercase();
    }
    if !SECRET_ENDINGS.contains(&&last) {
        return None;
    }
    let mut name = [0u8; 32];
    let mut len = 0;
    for &b in key {
        if b == b'-' || b == b'_' {
            continue;
        }
        if len == name.len() {
            return None;
        }
        name[len] = b.to_ascii_lowercase();
        len += 1;
    }
    let name = &name[..len];
    let ends = |suffix: &[u8]| name.ends_with(suffix);
    if ends(b"authorization") {
        Some(Secret::Authorization)
    } else if ends(b"secretid") || name == b"credential" || ends(b"accesskeyid") {
        Some(Secret::KeyId)
    } else if ends(b"token")
        || ends(b"secretkey")
        || ends(b"password")
        || ends(b"passwd")
        || name == b"passwordcredentials"
        || name == b"signature"
        || name == b"signedheaders"
        || ends(b"secret")
    {
        Some(Secret::Whole)
    } else {
        None
    }
}

/// The last three letters of every key `secret_key` knows.
const SECRET_ENDINGS: [&[u8; 3]; 12] = [
    b"ion", // authorization
    b"tid", // secretid
    b"ial", // credential
    b"yid", // accesskeyid
    b"ken", // …token
    b"key", // secretkey
    b"ord", // password
    b"swd", // passwd
    b"ret", // secret
    b"ure", // signature
    b"ers", // signedheaders
    b"als", // passwordcredentials
];

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// Where an unquoted value ends.
fn ends_value(b: u8) -> bool {
    b.is_ascii_whitespace() || b"\"',&}])<>\\".contains(&b)
}

/// Where a token68 (a Bearer or Basic credential) ends.
fn ends_token(b: u8) -> bool {
    !(b.is_ascii_alphanumeric() || b"-._~+/=".contains(&b))
}

/// The bytes a secret hinges on: a separator, the `K` of `AKID`, the `J`
/// of `eyJ`. Words rather than `memchr`: quoted values are short, and two
/// vector searches cost more on them than one pass of words.
static HINGES: [bool; 256] = {
    let mut table = [false; 256];
    table[b':' as usize] = true;
    table[b'=' as usize] = true;
    table[b'K' as usize] = true;
    table[b'J' as usize] = true;
    table
};

/// The first byte at or after `from` a secret hinges on: eight bytes at a
/// time (a word holds one of the four when `word ^ byte` has a zero byte),
/// then the table for the word that holds one.
fn next_hinge(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let word = u64::from_le_bytes(chunk);
        let found = zero_byte(word ^ (ONES * u64::from(b':')))
            | zero_byte(word ^ (ONES * u64::from(b'=')))
            | zero_byte(word ^ (ONES * u64::from(b'K')))
            | zero_byte(word ^ (ONES * u64::from(b'J')));
        if found != 0 {
            break;
        }
        i += 8;
    }
    let at = bytes
        .get(i..)?
        .iter()
        .position(|&b| HINGES[usize::from(b)])?;
    Some(i + at)
}

/// `text` with its secrets masked. Borrowed when it holds none.
#[inline]
pub fn mask(text: &str) -> Cow<'_, str> {
    match next_hinge(text.as_bytes(), 0) {
        None => Cow::Borrowed(text),
        Some(first) => mask_from(text, first),
    }
}

/// `mask`, for text whose first byte a secret may hinge on is at `first`.
fn mask_from(text: &str, first: usize) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out = Masked {
        text,
        out: String::new(),
        copied: 0,
    };
    let at_word = |i: usize| i == 0 || !is_word(bytes[i - 1]);
    let mut i = first;
    while i < bytes.len() {
        let Some(at) = next_hinge(bytes, i) else {
            break;
        };
        let next = match bytes[at] {
            b':' | b'=' => after_key(bytes, at).map(|(secret, from)| match secret {
                Secret::Authorization => out.authorization(from),
                Secret::KeyId => out.value(from, Some(KEY_ID_PREFIX)),
                Secret::Whole => out.value(from, None),
            }),
            b'K' if at > 0 && at_word(at - 1) && bytes[at - 1..].starts_with(b"AKID") => {
                out.key_id(at - 1)
            }
            b'J' if at > 1 && at_word(at - 2) && bytes[at - 2..].starts_with(b"eyJ") => {
                out.jwt(at - 2)
            }
            _ => None,
        };
        i = next.unwrap_or(at + 1);
    }
    if out.copied == 0 {
        return Cow::Borrowed(text);
    }
    out.out.push_str(&text[out.copied..]);
    Cow::Owned(out.out)
}

/// NHN's detail description, which followed `message` and `": "` in the
/// body's `resultMessage`, masked as it stood there: a message ending in a
/// key that names a secret (`X-Auth-Token`) makes the detail's start its value.
pub fn detail<'a>(message: Option<&str>, detail: &'a str) -> Cow<'a, str> {
    let key = message.map_or(&[][..], |m| {
        let m = m.as_bytes();
        let start = m.iter().rposition(|&b| !is_word(b)).map_or(0, |i| i + 1);
        &m[start..]
    });
    if key.is_empty() || secret_key(key).is_none() {
        return mask(detail);
    }
    let joined = format!("{}: {detail}", String::from_utf8_lossy(key));
    let masked = mask(&joined);
    Cow::Owned(masked[key.len() + 2..].to_string())
}

/// The secret the key before the separator at `sep` names, and where its
/// value starts (after spaces and an opening quote, which stays).
fn after_key(bytes: &[u8], sep: usize) -> Option<(Secret, usize)> {
    // Back over spaces and the key's closing quote: `"X-TC-Token" : "…"`.
    let mut end = sep;
    while end > 0 && bytes[end - 1] == b' ' {
        end -= 1;
    }
    if end > 0 && matches!(bytes[end - 1], b'"' | b'\'') {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && is_word(bytes[start - 1]) {
        start -= 1;
    }
    if start == end {
        return None;
    }
    // `http://`, `10:00:00`, `a==b` are no keys worth a look.
    if sep + 1 < bytes.len() && bytes[sep + 1] == bytes[sep] {
        return None;
    }
    let secret = secret_key(&bytes[start..end])?;
    let mut from = sep + 1;
    while from < bytes.len() && bytes[from] == b' ' {
        from += 1;
    }
    Some((secret, from))
}

/// The masked text being built: `text[..copied]` is in `out`.
struct Masked<'a> {
    text: &'a str,
    out: String,
    copied: usize,
}

impl Masked<'_> {
    /// Masks `text[from..to]`, keeping its first `keep` characters when it
    /// is long enough to keep some back (twice as long); returns where
    /// scanning goes on.
    fn replace(&mut self, from: usize, to: usize, keep: usize) -> usize {
        let secret = &self.text[from..to];
        let kept = match secret.char_indices().nth(keep * 2) {
            Some(_) => secret.char_indices().nth(keep).map_or(0, |(k, _)| k),
            None => 0,
        };
        self.out.push_str(&self.text[self.copied..from + kept]);
        self.out.push_str(MASK);
        self.copied = to;
        to.max(from + 1)
    }

    /// A value at `from`: quoted (to its closing quote), an object (to its
    /// closing brace), a Basic or Bearer credential, or a bare word.
    /// `keep`: a key id's prefix.
    fn value(&mut self, from: usize, keep: Option<usize>) -> usize {
        let bytes = self.text.as_bytes();
        let Some(&first) = bytes.get(from) else {
            return from;
        };
        let keep = keep.unwrap_or(0);
        match first {
            b'"' | b'\'' => {
                let start = from + 1;
                let end = closing_quote(bytes, start, first);
                if let Some(next) = self.scheme_token(start, end) {
                    return next;
                }
                if end == start {
                    return end + 1;
                }
                // A key id in a credential keeps its prefix only, not its scope.
                self.replace(start, end, keep)
            }
            b'{' => {
                let end = closing_brace(bytes, from);
                if end <= from + 1 {
                    return from + 1;
                }
                self.replace(from + 1, end, 0)
            }
            _ => {
                if let Some(next) = self.scheme_token(from, line_end(bytes, from)) {
                    return next;
                }
                let end = bytes[from..]
                    .iter()
                    .position(|&b| ends_value(b))
                    .map_or(bytes.len(), |e| from + e);
                if end == from {
                    return from + 1;
                }
                self.replace(from, end, keep)
            }
        }
    }

    /// An `Authorization` value at `from`: the scheme stays. TC3's
    /// parameters are masked by their own keys (Credential, SignedHeaders,
    /// Signature); Basic and Bearer lose their token; any other scheme
    /// loses the rest of the value (to its closing quote, or the end of
    /// the line); a value without a scheme goes whole.
    fn authorization(&mut self, at: usize) -> usize {
        let bytes = self.text.as_bytes();
        let (from, end) = match bytes.get(at) {
            Some(&q @ (b'"' | b'\'')) => (at + 1, closing_quote(bytes, at + 1, q)),
            _ => (at, line_end(bytes, at)),
        };
        let scheme_end = bytes[from..end]
            .iter()
            .position(|&b| ends_token(b) || b == b'=')
            .map_or(end, |e| from + e);
        if scheme_end == from || bytes.get(scheme_end) != Some(&b' ') {
            return self.value(at, None);
        }
        if let Some(next) = self.scheme_token(from, end) {
            return next;
        }
        let scheme = &bytes[from..scheme_end];
        if scheme.windows(4).any(|w| w.eq_ignore_ascii_case(b"hmac")) {
            return scheme_end;
        }
        let token = scheme_end + 1;
        if end == token {
            return token;
        }
        self.replace(token, end, 0)
    }

    /// A Tencent key id standing alone: `AKID` and at least twelve more
    /// letters or digits keep their first eight characters.
    fn key_id(&mut self, at: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let len = bytes[at..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(bytes.len() - at);
        (len >= 16).then(|| self.replace(at, at + len, KEY_ID_PREFIX))
    }

    /// A JSON Web Token: `eyJ…` with two dots, twenty characters or more.
    fn jwt(&mut self, at: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let len = bytes[at..]
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b"-_.=".contains(&b)))
            .unwrap_or(bytes.len() - at);
        let token = &bytes[at..at + len];
        let dots = token.iter().filter(|&&b| b == b'.').count();
        (len >= 20 && dots >= 2).then(|| self.replace(at, at + len, 0))
    }

    /// The credentials after a `Bearer` or `Basic` scheme at `at` (its
    /// token, to `end` at most); `None` when `at` holds no such scheme.
    fn scheme_token(&mut self, at: usize, end: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let word = &bytes[at..end];
        let len = [&b"bearer "[..], b"basic "]
            .into_iter()
            .find(|s| word.len() > s.len() && word[..s.len()].eq_ignore_ascii_case(s))?
            .len();
        let from = at + len;
        let to = bytes[from..end]
            .iter()
            .position(|&b| ends_token(b))
            .map_or(end, |e| from + e);
        Some(if to == from {
            from
        } else {
            self.replace(from, to, 0)
        })
    }
}

/// The index of the quote `q` that closes a string starting at `from`
/// (escaped quotes skipped), or the end of the text.
fn closing_quote(bytes: &[u8], from: usize, q: u8) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b if b == q => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The end of the line `at` is on.
fn line_end(bytes: &[u8], at: usize) -> usize {
    memchr::memchr2(b'\n', b'\r', &bytes[at..]).map_or(bytes.len(), |e| at + e)
}

/// The index of the `}` that closes the `{` at `open` (strings skipped), or
/// the end of the text when it never closes.
fn closing_brace(bytes: &[u8], open: usize) -> usize {
    let mut depth = 0usize;
    let mut in_string = None;
    let mut i = open;
    while i < bytes.len() {
        let b = bytes[i];
        match in_string {
            Some(_) if b == b'\\' => i += 1,
            Some(q) if b == q => in_string = None,
            Some(_) => {}
            None => match b {
                b'"' | b'\'' => in_string = Some(b),
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        return i;
                    }
                }
                _ => {}
            },
        }
        i += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn masks(input: &str, want: &str) {
        assert_eq!(mask(input), want, "{input:?}");
    }

    #[test]
    fn text_without_secrets_is_borrowed() {
        for text in [
            "The request failed.",
            "Invalid parameters: size",
            "Timestamp: 1700000000, server time: 1700000900",
            "url http://example.com/a?b=c",
            "",
            "AKID",
            "Key pair key-1 was not found.",
        ] {
            assert!(matches!(mask(text), Cow::Borrowed(_)), "{text:?}");
        }
    }

    #[test]
    fn tc3_authorization_keeps_the_scheme_and_a_key_id_prefix() {
        masks(
            "Authorization: TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2026-11-21/cvm/tc3_request, SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c",
            "Authorization: TC3-HMAC-SHA256 Credential=AKIDz8kr***, SignedHeaders=***, Signature=***",
        );
    }

    #[test]
    fn basic_bearer_and_other_schemes_lose_their_credentials() {
        masks(
            "Authorization: Basic dXNlcjpodW50ZXIy",
            "Authorization: Basic ***",
        );
        masks(
            "-H \"Authorization: Bearer abc.def-ghi\" -v",
            "-H \"Authorization: Bearer ***\" -v",
        );
        masks(
            "{\"authorization\":\"Digest username=\\\"u\\\", response=\\\"x\\\"\"}",
            "{\"authorization\":\"Digest ***\"}",
        );
        masks("authorization=opaque-value&x=1", "authorization=***&x=1");
        masks(
            "token: Bearer 0123456789abcdefXYZ rejected",
            "token: Bearer *** rejected",
        );
        masks(
            "{\"Authorization\": \"Basic dXNlcjpwYXNzd29yZA==\"}",
            "{\"Authorization\": \"Basic ***\"}",
        );
        masks("Authorization: 0123abc", "Authorization: ***");
        // a word after Basic is no token, where no key names a secret
        masks(
            "Note: Basic information is missing",
            "Note: Basic information is missing",
        );
    }

    #[test]
    fn tokens_and_keys_by_their_names() {
        masks("X-Auth-Token: gAAAAABk5x", "X-Auth-Token: ***");
        masks("x-tc-token:abc123 next", "x-tc-token:*** next");
        masks(
            "{\"SecretId\": \"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE\", \"SecretKey\": \"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE\"}",
            "{\"SecretId\": \"AKIDz8kr***\", \"SecretKey\": \"***\"}",
        );
        masks(
            "?Action=DescribeInstances&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Signature=EliP9YW3pW28FpsEdkXt%2F%2BWcGeI%3D&Token=t1",
            "?Action=DescribeInstances&SecretId=AKIDz8kr***&Signature=***&Token=***",
        );
        masks("secret_key = 'abc'", "secret_key = '***'");
        masks(
            "TENCENTCLOUD_SECRET_ID=AKIDshort1",
            "TENCENTCLOUD_SECRET_ID=***",
        );
    }

    #[test]
    fn password_credentials_and_token_objects() {
        masks(
            r#"{"auth":{"tenantId":"f5073eaa","passwordCredentials":{"username":"me@example.com","password":"hunter2!"}}}"#,
            r#"{"auth":{"tenantId":"f5073eaa","passwordCredentials":{***}}}"#,
        );
        masks(
            r#"{"access":{"token":{"id":"gAAAAABkTokenId","expires":"2026-11-22T10:00:00Z"}}}"#,
            r#"{"access":{"token":{***}}}"#,
        );
        masks(r#"{'password': 'p}w'}"#, r#"{'password': '***'}"#);
    }

    #[test]
    fn key_ids_and_jwts_standing_alone() {
        masks(
            "Credential(\"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE\", key)",
            "Credential(\"AKIDz8kr***\", key)",
        );
        masks(
            "used eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig_nature here",
            "used *** here",
        );
    }

    #[test]
    fn a_detail_is_masked_as_it_stood_after_its_message() {
        assert_eq!(detail(Some("X-Auth-Token"), "gAAAAB secret"), "*** secret");
        assert_eq!(detail(Some("Bad value of Password"), "'p w'"), "'***'");
        assert_eq!(detail(Some("Invalid parameters"), "size"), "size");
        assert_eq!(detail(None, "token=abc"), "token=***");
        assert_eq!(detail(Some("토큰"), "x"), "x");
    }

    #[test]
    fn every_byte_a_secret_hinges_on_is_found_at_any_offset() {
        for len in 0..40 {
            for at in 0..len {
                for hinge in [b':', b'=', b'K', b'J'] {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = hinge;
                    assert_eq!(next_hinge(&bytes, 0), Some(at), "{len} {at}");
                    assert_eq!(next_hinge(&bytes, at + 1), None);
                }
            }
            assert_eq!(next_hinge(&vec![0xff; len], 0), None);
        }
        // every key the scan knows passes the quick test of its ending
        for key in [
            "Authorization",
            "X-Auth-Token",
            "SecretId",
            "secret_key",
            "Credential",
            "AccessKeyId",
            "password",
            "passwd",
            "passwordCredentials",
            "Signature",
            "SignedHeaders",
            "client_secret",
        ] {
            assert!(secret_key(key.as_bytes()).is_some(), "{key}");
        }
        assert_eq!(secret_key(b"failed"), None);
        assert_eq!(secret_key(b"id"), None);
    }

    #[test]
    fn odd_input_never_panics() {
        for text in [
            "Authorization:",
            "Authorization: ",
            "Authorization: \"",
            "token={",
            "password=\"",
            "=:=:",
            "Bearer ",
            "AKID",
            "Authorization: 서명 토큰",
            "token: 토큰값 다음",
            "passwordCredentials:{\"a\":\"}",
        ] {
            let _ = mask(text);
        }
        masks("token: 토큰값 다음", "token: *** 다음");
    }
}
