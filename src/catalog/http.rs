//! HTTP status reason phrases: the canonical English phrase (RFC 9110,
//! the IANA registry) and its translation, for every registered error
//! status and the statuses a transcript's status line may carry.

use super::{PerCategory, messages};
use crate::lang::Text;

/// An IANA-registered HTTP status.
#[derive(Debug)]
pub struct HttpReason {
    pub status: u16,
    /// The canonical English reason phrase, as RFC 9110 names it.
    pub phrase: &'static str,
    pub text: Text,
}

/// The registered reason for `status`, if any.
pub(super) fn reason(status: u16) -> Option<&'static HttpReason> {
    REASONS
        .iter()
        .chain(OTHER_REASONS)
        .find(|r| r.status == status)
}

/// Every IANA-registered status in 400–451 and 500–511, ascending
/// (418 is "(Unused)" in the IANA registry and is left out).
pub(super) const REASONS: &[HttpReason] = &[
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
            ja: "未検出",
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
            ja: "受理不可",
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
            ja: "前提条件不成立",
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
            ja: "Expectヘッダーの要求に対応不可",
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
pub(super) const OTHER_REASONS: &[HttpReason] = &[
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

texts! {
    /// Shown beside a status with no registered reason phrase: `599 (unassigned status)`.
    UNASSIGNED: Text = Text {
        ko: "미할당 상태 코드",
        en: "unassigned status",
        ja: "未割り当てのステータス",
        zh: "未分配的状态码",
    };

    /// Meaning of a transcript whose status line is all there is. `{status}`:
    /// the status with its phrase.
    STATUS_ONLY_MEANING: Text = Text {
        ko: "응답 본문에 ecode가 읽을 수 있는 오류 정보가 없어, HTTP 상태 줄({status})만으로 판단했습니다.",
        en: "The response carries no error body ecode can read; only the status line says something: HTTP {status}.",
        ja: "レスポンスボディにecodeが読み取れるエラー情報がないため、HTTPステータス行（{status}）だけで判断しました。",
        zh: "响应体中没有 ecode 能读取的错误信息，仅能依据 HTTP 状态行（{status}）判断。",
    };

    /// Advice for a status-only result, by its category.
    STATUS_ONLY_ADVICE: PerCategory = PerCategory {
        ok: messages::NOTHING_TO_DO,
        fix: Text {
            ko: "요청의 URL, 메서드, 매개변수를 API 문서와 대조해 확인하세요. 응답 본문(HTML 등)에 원인이 적혀 있을 수 있습니다.",
            en: "Check the request's URL, method and parameters against the API documentation; the response body (an HTML page, say) may name the cause.",
            ja: "リクエストのURL、メソッド、パラメータをAPIドキュメントと照らし合わせて確認してください。レスポンスボディ（HTMLなど）に原因が書かれている場合があります。",
            zh: "请对照 API 文档检查请求的 URL、方法和参数；响应体（如 HTML 页面）中可能写有原因。",
        },
        permission: Text {
            ko: "인증 정보(키, 토큰, 서명)와 이 요청에 필요한 권한을 확인하세요.",
            en: "Check the credentials (key, token, signature) and the permissions this request needs.",
            ja: "認証情報（キー、トークン、署名）と、このリクエストに必要な権限を確認してください。",
            zh: "请检查凭证（密钥、令牌、签名）以及该请求所需的权限。",
        },
        retry: Text {
            ko: "게이트웨이나 서버의 일시적인 문제 또는 요청 한도 초과입니다. 잠시 기다린 후(Retry-After가 있으면 그만큼) 같은 요청을 다시 보내세요.",
            en: "A gateway or server is briefly failing, or a rate limit was hit: wait (for Retry-After, when given), then retry the same request.",
            ja: "ゲートウェイやサーバーの一時的な問題、またはリクエスト数の制限です。しばらく（Retry-Afterがあればその時間）待ってから、同じリクエストを再試行してください。",
            zh: "这是网关或服务器的暂时性问题，或触发了请求频率限制。请等待（如有 Retry-After，则等待相应时间）后重试同一请求。",
        },
        contact_admin: Text {
            ko: "서버 측에서 발생한 오류입니다. 계속되면 응답의 헤더와 함께 서비스 제공자에게 문의하세요.",
            en: "The failure is on the server's side. If it persists, contact the provider with the response's headers.",
            ja: "サーバー側で発生したエラーです。続く場合は、レスポンスのヘッダーを添えてサービス提供者にお問い合わせください。",
            zh: "这是服务器端发生的错误。如果持续出现，请附上响应头联系服务提供方。",
        },
    };
}
