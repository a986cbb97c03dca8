//! The catalog's tidy checks: every text complete in four languages and in
//! the right script, every entry's advice in step with its category, the
//! code lists well formed. Invariants, not counts: adding an entry needs no
//! change here.

use std::collections::BTreeSet;

use super::*;

/// Every text of the catalog, each with a name that says where it is: the
/// entries' texts from the code tables, the rest as `texts!` declared them.
fn all_texts() -> Vec<(String, &'static Text)> {
    let mut all: Vec<(String, &'static Text)> = Vec::new();
    let lists = [("nhn", nhn::CODES)]
        .into_iter()
        .chain(tencent::LISTS.map(|l| ("tencent", l)));
    for (list, codes) in lists {
        for c in codes {
            all.push((format!("{list}[{}].meaning", c.code), &c.meaning));
            all.push((format!("{list}[{}].advice", c.code), &c.advice));
        }
    }
    for f in nhn::FAMILIES {
        all.push((format!("nhn::FAMILIES[{}].name", f.slug), &f.name));
    }
    for r in http::REASONS.iter().chain(http::OTHER_REASONS) {
        all.push((format!("http[{}].text", r.status), &r.text));
    }
    for (module, declared) in [
        ("nhn", nhn::declared()),
        ("tencent", tencent::declared()),
        ("http", http::declared()),
        ("messages", messages::declared()),
        ("help", help::declared()),
    ] {
        all.extend(
            declared
                .into_iter()
                .map(|(n, t)| (format!("{module}::{n}"), t)),
        );
    }
    all
}

/// Texts whose ko and ja keep a proper noun in Latin letters, as the
/// provider writes it in those languages, while zh translates it.
const LATIN_IN_KO_JA: &[&str] = &["messages::PROVIDER_TENCENT"];

/// Texts whose ja keeps Latin letters, as NHN Cloud's own Japanese table
/// writes the family ("Floating IP API関連"), while ko and zh translate it.
const LATIN_IN_JA: &[&str] = &["nhn::FAMILIES[floating-ip].name"];

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
    assert_eq!(names.len(), all.len(), "two texts share a name");

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
            if LATIN_IN_KO_JA.contains(&name.as_str()) {
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
                let latin_ja = LATIN_IN_JA.contains(&name.as_str()) && t.ja == t.en;
                if !(latin_ja || has(t.ja, is_kana) || has(t.ja, is_cjk)) {
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

/// What an advice of each category must say, in each language (any one of
/// the words), so that a code's advice and its exit status cannot disagree.
fn says_its_category(category: Category, t: &Text) -> Result<(), String> {
    let any = |s: &str, words: &[&str]| {
        let lower = s.to_lowercase();
        words.iter().any(|w| lower.contains(&w.to_lowercase()))
    };
    let starts_with_waiting = |t: &Text| {
        t.en.starts_with("Retry")
            || t.en.starts_with("Wait")
            || t.ko.starts_with("잠시")
            || t.ja.starts_with("しばらく")
            || t.zh.starts_with("请稍")
    };
    let table: [(&str, &[&str]); 4] = match category {
        Category::Ok => [
            ("ko", &["필요가 없습니다"]),
            ("en", &["nothing to"]),
            ("ja", &["不要"]),
            ("zh", &["无需"]),
        ],
        Category::Retry => [
            ("ko", &["다시 시도", "재시도", "같은 요청을 다시"]),
            ("en", &["retry", "try again"]),
            ("ja", &["再試行"]),
            ("zh", &["重试"]),
        ],
        Category::Permission => [
            (
                "ko",
                &[
                    "권한",
                    "키",
                    "토큰",
                    "서명",
                    "인증",
                    "CAM",
                    "MFA",
                    "블랙리스트",
                    "화이트리스트",
                ],
            ),
            (
                "en",
                &[
                    "permission",
                    "cam",
                    "mfa",
                    "key",
                    "token",
                    "sign",
                    "credential",
                    "authoriz",
                    "blocklist",
                    "allowlist",
                ],
            ),
            (
                "ja",
                &[
                    "権限",
                    "キー",
                    "トークン",
                    "署名",
                    "認証",
                    "CAM",
                    "MFA",
                    "ブラックリスト",
                    "ホワイトリスト",
                ],
            ),
            (
                "zh",
                &[
                    "权限",
                    "密钥",
                    "令牌",
                    "Token",
                    "签名",
                    "授权",
                    "CAM",
                    "MFA",
                    "黑名单",
                    "白名单",
                ],
            ),
        ],
        Category::ContactAdmin => [
            ("ko", &["문의"]),
            ("en", &["contact"]),
            ("ja", &["問い合わせ"]),
            ("zh", &["联系"]),
        ],
        // A fix is something the caller changes: its advice does not open
        // by telling them to wait.
        Category::Fix => {
            return if starts_with_waiting(t) {
                Err(format!("fix advice opens with waiting: {}", t.en))
            } else {
                Ok(())
            };
        }
    };
    for (lang, words) in table {
        let s = Lang::from_tag(lang).map(|l| l.pick(t)).unwrap_or_default();
        if !any(s, words) {
            return Err(format!("{lang}: {s:?} names none of {words:?}"));
        }
    }
    if category != Category::Retry && category != Category::Ok && starts_with_waiting(t) {
        return Err(format!("opens with waiting: {}", t.en));
    }
    Ok(())
}

#[test]
fn every_entry_advice_agrees_with_its_category() {
    let mut problems = Vec::new();
    for c in nhn::CODES.iter().chain(tencent::codes()) {
        if let Err(e) = says_its_category(c.category, &c.advice) {
            problems.push(format!("{} ({}): {e}", c.code, c.category.name()));
        }
    }
    for (name, per) in [
        ("nhn::RANGE_ADVICE", &nhn::RANGE_ADVICE),
        ("nhn::OTHER_ADVICE", &nhn::OTHER_ADVICE),
        ("nhn::OPENSTACK_ADVICE", &nhn::OPENSTACK_ADVICE),
        ("tencent::PRODUCT_ADVICE", &tencent::PRODUCT_ADVICE),
        ("http::STATUS_ONLY_ADVICE", &http::STATUS_ONLY_ADVICE),
    ] {
        for category in Category::ALL {
            if let Err(e) = says_its_category(category, per.get(category)) {
                problems.push(format!("{name}.{}: {e}", category.name()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_advice_check_can_fail() {
    let wrong = Text {
        ko: "잠시 후 다시 시도하세요.",
        en: "Retry later.",
        ja: "しばらくしてから再試行してください。",
        zh: "请稍后重试。",
    };
    assert!(says_its_category(Category::Retry, &wrong).is_ok());
    assert!(says_its_category(Category::Fix, &wrong).is_err());
    assert!(says_its_category(Category::ContactAdmin, &wrong).is_err());
    assert!(says_its_category(Category::Ok, &wrong).is_err());
}

#[test]
fn every_entry_comes_from_a_named_source() {
    let catalog = Catalog::builtin();
    for e in catalog.entries(None) {
        let s = e.source().expect("every built-in entry has a source");
        assert!(s.url.starts_with("https://"), "{}: {}", e.code(), s.url);
        assert!(!s.title.is_empty() && s.read.len() == 7, "{}", e.code());
        assert!(
            SOURCES.contains(&s),
            "{}: {} is not in SOURCES (what --version lists)",
            e.code(),
            s.title
        );
    }
    // and SOURCES lists nothing no entry cites, each once
    for (i, listed) in SOURCES.iter().enumerate() {
        assert!(
            catalog.entries(None).any(|e| e.source() == Some(*listed)),
            "{} is cited by no entry",
            listed.title
        );
        assert!(!SOURCES[..i].contains(listed), "{} twice", listed.title);
    }
}

#[test]
fn codes_are_listed_once_and_well_formed() {
    let nhn: BTreeSet<&str> = nhn::CODES.iter().map(|c| c.code).collect();
    assert_eq!(nhn.len(), nhn::CODES.len(), "an NHN code listed twice");
    for c in nhn::CODES {
        let n: i32 = c.code.parse().expect("NHN fixed codes are numbers");
        assert_eq!(n.to_string(), c.code, "canonical spelling");
    }
    // Tencent Cloud lists its codes in byte order; so do we, each list.
    for list in tencent::LISTS {
        for pair in list.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} before {}",
                pair[0].code,
                pair[1].code
            );
        }
    }
    let mut seen = BTreeSet::new();
    for c in tencent::codes() {
        assert!(seen.insert(c.code.to_ascii_lowercase()), "{} twice", c.code);
        let numeric = c.code.bytes().all(|b| b.is_ascii_digit());
        let named = c.code.split('.').all(|seg| {
            seg.starts_with(|ch: char| ch.is_ascii_uppercase())
                && seg.bytes().all(|b| b.is_ascii_alphanumeric())
        });
        assert!(numeric || named, "{}", c.code);
        for client in c.retried_by {
            assert!(
                [
                    tencent::TERRAFORM_CLIENT,
                    tencent::GO_SDK_CLIENT,
                    tencent::PYTHON_SDK_CLIENT
                ]
                .contains(client),
                "{}: {client}",
                c.code
            );
        }
    }
}

#[test]
fn advice_the_spec_relies_on() {
    let advice = |code: &str| &tencent::codes().find(|c| c.code == code).unwrap().advice;
    for lang in Lang::ALL {
        let internal = lang.pick(advice("InternalError"));
        assert!(internal.contains("RequestId"), "{internal}");
        assert!(lang.pick(advice("DryRunOperation")).contains("DryRun"));
        let support = lang.pick(&tencent::PRODUCT_ADVICE.contact_admin);
        assert!(support.contains("RequestId") && support.contains("Message"));
    }
}

#[test]
fn nhn_families() {
    let prefixes: BTreeSet<u16> = nhn::FAMILIES.iter().map(|f| f.prefix).collect();
    let slugs: BTreeSet<&str> = nhn::FAMILIES.iter().map(|f| f.slug).collect();
    assert_eq!(prefixes.len(), nhn::FAMILIES.len(), "a prefix twice");
    assert_eq!(slugs.len(), nhn::FAMILIES.len(), "a slug twice");
    assert!(prefixes.iter().all(|p| (10..=99).contains(p)));
    assert!(
        !slugs.contains(nhn::COMMON_SLUG),
        "\"common\" is the slug of the fixed codes"
    );
    // The seed's families, as the SPEC lists them.
    let catalog = Catalog::builtin();
    for (prefix, slug) in [(10, "instance"), (24, "security-group"), (50, "token")] {
        assert_eq!(catalog.nhn_family(prefix).map(|f| f.slug), Some(slug));
    }
}

#[test]
fn http_reasons() {
    for pair in http::REASONS.windows(2) {
        assert!(pair[0].status < pair[1].status);
    }
    for r in http::REASONS {
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
    let statuses: Vec<u16> = http::REASONS.iter().map(|r| r.status).collect();
    let mut want: Vec<u16> = (400..=417).collect();
    want.extend([421, 422, 423, 424, 425, 426, 428, 429, 431, 451]);
    want.extend([500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511]);
    assert_eq!(statuses, want, "the IANA registry's error statuses");
    let phrase = |s: u16| http::reason(s).unwrap().phrase;
    assert_eq!(phrase(413), "Content Too Large");
    assert_eq!(phrase(422), "Unprocessable Content");
    assert_eq!(phrase(200), "OK");
}

#[test]
fn english_messages_start_lower_case_without_final_period() {
    for (name, t) in messages::declared() {
        if !name.starts_with("ERR_") {
            continue;
        }
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

#[test]
fn lookup_ignores_case_and_gives_the_canonical_spelling() {
    let catalog = Catalog::builtin();
    let e = catalog
        .get(Provider::Tencent, "authfailure.SIGNATUREEXPIRE")
        .unwrap();
    assert_eq!(e.code(), "AuthFailure.SignatureExpire");
    assert_eq!(e.family(), "AuthFailure");
    assert!(catalog.get(Provider::Nhn, "040409").is_none());
    assert!(catalog.get(Provider::Nhn, "-0").is_none());
    assert_eq!(
        catalog.get(Provider::Nhn, "20001").unwrap().family(),
        "network"
    );
    assert_eq!(catalog.get(Provider::Nhn, "-4").unwrap().family(), "common");
    let range = catalog.get(Provider::Nhn, "40409").unwrap();
    assert_eq!(
        (range.http_status(), &*range.family()),
        (Some(409), "volume")
    );
    assert!(range.documented());
    assert!(!catalog.get(Provider::Nhn, "10503").unwrap().documented());
    assert!(
        catalog.get(Provider::Nhn, "10509").is_none(),
        "unregistered 5xx"
    );
}

#[test]
fn entries_are_each_code_once_and_each_finds_itself() {
    let catalog = Catalog::builtin();
    let mut seen = BTreeSet::new();
    for e in catalog.entries(None) {
        assert!(seen.insert((e.provider(), e.code())), "{} twice", e.code());
        assert_eq!(catalog.get(e.provider(), &e.code()), Some(e));
        assert!(e.documented());
    }
    for provider in [Provider::Nhn, Provider::Tencent] {
        assert!(
            catalog
                .entries(Some(provider))
                .all(|e| e.provider() == provider)
        );
    }
}

/// The built-in catalog with one user file over it.
fn with_user(text: &str) -> Catalog {
    let builtin = Catalog::builtin();
    let mut layer = UserLayer::default();
    layer
        .add("team.toml", text.as_bytes(), |p, c| {
            builtin.get(p, c).is_some()
        })
        .unwrap();
    Catalog::with_user(layer)
}

#[test]
fn a_user_entry_overlays_a_builtin_one_by_field_and_language() {
    let catalog = with_user(
        "provider = \"tencent\"\n[[code]]\ncode = \"InternalError\"\nadvice.ko = \"팀 조치\"\n",
    );
    let builtin = Catalog::builtin();
    let (mine, theirs) = (
        catalog.get(Provider::Tencent, "internalerror").unwrap(),
        builtin.get(Provider::Tencent, "InternalError").unwrap(),
    );
    assert_eq!(mine.advice(Lang::Ko).unwrap().text, "팀 조치");
    for lang in [Lang::En, Lang::Ja, Lang::Zh] {
        assert_eq!(mine.advice(lang), theirs.advice(lang), "{lang:?}");
    }
    for lang in Lang::ALL {
        assert_eq!(mine.meaning(lang), theirs.meaning(lang));
    }
    assert_eq!(mine.category(), theirs.category());
    assert_eq!(mine.retried_by(), theirs.retried_by());
    assert_eq!((mine.catalog(), theirs.catalog()), ("team.toml", BUILTIN));
    assert_eq!(mine.reference(), theirs.reference());
    // still one entry, where it was
    let count = |c: &Catalog| {
        c.entries(None)
            .filter(|e| e.code() == "InternalError")
            .count()
    };
    assert_eq!(
        (count(&catalog), catalog.entries(None).count()),
        (1, builtin.entries(None).count())
    );
}

#[test]
fn a_user_category_drops_the_builtin_advice_that_no_longer_fits() {
    let catalog = with_user("provider = \"nhn\"\n[[code]]\ncode = \"-4\"\ncategory = \"retry\"\n");
    let e = catalog.get(Provider::Nhn, "-4").unwrap();
    assert_eq!(e.category(), Category::Retry);
    assert_eq!(e.advice(Lang::En), None);
    // the same category as before keeps the advice
    let catalog = with_user("provider = \"nhn\"\n[[code]]\ncode = \"-4\"\ncategory = \"fix\"\n");
    assert!(
        catalog
            .get(Provider::Nhn, "-4")
            .unwrap()
            .advice(Lang::En)
            .is_some()
    );
    // a range code's advice is its range's for the new category; its
    // other facts stay
    let catalog =
        with_user("provider = \"nhn\"\n[[code]]\ncode = \"40404\"\ncategory = \"retry\"\n");
    let e = catalog.get(Provider::Nhn, "40404").unwrap();
    assert_eq!(
        e.advice(Lang::En).unwrap().text,
        Lang::En.pick(nhn::RANGE_ADVICE.get(Category::Retry))
    );
    assert_eq!((e.http_status(), &*e.family()), (Some(404), "volume"));
}

#[test]
fn user_only_codes_have_default_families_and_fall_back_between_languages() {
    let catalog = with_user(
        "provider = \"tencent\"\n[[code]]\ncode = \"Team.Busy\"\ncategory = \"retry\"\nmeaning = { ja = \"混雑\" }\n",
    );
    let e = catalog.get(Provider::Tencent, "team.busy").unwrap();
    assert_eq!(
        (&*e.code(), &*e.family(), e.documented()),
        ("Team.Busy", "Team", true)
    );
    let ja = e.meaning(Lang::Ja);
    assert_eq!((&*ja.text, ja.fell_back), ("混雑", false));
    let en = e.meaning(Lang::En);
    assert_eq!((&*en.text, en.fell_back), ("混雑", true));
    assert_eq!(e.advice(Lang::En), None);
    assert_eq!((e.source(), e.reference()), (None, None));
    assert_eq!(catalog.entries(Some(Provider::Tencent)).last(), Some(e));
    assert!(catalog.entries(Some(Provider::Nhn)).all(|x| x != e));
    assert_eq!(catalog.resolve_family("team", None).unwrap(), "Team");

    let catalog = with_user(
        "provider = \"nhn\"\n[[code]]\ncode = \"30004\"\ncategory = \"permission\"\nmeaning = { en = \"x\", ko = \"y\" }\n",
    );
    let e = catalog.get(Provider::Nhn, "30004").unwrap();
    assert_eq!((&*e.family(), e.http_status()), (nhn::CUSTOM_SLUG, None));
    // English is preferred over any other language present
    assert_eq!(e.meaning(Lang::Zh).text, "x");
}
