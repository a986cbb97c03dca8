//! `--summary`: counts per code and per category, gathered as results are
//! found (`Tally`) and written after them, as a table or one JSON line.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;

use super::pad;
use crate::catalog::Provider;
use crate::catalog::messages;
use crate::classify::Classification;
use crate::color::style;
use crate::describe::category_name;
use crate::exit_codes::Category;
use crate::lang::Lang;
use crate::model::Format;
use crate::sanitize::escape;

/// Distinct codes counted one by one; the rest are counted together as
/// "other codes", so that a stream of ever-new codes cannot grow the tally.
pub const MAX_CODES: usize = 10_000;
/// The bytes of a code the tally keeps: longer codes are told by their start.
pub const MAX_CODE_BYTES: usize = 256;

/// One counted code: only what the summary shows.
#[derive(Debug)]
struct Row {
    provider: Option<Provider>,
    /// The code (its first `MAX_CODE_BYTES`), or `HTTP 503` for a status
    /// line alone.
    label: String,
    /// The status of a status-only result, which has no code.
    status_only: Option<u16>,
    category: Category,
    count: usize,
}

/// Counts for `--summary`, in the order codes were first seen.
#[derive(Debug, Default)]
pub struct Tally {
    rows: Vec<Row>,
    /// Per provider (NHN, Tencent, none): label → index in `rows`.
    index: [HashMap<String, usize>; 3],
    /// Results whose code came after `MAX_CODES` others.
    other: usize,
    categories: [usize; 5],
    /// Bodies found but not decoded (exit status 6): no code to count.
    undecodable: usize,
}

impl Tally {
    pub fn add(&mut self, c: &Classification<'_>) {
        self.categories[category_index(c.category)] += 1;
        let label = match (&c.code, c.http_status) {
            (Some(code), _) => start_of(code, MAX_CODE_BYTES),
            (None, Some(status)) => &format!("HTTP {status}"),
            (None, None) => "",
        };
        self.count(c.provider, label, 1, || Row {
            provider: c.provider,
            label: label.to_string(),
            status_only: c.code.is_none().then_some(c.http_status).flatten(),
            category: c.category,
            count: 1,
        });
    }

    /// Adds the counts of a tally of what came after this one's.
    pub fn merge(&mut self, later: Tally) {
        for (mine, theirs) in self.categories.iter_mut().zip(later.categories) {
            *mine += theirs;
        }
        self.other += later.other;
        self.undecodable += later.undecodable;
        for row in later.rows {
            let (provider, label, n) = (row.provider, row.label.clone(), row.count);
            self.count(provider, &label, n, || row);
        }
    }

    /// `n` more results of the code `label`: its row's, a new row (`new`,
    /// holding `n`) while there is room, else "other codes".
    fn count(
        &mut self,
        provider: Option<Provider>,
        label: &str,
        n: usize,
        new: impl FnOnce() -> Row,
    ) {
        let index = &mut self.index[provider.map_or(2, |p| p as usize)];
        if let Some(&i) = index.get(label) {
            self.rows[i].count += n;
        } else if self.rows.len() >= MAX_CODES {
            self.other += n;
        } else {
            index.insert(label.to_string(), self.rows.len());
            self.rows.push(new());
        }
    }

    /// One body that could not be decoded.
    pub fn add_undecodable(&mut self) {
        self.undecodable += 1;
    }

    /// The results counted (undecodable bodies apart).
    fn total(&self) -> usize {
        self.categories.iter().sum()
    }

    /// Most frequent first; first seen first among equals.
    fn rows(&self) -> Vec<&Row> {
        let mut rows: Vec<&Row> = self.rows.iter().collect();
        rows.sort_by_key(|r| std::cmp::Reverse(r.count));
        rows
    }
}

/// The longest start of `text` of at most `max` bytes.
fn start_of(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
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
    /// Results counted together because `MAX_CODES` codes came first.
    other_codes: usize,
    categories: serde_json::Map<String, serde_json::Value>,
    undecodable: usize,
}

#[derive(Serialize)]
struct JsonCodeCount<'a> {
    provider: Option<&'static str>,
    code: Option<&'a str>,
    /// The status of a status-only result, which has no code.
    #[serde(skip_serializing_if = "Option::is_none")]
    http_status: Option<u16>,
    category: &'static str,
    count: usize,
}

pub fn write_summary(
    out: &mut dyn Write,
    tally: &Tally,
    format: Format,
    lang: Lang,
) -> io::Result<()> {
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
                .map(|r| JsonCodeCount {
                    provider: r.provider.map(|p| p.name()),
                    code: r.status_only.is_none().then_some(r.label.as_str()),
                    http_status: r.status_only,
                    category: r.category.name(),
                    count: r.count,
                })
                .collect();
            let summary = JsonSummary {
                summary: JsonSummaryBody {
                    total: tally.total(),
                    codes,
                    other_codes: tally.other,
                    categories,
                    undecodable: tally.undecodable,
                },
            };
            super::escape::to_writer(&mut *out, &summary)?;
            writeln!(out)
        }
        Format::Text => {
            let mut total = match tally.total() {
                1 => lang.pick(&messages::SUMMARY_TOTAL_ONE).to_string(),
                n => lang.say(&messages::SUMMARY_TOTAL, &[("value", &n.to_string())]),
            };
            if tally.undecodable > 0 {
                let n = tally.undecodable.to_string();
                total.push_str(&lang.say(&messages::SUMMARY_UNDECODABLE, &[("value", &n)]));
            }
            writeln!(
                out,
                "{} · {total}",
                style::code(lang.pick(&messages::SUMMARY_TITLE))
            )?;
            let mut table: Vec<(Cow<str>, usize, Option<Category>)> = rows
                .iter()
                .map(|r| (escape(&r.label), r.count, Some(r.category)))
                .collect();
            if tally.other > 0 {
                table.push((
                    lang.pick(&messages::SUMMARY_OTHER).into(),
                    tally.other,
                    None,
                ));
            }
            let codes = table.len();
            for &cat in &Category::ALL {
                let n = tally.categories[category_index(cat)];
                if n > 0 {
                    table.push((category_name(cat, lang).into(), n, Some(cat)));
                }
            }
            let undecodable = lang.pick(&messages::SUMMARY_UNDECODABLE_ROW);
            let extra = (tally.undecodable > 0).then_some((undecodable, tally.undecodable));
            let width = table
                .iter()
                .map(|(k, _, _)| k.as_ref())
                .chain(extra.map(|(k, _)| k))
                .map(unicode_width::UnicodeWidthStr::width)
                .max()
                .unwrap_or(0);
            let digits = table
                .iter()
                .map(|(_, n, _)| *n)
                .chain(extra.map(|(_, n)| n))
                .map(|n| n.to_string().len())
                .max()
                .unwrap_or(1);
            for (i, (key, n, cat)) in table.iter().enumerate() {
                let (n, cat) = (*n, *cat);
                if i == codes {
                    writeln!(out)?;
                }
                let label = pad(key, width);
                let line = match cat {
                    Some(cat) if i < rows.len() => {
                        let name = category_name(cat, lang);
                        format!("  {label}  {n:>digits$}  {name}")
                    }
                    _ => format!("  {label}  {n:>digits$}"),
                };
                match cat {
                    Some(cat) => writeln!(out, "{}", style::category(cat, &line))?,
                    None => writeln!(out, "{line}")?,
                }
            }
            if let Some((key, n)) = extra {
                if table.len() == codes {
                    writeln!(out)?;
                }
                writeln!(out, "  {}  {n:>digits$}", pad(key, width))?;
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::classify::classify;

    #[test]
    fn summary_counts_most_frequent_first() {
        let catalog = Catalog::builtin();
        let mut tally = Tally::default();
        for code in ["-4", "40409", "40409", "0"] {
            tally.add(&classify(&catalog, code, None).unwrap());
        }
        let rows: Vec<(&str, usize)> = tally
            .rows()
            .iter()
            .map(|r| (r.label.as_str(), r.count))
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
        assert_eq!(v["summary"]["other_codes"], 0);
    }

    #[test]
    fn codes_past_the_cap_are_counted_together_and_long_codes_by_their_start() {
        let catalog = Catalog::builtin();
        let mut tally = Tally::default();
        let long = format!("Product.{}", "X".repeat(50_000));
        for i in 0..MAX_CODES + 5 {
            let code = if i == 0 {
                long.clone()
            } else {
                format!("Product{i}.NotFound")
            };
            tally.add(&classify(&catalog, &code, None).unwrap());
        }
        tally.add(&classify(&catalog, "Product1.NotFound", None).unwrap());
        assert_eq!(tally.rows.len(), MAX_CODES);
        assert_eq!((tally.other, tally.total()), (5, MAX_CODES + 6));
        assert_eq!(tally.rows[0].label.len(), MAX_CODE_BYTES);
        assert_eq!(tally.rows[1].count, 2, "a code seen before still counts");
        let mut out = Vec::new();
        write_summary(&mut out, &tally, Format::Text, Lang::En).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("\n  other codes  "),
            "{}",
            &text[text.len() - 400..]
        );
        let mut out = Vec::new();
        write_summary(&mut out, &tally, Format::Json, Lang::En).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["summary"]["other_codes"], 5);
    }
}
