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

/// A Tencent code's family: its first dotted segment.
pub fn family_of(code: &str) -> &str {
    code.split('.').next().unwrap_or(code)
}

/// The current common error code list, in Tencent Cloud's order (byte order).
pub(super) const CODES: &[Code] = &[
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
            zh: "请查阅该产品的 API 文档，改用替代的接口。",
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
            ko: "잘못된 키입니다(TencentCloud API 키 유형이 아님).",
            en: "The key is invalid: it is not a TencentCloud API key.",
            ja: "キーが無効です（TencentCloud APIキーの種類ではありません）。",
            zh: "密钥非法（不是云 API 密钥类型）。",
        },
        advice: Text {
            ko: "CAM 콘솔의 API 키 관리 페이지에서 발급한 TencentCloud API 키의 SecretId를 사용하고, 빠짐없이 복사되었는지 확인하세요.",
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
            en: "The token (Token) is invalid.",
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
            ko: "서브 계정 또는 역할에 이 리소스에 대한 해당 작업을 허용하는 CAM 정책을 부여(루트 계정 관리자에게 요청)한 후 다시 시도하세요.",
            en: "Have the root account's administrator grant the sub-account or role a CAM policy that allows this action on this resource, then try again.",
            ja: "サブアカウントまたはロールに、このリソースに対するこの操作を許可するCAMポリシーを付与（ルートアカウントの管理者に依頼）してから、再試行してください。",
            zh: "请为子账号或角色授予允许对该资源执行此操作的 CAM 策略（可联系主账号管理员），然后重试。",
        },
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "DryRunOperation",
        category: Ok,
        meaning: Text {
            ko: "DryRun 작업입니다. 요청은 성공했을 것이지만, DryRun 매개변수가 함께 전달되었습니다.",
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
            ko: "잠시 후 다시 시도하세요. 오류가 계속되면 RequestId와 함께 Tencent Cloud 고객 지원에 문의하세요.",
            en: "Retry later. If the error persists, contact Tencent Cloud support and quote the RequestId.",
            ja: "しばらくしてから再試行してください。エラーが続く場合は、RequestIdを添えてTencent Cloudのサポートにお問い合わせください。",
            zh: "请稍后重试。如问题持续存在，请提供 RequestId 联系腾讯云技术支持。",
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
            ko: "매개변수 오류입니다(형식, 유형 등의 오류).",
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
            ko: "요청한 IP 주소가 블랙리스트에 있습니다.",
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
            ko: "요청한 IP 주소가 화이트리스트에 없습니다.",
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
            ko: "호출 빈도를 낮추세요. 잠시 기다린 후 지수 백오프로 재시도하고 요청을 분산하세요. API별 빈도 제한은 API 문서에서 확인할 수 있습니다.",
            en: "Slow down: wait, then retry with exponential backoff, and spread the calls out. Each API's frequency limit is in its documentation.",
            ja: "呼び出し頻度を下げてください。しばらく待ってから指数バックオフで再試行し、リクエストを分散させてください。各APIの頻度制限はAPIドキュメントに記載されています。",
            zh: "请降低调用频率：稍后以指数退避方式重试，并将请求分散开。各接口的频率限制见接口文档。",
        },
        retried_by: &[],
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
        retried_by: &[],
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
        retried_by: &[],
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
        retried_by: &[],
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
            ko: "요청 크기를 줄이세요(한 번에 보내는 항목 수를 줄이거나 요청을 나누기). GET 요청은 32KB까지이며, 서명 방법 v3를 사용하는 POST 요청은 최대 10MB까지 보낼 수 있습니다.",
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
        retried_by: &[],
        source: &COMMON_ERROR_CODES,
    },
    Code {
        code: "ResourceInsufficient",
        category: Retry,
        meaning: Text {
            ko: "리소스가 부족합니다.",
            en: "Resources are insufficient.",
            ja: "リソースが不足しています。",
            zh: "资源不足。",
        },
        advice: Text {
            ko: "잠시 후 다시 시도하거나, 다른 가용 영역 또는 인스턴스 사양을 선택하세요.",
            en: "Retry later, or choose another availability zone or instance specification.",
            ja: "しばらくしてから再試行するか、別のアベイラビリティーゾーンやインスタンス仕様を選択してください。",
            zh: "请稍后重试，或改选其他可用区或实例规格。",
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
        retried_by: &[],
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
            ko: "한 번에 받는 데이터 양을 줄이세요. 페이지 나누기(Offset/Limit)나 더 좁은 필터 조건을 사용하세요.",
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
            ko: "Message에 표시된 매개변수를 삭제하거나 철자와 대소문자를 바로잡으세요. Version이 참고한 문서의 버전과 같은지도 확인하세요.",
            en: "Remove the parameter the Message names, or correct its spelling and case; also check that Version matches the documentation you follow.",
            ja: "Messageに示されたパラメータを削除するか、スペルと大文字・小文字を修正してください。Versionが参照しているドキュメントのバージョンと一致しているかも確認してください。",
            zh: "请删除 Message 中指出的参数，或修正其拼写和大小写；并确认 Version 与所参考文档的版本一致。",
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
            ko: "API가 전달된 리전을 지원하지 않습니다.",
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
        zh: "由具体产品接口定义的业务错误码。确切含义请参见该产品 API 文档中的错误码列表。",
    };

    /// Note for a product-specific code: its category was inferred.
    PRODUCT_NOTE: Text = Text {
        ko: "공통 오류 코드 목록에 없는 코드입니다. 분류는 코드에 포함된 단어로 추정했습니다.",
        en: "Not in the common error code list; the category was read from the words of the code.",
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
            ko: "리소스가 사용 중이거나 작업이 진행 중입니다(자세한 내용은 Message 참고). 작업이 끝날 때까지 기다린 후 백오프로 같은 요청을 다시 보내세요.",
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
}
