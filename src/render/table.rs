//! Catalog codes as `list` and `search` show them: a table fitted to a
//! terminal's width (padded by display width, so CJK text lines up; cells
//! cut with `…` step by step), one tab-separated record a line for a pipe,
//! or JSON Lines. The layout decisions (`fit`) are pure functions of the
//! widths, so they are unit-tested.

use std::io::{self, Write};

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{json, pad};
use crate::catalog::{Catalog, messages};
use crate::classify::Classification;
use crate::color::style;
use crate::describe;
use crate::exit_codes::Category;
use crate::lang::{Lang, Text};
use crate::model::{Finding, Format};

/// The `source` of a catalog row in JSON output.
pub const SOURCE: &str = "catalog";

/// The column headers, in column order.
pub const HEADERS: [&Text; COLUMNS] = [
    &messages::COL_CODE,
    &messages::COL_PROVIDER,
    &messages::COL_FAMILY,
    &messages::COL_HTTP,
    &messages::COL_CATEGORY,
    &messages::COL_MEANING,
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
    pub fn new(catalog: &Catalog, c: &Classification, lang: Lang) -> Row {
        let d = describe::describe(catalog, c, lang);
        Row {
            cells: [
                c.code_str().to_string(),
                d.provider.unwrap_or_default().to_string(),
                d.family.unwrap_or_default(),
                c.http_status
                    .map(|s| describe::http_cell(catalog, s))
                    .unwrap_or_default(),
                d.category.to_string(),
                // A user catalog's entry says which file it came from.
                match &d.catalog {
                    Some(file) => format!("{} [{}]", d.meaning, crate::sanitize::escape(file)),
                    None => d.meaning,
                },
            ],
            category: c.category,
        }
    }
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

/// Writes catalog codes in `format`: JSON Lines, a table for a terminal
/// `width` columns wide, or tab-separated records for a pipe (`None`).
pub fn write_codes(
    out: &mut dyn Write,
    catalog: &Catalog,
    codes: &[Classification],
    format: Format,
    lang: Lang,
    width: Option<usize>,
) -> io::Result<()> {
    match format {
        Format::Json => {
            for c in codes {
                let d = describe::describe(catalog, c, lang);
                let f = Finding::bare(SOURCE.to_string(), c.clone());
                json::write_json(out, &f, &d, lang, None)?;
            }
            Ok(())
        }
        Format::Text => {
            let rows: Vec<Row> = codes.iter().map(|c| Row::new(catalog, c, lang)).collect();
            match width {
                Some(width) => write_table(out, &rows, lang, width),
                None => write_records(out, &rows),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
