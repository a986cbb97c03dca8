//! The catalog: every code ecode knows and every sentence it prints, in four
//! languages. Data only — no rules, no I/O. Categories are decided by
//! `classify`; this module only says what things mean and what to do.
//!
//! A `Text` has one field per language, so a missing translation does not
//! compile. `tests::completeness` checks the rest (no empty text, no text in
//! another language's script by mistake, the same placeholders in every
//! language).
//!
//! Placeholders: a few texts carry `{code}`, `{base}`, `{status}`, `{list}`,
//! `{value}`, `{file}`, `{secs}` or `{family}` (and `POSITION` carries
//! `{line}` and `{column}`); the renderer replaces them.
//!
//! Conventions of the wording:
//! - ko: 합니다/하세요 style; ja: です/ます style, advice as 〜してください;
//!   zh: Simplified Chinese, advice as 请…; en: American spelling.
//! - Meanings, advice and notes are full sentences with a final full stop.
//!   Error messages (`ERR_*`, printed after "ecode: ") and labels have none,
//!   and in en they start in lower case (labels and titles are capitalized).
//! - NHN Cloud texts use NHN Cloud's own terms in each language (ko 인스턴스,
//!   보안 그룹, 플로팅 IP, 키페어, 고객 센터; ja インスタンス, キーペア,
//!   担当者; zh 实例, 弹性IP, 令牌, 客户中心); Tencent Cloud texts use Tencent
//!   Cloud's (zh 密钥, 签名, 地域, 接口, 频率限制, 主账号; ja キー, 署名,
//!   リージョン; ko 키, 서명, 리전, 매개변수).

/// One sentence or phrase in the four output languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub ko: &'static str,
    pub en: &'static str,
    pub ja: &'static str,
    pub zh: &'static str,
}

/// A fixed NHN Cloud `resultCode` (not a range code).
#[derive(Debug)]
pub struct NhnCode {
    pub code: i32,
    /// The `resultMessage` the API sends with it, as the seed lists it.
    pub result_message: &'static str,
    pub meaning: Text,
    pub advice: Text,
}

/// An NHN Cloud API family: the `FF` of a range code `FFSSS`.
#[derive(Debug)]
pub struct NhnFamily {
    pub prefix: u16,
    /// Stable identifier used in JSON output and `--family`.
    pub slug: &'static str,
    /// Display name, e.g. "Volume API".
    pub name: Text,
}

/// A Tencent Cloud API 3.0 common error code.
#[derive(Debug)]
pub struct TencentCode {
    pub code: &'static str,
    pub meaning: Text,
    pub advice: Text,
}

/// An IANA-registered HTTP status in 400–451 or 500–511.
#[derive(Debug)]
pub struct HttpReason {
    pub status: u16,
    /// The canonical English reason phrase, as RFC 9110 names it.
    pub phrase: &'static str,
    pub text: Text,
}

/// One text per category, in the order ok, fix, permission, retry, contact-admin.
#[derive(Debug)]
pub struct PerCategory {
    pub ok: Text,
    pub fix: Text,
    pub permission: Text,
    pub retry: Text,
    pub contact_admin: Text,
}

// ---------------------------------------------------------------------------
// NHN Cloud — Compute Instance API
// ---------------------------------------------------------------------------

/// The fixed `resultCode`s of the seed table, in the seed's order.
pub const NHN_CODES: &[NhnCode] = &[
    NhnCode {
        code: 0,
        result_message: "SUCCESS",
        meaning: Text {
            ko: "처리에 성공했습니다. API에 따라 응답에 \"header\" 외의 정보가 더 포함됩니다.",
            en: "The request succeeded. Depending on the API, the response carries more data besides \"header\".",
            ja: "処理に成功しました。APIによっては、レスポンスに\"header\"以外の情報も含まれます。",
            zh: "处理成功。根据 API 的不同，响应中除 \"header\" 外还包含其他信息。",
        },
        advice: Text {
            ko: "조치할 필요가 없습니다.",
            en: "Nothing to do.",
            ja: "対応は不要です。",
            zh: "无需处理。",
        },
    },
    NhnCode {
        code: -1,
        result_message: "FAIL",
        meaning: Text {
            ko: "인증 모듈 연동에 실패했거나, 요청을 수행할 수 없는 상태입니다.",
            en: "Integration with the authentication module failed, or the request cannot be carried out in the current state.",
            ja: "認証モジュールとの連携に失敗したか、リクエストを実行できない状態です。",
            zh: "认证模块联动失败，或当前状态下无法执行该请求。",
        },
        advice: Text {
            ko: "상세 설명의 내용에 따라 조치한 후 다시 시도하세요.",
            en: "Act on the detail description, then retry the request.",
            ja: "詳細説明の内容を確認して対処してから、再試行してください。",
            zh: "请根据详细说明的内容进行处理后重试。",
        },
    },
    NhnCode {
        code: -2,
        result_message: "UNKNOWN EXCEPTION",
        meaning: Text {
            ko: "예기치 못한 오류가 발생했습니다.",
            en: "An unexpected error occurred.",
            ja: "予期しないエラーが発生しました。",
            zh: "发生了意外错误。",
        },
        advice: Text {
            ko: "NHN Cloud 고객 센터로 문의하세요.",
            en: "Contact the NHN Cloud Customer Center.",
            ja: "NHN Cloudの担当者にお問い合わせください。",
            zh: "请联系 NHN Cloud 客户中心。",
        },
    },
    NhnCode {
        code: -3,
        result_message: "Permission denied",
        meaning: Text {
            ko: "권한이 없는 사용자, AppKey 또는 토큰 ID로 요청했습니다.",
            en: "The request was made by a user, AppKey or token ID that lacks the required permission.",
            ja: "権限のないユーザー、AppKey、またはトークンIDによるリクエストです。",
            zh: "该请求来自没有权限的用户、AppKey 或令牌 ID。",
        },
        advice: Text {
            ko: "상세 설명을 참고하여 사용자 권한, AppKey, 토큰 ID를 확인하세요.",
            en: "Check the user's permissions, the AppKey and the token ID, as the detail description indicates.",
            ja: "詳細説明を参考に、ユーザーの権限、AppKey、トークンIDを確認してください。",
            zh: "请参考详细说明，检查用户权限、AppKey 和令牌 ID。",
        },
    },
    NhnCode {
        code: -4,
        result_message: "Invalid parameters",
        meaning: Text {
            ko: "API 호출 시 요청 URL 또는 본문에 필요한 값이 없거나, 잘못된 형식의 값이 입력되었습니다.",
            en: "A value the API needs is missing from the request URL or body, or a value has the wrong format.",
            ja: "API呼び出し時に、リクエストURLまたはボディに必要な値がないか、誤った形式の値が入力されています。",
            zh: "调用 API 时，请求 URL 或请求体中缺少必需的值，或输入的值格式不正确。",
        },
        advice: Text {
            ko: "상세 설명에 따라 요청을 수정한 후 다시 시도하세요.",
            en: "Correct the request as the detail description indicates, then send it again.",
            ja: "詳細説明に従ってリクエストを修正し、再試行してください。",
            zh: "请根据详细说明修改请求后重试。",
        },
    },
    NhnCode {
        code: -5,
        result_message: "Nonexistent",
        meaning: Text {
            ko: "존재하지 않는 리소스에 접근했습니다.",
            en: "The request accessed a resource that does not exist.",
            ja: "存在しないリソースにアクセスしました。",
            zh: "访问的资源不存在。",
        },
        advice: Text {
            ko: "상세 설명을 참고하여 리소스 ID를 확인하세요. 이미 삭제되었거나 다른 프로젝트 또는 리전의 리소스일 수 있습니다.",
            en: "Check the resource ID named in the detail description: the resource may have been deleted, or may belong to another project or region.",
            ja: "詳細説明を参考にリソースIDを確認してください。すでに削除されているか、別のプロジェクトやリージョンのリソースである可能性があります。",
            zh: "请参考详细说明检查资源 ID。该资源可能已被删除，或属于其他项目或区域。",
        },
    },
    NhnCode {
        code: -6,
        result_message: "Failed to query internal db",
        meaning: Text {
            ko: "내부 데이터베이스 질의에 실패했습니다.",
            en: "A query to the internal database failed.",
            ja: "内部データベースへのクエリに失敗しました。",
            zh: "内部数据库查询失败。",
        },
        advice: Text {
            ko: "NHN Cloud 측의 문제입니다. 상세 설명과 함께 NHN Cloud 고객 센터로 문의하세요.",
            en: "The failure is on the NHN Cloud side. Contact the NHN Cloud Customer Center with the detail description.",
            ja: "NHN Cloud側の問題です。詳細説明を添えて、NHN Cloudの担当者にお問い合わせください。",
            zh: "这是 NHN Cloud 侧的问题。请附上详细说明联系 NHN Cloud 客户中心。",
        },
    },
    NhnCode {
        code: -7,
        result_message: "Not supported",
        meaning: Text {
            ko: "지원하지 않는 기능을 요청했습니다.",
            en: "The request asked for a feature that is not supported.",
            ja: "サポートされていない機能がリクエストされました。",
            zh: "请求了不支持的功能。",
        },
        advice: Text {
            ko: "상세 설명에서 지원하지 않는 항목을 확인하고, 지원하는 기능이나 옵션을 사용하도록 요청을 변경하세요.",
            en: "See the detail description for what is not supported, and change the request to use a supported feature or option.",
            ja: "詳細説明でサポートされていない項目を確認し、サポートされている機能やオプションを使うようにリクエストを変更してください。",
            zh: "请通过详细说明确认不支持的内容，并修改请求，改用支持的功能或选项。",
        },
    },
    NhnCode {
        code: -8,
        result_message: "JSON parsing error",
        meaning: Text {
            ko: "Request Body의 JSON 파싱에 실패했습니다.",
            en: "The JSON in the Request Body could not be parsed.",
            ja: "Request BodyのJSONの解析に失敗しました。",
            zh: "Request Body 的 JSON 解析失败。",
        },
        advice: Text {
            ko: "Request Body가 올바른 JSON 형식인지(따옴표, 쉼표, 괄호 등) 확인한 후 다시 보내세요.",
            en: "Check that the Request Body is well-formed JSON (quotes, commas, brackets), then send it again.",
            ja: "Request Bodyが正しいJSON形式か（引用符、カンマ、括弧など）確認してから、再度送信してください。",
            zh: "请检查 Request Body 是否为格式正确的 JSON（引号、逗号、括号等），然后重新发送。",
        },
    },
    NhnCode {
        code: 20001,
        result_message: "No available IP",
        meaning: Text {
            ko: "할당할 수 있는 IP가 없습니다.",
            en: "There is no IP address left to allocate.",
            ja: "割り当て可能なIPがありません。",
            zh: "没有可分配的 IP。",
        },
        advice: Text {
            ko: "NHN Cloud 고객 센터로 문의하세요.",
            en: "Contact the NHN Cloud Customer Center.",
            ja: "NHN Cloudの担当者にお問い合わせください。",
            zh: "请联系 NHN Cloud 客户中心。",
        },
    },
    NhnCode {
        code: 20004,
        result_message: "No accessible network",
        meaning: Text {
            ko: "네트워크 조회에 실패했습니다. 잘못된 네트워크 ID로 조회했거나, 접근할 수 있는 네트워크가 없습니다.",
            en: "The network lookup failed: the network ID is wrong, or no network is accessible.",
            ja: "ネットワークの照会に失敗しました。誤ったネットワークIDで照会したか、アクセス可能なネットワークがありません。",
            zh: "网络查询失败：网络 ID 无效，或没有可访问的网络。",
        },
        advice: Text {
            ko: "요청의 네트워크 ID를 확인하고, 프로젝트에 접근할 수 있는 네트워크(VPC)가 있는지 확인하세요.",
            en: "Check the network ID in the request, and check that the project has a network (VPC) you can access.",
            ja: "リクエストのネットワークIDを確認し、プロジェクトにアクセス可能なネットワーク（VPC）があるか確認してください。",
            zh: "请检查请求中的网络 ID，并确认项目中存在可访问的网络（VPC）。",
        },
    },
];

/// The API families of range codes `FFSSS`, in the seed's order.
pub const NHN_FAMILIES: &[NhnFamily] = &[
    NhnFamily {
        prefix: 10,
        slug: "instance",
        name: Text {
            ko: "인스턴스 API",
            en: "Instance API",
            ja: "インスタンスAPI",
            zh: "实例 API",
        },
    },
    NhnFamily {
        prefix: 11,
        slug: "api",
        // The seed names this family just "API", in every language.
        name: Text {
            ko: "API",
            en: "API",
            ja: "API",
            zh: "API",
        },
    },
    NhnFamily {
        prefix: 12,
        slug: "availability-zone",
        name: Text {
            ko: "가용성 영역 API",
            en: "Availability Zone API",
            ja: "アベイラビリティーゾーンAPI",
            zh: "可用区域 API",
        },
    },
    NhnFamily {
        prefix: 13,
        slug: "key-pair",
        name: Text {
            ko: "키페어 API",
            en: "Key Pair API",
            ja: "キーペアAPI",
            zh: "密钥 API",
        },
    },
    NhnFamily {
        prefix: 20,
        slug: "network",
        name: Text {
            ko: "네트워크 API",
            en: "Network API",
            ja: "ネットワークAPI",
            zh: "网络 API",
        },
    },
    NhnFamily {
        prefix: 21,
        slug: "subnet",
        name: Text {
            ko: "서브넷 API",
            en: "Subnet API",
            ja: "サブネットAPI",
            zh: "子网 API",
        },
    },
    NhnFamily {
        prefix: 22,
        slug: "floating-ip",
        name: Text {
            ko: "플로팅 IP API",
            en: "Floating IP API",
            ja: "フローティングIP API",
            zh: "弹性IP API",
        },
    },
    NhnFamily {
        prefix: 23,
        slug: "load-balancer",
        name: Text {
            ko: "로드 밸런서 API",
            en: "Load Balancer API",
            ja: "ロードバランサーAPI",
            zh: "负载均衡 API",
        },
    },
    NhnFamily {
        prefix: 24,
        slug: "security-group",
        name: Text {
            ko: "보안 그룹 API",
            en: "Security Group API",
            ja: "セキュリティグループAPI",
            zh: "安全组 API",
        },
    },
    NhnFamily {
        prefix: 30,
        slug: "image",
        name: Text {
            ko: "이미지 API",
            en: "Image API",
            ja: "イメージAPI",
            zh: "镜像 API",
        },
    },
    NhnFamily {
        prefix: 40,
        slug: "volume",
        name: Text {
            ko: "볼륨 API",
            en: "Volume API",
            ja: "ボリュームAPI",
            zh: "卷 API",
        },
    },
    NhnFamily {
        prefix: 50,
        slug: "token",
        name: Text {
            ko: "토큰 API",
            en: "Token API",
            ja: "トークンAPI",
            zh: "令牌 API",
        },
    },
];

/// Display name of the family of the fixed codes 0 and -1 … -8.
pub const NHN_COMMON: Text = Text {
    ko: "공통",
    en: "Common",
    ja: "共通",
    zh: "通用",
};

/// Meaning of a range code `FFSSS`. `{family}`: the family's display name.
pub const NHN_RANGE_MEANING: Text = Text {
    ko: "{family} 관련 오류입니다. resultCode의 뒤 세 자리는 HTTP 상태 코드이며, 구체적인 원인은 resultMessage에 표시됩니다.",
    en: "An error from the {family}. The last three digits of resultCode are the HTTP status code, and resultMessage says what went wrong.",
    ja: "{family}関連のエラーです。resultCodeの下3桁はHTTPステータスコードで、具体的な原因はresultMessageに示されます。",
    zh: "{family} 相关错误。resultCode 的后三位是 HTTP 状态码，具体原因见 resultMessage。",
};

/// Advice for a range code, by the category its HTTP status gives it.
pub const NHN_RANGE_ADVICE: PerCategory = PerCategory {
    ok: Text {
        ko: "조치할 필요가 없습니다.",
        en: "Nothing to do.",
        ja: "対応は不要です。",
        zh: "无需处理。",
    },
    fix: Text {
        ko: "resultMessage의 내용에 따라 요청을 수정한 후 다시 보내세요.",
        en: "Correct the request as resultMessage describes, then send it again.",
        ja: "resultMessageの内容に従ってリクエストを修正し、再度送信してください。",
        zh: "请根据 resultMessage 的内容修改请求后重新发送。",
    },
    permission: Text {
        ko: "토큰 또는 AppKey와, resultMessage에 표시된 사용자 권한을 확인하세요.",
        en: "Check the token or AppKey, and the user permissions that resultMessage names.",
        ja: "トークンまたはAppKeyと、resultMessageに示されたユーザーの権限を確認してください。",
        zh: "请检查令牌或 AppKey，以及 resultMessage 中指出的用户权限。",
    },
    retry: Text {
        ko: "충돌, 잠금, 요청 한도 초과, 일시적인 장애 등 잠시 후 해소되는 상태입니다. 잠시 기다린 후 같은 요청을 다시 보내세요.",
        en: "This is a transient state, such as a conflict, a lock, a rate limit or a temporary outage. Wait a moment, then retry the same request.",
        ja: "競合、ロック、リクエスト数の制限、一時的な障害など、時間がたてば解消する状態です。しばらく待ってから、同じリクエストを再試行してください。",
        zh: "这是冲突、锁定、请求频率限制或临时故障等暂时性状态。请稍候片刻，然后重试同一请求。",
    },
    contact_admin: Text {
        ko: "NHN Cloud 측에서 발생한 오류입니다. resultMessage의 내용과 함께 NHN Cloud 고객 센터로 문의하세요.",
        en: "The failure is on the NHN Cloud side. Contact the NHN Cloud Customer Center with the resultMessage.",
        ja: "NHN Cloud側で発生したエラーです。resultMessageの内容を添えて、NHN Cloudの担当者にお問い合わせください。",
        zh: "这是 NHN Cloud 侧发生的错误。请附上 resultMessage 的内容联系 NHN Cloud 客户中心。",
    },
};

/// Note for a range code whose HTTP status is outside the documented
/// 400–499 (`10503`). `{code}`: the code; `{status}`: its HTTP status.
pub const NHN_INFERRED_NOTE: Text = Text {
    ko: "문서에는 FF400~FF499만 정의되어 있습니다. {code} 코드는 형식을 기준으로 해석했으며, HTTP 상태는 {status}입니다.",
    en: "The documentation lists only FF400–FF499. {code} was read by its shape, with HTTP status {status}.",
    ja: "ドキュメントに記載されているのはFF400～FF499のみです。{code}はコードの形式から解釈したもので、HTTPステータスは{status}です。",
    zh: "文档中仅列出了 FF400～FF499。{code} 是根据代码格式解读的，其 HTTP 状态为 {status}。",
};

// ---------------------------------------------------------------------------
// Tencent Cloud — API 3.0 common error codes
// ---------------------------------------------------------------------------

/// The current common error code list (38 codes), in Tencent Cloud's order.
/// The category of each is decided by `classify`; the advice agrees with it.
pub const TENCENT_CODES: &[TencentCode] = &[
    TencentCode {
        code: "ActionOffline",
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
    },
    TencentCode {
        code: "AuthFailure.InvalidAuthorization",
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
    },
    TencentCode {
        code: "AuthFailure.InvalidSecretId",
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
    },
    TencentCode {
        code: "AuthFailure.MFAFailure",
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
    },
    TencentCode {
        code: "AuthFailure.SecretIdNotFound",
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
    },
    TencentCode {
        code: "AuthFailure.SignatureExpire",
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
    },
    TencentCode {
        code: "AuthFailure.SignatureFailure",
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
    },
    TencentCode {
        code: "AuthFailure.TokenFailure",
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
    },
    TencentCode {
        code: "AuthFailure.UnauthorizedOperation",
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
    },
    TencentCode {
        code: "DryRunOperation",
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
    },
    TencentCode {
        code: "FailedOperation",
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
    },
    TencentCode {
        code: "InternalError",
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
    },
    TencentCode {
        code: "InvalidAction",
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
    },
    TencentCode {
        code: "InvalidParameter",
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
    },
    TencentCode {
        code: "InvalidParameterValue",
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
    },
    TencentCode {
        code: "InvalidRequest",
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
    },
    TencentCode {
        code: "IpInBlacklist",
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
    },
    TencentCode {
        code: "IpNotInWhitelist",
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
    },
    TencentCode {
        code: "LimitExceeded",
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
    },
    TencentCode {
        code: "MissingParameter",
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
    },
    TencentCode {
        code: "NoSuchProduct",
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
    },
    TencentCode {
        code: "NoSuchVersion",
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
    },
    TencentCode {
        code: "RequestLimitExceeded",
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
    },
    TencentCode {
        code: "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
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
    },
    TencentCode {
        code: "RequestLimitExceeded.IPLimitExceeded",
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
    },
    TencentCode {
        code: "RequestLimitExceeded.UinLimitExceeded",
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
    },
    TencentCode {
        code: "RequestSizeLimitExceeded",
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
    },
    TencentCode {
        code: "ResourceInUse",
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
    },
    TencentCode {
        code: "ResourceInsufficient",
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
    },
    TencentCode {
        code: "ResourceNotFound",
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
    },
    TencentCode {
        code: "ResourceUnavailable",
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
    },
    TencentCode {
        code: "ResponseSizeLimitExceeded",
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
    },
    TencentCode {
        code: "ServiceUnavailable",
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
    },
    TencentCode {
        code: "UnauthorizedOperation",
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
    },
    TencentCode {
        code: "UnknownParameter",
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
    },
    TencentCode {
        code: "UnsupportedOperation",
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
    },
    TencentCode {
        code: "UnsupportedProtocol",
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
    },
    TencentCode {
        code: "UnsupportedRegion",
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
    },
];

/// Note for a dotted sub-code outside the common list, read through the
/// longest catalog code that is its prefix. `{code}`: as given (canonical
/// spelling); `{base}`: the catalog code.
pub const TENCENT_SUBCODE_NOTE: Text = Text {
    ko: "{code} 코드는 공통 오류 코드 목록에 없어 {base}의 하위 코드로 해석했습니다.",
    en: "{code} is not in the common error code list; it is read as a sub-code of {base}.",
    ja: "{code}は共通エラーコードの一覧にないため、{base}のサブコードとして解釈しました。",
    zh: "{code} 不在公共错误码列表中，已按 {base} 的子错误码解读。",
};

/// Meaning of a product-specific code outside the common list.
pub const TENCENT_PRODUCT_MEANING: Text = Text {
    ko: "개별 제품의 API에서 정의한 오류 코드입니다. 정확한 의미는 해당 제품 API 문서의 오류 코드 목록을 참고하세요.",
    en: "An error code defined by the individual product's API. The error code list in that product's API documentation gives its exact meaning.",
    ja: "各製品のAPIで定義されたエラーコードです。正確な意味は、その製品のAPIドキュメントにあるエラーコード一覧を参照してください。",
    zh: "由具体产品接口定义的业务错误码。确切含义请参见该产品 API 文档中的错误码列表。",
};

/// Note for a product-specific code: its category was inferred.
pub const TENCENT_PRODUCT_NOTE: Text = Text {
    ko: "공통 오류 코드 목록에 없는 코드입니다. 분류는 코드에 포함된 단어로 추정했습니다.",
    en: "Not in the common error code list; the category was read from the words of the code.",
    ja: "共通エラーコードの一覧にないコードです。分類はコードに含まれる語から推定しました。",
    zh: "该错误码不在公共错误码列表中，其类别是根据错误码中的单词推断的。",
};

/// Advice for a product-specific code, by its inferred category.
pub const TENCENT_PRODUCT_ADVICE: PerCategory = PerCategory {
    ok: Text {
        ko: "조치할 필요가 없습니다.",
        en: "Nothing to do.",
        ja: "対応は不要です。",
        zh: "无需处理。",
    },
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

// ---------------------------------------------------------------------------
// HTTP status reason phrases
// ---------------------------------------------------------------------------

/// Every IANA-registered status in 400–451 and 500–511, ascending
/// (418 is "(Unused)" in the IANA registry and is left out).
pub const HTTP_REASONS: &[HttpReason] = &[
    HttpReason {
        status: 400,
        phrase: "Bad Request",
        text: Text {
            ko: "잘못된 요청",
            en: "Bad Request",
            ja: "不正なリクエスト",
            zh: "错误的请求",
        },
    },
    HttpReason {
        status: 401,
        phrase: "Unauthorized",
        text: Text {
            ko: "인증 필요",
            en: "Unauthorized",
            ja: "認証が必要",
            zh: "未授权",
        },
    },
    HttpReason {
        status: 402,
        phrase: "Payment Required",
        text: Text {
            ko: "결제 필요",
            en: "Payment Required",
            ja: "支払いが必要",
            zh: "需要付款",
        },
    },
    HttpReason {
        status: 403,
        phrase: "Forbidden",
        text: Text {
            ko: "접근 금지",
            en: "Forbidden",
            ja: "アクセス禁止",
            zh: "禁止访问",
        },
    },
    HttpReason {
        status: 404,
        phrase: "Not Found",
        text: Text {
            ko: "찾을 수 없음",
            en: "Not Found",
            ja: "見つからない",
            zh: "未找到",
        },
    },
    HttpReason {
        status: 405,
        phrase: "Method Not Allowed",
        text: Text {
            ko: "허용되지 않는 메서드",
            en: "Method Not Allowed",
            ja: "許可されていないメソッド",
            zh: "方法不允许",
        },
    },
    HttpReason {
        status: 406,
        phrase: "Not Acceptable",
        text: Text {
            ko: "수용할 수 없음",
            en: "Not Acceptable",
            ja: "受理できない",
            zh: "无法接受",
        },
    },
    HttpReason {
        status: 407,
        phrase: "Proxy Authentication Required",
        text: Text {
            ko: "프록시 인증 필요",
            en: "Proxy Authentication Required",
            ja: "プロキシ認証が必要",
            zh: "需要代理身份验证",
        },
    },
    HttpReason {
        status: 408,
        phrase: "Request Timeout",
        text: Text {
            ko: "요청 시간 초과",
            en: "Request Timeout",
            ja: "リクエストタイムアウト",
            zh: "请求超时",
        },
    },
    HttpReason {
        status: 409,
        phrase: "Conflict",
        text: Text {
            ko: "충돌",
            en: "Conflict",
            ja: "競合",
            zh: "冲突",
        },
    },
    HttpReason {
        status: 410,
        phrase: "Gone",
        text: Text {
            ko: "더 이상 사용할 수 없음",
            en: "Gone",
            ja: "恒久的に利用不可",
            zh: "资源已永久移除",
        },
    },
    HttpReason {
        status: 411,
        phrase: "Length Required",
        text: Text {
            ko: "길이 정보 필요",
            en: "Length Required",
            ja: "長さが必要",
            zh: "需要内容长度",
        },
    },
    HttpReason {
        status: 412,
        phrase: "Precondition Failed",
        text: Text {
            ko: "사전 조건 실패",
            en: "Precondition Failed",
            ja: "前提条件を満たさない",
            zh: "前提条件失败",
        },
    },
    HttpReason {
        status: 413,
        phrase: "Content Too Large",
        text: Text {
            ko: "콘텐츠가 너무 큼",
            en: "Content Too Large",
            ja: "コンテンツが大きすぎる",
            zh: "内容过大",
        },
    },
    HttpReason {
        status: 414,
        phrase: "URI Too Long",
        text: Text {
            ko: "URI가 너무 김",
            en: "URI Too Long",
            ja: "URIが長すぎる",
            zh: "URI 过长",
        },
    },
    HttpReason {
        status: 415,
        phrase: "Unsupported Media Type",
        text: Text {
            ko: "지원하지 않는 미디어 유형",
            en: "Unsupported Media Type",
            ja: "サポートされていないメディアタイプ",
            zh: "不支持的媒体类型",
        },
    },
    HttpReason {
        status: 416,
        phrase: "Range Not Satisfiable",
        text: Text {
            ko: "처리할 수 없는 범위",
            en: "Range Not Satisfiable",
            ja: "範囲が不適切",
            zh: "请求范围无法满足",
        },
    },
    HttpReason {
        status: 417,
        phrase: "Expectation Failed",
        text: Text {
            ko: "Expect 조건 실패",
            en: "Expectation Failed",
            ja: "Expectヘッダーの要求に応えられない",
            zh: "Expect 预期失败",
        },
    },
    HttpReason {
        status: 421,
        phrase: "Misdirected Request",
        text: Text {
            ko: "잘못 전달된 요청",
            en: "Misdirected Request",
            ja: "誤った宛先へのリクエスト",
            zh: "请求被错误定向",
        },
    },
    HttpReason {
        status: 422,
        phrase: "Unprocessable Content",
        text: Text {
            ko: "처리할 수 없는 콘텐츠",
            en: "Unprocessable Content",
            ja: "処理できないコンテンツ",
            zh: "无法处理的内容",
        },
    },
    HttpReason {
        status: 423,
        phrase: "Locked",
        text: Text {
            ko: "잠김",
            en: "Locked",
            ja: "ロック中",
            zh: "已锁定",
        },
    },
    HttpReason {
        status: 424,
        phrase: "Failed Dependency",
        text: Text {
            ko: "의존 관계 실패",
            en: "Failed Dependency",
            ja: "依存関係の失敗",
            zh: "依赖失败",
        },
    },
    HttpReason {
        status: 425,
        phrase: "Too Early",
        text: Text {
            ko: "너무 이른 요청",
            en: "Too Early",
            ja: "時期尚早",
            zh: "请求过早",
        },
    },
    HttpReason {
        status: 426,
        phrase: "Upgrade Required",
        text: Text {
            ko: "업그레이드 필요",
            en: "Upgrade Required",
            ja: "アップグレードが必要",
            zh: "需要升级",
        },
    },
    HttpReason {
        status: 428,
        phrase: "Precondition Required",
        text: Text {
            ko: "사전 조건 필요",
            en: "Precondition Required",
            ja: "前提条件が必要",
            zh: "需要前提条件",
        },
    },
    HttpReason {
        status: 429,
        phrase: "Too Many Requests",
        text: Text {
            ko: "요청 한도 초과",
            en: "Too Many Requests",
            ja: "リクエスト過多",
            zh: "请求过多",
        },
    },
    HttpReason {
        status: 431,
        phrase: "Request Header Fields Too Large",
        text: Text {
            ko: "요청 헤더 필드가 너무 큼",
            en: "Request Header Fields Too Large",
            ja: "リクエストヘッダーフィールドが大きすぎる",
            zh: "请求头字段过大",
        },
    },
    HttpReason {
        status: 451,
        phrase: "Unavailable For Legal Reasons",
        text: Text {
            ko: "법적 사유로 이용 불가",
            en: "Unavailable For Legal Reasons",
            ja: "法的理由により利用不可",
            zh: "因法律原因不可用",
        },
    },
    HttpReason {
        status: 500,
        phrase: "Internal Server Error",
        text: Text {
            ko: "내부 서버 오류",
            en: "Internal Server Error",
            ja: "サーバー内部エラー",
            zh: "服务器内部错误",
        },
    },
    HttpReason {
        status: 501,
        phrase: "Not Implemented",
        text: Text {
            ko: "구현되지 않음",
            en: "Not Implemented",
            ja: "未実装",
            zh: "未实现",
        },
    },
    HttpReason {
        status: 502,
        phrase: "Bad Gateway",
        text: Text {
            ko: "잘못된 게이트웨이",
            en: "Bad Gateway",
            ja: "不正なゲートウェイ",
            zh: "网关错误",
        },
    },
    HttpReason {
        status: 503,
        phrase: "Service Unavailable",
        text: Text {
            ko: "서비스 이용 불가",
            en: "Service Unavailable",
            ja: "サービス利用不可",
            zh: "服务不可用",
        },
    },
    HttpReason {
        status: 504,
        phrase: "Gateway Timeout",
        text: Text {
            ko: "게이트웨이 시간 초과",
            en: "Gateway Timeout",
            ja: "ゲートウェイタイムアウト",
            zh: "网关超时",
        },
    },
    HttpReason {
        status: 505,
        phrase: "HTTP Version Not Supported",
        text: Text {
            ko: "지원하지 않는 HTTP 버전",
            en: "HTTP Version Not Supported",
            ja: "サポートされていないHTTPバージョン",
            zh: "不支持的 HTTP 版本",
        },
    },
    HttpReason {
        status: 506,
        phrase: "Variant Also Negotiates",
        text: Text {
            ko: "콘텐츠 협상 순환 오류",
            en: "Variant Also Negotiates",
            ja: "コンテンツネゴシエーションの循環",
            zh: "内容协商循环错误",
        },
    },
    HttpReason {
        status: 507,
        phrase: "Insufficient Storage",
        text: Text {
            ko: "저장 공간 부족",
            en: "Insufficient Storage",
            ja: "ストレージ容量不足",
            zh: "存储空间不足",
        },
    },
    HttpReason {
        status: 508,
        phrase: "Loop Detected",
        text: Text {
            ko: "루프 감지됨",
            en: "Loop Detected",
            ja: "ループを検出",
            zh: "检测到循环",
        },
    },
    HttpReason {
        status: 510,
        phrase: "Not Extended",
        text: Text {
            ko: "확장 필요",
            en: "Not Extended",
            ja: "拡張が必要",
            zh: "需要扩展",
        },
    },
    HttpReason {
        status: 511,
        phrase: "Network Authentication Required",
        text: Text {
            ko: "네트워크 인증 필요",
            en: "Network Authentication Required",
            ja: "ネットワーク認証が必要",
            zh: "需要网络身份验证",
        },
    },
];

/// Phrases for the statuses a transcript's status line may carry besides
/// errors (`HTTP/1.1 200 OK`); kept apart from the error statuses above,
/// which alone make range codes.
pub const HTTP_OTHER_REASONS: &[HttpReason] = &[
    HttpReason {
        status: 100,
        phrase: "Continue",
        text: Text {
            ko: "계속",
            en: "Continue",
            ja: "継続",
            zh: "继续",
        },
    },
    HttpReason {
        status: 101,
        phrase: "Switching Protocols",
        text: Text {
            ko: "프로토콜 전환",
            en: "Switching Protocols",
            ja: "プロトコル切り替え",
            zh: "切换协议",
        },
    },
    HttpReason {
        status: 200,
        phrase: "OK",
        text: Text {
            ko: "성공",
            en: "OK",
            ja: "成功",
            zh: "成功",
        },
    },
    HttpReason {
        status: 201,
        phrase: "Created",
        text: Text {
            ko: "생성됨",
            en: "Created",
            ja: "作成完了",
            zh: "已创建",
        },
    },
    HttpReason {
        status: 202,
        phrase: "Accepted",
        text: Text {
            ko: "요청 접수됨",
            en: "Accepted",
            ja: "受理",
            zh: "已接受",
        },
    },
    HttpReason {
        status: 204,
        phrase: "No Content",
        text: Text {
            ko: "콘텐츠 없음",
            en: "No Content",
            ja: "コンテンツなし",
            zh: "无内容",
        },
    },
    HttpReason {
        status: 301,
        phrase: "Moved Permanently",
        text: Text {
            ko: "영구 이동",
            en: "Moved Permanently",
            ja: "恒久的に移動",
            zh: "永久移动",
        },
    },
    HttpReason {
        status: 302,
        phrase: "Found",
        text: Text {
            ko: "임시 이동",
            en: "Found",
            ja: "一時的に移動",
            zh: "临时移动",
        },
    },
    HttpReason {
        status: 304,
        phrase: "Not Modified",
        text: Text {
            ko: "수정되지 않음",
            en: "Not Modified",
            ja: "未更新",
            zh: "未修改",
        },
    },
    HttpReason {
        status: 307,
        phrase: "Temporary Redirect",
        text: Text {
            ko: "임시 리다이렉트",
            en: "Temporary Redirect",
            ja: "一時的リダイレクト",
            zh: "临时重定向",
        },
    },
    HttpReason {
        status: 308,
        phrase: "Permanent Redirect",
        text: Text {
            ko: "영구 리다이렉트",
            en: "Permanent Redirect",
            ja: "恒久的リダイレクト",
            zh: "永久重定向",
        },
    },
];

/// Shown beside a status with no registered reason phrase: `599 (unassigned status)`.
pub const HTTP_UNASSIGNED: Text = Text {
    ko: "미할당 상태 코드",
    en: "unassigned status",
    ja: "未割り当てのステータス",
    zh: "未分配的状态码",
};

// ---------------------------------------------------------------------------
// Providers and categories
// ---------------------------------------------------------------------------

pub const PROVIDER_NHN: Text = Text {
    ko: "NHN Cloud",
    en: "NHN Cloud",
    ja: "NHN Cloud",
    zh: "NHN Cloud",
};

/// Tencent Cloud's own name in each language: 腾讯云 in Chinese, the Latin
/// name elsewhere (as its Korean and Japanese sites write it).
pub const PROVIDER_TENCENT: Text = Text {
    ko: "Tencent Cloud",
    en: "Tencent Cloud",
    ja: "Tencent Cloud",
    zh: "腾讯云",
};

/// Short category names, shown as `retry later (exit status 4)`.
pub const CATEGORY_NAMES: PerCategory = PerCategory {
    ok: Text {
        ko: "성공",
        en: "success",
        ja: "成功",
        zh: "成功",
    },
    fix: Text {
        ko: "요청 수정",
        en: "fix the request",
        ja: "リクエストの修正",
        zh: "修改请求",
    },
    permission: Text {
        ko: "인증 정보·권한 확인",
        en: "check credentials and permissions",
        ja: "認証情報・権限の確認",
        zh: "检查凭证和权限",
    },
    retry: Text {
        ko: "잠시 후 재시도",
        en: "retry later",
        ja: "時間をおいて再試行",
        zh: "稍后重试",
    },
    contact_admin: Text {
        ko: "관리자 문의",
        en: "contact the administrator",
        ja: "管理者へ問い合わせ",
        zh: "联系管理员",
    },
};

// ---------------------------------------------------------------------------
// Labels of the text output
// ---------------------------------------------------------------------------

pub const LABEL_MEANING: Text = Text {
    ko: "의미",
    en: "Meaning",
    ja: "意味",
    zh: "含义",
};

/// The message the response carried (NHN resultMessage, Tencent Error.Message).
pub const LABEL_MESSAGE: Text = Text {
    ko: "메시지",
    en: "Message",
    ja: "メッセージ",
    zh: "返回消息",
};

/// NHN Cloud's detail description (after ": " in resultMessage).
pub const LABEL_DETAIL: Text = Text {
    ko: "상세 설명",
    en: "Detail",
    ja: "詳細説明",
    zh: "详细说明",
};

pub const LABEL_REQUEST_ID: Text = Text {
    ko: "요청 ID (RequestId)",
    en: "RequestId",
    ja: "リクエストID (RequestId)",
    zh: "请求 ID (RequestId)",
};

/// Where a result was found (`resp.json:12`).
pub const LABEL_SOURCE: Text = Text {
    ko: "위치",
    en: "Source",
    ja: "位置",
    zh: "位置",
};

/// What to do next.
pub const LABEL_ADVICE: Text = Text {
    ko: "조치 방법",
    en: "Advice",
    ja: "対処方法",
    zh: "处理建议",
};

pub const LABEL_NOTE: Text = Text {
    ko: "참고",
    en: "Note",
    ja: "備考",
    zh: "备注",
};

pub const LABEL_CATEGORY: Text = Text {
    ko: "분류",
    en: "Category",
    ja: "分類",
    zh: "类别",
};

/// `{value}`: the exit status number.
pub const LABEL_EXIT: Text = Text {
    ko: "종료 상태 {value}",
    en: "exit status {value}",
    ja: "終了ステータス {value}",
    zh: "退出状态 {value}",
};

/// A position in the input, for the `{value}` of `ERR_NOTHING_DECODABLE` and
/// the other `ERR_*` texts that name a position. `{line}`, `{column}`: 1-based.
pub const POSITION: Text = Text {
    ko: "{line}행 {column}열",
    en: "line {line}, column {column}",
    ja: "{line}行{column}列",
    zh: "第 {line} 行第 {column} 列",
};

// ---------------------------------------------------------------------------
// Error messages (stderr, after "ecode: "; no final full stop)
// ---------------------------------------------------------------------------

pub const ERR_UNKNOWN_CODE: Text = Text {
    ko: "알 수 없는 오류 코드입니다: {code}",
    en: "{code} is not a known error code",
    ja: "不明なエラーコードです: {code}",
    zh: "未知的错误码：{code}",
};

/// `{list}`: the suggested codes.
pub const ERR_DID_YOU_MEAN: Text = Text {
    ko: "다음 코드를 찾으셨나요? {list}",
    en: "did you mean {list}?",
    ja: "もしかして: {list}",
    zh: "您是否要查找：{list}",
};

pub const ERR_NO_SUGGESTION: Text = Text {
    ko: "`ecode list`로 전체 코드를 확인하세요",
    en: "`ecode list` shows every code",
    ja: "すべてのコードは`ecode list`で確認できます",
    zh: "运行 `ecode list` 可查看全部错误码",
};

/// `{value}`: the provider's display name.
pub const ERR_WRONG_PROVIDER: Text = Text {
    ko: "{code}: {value}의 코드가 아닙니다",
    en: "{code} is not a {value} code",
    ja: "{code}は{value}のコードではありません",
    zh: "{code} 不是 {value} 的错误码",
};

/// `{value}`: the operating system's error text.
pub const ERR_FILE_OPEN: Text = Text {
    ko: "{file} 파일을 읽을 수 없습니다: {value}",
    en: "cannot read {file}: {value}",
    ja: "{file}を読み込めません: {value}",
    zh: "无法读取 {file}：{value}",
};

/// `{value}`: the operating system's error text.
pub const ERR_READ: Text = Text {
    ko: "{file} 읽기에 실패했습니다: {value}",
    en: "reading {file} failed: {value}",
    ja: "{file}の読み込みに失敗しました: {value}",
    zh: "读取 {file} 失败：{value}",
};

/// `{value}`: where reading stopped (see `POSITION`).
pub const ERR_NOTHING_DECODABLE: Text = Text {
    ko: "{file}에서 NHN Cloud 또는 Tencent Cloud 응답 본문을 찾지 못했습니다({value}에서 중단) — \"header\" 또는 \"Response\"가 있는 JSON 본문이나 Tencent Cloud SDK 예외 줄이 필요합니다",
    en: "no NHN Cloud or Tencent Cloud response body found in {file} (stopped at {value}) — expected a JSON body with \"header\" or \"Response\", or a Tencent Cloud SDK exception line",
    ja: "{file}にNHN CloudまたはTencent Cloudのレスポンスボディが見つかりません（{value}で停止） — \"header\"または\"Response\"を含むJSONボディか、Tencent Cloud SDKの例外行が必要です",
    zh: "{file} 中未找到 NHN Cloud 或腾讯云的响应体（停止于 {value}）— 需要包含 \"header\" 或 \"Response\" 的 JSON 响应体，或腾讯云 SDK 的异常行",
};

/// `{value}`: the body's position; `{status}`: the limit, e.g. "64 MiB".
pub const ERR_BODY_TOO_LARGE: Text = Text {
    ko: "{file}({value}): 응답 본문 하나의 크기가 {status}를 넘어 처리하지 않습니다",
    en: "{file} at {value}: a single body is larger than {status}; refused",
    ja: "{file}（{value}）: 1つのボディが{status}を超えているため、処理しません",
    zh: "{file}（{value}）：单个响应体超过 {status}，已拒绝处理",
};

/// `{value}`: the position.
pub const ERR_TOO_DEEP: Text = Text {
    ko: "{file}({value}): JSON의 중첩이 너무 깊습니다",
    en: "{file} at {value}: JSON nested too deeply",
    ja: "{file}（{value}）: JSONの入れ子が深すぎます",
    zh: "{file}（{value}）：JSON 嵌套层级过深",
};

/// `{value}`: the position.
pub const ERR_INVALID_UTF8: Text = Text {
    ko: "{file}({value}): 입력이 올바른 UTF-8이 아닙니다",
    en: "{file} at {value}: input is not valid UTF-8",
    ja: "{file}（{value}）: 入力が有効なUTF-8ではありません",
    zh: "{file}（{value}）：输入不是有效的 UTF-8",
};

/// `{value}`: the position.
pub const ERR_TRUNCATED: Text = Text {
    ko: "{file}({value}): JSON이 끝나기 전에 본문이 끝났습니다(잘린 것으로 보입니다)",
    en: "{file} at {value}: the body ends before its JSON is complete (truncated)",
    ja: "{file}（{value}）: JSONが完結する前にボディが終わっています（途中で切れているようです）",
    zh: "{file}（{value}）：JSON 尚未结束，响应体就已结束（可能被截断）",
};

pub const ERR_TTY_STDIN: Text = Text {
    ko: "터미널에서 입력을 읽으려 하고 있습니다 — 응답을 ecode로 파이프하거나(curl … | ecode parse) 파일을 지정하세요(ecode parse FILE)",
    en: "reading from a terminal — pipe a response into ecode (curl … | ecode parse) or name a file (ecode parse FILE)",
    ja: "端末から読み込もうとしています — レスポンスをecodeにパイプで渡す（curl … | ecode parse）か、ファイルを指定してください（ecode parse FILE）",
    zh: "正在从终端读取 — 请通过管道将响应传给 ecode（curl … | ecode parse），或指定文件（ecode parse FILE）",
};

/// `{value}`: the search text.
pub const ERR_NO_MATCH: Text = Text {
    ko: "\"{value}\"에 해당하는 코드가 없습니다",
    en: "no code matches \"{value}\"",
    ja: "「{value}」に一致するコードはありません",
    zh: "没有与“{value}”匹配的错误码",
};

/// `{value}`: as given; `{list}`: the valid values.
pub const ERR_UNKNOWN_FAMILY: Text = Text {
    ko: "알 수 없는 그룹입니다: \"{value}\" — 사용할 수 있는 값: {list}",
    en: "unknown family \"{value}\" — valid families: {list}",
    ja: "不明なグループです: 「{value}」 — 指定できる値: {list}",
    zh: "未知的分组：“{value}” — 可用的值：{list}",
};

/// `{value}`: the variable's value.
pub const ERR_BAD_ECODE_LANG: Text = Text {
    ko: "ECODE_LANG={value}은(는) 지원하지 않는 언어입니다 — ko, en, ja, zh 중 하나를 지정하세요",
    en: "ECODE_LANG={value} is not a supported language — use ko, en, ja or zh",
    ja: "ECODE_LANG={value}はサポートされていない言語です — ko、en、ja、zhのいずれかを指定してください",
    zh: "ECODE_LANG={value} 不是支持的语言 — 请使用 ko、en、ja 或 zh",
};

// ---------------------------------------------------------------------------
// Parse output
// ---------------------------------------------------------------------------

/// `{status}`: the status of the HTTP status line (with its phrase, if the
/// caller adds it).
pub const HTTP_200_BUT_FAILED: Text = Text {
    ko: "HTTP 상태 줄은 {status}이지만 본문은 실패를 알립니다. 두 클라우드 모두 API 오류에도 HTTP 200으로 응답하므로, 본문의 코드를 기준으로 판단하세요.",
    en: "The status line says HTTP {status}, but the body reports a failure: both providers answer API errors with HTTP 200, so the body's code is what counts.",
    ja: "HTTPステータス行は{status}ですが、ボディは失敗を示しています。どちらのクラウドもAPIエラーをHTTP 200で返すため、ボディのコードで判断してください。",
    zh: "HTTP 状态行为 {status}，但响应体表明请求失败。两家云服务在 API 出错时同样返回 HTTP 200，因此应以响应体中的错误码为准。",
};

/// `{secs}`: the Retry-After header value as given (seconds or a date).
pub const RETRY_AFTER: Text = Text {
    ko: "서버가 재시도 전에 기다리도록 요청했습니다(Retry-After: {secs}).",
    en: "The server asks the client to wait before retrying (Retry-After: {secs}).",
    ja: "サーバーは再試行の前に待機するよう求めています（Retry-After: {secs}）。",
    zh: "服务器要求客户端等待后再重试（Retry-After: {secs}）。",
};

/// The HTTP status of the status line that came before the body.
pub const LABEL_TRANSPORT: Text = Text {
    ko: "HTTP 상태 줄",
    en: "HTTP status line",
    ja: "HTTPステータス行",
    zh: "HTTP 状态行",
};

pub const LABEL_RETRY_AFTER: Text = Text {
    ko: "재시도 대기 (Retry-After)",
    en: "Retry-After",
    ja: "再試行までの待機 (Retry-After)",
    zh: "重试等待 (Retry-After)",
};

/// Title of the `--summary` table.
pub const SUMMARY_TITLE: Text = Text {
    ko: "요약",
    en: "Summary",
    ja: "集計",
    zh: "汇总",
};

/// `{value}`: the number of results.
pub const SUMMARY_TOTAL: Text = Text {
    ko: "결과 {value}건",
    en: "{value} results",
    ja: "結果{value}件",
    zh: "共 {value} 条结果",
};

/// A Tencent Cloud `Response` without `Error`.
pub const TENCENT_SUCCESS_MEANING: Text = Text {
    ko: "API 호출에 성공했습니다. 응답에 Error 필드가 없습니다.",
    en: "The API call succeeded: the response carries no Error field.",
    ja: "API呼び出しに成功しました。レスポンスにErrorフィールドはありません。",
    zh: "API 调用成功，返回结果中没有 Error 字段。",
};

pub const TENCENT_SUCCESS_ADVICE: Text = Text {
    ko: "조치할 필요가 없습니다. 문의할 때는 RequestId를 함께 알려 주세요.",
    en: "Nothing to do. Quote the RequestId if you contact support about this call.",
    ja: "対応は不要です。この呼び出しについて問い合わせる場合は、RequestIdをお知らせください。",
    zh: "无需处理。如需就此次调用联系技术支持，请提供 RequestId。",
};

/// A value that names `header` or `Response` but is not valid JSON.
pub const ERR_MALFORMED: Text = Text {
    ko: "{file}({value}): 응답 본문이 올바른 JSON이 아닙니다",
    en: "{file} at {value}: a response body that is not valid JSON",
    ja: "{file}（{value}）: レスポンスボディが正しいJSONではありません",
    zh: "{file}（{value}）：响应体不是有效的 JSON",
};

/// A line longer than the body limit, with no newline in reach.
pub const ERR_LINE_TOO_LONG: Text = Text {
    ko: "{file}({value}): 줄바꿈 없이 {status}를 넘는 줄이 있어 건너뜁니다",
    en: "{file} at {value}: a line runs past {status} without a newline; skipped",
    ja: "{file}（{value}）: 改行のないまま{status}を超える行があるため、スキップします",
    zh: "{file}（{value}）：该行超过 {status} 仍无换行，已跳过",
};

/// A body whose code ecode does not know; `{code}` is the body's code.
pub const ERR_UNKNOWN_IN_BODY: Text = Text {
    ko: "{file}({value}): 본문의 오류 코드 {code}은(는) 알 수 없는 코드입니다",
    en: "{file} at {value}: the body's code {code} is not a known error code",
    ja: "{file}（{value}）: ボディのエラーコード{code}は不明なコードです",
    zh: "{file}（{value}）：响应体中的错误码 {code} 未知",
};

/// Why a file could not be read, for the commonest causes; anything else
/// is the operating system's own text.
pub const IO_NOT_FOUND: Text = Text {
    ko: "파일이 없습니다",
    en: "no such file",
    ja: "ファイルが存在しません",
    zh: "文件不存在",
};

pub const IO_PERMISSION_DENIED: Text = Text {
    ko: "읽기 권한이 없습니다",
    en: "permission denied",
    ja: "読み取り権限がありません",
    zh: "没有读取权限",
};

pub const IO_IS_A_DIRECTORY: Text = Text {
    ko: "디렉터리입니다",
    en: "it is a directory",
    ja: "ディレクトリです",
    zh: "这是一个目录",
};

/// `ecode search` with no words, or only spaces.
pub const ERR_EMPTY_SEARCH: Text = Text {
    ko: "검색할 단어를 지정하세요 — 예: ecode search 서명",
    en: "give the words to search for — for example: ecode search signature",
    ja: "検索する語を指定してください — 例: ecode search 署名",
    zh: "请指定要搜索的词 — 例如：ecode search 签名",
};

/// `--max-body` with a size ecode cannot read.
pub const ERR_BAD_SIZE: Text = Text {
    ko: "--max-body {value}: 크기를 읽을 수 없습니다 — 64MiB, 512KiB, 1048576처럼 지정하세요",
    en: "--max-body {value}: not a size — write it as 64MiB, 512KiB or 1048576",
    ja: "--max-body {value}: サイズとして解釈できません — 64MiB、512KiB、1048576のように指定してください",
    zh: "--max-body {value}：无法识别的大小 — 请写作 64MiB、512KiB 或 1048576",
};

// ---------------------------------------------------------------------------
// Column headers of `ecode list`
// ---------------------------------------------------------------------------

pub const COL_CODE: Text = Text {
    ko: "코드",
    en: "CODE",
    ja: "コード",
    zh: "错误码",
};
pub const COL_PROVIDER: Text = Text {
    ko: "클라우드",
    en: "PROVIDER",
    ja: "クラウド",
    zh: "云平台",
};
pub const COL_FAMILY: Text = Text {
    ko: "그룹",
    en: "FAMILY",
    ja: "グループ",
    zh: "分组",
};
pub const COL_HTTP: Text = Text {
    ko: "HTTP",
    en: "HTTP",
    ja: "HTTP",
    zh: "HTTP",
};
pub const COL_CATEGORY: Text = Text {
    ko: "분류",
    en: "CATEGORY",
    ja: "分類",
    zh: "类别",
};
pub const COL_MEANING: Text = Text {
    ko: "의미",
    en: "MEANING",
    ja: "意味",
    zh: "含义",
};

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Every `Text` in this file, each with a name that says where it is.
    fn all_texts() -> Vec<(String, Text)> {
        let mut all: Vec<(String, Text)> = Vec::new();
        let mut one = |name: &str, text: &Text| all.push((name.to_string(), *text));

        for e in NHN_CODES {
            one(&format!("NHN_CODES[{}].meaning", e.code), &e.meaning);
            one(&format!("NHN_CODES[{}].advice", e.code), &e.advice);
        }
        for f in NHN_FAMILIES {
            one(&format!("NHN_FAMILIES[{}].name", f.slug), &f.name);
        }
        for e in TENCENT_CODES {
            one(&format!("TENCENT_CODES[{}].meaning", e.code), &e.meaning);
            one(&format!("TENCENT_CODES[{}].advice", e.code), &e.advice);
        }
        for r in HTTP_REASONS {
            one(&format!("HTTP_REASONS[{}].text", r.status), &r.text);
        }
        for r in HTTP_OTHER_REASONS {
            one(&format!("HTTP_OTHER_REASONS[{}].text", r.status), &r.text);
        }

        let per_category: [(&str, &PerCategory); 3] = [
            ("NHN_RANGE_ADVICE", &NHN_RANGE_ADVICE),
            ("TENCENT_PRODUCT_ADVICE", &TENCENT_PRODUCT_ADVICE),
            ("CATEGORY_NAMES", &CATEGORY_NAMES),
        ];
        for (name, p) in per_category {
            one(&format!("{name}.ok"), &p.ok);
            one(&format!("{name}.fix"), &p.fix);
            one(&format!("{name}.permission"), &p.permission);
            one(&format!("{name}.retry"), &p.retry);
            one(&format!("{name}.contact_admin"), &p.contact_admin);
        }

        let singles: &[(&str, &Text)] = &[
            ("NHN_COMMON", &NHN_COMMON),
            ("NHN_RANGE_MEANING", &NHN_RANGE_MEANING),
            ("NHN_INFERRED_NOTE", &NHN_INFERRED_NOTE),
            ("TENCENT_SUBCODE_NOTE", &TENCENT_SUBCODE_NOTE),
            ("TENCENT_PRODUCT_MEANING", &TENCENT_PRODUCT_MEANING),
            ("TENCENT_PRODUCT_NOTE", &TENCENT_PRODUCT_NOTE),
            ("HTTP_UNASSIGNED", &HTTP_UNASSIGNED),
            ("PROVIDER_NHN", &PROVIDER_NHN),
            ("PROVIDER_TENCENT", &PROVIDER_TENCENT),
            ("LABEL_MEANING", &LABEL_MEANING),
            ("LABEL_MESSAGE", &LABEL_MESSAGE),
            ("LABEL_DETAIL", &LABEL_DETAIL),
            ("LABEL_REQUEST_ID", &LABEL_REQUEST_ID),
            ("LABEL_SOURCE", &LABEL_SOURCE),
            ("LABEL_ADVICE", &LABEL_ADVICE),
            ("LABEL_NOTE", &LABEL_NOTE),
            ("LABEL_CATEGORY", &LABEL_CATEGORY),
            ("LABEL_EXIT", &LABEL_EXIT),
            ("POSITION", &POSITION),
            ("ERR_UNKNOWN_CODE", &ERR_UNKNOWN_CODE),
            ("ERR_DID_YOU_MEAN", &ERR_DID_YOU_MEAN),
            ("ERR_NO_SUGGESTION", &ERR_NO_SUGGESTION),
            ("ERR_WRONG_PROVIDER", &ERR_WRONG_PROVIDER),
            ("ERR_FILE_OPEN", &ERR_FILE_OPEN),
            ("ERR_READ", &ERR_READ),
            ("ERR_NOTHING_DECODABLE", &ERR_NOTHING_DECODABLE),
            ("ERR_BODY_TOO_LARGE", &ERR_BODY_TOO_LARGE),
            ("ERR_TOO_DEEP", &ERR_TOO_DEEP),
            ("ERR_INVALID_UTF8", &ERR_INVALID_UTF8),
            ("ERR_TRUNCATED", &ERR_TRUNCATED),
            ("ERR_TTY_STDIN", &ERR_TTY_STDIN),
            ("ERR_NO_MATCH", &ERR_NO_MATCH),
            ("ERR_UNKNOWN_FAMILY", &ERR_UNKNOWN_FAMILY),
            ("ERR_BAD_ECODE_LANG", &ERR_BAD_ECODE_LANG),
            ("HTTP_200_BUT_FAILED", &HTTP_200_BUT_FAILED),
            ("RETRY_AFTER", &RETRY_AFTER),
            ("LABEL_TRANSPORT", &LABEL_TRANSPORT),
            ("LABEL_RETRY_AFTER", &LABEL_RETRY_AFTER),
            ("SUMMARY_TITLE", &SUMMARY_TITLE),
            ("SUMMARY_TOTAL", &SUMMARY_TOTAL),
            ("TENCENT_SUCCESS_MEANING", &TENCENT_SUCCESS_MEANING),
            ("TENCENT_SUCCESS_ADVICE", &TENCENT_SUCCESS_ADVICE),
            ("ERR_MALFORMED", &ERR_MALFORMED),
            ("ERR_LINE_TOO_LONG", &ERR_LINE_TOO_LONG),
            ("ERR_UNKNOWN_IN_BODY", &ERR_UNKNOWN_IN_BODY),
            ("ERR_BAD_SIZE", &ERR_BAD_SIZE),
            ("ERR_EMPTY_SEARCH", &ERR_EMPTY_SEARCH),
            ("IO_NOT_FOUND", &IO_NOT_FOUND),
            ("IO_PERMISSION_DENIED", &IO_PERMISSION_DENIED),
            ("IO_IS_A_DIRECTORY", &IO_IS_A_DIRECTORY),
            ("COL_CODE", &COL_CODE),
            ("COL_PROVIDER", &COL_PROVIDER),
            ("COL_FAMILY", &COL_FAMILY),
            ("COL_HTTP", &COL_HTTP),
            ("COL_CATEGORY", &COL_CATEGORY),
            ("COL_MEANING", &COL_MEANING),
        ];
        for (name, text) in singles {
            one(name, text);
        }
        all
    }

    /// Texts whose ko and ja keep a proper noun in Latin letters, as the
    /// provider writes it in those languages, while zh translates it.
    const LATIN_IN_KO_JA: &[&str] = &["PROVIDER_TENCENT"];

    fn is_hangul(c: char) -> bool {
        matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{A960}'..='\u{A97F}'
            | '\u{AC00}'..='\u{D7AF}' | '\u{D7B0}'..='\u{D7FF}')
    }

    fn is_kana(c: char) -> bool {
        matches!(c, '\u{3040}'..='\u{309F}' | '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}'
            | '\u{FF66}'..='\u{FF9F}')
    }

    fn is_cjk(c: char) -> bool {
        matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
            | '\u{20000}'..='\u{2FA1F}')
    }

    /// Full-width punctuation and CJK symbols: fine in ja and zh, a slip in en and ko.
    fn is_fullwidth_punct(c: char) -> bool {
        matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FF65}')
    }

    fn has(s: &str, f: fn(char) -> bool) -> bool {
        s.chars().any(f)
    }

    /// The `{name}` placeholders of a string.
    fn placeholders(s: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut rest = s;
        while let Some(open) = rest.find('{') {
            rest = &rest[open + 1..];
            if let Some(close) = rest.find('}') {
                let name = &rest[..close];
                if !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                    out.insert(name.to_string());
                }
            }
        }
        out
    }

    #[test]
    fn completeness() {
        let mut problems: Vec<String> = Vec::new();
        let all = all_texts();
        let names: BTreeSet<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names.len(),
            all.len(),
            "two texts share a name in all_texts()"
        );

        for (name, t) in &all {
            let fields = [("ko", t.ko), ("en", t.en), ("ja", t.ja), ("zh", t.zh)];
            for (lang, s) in fields {
                if s.trim().is_empty() {
                    problems.push(format!("{name}.{lang}: empty"));
                }
                if s != s.trim() {
                    problems.push(format!("{name}.{lang}: leading or trailing whitespace"));
                }
            }

            let same_ascii = t.ko == t.en && t.ja == t.en && t.zh == t.en && t.en.is_ascii();
            if !same_ascii {
                let latin_ko_ja = LATIN_IN_KO_JA.contains(&name.as_str());
                if latin_ko_ja {
                    if t.ko != t.en || t.ja != t.en || !t.en.is_ascii() {
                        problems.push(format!("{name}: ko and ja should keep the Latin name"));
                    }
                } else {
                    if !has(t.ko, is_hangul) {
                        problems.push(format!("{name}.ko: no Hangul: {}", t.ko));
                    }
                    if has(t.ko, is_kana) || has(t.ko, is_cjk) || has(t.ko, is_fullwidth_punct) {
                        problems.push(format!(
                            "{name}.ko: kana, Hanzi or full-width text: {}",
                            t.ko
                        ));
                    }
                    if !(has(t.ja, is_kana) || has(t.ja, is_cjk)) {
                        problems.push(format!("{name}.ja: no kana or kanji: {}", t.ja));
                    }
                }
                if has(t.ja, is_hangul) {
                    problems.push(format!("{name}.ja: Hangul: {}", t.ja));
                }
                if has(t.zh, is_hangul) {
                    problems.push(format!("{name}.zh: Hangul: {}", t.zh));
                }
                if has(t.zh, is_kana) {
                    problems.push(format!("{name}.zh: kana: {}", t.zh));
                }
                if !has(t.zh, is_cjk) {
                    problems.push(format!("{name}.zh: no Chinese characters: {}", t.zh));
                }
                if has(t.en, is_hangul)
                    || has(t.en, is_kana)
                    || has(t.en, is_cjk)
                    || has(t.en, is_fullwidth_punct)
                {
                    problems.push(format!("{name}.en: CJK text: {}", t.en));
                }
            }

            let want = placeholders(t.en);
            for (lang, s) in [("ko", t.ko), ("ja", t.ja), ("zh", t.zh)] {
                let got = placeholders(s);
                if got != want {
                    problems.push(format!(
                        "{name}.{lang}: placeholders {got:?}, en has {want:?}"
                    ));
                }
            }
        }
        assert!(
            problems.is_empty(),
            "{} problems:\n{}",
            problems.len(),
            problems.join("\n")
        );
    }

    /// Every `pub const … : Text` and `: PerCategory` of this file is in `all_texts()`.
    #[test]
    fn all_texts_names_every_const() {
        let names: BTreeSet<String> = all_texts().into_iter().map(|(n, _)| n).collect();
        let source = include_str!("catalog.rs");
        let mut missing = Vec::new();
        let mut seen = 0;
        for line in source.lines() {
            let Some(rest) = line.strip_prefix("pub const ") else {
                continue;
            };
            let Some((name, ty)) = rest.split_once(':') else {
                continue;
            };
            let ty = ty.trim_start();
            if ty.starts_with("Text =") {
                seen += 1;
                if !names.contains(name) {
                    missing.push(name.to_string());
                }
            } else if ty.starts_with("PerCategory =") {
                seen += 1;
                for field in ["ok", "fix", "permission", "retry", "contact_admin"] {
                    if !names.contains(&format!("{name}.{field}")) {
                        missing.push(format!("{name}.{field}"));
                    }
                }
            }
        }
        assert!(seen > 50, "the source scan found only {seen} consts");
        assert!(missing.is_empty(), "not in all_texts(): {missing:?}");
    }

    #[test]
    fn nhn_codes() {
        let codes: Vec<i32> = NHN_CODES.iter().map(|e| e.code).collect();
        assert_eq!(codes, [0, -1, -2, -3, -4, -5, -6, -7, -8, 20001, 20004]);
        for e in NHN_CODES {
            assert!(
                !e.result_message.is_empty() && e.result_message.is_ascii(),
                "{}",
                e.code
            );
            assert!(
                !e.result_message.contains(':'),
                "{}: no detail part",
                e.code
            );
        }
    }

    #[test]
    fn nhn_families() {
        assert_eq!(NHN_FAMILIES.len(), 12);
        let prefixes: Vec<u16> = NHN_FAMILIES.iter().map(|f| f.prefix).collect();
        assert_eq!(prefixes, [10, 11, 12, 13, 20, 21, 22, 23, 24, 30, 40, 50]);
        let slugs: Vec<&str> = NHN_FAMILIES.iter().map(|f| f.slug).collect();
        assert_eq!(
            slugs,
            [
                "instance",
                "api",
                "availability-zone",
                "key-pair",
                "network",
                "subnet",
                "floating-ip",
                "load-balancer",
                "security-group",
                "image",
                "volume",
                "token"
            ]
        );
        let distinct: BTreeSet<&str> = slugs.iter().copied().collect();
        assert_eq!(distinct.len(), 12);
        assert!(
            !distinct.contains("common"),
            "\"common\" is the slug of the fixed codes"
        );
    }

    #[test]
    fn tencent_codes() {
        assert_eq!(TENCENT_CODES.len(), 38);
        let codes: BTreeSet<&str> = TENCENT_CODES.iter().map(|e| e.code).collect();
        assert_eq!(codes.len(), 38, "duplicate Tencent code");
        // Tencent Cloud lists them in byte order; so do we.
        for pair in TENCENT_CODES.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} before {}",
                pair[0].code,
                pair[1].code
            );
        }
        for e in TENCENT_CODES {
            assert!(
                e.code.is_ascii() && !e.code.contains(char::is_whitespace),
                "{}",
                e.code
            );
        }
        // Advice that other modules and the spec rely on.
        let advice = |code: &str| {
            &TENCENT_CODES
                .iter()
                .find(|e| e.code == code)
                .unwrap()
                .advice
        };
        let internal = advice("InternalError");
        for s in [internal.ko, internal.en, internal.ja, internal.zh] {
            assert!(
                s.contains("RequestId"),
                "InternalError advice names the RequestId: {s}"
            );
        }
        let dry = advice("DryRunOperation");
        for s in [dry.ko, dry.en, dry.ja, dry.zh] {
            assert!(s.contains("DryRun"), "{s}");
        }
        let support = &TENCENT_PRODUCT_ADVICE.contact_admin;
        for s in [support.ko, support.en, support.ja, support.zh] {
            assert!(s.contains("RequestId") && s.contains("Message"), "{s}");
        }
    }

    #[test]
    fn http_reasons() {
        for pair in HTTP_REASONS.windows(2) {
            assert!(
                pair[0].status < pair[1].status,
                "{} then {}",
                pair[0].status,
                pair[1].status
            );
        }
        for r in HTTP_REASONS {
            assert!(
                (400..=451).contains(&r.status) || (500..=511).contains(&r.status),
                "{} out of range",
                r.status
            );
            assert_ne!(r.status, 418, "418 is unused in the IANA registry");
            assert_eq!(
                r.text.en, r.phrase,
                "{}: en is the canonical phrase",
                r.status
            );
        }
        let statuses: Vec<u16> = HTTP_REASONS.iter().map(|r| r.status).collect();
        let mut want: Vec<u16> = (400..=417).collect();
        want.extend([421, 422, 423, 424, 425, 426, 428, 429, 431, 451]);
        want.extend([500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511]);
        assert_eq!(statuses, want);
        let phrase = |s: u16| HTTP_REASONS.iter().find(|r| r.status == s).unwrap().phrase;
        assert_eq!(phrase(413), "Content Too Large");
        assert_eq!(phrase(422), "Unprocessable Content");
        assert_eq!(phrase(510), "Not Extended");
    }

    #[test]
    fn english_messages_start_lower_case_without_final_period() {
        let errs = all_texts()
            .into_iter()
            .filter(|(n, _)| n.starts_with("ERR_"));
        for (name, t) in errs {
            let first = t.en.chars().next().unwrap();
            assert!(
                !first.is_uppercase() || t.en.starts_with("ECODE_LANG"),
                "{name}: {}",
                t.en
            );
            for s in [t.ko, t.en, t.ja, t.zh] {
                assert!(!s.ends_with('.') && !s.ends_with('。'), "{name}: {s}");
            }
        }
    }
}
