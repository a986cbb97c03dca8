//! `--summary`: counts per code and per category, gathered as results are
//! found (`Tally`) and written after them, as a table or one JSON line.

use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;

use super::pad;
use crate::catalog::messages;
use crate::classify::Classification;
use crate::color::style;
use crate::describe::category_name;
use crate::exit_codes::Category;
use crate::lang::Lang;
use crate::model::Format;
use crate::sanitize::escape;

/// Counts for `--summary`, in the order codes were first seen.
#[derive(Debug, Default)]
pub struct Tally<'c> {
    order: Vec<Classification<'c>>,
    /// Per provider (NHN, Tencent, none): code → index in `order` and `counts`.
    index: [HashMap<String, usize>; 3],
    counts: Vec<usize>,
    categories: [usize; 5],
}

impl<'c> Tally<'c> {
    pub fn add(&mut self, c: &Classification<'c>) {
        let index = &mut self.index[c.provider.map_or(2, |p| p as usize)];
        let key = label(c);
        let i = match index.get(key.as_str()) {
            Some(&i) => i,
            None => {
                index.insert(key, self.order.len());
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
    fn rows(&self) -> Vec<(&Classification<'c>, usize)> {
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

/// How the summary names a result: its code, or its status line alone.
fn label(c: &Classification) -> String {
    match (&c.code, c.http_status) {
        (Some(code), _) => code.clone(),
        (None, Some(status)) => format!("HTTP {status}"),
        (None, None) => String::new(),
    }
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
                .map(|&(c, count)| JsonCodeCount {
                    provider: c.provider.map(|p| p.name()),
                    code: c.code.as_deref(),
                    http_status: c.code.is_none().then_some(c.http_status).flatten(),
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
            super::escape::to_writer(&mut *out, &summary)?;
            writeln!(out)
        }
        Format::Text => {
            let total = lang.say(
                &messages::SUMMARY_TOTAL,
                &[("value", &tally.total().to_string())],
            );
            writeln!(
                out,
                "{} · {total}",
                style::code(lang.pick(&messages::SUMMARY_TITLE))
            )?;
            let mut table: Vec<(String, usize, Category)> = rows
                .iter()
                .map(|&(c, n)| (escape(&label(c)).into_owned(), n, c.category))
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
                let label = pad(key, width);
                let name = category_name(*cat, lang);
                let tail = if i < rows.len() {
                    format!("  {name}")
                } else {
                    String::new()
                };
                let line = format!("  {label}  {n:>digits$}{tail}");
                writeln!(out, "{}", style::category(*cat, &line))?;
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
            .map(|(c, n)| (c.code_str(), *n))
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
