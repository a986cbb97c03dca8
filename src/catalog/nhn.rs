//! NHN Cloud: the Compute Instance API's error codes (the seed table in
//! ko/en/ja/zh) — its fixed codes, the API families of its range codes
//! `FFSSS` and the rule that gives a range code its category — and the
//! texts that describe them.

use super::{Code, PerCategory, Source, messages};
use crate::exit_codes::Category::{self, *};
use crate::lang::{Lang, Text};

/// NHN Cloud's own error-code table for the Compute Instance API.
pub const COMPUTE_ERROR_CODES: Source = Source {
    title: "NHN Cloud Compute > Instance > Error Code (ko, en, ja, zh)",
    url: "https://docs.nhncloud.com/en/Compute/Instance/en/error-code/",
    read: "2026-11",
};

/// An NHN Cloud API family: the `FF` of a range code `FFSSS`.
#[derive(Debug)]
pub struct NhnFamily {
    pub prefix: u16,
    /// Stable identifier used in JSON output and `--family`.
    pub slug: &'static str,
    /// Display name, e.g. "Volume API".
    pub name: Text,
}

/// NHN Cloud documents the range codes `FF400`–`FF499`.
pub const DOCUMENTED_STATUSES: std::ops::RangeInclusive<u16> = 400..=499;

/// The family of the fixed codes 0 and -1 … -8.
pub const COMMON_SLUG: &str = "common";

/// The family of NHN codes only a user catalog names, unless it says.
pub const CUSTOM_SLUG: &str = "custom";

/// A range code's category, by its HTTP status (SPEC "Classification").
pub fn range_category(status: u16) -> Category {
    match status {
        401 | 403 | 407 => Permission,
        408 | 409 | 423 | 425 | 429 => Retry,
        400..=499 => Fix,
        500 | 502 | 503 | 504 => Retry,
        _ => ContactAdmin,
    }
}

/// Compute codes that other NHN Cloud services use for errors of their own,
/// and those services (their error code tables in NHN Cloud's documentation:
/// CDN, Image, Push).
const COLLISIONS: &[(&str, &str)] = &[
    ("-1", "CDN, Image"),
    ("-2", "CDN"),
    ("20001", "Image, CDN"),
    ("40401", "Push"),
    ("40402", "Push"),
    ("40405", "Push"),
];

/// The other services that use this Compute code too, if any.
pub fn collision(code: &str) -> Option<&'static str> {
    COLLISIONS.iter().find(|(c, _)| *c == code).map(|&(_, s)| s)
}

/// The family of a fixed code: `common` for 0 and below, else the family
/// its first two digits name (20001 is the Network API's).
pub(super) fn fixed_family(code: &str) -> &'static str {
    let positive = code.parse::<i32>().ok().filter(|&n| n > 0);
    positive
        .and_then(|n| family_by_prefix(n / 1000))
        .map_or(COMMON_SLUG, |f| f.slug)
}

pub(super) fn family_by_prefix(prefix: i32) -> Option<&'static NhnFamily> {
    FAMILIES.iter().find(|f| i32::from(f.prefix) == prefix)
}

/// The display name of the family `slug`.
pub(super) fn family_name(slug: &str, lang: Lang) -> &'static str {
    match FAMILIES.iter().find(|f| f.slug == slug) {
        Some(f) => lang.pick(&f.name),
        None if slug == COMMON_SLUG => lang.pick(&COMMON_FAMILY),
        None => CUSTOM_SLUG,
    }
}

/// The fixed `resultCode`s of the seed table, in the seed's order.
pub(super) const CODES: &[Code] = &[
    Code {
        code: "0",
        category: Ok,
        meaning: Text {
            ko: "처리에 성공했습니다. API에 따라 응답에 \"header\" 외의 정보가 더 포함됩니다.",
            en: "The request succeeded. Depending on the API, the response carries more data besides \"header\".",
            ja: "処理に成功しました。APIによっては、レスポンスに\"header\"以外の情報も含まれます。",
            zh: "处理成功。根据 API 的不同，响应中除 \"header\" 外还包含其他信息。",
        },
        advice: messages::NOTHING_TO_DO,
        retried_by: &[],
        source: &COMPUTE_ERROR_CODES,
    },
    Code {
        code: "-1",
        category: Retry,
        meaning: Text {
            ko: "인증 모듈 연동에 실패했거나, 요청을 수행할 수 없는 상태입니다.",
            en: "Integration with the authentication module failed, or the request cannot be carried out in the current state.",
            ja: "認証モジュールとの連携に失敗したか、リクエストを実行できない状態です。",
            zh: "与认证模块对接失败，或当前状态下无法执行该请求。",
        },
        advice: Text {
            ko: "상세 설명의 내용에 따라 조치한 후 다시 시도하세요.",
            en: "Act on the detail description, then retry the request.",
            ja: "詳細説明の内容を確認して対処してから、再試行してください。",
            zh: "请根据详细说明的内容进行处理后重试。",
        },
        retried_by: &[],
        source: &COMPUTE_ERROR_CODES,
    },
    Code {
        code: "-2",
        category: ContactAdmin,
        meaning: Text {
            ko: "예기치 못한 오류가 발생했습니다.",
            en: "An unexpected error occurred.",
            ja: "予期しないエラーが発生しました。",
            zh: "发生了意外错误。",
        },
        advice: CONTACT_CUSTOMER_CENTER,
        retried_by: &[],
        source: &COMPUTE_ERROR_CODES,
    },
    Code {
        code: "-3",
        category: Permission,
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
        retried_by: &[],
        source: &COMPUTE_ERROR_CODES,
    },
    Code {
        code: "-4",
        category: Fix,
        meaning: Text {
            ko: "API 호출 시 요청 URL 또는 Request Body에 필요한 값이 없거나, 잘못된 형식의 값이 입력되었습니다.",
            en: "A value the API needs is missing from the request URL or the Request Body, or a value has the wrong format.",
            ja: "API呼び出し時に、リクエストURLまたはRequest Bodyに必要な値がないか、誤った形式の値が入力されています。",
            zh: "调用 API 时，请求 URL 或 Request Body 中缺少必需的值，或输入的值格式不正确。",
        },
        advice: Text {
            ko: "상세 설명에 따라 요청을 수정한 후 다시 시도하세요.",
            en: "Correct the request as the detail description indicates, then send it again.",
            ja: "詳細説明に従ってリクエストを修正し、再試行してください。",
            zh: "请根据详细说明修改请求后重试。",
        },
        retried_by: &[],
        source: &COMPUTE_ERROR_CODES,
    },
    Code {
        code: "-5",
        category: Fix,
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
        retried_by: &[],
        source: &COMPUTE_ERROR_CODES,
    },
    Code {
        code: "-6",
        category: ContactAdmin,
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
        retried_by: &[],
        source: &COMPUTE_ERROR_CODES,
    },
    Code {
        code: "-7",
        category: Fix,
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
        retried_by: &[],
        source: &COMPUTE_ERROR_CODES,
    },
    Code {
        code: "-8",
        category: Fix,
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
        retried_by: &[],
        source: &COMPUTE_ERROR_CODES,
    },
    Code {
        code: "20001",
        category: ContactAdmin,
        meaning: Text {
            ko: "할당할 수 있는 IP가 없습니다.",
            en: "There is no IP address left to allocate.",
            ja: "割り当て可能なIPがありません。",
            zh: "没有可分配的 IP。",
        },
        advice: CONTACT_CUSTOMER_CENTER,
        retried_by: &[],
        source: &COMPUTE_ERROR_CODES,
    },
    Code {
        code: "20004",
        category: Fix,
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
        retried_by: &[],
        source: &COMPUTE_ERROR_CODES,
    },
];

/// The API families of range codes `FFSSS`, in the seed's order.
pub(super) const FAMILIES: &[NhnFamily] = &[
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
            zh: "密钥对 API",
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
            ja: "Floating IP API",
            zh: "弹性 IP API",
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
            ja: "セキュリティーグループAPI",
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

texts! {
    /// The seed's advice for the fixed codes only NHN Cloud can resolve.
    CONTACT_CUSTOMER_CENTER: Text = Text {
        ko: "NHN Cloud 고객 센터로 문의하세요.",
        en: "Contact the NHN Cloud Customer Center.",
        ja: "NHN Cloudの担当者にお問い合わせください。",
        zh: "请联系 NHN Cloud 客户中心。",
    };

    /// Display name of the family of the fixed codes 0 and -1 … -8.
    COMMON_FAMILY: Text = Text {
        ko: "공통",
        en: "Common",
        ja: "共通",
        zh: "通用",
    };

    /// Meaning of a range code `FFSSS`. `{family}`: the family's display name.
    RANGE_MEANING: Text = Text {
        ko: "{family} 관련 오류입니다. resultCode의 뒤 세 자리는 HTTP 상태 코드이며, 구체적인 원인은 resultMessage에 표시됩니다.",
        en: "An error from the {family}. The last three digits of resultCode are the HTTP status code, and resultMessage says what went wrong.",
        ja: "{family}関連のエラーです。resultCodeの下3桁はHTTPステータスコードで、具体的な原因はresultMessageに示されます。",
        zh: "{family} 相关错误。resultCode 的后三位是 HTTP 状态码，具体原因见 resultMessage。",
    };

    /// Advice for a range code, by the category its HTTP status gives it.
    RANGE_ADVICE: PerCategory = PerCategory {
        ok: messages::NOTHING_TO_DO,
        fix: Text {
            ko: "resultMessage의 내용에 따라 요청을 수정한 후 다시 보내세요.",
            en: "Correct the request as resultMessage describes, then send it again.",
            ja: "resultMessageの内容に従ってリクエストを修正し、再度送信してください。",
            zh: "请根据 resultMessage 的内容修改请求后重新发送。",
        },
        permission: Text {
            ko: "토큰 또는 AppKey, 그리고 resultMessage에 표시된 사용자 권한을 확인하세요.",
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
    INFERRED_NOTE: Text = Text {
        ko: "문서에는 FF400~FF499만 정의되어 있습니다. {code} 코드는 형식을 기준으로 해석했으며, HTTP 상태는 {status}입니다.",
        en: "The documentation lists only FF400–FF499. {code} was inferred from its format, with HTTP status {status}.",
        ja: "ドキュメントに記載されているのはFF400～FF499のみです。{code}はコードの形式から解釈したもので、HTTPステータスは{status}です。",
        zh: "文档中仅列出了 FF400～FF499。{code} 是根据代码格式解读的，其 HTTP 状态为 {status}。",
    };

    /// Meaning of a `resultCode` outside the Compute table: another NHN
    /// Cloud service's code (Image, SMS, Email, CDN…).
    OTHER_MEANING: Text = Text {
        ko: "Compute 오류 코드 표에 없는 resultCode로, 다른 NHN Cloud 서비스의 오류 코드입니다. 구체적인 내용은 resultMessage에 표시됩니다.",
        en: "A resultCode that is not in the Compute error code table: another NHN Cloud service's code. The resultMessage says what happened.",
        ja: "Computeのエラーコード表にないresultCodeで、NHN Cloudの別のサービスのエラーコードです。具体的な内容はresultMessageに示されます。",
        zh: "该 resultCode 不在 Compute 错误码表中，属于 NHN Cloud 其他服务的错误码。具体内容见 resultMessage。",
    };

    /// Meaning of a Compute code that `isSuccessful` contradicts.
    /// `{code}`: the code.
    CONTRADICTED_MEANING: Text = Text {
        ko: "resultCode {code}와 isSuccessful 값이 서로 맞지 않습니다. 이 경우 isSuccessful을 기준으로 판단합니다.",
        en: "The resultCode {code} and isSuccessful disagree; isSuccessful is what counts.",
        ja: "resultCode {code}とisSuccessfulの値が一致しません。この場合はisSuccessfulで判断します。",
        zh: "resultCode {code} 与 isSuccessful 的值相互矛盾，以 isSuccessful 为准。",
    };

    /// How a code of another service got its category.
    OTHER_BY_STATUS: Text = Text {
        ko: "분류는 HTTP 상태 줄의 상태 코드({status})를 기준으로 정했습니다.",
        en: "The category follows the HTTP status of the status line ({status}).",
        ja: "分類はHTTPステータス行のステータスコード（{status}）に基づきます。",
        zh: "类别依据 HTTP 状态行的状态码（{status}）确定。",
    };

    OTHER_BY_WORDS: Text = Text {
        ko: "분류는 resultMessage에 포함된 단어로 추정했습니다.",
        en: "The category was inferred from the words in resultMessage.",
        ja: "分類はresultMessageに含まれる語から推定しました。",
        zh: "类别是根据 resultMessage 中的词推断的。",
    };

    OTHER_BY_DEFAULT: Text = Text {
        ko: "코드와 메시지만으로는 원인을 알 수 없어 요청 수정이 필요한 오류로 분류했습니다.",
        en: "Neither the code nor the message says more, so it is taken as an error in the request.",
        ja: "コードとメッセージだけでは原因が分からないため、リクエストの修正が必要なエラーとして分類しました。",
        zh: "仅凭错误码和消息无法判断原因，因此归类为需要修改请求的错误。",
    };

    OTHER_SUCCESSFUL: Text = Text {
        ko: "isSuccessful이 true이므로 resultCode와 관계없이 호출은 성공했습니다.",
        en: "isSuccessful is true, so the call succeeded whatever resultCode says.",
        ja: "isSuccessfulがtrueのため、resultCodeにかかわらず呼び出しは成功しています。",
        zh: "isSuccessful 为 true，因此无论 resultCode 为何，调用均已成功。",
    };

    /// Advice for a code of another NHN Cloud service, by its category.
    OTHER_ADVICE: PerCategory = PerCategory {
        ok: messages::NOTHING_TO_DO,
        fix: Text {
            ko: "응답한 NHN Cloud 서비스의 오류 코드 문서에서 이 코드를 확인하고, resultMessage에 따라 요청을 수정한 후 다시 보내세요.",
            en: "Look the code up in the error codes of the NHN Cloud service that answered, correct the request as resultMessage says, then send it again.",
            ja: "応答したNHN Cloudサービスのエラーコードのドキュメントでこのコードを確認し、resultMessageに従ってリクエストを修正してから再度送信してください。",
            zh: "请在作出响应的 NHN Cloud 服务的错误码文档中查找该错误码，按照 resultMessage 修改请求后重新发送。",
        },
        permission: Text {
            ko: "resultMessage를 참고하여 AppKey, 시크릿 키 또는 토큰과 해당 서비스에 필요한 권한을 확인하세요.",
            en: "Check the AppKey, the secret key or token, and the permissions the service requires, as resultMessage says.",
            ja: "resultMessageを参考に、AppKey、シークレットキーまたはトークンと、そのサービスに必要な権限を確認してください。",
            zh: "请根据 resultMessage 检查 AppKey、密钥或令牌，以及该服务要求的权限。",
        },
        retry: Text {
            ko: "서비스가 일시적인 상태나 요청 한도 초과를 알리고 있습니다. 잠시 기다린 후 같은 요청을 다시 보내세요.",
            en: "The service reports a transient state or a rate limit: wait a moment, then retry the same request.",
            ja: "サービスが一時的な状態またはリクエスト数の制限を示しています。しばらく待ってから、同じリクエストを再試行してください。",
            zh: "服务报告了暂时性状态或请求频率限制。请稍候片刻，然后重试同一请求。",
        },
        contact_admin: Text {
            ko: "NHN Cloud 측에서 발생한 오류입니다. resultMessage와 함께 NHN Cloud 고객 센터로 문의하세요.",
            en: "The failure is on the NHN Cloud side. Contact the NHN Cloud Customer Center with the resultMessage.",
            ja: "NHN Cloud側で発生したエラーです。resultMessageを添えて、NHN Cloudの担当者にお問い合わせください。",
            zh: "这是 NHN Cloud 侧发生的错误。请附上 resultMessage 联系 NHN Cloud 客户中心。",
        },
    };

    /// A Compute code that other NHN Cloud services use too. `{code}`: the
    /// code; `{value}`: those services.
    COLLISION_NOTE: Text = Text {
        ko: "{code} 코드는 Compute 오류 코드로 해석했습니다. {value} 서비스도 같은 번호를 다른 의미로 사용하므로, 이 응답이 해당 서비스의 것이라면 그 서비스의 오류 코드를 확인하세요.",
        en: "{code} is read as a Compute error code. {value} use the same number for other errors: if this body came from one of them, see that service's error codes.",
        ja: "{code}はComputeのエラーコードとして解釈しました。{value}でも同じ番号が別の意味で使われているため、このレスポンスがそのサービスのものであれば、そのサービスのエラーコードを確認してください。",
        zh: "{code} 已按 Compute 错误码解读。{value} 也将同一编号用于其他错误；如果该响应来自这些服务，请查阅相应服务的错误码。",
    };

    /// Display names of the OpenStack-compatible APIs' families.
    OPENSTACK_COMPUTE: Text = Text {
        ko: "Compute API(OpenStack 호환)",
        en: "Compute API (OpenStack)",
        ja: "Compute API（OpenStack互換）",
        zh: "Compute API（兼容 OpenStack）",
    };

    OPENSTACK_NETWORK: Text = Text {
        ko: "Network API(OpenStack 호환)",
        en: "Network API (OpenStack)",
        ja: "Network API（OpenStack互換）",
        zh: "Network API（兼容 OpenStack）",
    };

    OPENSTACK_IDENTITY: Text = Text {
        ko: "Identity API(OpenStack 호환)",
        en: "Identity API (OpenStack)",
        ja: "Identity API（OpenStack互換）",
        zh: "Identity API（兼容 OpenStack）",
    };

    /// Meaning of an OpenStack fault. `{family}`: the API's display name.
    OPENSTACK_MEANING: Text = Text {
        ko: "NHN Cloud {family}가 반환한 오류입니다. 구체적인 원인은 메시지에 표시됩니다.",
        en: "An error from NHN Cloud's {family}. The message says what went wrong.",
        ja: "NHN Cloudの{family}が返したエラーです。具体的な原因はメッセージに示されます。",
        zh: "这是 NHN Cloud {family}返回的错误。具体原因见消息。",
    };

    OPENSTACK_NOTE: Text = Text {
        ko: "OpenStack 오류 본문의 형식으로 해석했으며, 분류는 HTTP 상태 코드와 오류 이름을 기준으로 정했습니다.",
        en: "Inferred from its OpenStack error format; the category follows its HTTP status and its name.",
        ja: "OpenStackのエラーボディの形式から解釈し、分類はHTTPステータスコードとエラー名に基づきます。",
        zh: "已按 OpenStack 错误响应体的格式解读，类别依据 HTTP 状态码和错误名称确定。",
    };

    /// Advice for an OpenStack fault, by its category.
    OPENSTACK_ADVICE: PerCategory = PerCategory {
        ok: messages::NOTHING_TO_DO,
        fix: Text {
            ko: "메시지에 표시된 원인(잘못된 값, 없는 리소스, 할당량 등)에 따라 요청을 수정한 후 다시 보내세요.",
            en: "Correct the request as the message says (a wrong value, a missing resource, a quota), then send it again.",
            ja: "メッセージに示された原因（誤った値、存在しないリソース、クォータなど）に従ってリクエストを修正し、再度送信してください。",
            zh: "请根据消息中指出的原因（错误的值、不存在的资源、配额等）修改请求后重新发送。",
        },
        permission: Text {
            ko: "토큰이 유효한지(만료 여부), 그리고 테넌트와 사용자에게 이 작업의 권한이 있는지 확인하세요.",
            en: "Check that the token is valid (not expired) and that the tenant and user may perform this action.",
            ja: "トークンが有効か（期限切れでないか）、またテナントとユーザーにこの操作の権限があるかを確認してください。",
            zh: "请检查令牌是否有效（未过期），以及租户和用户是否有权执行此操作。",
        },
        retry: Text {
            ko: "리소스가 사용 중이거나 상태가 바뀌는 중이거나 요청 한도를 초과했습니다. 잠시 기다린 후(retryAfter가 있으면 그만큼) 같은 요청을 다시 보내세요.",
            en: "The resource is in use or changing state, or a rate limit was hit: wait (for retryAfter, when given), then retry the same request.",
            ja: "リソースが使用中か状態の変更中、またはリクエスト数の制限に達しています。しばらく（retryAfterがあればその時間）待ってから、同じリクエストを再試行してください。",
            zh: "资源正被占用或状态正在变化，或触发了请求频率限制。请等待（如有 retryAfter，则等待相应时间）后重试同一请求。",
        },
        contact_admin: Text {
            ko: "NHN Cloud 측에서 발생한 오류입니다. 메시지와 함께 NHN Cloud 고객 센터로 문의하세요.",
            en: "The failure is on the NHN Cloud side. Contact the NHN Cloud Customer Center with the message.",
            ja: "NHN Cloud側で発生したエラーです。メッセージを添えて、NHN Cloudの担当者にお問い合わせください。",
            zh: "这是 NHN Cloud 侧发生的错误。请附上消息联系 NHN Cloud 客户中心。",
        },
    };
}
