//! The words of the interface: provider and category names, labels of the
//! text output, column headers, notes and error messages, in four
//! languages.

use super::PerCategory;
use crate::lang::Text;

texts! {
    /// The advice of every code that reports success.
    NOTHING_TO_DO: Text = Text {
        ko: "조치할 필요가 없습니다.",
        en: "Nothing to do.",
        ja: "対応は不要です。",
        zh: "无需处理。",
    };

    // ---------------------------------------------------------------------------
    // Providers and categories
    // ---------------------------------------------------------------------------

    PROVIDER_NHN: Text = Text {
        ko: "NHN Cloud",
        en: "NHN Cloud",
        ja: "NHN Cloud",
        zh: "NHN Cloud",
    };

    /// Tencent Cloud's own name in each language: 腾讯云 in Chinese, the Latin
    /// name elsewhere (as its Korean and Japanese sites write it).
    PROVIDER_TENCENT: Text = Text {
        ko: "Tencent Cloud",
        en: "Tencent Cloud",
        ja: "Tencent Cloud",
        zh: "腾讯云",
    };

    /// Short category names, shown as `retry later (exit status 4)`.
    CATEGORY_NAMES: PerCategory = PerCategory {
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
            ko: "담당자 문의",
            en: "contact the administrator",
            ja: "担当者への問い合わせ",
            zh: "联系客户中心",
        },
    };

    // ---------------------------------------------------------------------------
    // Labels of the text output
    // ---------------------------------------------------------------------------

    LABEL_MEANING: Text = Text {
        ko: "의미",
        en: "Meaning",
        ja: "意味",
        zh: "含义",
    };

    /// The message the response carried (NHN resultMessage, Tencent Error.Message).
    LABEL_MESSAGE: Text = Text {
        ko: "메시지",
        en: "Message",
        ja: "メッセージ",
        zh: "返回消息",
    };

    /// NHN Cloud's detail description (after ": " in resultMessage).
    LABEL_DETAIL: Text = Text {
        ko: "상세 설명",
        en: "Detail",
        ja: "詳細説明",
        zh: "详细说明",
    };

    LABEL_REQUEST_ID: Text = Text {
        ko: "RequestId",
        en: "RequestId",
        ja: "RequestId",
        zh: "RequestId",
    };

    /// Where a result was found (`resp.json:12`).
    LABEL_SOURCE: Text = Text {
        ko: "위치",
        en: "Source",
        ja: "位置",
        zh: "位置",
    };

    /// What to do next.
    LABEL_ADVICE: Text = Text {
        ko: "조치 방법",
        en: "Advice",
        ja: "対処方法",
        zh: "处理建议",
    };

    LABEL_NOTE: Text = Text {
        ko: "참고",
        en: "Note",
        ja: "備考",
        zh: "备注",
    };

    LABEL_CATEGORY: Text = Text {
        ko: "분류",
        en: "Category",
        ja: "分類",
        zh: "类别",
    };

    /// `{value}`: the exit status number.
    LABEL_EXIT: Text = Text {
        ko: "종료 상태 {value}",
        en: "exit status {value}",
        ja: "終了ステータス {value}",
        zh: "退出状态 {value}",
    };

    /// A position in the input, for the `{value}` of `ERR_NOTHING_DECODABLE` and
    /// the other `ERR_*` texts that name a position. `{line}`, `{column}`: 1-based.
    POSITION: Text = Text {
        ko: "{line}행 {column}열",
        en: "line {line}, column {column}",
        ja: "{line}行{column}列",
        zh: "第 {line} 行第 {column} 列",
    };

    // ---------------------------------------------------------------------------
    // Error messages (stderr, after "ecode: "; no final full stop)
    // ---------------------------------------------------------------------------

    ERR_UNKNOWN_CODE: Text = Text {
        ko: "알 수 없는 오류 코드입니다: {code}",
        en: "{code} is not a known error code",
        ja: "不明なエラーコードです：{code}",
        zh: "未知的错误码：{code}",
    };

    /// `{list}`: the suggested codes.
    ERR_DID_YOU_MEAN: Text = Text {
        ko: "다음 코드를 찾으셨나요? {list}",
        en: "did you mean {list}?",
        ja: "もしかして：{list}",
        zh: "您是否要查找：{list}",
    };

    ERR_NO_SUGGESTION: Text = Text {
        ko: "`ecode list`로 전체 코드를 확인하세요",
        en: "`ecode list` shows every code",
        ja: "すべてのコードは`ecode list`で確認できます",
        zh: "运行 `ecode list` 可查看全部错误码",
    };

    /// `--provider nhn` given a code only Tencent Cloud has.
    ERR_NOT_NHN: Text = Text {
        ko: "{code}: NHN Cloud의 코드가 아닙니다",
        en: "{code} is not an NHN Cloud code",
        ja: "{code}はNHN Cloudのコードではありません",
        zh: "{code} 不是 NHN Cloud 的错误码",
    };

    /// `--provider tencent` given a code only NHN Cloud has.
    ERR_NOT_TENCENT: Text = Text {
        ko: "{code}: Tencent Cloud의 코드가 아닙니다",
        en: "{code} is not a Tencent Cloud code",
        ja: "{code}はTencent Cloudのコードではありません",
        zh: "{code} 不是腾讯云的错误码",
    };

    /// `{value}`: the operating system's error text.
    ERR_FILE_OPEN: Text = Text {
        ko: "{file} 파일을 읽을 수 없습니다: {value}",
        en: "cannot read {file}: {value}",
        ja: "{file}を読み込めません：{value}",
        zh: "无法读取 {file}：{value}",
    };

    /// Writing the output failed (a full disk, a closed terminal). `{value}`:
    /// the operating system's error text.
    ERR_WRITE: Text = Text {
        ko: "출력 쓰기에 실패했습니다: {value}",
        en: "writing output failed: {value}",
        ja: "出力の書き込みに失敗しました: {value}",
        zh: "写入输出失败：{value}",
    };

    /// `{value}`: the operating system's error text.
    ERR_READ: Text = Text {
        ko: "{file} 읽기에 실패했습니다: {value}",
        en: "reading {file} failed: {value}",
        ja: "{file}の読み込みに失敗しました：{value}",
        zh: "读取 {file} 失败：{value}",
    };

    /// `{value}`: where reading stopped (see `POSITION`).
    ERR_NOTHING_DECODABLE: Text = Text {
        ko: "{file}에서 NHN Cloud 또는 Tencent Cloud의 오류 응답을 찾지 못했습니다({value}에서 중단) — \"header\", \"Response\", \"Error\", \"codeDesc\"가 있는 JSON 본문, OpenStack 오류 본문, Tencent Cloud SDK 예외 줄 또는 오류를 알리는 HTTP 상태 줄이 필요합니다",
        en: "no NHN Cloud or Tencent Cloud error report found in {file} (stopped at {value}) — expected a JSON body with \"header\", \"Response\", \"Error\" or \"codeDesc\", an OpenStack fault, a Tencent Cloud SDK exception line, or an HTTP status line of an error",
        ja: "{file}にNHN CloudまたはTencent Cloudのエラー応答が見つかりません（{value}で停止）。\"header\"、\"Response\"、\"Error\"、\"codeDesc\"のいずれかを含むJSONボディ、OpenStackのエラーボディ、Tencent Cloud SDKの例外行、またはエラーを示すHTTPステータス行が必要です",
        zh: "{file} 中未找到 NHN Cloud 或腾讯云的错误响应（停止于{value}）——需要包含 \"header\"、\"Response\"、\"Error\" 或 \"codeDesc\" 的 JSON 响应体、OpenStack 错误响应体、腾讯云 SDK 异常行，或表示错误的 HTTP 状态行",
    };

    /// `{value}`: the body's position; `{status}`: the limit, e.g. "64 MiB".
    ERR_BODY_TOO_LARGE: Text = Text {
        ko: "{file}({value}): 응답 본문 하나의 크기가 {status}를 넘어 처리하지 않습니다",
        en: "{file} at {value}: a single body is larger than {status}; refused",
        ja: "{file}（{value}）：1つのボディが{status}を超えているため、処理しません",
        zh: "{file}（{value}）：单个响应体超过 {status}，已拒绝处理",
    };

    /// `{value}`: the position.
    ERR_TOO_DEEP: Text = Text {
        ko: "{file}({value}): JSON의 중첩이 너무 깊습니다",
        en: "{file} at {value}: JSON nested too deeply",
        ja: "{file}（{value}）：JSONの入れ子が深すぎます",
        zh: "{file}（{value}）：JSON 嵌套层级过深",
    };

    /// `{value}`: the position.
    ERR_INVALID_UTF8: Text = Text {
        ko: "{file}({value}): 입력이 올바른 UTF-8이 아닙니다",
        en: "{file} at {value}: input is not valid UTF-8",
        ja: "{file}（{value}）：入力が有効なUTF-8ではありません",
        zh: "{file}（{value}）：输入不是有效的 UTF-8",
    };

    /// `{value}`: the position.
    ERR_TRUNCATED: Text = Text {
        ko: "{file}({value}): JSON이 끝나기 전에 본문이 끝났습니다(잘린 것으로 보입니다)",
        en: "{file} at {value}: the body ends before its JSON is complete (truncated)",
        ja: "{file}（{value}）：JSONが完結する前にボディが終わっています（途中で切れているようです）",
        zh: "{file}（{value}）：JSON 尚未结束，响应体就已结束（可能被截断）",
    };

    ERR_TTY_STDIN: Text = Text {
        ko: "터미널에서 입력을 읽으려 하고 있습니다 — 응답을 ecode로 파이프하거나(curl … | ecode parse) 파일을 지정하세요(ecode parse FILE)",
        en: "reading from a terminal — pipe a response into ecode (curl … | ecode parse) or name a file (ecode parse FILE)",
        ja: "端末から読み込もうとしています。レスポンスをecodeにパイプで渡す（curl … | ecode parse）か、ファイルを指定してください（ecode parse FILE）",
        zh: "正在从终端读取——请通过管道将响应传给 ecode（curl … | ecode parse），或指定文件（ecode parse FILE）",
    };

    /// `{value}`: the search text.
    ERR_NO_MATCH: Text = Text {
        ko: "\"{value}\"에 해당하는 코드가 없습니다",
        en: "no code matches \"{value}\"",
        ja: "「{value}」に一致するコードはありません",
        zh: "没有与“{value}”匹配的错误码",
    };

    /// `{value}`: as given; `{list}`: the valid values.
    ERR_UNKNOWN_FAMILY: Text = Text {
        ko: "알 수 없는 그룹입니다: \"{value}\" — 사용할 수 있는 값: {list}",
        en: "unknown family \"{value}\" — valid families: {list}",
        ja: "不明なグループです：「{value}」。指定できる値：{list}",
        zh: "未知的分组：“{value}”——可用的值：{list}",
    };

    /// `{value}`: the variable's value.
    ERR_BAD_ECODE_LANG: Text = Text {
        ko: "ECODE_LANG={value}은(는) 지원하지 않는 언어입니다 — ko, en, ja, zh 중 하나를 지정하세요",
        en: "ECODE_LANG={value} is not a supported language — use ko, en, ja or zh",
        ja: "ECODE_LANG={value}はサポートされていない言語です。ko、en、ja、zhのいずれかを指定してください",
        zh: "ECODE_LANG={value} 不是支持的语言——请使用 ko、en、ja 或 zh",
    };

    // ---------------------------------------------------------------------------
    // Parse output
    // ---------------------------------------------------------------------------

    /// `{status}`: the status of the HTTP status line (with its phrase, if the
    /// caller adds it).
    HTTP_200_BUT_FAILED: Text = Text {
        ko: "HTTP 상태 줄은 {status}이지만 본문은 실패를 알립니다. 두 클라우드 모두 API 오류에도 HTTP 200으로 응답하므로, 본문의 코드를 기준으로 판단하세요.",
        en: "The status line says HTTP {status}, but the body reports a failure: both providers answer API errors with HTTP 200, so the body's code is what counts.",
        ja: "HTTPステータス行は{status}ですが、ボディは失敗を示しています。どちらのクラウドもAPIエラーをHTTP 200で返すため、ボディのコードで判断してください。",
        zh: "HTTP 状态行为 {status}，但响应体表明请求失败。两家云服务在 API 出错时同样返回 HTTP 200，因此应以响应体中的错误码为准。",
    };

    /// `{secs}`: the Retry-After header value as given (seconds or a date).
    RETRY_AFTER: Text = Text {
        ko: "서버가 Retry-After: {secs} 헤더로 재시도 전 대기를 요청했습니다.",
        en: "The server asks the client to wait before retrying (Retry-After: {secs}).",
        ja: "サーバーは再試行の前に待機するよう求めています（Retry-After: {secs}）。",
        zh: "服务器要求客户端等待后再重试（Retry-After: {secs}）。",
    };

    /// The HTTP status of the status line that came before the body.
    LABEL_TRANSPORT: Text = Text {
        ko: "HTTP 상태 줄",
        en: "HTTP status line",
        ja: "HTTPステータス行",
        zh: "HTTP 状态行",
    };

    LABEL_RETRY_AFTER: Text = Text {
        ko: "Retry-After",
        en: "Retry-After",
        ja: "Retry-After",
        zh: "Retry-After",
    };

    /// Title of the `--summary` table.
    SUMMARY_TITLE: Text = Text {
        ko: "요약",
        en: "Summary",
        ja: "集計",
        zh: "汇总",
    };

    /// The summary row of the results whose codes came after the first
    /// 10,000 distinct ones.
    SUMMARY_OTHER: Text = Text {
        ko: "기타 코드",
        en: "other codes",
        ja: "その他のコード",
        zh: "其他错误码",
    };

    /// One result, for the title of the `--summary` table.
    SUMMARY_TOTAL_ONE: Text = Text {
        ko: "결과 1건",
        en: "1 result",
        ja: "結果1件",
        zh: "共 1 条结果",
    };

    /// Bodies that could not be decoded, after the results in the title of
    /// the `--summary` table. `{value}`: how many.
    SUMMARY_UNDECODABLE: Text = Text {
        ko: ", 해석할 수 없는 본문 {value}건",
        en: ", {value} undecodable",
        ja: "、解読できないボディ{value}件",
        zh: "，无法解析 {value} 条",
    };

    /// The row of the `--summary` table that counts undecodable bodies.
    SUMMARY_UNDECODABLE_ROW: Text = Text {
        ko: "해석 불가",
        en: "undecodable",
        ja: "解読不可",
        zh: "无法解析",
    };

    /// `{value}`: the number of results, more than one (or none).
    SUMMARY_TOTAL: Text = Text {
        ko: "결과 {value}건",
        en: "{value} results",
        ja: "結果{value}件",
        zh: "共 {value} 条结果",
    };



    /// A value that names `header` or `Response` but is not valid JSON.
    ERR_MALFORMED: Text = Text {
        ko: "{file}({value}): 응답 본문이 올바른 JSON이 아닙니다",
        en: "{file} at {value}: the response body is not valid JSON",
        ja: "{file}（{value}）：レスポンスボディが正しいJSONではありません",
        zh: "{file}（{value}）：响应体不是有效的 JSON",
    };

    /// A body whose code ecode does not know; `{code}` is the body's code.
    ERR_UNKNOWN_IN_BODY: Text = Text {
        ko: "{file}({value}): 본문의 오류 코드 {code}은(는) 알 수 없는 코드입니다",
        en: "{file} at {value}: the body's code {code} is not a known error code",
        ja: "{file}（{value}）：ボディのエラーコード{code}は不明なコードです",
        zh: "{file}（{value}）：响应体中的错误码 {code} 未知",
    };

    /// Why a file could not be read, for the commonest causes; anything else
    /// is the operating system's own text.
    IO_NOT_FOUND: Text = Text {
        ko: "파일이 없습니다",
        en: "no such file",
        ja: "ファイルが存在しません",
        zh: "文件不存在",
    };

    IO_PERMISSION_DENIED: Text = Text {
        ko: "읽기 권한이 없습니다",
        en: "permission denied",
        ja: "読み取り権限がありません",
        zh: "没有读取权限",
    };

    IO_IS_A_DIRECTORY: Text = Text {
        ko: "디렉터리입니다",
        en: "it is a directory",
        ja: "ディレクトリです",
        zh: "这是一个目录",
    };

    /// `ecode search` with no words, or only spaces.
    ERR_EMPTY_SEARCH: Text = Text {
        ko: "검색할 단어를 지정하세요 — 예: ecode search 서명",
        en: "give the words to search for — for example: ecode search signature",
        ja: "検索する語を指定してください。例：ecode search 署名",
        zh: "请指定要搜索的词——例如：ecode search 签名",
    };

    /// `--max-body` with a size ecode cannot read.
    ERR_BAD_SIZE: Text = Text {
        ko: "--max-body {value}: 크기를 읽을 수 없습니다 — 64MiB, 512KiB, 1048576처럼 지정하세요",
        en: "--max-body {value}: not a size — write it as 64MiB, 512KiB or 1048576",
        ja: "--max-body {value}: サイズとして解釈できません。64MiB、512KiB、1048576のように指定してください",
        zh: "--max-body {value}：无法识别的大小——请写作 64MiB、512KiB 或 1048576",
    };

    // ---------------------------------------------------------------------------
    // Column headers of `ecode list`
    // ---------------------------------------------------------------------------

    COL_CODE: Text = Text {
        ko: "코드",
        en: "CODE",
        ja: "コード",
        zh: "错误码",
    };
    COL_PROVIDER: Text = Text {
        ko: "클라우드",
        en: "PROVIDER",
        ja: "クラウド",
        zh: "云平台",
    };
    COL_FAMILY: Text = Text {
        ko: "그룹",
        en: "FAMILY",
        ja: "グループ",
        zh: "分组",
    };
    COL_HTTP: Text = Text {
        ko: "HTTP",
        en: "HTTP",
        ja: "HTTP",
        zh: "HTTP",
    };
    COL_CATEGORY: Text = Text {
        ko: "분류",
        en: "CATEGORY",
        ja: "分類",
        zh: "类别",
    };
    COL_MEANING: Text = Text {
        ko: "의미",
        en: "MEANING",
        ja: "意味",
        zh: "含义",
    };

    /// The code nested in a message, which decided the category.
    LABEL_CAUSE: Text = Text {
        ko: "원인 코드",
        en: "Cause",
        ja: "原因コード",
        zh: "原因错误码",
    };

    /// The official clients that retry this error by themselves.
    LABEL_RETRIED_BY: Text = Text {
        ko: "자동 재시도",
        en: "Retried by",
        ja: "自動再試行",
        zh: "自动重试",
    };

    /// The clients `retried_by` names, as the text output lists them.
    CLIENT_TERRAFORM: Text = Text {
        ko: "Terraform 프로바이더(기본 동작)",
        en: "the Terraform provider (by default)",
        ja: "Terraformプロバイダー（デフォルト）",
        zh: "Terraform Provider（默认）",
    };

    CLIENT_GO_SDK: Text = Text {
        ko: "Go SDK(재시도 옵션을 켠 경우)",
        en: "the Go SDK (when its retry option is on)",
        ja: "Go SDK（再試行オプションを有効にした場合）",
        zh: "Go SDK（开启重试选项时）",
    };

    CLIENT_PYTHON_SDK: Text = Text {
        ko: "Python SDK(재시도 옵션을 켠 경우)",
        en: "the Python SDK (when its retry option is on)",
        ja: "Python SDK（再試行オプションを有効にした場合）",
        zh: "Python SDK（开启重试选项时）",
    };

    /// A `resultCode` too long to be a code. `{code}`: its start;
    /// `{status}`: the longest code's length.
    ERR_CODE_TOO_LONG: Text = Text {
        ko: "{file}({value}): resultCode가 {status}자를 넘어 오류 코드로 볼 수 없습니다(본문이 잘못되었습니다): {code}…",
        en: "{file} at {value}: resultCode is longer than {status} characters, so it is no code (the body is malformed): {code}…",
        ja: "{file}（{value}）：resultCodeが{status}文字を超えているため、エラーコードとみなせません（ボディが不正です）：{code}…",
        zh: "{file}（{value}）：resultCode 超过 {status} 个字符，不是有效的错误码（响应体有误）：{code}…",
    };

    /// A body refused for what one of its deciding members holds.
    /// `{code}`: the member (`resultCode`, `Response.Error`); `{status}`:
    /// what it holds, quoted; `{list}`: what belongs there
    /// (`EXPECTED_CODE`, `EXPECTED_STRING_CODE`, `EXPECTED_ERROR_OBJECT`).
    ERR_REFUSED_FIELD: Text = Text {
        ko: "{file}({value}): 본문을 읽을 수 없습니다. {code}에 {list}이(가) 와야 하는데 {status}이(가) 있습니다(본문이 잘못되었습니다)",
        en: "{file} at {value}: the body cannot be read: its {code} is {status}, where {list} belongs (the body is malformed)",
        ja: "{file}（{value}）: ボディを読み取れません。{code}には{list}が必要ですが、{status}になっています（ボディが不正です）",
        zh: "{file}（{value}）：无法读取响应体：其 {code} 为 {status}，此处应为{list}（响应体有误）",
    };

    /// What belongs in a code's member: for `ERR_REFUSED_FIELD`.
    EXPECTED_CODE: Text = Text {
        ko: "문자열이나 숫자로 된 오류 코드",
        en: "an error code (a string or a number)",
        ja: "文字列または数値のエラーコード",
        zh: "字符串或数字形式的错误码",
    };

    /// What belongs in Tencent Cloud's `Code`: for `ERR_REFUSED_FIELD`.
    EXPECTED_STRING_CODE: Text = Text {
        ko: "문자열로 된 오류 코드",
        en: "an error code as a string",
        ja: "文字列のエラーコード",
        zh: "字符串形式的错误码",
    };

    /// What belongs in Tencent Cloud's `Error`: for `ERR_REFUSED_FIELD`.
    EXPECTED_ERROR_OBJECT: Text = Text {
        ko: "Code와 Message가 있는 객체",
        en: "an object with Code and Message",
        ja: "CodeとMessageを持つオブジェクト",
        zh: "包含 Code 和 Message 的对象",
    };

    /// The user catalog file a code's entry came from.
    LABEL_CATALOG: Text = Text {
        ko: "카탈로그",
        en: "Catalog",
        ja: "カタログ",
        zh: "错误码表",
    };

    /// A user catalog's code lacks this language. `{code}`, `{file}`.
    USER_FALLBACK_NOTE: Text = Text {
        ko: "{file}에는 {code} 코드의 한국어 설명이 없어 다른 언어로 표시합니다.",
        en: "{file} gives no English text for {code}; it is shown in another language.",
        ja: "{file}には{code}の日本語の説明がないため、別の言語で表示しています。",
        zh: "{file} 未提供 {code} 的中文说明，因此以其他语言显示。",
    };

    // -----------------------------------------------------------------------
    // User catalogs: what is wrong with a file (after "FILE:LINE:COLUMN: ")
    // -----------------------------------------------------------------------

    CAT_INVALID_UTF8: Text = Text {
        ko: "UTF-8 텍스트가 아닙니다",
        en: "not UTF-8 text",
        ja: "UTF-8のテキストではありません",
        zh: "不是 UTF-8 文本",
    };

    /// `{value}`: the TOML parser's own words (English).
    CAT_SYNTAX: Text = Text {
        ko: "TOML 문법 오류입니다: {value}",
        en: "not valid TOML: {value}",
        ja: "TOMLの構文エラーです：{value}",
        zh: "TOML 语法错误：{value}",
    };

    /// `{value}`: the key.
    CAT_UNKNOWN_KEY: Text = Text {
        ko: "알 수 없는 키입니다: {value} — 사용할 수 있는 키: provider, source, [[code]]의 code, category, http_status, family, meaning, advice, retried_by, reference(텍스트는 ko, en, ja, zh)",
        en: "unknown key {value} — the keys are provider, source, and in [[code]] code, category, http_status, family, meaning, advice, retried_by, reference (texts by ko, en, ja, zh)",
        ja: "不明なキーです：{value}。使用できるキーはprovider、source、[[code]]のcode、category、http_status、family、meaning、advice、retried_by、referenceです（テキストはko、en、ja、zh）",
        zh: "未知的键：{value}——可用的键为 provider、source，以及 [[code]] 中的 code、category、http_status、family、meaning、advice、retried_by、reference（文本按 ko、en、ja、zh 给出）",
    };

    /// `{value}`: the TOML parser's own words (English).
    CAT_BAD_VALUE: Text = Text {
        ko: "값의 유형이 맞지 않습니다: {value}",
        en: "a value of the wrong type: {value}",
        ja: "値の型が正しくありません：{value}",
        zh: "值的类型不正确：{value}",
    };

    CAT_NO_PROVIDER: Text = Text {
        ko: "provider가 없습니다 — provider = \"tencent\" 또는 \"nhn\"을 추가하세요",
        en: "no provider — add provider = \"tencent\" or \"nhn\"",
        ja: "providerがありません。provider = \"tencent\"または\"nhn\"を追加してください",
        zh: "缺少 provider——请添加 provider = \"tencent\" 或 \"nhn\"",
    };

    /// `{value}`: as written.
    CAT_BAD_PROVIDER: Text = Text {
        ko: "provider 값 \"{value}\"은(는) \"tencent\" 또는 \"nhn\"이어야 합니다",
        en: "provider \"{value}\" is neither \"tencent\" nor \"nhn\"",
        ja: "provider \"{value}\"は\"tencent\"でも\"nhn\"でもありません",
        zh: "provider \"{value}\" 既不是 \"tencent\" 也不是 \"nhn\"",
    };

    /// `{value}`: as written.
    CAT_BAD_CATEGORY: Text = Text {
        ko: "category 값 \"{value}\"은(는) ok, fix, permission, retry, contact-admin 중 하나여야 합니다",
        en: "category \"{value}\" is none of ok, fix, permission, retry, contact-admin",
        ja: "category \"{value}\"はok、fix、permission、retry、contact-adminのいずれでもありません",
        zh: "category \"{value}\" 不是 ok、fix、permission、retry、contact-admin 之一",
    };

    /// `{code}`: as written.
    CAT_BAD_CODE_NHN: Text = Text {
        ko: "\"{code}\"은(는) NHN Cloud 오류 코드 형식이 아닙니다 — 40409, -4처럼 앞에 0을 붙이지 않은 정수여야 합니다",
        en: "\"{code}\" is not an NHN Cloud code — those are whole numbers without leading zeros, such as 40409 or -4",
        ja: "\"{code}\"はNHN Cloudのエラーコードの形式ではありません。40409や-4のように先頭に0を付けない整数で指定してください",
        zh: "\"{code}\" 不符合 NHN Cloud 错误码的格式——应为 40409、-4 这样不带前导零的整数",
    };

    /// `{code}`: as written.
    CAT_BAD_CODE_TENCENT: Text = Text {
        ko: "\"{code}\"은(는) Tencent Cloud 오류 코드 형식이 아닙니다 — ResourceNotFound.Disk처럼 점으로 구분한 영문 이름이거나 API 2.0 숫자 코드여야 합니다",
        en: "\"{code}\" is not a Tencent Cloud code — those are dotted names such as ResourceNotFound.Disk, or API 2.0 numbers",
        ja: "\"{code}\"はTencent Cloudのエラーコードの形式ではありません。ResourceNotFound.Diskのようなドット区切りの英字名か、API 2.0の数値コードで指定してください",
        zh: "\"{code}\" 不符合腾讯云错误码的格式——应为 ResourceNotFound.Disk 这样以点分隔的英文名称，或 API 2.0 的数字错误码",
    };

    /// `{code}`; `{line}`: where it was first.
    CAT_DUPLICATE: Text = Text {
        ko: "{code} 코드가 이 파일의 {line}행 [[code]]에 이미 있습니다",
        en: "{code} is already in this file, in the [[code]] on line {line}",
        ja: "{code}はこのファイルの{line}行目の[[code]]にすでにあります",
        zh: "{code} 已在此文件第 {line} 行的 [[code]] 中出现过",
    };

    CAT_NEEDS_CATEGORY: Text = Text {
        ko: "{code}은(는) 새 코드이므로 category가 필요합니다",
        en: "{code} is a new code: give it a category",
        ja: "{code}は新しいコードのため、categoryが必要です",
        zh: "{code} 是新的错误码，需要指定 category",
    };

    CAT_NEEDS_MEANING: Text = Text {
        ko: "{code}은(는) 새 코드이므로 한 가지 이상의 언어로 meaning을 작성해야 합니다",
        en: "{code} is a new code: give it a meaning in one language at least",
        ja: "{code}は新しいコードのため、少なくとも1つの言語のmeaningが必要です",
        zh: "{code} 是新的错误码，至少需要一种语言的 meaning",
    };

    CAT_EMPTY_TEXT: Text = Text {
        ko: "빈 텍스트가 있습니다",
        en: "a text is empty",
        ja: "空のテキストがあります",
        zh: "存在空文本",
    };

    /// `{value}`: the number.
    CAT_BAD_STATUS: Text = Text {
        ko: "http_status 값 {value}은(는) HTTP 상태 코드(100~599)가 아닙니다",
        en: "http_status {value} is not an HTTP status (100–599)",
        ja: "http_status {value}はHTTPステータスコード（100～599）ではありません",
        zh: "http_status {value} 不是 HTTP 状态码（100～599）",
    };

    /// `{value}`: as written.
    CAT_BAD_CLIENT: Text = Text {
        ko: "retried_by의 \"{value}\"은(는) 클라이언트 이름이 아닙니다(영문 소문자, 숫자, -만 사용)",
        en: "retried_by: \"{value}\" is not a client name (lower-case letters, digits and -)",
        ja: "retried_byの\"{value}\"はクライアント名ではありません（英小文字、数字、-のみ）",
        zh: "retried_by 中的 \"{value}\" 不是客户端名称（仅限小写字母、数字和 -）",
    };

    /// `{value}`: the key.
    CAT_MISSING_KEY: Text = Text {
        ko: "필수 키 {value}이(가) 없습니다",
        en: "the required key {value} is missing",
        ja: "必須のキー{value}がありません",
        zh: "缺少必需的键 {value}",
    };

    /// `{value}`: the character, `U+001B`.
    CAT_UNSAFE_TEXT: Text = Text {
        ko: "텍스트에 터미널이 해석하는 문자 {value}(제어 문자 또는 양방향 서식 문자)가 있습니다 — 한 줄로 쓰고 이런 문자는 빼세요",
        en: "a text holds {value}, a character a terminal acts on (a control or bidirectional mark) — write it on one line, without such characters",
        ja: "テキストに端末が解釈する文字{value}（制御文字または双方向書式文字）が含まれています。1行で書き、このような文字は除いてください",
        zh: "文本中含有终端会解释的字符 {value}（控制字符或双向格式字符）——请写成一行，并去掉此类字符",
    };

    /// A bad file of `catalog.d`. `{value}`: where and why (`FILE:LINE:COL: …`).
    WARN_CATALOG_SKIPPED: Text = Text {
        ko: "경고: 카탈로그를 건너뜁니다 — {value}",
        en: "warning: catalog skipped — {value}",
        ja: "警告：カタログをスキップしました（{value}）",
        zh: "警告：已跳过错误码表（{value}）",
    };

    /// `ecode catalog check`: a valid file. `{file}`; `{value}`: how many entries.
    /// `ecode catalog check`: a valid file of one entry. `{file}`.
    CATALOG_VALID_ONE: Text = Text {
        ko: "{file}: 올바른 카탈로그입니다(항목 1개)",
        en: "{file}: valid, 1 entry",
        ja: "{file}: 正しいカタログです（エントリー1件）",
        zh: "{file}：有效，共 1 个条目",
    };

    CATALOG_VALID: Text = Text {
        ko: "{file}: 올바른 카탈로그입니다(항목 {value}개)",
        en: "{file}: valid, {value} entries",
        ja: "{file}: 正しいカタログです（エントリー{value}件）",
        zh: "{file}：有效，共 {value} 个条目",
    };

    /// `ecode catalog path`: the labels.
    PATH_BUILTIN: Text = Text {
        ko: "내장 카탈로그",
        en: "built-in catalog",
        ja: "組み込みカタログ",
        zh: "内置错误码表",
    };

    PATH_DIR: Text = Text {
        ko: "카탈로그 디렉터리",
        en: "catalog directory",
        ja: "カタログディレクトリ",
        zh: "错误码表目录",
    };

    PATH_ENV: Text = Text {
        ko: "ECODE_CATALOG",
        en: "ECODE_CATALOG",
        ja: "ECODE_CATALOG",
        zh: "ECODE_CATALOG",
    };

    PATH_FLAG: Text = Text {
        ko: "--catalog",
        en: "--catalog",
        ja: "--catalog",
        zh: "--catalog",
    };

    PATH_CACHE: Text = Text {
        ko: "캐시(64KiB 이상)",
        en: "cache (64 KiB and up)",
        ja: "キャッシュ（64KiB以上）",
        zh: "缓存（64 KiB 及以上）",
    };

    PATH_NONE: Text = Text {
        ko: "없음",
        en: "none",
        ja: "なし",
        zh: "无",
    };

    PATH_NOT_FOUND: Text = Text {
        ko: "(없는 디렉터리)",
        en: "(does not exist)",
        ja: "（存在しません）",
        zh: "（不存在）",
    };

    PATH_ALWAYS: Text = Text {
        ko: "항상 읽음",
        en: "always read",
        ja: "常に読み込み",
        zh: "始终读取",
    };

    // -----------------------------------------------------------------------
    // Usage errors: clap's error kinds, in our words. `{arg}`: the option
    // as clap names it (`--lang <LANG>`); `{value}`: what was typed.
    // -----------------------------------------------------------------------

    /// `--version`: the heading of the catalog's sources, each with the
    /// date it was read.
    VERSION_SOURCES: Text = Text {
        ko: "카탈로그 출처(확인한 날짜):",
        en: "Catalog sources, as read:",
        ja: "カタログの出典（参照日）：",
        zh: "错误码表来源（查阅日期）：",
    };

    /// What the user may have meant: an option, a value or a command.
    ERR_DID_YOU_MEAN_WORD: Text = Text {
        ko: "다음을 입력하려고 하셨나요? {list}",
        en: "did you mean {list}?",
        ja: "もしかして：{list}",
        zh: "您是否要输入：{list}",
    };

    ERR_UNEXPECTED_ARG: Text = Text {
        ko: "알 수 없는 인수입니다: \"{value}\"",
        en: "unexpected argument \"{value}\"",
        ja: "不明な引数です：「{value}」",
        zh: "无法识别的参数：“{value}”",
    };

    ERR_INVALID_VALUE: Text = Text {
        ko: "{arg}의 값 \"{value}\"은(는) 올바르지 않습니다",
        en: "invalid value \"{value}\" for {arg}",
        ja: "{arg}の値「{value}」は正しくありません",
        zh: "{arg} 的值“{value}”无效",
    };

    ERR_VALUE_REQUIRED: Text = Text {
        ko: "{arg}에 값을 지정하세요",
        en: "{arg} needs a value",
        ja: "{arg}には値が必要です",
        zh: "{arg} 需要一个值",
    };

    /// `{list}`: the values clap accepts.
    ERR_POSSIBLE_VALUES: Text = Text {
        ko: "사용할 수 있는 값: {list}",
        en: "possible values: {list}",
        ja: "指定できる値：{list}",
        zh: "可用的值：{list}",
    };

    ERR_UNKNOWN_COMMAND: Text = Text {
        ko: "알 수 없는 명령입니다: \"{value}\"",
        en: "unrecognized command \"{value}\"",
        ja: "不明なコマンドです：「{value}」",
        zh: "未知的命令：“{value}”",
    };

    /// `ecode 40409`. `{value}`: the command meant (`ecode explain 40409`).
    ERR_CODE_NOT_COMMAND: Text = Text {
        ko: "{code}은(는) 명령이 아니라 오류 코드입니다 — 코드를 설명하려면 다음 명령을 실행하세요: {value}",
        en: "{code} is an error code, not a command — to explain it, run {value}",
        ja: "{code}はコマンドではなくエラーコードです。説明するには{value}を実行してください",
        zh: "{code} 是错误码，不是命令——如需解释，请运行 {value}",
    };

    /// `{list}`: the commands.
    ERR_MISSING_COMMAND: Text = Text {
        ko: "명령을 지정하세요: {list}",
        en: "a command is needed: {list}",
        ja: "コマンドを指定してください：{list}",
        zh: "请指定命令：{list}",
    };

    ERR_MISSING_ARGS: Text = Text {
        ko: "필수 인수를 지정하지 않았습니다: {list}",
        en: "required arguments were not given: {list}",
        ja: "必須の引数が指定されていません：{list}",
        zh: "缺少必需的参数：{list}",
    };

    ERR_CONFLICT: Text = Text {
        ko: "{arg}은(는) {list}와(과) 함께 쓸 수 없습니다",
        en: "{arg} cannot be used with {list}",
        ja: "{arg}は{list}と同時に指定できません",
        zh: "{arg} 不能与 {list} 同时使用",
    };

    ERR_REPEATED: Text = Text {
        ko: "{arg}을(를) 두 번 이상 지정했습니다",
        en: "{arg} is given more than once",
        ja: "{arg}が複数回指定されています",
        zh: "{arg} 被指定了多次",
    };

    ERR_TOO_MANY_VALUES: Text = Text {
        ko: "{arg}에는 \"{value}\" 값을 쓸 수 없습니다",
        en: "unexpected value \"{value}\" for {arg}",
        ja: "{arg}に余分な値「{value}」があります",
        zh: "{arg} 不接受值“{value}”",
    };

    ERR_NO_EQUALS: Text = Text {
        ko: "{arg}의 값은 등호 뒤에 씁니다",
        en: "{arg} takes its value after an equals sign",
        ja: "{arg}の値は等号の後に指定します",
        zh: "{arg} 的值须写在等号之后",
    };

    ERR_WRONG_VALUES: Text = Text {
        ko: "{arg}에 지정한 값의 개수가 맞지 않습니다",
        en: "wrong number of values for {arg}",
        ja: "{arg}に指定した値の数が正しくありません",
        zh: "{arg} 的值数量不正确",
    };

    ERR_ARG_NOT_UTF8: Text = Text {
        ko: "인수가 올바른 UTF-8이 아닙니다",
        en: "an argument is not valid UTF-8",
        ja: "引数が有効なUTF-8ではありません",
        zh: "参数不是有效的 UTF-8",
    };

    /// Any other refusal of clap's. `{value}`: clap's own words.
    ERR_BAD_COMMAND_LINE: Text = Text {
        ko: "명령줄이 올바르지 않습니다: {value}",
        en: "the command line is not valid: {value}",
        ja: "コマンドラインが正しくありません：{value}",
        zh: "命令行无效：{value}",
    };

    /// A value that starts with `-` where clap expected none.
    ERR_DASHDASH: Text = Text {
        ko: "\"{value}\"을(를) 값으로 넘기려면 앞에 --를 쓰세요: -- {value}",
        en: "to give \"{value}\" as a value, put -- before it: -- {value}",
        ja: "「{value}」を値として渡すには、前に--を付けてください：-- {value}",
        zh: "如需将“{value}”作为值传入，请在其前加上 --：-- {value}",
    };

    /// `ecode explain` with no code and nothing piped in.
    ERR_NO_CODE: Text = Text {
        ko: "설명할 코드가 없습니다 — 코드를 지정하거나(ecode explain 40409) 파이프로 넘겨 주세요(echo 40409 | ecode explain)",
        en: "no code to explain — give one (ecode explain 40409) or pipe them in (echo 40409 | ecode explain)",
        ja: "説明するコードがありません。コードを指定するか（ecode explain 40409）、パイプで渡してください（echo 40409 | ecode explain）",
        zh: "没有要解释的错误码——请指定错误码（ecode explain 40409），或通过管道传入（echo 40409 | ecode explain）",
    };

    // ---------------------------------------------------------------------------
    // The support report (--report)
    // ---------------------------------------------------------------------------

    /// The heading of a report for Tencent Cloud: its console's "Submit a
    /// Ticket" (提交工单), where the RequestId is asked for.
    REPORT_HEADING_TENCENT: Text = Text {
        ko: "Tencent Cloud 티켓 제출: 오류 정보",
        en: "Tencent Cloud ticket: error details",
        ja: "Tencent Cloud チケット提出：エラー情報",
        zh: "腾讯云提交工单：错误信息",
    };

    /// The heading of a report for NHN Cloud: its Customer Center's 1:1
    /// inquiry, where its error tables send the user.
    REPORT_HEADING_NHN: Text = Text {
        ko: "NHN Cloud 고객 센터 1:1 문의: 오류 정보",
        en: "NHN Cloud Customer Center inquiry: error details",
        ja: "NHN Cloud お問い合わせ：エラー情報",
        zh: "NHN Cloud 客户中心咨询：错误信息",
    };

    /// The heading of a report of a status line alone (no provider known).
    REPORT_HEADING_ANY: Text = Text {
        ko: "기술 지원 문의: 오류 정보",
        en: "Support request: error details",
        ja: "サポートへのお問い合わせ：エラー情報",
        zh: "技术支持咨询：错误信息",
    };

    LABEL_PROVIDER: Text = Text {
        ko: "클라우드",
        en: "Provider",
        ja: "クラウド",
        zh: "云平台",
    };

    LABEL_CODE: Text = Text {
        ko: "오류 코드",
        en: "Error code",
        ja: "エラーコード",
        zh: "错误码",
    };

    LABEL_REQUEST_LINE: Text = Text {
        ko: "요청 줄",
        en: "Request line",
        ja: "リクエスト行",
        zh: "请求行",
    };

    /// The response's `Date` header.
    LABEL_DATE: Text = Text {
        ko: "응답 시각",
        en: "Response date",
        ja: "応答日時",
        zh: "响应时间",
    };

    LABEL_VERSION: Text = Text {
        ko: "ecode 버전",
        en: "ecode version",
        ja: "ecodeバージョン",
        zh: "ecode 版本",
    };

    LABEL_SOURCE_DOC: Text = Text {
        ko: "카탈로그 출처",
        en: "Catalog source",
        ja: "カタログの出典",
        zh: "错误码表来源",
    };

    /// When ecode's copy of a document was read: `{value}` is `2026-11`.
    REPORT_AS_OF: Text = Text {
        ko: "{value} 기준",
        en: "as of {value}",
        ja: "{value}時点",
        zh: "截至 {value}",
    };

    /// A user catalog cited by its file name.
    REPORT_USER_CATALOG: Text = Text {
        ko: "사용자 카탈로그({file})",
        en: "user catalog {file}",
        ja: "ユーザーカタログ（{file}）",
        zh: "用户错误码表（{file}）",
    };
}
