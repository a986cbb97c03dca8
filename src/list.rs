//! `ecode list`: the catalog as a table, and the table itself (shared with
//! `ecode search`). Owns the catalog's rows, the `--provider`/`--family`
//! filters and the layout: padded columns fitted to a terminal's width, or
//! one tab-separated record a line when piped. Every row is the real
//! classifier's reading of its code, so `list` and `explain` cannot disagree.
//! It reads no environment: the terminal width comes in through `Settings`.

use std::ffi::OsStr;
use std::io::{self, Write};

use clap::builder::{PossibleValue, TypedValueParser};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::app::Settings;
use crate::catalog::{self, Text};
use crate::classify::{self, Classification, Context, Provider};
use crate::color::style;
use crate::describe::{self, say};
use crate::exit_codes::{Category, ExitStatus};
use crate::lang::Lang;
use crate::render::{self, Failure, Finding, Format, pad};

/// The `source` of a catalog row in JSON output.
pub const SOURCE: &str = "catalog";

/// Every code of the catalog, in catalog order: the NHN fixed codes, then
/// for each NHN family one range code per IANA-registered 4xx status (the
/// documented `FF400`–`FF499` that have a reason phrase), then the Tencent
/// common codes. Each is classified by the real classifier.
pub fn catalog_rows() -> Vec<Classification> {
    classify::documented_codes()
        .filter_map(|code| classify::classify(&code, Context::Bare, None))
        .collect()
}

/// The family every NHN fixed code below 1 belongs to.
const NHN_COMMON_SLUG: &str = "common";

/// The values `--family` takes, for one provider or both: NHN's slugs
/// (`common`, `instance`, …) and the first segments of the Tencent codes
/// (`AuthFailure`, …), each once, in catalog order.
pub fn family_names(provider: Option<Provider>) -> Vec<&'static str> {
    let mut names = Vec::new();
    if provider != Some(Provider::Tencent) {
        names.push(NHN_COMMON_SLUG);
        names.extend(catalog::NHN_FAMILIES.iter().map(|f| f.slug));
    }
    if provider != Some(Provider::Nhn) {
        for e in catalog::TENCENT_CODES {
            let first = e.code.split('.').next().unwrap_or(e.code);
            if !names.contains(&first) {
                names.push(first);
            }
        }
    }
    names
}

/// The canonical family `name` stands for, ignoring case; an NHN family's
/// two-digit prefix (`40` for `volume`) is accepted too. `Err`: the valid
/// names for that provider.
pub fn resolve_family(
    name: &str,
    provider: Option<Provider>,
) -> Result<&'static str, Vec<&'static str>> {
    let names = family_names(provider);
    let name = name.trim();
    if let Some(found) = names.iter().find(|n| n.eq_ignore_ascii_case(name)) {
        return Ok(found);
    }
    let by_prefix = name
        .parse::<i32>()
        .ok()
        .and_then(classify::nhn_family)
        .map(|f| f.slug)
        .filter(|slug| names.contains(slug));
    by_prefix.ok_or(names)
}

/// What `--provider` and `--family` let through.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filter {
    pub provider: Option<Provider>,
    /// A canonical family name, from `resolve_family`.
    pub family: Option<&'static str>,
}

impl Filter {
    pub fn admits(&self, c: &Classification) -> bool {
        self.provider.is_none_or(|p| c.provider == p) && self.family.is_none_or(|f| c.family == f)
    }
}

/// The filter the command line asks for, or the usage error to report.
pub fn filter(settings: &Settings, family: Option<&str>) -> Result<Filter, Failure> {
    let provider = settings.provider;
    let family = match family {
        None => None,
        Some(name) => match resolve_family(name, provider) {
            Ok(family) => Some(family),
            Err(valid) => {
                let shown = crate::sanitize::escape(name).into_owned();
                let message = say(
                    settings.lang,
                    &catalog::ERR_UNKNOWN_FAMILY,
                    &[("value", &shown), ("list", &valid.join(", "))],
                );
                return Err(Failure::new(ExitStatus::Usage, message));
            }
        },
    };
    Ok(Filter { provider, family })
}

/// `--family`'s value parser: takes any text (the command checks it, in the
/// user's language, against the provider chosen) but offers the family names
/// to shell completion.
#[derive(Debug, Clone, Copy)]
pub struct FamilyParser;

impl TypedValueParser for FamilyParser {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            family_names(None).into_iter().map(PossibleValue::new),
        ))
    }
}

// ---------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------

/// The column headers, in column order.
pub const HEADERS: [&Text; COLUMNS] = [
    &catalog::COL_CODE,
    &catalog::COL_PROVIDER,
    &catalog::COL_FAMILY,
    &catalog::COL_HTTP,
    &catalog::COL_CATEGORY,
    &catalog::COL_MEANING,
];

pub const COLUMNS: usize = 6;

/// Spaces between two columns of the table.
const GAP: usize = 2;

/// One step of fitting a table to a terminal too narrow for it.
#[derive(Debug, Clone, Copy)]
enum Step {
    /// Cut a column (with `…`) down to a floor, only as far as needed.
    Cut(usize, usize),
    /// Leave a column out: better than a stub nobody can read.
    Drop(usize),
}

/// How a table too wide for its terminal is fitted, step by step, each step
/// taken only while the line is still too wide. First long meanings, keeping
/// a readable sentence; then the outliers of HTTP reasons and family names;
/// then the columns a row's code already implies are left out — the
/// provider (a number is NHN's, a name Tencent's), then the family (the
/// meaning names an NHN family; a Tencent family is the code's first
/// segment); then HTTP reasons and category names are cut to a readable
/// start, and the meaning last. The code is never cut (see `CODE_SHARE`).
/// When every step is spent the line overflows.
const STEPS: [Step; 9] = [
    Step::Cut(MEANING, 40),
    Step::Cut(HTTP, 16),
    Step::Cut(FAMILY, 16),
    Step::Drop(PROVIDER),
    Step::Cut(MEANING, 30),
    Step::Drop(FAMILY),
    Step::Cut(HTTP, 12),
    Step::Cut(CATEGORY, 20),
    Step::Cut(MEANING, 16),
];

/// The code column takes at most this share of the width (and never less
/// than `CODE_MIN`). A longer code stands on a line of its own and its row
/// goes on, lined up, on the next line: a code is never cut.
const CODE_SHARE: f32 = 0.3;
const CODE_MIN: usize = 12;

/// The code column fits this percentile of the codes shown.
const CODE_PERCENTILE: usize = 85;

const CODE: usize = 0;
const PROVIDER: usize = 1;
const FAMILY: usize = 2;
const HTTP: usize = 3;
const CATEGORY: usize = 4;
const MEANING: usize = 5;

/// One code as the table shows it, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: [String; COLUMNS],
    pub category: Category,
}

impl Row {
    pub fn new(c: &Classification, lang: Lang) -> Row {
        let d = describe::describe(c, lang);
        Row {
            cells: [
                c.code.clone(),
                d.provider.to_string(),
                d.family,
                c.http_status.map(http_cell).unwrap_or_default(),
                d.category.to_string(),
                d.meaning,
            ],
            category: c.category,
        }
    }
}

/// `409 Conflict`: the status and its canonical reason phrase, in every
/// language (the phrase in the chosen language is `explain`'s; a table has
/// no room for both).
fn http_cell(status: u16) -> String {
    match classify::http_reason(status) {
        Some(r) => format!("{status} {}", r.phrase),
        None => status.to_string(),
    }
}

/// Whether output is a table for a terminal `width` columns wide, or
/// records for a pipe. `columns`: `COLUMNS` or the terminal's own size;
/// a terminal whose size is unknown is taken as 80 wide.
pub fn table_width(stdout_is_tty: bool, columns: Option<usize>) -> Option<usize> {
    stdout_is_tty.then(|| columns.filter(|&c| c > 0).unwrap_or(80))
}

/// The width of each column in a table `width` columns wide, given the
/// widest cell (or header) of each: each as wide as its widest cell when
/// the line fits, else fitted as `STEPS` says. A dropped column is 0 wide.
pub fn fit(natural: [usize; COLUMNS], width: usize) -> [usize; COLUMNS] {
    let mut widths = natural;
    let cap = ((width as f32 * CODE_SHARE) as usize).max(CODE_MIN);
    widths[CODE] = widths[CODE].min(cap);
    let line = |w: &[usize; COLUMNS]| {
        let shown = w.iter().filter(|&&c| c > 0).count();
        w.iter().sum::<usize>() + GAP * shown.saturating_sub(1)
    };
    for step in STEPS {
        let over = line(&widths).saturating_sub(width);
        if over == 0 {
            break;
        }
        match step {
            Step::Cut(column, floor) => {
                widths[column] -= over.min(widths[column].saturating_sub(floor))
            }
            Step::Drop(column) => widths[column] = 0,
        }
    }
    widths
}

/// `text` cut to at most `width` columns, with `…` where it was cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let room = width.saturating_sub(1);
    let mut used = 0;
    let mut out = String::new();
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// One cell, styled by its column's role once it has its final width.
fn styled(i: usize, text: &str, category: Category) -> String {
    match i {
        0 => style::code(text).to_string(),
        CATEGORY => style::category(category, text).to_string(),
        _ => text.to_string(),
    }
}

/// The rows as a table for a terminal `width` columns wide: a header, then
/// one line a code, columns padded by display width (CJK text lines up),
/// cells cut with `…` to fit. The last column carries no trailing spaces.
pub fn write_table(out: &mut dyn Write, rows: &[Row], lang: Lang, width: usize) -> io::Result<()> {
    let mut natural = HEADERS.map(|h| lang.pick(h).width());
    for row in rows {
        for (n, cell) in natural.iter_mut().zip(&row.cells) {
            *n = (*n).max(cell.width());
        }
    }
    // The code column is as wide as most codes need; the few longer ones
    // stand on a line of their own (a code is never cut).
    let mut codes: Vec<usize> = rows.iter().map(|r| r.cells[CODE].width()).collect();
    codes.sort_unstable();
    if let Some(&typical) = codes.get(codes.len() * CODE_PERCENTILE / 100) {
        natural[CODE] = typical.max(lang.pick(HEADERS[CODE]).width());
    }
    let widths = fit(natural, width);
    let line = |out: &mut dyn Write, cells: [&str; COLUMNS], head: Option<Category>| {
        let shown: Vec<usize> = (0..COLUMNS).filter(|&i| widths[i] > 0).collect();
        let mut text = String::new();
        for (n, &i) in shown.iter().enumerate() {
            let cut = truncate(cells[i], widths[i]);
            let last = n + 1 == shown.len();
            let cell = if last { cut } else { pad(&cut, widths[i]) };
            match head {
                None => text.push_str(&style::label(&cell).to_string()),
                Some(category) => text.push_str(&styled(i, &cell, category)),
            }
            if !last {
                text.push_str(&" ".repeat(GAP));
            }
        }
        writeln!(out, "{}", text.trim_end())
    };
    line(out, HEADERS.map(|h| lang.pick(h)), None)?;
    for row in rows {
        let mut cells = row.cells.each_ref().map(String::as_str);
        if row.cells[CODE].width() > widths[CODE] {
            // A code wider than its column: alone on its line, then the row.
            writeln!(out, "{}", style::code(&row.cells[CODE]))?;
            cells[CODE] = "";
        }
        line(out, cells, Some(row.category))?;
    }
    Ok(())
}

/// The rows for a pipe: one record a line, fields separated by a tab, no
/// header, no padding, nothing cut (the catalog's texts hold no tabs or
/// line breaks).
pub fn write_records(out: &mut dyn Write, rows: &[Row]) -> io::Result<()> {
    for row in rows {
        let fields: Vec<String> = (0..COLUMNS)
            .map(|i| styled(i, &row.cells[i], row.category))
            .collect();
        writeln!(out, "{}", fields.join("\t"))?;
    }
    Ok(())
}

/// Writes catalog codes as `list` and `search` show them: JSON Lines, a
/// table for a terminal, or tab-separated records for a pipe.
pub fn write_codes(
    out: &mut dyn Write,
    codes: &[Classification],
    settings: &Settings,
) -> io::Result<()> {
    let lang = settings.lang;
    match settings.format {
        Format::Json => {
            for c in codes {
                render::write_json(out, &Finding::bare(SOURCE.to_string(), c.clone()), lang)?;
            }
            Ok(())
        }
        Format::Text => {
            let rows: Vec<Row> = codes.iter().map(|c| Row::new(c, lang)).collect();
            match settings.terminal_width {
                Some(width) => write_table(out, &rows, lang, width),
                None => write_records(out, &rows),
            }
        }
    }
}

/// `ecode list [--family NAME]`. Describes the catalog and reports no
/// failure: the exit status is 0, or 2 for a family that does not exist.
pub fn run(
    family: Option<&str>,
    settings: &Settings,
    out: &mut dyn Write,
    err: &mut dyn Write,
    verdict: &mut ExitStatus,
) -> io::Result<()> {
    let filter = match filter(settings, family) {
        Ok(filter) => filter,
        Err(failure) => {
            failure.report(err, settings.format, verdict);
            return Ok(());
        }
    };
    let codes: Vec<Classification> = catalog_rows()
        .into_iter()
        .filter(|c| filter.admits(c))
        .collect();
    write_codes(out, &codes, settings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::Subject;

    fn settings(lang: Lang, format: Format, width: Option<usize>) -> Settings {
        Settings {
            lang,
            format,
            provider: None,
            stdin_is_tty: false,
            terminal_width: width,
        }
    }

    fn run_list(family: Option<&str>, s: &Settings) -> (String, String, ExitStatus) {
        colored::control::set_override(false);
        let (mut out, mut err, mut verdict) = (Vec::new(), Vec::new(), ExitStatus::Ok);
        run(family, s, &mut out, &mut err, &mut verdict).unwrap();
        (
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
            verdict,
        )
    }

    #[test]
    fn the_catalog_has_every_code_once_in_order() {
        let rows = catalog_rows();
        let registered_4xx = catalog::HTTP_REASONS
            .iter()
            .filter(|r| r.status < 500)
            .count();
        assert_eq!(registered_4xx, 28);
        assert_eq!(rows.len(), 11 + 12 * registered_4xx + 38);
        let codes: Vec<&str> = rows.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(&codes[..3], ["0", "-1", "-2"]);
        assert_eq!(codes[11], "10400");
        assert_eq!(codes.last(), Some(&"UnsupportedRegion"));
        let mut distinct = codes.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), codes.len(), "a code listed twice");
        for c in &rows {
            assert!(c.documented, "{}", c.code);
            assert_eq!(
                Some(c),
                classify::classify(&c.code, Context::Bare, None).as_ref()
            );
        }
        // no unregistered status (FF420) and no 5xx is listed
        assert!(!codes.contains(&"40420") && !codes.contains(&"40503"));
        assert!(codes.contains(&"40409") && codes.contains(&"50451"));
    }

    #[test]
    fn family_names_per_provider() {
        let nhn = family_names(Some(Provider::Nhn));
        assert_eq!(nhn.len(), 13);
        assert_eq!(nhn[0], "common");
        assert!(nhn.contains(&"volume") && nhn.contains(&"availability-zone"));
        let tencent = family_names(Some(Provider::Tencent));
        assert!(tencent.contains(&"AuthFailure") && tencent.contains(&"RequestLimitExceeded"));
        assert!(!tencent.contains(&"volume"));
        let all = family_names(None);
        assert_eq!(all.len(), nhn.len() + tencent.len());
        // every row's family is a name the filter takes
        for c in catalog_rows() {
            assert!(all.contains(&c.family.as_str()), "{}", c.family);
        }
    }

    #[test]
    fn family_names_resolve_ignoring_case() {
        let table = [
            ("volume", None, "volume"),
            ("VOLUME", None, "volume"),
            ("authfailure", None, "AuthFailure"),
            ("Common", Some(Provider::Nhn), "common"),
            ("40", None, "volume"),
            ("10", Some(Provider::Nhn), "instance"),
        ];
        for (name, provider, want) in table {
            assert_eq!(resolve_family(name, provider), Ok(want), "{name}");
        }
        for (name, provider) in [
            ("volumes", None),
            ("", None),
            ("99", None),
            ("volume", Some(Provider::Tencent)),
            ("40", Some(Provider::Tencent)),
            ("AuthFailure", Some(Provider::Nhn)),
        ] {
            let valid = resolve_family(name, provider).unwrap_err();
            assert_eq!(valid, family_names(provider), "{name}");
        }
    }

    #[test]
    fn filters_admit_by_provider_and_family() {
        let rows = catalog_rows();
        let count = |f: Filter| rows.iter().filter(|c| f.admits(c)).count();
        assert_eq!(count(Filter::default()), rows.len());
        let nhn = Filter {
            provider: Some(Provider::Nhn),
            family: None,
        };
        assert_eq!(count(nhn), 11 + 12 * 28);
        let tencent = Filter {
            provider: Some(Provider::Tencent),
            family: None,
        };
        assert_eq!(count(tencent), 38);
        let volume = Filter {
            provider: None,
            family: Some("volume"),
        };
        assert_eq!(count(volume), 28);
        // 20001 and 20004 are Network API codes
        let network = Filter {
            provider: None,
            family: Some("network"),
        };
        assert_eq!(count(network), 28 + 2);
        let common = Filter {
            provider: None,
            family: Some("common"),
        };
        assert_eq!(count(common), 9);
        let auth = Filter {
            provider: None,
            family: Some("AuthFailure"),
        };
        assert!(rows.iter().filter(|c| auth.admits(c)).all(|c| {
            matches!(c.subject, Subject::Tencent(_)) && c.code.starts_with("AuthFailure.")
        }));
        assert_eq!(count(auth), 8);
    }

    #[test]
    fn table_width_only_for_a_terminal() {
        assert_eq!(table_width(false, Some(120)), None);
        assert_eq!(table_width(true, Some(120)), Some(120));
        assert_eq!(table_width(true, None), Some(80));
        assert_eq!(table_width(true, Some(0)), Some(80));
    }

    #[test]
    fn fit_keeps_natural_widths_when_there_is_room() {
        let natural = [5, 9, 10, 12, 11, 40];
        let total = natural.iter().sum::<usize>() + 2 * 5;
        assert_eq!(fit(natural, total), natural);
        assert_eq!(fit(natural, 500), natural);
    }

    #[test]
    fn fit_cuts_then_drops_step_by_step_as_far_as_needed() {
        // the widest cells of the whole English catalog
        let natural = [49, 13, 25, 31, 33, 150];
        let line = |w: [usize; COLUMNS]| {
            let shown = w.iter().filter(|&&c| c > 0).count();
            w.iter().sum::<usize>() + 2 * (shown - 1)
        };
        let table = [
            // long meanings are cut first, only as far as needed
            (250, [49, 13, 25, 31, 33, 89]),
            (200, [49, 13, 25, 30, 33, 40]),
            // the code column is capped (a longer code gets its own line);
            // the outliers of HTTP and family are cut, the provider left out
            (160, [48, 0, 16, 16, 33, 39]),
            // then the family
            (120, [36, 0, 0, 15, 33, 30]),
            // then HTTP and category cut to a readable start
            (100, [30, 0, 0, 12, 22, 30]),
            (80, [24, 0, 0, 12, 20, 18]),
            // every step spent: the line overflows
            (60, [18, 0, 0, 12, 20, 16]),
        ];
        for (width, want) in table {
            let got = fit(natural, width);
            assert_eq!(got, want, "{width}");
            assert!(line(got) <= width || width == 60, "{width}: {}", line(got));
        }
        // a column already narrower than its floor is never cut
        assert_eq!(fit([5, 9, 8, 3, 9, 30], 30), [5, 0, 0, 3, 9, 16]);
    }

    #[test]
    fn truncate_by_display_width() {
        assert_eq!(truncate("Conflict", 8), "Conflict");
        assert_eq!(truncate("Conflict", 5), "Conf…");
        assert_eq!(truncate("볼륨 API", 7), "볼륨 A…");
        // a wide character that does not fit whole is left out
        assert_eq!(truncate("インスタンスAPI", 6), "イン…");
        assert_eq!(truncate("インスタンスAPI", 6).width(), 5);
        assert_eq!(truncate("abc", 0), "");
        assert_eq!(truncate("abc", 1), "…");
    }

    #[test]
    fn table_columns_line_up_in_every_language() {
        for lang in Lang::ALL {
            for width in [80, 100, 200] {
                let s = settings(lang, Format::Text, Some(width));
                let (out, err, verdict) = run_list(Some("volume"), &s);
                assert_eq!((err.as_str(), verdict), ("", ExitStatus::Ok));
                let lines: Vec<&str> = out.lines().collect();
                assert_eq!(lines.len(), 1 + 28, "{out}");
                assert!(lines[0].starts_with(lang.pick(&catalog::COL_CODE)));
                // the meaning column starts at the same display column on every line
                let meaning = lang.pick(&catalog::COL_MEANING);
                let head = lines[0].find(meaning).unwrap();
                let start = lines[0][..head].width();
                let volume = catalog_rows()
                    .into_iter()
                    .find(|c| c.code == "40409")
                    .unwrap();
                let start_of_meaning: String =
                    Row::new(&volume, lang).cells[5].chars().take(6).collect();
                for line in &lines[1..] {
                    assert!(line.width() <= width, "{lang:?} {width}: {line}");
                    let at = line.rfind(&start_of_meaning).unwrap();
                    assert_eq!(line[..at].width(), start, "{lang:?} {width}:\n{out}");
                }
            }
        }
    }

    #[test]
    fn a_narrow_terminal_cuts_meanings_with_an_ellipsis() {
        let s = settings(Lang::Ja, Format::Text, Some(120));
        let (out, _, _) = run_list(Some("AuthFailure"), &s);
        assert!(out.contains('…'), "{out}");
        assert!(out.lines().all(|l| l.width() <= 120), "{out}");
        let s = settings(Lang::Ja, Format::Text, Some(1000));
        let (out, _, _) = run_list(Some("AuthFailure"), &s);
        assert!(!out.contains('…'), "{out}");
    }

    #[test]
    fn records_for_a_pipe_are_whole_and_tab_separated() {
        let s = settings(Lang::Ko, Format::Text, None);
        let (out, _, verdict) = run_list(None, &s);
        assert_eq!(verdict, ExitStatus::Ok);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), catalog_rows().len(), "no header");
        for line in &lines {
            assert_eq!(line.split('\t').count(), COLUMNS, "{line}");
            assert!(!line.contains('…') && !line.contains("  "), "{line}");
        }
        assert!(lines[0].starts_with("0\tNHN Cloud\t"), "{}", lines[0]);
        let volume_conflict = lines.iter().find(|l| l.starts_with("40409\t")).unwrap();
        assert!(
            volume_conflict.contains("\t409 Conflict\t"),
            "{volume_conflict}"
        );
    }

    #[test]
    fn json_is_one_spec_object_per_code() {
        let s = settings(Lang::Zh, Format::Json, Some(80));
        let (out, _, _) = run_list(Some("common"), &s);
        let rows: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(rows.len(), 9);
        for v in &rows {
            assert_eq!(v["source"], SOURCE);
            assert_eq!(v["family"], "common");
            assert_eq!(v["lang"], "zh");
            assert_eq!(v["message"], serde_json::Value::Null);
        }
    }

    #[test]
    fn an_unknown_family_is_a_usage_error_listing_the_valid_ones() {
        let mut s = settings(Lang::En, Format::Text, None);
        s.provider = Some(Provider::Nhn);
        let (out, err, verdict) = run_list(Some("AuthFailure"), &s);
        assert_eq!((out.as_str(), verdict), ("", ExitStatus::Usage));
        assert!(
            err.starts_with("ecode: unknown family \"AuthFailure\""),
            "{err}"
        );
        assert!(err.contains("common, instance, api,"), "{err}");
        assert!(!err.contains("InternalError"), "only NHN's families: {err}");
    }
}
