//! User catalogs: the codes and the wording a team adds, as TOML files
//! (SPEC "User catalogs"). Parses and checks one file's text into entries,
//! and merges the files, later winning, into the layer `Catalog` reads over
//! its built-in entries: an entry for an existing code replaces exactly the
//! fields and languages it gives. Pure: finding and reading the files is
//! `catalog_files`'.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::Deserialize;
use toml::Spanned;

use super::Provider;
use super::cache::Table;
use crate::exit_codes::Category;
use crate::lang::Lang;

/// One code as the user catalogs say it, merged over all files.
#[derive(Debug, Clone, PartialEq)]
pub struct UserEntry {
    pub provider: Provider,
    /// As the file that first named it wrote it.
    pub code: String,
    pub category: Option<Category>,
    pub http_status: Option<u16>,
    pub family: Option<String>,
    /// By `Lang::index`.
    pub meaning: [Option<String>; 4],
    pub advice: [Option<String>; 4],
    pub retried_by: Option<Vec<String>>,
    pub reference: Option<String>,
    /// The last file that gave any of it.
    pub file: String,
}

/// Every user entry, in the order their codes were first named: built
/// from the files' text, or read back from the cache ecode keeps of them.
#[derive(Debug, Default, Clone)]
pub struct UserLayer {
    store: Store,
    files: Vec<String>,
}

#[derive(Debug, Clone)]
enum Store {
    Built {
        entries: Vec<UserEntry>,
        index: BTreeMap<(Provider, String), usize>,
    },
    /// Decoded entry by entry, as they are asked for.
    Cached(Table),
}

impl Default for Store {
    fn default() -> Store {
        Store::Built {
            entries: Vec::new(),
            index: BTreeMap::new(),
        }
    }
}

/// How a code is looked up: Tencent codes ignoring case.
pub(super) fn key(provider: Provider, code: &str) -> (Provider, String) {
    match provider {
        Provider::Tencent => (provider, code.to_ascii_lowercase()),
        Provider::Nhn => (provider, code.to_string()),
    }
}

impl UserLayer {
    /// No user entries.
    pub const EMPTY: UserLayer = UserLayer {
        store: Store::Built {
            entries: Vec::new(),
            index: BTreeMap::new(),
        },
        files: Vec::new(),
    };

    /// The layer a cache holds (see `cache`).
    pub(super) fn cached(table: Table, files: Vec<String>) -> UserLayer {
        UserLayer {
            store: Store::Cached(table),
            files,
        }
    }

    pub fn get(&self, provider: Provider, code: &str) -> Option<&UserEntry> {
        match &self.store {
            Store::Built { entries, .. } if entries.is_empty() => None,
            Store::Built { entries, index } => {
                index.get(&key(provider, code)).map(|&i| &entries[i])
            }
            Store::Cached(table) => table.get(provider, code),
        }
    }

    pub fn entries(&self) -> impl Iterator<Item = &UserEntry> {
        let (built, cached) = match &self.store {
            Store::Built { entries, .. } => (Some(entries.iter()), None),
            Store::Cached(table) => (None, Some(table.entries())),
        };
        built
            .into_iter()
            .flatten()
            .chain(cached.into_iter().flatten())
    }

    pub fn len(&self) -> usize {
        match &self.store {
            Store::Built { entries, .. } => entries.len(),
            Store::Cached(table) => table.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Read back from a cache rather than built from the files.
    pub fn is_cached(&self) -> bool {
        matches!(self.store, Store::Cached(_))
    }

    /// The files read, in the order they were read.
    pub fn files(&self) -> &[String] {
        &self.files
    }

    /// Checks one file's text and merges its entries over what is there.
    /// `known` says whether a code exists already (built in, or from an
    /// earlier file): a new code must bring a category and a meaning.
    /// Returns how many entries the file gave.
    pub fn add(
        &mut self,
        file: &str,
        text: &[u8],
        known: impl Fn(Provider, &str) -> bool,
    ) -> Result<usize, CatalogError> {
        let parsed = parse(file, text, |p, c| known(p, c) || self.get(p, c).is_some())?;
        let count = parsed.len();
        let (mut entries, mut index) = match std::mem::take(&mut self.store) {
            Store::Built { entries, index } => (entries, index),
            Store::Cached(table) => {
                let entries: Vec<UserEntry> = table.entries().cloned().collect();
                let index = entries
                    .iter()
                    .enumerate()
                    .map(|(i, e)| (key(e.provider, &e.code), i))
                    .collect();
                (entries, index)
            }
        };
        for new in parsed {
            match index.get(&key(new.provider, &new.code)) {
                Some(&i) => merge(&mut entries[i], new),
                None => {
                    index.insert(key(new.provider, &new.code), entries.len());
                    entries.push(new);
                }
            }
        }
        self.store = Store::Built { entries, index };
        self.files.push(file.to_string());
        Ok(count)
    }
}

/// `later` over `earlier`, field by field and language by language.
fn merge(earlier: &mut UserEntry, later: UserEntry) {
    fn over<T>(old: &mut Option<T>, new: Option<T>) {
        if new.is_some() {
            *old = new;
        }
    }
    over(&mut earlier.category, later.category);
    over(&mut earlier.http_status, later.http_status);
    over(&mut earlier.family, later.family);
    over(&mut earlier.retried_by, later.retried_by);
    over(&mut earlier.reference, later.reference);
    for (old, new) in earlier.meaning.iter_mut().zip(later.meaning) {
        over(old, new);
    }
    for (old, new) in earlier.advice.iter_mut().zip(later.advice) {
        over(old, new);
    }
    earlier.file = later.file;
}

/// What is wrong with a catalog file, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    pub file: String,
    /// 1-based; 0 when the whole file is meant.
    pub line: usize,
    pub column: usize,
    pub kind: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not UTF-8.
    InvalidUtf8,
    /// Not TOML: the parser's own words (English).
    Syntax(String),
    /// A key the format does not have.
    UnknownKey(String),
    /// A value of the wrong kind: the parser's own words (English).
    BadValue(String),
    /// `provider` is neither `tencent` nor `nhn`.
    BadProvider(String),
    /// `category` is none of the five.
    BadCategory(String),
    /// Not a code of its provider's shape.
    BadCode(String, Provider),
    /// The same code twice in one file; the line of the first.
    Duplicate(String, usize),
    /// A new code without a category.
    NeedsCategory(String),
    /// A new code without a meaning in any language.
    NeedsMeaning(String),
    /// An empty text.
    EmptyText,
    /// Not an HTTP status (100–599).
    BadStatus(u16),
    /// A client name that is not a name.
    BadClient(String),
    /// No `provider`.
    NoProvider,
    /// A required key is missing.
    MissingKey(String),
    /// A text holds a character a terminal would act on (a control or a
    /// bidirectional mark), by its code point.
    UnsafeText(u32),
}

impl fmt::Display for CatalogError {
    /// English, for `anyhow`'s chain; `app` says it in the user's language.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {:?}",
            self.file, self.line, self.column, self.kind
        )
    }
}

impl std::error::Error for CatalogError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDoc {
    provider: Option<Spanned<String>>,
    source: Option<String>,
    #[serde(default)]
    code: Vec<Spanned<CodeDoc>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeDoc {
    code: Spanned<String>,
    category: Option<Spanned<String>>,
    http_status: Option<Spanned<u16>>,
    family: Option<String>,
    meaning: Option<Spanned<Texts>>,
    advice: Option<Spanned<Texts>>,
    retried_by: Option<Spanned<Vec<String>>>,
    reference: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Texts {
    ko: Option<String>,
    en: Option<String>,
    ja: Option<String>,
    zh: Option<String>,
}

impl Texts {
    fn by_lang(self) -> [Option<String>; 4] {
        let mut out: [Option<String>; 4] = Default::default();
        for (lang, text) in [
            (Lang::Ko, self.ko),
            (Lang::En, self.en),
            (Lang::Ja, self.ja),
            (Lang::Zh, self.zh),
        ] {
            out[lang.index()] = text;
        }
        out
    }
}

/// 1-based line and column of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// A code of `provider`'s shape, spelled as ecode looks it up: NHN, a
/// whole number written without leading zeros (`-4`, `40409`; not `-04` or
/// `-0`); Tencent, dotted names (`ResourceNotFound.Disk`) or such a number.
fn code_shape_ok(provider: Provider, code: &str) -> bool {
    let number = |s: &str| {
        let digits = s.strip_prefix('-').unwrap_or(s);
        let canonical = s == "0" || digits.starts_with(|c: char| ('1'..='9').contains(&c));
        canonical && digits.len() <= 20 && digits.bytes().all(|b| b.is_ascii_digit())
    };
    match provider {
        Provider::Nhn => number(code),
        Provider::Tencent => {
            (number(code) && !code.starts_with('-'))
                || code.split('.').all(|seg| {
                    seg.starts_with(|c: char| c.is_ascii_alphabetic())
                        && seg.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                })
        }
    }
}

/// The category a name gives, as JSON output names them.
pub(super) fn category(name: &str) -> Option<Category> {
    Category::ALL.into_iter().find(|c| c.name() == name)
}

/// The entries of one file's text, each checked.
fn parse(
    file: &str,
    bytes: &[u8],
    known: impl Fn(Provider, &str) -> bool,
) -> Result<Vec<UserEntry>, CatalogError> {
    // A byte-order mark is no part of the text (editors on Windows write one).
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        let (line, column) = position(valid, valid.len());
        CatalogError {
            file: file.to_string(),
            line,
            column,
            kind: Problem::InvalidUtf8,
        }
    })?;
    let at = |offset: usize, kind: Problem| {
        let (line, column) = position(text, offset);
        CatalogError {
            file: file.to_string(),
            line,
            column,
            kind,
        }
    };
    let doc: FileDoc = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        at(offset, toml_problem(e.message()))
    })?;
    let Some(provider_name) = doc.provider else {
        if doc.code.is_empty() {
            // An empty file (or comments only): nothing to add.
            return Ok(Vec::new());
        }
        return Err(at(0, Problem::NoProvider));
    };
    let provider = match provider_name.get_ref().as_str() {
        "tencent" => Provider::Tencent,
        "nhn" => Provider::Nhn,
        other => {
            return Err(at(
                provider_name.span().start,
                Problem::BadProvider(other.to_string()),
            ));
        }
    };
    let source = doc.source;
    let mut seen: HashMap<(Provider, String), usize> = HashMap::new();
    let mut entries = Vec::new();
    for spanned in doc.code {
        let start = spanned.span().start;
        let doc = spanned.into_inner();
        let code_at = doc.code.span().start;
        let code = doc.code.into_inner().trim().to_string();
        if !code_shape_ok(provider, &code) {
            return Err(at(code_at, Problem::BadCode(code, provider)));
        }
        // the offset only: a line is counted when an error needs it
        if let Some(first) = seen.insert(key(provider, &code), start) {
            let (line, _) = position(text, first);
            return Err(at(code_at, Problem::Duplicate(code, line)));
        }
        let category = match doc.category {
            None => None,
            Some(c) => Some(
                category(c.get_ref())
                    .ok_or_else(|| at(c.span().start, Problem::BadCategory(c.get_ref().clone())))?,
            ),
        };
        let http_status = match doc.http_status {
            Some(s) if !(100..=599).contains(s.get_ref()) => {
                return Err(at(s.span().start, Problem::BadStatus(*s.get_ref())));
            }
            s => s.map(Spanned::into_inner),
        };
        let texts = |t: Option<Spanned<Texts>>| -> Result<[Option<String>; 4], CatalogError> {
            let Some(t) = t else {
                return Ok(Default::default());
            };
            let span = t.span().start;
            let texts = t.into_inner().by_lang();
            if texts.iter().flatten().any(|s| s.trim().is_empty()) {
                return Err(at(span, Problem::EmptyText));
            }
            for text in texts.iter().flatten() {
                safe(text).map_err(|p| at(span, p))?;
            }
            Ok(texts.map(|t| t.map(|s| s.trim().to_string())))
        };
        let meaning = texts(doc.meaning)?;
        let advice = texts(doc.advice)?;
        if let Some(clients) = &doc.retried_by {
            let bad = clients.get_ref().iter().find(|c| {
                c.is_empty()
                    || !c
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            });
            if let Some(bad) = bad {
                return Err(at(clients.span().start, Problem::BadClient(bad.clone())));
            }
        }
        let family = doc
            .family
            .map(|f| f.trim().to_string())
            .filter(|f| !f.is_empty());
        let reference = doc
            .reference
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty());
        for text in family.iter().chain(&reference) {
            safe(text).map_err(|p| at(code_at, p))?;
        }
        let new = !known(provider, &code);
        if new {
            if category.is_none() {
                return Err(at(code_at, Problem::NeedsCategory(code)));
            }
            if meaning.iter().all(Option::is_none) {
                return Err(at(code_at, Problem::NeedsMeaning(code)));
            }
        }
        entries.push(UserEntry {
            provider,
            code,
            category,
            http_status,
            family,
            meaning,
            advice,
            retried_by: doc.retried_by.map(Spanned::into_inner),
            // The file's `source` is where its new codes come from; an
            // override of a known code keeps that code's own reference.
            reference: reference.or_else(|| source.clone().filter(|_| new)),
            file: file.to_string(),
        });
    }
    Ok(entries)
}

/// A text ecode will print: no control characters, no bidirectional marks.
fn safe(text: &str) -> Result<(), Problem> {
    match text.chars().find(|&c| crate::sanitize::is_unsafe(c)) {
        Some(c) => Err(Problem::UnsafeText(u32::from(c))),
        None => Ok(()),
    }
}

/// The parser's words for a type, as a catalog's author knows them.
const TYPE_WORDS: [(&str, &str); 5] = [
    (
        "struct Texts",
        "a table of texts by language (ko, en, ja, zh)",
    ),
    ("struct CodeDoc", "a [[code]] table"),
    ("struct FileDoc", "a catalog"),
    ("u16", "a number"),
    ("a sequence", "a list"),
];

/// The parser's message as a problem: serde's "unknown field `x`" is an
/// unknown key; a value of the wrong kind keeps the parser's words.
fn toml_problem(message: &str) -> Problem {
    let quoted = |m: &str| {
        let start = m.find('`')? + 1;
        let end = start + m[start..].find('`')?;
        Some(m[start..end].to_string())
    };
    if message.starts_with("unknown field") {
        if let Some(name) = quoted(message) {
            return Problem::UnknownKey(name);
        }
    }
    if message.starts_with("missing field") {
        if let Some(name) = quoted(message) {
            return Problem::MissingKey(name);
        }
    }
    if message.starts_with("invalid type") || message.starts_with("invalid value") {
        let mut words = message.lines().next().unwrap_or_default().to_string();
        for (rust, plain) in TYPE_WORDS {
            words = words.replace(rust, plain);
        }
        return Problem::BadValue(words);
    }
    Problem::Syntax(message.lines().next().unwrap_or_default().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    fn layer(files: &[(&str, &str)]) -> UserLayer {
        let builtin = Catalog::builtin();
        let mut layer = UserLayer::default();
        for (name, text) in files {
            layer
                .add(name, text.as_bytes(), |p, c| builtin.get(p, c).is_some())
                .unwrap();
        }
        layer
    }

    fn error(text: &str) -> CatalogError {
        let mut layer = UserLayer::default();
        layer
            .add("f.toml", text.as_bytes(), |_, _| false)
            .unwrap_err()
    }

    #[test]
    fn later_files_merge_over_earlier_ones_field_by_field() {
        let layer = layer(&[
            (
                "a.toml",
                "provider = \"tencent\"\n[[code]]\ncode = \"Team.X\"\ncategory = \"fix\"\nhttp_status = 409\nmeaning = { en = \"a-en\", ko = \"a-ko\" }\n",
            ),
            (
                "b.toml",
                "provider = \"tencent\"\n[[code]]\ncode = \"team.x\"\nmeaning = { ko = \"b-ko\" }\nretried_by = [\"terraform\"]\n",
            ),
        ]);
        let e = layer.get(Provider::Tencent, "TEAM.X").unwrap();
        assert_eq!(e.code, "Team.X", "the first file's spelling");
        assert_eq!(e.category, Some(Category::Fix));
        assert_eq!(e.http_status, Some(409));
        assert_eq!(e.meaning[Lang::En.index()].as_deref(), Some("a-en"));
        assert_eq!(e.meaning[Lang::Ko.index()].as_deref(), Some("b-ko"));
        assert_eq!(
            e.retried_by.as_deref(),
            Some(&["terraform".to_string()][..])
        );
        assert_eq!(e.file, "b.toml");
        assert_eq!(layer.files(), ["a.toml", "b.toml"]);
        assert_eq!(layer.entries().count(), 1);
    }

    #[test]
    fn nhn_codes_match_exactly_and_tencent_codes_ignoring_case() {
        let layer = layer(&[(
            "n.toml",
            "provider = \"nhn\"\n[[code]]\ncode = \"30004\"\ncategory = \"permission\"\nmeaning.en = \"x\"\n",
        )]);
        assert!(layer.get(Provider::Nhn, "30004").is_some());
        assert!(layer.get(Provider::Nhn, "030004").is_none());
        assert!(layer.get(Provider::Tencent, "30004").is_none());
    }

    #[test]
    fn a_refused_file_changes_nothing() {
        let mut layer = layer(&[(
            "a.toml",
            "provider = \"tencent\"\n[[code]]\ncode = \"Team.X\"\ncategory = \"fix\"\nmeaning.en = \"kept\"\n",
        )]);
        let bad = "provider = \"tencent\"\n[[code]]\ncode = \"Team.X\"\nmeaning.en = \"taken?\"\n\n[[code]]\ncode = \"Team.Y\"\n";
        assert!(layer.add("b.toml", bad.as_bytes(), |_, _| false).is_err());
        let e = layer.get(Provider::Tencent, "Team.X").unwrap();
        assert_eq!(e.meaning[Lang::En.index()].as_deref(), Some("kept"));
        assert!(layer.get(Provider::Tencent, "Team.Y").is_none());
        assert_eq!(layer.files(), ["a.toml"]);
    }

    #[test]
    fn a_code_known_elsewhere_needs_neither_category_nor_meaning() {
        let layer = layer(&[(
            "a.toml",
            "provider = \"tencent\"\n[[code]]\ncode = \"InternalError\"\nadvice.ko = \"x\"\n",
        )]);
        let e = layer.get(Provider::Tencent, "internalerror").unwrap();
        assert_eq!(
            (e.category, e.advice[Lang::Ko.index()].as_deref()),
            (None, Some("x"))
        );
        assert_eq!(
            error(
                "provider = \"tencent\"\n[[code]]\ncode = \"InternalError\"\nadvice.ko = \"x\"\n"
            )
            .kind,
            Problem::NeedsCategory("InternalError".into())
        );
    }

    #[test]
    fn the_file_source_is_the_reference_of_entries_without_one() {
        let layer = layer(&[(
            "a.toml",
            "provider = \"tencent\"\nsource = \"doc\"\n[[code]]\ncode = \"A.B\"\ncategory = \"fix\"\nmeaning.en = \"x\"\n\n[[code]]\ncode = \"A.C\"\ncategory = \"fix\"\nmeaning.en = \"x\"\nreference = \"own\"\n",
        )]);
        assert_eq!(
            layer
                .get(Provider::Tencent, "A.B")
                .unwrap()
                .reference
                .as_deref(),
            Some("doc")
        );
        assert_eq!(
            layer
                .get(Provider::Tencent, "A.C")
                .unwrap()
                .reference
                .as_deref(),
            Some("own")
        );
    }

    #[test]
    fn code_shapes() {
        for (provider, code, ok) in [
            (Provider::Nhn, "40409", true),
            (Provider::Nhn, "-4", true),
            (Provider::Nhn, "500201", true),
            (Provider::Nhn, "4a", false),
            (Provider::Nhn, "-", false),
            (Provider::Nhn, "", false),
            (Provider::Nhn, "123456789012345678901", false),
            (Provider::Tencent, "ResourceNotFound.Disk", true),
            (Provider::Tencent, "Foo_Bar.Baz2", true),
            (Provider::Tencent, "4400", true),
            (Provider::Tencent, "-4", false),
            (Provider::Tencent, "A..B", false),
            (Provider::Tencent, "1A.B", false),
            (Provider::Tencent, "A B", false),
            (Provider::Tencent, "", false),
        ] {
            assert_eq!(code_shape_ok(provider, code), ok, "{provider:?} {code:?}");
        }
    }

    #[test]
    fn positions_count_characters_from_one() {
        let text = "ab\n한국어x";
        assert_eq!(position(text, 0), (1, 1));
        assert_eq!(position(text, 3), (2, 1));
        // after three Hangul syllables (nine bytes): column 4
        assert_eq!(position(text, 12), (2, 4));
        let e = error(
            "provider = \"tencent\"\n[[code]]\ncode = \"A.B\"\ncategory = \"fix\"\nmeaning = { ko = \"한국어\", xx = \"y\" }\n",
        );
        assert_eq!((e.line, e.column), (5, 25));
        assert_eq!(e.kind, Problem::UnknownKey("xx".into()));
    }
}
