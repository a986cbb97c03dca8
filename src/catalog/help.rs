//! The words of the command line itself: `--help` of every command, its
//! headings and examples, the exit-status table and the man page's
//! descriptions, in four languages. `help` (the module above `cli`) puts
//! them into clap's builder when help is shown; nothing here knows clap.

use crate::lang::Text;

texts! {
    // ---------------------------------------------------------------------------
    // What ecode is
    // ---------------------------------------------------------------------------

    ABOUT: Text = Text {
        ko: "NHN Cloud와 Tencent Cloud의 API 오류 코드와 오류 응답을 해석합니다",
        en: "Decode NHN Cloud and Tencent Cloud API error codes and responses",
        ja: "NHN CloudとTencent CloudのAPIエラーコードとエラーレスポンスを解読します",
        zh: "解析 NHN Cloud 和腾讯云的 API 错误码与错误响应",
    };

    LONG_ABOUT: Text = Text {
        ko: "NHN Cloud와 Tencent Cloud의 API 오류 코드와 오류 응답을 해석합니다. 클라우드, API 그룹, HTTP 상태, 코드의 의미와 조치 방법을 한국어, 영어, 일본어 또는 중국어로 알려 주며, 스크립트는 종료 상태로 결과를 판단할 수 있습니다.",
        en: "Decode NHN Cloud and Tencent Cloud API error codes and responses: the provider, the API family, the HTTP status, what the code means and what to do next, in Korean, English, Japanese or Chinese. The exit status tells a script the verdict.",
        ja: "NHN CloudとTencent CloudのAPIエラーコードとエラーレスポンスを解読し、クラウド、APIグループ、HTTPステータス、コードの意味と対処方法を日本語、韓国語、英語、中国語で示します。スクリプトは終了ステータスで結果を判断できます。",
        zh: "解析 NHN Cloud 和腾讯云的 API 错误码与错误响应，用中文、韩文、英文或日文说明所属云平台、API 分组、HTTP 状态码、错误码的含义及处理建议。脚本可通过退出状态判断结果。",
    };

    // ---------------------------------------------------------------------------
    // Headings of the help
    // ---------------------------------------------------------------------------

    HEADING_USAGE: Text = Text {
        ko: "사용법",
        en: "Usage",
        ja: "使い方",
        zh: "用法",
    };

    HEADING_COMMANDS: Text = Text {
        ko: "명령",
        en: "Commands",
        ja: "コマンド",
        zh: "命令",
    };

    HEADING_ARGUMENTS: Text = Text {
        ko: "인수",
        en: "Arguments",
        ja: "引数",
        zh: "参数",
    };

    HEADING_OPTIONS: Text = Text {
        ko: "옵션",
        en: "Options",
        ja: "オプション",
        zh: "选项",
    };

    HEADING_EXAMPLES: Text = Text {
        ko: "예시",
        en: "Examples",
        ja: "例",
        zh: "示例",
    };

    HEADING_EXIT_STATUS: Text = Text {
        ko: "종료 상태",
        en: "Exit status",
        ja: "終了ステータス",
        zh: "退出状态",
    };

    /// The last line of a usage error. `{value}`: `ecode explain --help`.
    TRY_HELP: Text = Text {
        ko: "자세한 내용은 {value}로 확인하세요.",
        en: "For more information, run {value}.",
        ja: "詳しくは{value}を実行してください。",
        zh: "运行 {value} 查看详细信息。",
    };

    // ---------------------------------------------------------------------------
    // The three examples `ecode --help` leads with
    // ---------------------------------------------------------------------------

    EXAMPLE_EXPLAIN: Text = Text {
        ko: "NHN Cloud 코드와 Tencent Cloud 코드를 설명합니다",
        en: "Explain an NHN Cloud code and a Tencent Cloud code",
        ja: "NHN CloudのコードとTencent Cloudのコードを説明します",
        zh: "解释一个 NHN Cloud 错误码和一个腾讯云错误码",
    };

    EXAMPLE_PARSE: Text = Text {
        ko: "실패한 호출의 응답을 상태 줄과 함께 해석합니다",
        en: "Decode the response of a failed call, status line and all",
        ja: "失敗した呼び出しのレスポンスをステータス行ごと解読します",
        zh: "解析失败调用的响应（含状态行）",
    };

    /// The search example's command line: a word in the reader's language.
    EXAMPLE_SEARCH_COMMAND: Text = Text {
        ko: "ecode search 서명",
        en: "ecode search signature",
        ja: "ecode search 署名",
        zh: "ecode search 签名",
    };

    EXAMPLE_SEARCH: Text = Text {
        ko: "서명에 관한 코드를 네 언어의 설명 모두에서 찾습니다",
        en: "Find the codes about signatures, in the texts of all four languages",
        ja: "署名に関するコードを、4言語すべての説明文から探します",
        zh: "在四种语言的说明中查找与签名相关的错误码",
    };

    // ---------------------------------------------------------------------------
    // The examples each command's `--help` leads with (and the man page's)
    // ---------------------------------------------------------------------------

    EX_EXPLAIN_TWO: Text = Text {
        ko: "NHN Cloud 코드 두 개를 설명합니다",
        en: "Explain two NHN Cloud codes",
        ja: "NHN Cloudのコードを2つ説明します",
        zh: "解释两个 NHN Cloud 错误码",
    };

    EX_EXPLAIN_JSON: Text = Text {
        ko: "Tencent Cloud 코드의 설명을 JSON으로 출력합니다",
        en: "Explain a Tencent Cloud code as JSON",
        ja: "Tencent CloudのコードをJSONで説明します",
        zh: "以 JSON 格式解释一个腾讯云错误码",
    };

    EX_EXPLAIN_STDIN: Text = Text {
        ko: "표준 입력에서 코드를 읽습니다(한 줄에 하나 이상)",
        en: "Read the codes from stdin, one or more per line",
        ja: "標準入力からコードを読み込みます（1行に1つ以上）",
        zh: "从标准输入读取错误码（每行一个或多个）",
    };

    EX_PARSE_SUMMARY: Text = Text {
        ko: "로그에 있는 오류를 모두 해석하고 코드별 건수를 덧붙입니다",
        en: "Decode every error in a log, then count them per code",
        ja: "ログ内のエラーをすべて解読し、コード別の件数を付けます",
        zh: "解析日志中的所有错误，并按错误码统计数量",
    };

    EX_PARSE_FOLLOW: Text = Text {
        ko: "늘어나는 로그를 따라가며 결과마다 JSON 한 줄을 출력합니다",
        en: "Follow a growing log, one JSON line per result",
        ja: "追記されていくログを追い、結果ごとにJSONを1行出力します",
        zh: "跟踪不断增长的日志，每个结果输出一行 JSON",
    };

    EX_LIST_FAMILY: Text = Text {
        ko: "볼륨 API의 코드를 나열합니다",
        en: "List the Volume API's codes",
        ja: "ボリュームAPIのコードを一覧表示します",
        zh: "列出卷 API 的错误码",
    };

    EX_LIST_GREP: Text = Text {
        ko: "파이프로 보내면 한 줄에 코드 하나이므로 grep으로 찾을 수 있습니다",
        en: "Piped, it is one code a line: find codes with grep",
        ja: "パイプでは1行に1コードなので、grepで検索できます",
        zh: "通过管道输出时每行一个错误码，可用 grep 查找",
    };

    EX_LIST_JSON: Text = Text {
        ko: "Tencent Cloud의 코드를 JSON Lines로 출력합니다",
        en: "Tencent Cloud's codes as JSON Lines",
        ja: "Tencent CloudのコードをJSON Linesで出力します",
        zh: "以 JSON Lines 格式输出腾讯云的错误码",
    };

    /// A search of two words, in the reader's language.
    EX_SEARCH_WORDS_COMMAND: Text = Text {
        ko: "ecode search 볼륨 409",
        en: "ecode search volume 409",
        ja: "ecode search ボリューム 409",
        zh: "ecode search 卷 409",
    };

    EX_SEARCH_WORDS: Text = Text {
        ko: "모든 단어가 들어 있는 코드만 찾습니다(이 예에서는 40409)",
        en: "Only the codes that hold every word (here, 40409)",
        ja: "すべての語を含むコードだけを探します（この例では40409）",
        zh: "只查找包含全部词的错误码（此例为 40409）",
    };

    /// A search among one provider's codes, in the reader's language.
    EX_SEARCH_PROVIDER_COMMAND: Text = Text {
        ko: "ecode --provider tencent search 제한",
        en: "ecode --provider tencent search limit",
        ja: "ecode --provider tencent search 制限",
        zh: "ecode --provider tencent search 限制",
    };

    EX_SEARCH_PROVIDER: Text = Text {
        ko: "Tencent Cloud의 코드에서만 찾습니다",
        en: "Search Tencent Cloud's codes only",
        ja: "Tencent Cloudのコードだけを検索します",
        zh: "仅在腾讯云的错误码中查找",
    };

    // ---------------------------------------------------------------------------
    // Global options
    // ---------------------------------------------------------------------------

    OPT_LANG: Text = Text {
        ko: "출력, 도움말, 오류 메시지의 언어입니다: ko, en, ja, zh(KO, ko_KR.UTF-8 형식도 가능) [기본값: $ECODE_LANG, 없으면 로캘(LC_ALL, LC_MESSAGES, LANG), 그것도 없으면 en]",
        en: "Language of output, help and errors: ko, en, ja, zh (KO and ko_KR.UTF-8 too) [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]",
        ja: "出力、ヘルプ、エラーメッセージの言語：ko、en、ja、zh（KOやko_KR.UTF-8の形式も可）。既定値は$ECODE_LANG、なければロケール（LC_ALL、LC_MESSAGES、LANG）、それもなければen",
        zh: "输出、帮助和错误信息的语言：ko、en、ja、zh（也可写作 KO、ko_KR.UTF-8）。默认为 $ECODE_LANG，其次为区域设置（LC_ALL、LC_MESSAGES、LANG），否则为 en",
    };

    OPT_COLOR: Text = Text {
        ko: "색을 사용할 때를 정합니다: auto, always, never [기본값: auto — 터미널에서만 사용하되 NO_COLOR가 설정되었거나 CLICOLOR=0이면 사용하지 않고, CLICOLOR_FORCE가 설정되면 항상 사용]",
        en: "When to color: auto, always, never [default: auto: on a terminal, unless NO_COLOR is set or CLICOLOR=0; CLICOLOR_FORCE forces it]",
        ja: "色を使う条件：auto、always、never。既定値はautoで、端末でのみ使用し、NO_COLORが設定されているかCLICOLOR=0の場合は使用しません（CLICOLOR_FORCEで常に使用）",
        zh: "何时使用颜色：auto、always、never。默认为 auto：仅在终端中使用，设置了 NO_COLOR 或 CLICOLOR=0 时不使用（CLICOLOR_FORCE 强制使用）",
    };

    OPT_FORMAT: Text = Text {
        ko: "출력 형식입니다: text 또는 json(결과 하나를 한 줄의 JSON 객체로 출력하는 JSON Lines) [기본값: text]",
        en: "Output format: text or json (one object per result, one per line: JSON Lines) [default: text]",
        ja: "出力形式：textまたはjson（結果ごとに1行1オブジェクトのJSON Lines）。既定値はtext",
        zh: "输出格式：text 或 json（每个结果输出为一行 JSON 对象，即 JSON Lines）。默认为 text",
    };

    OPT_JSON: Text = Text {
        ko: "--format json과 같습니다",
        en: "Short for --format json",
        ja: "--format jsonの省略形です",
        zh: "--format json 的简写",
    };

    OPT_QUIET: Text = Text {
        ko: "결과를 출력하지 않고 종료 상태로만 알립니다(사용법 오류는 출력합니다)",
        en: "Print no results; only the exit status speaks (usage errors are still printed)",
        ja: "結果を出力せず、終了ステータスだけで知らせます（使い方の誤りは表示します）",
        zh: "不输出结果，仅通过退出状态告知（用法错误仍会显示）",
    };

    OPT_PROVIDER: Text = Text {
        ko: "코드를 이 클라우드의 코드로만 해석합니다: nhn 또는 tencent",
        en: "Treat codes as this provider's only: nhn or tencent",
        ja: "コードをこのクラウドのものとしてのみ解釈します：nhnまたはtencent",
        zh: "仅按此云平台解析错误码：nhn 或 tencent",
    };

    OPT_REPORT: Text = Text {
        ko: "(parse, explain) 실패마다 뒤에 지원 티켓에 붙여 넣을 정보를 덧붙입니다(비밀 정보는 가림)",
        en: "(parse, explain) After each failure, a block to paste into a support ticket; secrets masked",
        ja: "（parse、explain）失敗ごとに、サポートチケットに貼り付けられる情報を続けて出力します（秘密情報は伏せ字）",
        zh: "（parse、explain）在每个失败结果后附上可粘贴到工单中的信息（敏感信息已遮盖）",
    };

    OPT_CATALOG: Text = Text {
        ko: "사용자 카탈로그도 읽습니다(TOML, 여러 번 지정할 수 있으며 나중에 지정한 파일이 우선)",
        en: "Read a user catalog too (TOML; repeatable, later wins)",
        ja: "ユーザーカタログも読み込みます（TOML。複数指定でき、後に指定したものが優先）",
        zh: "同时读取用户错误码表（TOML；可多次指定，后指定者优先）",
    };

    OPT_HELP: Text = Text {
        ko: "도움말을 표시합니다",
        en: "Print help",
        ja: "ヘルプを表示します",
        zh: "显示帮助",
    };

    /// `-h` and `--help` of a command whose `--help` says more.
    OPT_HELP_MORE: Text = Text {
        ko: "도움말을 표시합니다(-h는 요약, --help는 전체)",
        en: "Print help (-h: a summary, --help: all of it)",
        ja: "ヘルプを表示します（-hは概要、--helpは全体）",
        zh: "显示帮助（-h 显示摘要，--help 显示全部）",
    };

    OPT_VERSION: Text = Text {
        ko: "버전을 표시합니다",
        en: "Print version",
        ja: "バージョンを表示します",
        zh: "显示版本",
    };

    // ---------------------------------------------------------------------------
    // Commands and their arguments
    // ---------------------------------------------------------------------------

    CMD_EXPLAIN: Text = Text {
        ko: "오류 코드를 하나 이상 설명합니다: 40409, -4, AuthFailure.SignatureExpire",
        en: "Explain one or more bare codes: 40409, -4, AuthFailure.SignatureExpire",
        ja: "エラーコードを1つ以上説明します：40409、-4、AuthFailure.SignatureExpire",
        zh: "解释一个或多个错误码：40409、-4、AuthFailure.SignatureExpire",
    };

    CMD_EXPLAIN_LONG: Text = Text {
        ko: "오류 코드를 하나 이상 설명합니다: 클라우드, API 그룹, HTTP 상태, 코드의 의미와 조치 방법. 음수 코드도 `--` 없이 쓸 수 있습니다(ecode explain -4). 코드를 지정하지 않고 표준 입력이 파이프나 파일이면 거기에서 코드를 읽습니다(한 줄에 하나 이상, echo 40409 | ecode explain).",
        en: "Explain one or more bare codes: the provider, the API family, the HTTP status, what the code means and what to do next. Negative codes need no `--` (ecode explain -4). With no code and a pipe or a file on stdin, the codes are read from it, one or more per line (echo 40409 | ecode explain).",
        ja: "エラーコードを1つ以上説明します：クラウド、APIグループ、HTTPステータス、コードの意味と対処方法。負のコードも`--`なしで指定できます（ecode explain -4）。コードを指定せず、標準入力がパイプかファイルの場合は、そこからコードを読み込みます（1行に1つ以上。echo 40409 | ecode explain）。",
        zh: "解释一个或多个错误码：所属云平台、API 分组、HTTP 状态码、错误码的含义及处理建议。负数错误码无需 `--`（ecode explain -4）。未指定错误码且标准输入为管道或文件时，从中读取错误码，每行一个或多个（echo 40409 | ecode explain）。",
    };

    ARG_CODES: Text = Text {
        ko: "설명할 코드입니다. 지정하지 않으면 표준 입력에서 읽습니다",
        en: "Codes to explain; none: read them from stdin",
        ja: "説明するコード。省略すると標準入力から読み込みます",
        zh: "要解释的错误码；省略时从标准输入读取",
    };

    CMD_PARSE: Text = Text {
        ko: "응답 본문, curl 출력, 로그, SDK 예외 줄을 해석합니다",
        en: "Decode response bodies, curl transcripts, logs and SDK exception lines",
        ja: "レスポンスボディ、curlの出力、ログ、SDKの例外行を解読します",
        zh: "解析响应体、curl 输出、日志和 SDK 异常行",
    };

    CMD_PARSE_LONG: Text = Text {
        ko: "실패한 호출이 남긴 것을 해석합니다: NHN Cloud와 Tencent Cloud의 응답 본문(JSON Lines, 연달아 이어진 값, 들여쓰기된 본문, 접두어 뒤에 본문이 있는 로그 줄), `curl -i`와 `curl -v`의 출력, Tencent Cloud SDK의 예외 줄. 각 FILE을 차례로 읽으며, FILE이 없거나 `-`이면 표준 입력을 읽습니다. 결과마다 찾은 위치(FILE:LINE)를 표시합니다.",
        en: "Decode what a failed call left behind: NHN Cloud and Tencent Cloud response bodies (JSON Lines, values back to back, pretty-printed bodies, log lines with a body after a prefix), `curl -i` and `curl -v` transcripts, and Tencent Cloud SDK exception lines. Reads each FILE in order, or stdin when none is given or FILE is `-`. Each result names where it was found (FILE:LINE).",
        ja: "失敗した呼び出しが残したものを解読します：NHN CloudとTencent Cloudのレスポンスボディ（JSON Lines、連続した値、整形されたボディ、プレフィックスの後にボディがあるログ行）、`curl -i`と`curl -v`の出力、Tencent Cloud SDKの例外行。各FILEを順に読み込み、FILEがないか`-`の場合は標準入力を読み込みます。結果ごとに見つかった位置（FILE:LINE）を示します。",
        zh: "解析失败调用留下的内容：NHN Cloud 和腾讯云的响应体（JSON Lines、连续的多个值、格式化的响应体、前缀之后带响应体的日志行）、`curl -i` 和 `curl -v` 的输出，以及腾讯云 SDK 的异常行。依次读取各个 FILE；未指定 FILE 或 FILE 为 `-` 时读取标准输入。每个结果都会注明其所在位置（FILE:LINE）。",
    };

    ARG_PARSE_FILES: Text = Text {
        ko: "차례로 읽을 파일입니다. `-`이거나 지정하지 않으면 표준 입력을 읽습니다",
        en: "Files to read in order; `-` or none: stdin",
        ja: "順に読み込むファイル。`-`または省略時は標準入力",
        zh: "依次读取的文件；为 `-` 或省略时读取标准输入",
    };

    OPT_SUMMARY: Text = Text {
        ko: "결과 뒤에 코드별, 분류별 건수를 표시합니다",
        en: "After the results, count them per code and per category",
        ja: "結果の後に、コード別・分類別の件数を表示します",
        zh: "在结果之后按错误码和类别统计数量",
    };

    /// `{value}`: the default size.
    OPT_MAX_BODY: Text = Text {
        ko: "이보다 큰 본문(또는 줄)은 처리하지 않습니다: 64MiB, 512KiB, 1048576 [기본값: {value}]",
        en: "Refuse any single body (or line) larger than this: 64MiB, 512KiB, 1048576 [default: {value}]",
        ja: "これより大きいボディ（または行）は処理しません：64MiB、512KiB、1048576。既定値は{value}",
        zh: "拒绝处理大于此值的单个响应体（或行）：64MiB、512KiB、1048576。默认为 {value}",
    };

    CMD_LIST: Text = Text {
        ko: "모든 코드를 보여 줍니다: 코드, 클라우드, 그룹, HTTP 상태, 분류, 의미",
        en: "List every code: code, provider, family, HTTP status, category, meaning",
        ja: "すべてのコードを一覧表示します：コード、クラウド、グループ、HTTPステータス、分類、意味",
        zh: "列出全部错误码：错误码、云平台、分组、HTTP 状态码、类别、含义",
    };

    CMD_LIST_LONG: Text = Text {
        ko: "카탈로그의 모든 코드를 선택한 언어로 보여 줍니다: 코드, 클라우드, 그룹, HTTP 상태, 분류, 의미. 터미널에서는 너비에 맞춘 표로, 파이프로 보내면 탭으로 구분한 레코드를 한 줄에 하나씩 자르지 않고 출력합니다. --provider와 --family로 범위를 좁힐 수 있습니다.",
        en: "List every code of the catalog: code, provider, family, HTTP status, category and meaning, in the chosen language. On a terminal: a table fitted to its width; piped: one tab-separated record a line, nothing cut. --provider and --family narrow the list.",
        ja: "カタログのすべてのコードを、選択した言語で一覧表示します：コード、クラウド、グループ、HTTPステータス、分類、意味。端末では幅に合わせた表、パイプではタブ区切りのレコードを1行に1件、省略せずに出力します。--providerと--familyで絞り込めます。",
        zh: "以所选语言列出错误码表中的全部错误码：错误码、云平台、分组、HTTP 状态码、类别、含义。在终端中显示为适应其宽度的表格；通过管道输出时，每行一条以制表符分隔的完整记录。可用 --provider 和 --family 缩小范围。",
    };

    OPT_FAMILY: Text = Text {
        ko: "이 그룹의 코드만 보여 줍니다: NHN Cloud의 그룹 이름(volume, common 또는 앞 두 자리 40)이나 Tencent Cloud 코드의 첫 부분(AuthFailure), 대소문자 구분 없음",
        en: "Only this family: an NHN slug (volume, common, or its prefix 40) or a Tencent code's first part (AuthFailure); any case",
        ja: "このグループのコードだけを表示します：NHN Cloudのグループ名（volume、common、または先頭2桁の40）かTencent Cloudのコードの先頭部分（AuthFailure）。大文字と小文字は区別しません",
        zh: "仅显示此分组的错误码：NHN Cloud 的分组名（volume、common 或前两位 40）或腾讯云错误码的第一段（AuthFailure），不区分大小写",
    };

    CMD_SEARCH: Text = Text {
        ko: "코드, 그룹, 설명(네 언어 중 어느 것이든)에 모든 단어가 들어 있는 코드를 찾습니다",
        en: "Find codes whose code, family or text, in any of the four languages, holds every word",
        ja: "コード、グループ、説明文（4言語のいずれか）にすべての語を含むコードを探します",
        zh: "查找错误码、分组或说明（四种语言均可）中包含所有词的错误码",
    };

    CMD_SEARCH_LONG: Text = Text {
        ko: "코드, 그룹, HTTP 상태, 설명(의미와 조치 방법, 한국어·영어·일본어·중국어)에 지정한 단어가 모두 들어 있는 코드를 대소문자 구분 없이 찾습니다. `ecode search 서명`과 `ecode search signature`는 같은 코드를 찾습니다. 결과는 `ecode list`와 같은 형식으로 보여 주며, 찾지 못하면 종료 상태 6으로 끝납니다.",
        en: "Find the codes whose code, family, HTTP status or text (meaning and advice, in Korean, English, Japanese or Chinese) holds every word given, ignoring case: `ecode search signature` finds the same codes as the word in Korean, Japanese or Chinese. Shown as `ecode list` shows them; exit status 6 when nothing matches.",
        ja: "コード、グループ、HTTPステータス、説明文（意味と対処方法。韓国語・英語・日本語・中国語）に指定した語をすべて含むコードを、大文字と小文字を区別せずに探します。`ecode search 署名`と`ecode search signature`は同じコードを見つけます。結果は`ecode list`と同じ形式で表示し、見つからない場合は終了ステータス6で終了します。",
        zh: "查找错误码、分组、HTTP 状态码或说明（含义和处理建议，中、英、日、韩文均可）中包含全部指定词的错误码，不区分大小写。`ecode search 签名` 与 `ecode search signature` 查到的错误码相同。结果以 `ecode list` 的格式显示；未找到时以退出状态 6 结束。",
    };

    ARG_SEARCH_TEXT: Text = Text {
        ko: "찾을 단어입니다(네 언어 모두 가능). 모든 단어가 들어 있어야 합니다",
        en: "Words to find, in any of the four languages; every word must occur",
        ja: "探す語（4言語のいずれでも可）。すべての語を含むコードが対象です",
        zh: "要查找的词（四种语言均可）；须包含全部词",
    };

    CMD_COMPLETIONS: Text = Text {
        ko: "셸 자동 완성 스크립트를 출력합니다: bash, zsh, fish, powershell, elvish",
        en: "Print the completion script for a shell: bash, zsh, fish, powershell, elvish",
        ja: "シェルの補完スクリプトを出力します：bash、zsh、fish、powershell、elvish",
        zh: "输出 shell 补全脚本：bash、zsh、fish、powershell、elvish",
    };

    ARG_SHELL: Text = Text {
        ko: "자동 완성을 사용할 셸",
        en: "The shell to complete for",
        ja: "補完を使うシェル",
        zh: "要补全的 shell",
    };

    CMD_MAN: Text = Text {
        ko: "man 페이지(roff)를 출력합니다: ecode man > ecode.1",
        en: "Print the man page (roff): ecode man > ecode.1",
        ja: "manページ（roff）を出力します：ecode man > ecode.1",
        zh: "输出 man 手册页（roff）：ecode man > ecode.1",
    };

    CMD_CATALOG: Text = Text {
        ko: "사용자 카탈로그 파일을 검사하거나, 카탈로그를 읽는 위치를 보여 줍니다",
        en: "Check user catalog files, or show where catalogs are read from",
        ja: "ユーザーカタログのファイルを検査するか、カタログの読み込み先を表示します",
        zh: "检查用户错误码表文件，或显示读取错误码表的位置",
    };

    CMD_CATALOG_CHECK: Text = Text {
        ko: "사용자 카탈로그 파일만 검사합니다: 올바른지, 아니면 어디가 왜 잘못되었는지(파일, 행, 열)",
        en: "Check user catalog files alone: each is valid, or why not (file, line, column)",
        ja: "ユーザーカタログのファイルだけを検査します：正しいか、正しくなければその理由（ファイル、行、列）",
        zh: "单独检查用户错误码表文件：是否有效，无效时说明原因（文件、行、列）",
    };

    ARG_CHECK_FILES: Text = Text {
        ko: "검사할 TOML 파일",
        en: "The TOML files to check",
        ja: "検査するTOMLファイル",
        zh: "要检查的 TOML 文件",
    };

    CMD_CATALOG_PATH: Text = Text {
        ko: "사용자 카탈로그를 읽는 위치와 찾은 파일을 보여 줍니다",
        en: "Show where user catalogs are read from, and which files were found",
        ja: "ユーザーカタログの読み込み先と、見つかったファイルを表示します",
        zh: "显示读取用户错误码表的位置及找到的文件",
    };

    /// clap's `help` command.
    CMD_HELP: Text = Text {
        ko: "이 도움말 또는 지정한 명령의 도움말을 표시합니다",
        en: "Print this message or the help of the given command",
        ja: "このヘルプ、または指定したコマンドのヘルプを表示します",
        zh: "显示本帮助或指定命令的帮助",
    };

    ARG_HELP_COMMAND: Text = Text {
        ko: "도움말을 볼 명령",
        en: "The command whose help to print",
        ja: "ヘルプを表示するコマンド",
        zh: "要显示帮助的命令",
    };

    // ---------------------------------------------------------------------------
    // The exit-status table (`--help`, the man page)
    // ---------------------------------------------------------------------------

    EXIT_OK: Text = Text {
        ko: "응답이 성공을 알리거나 코드가 성공을 뜻합니다",
        en: "the response reports success, or the code means success",
        ja: "レスポンスが成功を示すか、コードが成功を意味します",
        zh: "响应表示成功，或错误码表示成功",
    };

    EXIT_FIX: Text = Text {
        ko: "API가 요청을 거부했습니다. 요청을 수정해야 합니다",
        en: "the API refused the request; the caller must change it",
        ja: "APIがリクエストを拒否しました。リクエストを修正する必要があります",
        zh: "API 拒绝了请求，调用方须修改请求",
    };

    EXIT_USAGE: Text = Text {
        ko: "명령줄 자체가 잘못되었습니다",
        en: "the command line itself is wrong",
        ja: "コマンドラインそのものが誤っています",
        zh: "命令行本身有误",
    };

    EXIT_PERMISSION: Text = Text {
        ko: "인증 또는 권한 확인에 실패했습니다",
        en: "authentication or authorization failed",
        ja: "認証または認可に失敗しました",
        zh: "身份验证或授权失败",
    };

    EXIT_RETRY: Text = Text {
        ko: "일시적인 오류입니다. 같은 요청이 나중에 성공할 수 있습니다",
        en: "transient: the same request may succeed later",
        ja: "一時的なエラーです。同じリクエストが後で成功する可能性があります",
        zh: "暂时性错误，相同的请求稍后可能成功",
    };

    EXIT_CONTACT_ADMIN: Text = Text {
        ko: "클라우드 측 장애로, 운영자만 해결할 수 있습니다",
        en: "the provider failed in a way only its operators can fix",
        ja: "クラウド側の障害で、運用者にしか解決できません",
        zh: "云平台侧故障，只有其运维人员能够解决",
    };

    EXIT_UNDECODABLE: Text = Text {
        ko: "입력이 알려진 코드나 응답 본문이 아닙니다",
        en: "the input is not a known code or response body",
        ja: "入力が既知のコードでもレスポンスボディでもありません",
        zh: "输入不是已知的错误码或响应体",
    };

    EXIT_IO: Text = Text {
        ko: "파일이 없거나 읽을 수 없거나, 읽기 또는 쓰기에 실패했습니다",
        en: "a file is missing or unreadable, or reading or writing failed",
        ja: "ファイルが存在しないか読み込めない、または読み書きに失敗しました",
        zh: "文件不存在或无法读取，或读写失败",
    };

    EXIT_PRECEDENCE: Text = Text {
        ko: "결과가 여러 개이면 7, 6, 5, 3, 1, 4, 0 중 먼저 나오는 상태로 끝납니다.",
        en: "With several results: the first of 7, 6, 5, 3, 1, 4, 0 that occurs.",
        ja: "結果が複数ある場合は、7、6、5、3、1、4、0の順で最初に該当するステータスになります。",
        zh: "有多个结果时，按 7、6、5、3、1、4、0 的顺序取最先出现的状态。",
    };

    EXIT_CONTRACT: Text = Text {
        ko: "스크립트를 위한 안정된 약속입니다. --quiet는 출력 외에는 아무것도 바꾸지 않습니다.",
        en: "A stable contract for scripts; --quiet changes nothing but the output.",
        ja: "スクリプト向けの安定した取り決めです。--quietは出力以外を変えません。",
        zh: "这是面向脚本的稳定约定；--quiet 只影响输出。",
    };

    EXIT_NOTE: Text = Text {
        ko: "ecode 자신을 설명하는 명령(list, search, completions, man)은 0으로 끝나지만, 알 수 없는 --family나 빈 검색어는 2로, 일치하는 코드가 없는 search는 6으로 끝납니다. --catalog나 ECODE_CATALOG로 지정한 사용자 카탈로그가 잘못되었으면 2(catalog check도 같음), 파일이 없으면 7로 끝납니다.",
        en: "The commands that describe ecode itself (list, search, completions, man) exit 0, but 2 for an unknown --family or an empty search, and search exits 6 when nothing matches. A bad user catalog named by --catalog or ECODE_CATALOG exits 2 (catalog check too), a missing one 7.",
        ja: "ecode自身を説明するコマンド（list、search、completions、man）は0で終了しますが、不明な--familyや空の検索語では2、一致するコードがないsearchは6で終了します。--catalogやECODE_CATALOGで指定したユーザーカタログが不正な場合は2（catalog checkも同様）、存在しない場合は7で終了します。",
        zh: "描述 ecode 自身的命令（list、search、completions、man）以 0 结束，但 --family 未知或搜索词为空时以 2 结束，search 未找到匹配项时以 6 结束。通过 --catalog 或 ECODE_CATALOG 指定的用户错误码表有误时以 2 结束（catalog check 亦同），文件不存在时以 7 结束。",
    };

    // ---------------------------------------------------------------------------
    // The man page: environment and examples
    // ---------------------------------------------------------------------------

    ENV_ECODE_LANG: Text = Text {
        ko: "--lang을 지정하지 않았을 때의 언어입니다(ko, en, ja, zh. KO, ko_KR.UTF-8 형식도 가능). 읽을 수 없는 값은 사용법 오류입니다.",
        en: "The language (ko, en, ja or zh; KO and ko_KR.UTF-8 too) when --lang is not given. A value ecode cannot read is a usage error.",
        ja: "--langを指定しない場合の言語です（ko、en、ja、zh。KOやko_KR.UTF-8の形式も可）。解釈できない値は使い方の誤りになります。",
        zh: "未指定 --lang 时使用的语言（ko、en、ja、zh，也可写作 KO、ko_KR.UTF-8）。无法识别的值属于用法错误。",
    };

    ENV_LOCALE: Text = Text {
        ko: "--lang과 ECODE_LANG이 없으면 이 중 처음으로 설정된(비어 있지 않은) 변수가 언어를 정합니다. ko_KR.UTF-8은 한국어, ja_JP.UTF-8은 일본어, zh_CN.UTF-8은 중국어이며, C, POSIX와 그 밖의 언어는 영어입니다.",
        en: "Without --lang and ECODE_LANG, the first of these that is set and not empty chooses the language: ko_KR.UTF-8 is Korean, ja_JP.UTF-8 Japanese, zh_CN.UTF-8 Chinese; C, POSIX and any other language mean English.",
        ja: "--langとECODE_LANGがない場合は、これらのうち最初に設定されている（空でない）変数が言語を決めます。ko_KR.UTF-8は韓国語、ja_JP.UTF-8は日本語、zh_CN.UTF-8は中国語で、C、POSIX、その他の言語は英語になります。",
        zh: "未指定 --lang 和 ECODE_LANG 时，由其中第一个已设置（且非空）的变量决定语言：ko_KR.UTF-8 为韩文，ja_JP.UTF-8 为日文，zh_CN.UTF-8 为中文；C、POSIX 及其他语言均为英文。",
    };

    ENV_NO_COLOR: Text = Text {
        ko: "비어 있지 않은 값으로 설정하면 --color auto에서 색을 사용하지 않습니다.",
        en: "When set and not empty, --color auto never colors.",
        ja: "空でない値が設定されていると、--color autoでは色を使いません。",
        zh: "设置为非空值时，--color auto 不使用颜色。",
    };

    ENV_CLICOLOR: Text = Text {
        ko: "CLICOLOR=0은 NO_COLOR처럼 색을 끄고, CLICOLOR_FORCE(비어 있지 않고 0이 아닌 값)는 파이프로 보낼 때도 색을 씁니다(NO_COLOR가 우선).",
        en: "CLICOLOR=0 turns color off like NO_COLOR; CLICOLOR_FORCE (not empty, not 0) colors even through a pipe (NO_COLOR wins).",
        ja: "CLICOLOR=0はNO_COLORと同じく色を無効にし、CLICOLOR_FORCE（空でも0でもない値）はパイプへの出力でも色を使います（NO_COLORが優先）。",
        zh: "CLICOLOR=0 与 NO_COLOR 一样关闭颜色；CLICOLOR_FORCE（非空且非 0）即使通过管道输出也使用颜色（NO_COLOR 优先）。",
    };

    ENV_TERM: Text = Text {
        ko: "TERM=dumb이면 --color auto에서 색을 사용하지 않습니다.",
        en: "With TERM=dumb, --color auto does not color.",
        ja: "TERM=dumbの場合、--color autoでは色を使いません。",
        zh: "TERM=dumb 时，--color auto 不使用颜色。",
    };

    ENV_ECODE_CATALOG: Text = Text {
        ko: "읽을 사용자 카탈로그 파일(TOML)을 ':'로 구분해 지정합니다. catalog.d의 파일 다음, --catalog의 파일 전에 읽으며 나중에 읽은 것이 우선합니다.",
        en: "User catalog files to read (TOML), separated by ':'; read after those of catalog.d and before those of --catalog, later winning.",
        ja: "読み込むユーザーカタログ（TOML）を':'で区切って指定します。catalog.dのファイルの後、--catalogのファイルの前に読み込み、後のものが優先されます。",
        zh: "要读取的用户错误码表文件（TOML），以 ':' 分隔；在 catalog.d 中的文件之后、--catalog 指定的文件之前读取，后读取者优先。",
    };

    ENV_XDG_CONFIG: Text = Text {
        ko: "$XDG_CONFIG_HOME/ecode/catalog.d(없으면 ~/.config/ecode/catalog.d)의 모든 *.toml을 이름 순서로 사용자 카탈로그로 읽습니다. 잘못된 파일은 경고를 표시하고 건너뜁니다.",
        en: "User catalogs are read from every *.toml of $XDG_CONFIG_HOME/ecode/catalog.d (else ~/.config/ecode/catalog.d), in name order; a bad one there is skipped with a warning.",
        ja: "$XDG_CONFIG_HOME/ecode/catalog.d（なければ~/.config/ecode/catalog.d）のすべての*.tomlを名前順にユーザーカタログとして読み込みます。不正なファイルは警告を出してスキップします。",
        zh: "按文件名顺序读取 $XDG_CONFIG_HOME/ecode/catalog.d（未设置时为 ~/.config/ecode/catalog.d）中的所有 *.toml 作为用户错误码表；有误的文件会给出警告并跳过。",
    };

    ENV_XDG_CACHE: Text = Text {
        ko: "64KiB 이상의 카탈로그는 $XDG_CACHE_HOME/ecode(없으면 ~/.cache/ecode)에 캐시합니다. 캐시는 언제 지워도 안전합니다.",
        en: "Catalogs of 64 KiB or more are cached in $XDG_CACHE_HOME/ecode (else ~/.cache/ecode); deleting the cache is always safe.",
        ja: "64KiB以上のカタログは$XDG_CACHE_HOME/ecode（なければ~/.cache/ecode）にキャッシュします。キャッシュはいつ削除しても安全です。",
        zh: "64 KiB 及以上的错误码表会缓存到 $XDG_CACHE_HOME/ecode（未设置时为 ~/.cache/ecode）；随时删除缓存都是安全的。",
    };

    ENV_COLUMNS: Text = Text {
        ko: "터미널에서 list와 search의 표를 맞출 너비입니다. 없으면 터미널의 실제 너비를 씁니다.",
        en: "The width the list and search tables are fitted to on a terminal; without it, the terminal's own width.",
        ja: "端末でlistとsearchの表を合わせる幅です。なければ端末自体の幅を使います。",
        zh: "在终端中 list 和 search 表格适应的宽度；未设置时使用终端本身的宽度。",
    };


    MAN_EXAMPLE_KOREAN: Text = Text {
        ko: "Tencent Cloud 코드를 한국어로 설명합니다",
        en: "Explain a Tencent Cloud code in Korean",
        ja: "Tencent Cloudのコードを韓国語で説明します",
        zh: "用韩文解释一个腾讯云错误码",
    };




    MAN_EXAMPLE_QUIET: Text = Text {
        ko: "스크립트에서 종료 상태만 사용합니다",
        en: "Use only the exit status in a script",
        ja: "スクリプトで終了ステータスだけを使います",
        zh: "在脚本中仅使用退出状态",
    };

    MAN_EXAMPLE_CATALOG: Text = Text {
        ko: "팀 카탈로그에 추가한 코드를 설명합니다. 파일은 ecode catalog check team.toml로 검사합니다",
        en: "Explain a code your team's catalog adds; ecode catalog check team.toml checks the file",
        ja: "チームのカタログで追加したコードを説明します。ファイルはecode catalog check team.tomlで検査できます",
        zh: "解释团队错误码表中添加的错误码；可用 ecode catalog check team.toml 检查该文件",
    };
}
