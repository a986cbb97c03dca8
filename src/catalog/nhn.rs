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
        None => lang.pick(&COMMON_FAMILY),
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
            zh: "认证模块联动失败，或当前状态下无法执行该请求。",
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
    INFERRED_NOTE: Text = Text {
        ko: "문서에는 FF400~FF499만 정의되어 있습니다. {code} 코드는 형식을 기준으로 해석했으며, HTTP 상태는 {status}입니다.",
        en: "The documentation lists only FF400–FF499. {code} was read by its shape, with HTTP status {status}.",
        ja: "ドキュメントに記載されているのはFF400～FF499のみです。{code}はコードの形式から解釈したもので、HTTPステータスは{status}です。",
        zh: "文档中仅列出了 FF400～FF499。{code} 是根据代码格式解读的，其 HTTP 状态为 {status}。",
    };
}
