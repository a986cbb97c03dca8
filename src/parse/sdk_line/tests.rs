//! Every SDK's and tool's line, as `tests/fixtures/README.md` sources them.

use super::*;

/// (code, message, request id) of a whole exception line.
fn line(text: &str) -> Option<(String, Option<String>, Option<String>)> {
    match read(text.as_bytes())? {
        Found::Line(_, d) => Some((
            d.code.map(|c| c.into_owned()).unwrap_or_default(),
            d.message.map(|m| m.into_owned()),
            d.request_id.map(|r| r.into_owned()),
        )),
        Found::NodeDump(..) | Found::Unreadable(_) => None,
    }
}

fn t(
    code: &str,
    message: Option<&str>,
    id: Option<&str>,
) -> Option<(String, Option<String>, Option<String>)> {
    Some((code.into(), message.map(Into::into), id.map(Into::into)))
}

#[test]
fn go_and_ruby() {
    let cases = [
        (
            "[TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=Signature expired, RequestId=6d2c1f8a-1",
            t(
                "AuthFailure.SignatureExpire",
                Some("Signature expired"),
                Some("6d2c1f8a-1"),
            ),
        ),
        (
            "2026-11-21 ERROR main.go:42: [TencentCloudSDKError] Code=InvalidParameter, Message=param [Zone] invalid: a, b: c, RequestId=abc-123)",
            t(
                "InvalidParameter",
                Some("param [Zone] invalid: a, b: c"),
                Some("abc-123"),
            ),
        ),
        (
            "rpc error: code = Unknown desc = [TencentCloudSDKError] Code=ResourceBusy, Message=busy",
            t("ResourceBusy", Some("busy"), None),
        ),
        // Go ≤ v1.0.215 and Ruby print the key even when the id is empty
        (
            "[TencentCloudSDKError] Code=ClientError.NetworkError, Message=Fail to get response, RequestId=",
            t(
                "ClientError.NetworkError",
                Some("Fail to get response"),
                None,
            ),
        ),
        // a whole other SDK line in the message: the last RequestId is the outer one
        (
            "[TencentCloudSDKError] Code=FailedOperation.AsCommon, Message=AS_COMMON_ERROR(err:[TencentCloudSDKError] Code=InvalidParameterValue.InstanceTypeNotSupported, Message=x, RequestId=inner), RequestId=outer",
            t(
                "FailedOperation.AsCommon",
                Some(
                    "AS_COMMON_ERROR(err:[TencentCloudSDKError] Code=InvalidParameterValue.InstanceTypeNotSupported, Message=x, RequestId=inner)",
                ),
                Some("outer"),
            ),
        ),
    ];
    for (text, want) in cases {
        assert_eq!(line(text), want, "{text}");
    }
}

#[test]
fn python_tccli_java_php() {
    let cases = [
        (
            "[TencentCloudSDKException] code:ResourceNotFound.InstanceNotFound message:instance `ins-1` not found: check [region], please requestId:7a1f-22",
            t(
                "ResourceNotFound.InstanceNotFound",
                Some("instance `ins-1` not found: check [region], please"),
                Some("7a1f-22"),
            ),
        ),
        (
            "tencentcloud.common.exception.tencent_cloud_sdk_exception.TencentCloudSDKException: [TencentCloudSDKException] code:RequestLimitExceeded message:requestId: in text requestId:r-9",
            t(
                "RequestLimitExceeded",
                Some("requestId: in text"),
                Some("r-9"),
            ),
        ),
        (
            "[TencentCloudSDKException] code:ClientNetworkError message:x requestId:None",
            t("ClientNetworkError", Some("x"), None),
        ),
        // Java ≥ 3.1.120: a space after `code:`, and a cause at the end
        (
            "[TencentCloudSDKException]code: InternalError message:boom requestId:r-1 cause:java.io.IOException",
            t("InternalError", Some("boom"), Some("r-1")),
        ),
        // Java ≤ 3.1.119 and PHP ≤ 3.0.29: the code glued to the message
        (
            "[TencentCloudSDKException]message:InternalError.SendAndRecvFail-send and recv sso package fail requestId:6260e7fa",
            t(
                "InternalError.SendAndRecvFail",
                Some("send and recv sso package fail"),
                Some("6260e7fa"),
            ),
        ),
        (
            "[TencentCloud\\Common\\Exception\\TencentCloudSDKException]message:AuthFailure.SecretIdNotFound-no key  requestId:r-2",
            t("AuthFailure.SecretIdNotFound", Some("no key"), Some("r-2")),
        ),
        // PHP ≥ 3.0.30
        (
            "PHP Fatal error:  Uncaught [TencentCloud\\Common\\Exception\\TencentCloudSDKException] code:AuthFailure.SignatureFailure message:bad requestId:r-3",
            t("AuthFailure.SignatureFailure", Some("bad"), Some("r-3")),
        ),
        // .NET ≤ 3.0.891, in a Visual Studio exception dialog
        (
            "TencentCloud.Common.TencentCloudSDKException:“code:InvalidParameter.GrantOtherResource message:[QC_STS] cant grant other resource ”",
            t(
                "InvalidParameter.GrantOtherResource",
                Some("[QC_STS] cant grant other resource"),
                None,
            ),
        ),
    ];
    for (text, want) in cases {
        assert_eq!(line(text), want, "{text}");
    }
}

#[test]
fn cpp_and_terraform() {
    assert_eq!(
        line("RequestId=r-4, ErrorCode=ResourceNotFound, ErrorMessage=no such disk"),
        t("ResourceNotFound", Some("no such disk"), Some("r-4"))
    );
    assert_eq!(
        line(
            "* tencentcloud_instance.default: tencentcloud_instance got error, code:InternalError, message:The order system is abnormal. Please try again later."
        ),
        t(
            "InternalError",
            Some("The order system is abnormal. Please try again later."),
            None
        )
    );
    // `ErrorCode=` alone is any program's log
    assert_eq!(read(b"ErrorCode=0x80004005"), None);
}

#[test]
fn lines_without_a_code_are_unreadable() {
    // Node's toString() never prints the code; a Java network failure's
    // "code" is a Java class
    for text in [
        "[TencentCloudSDKException]message:The SecretId is not found  requestId:r",
        "[TencentCloudSDKException]message:java.net.SocketException-Connection reset requestId",
        "[TencentCloudSDKException] message:no code requestId:1",
    ] {
        assert!(
            matches!(read(text.as_bytes()), Some(Found::Unreadable(_))),
            "{text}"
        );
    }
    assert_eq!(read(b"no marker here"), None);
}

#[test]
fn node_dumps_line_by_line() {
    let Some(Found::NodeDump(at, mut dump)) =
        read(b"error TencentCloudSDKHttpException [Error]: The SecretId is not found.")
    else {
        panic!()
    };
    assert_eq!(at, 6);
    assert_eq!(
        dump.push(b"    at Client.parseResponse (abstract_client.js:134:33) {"),
        Dumped::More
    );
    assert_eq!(dump.push(b"  requestId: 'c3a9',"), Dumped::More);
    assert_eq!(dump.push(b"  traceId: 't-1',"), Dumped::More);
    assert_eq!(
        dump.push(b"  code: 'AuthFailure.SecretIdNotFound'"),
        Dumped::More
    );
    let Dumped::Done(d) = dump.push(b"}") else {
        panic!()
    };
    assert_eq!(
        (
            d.code.as_deref(),
            d.message.as_deref(),
            d.request_id.as_deref()
        ),
        (
            Some("AuthFailure.SecretIdNotFound"),
            Some("The SecretId is not found."),
            Some("c3a9")
        )
    );
    // an HTTP error has no code: its status is what there is
    let Some(Found::NodeDump(_, mut dump)) =
        read(b"TencentCloudSDKHttpException [Error]: Bad Gateway")
    else {
        panic!()
    };
    assert_eq!(dump.push(b"  requestId: '',"), Dumped::More);
    let Dumped::Done(d) = dump.push(b"  httpCode: 502 }") else {
        panic!()
    };
    assert_eq!((d.envelope, d.status()), (Envelope::HttpStatus, Some(502)));
    // the message on a line of its own, as some pastes break it
    let Some(Found::NodeDump(_, mut dump)) = read(b"TencentCloudSDKHttpException") else {
        panic!()
    };
    assert_eq!(
        dump.push(b"[Error]: The SecretId is not found."),
        Dumped::More
    );
    assert_eq!(
        dump.push(b"  code: 'AuthFailure.SecretIdNotFound' }"),
        Dumped::Done(sdk_line(
            "AuthFailure.SecretIdNotFound",
            Some("The SecretId is not found.".into()),
            None
        ))
    );
    // anything else gives the dump up
    let Some(Found::NodeDump(_, mut dump)) = read(b"TencentCloudSDKHttpException [Error]: x")
    else {
        panic!()
    };
    assert_eq!(dump.push(b"2026-11-21 INFO next request"), Dumped::NotDump);
}

/// Found by AFL++: bytes that are not UTF-8 before a marker moved every
/// place in the text past the same place in the line, and cutting the
/// text there panicked.
#[test]
fn bytes_that_are_not_utf8_keep_places_in_step() {
    for prefix in [
        &b"2026-11-21 ERROR [Tence\xe2\x80"[..],
        b"\xff\xfe\xfd\xfc\xfb",
        b"\xc3",
    ] {
        for marker in [
            &b"[TencentCloudSDKError] Code=InternalError, Message=m, RequestId=r"[..],
            b"TencentCloudSDKException] code:InternalError message:m requestId:r",
            b"TencentCloud.Common.TencentCloudSDKException: code:InternalError message:m",
            b"CloudSDKHttpException: m",
            b"CloudSDK",
            b"ErrorCode=InternalError, ErrorMessage=m, RequestId=r",
        ] {
            let mut bytes = prefix.to_vec();
            bytes.extend_from_slice(marker);
            bytes.extend_from_slice(b" \xe4\xb8");
            let at = match read(&bytes) {
                Some(Found::Line(at, _) | Found::NodeDump(at, _) | Found::Unreadable(at)) => at,
                None => continue,
            };
            assert!(at < bytes.len(), "{bytes:?}: {at}");
            assert!(
                bytes[at..].starts_with(b"[")
                    || bytes[at..].starts_with(b"T")
                    || bytes[at..].starts_with(b"C")
                    || bytes[at..].starts_with(b"E")
                    || bytes[at..].starts_with(b"R"),
                "{:?} found at {at}",
                String::from_utf8_lossy(&bytes)
            );
        }
    }
}
