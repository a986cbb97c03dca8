//! Every shape a JSON value is read by, and what each refuses.

use super::*;

fn value(json: &str) -> Option<Decoded<'_>> {
    match read_value(json.as_bytes()) {
        Read::Value(found, end) => {
            assert!(end <= json.len());
            found.map(|f| f.expect("not refused"))
        }
        other => panic!("{json}: {other:?}"),
    }
}

/// Why a value of a known shape is refused.
fn refused(json: &str) -> Refusal {
    match read_value(json.as_bytes()) {
        Read::Value(Some(Err(refusal)), _) => refusal,
        other => panic!("{json}: not refused: {other:?}"),
    }
}

/// (code, message, request id) of a decoded value.
fn fields<'a>(d: &'a Decoded) -> (Option<&'a str>, Option<&'a str>, Option<&'a str>) {
    (
        d.code.as_deref(),
        d.message.as_deref(),
        d.request_id.as_deref(),
    )
}

#[test]
fn nhn_headers() {
    let d = value(r#"{"header":{"isSuccessful":true,"resultCode":0,"resultMessage":"SUCCESS"}}"#)
        .unwrap();
    assert_eq!((d.envelope, d.successful), (Envelope::Nhn, Some(true)));
    assert_eq!(fields(&d), (Some("0"), Some("SUCCESS"), None));
    let d = value(
        r#"{"header":{"isSuccessful":false,"resultCode":-4,"resultMessage":"Invalid parameters: volume size: must be 10~2000"}, "volume": {"id": 1}}"#,
    )
    .unwrap();
    assert_eq!(fields(&d), (Some("-4"), Some("Invalid parameters"), None));
    assert_eq!(d.detail.as_deref(), Some("volume size: must be 10~2000"));
    let d = value(r#"{"header":{"resultCode":"40409","resultMessage":"Conflict"}}"#).unwrap();
    assert_eq!(d.code.as_deref(), Some("40409"));
    let d = value(r#"{"header":{"resultCode":" -3 "}}"#).unwrap();
    assert_eq!(d.code.as_deref(), Some("-3"));
    // other services' codes are codes too
    let d = value(r#"{"header":{"isSuccessful":false,"resultCode":"E900","resultMessage":"x"}}"#)
        .unwrap();
    assert_eq!(d.code.as_deref(), Some("E900"));
    // a resultCode that is no code: refused, saying why
    assert_eq!(
        refused(r#"{"header":{"resultCode":[1]}}"#),
        Refusal::field("resultCode", "[1]", Expected::Code)
    );
    assert_eq!(
        refused(r#"{"header":{"isSuccessful":false,"resultCode":null}}"#),
        Refusal::field("resultCode", "null", Expected::Code)
    );
    // a header of another shape is not an NHN header
    assert_eq!(value(r#"{"header":{"alg":"HS256"}}"#), None);
    assert_eq!(value(r#"{"header":"x"}"#), None);
    assert_eq!(value(r#"{"header":["id","name"],"rows":3}"#), None);
}

#[test]
fn a_result_code_longer_than_any_code_is_refused() {
    let long = format!(r#"{{"header":{{"resultCode":{}}}}}"#, "1".repeat(21));
    let Read::Value(Some(Err(Refusal::CodeTooLong(start))), _) = read_value(long.as_bytes()) else {
        panic!("{long}");
    };
    assert_eq!(start, "1".repeat(20));
    let twenty = format!(r#"{{"header":{{"resultCode":"{}"}}}}"#, "7".repeat(20));
    assert!(value(&twenty).is_some());
}

#[test]
fn tencent_responses() {
    let d = value(
        r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#,
    )
    .unwrap();
    assert_eq!(d.envelope, Envelope::Tencent);
    assert_eq!(
        fields(&d),
        (
            Some("AuthFailure.SignatureFailure"),
            Some("The provided credentials could not be validated."),
            Some("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")
        )
    );
    let d = value(r#"{"Response":{"TotalCount":0,"InstanceStatusSet":[],"RequestId":"b5b4"}}"#)
        .unwrap();
    assert_eq!(fields(&d), (None, None, Some("b5b4")));
    assert_eq!(
        refused(r#"{"Response":{"Error":{"Message":"no code"}}}"#),
        Refusal::field(
            "Response.Error",
            r#"{"Message":"no code"}"#,
            Expected::ErrorObject
        )
    );
    assert_eq!(
        refused(r#"{"Response":{"Error":{"Code":40,"Message":"m"},"RequestId":"r"}}"#),
        Refusal::field("Response.Error.Code", "40", Expected::StringCode)
    );
    // only as much of the value as a message quotes is kept
    let long = format!(
        r#"{{"Response":{{"Error":"{}","RequestId":"r"}}}}"#,
        "x".repeat(10_000)
    );
    let Refusal::Field { raw, .. } = refused(&long) else {
        panic!("refused otherwise");
    };
    assert_eq!(raw.chars().count(), 65);
    assert_eq!(
        value(r#"{"Response":{"status":"ok"}}"#),
        None,
        "no RequestId"
    );
    assert_eq!(value(r#"{"other":1}"#), None);
}

#[test]
fn tencent_error_objects_without_response() {
    for json in [
        r#"{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"m"},"RequestId":"r"}"#,
        r#"{"RequestId":"r","Error":{"Message":"m","Code":"AuthFailure.SignatureFailure"}}"#,
        r#"{"error":{"code":"AuthFailure.SignatureFailure","message":"m"},"requestId":"r"}"#,
        r#"{"Code":"AuthFailure.SignatureFailure","Message":"m","RequestId":"r"}"#,
    ] {
        let d = value(json).unwrap();
        assert_eq!(d.envelope, Envelope::TencentBare, "{json}");
        assert_eq!(
            fields(&d),
            (Some("AuthFailure.SignatureFailure"), Some("m"), Some("r")),
            "{json}"
        );
    }
    // other services' `Error` objects carry no RequestId
    assert_eq!(
        value(r#"{"Error":{"Code":"NoSuchKey","Message":"m"}}"#),
        None
    );
}

#[test]
fn tencent_api_v2() {
    let d = value(r#"{"code":4100,"message":"鉴权失败","codeDesc":"AuthFailure"}"#).unwrap();
    assert_eq!(d.envelope, Envelope::TencentV2);
    assert_eq!(
        (d.code.as_deref(), d.code_desc()),
        (Some("4100"), Some("AuthFailure"))
    );
    let d = value(r#"{"code":"5100","message":"(100004)projectId不正确"}"#).unwrap();
    assert_eq!(d.code.as_deref(), Some("5100"));
    let d = value(r#"{"codeDesc":"Success","message":"","code":"0"}"#).unwrap();
    assert_eq!(d.code.as_deref(), Some("0"));
    // so many JSON documents have `code` and `message`: not without codeDesc
    // outside API 2.0's range
    assert_eq!(value(r#"{"code":0,"message":"success"}"#), None);
    assert_eq!(value(r#"{"code":404,"message":"not found"}"#), None);
    assert_eq!(value(r#"{"code":"E1","message":"x","codeDesc":"y"}"#), None);
}

#[test]
fn openstack_faults() {
    let d = value(r#"{"badRequest":{"code":400,"message":"Invalid input"}}"#).unwrap();
    assert_eq!(
        (d.envelope, d.api(), d.status(), d.code.as_deref()),
        (
            Envelope::OpenStack,
            Some(OpenStackApi::Compute),
            Some(400),
            Some("badRequest")
        )
    );
    let d = value(r#"{"overLimit":{"code":429,"message":"slow down","retryAfter":"30"}}"#).unwrap();
    assert_eq!(d.retry_after().map(|r| r.as_ref()), Some("30"));
    let d = value(r#"{"computeFault":{"code":500,"message":"boom"}}"#).unwrap();
    assert_eq!(d.code.as_deref(), Some("computeFault"));
    let d =
        value(r#"{"NeutronError":{"type":"PortInUse","message":"in use","detail":""}}"#).unwrap();
    assert_eq!(
        (d.api(), d.code.as_deref(), d.detail),
        (Some(OpenStackApi::Network), Some("PortInUse"), None)
    );
    let d = value(r#"{"error":{"message":"auth","code":401,"title":"Unauthorized"}}"#).unwrap();
    assert_eq!(
        (d.api(), d.status(), d.code.as_deref()),
        (
            Some(OpenStackApi::Identity),
            Some(401),
            Some("Unauthorized")
        )
    );
    // other APIs' `error` objects have no title
    assert_eq!(
        value(r#"{"error":{"code":400,"message":"x","status":"INVALID_ARGUMENT"}}"#),
        None
    );
}

#[test]
fn values_end_where_they_close_and_incomplete_is_told_apart() {
    assert_eq!(read_value(br#"{"a":1} tail {"b":2}"#), Read::Value(None, 7));
    assert_eq!(
        read_value(b"{\"header\": {\"resultCode\": -4"),
        Read::Incomplete
    );
    assert_eq!(read_value(b"{ not json }"), Read::Invalid);
    // serde_json checks UTF-8 only in the members it reads
    assert_eq!(read_value(b"{\"a\":\"\xff\"}"), Read::Value(None, 9));
    assert_eq!(
        read_value(b"{\"Response\":{\"Error\":{\"Code\":\"\xff\"}}}"),
        Read::Invalid
    );
}

#[test]
fn escapes_duplicates_and_lone_surrogates() {
    let d = value(
        r#"{"Response":{"Error":{"Code":"InternalError","Message":"a\"b\u001b[31m"},"RequestId":"x"}}"#,
    )
    .unwrap();
    assert_eq!(d.message.as_deref(), Some("a\"b\u{1b}[31m"));
    // a lone surrogate does not make the body undecodable
    let d = value(
        r#"{"Response":{"Error":{"Code":"InternalError","Message":"bad \ud800 text"},"RequestId":"x"}}"#,
    )
    .unwrap();
    assert_eq!(d.message.as_deref(), Some("bad \u{FFFD} text"));
    // of a key written twice, the last wins
    let d = value(r#"{"header":{"resultCode":1,"resultCode":-4,"resultMessage":"x"}}"#).unwrap();
    assert_eq!(d.code.as_deref(), Some("-4"));
    let d =
        value(r#"{"Response":{"RequestId":"a","Error":{"Code":"X.Y"},"RequestId":"b"}}"#).unwrap();
    assert_eq!(d.request_id.as_deref(), Some("b"));
}

/// JSON-like text built to reach every corner of the quick reader: the
/// keys the shapes read and others, every kind of value, valid and
/// almost-valid numbers, strings with escapes, odd whitespace; the result
/// is then cut or changed at a byte, so that near-misses are tried too.
mod agreement {
    use super::*;
    use proptest::prelude::*;

    const KEYS: &[&str] = &[
        "header",
        "Response",
        "Error",
        "RequestId",
        "requestId",
        "error",
        "code",
        "message",
        "codeDesc",
        "Code",
        "Message",
        "isSuccessful",
        "resultCode",
        "resultMessage",
        "NeutronError",
        "badRequest",
        "computeFault",
        "type",
        "title",
        "x",
        "he\\u0061der",
        "",
    ];

    fn scalar() -> impl Strategy<Value = String> {
        let valid = prop_oneof![
            Just("true".to_string()),
            Just("false".to_string()),
            Just("null".to_string()),
            any::<i32>().prop_map(|n| n.to_string()),
            Just("-0".to_string()),
            Just("1.5e-3".to_string()),
            Just("2E+9".to_string()),
            "[a-zA-Z0-9 .:_-]{0,12}".prop_map(|s| format!("\"{s}\"")),
            Just(r#""a\"b\\c\/\n\u00e9\ud800""#.to_string()),
            Just("\"caf\u{e9} \u{c624}\"".to_string()),
        ];
        let invalid = prop_oneof![
            Just("nul".to_string()),
            Just("01".to_string()),
            Just("1.".to_string()),
            Just("1e999".to_string()),
            Just("-".to_string()),
            Just(r#""bad \x escape""#.to_string()),
            Just("\"tab\there\"".to_string()),
        ];
        prop_oneof![12 => valid, 1 => invalid]
    }

    fn value() -> impl Strategy<Value = String> {
        scalar().prop_recursive(4, 40, 6, |inner| {
            prop_oneof![
                proptest::collection::vec((proptest::sample::select(KEYS), inner.clone()), 0..6)
                    .prop_map(|members| {
                        let body: Vec<String> = members
                            .iter()
                            .map(|(k, v)| format!("\"{k}\":{v}"))
                            .collect();
                        format!("{{{}}}", body.join(","))
                    }),
                proptest::collection::vec(inner, 0..4)
                    .prop_map(|items| format!("[{}]", items.join(" , "))),
            ]
        })
    }

    /// An object of the given members, each value drawn from `value`.
    fn shaped(names: &'static [&'static str]) -> impl Strategy<Value = String> {
        proptest::collection::vec((proptest::sample::select(names), scalar()), 0..5).prop_map(
            |members| {
                let body: Vec<String> = members
                    .iter()
                    .map(|(k, v)| format!("\"{k}\":{v}"))
                    .collect();
                format!("{{{}}}", body.join(","))
            },
        )
    }

    /// A member: any key with any value, or a key with a value of the
    /// shape that key has in a body.
    fn member() -> impl Strategy<Value = (String, String)> {
        let error = || shaped(&["Code", "Message", "code", "message", "x"]);
        prop_oneof![
            (proptest::sample::select(KEYS), value()).prop_map(|(k, v)| (k.to_string(), v)),
            shaped(&["isSuccessful", "resultCode", "resultMessage", "x"])
                .prop_map(|v| ("header".to_string(), v)),
            (error(), scalar(), any::<bool>()).prop_map(|(e, id, with)| {
                let inner = if with {
                    format!("{{\"Error\":{e},\"RequestId\":{id}}}")
                } else {
                    format!("{{\"RequestId\":{id}}}")
                };
                ("Response".to_string(), inner)
            }),
            error().prop_map(|v| ("Error".to_string(), v)),
            shaped(&["type", "message", "detail", "code", "title"])
                .prop_map(|v| ("NeutronError".to_string(), v)),
        ]
    }

    pub fn object() -> impl Strategy<Value = Vec<u8>> {
        let members = proptest::collection::vec(member(), 0..5);
        (members, "[ \t\r\n]{0,2}", any::<u16>(), 0u8..8, any::<u8>()).prop_map(
            |(members, ws, at, edit, byte)| {
                let body: Vec<String> = members
                    .iter()
                    .map(|(k, v)| format!("{ws}\"{k}\"{ws}:{ws}{v}{ws}"))
                    .collect();
                let mut text = format!("{{{}}} trailing", body.join(",")).into_bytes();
                let at = usize::from(at) % text.len();
                match edit {
                    1 => text.truncate(at),
                    2 => text[at] = byte,
                    3 => text.insert(at, byte),
                    _ => {}
                }
                text
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2048, ..ProptestConfig::default() })]

        #[test]
        fn the_quick_reader_agrees_with_serde_json(text in object()) {
            prop_assert_eq!(read_value(&text), read_value_with_serde(&text), "{}", String::from_utf8_lossy(&text));
        }

        #[test]
        fn and_on_arbitrary_bytes(mut text in proptest::collection::vec(any::<u8>(), 0..64)) {
            text.insert(0, b'{');
            prop_assert_eq!(read_value(&text), read_value_with_serde(&text));
        }
    }

    #[test]
    fn the_quick_reader_answers_for_ordinary_bodies() {
        for body in [
            r#"{"header":{"isSuccessful":false,"resultCode":-4,"resultMessage":"Invalid: x"},"volume":{"id":"a"}}"#,
            r#"{"Response":{"Error":{"Code":"InternalError","Message":"m \"q\""},"RequestId":"r"}}"#,
            r#"{"level":"error","msg":"no body here","n":[1,2.5,{"a":null}]}"#,
        ] {
            assert!(fast_top(body.as_bytes()).is_some(), "{body}");
            assert_eq!(
                read_value(body.as_bytes()),
                read_value_with_serde(body.as_bytes())
            );
        }
    }
}
