//! `ecode list`: the catalog as `render::table` shows it, narrowed by
//! `--provider` and `--family`. Every row is the classifier's reading of its
//! code, so `list` and `explain` cannot disagree.

use std::io;

use super::family_filter;
use crate::classify;
use crate::context::Context;
use crate::render::table;

/// `ecode list [--family NAME]`. Describes the catalog and reports no
/// failure: the exit status is 0, or 2 for a family that does not exist.
pub fn run(family: Option<&str>, ctx: &mut Context) -> io::Result<()> {
    let s = ctx.settings;
    let filter = match family_filter(&s, family) {
        Ok(filter) => filter,
        Err(failure) => return ctx.fail(&failure),
    };
    let codes = classify::documented(s.catalog, &filter);
    table::write_codes(
        ctx.out,
        s.catalog,
        &codes,
        s.format,
        s.lang,
        s.terminal_width,
    )
}

#[cfg(test)]
mod tests {
    use unicode_width::UnicodeWidthStr;

    use super::*;
    use crate::catalog::{Catalog, messages};
    use crate::classify::classify;
    use crate::context::Settings;
    use crate::exit_codes::ExitStatus;
    use crate::lang::Lang;
    use crate::model::Format;
    use crate::render::table::{COLUMNS, Row};

    fn settings(lang: Lang, format: Format, width: Option<usize>) -> Settings<'static> {
        static CATALOG: std::sync::LazyLock<Catalog> = std::sync::LazyLock::new(Catalog::builtin);
        Settings {
            terminal_width: width,
            ..Settings::piped(&CATALOG, lang, format)
        }
    }

    fn run_list(family: Option<&str>, s: &Settings) -> (String, String, ExitStatus) {
        colored::control::set_override(false);
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut ctx = Context::new(*s, &mut out, &mut err);
        run(family, &mut ctx).unwrap();
        let verdict = ctx.verdict;
        (
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
            verdict,
        )
    }

    fn volume_codes() -> usize {
        Catalog::builtin()
            .entries(None)
            .filter(|e| e.family() == "volume")
            .count()
    }

    #[test]
    fn table_columns_line_up_in_every_language() {
        for lang in Lang::ALL {
            for width in [80, 100, 200] {
                let s = settings(lang, Format::Text, Some(width));
                let (out, err, verdict) = run_list(Some("volume"), &s);
                assert_eq!((err.as_str(), verdict), ("", ExitStatus::Ok));
                let lines: Vec<&str> = out.lines().collect();
                assert_eq!(lines.len(), 1 + volume_codes(), "{out}");
                assert!(lines[0].starts_with(lang.pick(&messages::COL_CODE)));
                // the meaning column starts at the same display column on every line
                let meaning = lang.pick(&messages::COL_MEANING);
                let head = lines[0].find(meaning).unwrap();
                let start = lines[0][..head].width();
                let catalog = Catalog::builtin();
                let volume = classify(&catalog, "40409", None).unwrap();
                let start_of_meaning: String = Row::new(&catalog, &volume, lang).cells[5]
                    .chars()
                    .take(6)
                    .collect();
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
        assert_eq!(
            lines.len(),
            Catalog::builtin().entries(None).count(),
            "no header"
        );
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
        let common_codes = Catalog::builtin()
            .entries(None)
            .filter(|e| e.family() == "common")
            .count();
        let rows: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(rows.len(), common_codes);
        for v in &rows {
            assert_eq!(v["source"], table::SOURCE);
            assert_eq!(v["family"], "common");
            assert_eq!(v["lang"], "zh");
            assert_eq!(v["message"], serde_json::Value::Null);
        }
    }

    #[test]
    fn an_unknown_family_is_a_usage_error_listing_the_valid_ones() {
        let mut s = settings(Lang::En, Format::Text, None);
        s.provider = Some(crate::catalog::Provider::Nhn);
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
