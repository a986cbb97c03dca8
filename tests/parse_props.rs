//! Property tests: whatever bytes come in, `parse` neither panics nor lets a
//! control character through, and its JSON output stays JSON. The case count
//! follows PROPTEST_CASES (default 256; the README gives the long run).

use std::io::Cursor;

use ecode::context::{Context, Settings};
use ecode::exit_codes::ExitStatus;
use ecode::lang::Lang;
use ecode::model::Format;
use ecode::{Catalog, ParseOptions, decode_stream};
use proptest::prelude::*;

fn run(input: Vec<u8>, format: Format, max_body: usize) -> (String, String, ExitStatus) {
    colored::control::set_override(false);
    let options = ParseOptions {
        files: vec![],
        summary: true,
        max_body,
        // the support report and its masking on, to be fuzzed too
        report: true,
    };
    let catalog = Catalog::builtin();
    let settings = Settings::piped(&catalog, Lang::Ko, format);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut ctx = Context::new(settings, &mut out, &mut err);
    decode_stream("fuzz", Box::new(Cursor::new(input)), &options, &mut ctx)
        .expect("writing to memory cannot fail");
    let status = ctx.verdict;
    (
        String::from_utf8(out).expect("output is UTF-8"),
        String::from_utf8(err).expect("errors are UTF-8"),
        status,
    )
}

fn no_raw_controls(text: &str) {
    for c in text.chars() {
        let bad = (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        assert!(!bad, "raw {c:?} in output:\n{text}");
    }
}

/// Pieces that steer the scanner into its states: bodies, halves of bodies,
/// transcript lines, SDK markers, brackets, hostile bytes.
fn piece() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(br#"{"header":{"isSuccessful":false,"resultCode":-4,"resultMessage":"Invalid parameters: x"}}"#.to_vec()),
        Just(br#"{"Response":{"Error":{"Code":"ResourceNotFound.Foo","Message":"m\u001b"},"RequestId":"r"}}"#.to_vec()),
        Just(br#"{"Response":{"RequestId":"ok"}}"#.to_vec()),
        Just(br#"{"header": {"resultCode": "#.to_vec()),
        Just(b"HTTP/1.1 200 OK\r\n".to_vec()),
        Just(b"< HTTP/2 429\n< Retry-After: 3\n<\n".to_vec()),
        Just(b"Retry-After: \x1b[2J\r\n".to_vec()),
        Just(b"[TencentCloudSDKError] Code=".to_vec()),
        Just(b"> GET /v2/x?SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE HTTP/1.1\n".to_vec()),
        Just(b"Authorization: TC3-HMAC-SHA256 Credential=AKID".to_vec()),
        Just(br#""passwordCredentials":{"password":"#.to_vec()),
        Just(b"[TencentCloudSDKException] code:InternalError message:a: b, c requestId:".to_vec()),
        Just(b", Message=".to_vec()),
        Just(b"{".to_vec()),
        Just(b"}".to_vec()),
        Just(b"[[[[[[[[".to_vec()),
        Just(b"\"".to_vec()),
        Just(b"\\".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\0\xff\xfe\xc3".to_vec()),
        Just("\u{202e}서명\u{9b}".as_bytes().to_vec()),
        proptest::collection::vec(any::<u8>(), 0..16),
    ]
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(input in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let (out, err, _) = run(input.clone(), Format::Text, 256);
        no_raw_controls(&out);
        no_raw_controls(&err);
        let (out, _, _) = run(input, Format::Json, 256);
        for line in out.lines() {
            serde_json::from_str::<serde_json::Value>(line).expect("each line is JSON");
        }
    }

    #[test]
    fn structured_mixes_never_panic(pieces in proptest::collection::vec(piece(), 0..40), max in 64usize..4096) {
        let input: Vec<u8> = pieces.concat();
        let (out, err, status) = run(input.clone(), Format::Text, max);
        no_raw_controls(&out);
        no_raw_controls(&err);
        prop_assert!(status != ExitStatus::Usage && status != ExitStatus::Io);
        let (out, err, _) = run(input, Format::Json, max);
        for line in out.lines().chain(err.lines()) {
            serde_json::from_str::<serde_json::Value>(line).expect("each line is JSON");
        }
    }
}

#[test]
fn a_valid_body_is_found_whatever_surrounds_it() {
    let body = br#"{"header":{"resultCode":-4}}"#;
    for prefix in [
        &b""[..],
        b"x",
        b"{",
        b"}",
        b"\"",
        b"{\"a\"",
        b"HTTP/1.1 200 OK",
        b"[TencentCloudSDKError] Code",
    ] {
        let mut input = prefix.to_vec();
        input.push(b'\n');
        input.extend_from_slice(body);
        input.push(b'\n');
        let (out, _, status) = run(input, Format::Json, 1 << 20);
        assert!(
            out.contains("\"code\":\"-4\""),
            "after {:?}: {out}",
            String::from_utf8_lossy(prefix)
        );
        assert!(
            status == ExitStatus::Fix || status == ExitStatus::Undecodable,
            "{status:?}"
        );
    }
}

/// Known limit: a body inside a value that never closes (`{"a":` then the
/// body on the next line) is part of that value, so the input is reported as
/// truncated where the value began rather than the body decoded.
#[test]
fn a_body_inside_an_unclosed_value_is_reported_as_truncated() {
    let input = b"{\"a\":\n{\"header\":{\"resultCode\":-4}}\n".to_vec();
    let (out, err, status) = run(input, Format::Text, 1 << 20);
    assert_eq!(
        out, "요약 · 결과 0건, 해석할 수 없는 본문 1건\n\n  해석 불가  1\n",
        "no result, only the summary, which counts the undecodable value"
    );
    // Korean (the run's language): where the unclosed value began
    assert!(err.contains("fuzz(1행 1열)"), "{err}");
    assert_eq!(status, ExitStatus::Undecodable);
}
