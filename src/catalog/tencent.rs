//! Tencent Cloud: the API 3.0 common error codes, each with its category,
//! and the texts that describe codes outside the list (sub-codes, product
//! codes) and a successful response.

use super::{Code, PerCategory, Source, messages};
use crate::exit_codes::Category::*;
use crate::lang::Text;

/// Tencent Cloud's list of the error codes every API 3.0 product shares.
pub const COMMON_ERROR_CODES: Source = Source {
    title: "Tencent Cloud API 3.0 common error codes (公共错误码)",
    url: "https://cloud.tencent.com/document/api/213/15694",
    read: "2026-11",
};

/// Tencent Cloud's API 2.0 common error codes (the older of the two
/// versions of the table, which the English pages keep).
pub const API_V2_ERROR_CODES: Source = Source {
    title: "Tencent Cloud API 2.0 common error codes",
    url: "https://intl.cloud.tencent.com/document/product/239/1757",
    read: "2026-11",
};

/// The SDKs' own client-side codes, and the clients' retry rules, as read
/// in these versions (pinned: `retried_by` is a fact of them, not a promise).
pub const GO_SDK: Source = Source {
    title: "tencentcloud-sdk-go v1.3.166 (tencentcloud/common: errors, http/response.go, netretry.go, ratelimitretry.go)",
    url: "https://github.com/TencentCloud/tencentcloud-sdk-go/tree/v1.3.166/tencentcloud/common",
    read: "2026-12",
};

pub const PYTHON_SDK: Source = Source {
    title: "tencentcloud-sdk-python 3.1.162 (tencentcloud/common: abstract_client.py, credential.py, retry.py)",
    url: "https://github.com/TencentCloud/tencentcloud-sdk-python/tree/3.1.162/tencentcloud/common",
    read: "2026-12",
};

pub const JAVA_SDK: Source = Source {
    title: "tencentcloud-sdk-java 3.2.11 (common/AbstractClient.java)",
    url: "https://github.com/TencentCloud/tencentcloud-sdk-java/blob/3.2.11/src/main/java/com/tencentcloudapi/common/AbstractClient.java",
    read: "2026-12",
};

pub const CPP_SDK: Source = Source {
    title: "tencentcloud-sdk-cpp 3.3.165 (core/src/http/HttpClient.cpp)",
    url: "https://github.com/TencentCloud/tencentcloud-sdk-cpp/blob/3.3.165/core/src/http/HttpClient.cpp",
    read: "2026-12",
};

/// The Terraform provider's list of codes it retries (`retryableErrorCode`).
pub const TERRAFORM: Source = Source {
    title: "terraform-provider-tencentcloud v1.83.25 (tencentcloud/common/common.go, retryableErrorCode)",
    url: "https://github.com/tencentcloudstack/terraform-provider-tencentcloud/blob/v1.83.25/tencentcloud/common/common.go",
    read: "2026-12",
};

pub const TERRAFORM_ISSUE_1233: Source = Source {
    title: "terraform-provider-tencentcloud issue 1233 (LimitExceeded.RateLimitExceeded on certificates)",
    url: "https://github.com/tencentcloudstack/terraform-provider-tencentcloud/issues/1233",
    read: "2026-12",
};

pub const CVM_RUN_INSTANCES: Source = Source {
    title: "Tencent Cloud CVM API: RunInstances error codes",
    url: "https://cloud.tencent.com/document/api/213/15730",
    read: "2026-12",
};

/// The names `retried_by` uses for the clients.
pub const TERRAFORM_CLIENT: &str = "terraform";
pub const GO_SDK_CLIENT: &str = "go-sdk";
pub const PYTHON_SDK_CLIENT: &str = "python-sdk";

/// The family of the API 2.0 codes.
pub const V2_FAMILY: &str = "api-2.0";

/// A Tencent code's family: its first dotted segment, or `api-2.0` for an
/// API 2.0 number.
pub fn family_of(code: &str) -> &str {
    if code.bytes().all(|b| b.is_ascii_digit()) {
        return V2_FAMILY;
    }
    code.split('.').next().unwrap_or(code)
}

/// The current common error code list, in Tencent Cloud's order (byte order).
pub(super) const COMMON: &[Code] = &[
    Code {
        code: "ActionOffline",
        category: Fix,
        meaning: Text {
            ko: "API가 폐기되어 더 이상 호출할 수 없습니다.",
            en: "The API has been taken offline and can no longer be called.",
            ja: "このAPIは提供を終了しており、呼び出すことはできません。",
            zh: "接口已下线，无法再调用。",
        },
        advice: Text {
            ko: "제품의 API 문서에서 대체 API를 확인한 후 해당 API로 변경하세요.",
            en: "Look up the API that replaces it in the product's API documentation, and switch to that.",
            ja: "製品のAPIドキュメントで後継のAPIを確認し、そちらに切り替えてください。",
            zh: "请查阅该产品的接口文档，改用替代的接口。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "AuthFailure.InvalidAuthorization",
        category: Permission,
        meaning: Text {
            ko: "요청 헤더의 Authorization이 Tencent Cloud 규격에 맞지 않습니다.",
            en: "The Authorization header of the request does not conform to the Tencent Cloud standard.",
            ja: "リクエストヘッダーのAuthorizationがTencent Cloudの規格に準拠していません。",
            zh: "请求头部的 Authorization 不符合腾讯云标准。",
        },
        advice: Text {
            ko: "서명 방법 v3(TC3-HMAC-SHA256)의 설명에 따라 Authorization 헤더(알고리즘, Credential, SignedHeaders, Signature)를 다시 구성하거나, 서명을 자동으로 처리하는 Tencent Cloud SDK를 사용하세요.",
            en: "Rebuild the Authorization header as signature method v3 (TC3-HMAC-SHA256) describes it (algorithm, Credential, SignedHeaders, Signature), or use a Tencent Cloud SDK, which signs requests for you.",
            ja: "署名方法v3（TC3-HMAC-SHA256）の説明に従ってAuthorizationヘッダー（アルゴリズム、Credential、SignedHeaders、Signature）を作り直すか、署名を自動で行うTencent Cloud SDKを使用してください。",
            zh: "请按照签名方法 v3（TC3-HMAC-SHA256）的说明重新构造 Authorization 头部（算法、Credential、SignedHeaders、Signature），或使用可自动签名的腾讯云 SDK。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "AuthFailure.InvalidSecretId",
        category: Permission,
        meaning: Text {
            ko: "잘못된 키입니다. 클라우드 API 키 유형이 아닙니다.",
            en: "The key is invalid: it is not a TencentCloud API key.",
            ja: "キーが無効です（TencentCloud APIキーの種類ではありません）。",
            zh: "密钥非法（不是云 API 密钥类型）。",
        },
        advice: Text {
            ko: "CAM 콘솔의 API 키 관리 페이지에서 발급한 클라우드 API 키의 SecretId를 사용하고, 빠짐없이 복사되었는지 확인하세요.",
            en: "Use the SecretId of a TencentCloud API key from the API key management page of the CAM console, and check that it was copied whole.",
            ja: "CAMコンソールのAPIキー管理ページで発行したTencentCloud APIキーのSecretIdを使用し、欠けることなくコピーされているか確認してください。",
            zh: "请使用访问管理（CAM）控制台“API 密钥管理”页面中的云 API 密钥的 SecretId，并确认复制完整。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "AuthFailure.MFAFailure",
        category: Permission,
        meaning: Text {
            ko: "MFA 인증에 실패했습니다.",
            en: "MFA verification failed.",
            ja: "MFA認証に失敗しました。",
            zh: "MFA 校验失败。",
        },
        advice: Text {
            ko: "연결된 MFA 기기에서 생성한 최신 코드로 MFA 인증을 다시 진행하고, CAM 콘솔에서 계정의 MFA 설정을 확인하세요.",
            en: "Complete MFA verification again with a fresh code from the bound MFA device, and check the account's MFA settings in the CAM console.",
            ja: "連携済みのMFAデバイスで生成した最新のコードでMFA認証をやり直し、CAMコンソールでアカウントのMFA設定を確認してください。",
            zh: "请使用已绑定的 MFA 设备生成的最新验证码重新完成 MFA 校验，并在访问管理控制台检查账号的 MFA 设置。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "AuthFailure.SecretIdNotFound",
        category: Permission,
        meaning: Text {
            ko: "키가 존재하지 않습니다.",
            en: "The key does not exist.",
            ja: "キーが存在しません。",
            zh: "密钥不存在。",
        },
        advice: Text {
            ko: "콘솔에서 키가 삭제되거나 비활성화되지 않았는지 확인하세요. 정상 상태라면 키를 올바르게 입력했는지, 앞뒤에 공백이 없는지 확인하세요.",
            en: "Check in the console that the key has not been deleted or disabled. If it is active, check that it was entered correctly, with no spaces before or after it.",
            ja: "コンソールで、キーが削除または無効化されていないか確認してください。有効な場合は、キーが正しく入力されているか、前後に空白がないか確認してください。",
            zh: "请在控制台确认该密钥未被删除或禁用；如状态正常，请检查密钥是否填写正确，前后不能有空格。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "AuthFailure.SignatureExpire",
        category: Permission,
        meaning: Text {
            ko: "서명이 만료되었습니다. 요청의 타임스탬프(Timestamp)와 서버 시간의 차이가 5분을 넘습니다.",
            en: "The signature has expired: the request's Timestamp differs from the server time by more than five minutes.",
            ja: "署名の有効期限が切れています。リクエストのタイムスタンプ（Timestamp）とサーバー時刻の差が5分を超えています。",
            zh: "签名过期：请求的时间戳（Timestamp）与服务器时间相差超过五分钟。",
        },
        advice: Text {
            ko: "로컬 시간을 표준 시간과 동기화(NTP)하고, 현재 타임스탬프로 서명한 후 바로 요청을 보내세요.",
            en: "Synchronize the local clock with standard time (NTP), sign with the current Timestamp, and send the request right after signing it.",
            ja: "ローカルの時刻を標準時刻と同期（NTP）し、現在のタイムスタンプで署名してから、すぐにリクエストを送信してください。",
            zh: "请将本地时间与标准时间同步（NTP），使用当前时间戳签名，并在签名后立即发送请求。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "AuthFailure.SignatureFailure",
        category: Permission,
        meaning: Text {
            ko: "서명 오류입니다. 서명 계산이 잘못되었습니다.",
            en: "The signature is invalid: it was calculated incorrectly.",
            ja: "署名が正しくありません。署名の計算に誤りがあります。",
            zh: "签名错误：签名计算有误。",
        },
        advice: Text {
            ko: "SecretKey를 확인하고, 서명 방법 문서에 따라 서명 계산 과정(정규 요청, 서명할 문자열, 파생 키)을 단계별로 점검하세요. Tencent Cloud SDK를 사용하면 서명이 자동으로 처리됩니다.",
            en: "Check the SecretKey, and go through the signature calculation step by step as the signature method documentation describes it (canonical request, string to sign, derived key). A Tencent Cloud SDK signs requests for you.",
            ja: "SecretKeyを確認し、署名方法のドキュメントに従って署名の計算手順（正規リクエスト、署名対象文字列、派生キー）を一つずつ確認してください。Tencent Cloud SDKを使用すると、署名は自動で行われます。",
            zh: "请检查 SecretKey，并对照签名方法文档逐步核对签名计算过程（规范请求串、待签名字符串、派生密钥）。使用腾讯云 SDK 可自动完成签名。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "AuthFailure.TokenFailure",
        category: Permission,
        meaning: Text {
            ko: "토큰(Token) 오류입니다.",
            en: "The Token is invalid.",
            ja: "トークン（Token）が正しくありません。",
            zh: "Token 错误。",
        },
        advice: Text {
            ko: "임시 키를 사용하는 경우 임시 SecretId, SecretKey와 함께 발급된 Token을 전달하세요. 만료되었다면 임시 키를 다시 발급받으세요.",
            en: "With temporary credentials, send the Token that was issued together with the temporary SecretId and SecretKey; if they have expired, request new temporary credentials.",
            ja: "一時キーを使用する場合は、一時的なSecretIdおよびSecretKeyと一緒に発行されたTokenを渡してください。有効期限が切れている場合は、一時キーを再取得してください。",
            zh: "使用临时密钥时，请传入与临时 SecretId、SecretKey 一同签发的 Token；如已过期，请重新申请临时密钥。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "AuthFailure.UnauthorizedOperation",
        category: Permission,
        meaning: Text {
            ko: "CAM 권한이 없는 요청입니다.",
            en: "The request is not authorized by CAM.",
            ja: "リクエストがCAMで認可されていません。",
            zh: "请求未获得 CAM 授权。",
        },
        advice: Text {
            ko: "루트 계정 관리자에게 요청해 서브 계정 또는 역할에 이 리소스에 대한 해당 작업을 허용하는 CAM 정책을 부여받은 후 다시 시도하세요.",
            en: "Have the root account's administrator grant the sub-account or role a CAM policy that allows this action on this resource, then try again.",
            ja: "ルートアカウントの管理者に依頼して、サブアカウントまたはロールに、このリソースに対するこの操作を許可するCAMポリシーを付与してもらってから、再試行してください。",
            zh: "请为子账号或角色授予允许对该资源执行此操作的 CAM 策略（可联系主账号管理员），然后重试。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "DryRunOperation",
        category: Ok,
        meaning: Text {
            ko: "DryRun 작업입니다. 요청 자체는 성공할 수 있지만, DryRun 매개변수가 함께 전달되었습니다.",
            en: "DryRun operation: the request would have succeeded, but the DryRun parameter was passed.",
            ja: "DryRun操作です。リクエストは成功する内容ですが、DryRunパラメータが指定されています。",
            zh: "DryRun 操作：请求本会成功，只是多传了 DryRun 参数。",
        },
        advice: Text {
            ko: "수정할 필요가 없습니다. 실제로 실행하려면 DryRun을 빼거나 false로 설정해 다시 보내세요.",
            en: "Nothing to fix. To run the request for real, send it again without DryRun (or with DryRun set to false).",
            ja: "修正は不要です。実際に実行するには、DryRunを外すか、falseに設定して再度送信してください。",
            zh: "无需修改。如需实际执行，请去掉 DryRun 参数（或设为 false）后重新发送。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "FailedOperation",
        category: Fix,
        meaning: Text {
            ko: "작업에 실패했습니다.",
            en: "The operation failed.",
            ja: "操作に失敗しました。",
            zh: "操作失败。",
        },
        advice: Text {
            ko: "Message와 해당 API 문서의 오류 코드 목록에서 원인(대개 리소스의 현재 상태)을 확인하고, 요청을 수정한 후 다시 보내세요.",
            en: "Find the reason (often the resource's current state) in the Message and in the API's own error code list, correct the request, and send it again.",
            ja: "Messageと、そのAPIのドキュメントにあるエラーコード一覧で原因（多くはリソースの現在の状態）を確認し、リクエストを修正して再度送信してください。",
            zh: "请根据 Message 及该接口文档中的错误码列表确认原因（通常与资源的当前状态有关），修改请求后重新发送。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "InternalError",
        category: Retry,
        meaning: Text {
            ko: "내부 오류가 발생했습니다.",
            en: "An internal error occurred.",
            ja: "内部エラーが発生しました。",
            zh: "内部错误。",
        },
        advice: Text {
            ko: "잠시 후 다시 시도하세요. Terraform은 일부 리소스를 제외하면 이 코드를 자동으로 재시도하지 않습니다. 오류가 계속되면 RequestId와 함께 Tencent Cloud 고객 지원에 문의하세요.",
            en: "Retry later; Terraform does not retry this code by itself, except in some resources. If the error persists, contact Tencent Cloud support and quote the RequestId.",
            ja: "しばらくしてから再試行してください（Terraformがこのコードを自動で再試行するのは一部のリソースのみです）。エラーが続く場合は、RequestIdを添えてTencent Cloudのサポートにお問い合わせください。",
            zh: "请稍后重试（Terraform 仅在部分资源中自动重试此错误码）。如问题持续存在，请提供 RequestId 联系腾讯云技术支持。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "InvalidAction",
        category: Fix,
        meaning: Text {
            ko: "API가 존재하지 않습니다.",
            en: "The API does not exist.",
            ja: "APIが存在しません。",
            zh: "接口不存在。",
        },
        advice: Text {
            ko: "Action(X-TC-Action)의 철자와 대소문자를 확인하고, 엔드포인트가 해당 API를 제공하는 제품의 것인지 확인하세요.",
            en: "Check the spelling and case of the Action (X-TC-Action), and that the endpoint belongs to the product that provides the API.",
            ja: "Action（X-TC-Action）のスペルと大文字・小文字を確認し、エンドポイントがそのAPIを提供する製品のものか確認してください。",
            zh: "请检查 Action（X-TC-Action）的拼写和大小写，并确认请求的域名属于提供该接口的产品。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "InvalidParameter",
        category: Fix,
        meaning: Text {
            ko: "매개변수 오류입니다. 매개변수의 형식이나 유형 등이 잘못되었습니다.",
            en: "A parameter is invalid (wrong format, type, etc.).",
            ja: "パラメータエラーです（形式、型などの誤り）。",
            zh: "参数错误（如参数格式、类型不正确）。",
        },
        advice: Text {
            ko: "Message에 표시된 매개변수를 API 문서와 대조하여(이름, 유형, 형식, 구조) 수정하세요.",
            en: "Check the parameter the Message names against the API documentation (name, type, format, nesting), and correct it.",
            ja: "Messageに示されたパラメータをAPIドキュメントと照らし合わせ（名前、型、形式、階層）、修正してください。",
            zh: "请对照接口文档检查 Message 中指出的参数（名称、类型、格式、层级），修正后重新发送。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "InvalidParameterValue",
        category: Fix,
        meaning: Text {
            ko: "매개변수 값이 잘못되었습니다.",
            en: "A parameter value is invalid.",
            ja: "パラメータの値が正しくありません。",
            zh: "参数取值错误。",
        },
        advice: Text {
            ko: "Message에 표시된 값을 API 문서의 허용 값 및 범위(ID, 열거값, 길이 등)와 대조하여 수정하세요.",
            en: "Check the value the Message names against the values and ranges the API documentation allows (IDs, enumerations, lengths, etc.), and correct it.",
            ja: "Messageに示された値を、APIドキュメントで指定可能な値や範囲（ID、列挙値、長さなど）と照らし合わせて修正してください。",
            zh: "请对照接口文档中的取值范围，检查 Message 中指出的参数值（如 ID、枚举值、长度），修正后重新发送。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "InvalidRequest",
        category: Fix,
        meaning: Text {
            ko: "요청 본문의 multipart 형식이 올바르지 않습니다.",
            en: "The multipart format of the request body is invalid.",
            ja: "リクエストボディのmultipart形式が正しくありません。",
            zh: "请求体的 multipart 格式错误。",
        },
        advice: Text {
            ko: "multipart/form-data 본문(Content-Type의 boundary, 각 파트의 헤더, 마지막 boundary)을 확인하세요. multipart 형식은 일부 API에서만 지원합니다.",
            en: "Check the multipart/form-data body: the boundary in Content-Type, the headers of each part, and the closing boundary. Only some APIs accept multipart.",
            ja: "multipart/form-dataのボディ（Content-Typeのboundary、各パートのヘッダー、終端のboundary）を確認してください。multipart形式に対応しているのは一部のAPIのみです。",
            zh: "请检查 multipart/form-data 请求体：Content-Type 中的 boundary、各部分的头部以及结尾的 boundary。注意仅部分接口支持 multipart 格式。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "IpInBlacklist",
        category: Permission,
        meaning: Text {
            ko: "요청을 보낸 IP 주소가 블랙리스트에 있습니다.",
            en: "The caller's IP address is in the blocklist.",
            ja: "送信元のIPアドレスがブラックリストに登録されています。",
            zh: "IP 地址在黑名单中。",
        },
        advice: Text {
            ko: "다른 IP 주소에서 요청을 보내거나, 계정 관리자에게 이 IP를 블랙리스트에서 제거해 달라고 요청하세요.",
            en: "Send the request from another IP address, or ask the account's administrator to remove this IP from the blocklist.",
            ja: "別のIPアドレスからリクエストを送信するか、アカウントの管理者にこのIPをブラックリストから削除するよう依頼してください。",
            zh: "请更换发起请求的 IP 地址，或联系账号管理员将该 IP 移出黑名单。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "IpNotInWhitelist",
        category: Permission,
        meaning: Text {
            ko: "요청을 보낸 IP 주소가 화이트리스트에 없습니다.",
            en: "The caller's IP address is not in the allowlist.",
            ja: "送信元のIPアドレスがホワイトリストに登録されていません。",
            zh: "IP 地址不在白名单中。",
        },
        advice: Text {
            ko: "요청하는 공인 IP 주소를 화이트리스트(키 또는 계정의 IP 접근 제한 등)에 추가하거나, 허용된 IP에서 요청을 보내세요.",
            en: "Add the caller's public IP address to the allowlist (for example, the key's or the account's IP access restriction), or send the request from an allowed IP.",
            ja: "送信元のパブリックIPアドレスをホワイトリスト（キーやアカウントのIPアクセス制限など）に追加するか、許可されたIPからリクエストを送信してください。",
            zh: "请将发起请求的公网 IP 加入白名单（如密钥或账号的 IP 访问限制），或从已允许的 IP 发起请求。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "LimitExceeded",
        category: Fix,
        meaning: Text {
            ko: "할당량 한도를 초과했습니다.",
            en: "A quota limit was exceeded.",
            ja: "クォータの上限を超えています。",
            zh: "超过配额限制。",
        },
        advice: Text {
            ko: "더 이상 필요 없는 리소스를 해제하거나 할당량 상향을 신청한 후 다시 요청하세요. 해당 할당량은 Message에서 확인할 수 있습니다.",
            en: "Release resources you no longer need, or apply for a higher quota, before sending the request again; the Message names the quota.",
            ja: "不要なリソースを解放するか、クォータの引き上げを申請してから、再度リクエストしてください。対象のクォータはMessageに示されます。",
            zh: "请释放不再需要的资源或申请提高配额后再重新请求；具体配额见 Message。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "MissingParameter",
        category: Fix,
        meaning: Text {
            ko: "필수 매개변수가 누락되었습니다.",
            en: "A required parameter is missing.",
            ja: "必須パラメータが指定されていません。",
            zh: "缺少必填参数。",
        },
        advice: Text {
            ko: "Message에 표시된 필수 매개변수를 추가하세요. 필수 매개변수는 API 문서에서 확인할 수 있습니다.",
            en: "Add the required parameter the Message names; the API documentation says which parameters are required.",
            ja: "Messageに示された必須パラメータを追加してください。必須パラメータはAPIドキュメントで確認できます。",
            zh: "请补充 Message 中指出的必填参数；各接口的必填参数见接口文档。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "NoSuchProduct",
        category: Fix,
        meaning: Text {
            ko: "제품이 존재하지 않습니다.",
            en: "The product does not exist.",
            ja: "製品が存在しません。",
            zh: "产品不存在。",
        },
        advice: Text {
            ko: "엔드포인트의 서비스 이름(예: cvm.tencentcloudapi.com의 cvm)과 서명의 CredentialScope에 있는 서비스 이름을 확인하세요.",
            en: "Check the service name in the endpoint (for example, cvm in cvm.tencentcloudapi.com) and in the CredentialScope of the signature.",
            ja: "エンドポイントのサービス名（例: cvm.tencentcloudapi.comのcvm）と、署名のCredentialScopeに含まれるサービス名を確認してください。",
            zh: "请检查请求域名中的产品名（如 cvm.tencentcloudapi.com 中的 cvm）以及签名 CredentialScope 中的服务名。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "NoSuchVersion",
        category: Fix,
        meaning: Text {
            ko: "API 버전이 존재하지 않습니다.",
            en: "The API version does not exist.",
            ja: "APIバージョンが存在しません。",
            zh: "接口版本不存在。",
        },
        advice: Text {
            ko: "Version(X-TC-Version)을 제품 API 문서에 명시된 버전(예: CVM은 2017-03-12)으로 설정하세요.",
            en: "Set Version (X-TC-Version) to a version the product's API documentation lists (for example, 2017-03-12 for CVM).",
            ja: "Version（X-TC-Version）を、製品のAPIドキュメントに記載されているバージョン（例: CVMは2017-03-12）に設定してください。",
            zh: "请将 Version（X-TC-Version）设为产品接口文档中列出的版本（例如云服务器为 2017-03-12）。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "RequestLimitExceeded",
        category: Retry,
        meaning: Text {
            ko: "요청 횟수가 빈도 제한을 초과했습니다.",
            en: "The number of requests exceeds the frequency limit.",
            ja: "リクエスト数が頻度制限を超えています。",
            zh: "请求的次数超过了频率限制。",
        },
        advice: Text {
            ko: "호출 빈도를 낮추고, 잠시 기다린 후 지수 백오프로 재시도하면서 요청을 분산하세요. API별 빈도 제한은 API 문서에서 확인할 수 있습니다.",
            en: "Slow down: wait, then retry with exponential backoff, and spread the calls out. Each API's frequency limit is in its documentation.",
            ja: "呼び出し頻度を下げ、しばらく待ってから指数バックオフで再試行し、リクエストを分散させてください。各APIの頻度制限はAPIドキュメントに記載されています。",
            zh: "请降低调用频率：稍后以指数退避方式重试，并将请求分散开。各接口的频率限制见接口文档。",
        },
        retried_by: &["terraform", "go-sdk", "python-sdk"],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
        category: Retry,
        meaning: Text {
            ko: "루트 계정(UIN)의 요청이 모든 리전을 합산한 빈도 제한을 초과했습니다.",
            en: "Requests from the root account (UIN), counted across all regions, exceeded the frequency limit.",
            ja: "ルートアカウント（UIN）のリクエストが、全リージョン合計の頻度制限を超えています。",
            zh: "主账号（UIN）在全部地域的请求次数总和超过了频率限制。",
        },
        advice: Text {
            ko: "이 루트 계정의 모든 호출자가 이 제한을 함께 사용합니다. 잠시 후 백오프로 재시도하고, 서브 계정과 서비스 전체의 호출 빈도를 낮추세요.",
            en: "Every caller under this root account shares this limit: wait and retry with backoff, and lower the combined call rate of its sub-accounts and services.",
            ja: "このルートアカウント配下のすべての呼び出し元がこの制限を共有しています。しばらく待ってからバックオフで再試行し、サブアカウントやサービス全体の呼び出し頻度を下げてください。",
            zh: "该主账号下的所有调用方共享此限制：请稍后以退避方式重试，并降低其子账号及各服务的总调用频率。",
        },
        retried_by: &["terraform", "python-sdk"],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "RequestLimitExceeded.IPLimitExceeded",
        category: Retry,
        meaning: Text {
            ko: "이 IP 주소의 요청 횟수가 빈도 제한을 초과했습니다.",
            en: "Requests from this IP address exceeded the frequency limit.",
            ja: "このIPアドレスからのリクエスト数が頻度制限を超えています。",
            zh: "该 IP 的请求次数超过了频率限制。",
        },
        advice: Text {
            ko: "잠시 후 백오프로 재시도하고, 이 IP에서 보내는 요청을 시간적으로 분산하세요.",
            en: "Wait and retry with backoff, and spread the calls from this IP address out over time.",
            ja: "しばらく待ってからバックオフで再試行し、このIPアドレスからのリクエストを時間的に分散させてください。",
            zh: "请稍后以退避方式重试，并将来自该 IP 的请求在时间上分散开。",
        },
        retried_by: &["terraform"],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "RequestLimitExceeded.UinLimitExceeded",
        category: Retry,
        meaning: Text {
            ko: "루트 계정(UIN)의 요청 횟수가 빈도 제한을 초과했습니다.",
            en: "Requests from the root account (UIN) exceeded the frequency limit.",
            ja: "ルートアカウント（UIN）のリクエスト数が頻度制限を超えています。",
            zh: "主账号（UIN）的请求次数超过了频率限制。",
        },
        advice: Text {
            ko: "잠시 후 백오프로 재시도하고, 이 루트 계정의 모든 호출자(서브 계정 포함)의 호출 빈도를 합산해 낮추세요.",
            en: "Wait and retry with backoff, and lower the combined call rate of every caller under this root account, sub-accounts included.",
            ja: "しばらく待ってからバックオフで再試行し、このルートアカウント配下のすべての呼び出し元（サブアカウントを含む）の合計の呼び出し頻度を下げてください。",
            zh: "请稍后以退避方式重试，并降低该主账号下所有调用方（包括子账号）的总调用频率。",
        },
        retried_by: &["terraform", "python-sdk"],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "RequestSizeLimitExceeded",
        category: Fix,
        meaning: Text {
            ko: "요청 크기가 제한을 초과했습니다.",
            en: "The request is larger than the size limit.",
            ja: "リクエストのサイズが上限を超えています。",
            zh: "请求包超过了大小限制。",
        },
        advice: Text {
            ko: "한 번에 보내는 항목 수를 줄이거나 요청을 나누어 요청 크기를 줄이세요. GET 요청은 32KB까지이며, 서명 방법 v3를 사용하는 POST 요청은 최대 10MB까지 보낼 수 있습니다.",
            en: "Make the request smaller (fewer items per call, or split it). GET requests are limited to 32 KB; POST requests signed with signature method v3 may be up to 10 MB.",
            ja: "リクエストのサイズを小さくしてください（1回あたりの項目数を減らすか、リクエストを分割する）。GETリクエストは32KBまでで、署名方法v3を使用するPOSTリクエストは最大10MBまで送信できます。",
            zh: "请减小请求包（减少单次请求的条目，或拆分请求）。GET 请求不得超过 32 KB；使用签名方法 v3 的 POST 请求最大支持 10 MB。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "ResourceInUse",
        category: Retry,
        meaning: Text {
            ko: "리소스가 이미 사용 중입니다.",
            en: "The resource is in use.",
            ja: "リソースは使用中です。",
            zh: "资源被占用。",
        },
        advice: Text {
            ko: "리소스를 사용 중인 작업이 끝날 때까지 기다린 후(조회 API로 상태 확인) 다시 시도하세요.",
            en: "Wait until the operation that holds the resource has finished (check its state with the corresponding Describe API), then retry.",
            ja: "リソースを使用している操作が完了するまで待ち（照会APIで状態を確認）、再試行してください。",
            zh: "请等待占用该资源的操作完成（可通过查询接口确认状态）后重试。",
        },
        retried_by: &["terraform"],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "ResourceInsufficient",
        category: Fix,
        meaning: Text {
            ko: "리소스가 부족합니다.",
            en: "Resources are insufficient.",
            ja: "リソースが不足しています。",
            zh: "资源不足。",
        },
        advice: Text {
            ko: "다른 가용존, 인스턴스 유형 또는 크기를 선택하거나, 한참 뒤에 다시 시도하세요. Terraform은 매진 상태에서는 재시도해도 소용이 없어 v1.56.2부터 이 코드를 재시도하지 않습니다.",
            en: "Choose another availability zone, instance type or size, or try again much later. Terraform stopped retrying this code in v1.56.2, because retrying does not help while the resource is sold out.",
            ja: "別のアベイラビリティーゾーン、インスタンスタイプ、またはサイズを選択するか、時間を大きく空けてから改めて試してください。売り切れの間は再試行しても効果がないため、Terraformはv1.56.2からこのコードを再試行しなくなりました。",
            zh: "请改选其他可用区、实例机型或规格，或过较长时间后再试。由于资源售罄期间重试无济于事，Terraform 自 v1.56.2 起不再重试此错误码。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "ResourceNotFound",
        category: Fix,
        meaning: Text {
            ko: "리소스가 존재하지 않습니다.",
            en: "The resource does not exist.",
            ja: "リソースが存在しません。",
            zh: "资源不存在。",
        },
        advice: Text {
            ko: "리소스 ID와 요청의 리전을 확인하세요. 리소스가 다른 리전에 있거나 이미 삭제되었을 수 있습니다.",
            en: "Check the resource ID and the region of the request: the resource may be in another region, or may have been deleted.",
            ja: "リソースIDとリクエストのリージョンを確認してください。リソースが別のリージョンにあるか、すでに削除されている可能性があります。",
            zh: "请检查资源 ID 及请求的地域：资源可能位于其他地域，或已被删除。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "ResourceUnavailable",
        category: Retry,
        meaning: Text {
            ko: "리소스를 사용할 수 없습니다.",
            en: "The resource is unavailable.",
            ja: "リソースを利用できません。",
            zh: "资源不可用。",
        },
        advice: Text {
            ko: "리소스 상태(생성 중이거나 요금 미납으로 격리된 상태 등)를 확인하고, 사용 가능한 상태가 되면 다시 시도하세요.",
            en: "Check the resource's state (for example, still being created, or isolated because of overdue payment), and retry once it is available.",
            ja: "リソースの状態（作成中、または料金未払いによる隔離など）を確認し、利用可能になってから再試行してください。",
            zh: "请检查资源状态（如仍在创建中，或因欠费被隔离），待其可用后重试。",
        },
        retried_by: &["terraform"],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "ResponseSizeLimitExceeded",
        category: Fix,
        meaning: Text {
            ko: "응답 크기가 제한을 초과했습니다.",
            en: "The response is larger than the size limit.",
            ja: "レスポンスのサイズが上限を超えています。",
            zh: "返回包超过了大小限制。",
        },
        advice: Text {
            ko: "한 번에 받는 데이터 양을 줄이세요. 페이징(Offset/Limit)이나 더 좁은 필터 조건을 사용하세요.",
            en: "Ask for less per call: use paging (Offset/Limit) or narrower filters.",
            ja: "1回で取得するデータ量を減らしてください。ページング（Offset/Limit）や、より絞り込んだフィルター条件を使用してください。",
            zh: "请减少单次返回的数据量：使用分页（Offset/Limit）或更精确的过滤条件。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "ServiceUnavailable",
        category: Retry,
        meaning: Text {
            ko: "현재 서비스를 일시적으로 사용할 수 없습니다.",
            en: "The service is temporarily unavailable.",
            ja: "現在、サービスを一時的に利用できません。",
            zh: "当前服务暂时不可用。",
        },
        advice: Text {
            ko: "잠시 기다린 후 지수 백오프로 다시 시도하세요.",
            en: "Wait a while, then retry with exponential backoff.",
            ja: "しばらく待ってから、指数バックオフで再試行してください。",
            zh: "请稍候，然后以指数退避方式重试。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "UnauthorizedOperation",
        category: Permission,
        meaning: Text {
            ko: "권한이 없는 작업입니다.",
            en: "The operation is not authorized.",
            ja: "権限のない操作です。",
            zh: "未授权操作。",
        },
        advice: Text {
            ko: "계정 또는 서브 계정에 이 작업에 필요한 CAM 권한과 제품 측 권한(제품이 요구하는 서비스 역할 등)이 있는지 확인하고, 루트 계정 관리자에게 권한 부여를 요청하세요.",
            en: "Check that the account or sub-account has the CAM permissions this operation needs and any authorization the product itself requires (such as a service role), and ask the root account's administrator to grant them.",
            ja: "アカウントまたはサブアカウントに、この操作に必要なCAM権限と製品側の認可（製品が必要とするサービスロールなど）があるか確認し、ルートアカウントの管理者に付与を依頼してください。",
            zh: "请确认账号或子账号具备此操作所需的 CAM 权限及产品侧授权（如产品要求的服务角色），并请主账号管理员授权。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "UnknownParameter",
        category: Fix,
        meaning: Text {
            ko: "알 수 없는 매개변수입니다. API에 정의되지 않은 매개변수가 요청에 포함되어 있습니다.",
            en: "Unknown parameter: the request carries a parameter the API does not define.",
            ja: "不明なパラメータです。APIで定義されていないパラメータがリクエストに含まれています。",
            zh: "未知参数错误：请求中包含接口未定义的参数。",
        },
        advice: Text {
            ko: "Message에 표시된 매개변수를 삭제하거나 철자와 대소문자를 바로잡으세요. 요청의 Version 값이 참고 중인 API 문서의 버전과 같은지도 확인하세요.",
            en: "Remove the parameter the Message names, or correct its spelling and case; also check that Version matches the documentation you follow.",
            ja: "Messageに示されたパラメータを削除するか、スペルと大文字・小文字を修正してください。リクエストのVersionの値が、参照しているAPIドキュメントのバージョンと一致しているかも確認してください。",
            zh: "请删除 Message 中指出的参数，或修正其拼写和大小写；并确认请求中的 Version 值与所参考接口文档的版本一致。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "UnsupportedOperation",
        category: Fix,
        meaning: Text {
            ko: "지원되지 않는 작업입니다.",
            en: "The operation is not supported.",
            ja: "サポートされていない操作です。",
            zh: "操作不支持。",
        },
        advice: Text {
            ko: "리소스의 현재 상태, 유형 또는 구성이 이 작업을 지원하지 않습니다. Message와 API 문서의 제한 사항을 확인하고 요청을 변경하세요.",
            en: "The resource's current state, type or configuration does not support this operation. Check the Message and the restrictions in the API documentation, and change the request.",
            ja: "リソースの現在の状態、タイプ、または構成がこの操作に対応していません。Messageと、APIドキュメントの制限事項を確認して、リクエストを変更してください。",
            zh: "资源当前的状态、类型或配置不支持该操作。请根据 Message 和接口文档中的限制说明修改请求。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "UnsupportedProtocol",
        category: Fix,
        meaning: Text {
            ko: "HTTP(S) 요청 방식 오류입니다. GET과 POST 요청만 지원합니다.",
            en: "The HTTP(S) request method is not supported: only GET and POST are accepted.",
            ja: "HTTP(S)のリクエスト方式が正しくありません。サポートしているのはGETとPOSTのみです。",
            zh: "HTTP(S) 请求协议错误，仅支持 GET 和 POST 请求。",
        },
        advice: Text {
            ko: "HTTPS로 POST(권장) 또는 GET 요청을 보내세요.",
            en: "Send the request over HTTPS with POST (recommended) or GET.",
            ja: "HTTPSで、POST（推奨）またはGETでリクエストを送信してください。",
            zh: "请通过 HTTPS 使用 POST（推荐）或 GET 方法发送请求。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "UnsupportedRegion",
        category: Fix,
        meaning: Text {
            ko: "API가 요청에 지정된 리전을 지원하지 않습니다.",
            en: "The API does not support the region the request names.",
            ja: "APIは指定されたリージョンをサポートしていません。",
            zh: "接口不支持所传地域。",
        },
        advice: Text {
            ko: "Region(X-TC-Region)을 제품이 지원하는 리전(제품 문서의 리전 목록 참고, 예: ap-guangzhou)으로 설정하세요.",
            en: "Set Region (X-TC-Region) to a region the product supports, as its documentation lists them (for example, ap-guangzhou).",
            ja: "Region（X-TC-Region）を、製品がサポートしているリージョン（製品ドキュメントのリージョン一覧を参照。例: ap-guangzhou）に設定してください。",
            zh: "请将 Region（X-TC-Region）设为该产品支持的地域（参见产品文档中的地域列表，例如 ap-guangzhou）。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
];

/// Client-side codes: raised by an SDK itself, before any API response or
/// without one (byte order).
pub(super) const CLIENT: &[Code] = &[
    Code {
        code: "ClientError",
        category: Fix,
        meaning: Text {
            ko: "SDK 사용 방법이나 설정이 올바르지 않아 SDK가 요청을 보내기 전에 호출을 거부했습니다. 지원하지 않는 서명 방법이나 요청 방식, 잘못된 프로필 설정 등이 원인입니다.",
            en: "The SDK refused the call before sending any request, because of how it was used or configured: for example, an unsupported signature method or request method, or an invalid profile setting.",
            ja: "SDKの使い方または設定に誤りがあるため、SDKがリクエストを送信する前に呼び出しを拒否しました（サポートされていない署名方法やリクエストメソッド、不正なプロファイル設定など）。",
            zh: "SDK 的调用方式或配置有误，SDK 在发送请求前就拒绝了此次调用（如签名方法或请求方法不受支持、客户端配置项取值无效）。",
        },
        advice: Text {
            ko: "Message에서 문제가 된 설정을 확인하고 수정하세요. 이 호출에 SDK가 지원하는 서명 방법과 HTTP 요청 방식을 사용하고, ClientProfile과 HttpProfile에 설정한 값을 점검하세요.",
            en: "Find the setting at fault in the Message and correct it: use a signature method and HTTP method the SDK supports for this call, and check the values set in ClientProfile and HttpProfile.",
            ja: "Messageで問題の設定を確認して修正してください。この呼び出しでSDKがサポートする署名方法とHTTPメソッドを使用し、ClientProfileとHttpProfileに設定した値を見直してください。",
            zh: "请根据 Message 找到出错的配置项并修正：使用 SDK 对该调用支持的签名方法和 HTTP 请求方法，并检查 ClientProfile 和 HttpProfile 中设置的值。",
        },
        retried_by: &[],
        source: &GO_SDK,
    },
    Code {
        code: "ClientError.CircuitBreakerError",
        category: Retry,
        meaning: Text {
            ko: "Go SDK가 리전 서킷 브레이커를 거쳐 요청을 보내는 도중 호출 측에서 패닉이 발생했고, SDK가 이를 복구해 이 코드로 보고했습니다. 요청이 전송되지 않았을 수 있습니다.",
            en: "A panic occurred on the caller's side while the Go SDK was sending the request through its region circuit breaker; the SDK recovered it and reported this code, and the request may not have been sent.",
            ja: "Go SDKがリージョンのサーキットブレーカーを経由してリクエストを送信する途中で、呼び出し側でパニックが発生し、SDKがこれを回復してこのコードで報告しました。リクエストは送信されていない可能性があります。",
            zh: "Go SDK 经地域熔断器发送请求时，在调用方本地发生了 panic，SDK 将其捕获后以此错误码返回；请求可能并未发出。",
        },
        advice: Text {
            ko: "요청을 다시 시도하세요. 계속 발생하면 Message에 담긴 패닉 내용을 확인하고 SDK를 업데이트하거나, DisableRegionBreaker를 true(기본값)로 설정해 서킷 브레이커 없이 요청을 보내세요.",
            en: "Retry the request. If it keeps happening, check the panic value in the Message and update the SDK, or set DisableRegionBreaker to true (the default) to send requests without the breaker.",
            ja: "リクエストを再試行してください。繰り返し発生する場合は、Messageに含まれるパニックの内容を確認してSDKを更新するか、DisableRegionBreakerをtrue（デフォルト値）に設定してサーキットブレーカーを使わずに送信してください。",
            zh: "请重试该请求。如反复出现，请查看 Message 中的 panic 信息并升级 SDK，或将 DisableRegionBreaker 设为 true（默认值），不经熔断器直接发送请求。",
        },
        retried_by: &[],
        source: &GO_SDK,
    },
    Code {
        code: "ClientError.CredentialError",
        category: Permission,
        meaning: Text {
            ko: "Go SDK가 자격 증명 공급자 체인(환경 변수, 자격 증명 파일, CVM 인스턴스 역할 등)에서 사용할 수 있는 자격 증명을 찾지 못했습니다.",
            en: "The Go SDK found no usable credentials in its credential provider chain (environment variables, credentials file, CVM instance role and so on).",
            ja: "Go SDKが、認証情報プロバイダーチェーン（環境変数、認証情報ファイル、CVMインスタンスロールなど）から使用できる認証情報を取得できませんでした。",
            zh: "Go SDK 未能从凭证提供链（环境变量、凭证文件、CVM 实例角色等）中获取到可用的凭证。",
        },
        advice: Text {
            ko: "Message에서 실패한 공급자를 확인한 후, 환경 변수 TENCENTCLOUD_SECRET_ID와 TENCENTCLOUD_SECRET_KEY를 설정하거나, ~/.tencentcloud/credentials 파일의 [default] 섹션에 secret_id와 secret_key를 기재하거나, CVM 인스턴스에 CAM 역할을 연결하세요.",
            en: "Find the failing source in the Message, then set the TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY environment variables, put secret_id and secret_key in the [default] section of ~/.tencentcloud/credentials, or bind a CAM role to the CVM instance.",
            ja: "Messageで失敗した取得元を確認したうえで、環境変数TENCENTCLOUD_SECRET_IDとTENCENTCLOUD_SECRET_KEYを設定するか、~/.tencentcloud/credentialsの[default]セクションにsecret_idとsecret_keyを記載するか、CVMインスタンスにCAMロールをバインドしてください。",
            zh: "请根据 Message 确认是哪个凭证来源失败，然后设置环境变量 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY，或在 ~/.tencentcloud/credentials 的 [default] 节中填写 secret_id 和 secret_key，或为 CVM 实例绑定 CAM 角色。",
        },
        retried_by: &[],
        source: &GO_SDK,
    },
    Code {
        code: "ClientError.HttpStatusCodeError",
        category: Retry,
        meaning: Text {
            ko: "엔드포인트가 200이 아닌 HTTP 상태 코드로 응답했습니다. 대개 게이트웨이나 프록시의 오류 페이지이며, 응답에 API 결과가 없습니다.",
            en: "The endpoint answered with an HTTP status other than 200, often an error page from a gateway or proxy, so the response holds no API result.",
            ja: "エンドポイントが200以外のHTTPステータスコードを返しました。多くはゲートウェイやプロキシのエラーページで、レスポンスにAPIの結果は含まれていません。",
            zh: "请求返回了非 200 的 HTTP 状态码（通常是网关或代理返回的错误页面），响应中没有接口的返回结果。",
        },
        advice: Text {
            ko: "요청을 다시 시도하세요. 계속 실패하면 Message에 있는 상태 코드와 본문을 확인하고, 프록시 설정과 엔드포인트를 점검하세요.",
            en: "Retry the request. If it keeps failing, check the status code and body in the Message, and check the proxy settings and the endpoint.",
            ja: "リクエストを再試行してください。失敗が続く場合は、Messageに含まれるステータスコードとボディを確認し、プロキシの設定とエンドポイントを見直してください。",
            zh: "请重试该请求。如持续失败，请查看 Message 中的状态码和响应内容，并检查代理设置及请求域名。",
        },
        retried_by: &["terraform"],
        source: &GO_SDK,
    },
    Code {
        code: "ClientError.INIError",
        category: Permission,
        meaning: Text {
            ko: "Go SDK가 자격 증명 프로필이 담긴 INI 파일을 구문 분석하지 못했습니다.",
            en: "The Go SDK could not parse the INI file that holds the credentials profile.",
            ja: "Go SDKが、認証情報のプロファイルを記載したINIファイルを解析できませんでした。",
            zh: "Go SDK 无法解析存放凭证配置的 INI 文件。",
        },
        advice: Text {
            ko: "자격 증명 파일(~/.tencentcloud/credentials 또는 TENCENTCLOUD_CREDENTIALS_FILE이 가리키는 파일)에서 Message에 표시된 줄을 수정하세요. 각 섹션은 [이름] 헤더와 secret_id, secret_key 같은 키 = 값 형식의 줄로 구성해야 합니다.",
            en: "Fix the line the Message points to in the credentials file (~/.tencentcloud/credentials, or the file TENCENTCLOUD_CREDENTIALS_FILE names): each section needs a [name] header followed by key = value lines such as secret_id and secret_key.",
            ja: "認証情報ファイル（~/.tencentcloud/credentials、またはTENCENTCLOUD_CREDENTIALS_FILEで指定したファイル）で、Messageに示された行を修正してください。各セクションは[名前]の見出しと、secret_idやsecret_keyなどの「キー = 値」形式の行で構成します。",
            zh: "请修正凭证文件（~/.tencentcloud/credentials 或 TENCENTCLOUD_CREDENTIALS_FILE 指定的文件）中 Message 指出的行：每个节须以 [名称] 开头，其下按“键 = 值”的格式填写 secret_id、secret_key 等密钥信息。",
        },
        retried_by: &[],
        source: &GO_SDK,
    },
    Code {
        code: "ClientError.IOError",
        category: Retry,
        meaning: Text {
            ko: "Go SDK가 응답 본문을 읽지 못했습니다. 대개 응답을 받는 도중 연결이 끊긴 경우입니다.",
            en: "The Go SDK could not read the response body, usually because the connection was cut while the response was arriving.",
            ja: "Go SDKがレスポンスボディを読み取れませんでした。多くの場合、レスポンスの受信中に接続が切断されたことが原因です。",
            zh: "Go SDK 读取响应体失败，通常是因为接收响应的过程中连接被断开。",
        },
        advice: Text {
            ko: "변경 작업이라면 이미 반영되었는지 먼저 확인한 후 다시 시도하세요. 계속 실패하면 네트워크 경로, 프록시, HTTP 타임아웃(ReqTimeout) 설정을 점검하세요.",
            en: "Retry the request, after checking that a write operation has not already taken effect. If it keeps failing, check the network path, any proxy, and the HTTP timeout (ReqTimeout).",
            ja: "変更系の操作の場合は、すでに反映されていないか確認してから再試行してください。失敗が続く場合は、ネットワーク経路、プロキシ、HTTPタイムアウト（ReqTimeout）の設定を確認してください。",
            zh: "如为变更类操作，请先确认其是否已生效，再重试。如持续失败，请检查网络链路、代理以及 HTTP 超时时间（ReqTimeout）设置。",
        },
        retried_by: &[],
        source: &GO_SDK,
    },
    Code {
        code: "ClientError.InvalidParameter",
        category: Fix,
        meaning: Text {
            ko: "CommonRequest에 Go SDK가 허용하지 않는 데이터 유형의 매개변수가 전달되었습니다.",
            en: "A CommonRequest was given parameters of a data type the Go SDK does not accept.",
            ja: "CommonRequestに、Go SDKが受け付けないデータ型のパラメータが渡されました。",
            zh: "传给 CommonRequest 的参数数据类型不受 Go SDK 支持。",
        },
        advice: Text {
            ko: "Message에 나열된 대로 매개변수를 []byte, string 또는 map[string]interface{} 형식으로 전달하세요.",
            en: "Pass the parameters as a []byte, a string or a map[string]interface{}, as the Message lists.",
            ja: "Messageに示されているとおり、パラメータは[]byte、string、map[string]interface{}のいずれかの型で渡してください。",
            zh: "请按 Message 所列，以 []byte、string 或 map[string]interface{} 类型传入参数。",
        },
        retried_by: &[],
        source: &GO_SDK,
    },
    Code {
        code: "ClientError.MetadataError",
        category: Permission,
        meaning: Text {
            ko: "Python SDK가 인스턴스 메타데이터 서비스에서 CVM 인스턴스 역할의 자격 증명을 가져오지 못했습니다.",
            en: "The Python SDK could not get the CVM instance role's credentials from the instance metadata service.",
            ja: "Python SDKが、インスタンスメタデータサービスからCVMインスタンスロールの認証情報を取得できませんでした。",
            zh: "Python SDK 无法从实例元数据服务获取 CVM 实例角色的凭证。",
        },
        advice: Text {
            ko: "코드가 CAM 역할이 연결된 CVM 인스턴스에서 실행되고 metadata.tencentyun.com에 접근할 수 있는지 확인하세요. CVM 밖에서 실행한다면 환경 변수나 자격 증명 파일로 키를 제공하세요.",
            en: "Check that the code runs on a CVM instance with a CAM role bound to it, and that it can reach metadata.tencentyun.com. Outside CVM, supply a key through environment variables or a credentials file instead.",
            ja: "コードがCAMロールをバインドしたCVMインスタンス上で実行され、metadata.tencentyun.comにアクセスできることを確認してください。CVM以外で実行する場合は、環境変数または認証情報ファイルでキーを指定してください。",
            zh: "请确认代码运行在已绑定 CAM 角色的 CVM 实例上，且能够访问 metadata.tencentyun.com；如不在 CVM 上运行，请改用环境变量或凭证文件提供密钥。",
        },
        retried_by: &[],
        source: &PYTHON_SDK,
    },
    Code {
        code: "ClientError.NetworkError",
        category: Retry,
        meaning: Text {
            ko: "Tencent Cloud로부터 응답을 받기 전에, 호출 측에서 DNS 조회, 연결 또는 TLS 핸드셰이크에 실패했거나 시간이 초과되었습니다. 리소스가 사용 중이라는 뜻은 아닙니다.",
            en: "The call failed on the caller's side before any response came back from Tencent Cloud: DNS resolution, the connection or the TLS handshake failed, or the call timed out. It does not mean that a resource is busy.",
            ja: "Tencent Cloudからレスポンスが返る前に、呼び出し側でDNS解決、接続、TLSハンドシェイクのいずれかに失敗したか、タイムアウトしました。リソースが使用中であることを示すものではありません。",
            zh: "在收到腾讯云的任何响应之前，调用方本地的 DNS 解析、建立连接或 TLS 握手失败，或请求超时。这并不表示资源繁忙。",
        },
        advice: Text {
            ko: "Message에 표시된 엔드포인트까지의 네트워크, DNS, 프록시, 방화벽을 점검한 후 다시 시도하세요.",
            en: "Check the network, DNS, proxy and firewall between the caller and the endpoint named in the Message, then retry.",
            ja: "呼び出し元からMessageに示されたエンドポイントまでのネットワーク、DNS、プロキシ、ファイアウォールを確認してから、再試行してください。",
            zh: "请检查调用方到 Message 中所示域名之间的网络、DNS、代理和防火墙，然后重试。",
        },
        retried_by: &["terraform", "go-sdk"],
        source: &GO_SDK,
    },
    Code {
        code: "ClientError.ParseJsonError",
        category: Retry,
        meaning: Text {
            ko: "응답 본문이 올바른 JSON이 아니어서(예: 게이트웨이나 프록시가 반환한 HTML 오류 페이지) SDK가 읽을 수 없었습니다.",
            en: "The response body was not valid JSON (for example, an HTML error page from a gateway or proxy), so the SDK could not read it.",
            ja: "レスポンスボディが有効なJSONではないため（ゲートウェイやプロキシが返したHTMLのエラーページなど）、SDKが読み取れませんでした。",
            zh: "响应体不是有效的 JSON（例如网关或代理返回的 HTML 错误页面），SDK 无法解析。",
        },
        advice: Text {
            ko: "요청을 다시 시도하세요. 계속 실패하면 Message에 담긴 본문을 확인하고, HTML 페이지라면 프록시 설정과 엔드포인트를 점검하세요.",
            en: "Retry the request. If it keeps failing, look at the body quoted in the Message, and if it is an HTML page, check the proxy settings and the endpoint.",
            ja: "リクエストを再試行してください。失敗が続く場合はMessageに含まれるボディを確認し、HTMLページであればプロキシの設定とエンドポイントを見直してください。",
            zh: "请重试该请求。如持续失败，请查看 Message 中的响应内容；如为 HTML 页面，请检查代理设置和请求域名。",
        },
        retried_by: &[],
        source: &GO_SDK,
    },
    Code {
        code: "ClientError.TypeError",
        category: Fix,
        meaning: Text {
            ko: "API가 스트리밍(SSE) 응답을 반환했지만, 호출 측이 전달한 응답 유형이 스트리밍을 지원하지 않습니다.",
            en: "The API answered with a streaming (SSE) response, but the response type the caller passed does not support streaming.",
            ja: "APIがストリーミング（SSE）形式で応答しましたが、呼び出し側が渡したレスポンスの型はストリーミングに対応していません。",
            zh: "接口返回了流式（SSE）响应，但调用方传入的响应类型不支持流式返回。",
        },
        advice: Text {
            ko: "이 API용으로 SDK가 생성한 응답 유형(이벤트 스트림을 처리하는 유형)을 사용하거나, API가 지원한다면 스트리밍이 아닌 응답을 요청하세요.",
            en: "Use the response type the SDK generates for this API, which handles the event stream, or ask for a non-streaming response if the API allows it.",
            ja: "このAPI用にSDKが生成したレスポンスの型（イベントストリームを処理できるもの）を使用するか、APIが対応していれば非ストリーミングのレスポンスを要求してください。",
            zh: "请使用 SDK 为该接口生成的响应类型（可处理事件流），或在接口支持时改为请求非流式响应。",
        },
        retried_by: &[],
        source: &GO_SDK,
    },
    Code {
        code: "ClientNetworkError",
        category: Retry,
        meaning: Text {
            ko: "Python SDK(및 이를 기반으로 한 tccli)가 요청을 보내지 못했습니다. 호출 측에서 DNS 조회, 연결 또는 TLS 핸드셰이크에 실패했거나 시간이 초과되어 응답을 받지 못했습니다.",
            en: "The Python SDK (or tccli, which is built on it) could not send the request: DNS resolution, the connection or the TLS handshake failed on the caller's side, or the call timed out, and no response came back.",
            ja: "Python SDK（およびそれをベースとするtccli）がリクエストを送信できませんでした。呼び出し側でDNS解決、接続、TLSハンドシェイクのいずれかに失敗したか、タイムアウトしたため、レスポンスを受け取れていません。",
            zh: "Python SDK（及基于它的 tccli）未能发出请求：调用方本地的 DNS 解析、建立连接或 TLS 握手失败，或请求超时，未收到任何响应。",
        },
        advice: Text {
            ko: "Message에 표시된 호스트까지의 네트워크, DNS, 프록시, 방화벽을 점검한 후 다시 시도하세요. ClientProfile에 StandardRetryer를 설정하면 SDK가 이 코드를 자동으로 재시도합니다.",
            en: "Check the network, DNS, proxy and firewall between the caller and the host in the Message, then retry. With a StandardRetryer set in ClientProfile, the SDK retries this code by itself.",
            ja: "呼び出し元からMessageに示されたホストまでのネットワーク、DNS、プロキシ、ファイアウォールを確認してから、再試行してください。ClientProfileにStandardRetryerを設定すると、SDKがこのコードを自動で再試行します。",
            zh: "请检查调用方到 Message 中所示主机之间的网络、DNS、代理和防火墙，然后重试。在 ClientProfile 中配置 StandardRetryer 后，SDK 会自动重试此错误码。",
        },
        retried_by: &["python-sdk"],
        source: &PYTHON_SDK,
    },
    Code {
        code: "ClientParamsError",
        category: Fix,
        meaning: Text {
            ko: "SDK가 요청을 보내기 전에 매개변수나 HTTP 요청 방식을 거부했습니다. 매개변수의 유형이 잘못되었거나 GET, POST가 아닌 요청 방식을 사용한 경우입니다.",
            en: "The SDK rejected the request's parameters or HTTP method before sending it: for example, a parameter of the wrong type, or a method other than GET or POST.",
            ja: "SDKが送信前に、リクエストのパラメータまたはHTTPメソッドを拒否しました（型の誤ったパラメータや、GET・POST以外のメソッドなど）。",
            zh: "SDK 在发送请求前拒绝了请求参数或 HTTP 请求方法（如参数类型错误，或使用了 GET、POST 以外的方法）。",
        },
        advice: Text {
            ko: "요청은 SDK의 요청 모델(또는 문서에 정의된 유형을 따르는 dict)로 전달하고, HttpProfile의 요청 방식을 GET 또는 POST로 설정하세요.",
            en: "Pass the request as the SDK's request model (or a dict with the documented parameter types), and set the HTTP method in HttpProfile to GET or POST.",
            ja: "リクエストはSDKのリクエストモデル（またはドキュメントどおりの型を持つdict）で渡し、HttpProfileのHTTPメソッドはGETまたはPOSTに設定してください。",
            zh: "请以 SDK 的请求模型（或参数类型符合文档的 dict）传入请求，并将 HttpProfile 中的请求方法设为 GET 或 POST。",
        },
        retried_by: &[],
        source: &PYTHON_SDK,
    },
    Code {
        code: "ClientSideError",
        category: Permission,
        meaning: Text {
            ko: "Python SDK에서는 기본 자격 증명 공급자 체인이 어느 소스에서도 유효한 자격 증명을 찾지 못했다는 뜻입니다. Java SDK는 재시도 기능의 오류(예: 0~10 범위를 벗어난 재시도 횟수)에도 이 코드를 사용합니다.",
            en: "In the Python SDK, the default credential provider chain found no valid credentials in any source it reads. The Java SDK also uses this code for errors in its retry helper, such as a retry count outside 0 to 10.",
            ja: "Python SDKでは、デフォルトの認証情報プロバイダーチェーンがどの取得元からも有効な認証情報を見つけられなかったことを示します。Java SDKは、リトライ機能のエラー（0～10の範囲外のリトライ回数など）にもこのコードを使用します。",
            zh: "在 Python SDK 中，表示默认凭证提供链在所有来源中都未找到有效凭证。Java SDK 的重试功能出错时（如重试次数超出 0 到 10 的范围）也会返回此错误码。",
        },
        advice: Text {
            ko: "환경 변수 TENCENTCLOUD_SECRET_ID와 TENCENTCLOUD_SECRET_KEY, 자격 증명 파일, CVM 또는 TKE 역할 중 하나로 키를 제공하세요. Java SDK의 재시도 기능에서 발생했다면 retryTimes를 0~10 사이의 값으로 지정하세요.",
            en: "Provide a key through one of the sources the chain reads: the TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY environment variables, a credentials file, or a CVM or TKE role. If the Java SDK's retry helper raised it, pass a retryTimes from 0 to 10.",
            ja: "環境変数TENCENTCLOUD_SECRET_IDとTENCENTCLOUD_SECRET_KEY、認証情報ファイル、CVMまたはTKEのロールのいずれかでキーを指定してください。Java SDKのリトライ機能で発生した場合は、retryTimesに0～10の値を指定してください。",
            zh: "请通过环境变量 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY、凭证文件或 CVM、TKE 角色中的任一方式提供密钥。如由 Java SDK 的重试功能返回，请将 retryTimes 设为 0 到 10 之间的值。",
        },
        retried_by: &[],
        source: &PYTHON_SDK,
    },
    Code {
        code: "InvalidCredential",
        category: Permission,
        meaning: Text {
            ko: "SDK에 전달한 SecretId 또는 SecretKey가 없거나, 비어 있거나, 앞뒤에 공백이 있습니다. SDK가 요청을 보내기 전에 검사한 결과입니다.",
            en: "The SecretId or SecretKey given to the SDK is missing, empty or surrounded by spaces; the SDK checks this before sending any request.",
            ja: "SDKに渡したSecretIdまたはSecretKeyが指定されていないか、空であるか、前後に空白が含まれています。これはSDKがリクエストを送信する前に行うチェックです。",
            zh: "传给 SDK 的 SecretId 或 SecretKey 未提供、为空或前后含有空格；该检查由 SDK 在发送请求前完成。",
        },
        advice: Text {
            ko: "유효한 클라우드 API 키의 SecretId와 SecretKey를 발급받은 그대로, 앞뒤 공백이나 줄 바꿈 없이 전달하세요. 환경 변수나 파일에서 읽는다면 값이 실제로 설정되어 있는지 확인하세요.",
            en: "Pass the SecretId and SecretKey of a valid cloud API key exactly as issued, without surrounding spaces or line breaks. If they come from environment variables or a file, check that they are actually set there.",
            ja: "有効なAPIキーのSecretIdとSecretKeyを、発行されたとおり前後の空白や改行を含めずに渡してください。環境変数やファイルから読み込む場合は、値が実際に設定されているか確認してください。",
            zh: "请按原样传入有效云 API 密钥的 SecretId 和 SecretKey，前后不要带空格或换行；如从环境变量或文件读取，请确认其中确实已设置相应的值。",
        },
        retried_by: &[],
        source: &PYTHON_SDK,
    },
    Code {
        code: "NetworkError",
        category: Retry,
        meaning: Text {
            ko: "C++ SDK의 요청이 호출 측 네트워크 계층에서 실패해(libcurl 오류) 응답을 받지 못했습니다.",
            en: "The C++ SDK's request failed in the network layer on the caller's side (a libcurl error), so no response came back.",
            ja: "C++ SDKのリクエストが、呼び出し側のネットワーク層で失敗し（libcurlのエラー）、レスポンスを受け取れませんでした。",
            zh: "C++ SDK 的请求在调用方本地的网络层失败（libcurl 错误），未收到响应。",
        },
        advice: Text {
            ko: "Message의 curl 오류 내용을 확인하고 호출 측의 네트워크, DNS, 프록시, 방화벽을 점검한 후 다시 시도하세요.",
            en: "Read the curl error in the Message, check the network, DNS, proxy and firewall on the caller's side, then retry.",
            ja: "Messageに示されたcurlのエラーを確認し、呼び出し側のネットワーク、DNS、プロキシ、ファイアウォールを点検してから、再試行してください。",
            zh: "请查看 Message 中的 curl 错误信息，检查调用方的网络、DNS、代理和防火墙，然后重试。",
        },
        retried_by: &[],
        source: &CPP_SDK,
    },
    Code {
        code: "ServerNetworkError",
        category: Retry,
        meaning: Text {
            ko: "Python 또는 Ruby SDK가 엔드포인트로부터 200이 아닌 HTTP 상태 코드를 받았습니다. Message에는 원본 응답 본문이 그대로 담겨 있으며, Python 3에서는 b'...' 형태로 표시됩니다.",
            en: "The Python or Ruby SDK got an HTTP status other than 200 from the endpoint. The Message holds the raw response body, which Python 3 prints as b'...'.",
            ja: "Python SDKまたはRuby SDKが、エンドポイントから200以外のHTTPステータスコードを受け取りました。Messageにはレスポンスボディがそのまま含まれ、Python 3ではb'...'の形式で表示されます。",
            zh: "Python 或 Ruby SDK 从服务端收到了非 200 的 HTTP 状态码。Message 中是原始响应体，在 Python 3 中显示为 b'...' 的形式。",
        },
        advice: Text {
            ko: "요청을 다시 시도하세요. 계속 실패하면 Message의 본문을 확인하고, HTML 오류 페이지라면 게이트웨이, 프록시 또는 엔드포인트 설정을 점검하세요.",
            en: "Retry the request. If it keeps failing, read the body in the Message, and if it is an HTML error page, check the gateway, proxy or endpoint settings.",
            ja: "リクエストを再試行してください。失敗が続く場合はMessageのボディを確認し、HTMLのエラーページであればゲートウェイ、プロキシ、エンドポイントの設定を見直してください。",
            zh: "请重试该请求。如持续失败，请查看 Message 中的响应内容；如为 HTML 错误页面，请检查网关、代理或请求域名的配置。",
        },
        retried_by: &["python-sdk"],
        source: &PYTHON_SDK,
    },
    Code {
        code: "ServerSideError",
        category: Retry,
        meaning: Text {
            ko: "Java SDK가 엔드포인트로부터 200이 아닌 HTTP 상태 코드를 받아 API 결과가 없습니다. 상태 코드는 Message의 response code is N, not 200 부분에서 확인할 수 있습니다.",
            en: "The Java SDK got an HTTP status other than 200 from the endpoint, so there is no API result; the Message gives the status (response code is N, not 200).",
            ja: "Java SDKがエンドポイントから200以外のHTTPステータスコードを受け取ったため、APIの結果はありません。ステータスコードはMessageに示されます（response code is N, not 200）。",
            zh: "Java SDK 从服务端收到了非 200 的 HTTP 状态码，因此没有接口结果；状态码见 Message（response code is N, not 200）。",
        },
        advice: Text {
            ko: "요청을 다시 시도하세요. 계속 실패하면 상태 코드를 확인하고 프록시 설정과 엔드포인트를 점검하세요.",
            en: "Retry the request. If it keeps failing, check the status code, the proxy settings and the endpoint.",
            ja: "リクエストを再試行してください。失敗が続く場合は、ステータスコードを確認し、プロキシの設定とエンドポイントを見直してください。",
            zh: "请重试该请求。如持续失败，请根据状态码检查代理设置和请求域名。",
        },
        retried_by: &[],
        source: &JAVA_SDK,
    },
    Code {
        code: "ServiceNetworkError",
        category: Retry,
        meaning: Text {
            ko: "C++ SDK가 엔드포인트로부터 200이 아닌 HTTP 상태 코드를 받았습니다. Message에 상태 코드와 응답 본문이 담겨 있습니다.",
            en: "The C++ SDK got an HTTP status other than 200 from the endpoint; the Message holds the status and the response body.",
            ja: "C++ SDKがエンドポイントから200以外のHTTPステータスコードを受け取りました。Messageにはステータスコードとレスポンスボディが含まれます。",
            zh: "C++ SDK 从服务端收到了非 200 的 HTTP 状态码；Message 中包含状态码和响应体。",
        },
        advice: Text {
            ko: "요청을 다시 시도하세요. 계속 실패하면 Message의 상태 코드와 본문을 확인하고 프록시 설정과 엔드포인트를 점검하세요.",
            en: "Retry the request. If it keeps failing, read the status and body in the Message, and check the proxy settings and the endpoint.",
            ja: "リクエストを再試行してください。失敗が続く場合は、Messageのステータスコードとボディを確認し、プロキシの設定とエンドポイントを見直してください。",
            zh: "请重试该请求。如持续失败，请查看 Message 中的状态码和响应内容，并检查代理设置和请求域名。",
        },
        retried_by: &[],
        source: &CPP_SDK,
    },
];

/// Product codes that official clients treat specially (byte order).
pub(super) const PRODUCT: &[Code] = &[
    Code {
        code: "FailedOperation.ListenerHasTask",
        category: Retry,
        meaning: Text {
            ko: "GAAP(글로벌 애플리케이션 가속 플랫폼) 리스너에 아직 실행 중인 태스크가 있어 이 작업을 수행할 수 없습니다.",
            en: "A task is still running on the GAAP (Global Application Acceleration Platform) listener, so it cannot take this operation yet.",
            ja: "GAAP（Global Application Acceleration Platform）のリスナーでまだタスクが実行中のため、この操作を実行できません。",
            zh: "全球应用加速（GAAP）的监听器仍有任务在执行，暂时无法进行此操作。",
        },
        advice: Text {
            ko: "리스너의 현재 태스크가 끝날 때까지 기다린 후(조회 API로 상태 확인) 다시 시도하세요.",
            en: "Wait until the listener's current task has finished (check its state with the corresponding Describe API), then retry.",
            ja: "リスナーで実行中のタスクが完了するまで待ち（照会APIで状態を確認）、再試行してください。",
            zh: "请等待监听器当前的任务执行完毕（可通过查询接口确认状态）后重试。",
        },
        retried_by: &["terraform"],
        source: &TERRAFORM,
    },
    Code {
        code: "InvalidParameter.ActionInProgress",
        category: Retry,
        meaning: Text {
            ko: "이 EdgeOne(TEO) 리소스에 대한 다른 작업이 아직 진행 중입니다.",
            en: "Another operation on this EdgeOne (TEO) resource is still in progress.",
            ja: "このEdgeOne（TEO）リソースに対する別の操作がまだ実行中です。",
            zh: "该 EdgeOne（TEO）资源上另有操作正在进行中。",
        },
        advice: Text {
            ko: "진행 중인 작업이 끝날 때까지 기다린 후 다시 시도하세요. 코드는 InvalidParameter이지만 요청 자체를 고칠 필요는 없습니다.",
            en: "Wait until the other operation has finished, then retry. The code says InvalidParameter, but the request itself need not change.",
            ja: "実行中の操作が完了するまで待ってから、再試行してください。コードはInvalidParameterですが、リクエスト自体を修正する必要はありません。",
            zh: "请等待正在进行的操作完成后重试。错误码虽属于 InvalidParameter，但请求本身无须修改。",
        },
        retried_by: &["terraform"],
        source: &TERRAFORM,
    },
    Code {
        code: "LimitExceeded.RateLimitExceeded",
        category: Retry,
        meaning: Text {
            ko: "제품 자체의 API 호출 빈도 제한을 초과했습니다. 공통 오류 코드 RequestLimitExceeded와는 별개이며, SDK의 자동 재시도 대상이 아닙니다.",
            en: "The product's own API rate limit was exceeded. This is separate from the common RequestLimitExceeded code, and the SDKs' built-in retries do not cover it.",
            ja: "製品独自のAPI呼び出し頻度の制限を超えています。共通エラーコードのRequestLimitExceededとは別のもので、SDKの自動再試行の対象外です。",
            zh: "超过了该产品自身的接口频率限制。它不同于公共错误码 RequestLimitExceeded，不在 SDK 自动重试的范围内。",
        },
        advice: Text {
            ko: "호출 빈도를 낮춘 후(예: 한 번에 관리하는 리소스 수를 줄이거나 Terraform의 -parallelism 값을 낮추기) 백오프로 다시 시도하세요.",
            en: "Lower the call rate (for example, manage fewer resources in one run, or lower Terraform's -parallelism), then retry with backoff.",
            ja: "呼び出し頻度を下げてから（一度に管理するリソース数を減らす、Terraformの-parallelismの値を下げるなど）、バックオフで再試行してください。",
            zh: "请降低调用频率（如减少单次管理的资源数量，或调低 Terraform 的 -parallelism 值），然后以退避方式重试。",
        },
        retried_by: &[],
        source: &TERRAFORM_ISSUE_1233,
    },
    Code {
        code: "OperationDenied.InstanceStatusLimitError",
        category: Retry,
        meaning: Text {
            ko: "TencentDB for PostgreSQL 인스턴스가 생성 또는 변경 중인 경우처럼, 인스턴스의 현재 상태에서는 아직 이 작업을 수행할 수 없습니다.",
            en: "The TencentDB for PostgreSQL instance's current status does not allow this operation yet, for example because it is still being created or changed.",
            ja: "TencentDB for PostgreSQLインスタンスの現在のステータスでは、まだこの操作を実行できません（作成中や変更中など）。",
            zh: "云数据库 PostgreSQL 实例的当前状态暂不允许执行此操作（如实例仍在创建或变更中）。",
        },
        advice: Text {
            ko: "인스턴스가 다시 running(실행 중) 상태가 될 때까지 기다린 후(DescribeDBInstances로 확인) 다시 시도하세요.",
            en: "Wait until the instance is back in the running state (check it with DescribeDBInstances), then retry.",
            ja: "インスタンスがrunning（実行中）の状態に戻るまで待ち（DescribeDBInstancesで確認）、再試行してください。",
            zh: "请等待实例恢复为 running（运行中）状态（可通过 DescribeDBInstances 查询）后重试。",
        },
        retried_by: &["terraform"],
        source: &TERRAFORM,
    },
    Code {
        code: "ResourceBusy",
        category: Retry,
        meaning: Text {
            ko: "리소스가 다른 작업을 처리하는 중이어서 사용할 수 없습니다.",
            en: "The resource is busy with another operation.",
            ja: "リソースは別の操作を処理中です。",
            zh: "资源繁忙，正在执行其他操作。",
        },
        advice: Text {
            ko: "다른 작업이 끝날 때까지 기다린 후 백오프로 다시 시도하세요. 사용 중인 리소스는 대개 Message에 표시됩니다.",
            en: "Wait for the other operation to finish, then retry with backoff. The Message usually names the busy resource.",
            ja: "別の操作が完了するまで待ってから、バックオフで再試行してください。使用中のリソースは多くの場合Messageに示されます。",
            zh: "请等待其他操作完成后，以退避方式重试。繁忙的资源通常会在 Message 中注明。",
        },
        retried_by: &["terraform"],
        source: &TERRAFORM,
    },
    Code {
        code: "ResourceUnavailable.InstanceType",
        category: Fix,
        meaning: Text {
            ko: "선택한 가용존에서 해당 인스턴스 유형을 사용할 수 없습니다. 매진되었거나 제공되지 않는 유형입니다.",
            en: "The instance type is not available in the chosen availability zone: it is sold out there, or not offered.",
            ja: "選択したアベイラビリティーゾーンでは、このインスタンスタイプを利用できません（売り切れ、または提供されていません）。",
            zh: "所选可用区中该实例机型不可用（已售罄或未提供）。",
        },
        advice: Text {
            ko: "다른 가용존이나 인스턴스 유형을 선택하세요. 가용존별 판매 사양은 DescribeZoneInstanceConfigInfos로 확인할 수 있습니다. Terraform은 ResourceUnavailable.* 코드를 최대 5분간 재시도하지만, 해당 유형을 계속 사용할 수 없는 동안에는 도움이 되지 않습니다.",
            en: "Choose another availability zone or instance type (DescribeZoneInstanceConfigInfos lists what each zone sells). Terraform retries ResourceUnavailable.* codes for up to five minutes, but that does not help while the type stays unavailable.",
            ja: "別のアベイラビリティーゾーンまたはインスタンスタイプを選択してください（各ゾーンで販売中の仕様はDescribeZoneInstanceConfigInfosで確認できます）。TerraformはResourceUnavailable.*のコードを最大5分間再試行しますが、そのタイプが利用できない間は効果がありません。",
            zh: "请改选其他可用区或实例机型（各可用区在售的机型可通过 DescribeZoneInstanceConfigInfos 查询）。Terraform 会对 ResourceUnavailable.* 错误码重试最多五分钟，但在该机型仍不可用期间，重试并无帮助。",
        },
        retried_by: &["terraform"],
        source: &CVM_RUN_INSTANCES,
    },
    Code {
        code: "ResourceUnavailable.SoldOut",
        category: Fix,
        meaning: Text {
            ko: "요청한 리소스 사양이 이 리전 또는 가용존에서 매진되었습니다.",
            en: "The requested resource specification is sold out in this region or availability zone.",
            ja: "要求したリソースの仕様は、このリージョンまたはアベイラビリティーゾーンで売り切れています。",
            zh: "所请求的资源规格在该地域或可用区已售罄。",
        },
        advice: Text {
            ko: "다른 가용존, 리전 또는 사양을 선택하세요. Terraform은 ResourceUnavailable.* 코드를 최대 5분간 재시도하지만, 매진 상태가 이어지는 동안에는 도움이 되지 않습니다.",
            en: "Choose another availability zone, region or specification. Terraform retries ResourceUnavailable.* codes for up to five minutes, but that does not help while the resource stays sold out.",
            ja: "別のアベイラビリティーゾーン、リージョン、または仕様を選択してください。TerraformはResourceUnavailable.*のコードを最大5分間再試行しますが、売り切れが続く間は効果がありません。",
            zh: "请改选其他可用区、地域或规格。Terraform 会对 ResourceUnavailable.* 错误码重试最多五分钟，但在资源持续售罄期间，重试并无帮助。",
        },
        retried_by: &["terraform"],
        source: &CVM_RUN_INSTANCES,
    },
];

/// Tencent Cloud API 2.0 (legacy) common error codes (ascending).
pub(super) const V2: &[Code] = &[
    Code {
        code: "4000",
        category: Fix,
        meaning: Text {
            ko: "요청 매개변수가 잘못되었습니다. 필수 매개변수가 누락되었거나 값의 형식이 올바르지 않습니다.",
            en: "The request parameters are invalid: a required parameter is missing, or a value is in the wrong format.",
            ja: "リクエストパラメータが不正です。必須パラメータが指定されていないか、値の形式が正しくありません。",
            zh: "请求参数非法：缺少必填参数，或参数值格式错误。",
        },
        advice: Text {
            ko: "Message에서 문제가 된 매개변수를 확인하고(앞의 괄호 안 숫자는 모듈 오류 코드), API 문서와 대조하여 수정하세요.",
            en: "Find the parameter at fault in the Message (a number in brackets at its start is the module's error code), and correct it against the API documentation.",
            ja: "Messageで問題のパラメータを確認し（先頭の括弧内の数値はモジュールのエラーコード）、APIドキュメントと照らし合わせて修正してください。",
            zh: "请根据 Message 确认出错的参数（开头括号内的数字为模块错误码），并对照接口文档修正。",
        },
        retried_by: &[],
        source: &API_V2_ERROR_CODES,
    },
    Code {
        code: "4100",
        category: Permission,
        meaning: Text {
            ko: "인증에 실패했습니다. 요청의 서명을 검증할 수 없으며, 대개 서명 계산 오류가 원인입니다.",
            en: "Authentication failed: the request's signature could not be verified, usually because it was calculated incorrectly.",
            ja: "認証に失敗しました。リクエストの署名を検証できず、多くの場合は署名の計算誤りが原因です。",
            zh: "鉴权失败：无法验证请求的签名，通常是签名计算有误。",
        },
        advice: Text {
            ko: "SecretId와 SecretKey를 확인하고, API 2.0 서명 방법에 따라 매개변수 정렬과 결과의 URL 인코딩까지 포함해 서명을 다시 계산하세요.",
            en: "Check the SecretId and SecretKey, and recalculate the signature following the API 2.0 signing method, including the parameter order and the URL encoding of the result.",
            ja: "SecretIdとSecretKeyを確認し、API 2.0の署名方法に従って、パラメータの並び順や結果のURLエンコードも含めて署名を計算し直してください。",
            zh: "请检查 SecretId 和 SecretKey，并按照 API 2.0 的签名方法重新计算签名，注意参数排序以及签名结果的 URL 编码。",
        },
        retried_by: &[],
        source: &API_V2_ERROR_CODES,
    },
    Code {
        code: "4200",
        category: Permission,
        meaning: Text {
            ko: "요청이 만료되었습니다. 더 이상 유효하지 않은 타임스탬프(Timestamp)로 서명된 요청입니다.",
            en: "The request has expired: it was signed with a Timestamp that is no longer valid.",
            ja: "リクエストの有効期限が切れています。有効期間を過ぎたタイムスタンプ（Timestamp）で署名されています。",
            zh: "请求已过期：请求使用已失效的时间戳（Timestamp）签名。",
        },
        advice: Text {
            ko: "로컬 시간을 동기화(NTP)하고, 현재 타임스탬프로 다시 서명한 후 바로 요청을 보내세요.",
            en: "Synchronize the local clock (NTP), sign the request again with the current Timestamp, and send it right away.",
            ja: "ローカルの時刻を同期（NTP）し、現在のタイムスタンプで署名し直してから、すぐにリクエストを送信してください。",
            zh: "请同步本地时间（NTP），使用当前时间戳重新签名后立即发送请求。",
        },
        retried_by: &[],
        source: &API_V2_ERROR_CODES,
    },
    Code {
        code: "4300",
        category: Permission,
        meaning: Text {
            ko: "접근이 거부되었습니다. 계정이 차단되었거나, 이 API를 호출할 수 있는 사용자 범위에 포함되지 않습니다.",
            en: "Access denied: the account is blocked, or is not among the users allowed to call this API.",
            ja: "アクセスが拒否されました。アカウントがブロックされているか、このAPIを呼び出せるユーザーの範囲に含まれていません。",
            zh: "拒绝访问：账号已被封禁，或不在该接口的用户范围内。",
        },
        advice: Text {
            ko: "콘솔에서 계정 상태를 확인하고, 이 계정에 해당 API를 사용할 권한이 있는지 확인하세요. 일부 API는 특정 사용자에게만 공개됩니다.",
            en: "Check the account's status in the console, and confirm that the account has permission to use this API, which may be open only to certain users.",
            ja: "コンソールでアカウントの状態を確認し、このアカウントにAPIの利用権限があるか確認してください。一部のAPIは特定のユーザーにのみ公開されています。",
            zh: "请在控制台检查账号状态，并确认该账号具有调用此接口的权限；部分接口仅对特定用户开放。",
        },
        retried_by: &[],
        source: &API_V2_ERROR_CODES,
    },
    Code {
        code: "4400",
        category: Retry,
        meaning: Text {
            ko: "할당량을 초과했습니다. 요청 횟수가 할당량 한도를 넘었으며, API 2.0에서 호출 빈도 제한에 걸렸음을 나타냅니다.",
            en: "Quota exceeded: the number of requests went over the quota. This is how API 2.0 signals throttling.",
            ja: "クォータを超過しました。リクエスト数がクォータの上限を超えており、API 2.0における頻度制限を示すコードです。",
            zh: "超过配额：请求次数超出了配额限制，是 API 2.0 表示频率限制的错误码。",
        },
        advice: Text {
            ko: "호출 빈도를 낮추고 요청을 시간적으로 분산한 후, 지수 백오프로 재시도하세요.",
            en: "Lower the call rate and spread the calls out over time, then retry with exponential backoff.",
            ja: "呼び出し頻度を下げてリクエストを時間的に分散させ、指数バックオフで再試行してください。",
            zh: "请降低调用频率、将请求在时间上分散开，并以指数退避方式重试。",
        },
        retried_by: &[],
        source: &API_V2_ERROR_CODES,
    },
    Code {
        code: "4500",
        category: Fix,
        meaning: Text {
            ko: "리플레이 공격으로 판단되어 요청이 거부되었습니다. Nonce가 이미 사용되었거나, Timestamp가 서버 시간과 너무 많이 차이 납니다.",
            en: "The request was rejected as a replay attack: its Nonce has been used before, or its Timestamp is too far from the server time.",
            ja: "リプレイ攻撃と判定され、リクエストが拒否されました。Nonceが使用済みか、Timestampとサーバー時刻の差が大きすぎます。",
            zh: "请求被判定为重放攻击：Nonce 已被使用过，或 Timestamp 与服务器时间相差过大。",
        },
        advice: Text {
            ko: "요청마다 새로운 임의의 Nonce를 사용하고, 동기화된 시계의 현재 Timestamp를 사용하세요. 최신 문서 기준으로 허용되는 차이는 5분입니다.",
            en: "Use a new random Nonce for every request and a current Timestamp from a synchronized clock; newer documentation allows a difference of only five minutes.",
            ja: "リクエストごとに新しいランダムなNonceを使用し、同期済みの時計による現在のTimestampを使用してください。新しいドキュメントでは、許容される差は5分です。",
            zh: "请为每个请求使用新的随机 Nonce，并使用已同步时钟的当前 Timestamp；较新的文档规定时间差不得超过五分钟。",
        },
        retried_by: &[],
        source: &API_V2_ERROR_CODES,
    },
    Code {
        code: "4600",
        category: Fix,
        meaning: Text {
            ko: "지원하지 않는 프로토콜입니다. 이 API는 HTTP가 아닌 HTTPS만 지원합니다.",
            en: "The protocol is not supported: the API accepts HTTPS only, not HTTP.",
            ja: "サポートされていないプロトコルです。このAPIはHTTPSのみに対応しており、HTTPは使用できません。",
            zh: "协议不支持：该接口仅支持 HTTPS，不支持 HTTP。",
        },
        advice: Text {
            ko: "URL이 https://로 시작하도록 하여 HTTPS로 요청을 보내세요.",
            en: "Send the request over HTTPS, with a URL that starts with https://.",
            ja: "URLをhttps://で始め、HTTPSでリクエストを送信してください。",
            zh: "请使用 HTTPS 发送请求（URL 以 https:// 开头）。",
        },
        retried_by: &[],
        source: &API_V2_ERROR_CODES,
    },
    Code {
        code: "5000",
        category: Fix,
        meaning: Text {
            ko: "리소스가 존재하지 않습니다. 리소스 ID에 해당하는 인스턴스가 없거나, 이미 해제되었거나, 다른 사용자의 리소스입니다.",
            en: "The resource does not exist: no instance matches the resource ID, it has been released, or it belongs to another user.",
            ja: "リソースが存在しません。リソースIDに該当するインスタンスがないか、すでにリリースされているか、別のユーザーのリソースです。",
            zh: "资源不存在：资源 ID 对应的实例不存在、已退还，或属于其他用户。",
        },
        advice: Text {
            ko: "리소스 ID와 요청의 리전을 확인하고, 요청에 서명한 키의 계정이 해당 리소스를 소유하고 있는지 확인하세요.",
            en: "Check the resource ID and the region of the request, and that the resource belongs to the account whose key signed the request.",
            ja: "リソースIDとリクエストのリージョンを確認し、リクエストに署名したキーのアカウントがそのリソースを所有しているか確認してください。",
            zh: "请检查资源 ID 和请求的地域，并确认该资源属于签名所用密钥对应的账号。",
        },
        retried_by: &[],
        source: &API_V2_ERROR_CODES,
    },
    Code {
        code: "5100",
        category: Retry,
        meaning: Text {
            ko: "리소스 작업에 실패했습니다.",
            en: "The operation on the resource failed.",
            ja: "リソースの操作に失敗しました。",
            zh: "资源操作失败。",
        },
        advice: Text {
            ko: "Message에서 원인을 확인하고(앞의 괄호 안 숫자는 모듈 오류 코드), 매개변수 문제라면 요청을 수정하세요. 그 밖의 경우에는 잠시 후 다시 시도하고, 오류가 계속되면 Tencent Cloud 고객 지원에 문의하세요.",
            en: "Read the reason in the Message (a number in brackets at its start is the module's error code), and correct the request if it points at a parameter. Otherwise retry later, and contact Tencent Cloud support if the error persists.",
            ja: "Messageで原因を確認し（先頭の括弧内の数値はモジュールのエラーコード）、パラメータの問題であればリクエストを修正してください。それ以外の場合はしばらくしてから再試行し、エラーが続く場合はTencent Cloudのサポートにお問い合わせください。",
            zh: "请根据 Message 确认原因（开头括号内的数字为模块错误码），如指向某个参数，请修正请求；否则请稍后重试，如问题持续存在，请联系腾讯云技术支持。",
        },
        retried_by: &[],
        source: &API_V2_ERROR_CODES,
    },
    Code {
        code: "5200",
        category: Fix,
        meaning: Text {
            ko: "리소스 구매에 실패했습니다. 지원하지 않는 인스턴스 구성이거나 리소스가 부족할 수 있습니다.",
            en: "The resource purchase failed, possibly because the instance configuration is not supported or resources are insufficient.",
            ja: "リソースの購入に失敗しました。サポートされていないインスタンス構成か、リソース不足の可能性があります。",
            zh: "资源购买失败，可能是实例配置不受支持或资源不足。",
        },
        advice: Text {
            ko: "Message를 확인한 후, 제품이 지원하는 구성을 선택하거나 리소스가 부족하다면 다른 가용존이나 사양을 선택하세요.",
            en: "Check the Message, then choose a configuration the product supports, or another availability zone or specification if resources are short.",
            ja: "Messageを確認したうえで、製品がサポートする構成を選択するか、リソースが不足している場合は別のアベイラビリティーゾーンや仕様を選択してください。",
            zh: "请查看 Message，改用产品支持的配置；如资源不足，请改选其他可用区或规格。",
        },
        retried_by: &[],
        source: &API_V2_ERROR_CODES,
    },
    Code {
        code: "5300",
        category: Fix,
        meaning: Text {
            ko: "계정 잔액이 부족하여 구매 또는 업그레이드를 할 수 없습니다.",
            en: "The account balance is not enough for the purchase or upgrade.",
            ja: "アカウントの残高が不足しているため、購入またはアップグレードができません。",
            zh: "账户余额不足，无法完成购买或升级。",
        },
        advice: Text {
            ko: "콘솔에서 계정을 충전한 후 요청을 다시 보내세요.",
            en: "Top up the account in the console, then send the request again.",
            ja: "コンソールでアカウントにチャージしてから、リクエストを再度送信してください。",
            zh: "请在控制台为账户充值后重新发送请求。",
        },
        retried_by: &[],
        source: &API_V2_ERROR_CODES,
    },
    Code {
        code: "5400",
        category: Fix,
        meaning: Text {
            ko: "일괄 작업이 일부만 성공했습니다.",
            en: "The batch operation only partly succeeded.",
            ja: "一括操作の一部のみが成功しました。",
            zh: "批量操作部分执行成功。",
        },
        advice: Text {
            ko: "응답에서 항목별 결과를 확인하고, 실패한 항목은 오류 내용에 따라 조치한 후 다시 요청하세요.",
            en: "Check the result for each item in the response, and send the failed items again after fixing what their errors describe.",
            ja: "レスポンスで項目ごとの結果を確認し、失敗した項目はエラー内容に従って対処してから、再度リクエストしてください。",
            zh: "请查看响应中每一项的执行结果，按错误信息处理失败的项后重新提交。",
        },
        retried_by: &[],
        source: &API_V2_ERROR_CODES,
    },
    Code {
        code: "5500",
        category: Permission,
        meaning: Text {
            ko: "실명 인증 미완료 등으로 사용자 자격 심사를 통과하지 못해 구매에 실패했습니다.",
            en: "The purchase failed because the account did not pass the user qualification check, for example because identity verification is not complete.",
            ja: "ユーザー資格の審査を通過していないため、購入に失敗しました（本人確認が完了していないなど）。",
            zh: "用户资质审核未通过，购买失败（如尚未完成实名认证）。",
        },
        advice: Text {
            ko: "콘솔의 계정 센터에서 실명 인증(및 제품이 요구하는 자격 심사)을 완료한 후 다시 구매하세요. 완료 전까지 이 계정에는 구매 권한이 없습니다.",
            en: "Complete identity verification (and any qualification check the product requires) in the console's Account Center, then try the purchase again; until then the account is not authorized to buy.",
            ja: "コンソールのアカウントセンターで本人確認（および製品が求める資格審査）を完了してから、再度購入してください。完了するまで、このアカウントには購入権限がありません。",
            zh: "请在控制台的账号中心完成实名认证（以及产品要求的其他资质审核）后重新购买；在此之前，该账号没有购买权限。",
        },
        retried_by: &[],
        source: &API_V2_ERROR_CODES,
    },
    Code {
        code: "6000",
        category: Retry,
        meaning: Text {
            ko: "서버 내부 오류가 발생했습니다.",
            en: "An internal server error occurred.",
            ja: "サーバー内部エラーが発生しました。",
            zh: "服务器内部错误。",
        },
        advice: Text {
            ko: "잠시 후 다시 시도하세요. 오류가 계속되면 전체 응답 내용을 첨부하여 Tencent Cloud 고객 지원에 문의하세요.",
            en: "Retry later. If the error persists, contact Tencent Cloud support with the full response.",
            ja: "しばらくしてから再試行してください。エラーが続く場合は、レスポンス全体を添えてTencent Cloudのサポートにお問い合わせください。",
            zh: "请稍后重试。如问题持续存在，请附上完整的返回内容联系腾讯云技术支持。",
        },
        retried_by: &[],
        source: &API_V2_ERROR_CODES,
    },
    Code {
        code: "6100",
        category: Fix,
        meaning: Text {
            ko: "현재 버전에서 지원하지 않는 API이거나 모듈이 점검 중입니다.",
            en: "The API is not supported in this version, or the module is under maintenance.",
            ja: "このバージョンではサポートされていないAPIであるか、モジュールがメンテナンス中です。",
            zh: "版本暂不支持：该版本不支持此接口，或模块正在维护中。",
        },
        advice: Text {
            ko: "먼저 요청이 해당 모듈의 도메인(API 2.0은 모듈마다 도메인이 다름, 예: cvm.api.qcloud.com)으로 전송되는지 확인하고, API 문서에서 이 API가 계속 제공되는지 확인하세요.",
            en: "First check that the request goes to the module's own domain (each API 2.0 module has its own, such as cvm.api.qcloud.com), then check in the API documentation that the API is still offered.",
            ja: "まず、リクエストの送信先がそのモジュールのドメイン（API 2.0ではモジュールごとに異なる。例: cvm.api.qcloud.com）になっているか確認し、次にAPIドキュメントでこのAPIが引き続き提供されているか確認してください。",
            zh: "请先确认请求发往该模块对应的域名（API 2.0 各模块域名不同，例如 cvm.api.qcloud.com），再查阅接口文档确认该接口是否仍在提供。",
        },
        retried_by: &[],
        source: &API_V2_ERROR_CODES,
    },
    Code {
        code: "6200",
        category: Retry,
        meaning: Text {
            ko: "API가 점검 중이어서 일시적으로 사용할 수 없습니다.",
            en: "The API is temporarily unavailable because it is under maintenance.",
            ja: "APIはメンテナンス中のため、一時的に利用できません。",
            zh: "接口暂时无法访问：接口正在维护中。",
        },
        advice: Text {
            ko: "점검이 끝날 때까지 기다린 후 백오프로 다시 시도하세요.",
            en: "Wait for the maintenance to end, then retry with backoff.",
            ja: "メンテナンスが終了するまで待ってから、バックオフで再試行してください。",
            zh: "请等待维护结束后，以退避方式重试。",
        },
        retried_by: &[],
        source: &API_V2_ERROR_CODES,
    },
];

/// Every list of Tencent Cloud codes, in catalog order.
pub(super) const LISTS: [&[Code]; 4] = [COMMON, CLIENT, PRODUCT, V2];

/// Every Tencent Cloud code of the catalog, in catalog order.
pub(super) fn codes() -> impl Iterator<Item = &'static Code> {
    LISTS.into_iter().flatten()
}

texts! {
    /// Note for a dotted sub-code outside the common list, read through the
    /// longest catalog code that is its prefix. `{code}`: as given (canonical
    /// spelling); `{base}`: the catalog code.
    SUBCODE_NOTE: Text = Text {
        ko: "{code} 코드는 공통 오류 코드 목록에 없어 {base}의 하위 코드로 해석했습니다.",
        en: "{code} is not in the common error code list; it is read as a sub-code of {base}.",
        ja: "{code}は共通エラーコードの一覧にないため、{base}のサブコードとして解釈しました。",
        zh: "{code} 不在公共错误码列表中，已按 {base} 的子错误码解读。",
    };

    /// Meaning of a product-specific code outside the common list.
    PRODUCT_MEANING: Text = Text {
        ko: "개별 제품의 API에서 정의한 오류 코드입니다. 정확한 의미는 해당 제품 API 문서의 오류 코드 목록을 참고하세요.",
        en: "An error code defined by the individual product's API. The error code list in that product's API documentation gives its exact meaning.",
        ja: "各製品のAPIで定義されたエラーコードです。正確な意味は、その製品のAPIドキュメントにあるエラーコード一覧を参照してください。",
        zh: "由具体产品接口定义的业务错误码。确切含义请参见该产品接口文档中的错误码列表。",
    };

    /// Note for a product-specific code: its category was inferred.
    PRODUCT_NOTE: Text = Text {
        ko: "공통 오류 코드 목록에 없는 코드입니다. 분류는 코드에 포함된 단어로 추정했습니다.",
        en: "Not in the common error code list; the category was inferred from the words in the code.",
        ja: "共通エラーコードの一覧にないコードです。分類はコードに含まれる語から推定しました。",
        zh: "该错误码不在公共错误码列表中，其类别是根据错误码中的单词推断的。",
    };

    /// Advice for a product-specific code, by its inferred category.
    PRODUCT_ADVICE: PerCategory = PerCategory {
        ok: messages::NOTHING_TO_DO,
        fix: Text {
            ko: "Message와 제품의 오류 코드 목록을 참고하여 요청을 수정한 후 다시 보내세요.",
            en: "Correct the request as the Message and the product's error code list describe, then send it again.",
            ja: "Messageと製品のエラーコード一覧を参考にリクエストを修正し、再度送信してください。",
            zh: "请参考 Message 和该产品的错误码列表修改请求后重新发送。",
        },
        permission: Text {
            ko: "Message를 참고하여 키, 서명, 이 작업에 대한 CAM 정책을 확인하세요.",
            en: "Check the key, the signature and the CAM policy for this action, as the Message describes.",
            ja: "Messageを参考に、キー、署名、この操作に対するCAMポリシーを確認してください。",
            zh: "请根据 Message 检查密钥、签名以及该操作的 CAM 策略。",
        },
        retry: Text {
            ko: "리소스가 사용 중이거나 작업이 진행 중입니다. 자세한 내용은 Message를 참고하세요. 작업이 끝날 때까지 기다린 후 백오프로 같은 요청을 다시 보내세요.",
            en: "The resource is busy or a task is in progress (the Message says which). Wait for it to finish, then retry the same request with backoff.",
            ja: "リソースが使用中か、タスクが実行中です（詳細はMessageを参照）。完了するまで待ってから、バックオフで同じリクエストを再試行してください。",
            zh: "资源繁忙或有任务正在执行（详见 Message）。请等待其完成后，以退避方式重试同一请求。",
        },
        contact_admin: Text {
            ko: "Message와 RequestId를 첨부하여 Tencent Cloud 고객 지원에 문의하세요.",
            en: "Contact Tencent Cloud support with the Message and the RequestId.",
            ja: "MessageとRequestIdを添えて、Tencent Cloudのサポートにお問い合わせください。",
            zh: "请提供 Message 和 RequestId 联系腾讯云技术支持。",
        },
    };

    /// The headline of a Tencent Cloud `Response` without `Error`, in place
    /// of the code `Success` that JSON output carries.
    SUCCESS_TITLE: Text = Text {
        ko: "성공",
        en: "Success",
        ja: "成功",
        zh: "成功",
    };

    /// A Tencent Cloud `Response` without `Error`.
    SUCCESS_MEANING: Text = Text {
        ko: "API 호출에 성공했습니다. 응답에 Error 필드가 없습니다.",
        en: "The API call succeeded: the response carries no Error field.",
        ja: "API呼び出しに成功しました。レスポンスにErrorフィールドはありません。",
        zh: "API 调用成功，返回结果中没有 Error 字段。",
    };

    SUCCESS_ADVICE: Text = Text {
        ko: "조치할 필요가 없습니다. 문의할 때는 RequestId를 함께 알려 주세요.",
        en: "Nothing to do. Quote the RequestId if you contact support about this call.",
        ja: "対応は不要です。この呼び出しについて問い合わせる場合は、RequestIdをお知らせください。",
        zh: "无需处理。如需就此次调用联系技术支持，请提供 RequestId。",
    };

    /// Meaning of an API 2.0 success (`code` 0).
    V2_SUCCESS_MEANING: Text = Text {
        ko: "API 2.0 호출에 성공했습니다(code 0).",
        en: "The API 2.0 call succeeded (code 0).",
        ja: "API 2.0の呼び出しに成功しました（code 0）。",
        zh: "API 2.0 调用成功（code 为 0）。",
    };

    /// Meaning of an API 2.0 number outside the common list.
    V2_UNKNOWN_MEANING: Text = Text {
        ko: "API 2.0 공통 오류 코드 목록에 없는 코드로, 해당 모듈이 정의한 오류 코드입니다. 구체적인 원인은 message에 표시됩니다.",
        en: "A code outside the API 2.0 common error code list, defined by the module itself. The message says what went wrong.",
        ja: "API 2.0の共通エラーコード一覧にないコードで、そのモジュールが定義したエラーコードです。具体的な原因はmessageに示されます。",
        zh: "该错误码不在 API 2.0 公共错误码列表中，由相应模块自行定义。具体原因见 message。",
    };

    /// An API 2.0 number read under its hundred. `{code}`, `{base}`.
    V2_HUNDRED_NOTE: Text = Text {
        ko: "{code} 코드는 API 2.0 공통 오류 코드 목록에 없어 {base}에 속하는 코드로 해석했습니다.",
        en: "{code} is not in the API 2.0 common error code list; it is read as one of the {base} codes.",
        ja: "{code}はAPI 2.0の共通エラーコード一覧にないため、{base}に属するコードとして解釈しました。",
        zh: "{code} 不在 API 2.0 公共错误码列表中，已按 {base} 类错误码解读。",
    };

    /// An API 2.0 number whose codeDesc names an API 3.0 code. `{code}`, `{base}`.
    V2_CODEDESC_NOTE: Text = Text {
        ko: "API 2.0 오류 코드 {code}의 codeDesc {base}는 API 3.0 오류 코드이며, 분류는 이를 기준으로 정했습니다.",
        en: "API 2.0 code {code} carries the codeDesc {base}, an API 3.0 code, which decides the category.",
        ja: "API 2.0のエラーコード{code}のcodeDesc {base}はAPI 3.0のエラーコードで、分類はこれに基づきます。",
        zh: "API 2.0 错误码 {code} 的 codeDesc {base} 是 API 3.0 错误码，类别依此确定。",
    };

    /// A code nested in the message decided the category. `{code}`: the inner code.
    CAUSE_NOTE: Text = Text {
        ko: "메시지 안의 오류 코드 {code}가 실제 원인이므로, 분류와 조치 방법은 이 코드를 기준으로 합니다.",
        en: "The message holds the error code {code}, the actual cause: the category and the advice follow it.",
        ja: "メッセージに含まれるエラーコード{code}が実際の原因のため、分類と対処方法はこのコードに基づきます。",
        zh: "消息中包含的错误码 {code} 才是实际原因，类别和处理建议均依据该错误码。",
    };
}
