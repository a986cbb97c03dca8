//! The output language: which one, how it is chosen, and how a text in four
//! languages becomes a string in one (`Text`, `Lang::pick`, `fill`). A leaf:
//! it imports nothing of ours. Pure: the caller hands in the flag and the
//! environment values; nothing here reads `std::env`.

/// One sentence or phrase in the four output languages. One field per
/// language, so a text missing a translation does not compile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub ko: &'static str,
    pub en: &'static str,
    pub ja: &'static str,
    pub zh: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    Ko,
    En,
    Ja,
    Zh,
}

/// The environment variables that choose a language, as captured once.
#[derive(Debug, Default, Clone)]
pub struct LangVars {
    pub ecode_lang: Option<String>,
    pub lc_all: Option<String>,
    pub lc_messages: Option<String>,
    pub lang: Option<String>,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Ko, Lang::En, Lang::Ja, Lang::Zh];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Zh => "zh",
        }
    }

    /// The language's place in arrays kept by language (ko, en, ja, zh).
    pub fn index(self) -> usize {
        match self {
            Lang::Ko => 0,
            Lang::En => 1,
            Lang::Ja => 2,
            Lang::Zh => 3,
        }
    }

    /// This language's text.
    pub fn pick(self, text: &Text) -> &'static str {
        match self {
            Lang::Ko => text.ko,
            Lang::En => text.en,
            Lang::Ja => text.ja,
            Lang::Zh => text.zh,
        }
    }

    /// This language's text with its `{name}` placeholders filled.
    pub fn say(self, text: &Text, vars: &[(&str, &str)]) -> String {
        fill(self.pick(text), vars)
    }

    /// Two parts of one message, the second a hint about the first:
    /// `X — Y` in Korean and English; Japanese ends the first sentence
    /// (`X。Y`) and Chinese uses its own dash (`X——Y`), without the spaced
    /// Western dash.
    pub fn join_hint(self, first: &str, hint: &str) -> String {
        match self {
            Lang::Ko | Lang::En => format!("{first} — {hint}"),
            Lang::Ja => format!("{first}。{hint}"),
            Lang::Zh => format!("{first}——{hint}"),
        }
    }

    /// A name and what it stands for: `X — Y`, or `X：Y` in Japanese and
    /// Chinese.
    pub fn gloss(self, name: &str, text: &str) -> String {
        match self {
            Lang::Ko | Lang::En => format!("{name} — {text}"),
            Lang::Ja | Lang::Zh => format!("{name}：{text}"),
        }
    }

    /// A parenthetical after a phrase: ` (x)`, or `（x）` in Japanese and
    /// Chinese, which write full-width brackets with no space before them.
    pub fn parenthesised(self, text: &str) -> String {
        match self {
            Lang::Ja | Lang::Zh => format!("（{text}）"),
            Lang::Ko | Lang::En => format!(" ({text})"),
        }
    }

    /// An empty or blank value as the user gave it, quoted so that the
    /// message still shows it: `""`, `「」`, `“”`. Anything else as it is.
    pub fn shown_or_quoted(self, value: &str) -> String {
        if !value.trim().is_empty() {
            return value.to_string();
        }
        match self {
            Lang::Ko | Lang::En => format!("\"{value}\""),
            Lang::Ja => format!("「{value}」"),
            Lang::Zh => format!("“{value}”"),
        }
    }

    /// Reads a language tag or a locale name: `ko`, `ko-KR`, `ko_KR.UTF-8`,
    /// `zh_TW`, `JA`. Only the language part counts.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let lang = tag.split(['_', '-', '.', '@']).next()?;
        match lang.to_ascii_lowercase().as_str() {
            "ko" => Some(Lang::Ko),
            "en" => Some(Lang::En),
            "ja" => Some(Lang::Ja),
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }
}

/// Replaces each `{name}` in `template` with its value, in one pass: a value
/// that itself holds `{other}` is left as it is (a file named `{code}.log`).
/// A placeholder with no value given stays as written.
pub fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            let value = vars.iter().find(|(n, _)| *n == name)?.1;
            Some((value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A value that is not there: unset or empty (POSIX skips both).
fn is_empty(value: &Option<String>) -> bool {
    value.as_deref().is_none_or(|v| v.trim().is_empty())
}

/// The C locale, in any of its spellings: `C`, `POSIX`, `C.UTF-8`.
fn is_c_locale(value: &str) -> bool {
    matches!(value, "C" | "POSIX") || value.starts_with("C.")
}

/// `--lang` > `ECODE_LANG` > `LC_ALL` > `LC_MESSAGES` > `LANG` > en, skipping
/// empty values. The first locale variable that is set decides, as POSIX
/// says: `C`/`POSIX` there means English (`LC_ALL=C` wins over a Korean
/// `LANG`), and so does a language ecode lacks (a French locale does not
/// fall through to a Korean `LANG`). `ECODE_LANG` is ecode's own: `C` there
/// is no choice (the locale decides), and a value it cannot read is an
/// error, returned as that value.
pub fn resolve(flag: Option<Lang>, vars: &LangVars) -> Result<Lang, String> {
    if let Some(lang) = flag {
        return Ok(lang);
    }
    let ecode_lang = vars.ecode_lang.as_deref().unwrap_or_default().trim();
    if !ecode_lang.is_empty() && !is_c_locale(ecode_lang) {
        return Lang::from_tag(ecode_lang).ok_or_else(|| ecode_lang.to_string());
    }
    let locale = [&vars.lc_all, &vars.lc_messages, &vars.lang]
        .into_iter()
        .find(|v| !is_empty(v))
        .and_then(|v| v.as_deref())
        .map(str::trim);
    Ok(match locale {
        Some(v) if is_c_locale(v) => Lang::En,
        Some(v) => Lang::from_tag(v).unwrap_or(Lang::En),
        None => Lang::En,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(ecode: &str, all: &str, messages: &str, lang: &str) -> LangVars {
        let opt = |s: &str| (s != "-").then(|| s.to_string());
        LangVars {
            ecode_lang: opt(ecode),
            lc_all: opt(all),
            lc_messages: opt(messages),
            lang: opt(lang),
        }
    }

    #[test]
    fn resolution_order() {
        // (flag, ECODE_LANG, LC_ALL, LC_MESSAGES, LANG) → language; "-" = unset
        let cases = [
            (None, "-", "-", "-", "-", Lang::En),
            (Some(Lang::Ja), "ko", "zh_CN.UTF-8", "-", "-", Lang::Ja),
            (None, "ko", "ja_JP.UTF-8", "-", "-", Lang::Ko),
            (None, "-", "ja_JP.UTF-8", "ko_KR.UTF-8", "zh_CN", Lang::Ja),
            (None, "-", "-", "ko_KR.UTF-8", "zh_CN", Lang::Ko),
            (None, "-", "-", "-", "zh_CN.UTF-8", Lang::Zh),
            (None, "-", "-", "-", "zh_TW.Big5", Lang::Zh),
            (None, "-", "-", "-", "ko_KR.UTF-8", Lang::Ko),
            (None, "-", "-", "-", "en_US.UTF-8", Lang::En),
            // empty values are skipped; C and POSIX in the first variable
            // that is set mean English, as POSIX says (regression: LC_ALL=C
            // LANG=ko_KR.UTF-8 printed Korean, issue 13)
            (None, "", "", "C", "ja_JP.UTF-8", Lang::En),
            (None, "-", "POSIX", "C.UTF-8", "ko_KR", Lang::En),
            (None, "-", "C", "-", "ko_KR.UTF-8", Lang::En),
            (None, "-", "", "C.UTF-8", "ko_KR.UTF-8", Lang::En),
            (None, "-", "", "", "ko_KR.UTF-8", Lang::Ko),
            (None, "  ", "C", "-", "-", Lang::En),
            // ECODE_LANG=C leaves the choice to the locale
            (None, "C", "-", "-", "ja_JP.UTF-8", Lang::Ja),
            // a set locale of another language means English, not fall-through
            (None, "-", "fr_FR.UTF-8", "-", "ko_KR.UTF-8", Lang::En),
            (None, "ZH", "-", "-", "-", Lang::Zh),
            (None, "ja-JP", "-", "-", "-", Lang::Ja),
            (None, "ko_KR.UTF-8@euro", "-", "-", "-", Lang::Ko),
        ];
        for (flag, e, a, m, l, want) in cases {
            assert_eq!(
                resolve(flag, &vars(e, a, m, l)),
                Ok(want),
                "{flag:?} {e} {a} {m} {l}"
            );
        }
    }

    #[test]
    fn fill_replaces_every_placeholder_in_one_pass() {
        assert_eq!(
            fill("{a} and {b}, {a}", &[("a", "x"), ("b", "y")]),
            "x and y, x"
        );
        assert_eq!(fill("no vars", &[("a", "x")]), "no vars");
        assert_eq!(fill("{unknown} {", &[("a", "x")]), "{unknown} {");
        // a value is never read again for placeholders (regression: a file
        // named `{code}{value}.log` was printed as `12345line 1, column 1.log`)
        assert_eq!(
            fill(
                "{file} at {value}: {code}",
                &[
                    ("file", "{code}{value}.log"),
                    ("value", "line 1"),
                    ("code", "12345")
                ]
            ),
            "{code}{value}.log at line 1: 12345"
        );
    }

    #[test]
    fn unreadable_ecode_lang_is_an_error_naming_the_value() {
        assert_eq!(
            resolve(None, &vars("kr", "-", "-", "ko_KR.UTF-8")),
            Err("kr".to_string())
        );
        // the flag wins before ECODE_LANG is looked at
        assert_eq!(
            resolve(Some(Lang::En), &vars("kr", "-", "-", "-")),
            Ok(Lang::En)
        );
    }
}
