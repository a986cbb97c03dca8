//! `ecode parse [FILE]...`: response bodies, transcripts, logs and SDK
//! exception lines from files or stdin, decoded as they stream past. This
//! module owns the inputs, the per-code memo and the verdict; the `parse`
//! engine finds, `classify` decides, `render` writes.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ffi::OsString;
use std::fs::File;
use std::io::{self, Read, Seek};
use std::rc::Rc;

mod parallel;

use super::io_reason;
use crate::bom;
use crate::catalog::{Catalog, messages};
use crate::classify::{self, Classification, Envelope, NhnBy, Reading, Report};
use crate::context::Context;
use crate::describe;
use crate::exit_codes::{Category, ExitStatus};
use crate::lang::{Lang, Text};
use crate::mask::{self, mask};
use crate::model::{Failure, Format, Transport, retry_after_secs};
use crate::parse::envelope::{Decoded, Expected, Refusal};
use crate::parse::nhn::MAX_CODE;
use crate::parse::reader::{Line, LineReader};
use crate::parse::scan::{Item, ItemKind, Problem, Scanner, Triggers};
use crate::render::json::{JsonParts, Own};
use crate::render::summary::{self, Tally};
use crate::render::text::{self, TextParts, Values};
use crate::report::{self, Said};
use crate::sanitize::{escape, quote};
use crate::size::show_size;

/// What `parse` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    pub files: Vec<OsString>,
    pub summary: bool,
    pub max_body: usize,
    /// `--report`: a support ticket after each failure.
    pub report: bool,
}

/// What a decoded item reported, as the classifier takes it.
fn report<'a>(decoded: &'a Decoded<'_>, transport: Option<&Transport>) -> Report<'a> {
    let mut r = Report::new(decoded.envelope, decoded.code.as_deref());
    r.message = decoded.message.as_deref();
    r.successful = decoded.successful;
    r.code_desc = decoded.code_desc();
    r.api = decoded.api();
    r.retry_after =
        decoded.retry_after().is_some() || transport.is_some_and(|t| t.retry_after.is_some());
    r.transport_status = transport.map(|t| t.status);
    if decoded.envelope == Envelope::HttpStatus {
        // A Node dump's `httpCode` is the status line the SDK saw.
        r.transport_status = r.transport_status.or(decoded.status());
    } else {
        r.status = decoded.status();
    }
    r
}

/// What is worked out once per distinct reading: its classification and
/// its output, as far as it does not change from result to result. A log
/// repeats a few codes many times.
#[derive(Debug)]
struct Known<'c> {
    class: Classification<'c>,
    view: View,
}

/// The output of a reading, in the format asked for.
#[derive(Debug)]
enum View {
    Json(JsonParts),
    Text(TextParts),
}

/// The memo's hasher: xxh3 over each piece written, eight bytes at a time.
#[derive(Debug, Default)]
struct Xxh(u64);

impl std::hash::Hasher for Xxh {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = xxhash_rust::xxh3::xxh3_64_with_seed(bytes, self.0);
    }
}

type FastMap<V> = HashMap<String, V, std::hash::BuildHasherDefault<Xxh>>;

/// The per-reading memo, capped so that a stream of ever-new codes cannot
/// grow it without bound.
#[derive(Debug, Default)]
struct Memo<'c> {
    map: FastMap<Option<Rc<Known<'c>>>>,
    /// The key being looked up, reused.
    key: String,
}

/// Distinct readings remembered before the memo starts over.
const MEMO_CAP: usize = 1024;
/// Codes longer than this (with their `codeDesc`) are not remembered, so
/// that the memo stays within a few MiB whatever the input.
const MEMO_KEY_MAX: usize = 256;

/// Writes into `key` everything the classification of `r` depends on
/// apart from its message, or returns false when the message may matter at
/// once (an OpenStack fault's quota words, a Tencent message that may nest
/// a cause): those are classified each time. A memoized reading that was
/// decided by the message's words (another NHN service's code) is not
/// reused either (`Memo::get`).
fn memo_key(r: &Report, key: &mut String) -> bool {
    key.clear();
    let (code, code_desc) = (r.code.unwrap_or_default(), r.code_desc.unwrap_or_default());
    if code.len() + code_desc.len() > MEMO_KEY_MAX {
        return false;
    }
    let message = r.message.unwrap_or_default();
    match r.envelope {
        Envelope::Tencent | Envelope::TencentBare | Envelope::SdkLine
            if memchr::memchr(b'[', message.as_bytes()).is_some() || message.contains("Code=") =>
        {
            return false;
        }
        Envelope::OpenStack => return false,
        _ => {}
    }
    // The reading's inputs, each closed by a separator no code holds.
    key.push_str(r.envelope.name());
    for part in [code, code_desc] {
        key.push('\u{1f}');
        key.push_str(part);
    }
    key.push(match r.successful {
        Some(true) => 't',
        Some(false) => 'f',
        None => '-',
    });
    key.push(if r.retry_after { 'r' } else { '-' });
    if let Some(status) = r.transport_status {
        key.push_str(itoa::Buffer::new().format(status));
    }
    true
}

/// A reading its message's words decided: good for that message only.
fn by_words(class: &Classification) -> bool {
    matches!(
        class.reading,
        Reading::NhnOther {
            by: NhnBy::Words | NhnBy::Default,
            ..
        }
    )
}

impl<'c> Memo<'c> {
    /// The known facts for what `r` reported; `None` when its code is unknown.
    fn get(
        &mut self,
        catalog: &'c Catalog,
        r: &Report,
        lang: Lang,
        format: Format,
    ) -> Option<Rc<Known<'c>>> {
        let learn = || {
            classify::classify_report(catalog, r).map(|class| {
                let described = describe::describe(catalog, &class, lang);
                let view = match format {
                    Format::Json => View::Json(JsonParts::new(&class, &described, lang)),
                    Format::Text => View::Text(TextParts::new(
                        catalog,
                        &class,
                        &described,
                        lang,
                        r.transport_status,
                        r.retry_after,
                    )),
                };
                Rc::new(Known { class, view })
            })
        };
        if !memo_key(r, &mut self.key) {
            return learn();
        }
        if let Some(known) = self.map.get(self.key.as_str()) {
            if known.as_ref().is_some_and(|k| by_words(&k.class)) {
                return learn();
            }
            return known.clone();
        }
        if self.map.len() >= MEMO_CAP {
            self.map.clear();
        }
        let known = learn();
        self.map.insert(self.key.clone(), known.clone());
        known
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

/// One input: its display name, its bytes as UTF-8 text, and the encoding
/// they were decoded from, if not UTF-8 (`bom`).
struct Input {
    name: String,
    reader: Box<dyn Read>,
    encoding: Option<&'static str>,
}

impl Input {
    /// `reader` decoded as its byte-order mark says.
    fn new(name: String, reader: Box<dyn Read>) -> io::Result<Input> {
        let (reader, encoding) = bom::decode(reader)?;
        Ok(Input {
            name,
            reader,
            encoding: encoding.label(),
        })
    }
}

/// What one input gave, for the "nothing decodable" message.
#[derive(Debug, Default)]
#[cfg_attr(test, derive(PartialEq))]
struct Outcome {
    results: usize,
    problems: usize,
    last_line: u64,
    last_len: usize,
    first_miss: Option<(u64, usize)>,
}

/// Writes results and failures as the scanner finds them.
struct Run<'r, 'c> {
    ctx: &'r mut Context<'c>,
    options: &'r Options,
    shown: usize,
    tally: Tally,
    memo: Memo<'c>,
    /// The results being built, reused: written out once they reach
    /// `BATCH` bytes, and before the input is waited for.
    line: Vec<u8>,
    /// Results are kept in `line` to the end of the input (which cannot
    /// keep anyone waiting), and written only before an error.
    hold: bool,
    /// The `FILE:LINE` of the item at hand, reused.
    source: String,
}

/// Results are gathered up to this size and written at once.
const BATCH: usize = 64 * 1024;

impl<'r, 'c> Run<'r, 'c> {
    fn new(ctx: &'r mut Context<'c>, options: &'r Options) -> Run<'r, 'c> {
        Run {
            ctx,
            options,
            shown: 0,
            tally: Tally::default(),
            memo: Memo::default(),
            line: Vec::new(),
            hold: false,
            source: String::new(),
        }
    }

    /// Writes the gathered JSON lines.
    fn flush_lines(&mut self) -> io::Result<()> {
        let result = self.ctx.out.write_all(&self.line);
        self.line.clear();
        result
    }

    /// Everything so far, out to the reader (before waiting or an error).
    fn flush(&mut self) -> io::Result<()> {
        if self.hold {
            return Ok(());
        }
        self.flush_lines()?;
        self.ctx.out.flush()
    }

    fn fail(&mut self, kind: ExitStatus, message: String, source: String) -> io::Result<()> {
        self.flush_lines()?;
        self.ctx.fail(&Failure::new(kind, message).at(source))
    }

    fn position(&self, line: u64, column: usize) -> String {
        self.ctx.settings.lang.say(
            &messages::POSITION,
            &[("line", &line.to_string()), ("column", &column.to_string())],
        )
    }

    fn item(
        &mut self,
        input: (&str, Option<&str>),
        item: Item<'_>,
        outcome: &mut Outcome,
    ) -> io::Result<()> {
        let (name, encoding) = input;
        let mut source = std::mem::take(&mut self.source);
        source.clear();
        source.push_str(name);
        source.push(':');
        source.push_str(itoa::Buffer::new().format(item.line));
        if let Some(encoding) = encoding {
            source.push_str(" (");
            source.push_str(encoding);
            source.push(')');
        }
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
        let settings = self.ctx.settings;
        let (lang, catalog) = (settings.lang, settings.catalog);
        let problem = match item.kind {
            ItemKind::Body { decoded, transport } => {
                let r = report(&decoded, transport.as_ref());
                let Some(known) = self.memo.get(catalog, &r, lang, settings.format) else {
                    let code = quote(&mask(r.code.unwrap_or_default()));
                    outcome.problems += 1;
                    if self.options.summary {
                        self.tally.add_undecodable();
                    }
                    let message = lang.say(
                        &messages::ERR_UNKNOWN_IN_BODY,
                        &[
                            ("file", &escape(name)),
                            ("value", &self.position(item.line, item.column)),
                            ("code", &code),
                        ],
                    );
                    return self.fail(ExitStatus::Undecodable, message, source.to_string());
                };
                outcome.results += 1;
                self.ctx.found(known.class.category);
                if self.options.summary {
                    self.tally.add(&known.class);
                }
                if settings.quiet {
                    return Ok(());
                }
                let retry_after = decoded.retry_after().cloned().or_else(|| {
                    transport
                        .as_ref()
                        .and_then(|t| t.retry_after.clone())
                        .map(Cow::Owned)
                });
                // Built only when asked: nothing of it runs without --report.
                let ticket =
                    (self.options.report && known.class.category != Category::Ok).then(|| {
                        let said = Said {
                            message: decoded.message.as_deref(),
                            detail: decoded.detail.as_deref(),
                            request_id: decoded.request_id.as_deref(),
                            transport: transport.as_ref(),
                        };
                        report::ticket(&known.class, said)
                    });
                // What is quoted from the input, secrets masked.
                let message = decoded.message.as_deref().map(mask);
                let detail = (decoded.detail.as_deref())
                    .map(|d| mask::detail(decoded.message.as_deref(), d));
                let request_id = decoded.request_id.as_deref().map(mask);
                match &known.view {
                    View::Json(json) => {
                        let date = transport.as_ref().and_then(|t| t.date.as_deref());
                        let own = Own {
                            source,
                            message: message.as_deref(),
                            detail: detail.as_deref(),
                            request_id: request_id.as_deref(),
                            transport_status: transport.as_ref().map(|t| t.status),
                            retry_after: retry_after
                                .as_deref()
                                .and_then(|v| retry_after_secs(v, date)),
                            report: ticket.as_ref(),
                        };
                        json.write_line(&mut self.line, &own);
                    }
                    View::Text(parts) => {
                        if self.shown > 0 {
                            self.line.push(b'\n');
                        }
                        let retry_after = retry_after.as_deref().map(mask);
                        let values = Values {
                            source,
                            message: message.as_deref(),
                            detail: detail.as_deref(),
                            request_id: request_id.as_deref(),
                            retry_after: retry_after.as_deref(),
                        };
                        parts.write(&mut self.line, &values)?;
                        if let Some(t) = &ticket {
                            self.line.push(b'\n');
                            text::write_report(&mut self.line, t, lang)?;
                        }
                    }
                }
                if self.line.len() >= BATCH && !self.hold {
                    self.flush_lines()?;
                }
                self.shown += 1;
                return Ok(());
            }
            ItemKind::Problem(problem) => problem,
        };
        outcome.problems += 1;
        if self.options.summary {
            self.tally.add_undecodable();
        }
        let text: &Text = match problem {
            Problem::TooLarge => &messages::ERR_BODY_TOO_LARGE,
            Problem::TooDeep => &messages::ERR_TOO_DEEP,
            Problem::InvalidUtf8 => &messages::ERR_INVALID_UTF8,
            Problem::Malformed => &messages::ERR_MALFORMED,
            Problem::Truncated => &messages::ERR_TRUNCATED,
            Problem::Refused(Refusal::CodeTooLong(start)) => {
                let message = lang.say(
                    &messages::ERR_CODE_TOO_LONG,
                    &[
                        ("file", &escape(name)),
                        ("value", &self.position(item.line, item.column)),
                        ("status", &MAX_CODE.to_string()),
                        ("code", &quote(&mask(&start))),
                    ],
                );
                return self.fail(ExitStatus::Undecodable, message, source.to_string());
            }
            Problem::Refused(Refusal::Field {
                field,
                raw,
                expected,
            }) => {
                let expected = match expected {
                    Expected::Code => &messages::EXPECTED_CODE,
                    Expected::StringCode => &messages::EXPECTED_STRING_CODE,
                    Expected::ErrorObject => &messages::EXPECTED_ERROR_OBJECT,
                };
                let message = lang.say(
                    &messages::ERR_REFUSED_FIELD,
                    &[
                        ("file", &escape(name)),
                        ("value", &self.position(item.line, item.column)),
                        ("code", field),
                        ("status", &quote(&raw)),
                        ("list", lang.pick(expected)),
                    ],
                );
                return self.fail(ExitStatus::Undecodable, message, source.to_string());
            }
        };
        let message = lang.say(
            text,
            &[
                ("file", &escape(name)),
                ("value", &self.position(item.line, item.column)),
                ("status", &show_size(self.options.max_body)),
            ],
        );
        self.fail(ExitStatus::Undecodable, message, source.to_string())
    }

    /// The `--summary` counts, after the results.
    fn summary(&mut self) -> io::Result<()> {
        let settings = self.ctx.settings;
        if settings.format == Format::Text && self.shown > 0 {
            writeln!(self.ctx.out)?;
        }
        summary::write_summary(self.ctx.out, &self.tally, settings.format, settings.lang)
    }

    /// Scans one input to its end. A read error ends this input only.
    fn input(&mut self, input: Input) -> io::Result<Outcome> {
        let mut outcome = Outcome::default();
        let Input {
            name,
            reader,
            encoding,
        } = input;
        let mut reader = LineReader::new(reader, self.options.max_body);
        let mut scanner = Scanner::new(self.options.max_body);
        if self.options.report {
            scanner.quote_lines();
        }
        let mut number = 0;
        let named = (name.as_str(), encoding);
        self.lines(named, &mut reader, &mut scanner, &mut number, &mut outcome)?;
        self.finish(named, scanner, number, &mut outcome)?;
        Ok(outcome)
    }

    /// Reads lines to the end of `reader` (or a read error, told), the
    /// scanner and the line count going on from where they stand.
    fn lines<R: Read>(
        &mut self,
        input: (&str, Option<&str>),
        reader: &mut LineReader<R>,
        scanner: &mut Scanner,
        number: &mut u64,
        outcome: &mut Outcome,
    ) -> io::Result<()> {
        let name = input.0;
        let mut triggers = Triggers::default();
        let mut spare: Vec<Item<'static>> = Vec::new();
        loop {
            if scanner.idle() {
                // Lines that cannot hold anything, passed over in bulk.
                let (lines, last_len) =
                    reader.skip_lines_before(|at, bytes| triggers.find(at, bytes));
                if lines > 0 {
                    *number += lines;
                    outcome.last_len = last_len;
                    if !reader.has_buffered_line() {
                        self.flush()?;
                    }
                }
            }
            let at = reader.position();
            let line = match reader.next_line() {
                Ok(Some(line)) => line,
                Ok(None) => return Ok(()),
                Err(e) => {
                    let lang = self.ctx.settings.lang;
                    let message = lang.say(
                        &messages::ERR_READ,
                        &[("file", &escape(name)), ("value", &io_reason(&e, lang))],
                    );
                    self.fail(ExitStatus::Io, message, name.to_string())?;
                    outcome.problems += 1;
                    return Ok(());
                }
            };
            // Items borrow the line, so they live and die with it; the
            // buffer is kept from line to line (see `recycle`).
            let mut items = recycle(&mut spare);
            let mut used = None;
            match line {
                Line::Text(bytes) => {
                    *number += 1;
                    outcome.last_len = bytes.len();
                    let clear = triggers.clear_of_markers(at, at + bytes.len() as u64);
                    scanner.push(*number, bytes, clear, &mut items);
                }
                Line::Part {
                    bytes,
                    column,
                    last,
                } => {
                    if column == 0 {
                        *number += 1;
                    }
                    outcome.last_len = column + bytes.len();
                    let n = scanner.push_part(*number, column, bytes, last, &mut items);
                    used = (!last).then_some(n);
                }
            }
            for item in items.drain(..) {
                self.item(input, item, outcome)?;
            }
            spare = keep(items);
            if let Some(n) = used {
                reader.consume(n);
            }
            // Streaming: show what we have before waiting for more input.
            if !reader.has_buffered_line() {
                self.flush()?;
            }
        }
    }

    /// The input has ended: what the scanner still held, and the outcome's
    /// last facts.
    fn finish(
        &mut self,
        input: (&str, Option<&str>),
        mut scanner: Scanner,
        number: u64,
        outcome: &mut Outcome,
    ) -> io::Result<()> {
        let mut items = Vec::new();
        scanner.finish(&mut items);
        for item in items.drain(..) {
            self.item(input, item, outcome)?;
        }
        self.flush_lines()?;
        outcome.last_line = number.max(1);
        outcome.first_miss = outcome.first_miss.or(scanner.first_miss());
        Ok(())
    }
}

/// A regular file large enough to be read on two cores, when there are
/// two, in UTF-8 without a byte-order mark (the rest are decoded as they
/// stream, by one thread).
fn large_file(name: &OsString) -> Option<File> {
    if name == "-" || std::thread::available_parallelism().map_or(1, |n| n.get()) < 2 {
        return None;
    }
    let mut file = File::open(name).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() || meta.len() < parallel::MIN_SIZE {
        return None;
    }
    let mut head = [0; 3];
    file.read_exact(&mut head).ok()?;
    if bom::mark(&head) != bom::Encoding::Plain {
        return None;
    }
    file.seek(io::SeekFrom::Start(0)).ok()?;
    Some(file)
}

fn open(name: &OsString, ctx: &mut Context) -> io::Result<Input> {
    if name == "-" {
        return Input::new("stdin".into(), ctx.take_stdin());
    }
    let file = File::open(name)?;
    Input::new(name.to_string_lossy().into_owned(), Box::new(file))
}

/// Decodes one stream end to end — reading, scanning, classifying and
/// writing — as `parse` does for each input, raising `ctx.verdict`. For
/// tests and fuzzing.
pub fn decode_stream(
    name: &str,
    reader: Box<dyn Read>,
    options: &Options,
    ctx: &mut Context,
) -> io::Result<()> {
    let mut run = Run::new(ctx, options);
    let input = Input::new(name.to_string(), reader)?;
    run.input(input)?;
    if options.summary {
        run.summary()?;
    }
    Ok(())
}

pub fn run(options: &Options, ctx: &mut Context) -> io::Result<()> {
    let settings = ctx.settings;
    let lang = settings.lang;
    if options.files.is_empty() && settings.stdin_is_tty {
        let message = lang.pick(&messages::ERR_TTY_STDIN).to_string();
        return ctx.fail(&Failure::new(ExitStatus::Usage, message));
    }
    let names = if options.files.is_empty() {
        vec![OsString::from("-")]
    } else {
        options.files.clone()
    };
    let mut run = Run::new(ctx, options);
    let mut outcomes = Vec::new();
    for name in &names {
        // Two cores only without --report: a request line kept for a ticket
        // may stand in the chunk before its status line.
        if let Some(file) = large_file(name).filter(|_| !options.report) {
            let shown = name.to_string_lossy().into_owned();
            let outcome = parallel::input(&mut run, &shown, file)?;
            outcomes.push((shown, outcome));
            continue;
        }
        match open(name, run.ctx) {
            Ok(input) => {
                let shown = input.name.clone();
                outcomes.push((shown, run.input(input)?));
            }
            Err(e) => {
                let file = escape(&name.to_string_lossy()).into_owned();
                let reason = io_reason(&e, lang);
                let message = lang.say(
                    &messages::ERR_FILE_OPEN,
                    &[("file", &file), ("value", &reason)],
                );
                run.fail(ExitStatus::Io, message, file)?;
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
            let message = lang.say(
                &messages::ERR_NOTHING_DECODABLE,
                &[("file", &file), ("value", &at)],
            );
            run.fail(ExitStatus::Undecodable, message, format!("{name}:{line}"))?;
        }
    }
    if options.summary {
        run.summary()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classified(d: &Decoded, transport: Option<&Transport>) -> Option<Rc<Known<'static>>> {
        static CATALOG: std::sync::LazyLock<Catalog> = std::sync::LazyLock::new(Catalog::builtin);
        Memo::default().get(&CATALOG, &report(d, transport), Lang::En, Format::Json)
    }

    #[test]
    fn decoded_items_are_classified_by_their_envelope() {
        let mut nhn = Decoded::new(Envelope::Nhn, Some("40409".into()));
        nhn.message = Some("Conflict".into());
        let known = classified(&nhn, None).unwrap();
        assert_eq!(
            (known.class.code_str(), known.class.category),
            ("40409", Category::Retry)
        );
        // an NHN body's code is never read as a Tencent code: another
        // service's code, decided by the transcript's status
        let other = Decoded::new(Envelope::Nhn, Some("InternalError".into()));
        let transport = Transport {
            status: 503,
            retry_after: None,
            date: None,
            quoted: None,
        };
        let known = classified(&other, Some(&transport)).unwrap();
        assert_eq!(known.class.category, Category::Retry);
        assert_eq!(known.class.family, None);
        let tc = Decoded::new(Envelope::Tencent, Some("ResourceBusy".into()));
        assert_eq!(
            classified(&tc, None).unwrap().class.category,
            Category::Retry
        );
        let ok = Decoded::new(Envelope::Tencent, None);
        assert_eq!(classified(&ok, None).unwrap().class.category, Category::Ok);
        let bad = Decoded::new(Envelope::Tencent, Some("not a code".into()));
        assert!(classified(&bad, None).is_none());
    }

    #[test]
    fn the_memo_keys_what_the_classification_depends_on() {
        let catalog = Catalog::builtin();
        let mut memo = Memo::default();
        let with_status = |status| Transport {
            status,
            retry_after: None,
            date: None,
            quoted: None,
        };
        // the same NHN code of another service, read by two statuses
        let d = Decoded::new(Envelope::Nhn, Some("500201".into()));
        let t404 = with_status(404);
        let t503 = with_status(503);
        let a = memo
            .get(&catalog, &report(&d, Some(&t404)), Lang::En, Format::Json)
            .unwrap();
        let b = memo
            .get(&catalog, &report(&d, Some(&t503)), Lang::En, Format::Json)
            .unwrap();
        assert_eq!(
            (a.class.category, b.class.category),
            (Category::Fix, Category::Retry)
        );
        // a nested cause is read from each message
        let mut outer = Decoded::new(Envelope::SdkLine, Some("FailedOperation.CvmCommon".into()));
        outer.message = Some("CVM_COMMON_ERROR[ResourceUnavailable.InstanceType:sold out]".into());
        let known = memo
            .get(&catalog, &report(&outer, None), Lang::En, Format::Json)
            .unwrap();
        let cause = known.class.cause.as_ref().unwrap();
        assert_eq!(cause.code_str(), "ResourceUnavailable.InstanceType");
        outer.message = Some("nothing nested".into());
        let known = memo
            .get(&catalog, &report(&outer, None), Lang::En, Format::Json)
            .unwrap();
        assert!(known.class.cause.is_none());
    }

    #[test]
    fn the_memo_forgets_rather_than_grows() {
        let catalog = Catalog::builtin();
        let mut memo = Memo::default();
        for i in 0..MEMO_CAP + 10 {
            let code = format!("Product{i}.NotFound");
            let d = Decoded::new(Envelope::Tencent, Some(code.into()));
            assert!(
                memo.get(&catalog, &report(&d, None), Lang::En, Format::Json)
                    .is_some()
            );
            assert!(memo.map.len() <= MEMO_CAP);
        }
        // a long code is read each time, not kept
        memo.map.clear();
        let long = format!("Product.{}", "X".repeat(MEMO_KEY_MAX));
        let d = Decoded::new(Envelope::Tencent, Some(long.into()));
        assert!(
            memo.get(&catalog, &report(&d, None), Lang::En, Format::Json)
                .is_some()
        );
        assert!(memo.map.is_empty());
    }
}
