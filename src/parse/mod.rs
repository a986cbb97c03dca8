//! `ecode parse [FILE]...`: response bodies, transcripts, logs and SDK
//! exception lines from files or stdin, decoded as they stream past. This
//! module owns the I/O and the verdict; `scan` finds, `classify` decides,
//! `render` writes.

pub mod envelope;
pub mod json;
pub mod reader;
pub mod scan;

use std::borrow::Cow;
use std::collections::HashMap;
use std::ffi::OsString;
use std::fs::File;
use std::io::{self, Read, Write};
use std::rc::Rc;

use serde::Serialize;

use crate::app::Settings;
use crate::catalog::{self, Text};
use crate::classify::{self, Classification, Context, Provider};
use crate::describe::{self, Described, category_name, say};
use crate::exit_codes::{Category, ExitStatus};
use crate::lang::Lang;
use crate::render::{self, Failure, Finding, Format, JsonParts};
use crate::sanitize::escape;
use envelope::Decoded;
use reader::{Line, LineReader};
use scan::{Item, ItemKind, Problem, Scanner};

/// The default limit on one body (and on one line).
pub const DEFAULT_MAX_BODY: usize = 64 * 1024 * 1024;

/// What `parse` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    pub files: Vec<OsString>,
    pub summary: bool,
    pub max_body: usize,
}

/// Reads `64MiB`, `512KiB`, `1M`, `1048576` as a number of bytes.
pub fn parse_size(text: &str) -> Option<usize> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, unit) = text.split_at(split);
    let n: usize = digits.parse().ok()?;
    let scale: usize = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return None,
    };
    n.checked_mul(scale).filter(|&n| n > 0)
}

/// `67108864` → `64 MiB`.
fn show_size(bytes: usize) -> String {
    match bytes {
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{} KiB", b >> 10),
        b => format!("{b} B"),
    }
}

/// The classification of a decoded body's code, or the code ecode does not know.
fn classify_decoded<'a>(decoded: &'a Decoded<'_>) -> Result<Classification, &'a str> {
    match decoded {
        Decoded::Nhn { code, .. } => {
            classify::classify(code, Context::Bare, Some(Provider::Nhn)).ok_or(code.as_ref())
        }
        Decoded::TencentError { code, .. } => {
            classify::classify(code, Context::TencentBody, Some(Provider::Tencent))
                .ok_or(code.as_ref())
        }
        Decoded::TencentSuccess { .. } => Ok(classify::tencent_success()),
    }
}

/// The body's own fields: message, detail, request id.
type Fields<'a> = (
    Option<Cow<'a, str>>,
    Option<Cow<'a, str>>,
    Option<Cow<'a, str>>,
);

fn body_fields(decoded: Decoded<'_>) -> Fields<'_> {
    match decoded {
        Decoded::Nhn {
            message, detail, ..
        } => (message, detail, None),
        Decoded::TencentError {
            message,
            request_id,
            ..
        } => (message, None, request_id),
        Decoded::TencentSuccess { request_id } => (None, None, request_id),
    }
}

/// What is worked out once per distinct code: its classification, texts and
/// JSON. A log repeats a few codes many times.
#[derive(Debug)]
struct Known {
    class: Classification,
    described: Described,
    json: JsonParts,
}

/// FNV-1a: codes are short, and the memo is looked up once per body.
#[derive(Debug)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

type FastMap<V> = HashMap<String, V, std::hash::BuildHasherDefault<Fnv>>;

/// The per-code memo, capped so that a stream of ever-new codes cannot grow
/// it without bound.
#[derive(Debug, Default)]
struct Memo {
    nhn: FastMap<Option<Rc<Known>>>,
    tencent: FastMap<Option<Rc<Known>>>,
    success: Option<Rc<Known>>,
}

/// Distinct codes remembered before the memo starts over.
const MEMO_CAP: usize = 4096;

impl Memo {
    /// The known facts for `decoded`'s code; `None` when the code is unknown.
    fn get(&mut self, decoded: &Decoded<'_>, lang: Lang) -> Option<Rc<Known>> {
        let learn = || {
            classify_decoded(decoded).ok().map(|class| {
                let described = describe::describe(&class, lang);
                let json = JsonParts::new(&class, &described, lang);
                Rc::new(Known {
                    class,
                    described,
                    json,
                })
            })
        };
        let (map, code) = match decoded {
            Decoded::Nhn { code, .. } => (&mut self.nhn, code),
            Decoded::TencentError { code, .. } => (&mut self.tencent, code),
            Decoded::TencentSuccess { .. } => {
                return Some(
                    self.success
                        .get_or_insert_with(|| learn().expect("success classifies"))
                        .clone(),
                );
            }
        };
        if let Some(known) = map.get(code.as_ref()) {
            return known.clone();
        }
        if map.len() >= MEMO_CAP {
            map.clear();
        }
        let known = learn();
        map.insert(code.to_string(), known.clone());
        known
    }
}

/// Counts for `--summary`, in the order codes were first seen.
#[derive(Debug, Default)]
struct Tally {
    order: Vec<Classification>,
    /// Per provider (`Provider as usize`): code → index in `order` and `counts`.
    index: [HashMap<String, usize>; 2],
    counts: Vec<usize>,
    categories: [usize; 5],
}

impl Tally {
    fn add(&mut self, c: &Classification) {
        let index = &mut self.index[c.provider as usize];
        let i = match index.get(c.code.as_str()) {
            Some(&i) => i,
            None => {
                index.insert(c.code.clone(), self.order.len());
                self.order.push(c.clone());
                self.counts.push(0);
                self.order.len() - 1
            }
        };
        self.counts[i] += 1;
        self.categories[category_index(c.category)] += 1;
    }

    fn total(&self) -> usize {
        self.categories.iter().sum()
    }

    /// Most frequent first; first seen first among equals.
    fn rows(&self) -> Vec<(&Classification, usize)> {
        let mut rows: Vec<_> = self.order.iter().zip(self.counts.iter().copied()).collect();
        rows.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
        rows
    }
}

fn category_index(c: Category) -> usize {
    Category::ALL.iter().position(|&x| x == c).unwrap_or(0)
}

#[derive(Serialize)]
struct JsonSummary<'a> {
    summary: JsonSummaryBody<'a>,
}

#[derive(Serialize)]
struct JsonSummaryBody<'a> {
    total: usize,
    codes: Vec<JsonCodeCount<'a>>,
    categories: serde_json::Map<String, serde_json::Value>,
}

#[derive(Serialize)]
struct JsonCodeCount<'a> {
    provider: &'static str,
    code: &'a str,
    category: &'static str,
    count: usize,
}

fn write_summary(out: &mut dyn Write, tally: &Tally, format: Format, lang: Lang) -> io::Result<()> {
    let rows = tally.rows();
    match format {
        Format::Json => {
            let categories = Category::ALL
                .iter()
                .map(|&c| {
                    (
                        c.name().to_string(),
                        tally.categories[category_index(c)].into(),
                    )
                })
                .collect();
            let codes = rows
                .iter()
                .map(|&(c, count)| JsonCodeCount {
                    provider: c.provider.name(),
                    code: &c.code,
                    category: c.category.name(),
                    count,
                })
                .collect();
            let summary = JsonSummary {
                summary: JsonSummaryBody {
                    total: tally.total(),
                    codes,
                    categories,
                },
            };
            serde_json::to_writer(&mut *out, &summary)?;
            writeln!(out)
        }
        Format::Text => {
            let total = say(
                lang,
                &catalog::SUMMARY_TOTAL,
                &[("value", &tally.total().to_string())],
            );
            writeln!(
                out,
                "{} · {total}",
                crate::color::style::code(lang.pick(&catalog::SUMMARY_TITLE))
            )?;
            let mut table: Vec<(String, usize, Category)> = rows
                .iter()
                .map(|&(c, n)| (c.code.clone(), n, c.category))
                .collect();
            for &cat in &Category::ALL {
                let n = tally.categories[category_index(cat)];
                if n > 0 {
                    table.push((category_name(cat, lang).to_string(), n, cat));
                }
            }
            let width = table
                .iter()
                .map(|(k, _, _)| unicode_width::UnicodeWidthStr::width(k.as_str()))
                .max()
                .unwrap_or(0);
            let digits = table
                .iter()
                .map(|(_, n, _)| n.to_string().len())
                .max()
                .unwrap_or(1);
            for (i, (key, n, cat)) in table.iter().enumerate() {
                if i == rows.len() {
                    writeln!(out)?;
                }
                let label = render::pad(key, width);
                let name = category_name(*cat, lang);
                let tail = if i < rows.len() {
                    format!("  {name}")
                } else {
                    String::new()
                };
                let line = format!("  {label}  {n:>digits$}{tail}");
                writeln!(out, "{}", crate::color::style::category(*cat, &line))?;
            }
            Ok(())
        }
    }
}

/// An empty item buffer, re-typed for the next line's borrow. Collecting an
/// empty vector's `into_iter().map(…)` reuses its allocation in place, so
/// one buffer serves every line without an allocation per line.
fn recycle<'a>(spare: &mut Vec<Item<'static>>) -> Vec<Item<'a>> {
    std::mem::take(spare)
        .into_iter()
        .map(Item::into_owned)
        .collect()
}

/// The emptied buffer, kept for the next line.
fn keep(items: Vec<Item<'_>>) -> Vec<Item<'static>> {
    debug_assert!(items.is_empty());
    items.into_iter().map(Item::into_owned).collect()
}

/// One input: its display name and its bytes.
struct Input {
    name: String,
    reader: Box<dyn Read>,
}

/// What one input gave, for the "nothing decodable" message.
#[derive(Debug, Default)]
struct Outcome {
    results: usize,
    problems: usize,
    last_line: u64,
    last_len: usize,
    first_miss: Option<(u64, usize)>,
}

/// Writes results and failures as the scanner finds them.
struct Run<'a> {
    settings: &'a Settings,
    options: &'a Options,
    out: &'a mut dyn Write,
    err: &'a mut dyn Write,
    verdict: &'a mut ExitStatus,
    shown: usize,
    tally: Tally,
    memo: Memo,
    /// The JSON line being built, reused.
    line: Vec<u8>,
    /// The `FILE:LINE` of the item at hand, reused.
    source: String,
}

/// JSON lines are gathered up to this size and written at once.
const BATCH: usize = 64 * 1024;

impl<'a> Run<'a> {
    fn new(
        settings: &'a Settings,
        options: &'a Options,
        out: &'a mut dyn Write,
        err: &'a mut dyn Write,
        verdict: &'a mut ExitStatus,
    ) -> Run<'a> {
        Run {
            settings,
            options,
            out,
            err,
            verdict,
            shown: 0,
            tally: Tally::default(),
            memo: Memo::default(),
            line: Vec::new(),
            source: String::new(),
        }
    }

    /// Writes the gathered JSON lines.
    fn flush_lines(&mut self) -> io::Result<()> {
        let result = self.out.write_all(&self.line);
        self.line.clear();
        result
    }

    /// Everything so far, out to the reader (before waiting or an error).
    fn flush(&mut self) -> io::Result<()> {
        self.flush_lines()?;
        self.out.flush()
    }

    fn fail(
        &mut self,
        kind: ExitStatus,
        message: String,
        source: Option<String>,
    ) -> io::Result<()> {
        self.flush()?;
        let failure = Failure {
            source,
            ..Failure::new(kind, message)
        };
        failure.report(self.err, self.settings.format, self.verdict);
        Ok(())
    }

    fn position(&self, line: u64, column: usize) -> String {
        say(
            self.settings.lang,
            &catalog::POSITION,
            &[("line", &line.to_string()), ("column", &column.to_string())],
        )
    }

    fn item(&mut self, name: &str, item: Item<'_>, outcome: &mut Outcome) -> io::Result<()> {
        use std::fmt::Write as _;
        let mut source = std::mem::take(&mut self.source);
        source.clear();
        let _ = write!(source, "{name}:{}", item.line);
        let result = self.item_at(name, &source, item, outcome);
        self.source = source;
        result
    }

    fn item_at(
        &mut self,
        name: &str,
        source: &str,
        item: Item<'_>,
        outcome: &mut Outcome,
    ) -> io::Result<()> {
        let lang = self.settings.lang;
        let problem = match item.kind {
            ItemKind::Body { decoded, transport } => {
                let Some(known) = self.memo.get(&decoded, lang) else {
                    let code = classify_decoded(&decoded).err().unwrap_or_default();
                    let code = escape(code).into_owned();
                    outcome.problems += 1;
                    let message = say(
                        lang,
                        &catalog::ERR_UNKNOWN_IN_BODY,
                        &[
                            ("file", &escape(name)),
                            ("value", &self.position(item.line, item.column)),
                            ("code", &code),
                        ],
                    );
                    return self.fail(ExitStatus::Undecodable, message, Some(source.to_string()));
                };
                outcome.results += 1;
                *self.verdict = self.verdict.worst(known.class.category.exit_status());
                if self.options.summary {
                    self.tally.add(&known.class);
                }
                let (message, detail, request_id) = body_fields(decoded);
                match self.settings.format {
                    Format::Json => {
                        known.json.write_line(
                            &mut self.line,
                            source,
                            message.as_deref(),
                            detail.as_deref(),
                            request_id.as_deref(),
                        );
                        if self.line.len() >= BATCH {
                            self.flush_lines()?;
                        }
                    }
                    Format::Text => {
                        if self.shown > 0 {
                            writeln!(self.out)?;
                        }
                        let finding = Finding {
                            source: source.to_string(),
                            class: known.class.clone(),
                            message: message.map(Cow::into_owned),
                            detail: detail.map(Cow::into_owned),
                            request_id: request_id.map(Cow::into_owned),
                            transport,
                        };
                        render::write_text_described(self.out, &finding, &known.described, lang)?;
                    }
                }
                self.shown += 1;
                return Ok(());
            }
            ItemKind::Problem(problem) => problem,
        };
        outcome.problems += 1;
        let text: &Text = match problem {
            Problem::TooLarge => &catalog::ERR_BODY_TOO_LARGE,
            Problem::LineTooLong => &catalog::ERR_LINE_TOO_LONG,
            Problem::TooDeep => &catalog::ERR_TOO_DEEP,
            Problem::InvalidUtf8 => &catalog::ERR_INVALID_UTF8,
            Problem::Malformed => &catalog::ERR_MALFORMED,
            Problem::Truncated => &catalog::ERR_TRUNCATED,
        };
        let message = say(
            lang,
            text,
            &[
                ("file", &escape(name)),
                ("value", &self.position(item.line, item.column)),
                ("status", &show_size(self.options.max_body)),
            ],
        );
        self.fail(ExitStatus::Undecodable, message, Some(source.to_string()))
    }

    /// Scans one input to its end. A read error ends this input only.
    fn input(&mut self, input: Input) -> io::Result<Outcome> {
        let mut outcome = Outcome::default();
        let mut reader = LineReader::new(input.reader, self.options.max_body);
        let mut scanner = Scanner::new(self.options.max_body);
        let mut number = 0;
        let mut spare: Vec<Item<'static>> = Vec::new();
        loop {
            let line = match reader.next_line() {
                Ok(Some(line)) => line,
                Ok(None) => break,
                Err(e) => {
                    let message = say(
                        self.settings.lang,
                        &catalog::ERR_READ,
                        &[
                            ("file", &escape(&input.name)),
                            ("value", &io_reason(&e, self.settings.lang)),
                        ],
                    );
                    self.fail(ExitStatus::Io, message, Some(input.name.clone()))?;
                    outcome.problems += 1;
                    break;
                }
            };
            number += 1;
            // Items borrow the line, so they live and die with it; the
            // buffer is kept from line to line (see `recycle`).
            let mut items = recycle(&mut spare);
            match line {
                Line::Text(bytes) => {
                    outcome.last_len = bytes.len();
                    scanner.push_line(number, bytes, &mut items);
                }
                Line::Overlong => {
                    outcome.last_len = 0;
                    scanner.push_overlong(number, &mut items);
                }
            }
            for item in items.drain(..) {
                self.item(&input.name, item, &mut outcome)?;
            }
            spare = keep(items);
            // Streaming: show what we have before waiting for more input.
            if !reader.has_buffered_line() {
                self.flush()?;
            }
        }
        let mut items = Vec::new();
        scanner.finish(&mut items);
        for item in items.drain(..) {
            self.item(&input.name, item, &mut outcome)?;
        }
        self.flush_lines()?;
        outcome.last_line = number.max(1);
        outcome.first_miss = scanner.first_miss();
        Ok(outcome)
    }
}

/// Why reading failed, in the user's language where ecode knows the cause.
fn io_reason(e: &io::Error, lang: Lang) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => lang.pick(&catalog::IO_NOT_FOUND).to_string(),
        io::ErrorKind::PermissionDenied => lang.pick(&catalog::IO_PERMISSION_DENIED).to_string(),
        io::ErrorKind::IsADirectory => lang.pick(&catalog::IO_IS_A_DIRECTORY).to_string(),
        _ => e.to_string(),
    }
}

fn open(name: &OsString) -> io::Result<Input> {
    if name == "-" {
        return Ok(Input {
            name: "stdin".into(),
            reader: Box::new(io::stdin()),
        });
    }
    let file = File::open(name)?;
    Ok(Input {
        name: name.to_string_lossy().into_owned(),
        reader: Box::new(file),
    })
}

/// Decodes one stream end to end — reading, scanning, classifying and
/// writing — as `parse` does for each input. For tests and fuzzing.
pub fn decode_stream(
    name: &str,
    reader: Box<dyn Read>,
    options: &Options,
    settings: &Settings,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitStatus> {
    let mut verdict = ExitStatus::Ok;
    let mut run = Run::new(settings, options, out, err, &mut verdict);
    let input = Input {
        name: name.to_string(),
        reader,
    };
    run.input(input)?;
    Ok(verdict)
}

pub fn run(
    options: &Options,
    settings: &Settings,
    out: &mut dyn Write,
    err: &mut dyn Write,
    verdict: &mut ExitStatus,
) -> io::Result<()> {
    let lang = settings.lang;
    if options.files.is_empty() && settings.stdin_is_tty {
        let message = say(lang, &catalog::ERR_TTY_STDIN, &[]);
        Failure::new(ExitStatus::Usage, message).report(err, settings.format, verdict);
        return Ok(());
    }
    let names = if options.files.is_empty() {
        vec![OsString::from("-")]
    } else {
        options.files.clone()
    };
    let mut run = Run::new(settings, options, out, err, verdict);
    let mut outcomes = Vec::new();
    for name in &names {
        match open(name) {
            Ok(input) => {
                let shown = input.name.clone();
                outcomes.push((shown, run.input(input)?));
            }
            Err(e) => {
                let file = escape(&name.to_string_lossy()).into_owned();
                let reason = io_reason(&e, lang);
                let message = say(
                    lang,
                    &catalog::ERR_FILE_OPEN,
                    &[("file", &file), ("value", &reason)],
                );
                run.fail(ExitStatus::Io, message, Some(file))?;
            }
        }
    }
    // Nothing decoded anywhere and nothing else said: tell where each input stopped.
    let said = outcomes.iter().any(|(_, o)| o.results + o.problems > 0);
    if !said {
        for (name, o) in &outcomes {
            let (line, column) = o.first_miss.unwrap_or((o.last_line, o.last_len + 1));
            let at = run.position(line, column);
            let file = escape(name).into_owned();
            let message = say(
                lang,
                &catalog::ERR_NOTHING_DECODABLE,
                &[("file", &file), ("value", &at)],
            );
            run.fail(
                ExitStatus::Undecodable,
                message,
                Some(format!("{name}:{line}")),
            )?;
        }
    }
    if options.summary {
        if settings.format == Format::Text && run.shown > 0 {
            writeln!(run.out)?;
        }
        write_summary(run.out, &run.tally, settings.format, lang)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        for (text, want) in [
            ("64MiB", Some(64 << 20)),
            ("512KiB", Some(512 << 10)),
            ("1m", Some(1 << 20)),
            ("1048576", Some(1 << 20)),
            ("2 G", Some(2 << 30)),
            ("0", None),
            ("", None),
            ("12 parsecs", None),
            ("-1", None),
            ("99999999999999999999G", None),
        ] {
            assert_eq!(parse_size(text), want, "{text:?}");
        }
        assert_eq!(show_size(DEFAULT_MAX_BODY), "64 MiB");
        assert_eq!(show_size(1000), "1000 B");
    }

    #[test]
    fn decoded_bodies_are_classified_by_their_provider() {
        let nhn = |code: &'static str| Decoded::Nhn {
            code: code.into(),
            message: Some("Conflict".into()),
            detail: Some("in use".into()),
        };
        let class = classify_decoded(&nhn("40409")).unwrap();
        assert_eq!(
            (class.code.as_str(), class.category),
            ("40409", Category::Retry)
        );
        assert_eq!(classify_decoded(&nhn("12345")).unwrap_err(), "12345");
        // an NHN body is never read as a Tencent code, nor the other way round
        assert!(classify_decoded(&nhn("InternalError")).is_err());
        let tc = Decoded::TencentError {
            code: "ResourceBusy".into(),
            message: None,
            request_id: Some("r".into()),
        };
        let class = classify_decoded(&tc).unwrap();
        assert_eq!(
            class.category,
            Category::Retry,
            "product codes are read in a body"
        );
        assert_eq!(body_fields(tc), (None, None, Some("r".into())));
        assert_eq!(
            body_fields(nhn("-4")),
            (Some("Conflict".into()), Some("in use".into()), None)
        );
        let ok = Decoded::TencentSuccess { request_id: None };
        assert_eq!(classify_decoded(&ok).unwrap().category, Category::Ok);
    }

    #[test]
    fn the_memo_forgets_rather_than_grows() {
        let mut memo = Memo::default();
        for i in 0..MEMO_CAP + 10 {
            let code = format!("Product{i}.NotFound");
            let d = Decoded::TencentError {
                code: code.into(),
                message: None,
                request_id: None,
            };
            assert!(memo.get(&d, Lang::En).is_some());
            assert!(memo.tencent.len() <= MEMO_CAP);
        }
    }

    #[test]
    fn summary_counts_most_frequent_first() {
        let mut tally = Tally::default();
        for code in ["-4", "40409", "40409", "0"] {
            tally.add(&classify::classify(code, Context::Bare, None).unwrap());
        }
        let rows: Vec<(&str, usize)> = tally
            .rows()
            .iter()
            .map(|(c, n)| (c.code.as_str(), *n))
            .collect();
        assert_eq!(rows, [("40409", 2), ("-4", 1), ("0", 1)]);
        assert_eq!(tally.total(), 4);
        let mut out = Vec::new();
        write_summary(&mut out, &tally, Format::Json, Lang::En).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["summary"]["total"], 4);
        assert_eq!(v["summary"]["codes"][0]["code"], "40409");
        assert_eq!(v["summary"]["categories"]["retry"], 2);
        assert_eq!(v["summary"]["categories"]["permission"], 0);
    }
}
