//! `ecode catalog check FILE...` and `ecode catalog path`: user catalogs
//! checked alone, and where catalogs are read from.

use std::io;
use std::path::PathBuf;

use serde::Serialize;

use super::catalog_failure;
use crate::catalog::messages;
use crate::catalog_files::{self, Sources};
use crate::context::Context;
use crate::model::Format;
use crate::sanitize::escape;

/// Each file, checked against the built-in catalog alone: valid (with how
/// many entries it gives), or why not — exit status 2 for a bad file, 7 for
/// one that cannot be read. Every file is checked.
pub fn check(files: &[PathBuf], ctx: &mut Context) -> io::Result<()> {
    let lang = ctx.settings.lang;
    for file in files {
        match catalog_files::check(file) {
            Ok(count) => {
                let name = file.to_string_lossy();
                match ctx.settings.format {
                    Format::Json => {
                        #[derive(Serialize)]
                        struct Valid<'a> {
                            file: &'a str,
                            valid: bool,
                            entries: usize,
                        }
                        let valid = Valid {
                            file: &name,
                            valid: true,
                            entries: count,
                        };
                        crate::render::escape::to_writer(&mut *ctx.out, &valid)?;
                        writeln!(ctx.out)?;
                    }
                    Format::Text => {
                        let text = match count {
                            1 => &messages::CATALOG_VALID_ONE,
                            _ => &messages::CATALOG_VALID,
                        };
                        let vars = [("file", &*escape(&name)), ("value", &count.to_string())];
                        writeln!(ctx.out, "{}", lang.say(text, &vars))?
                    }
                }
            }
            Err(e) => ctx.fail(&catalog_failure(&e, lang))?,
        }
    }
    Ok(())
}

/// Where catalogs are read from, in the order they are read, and the files
/// found: as text, or one JSON object.
pub fn path(sources: &Sources, ctx: &mut Context) -> io::Result<()> {
    let lang = ctx.settings.lang;
    let show = |files: &[PathBuf]| -> Vec<String> {
        files
            .iter()
            .map(|f| f.to_string_lossy().into_owned())
            .collect()
    };
    let dir = sources
        .dir
        .as_ref()
        .map(|d| d.to_string_lossy().into_owned());
    let exists = sources.dir.as_ref().is_some_and(|d| d.is_dir());
    let cache = sources
        .cache
        .as_ref()
        .map(|d| d.to_string_lossy().into_owned());
    if ctx.settings.format == Format::Json {
        #[derive(Serialize)]
        struct Paths {
            catalog_d: Option<String>,
            catalog_d_exists: bool,
            catalog_d_files: Vec<String>,
            ecode_catalog: Vec<String>,
            flag: Vec<String>,
            cache: Option<String>,
        }
        let paths = Paths {
            catalog_d: dir,
            catalog_d_exists: exists,
            catalog_d_files: show(&sources.dir_files),
            ecode_catalog: show(&sources.env_files),
            flag: show(&sources.flag_files),
            cache: cache.clone(),
        };
        crate::render::escape::to_writer(&mut *ctx.out, &paths)?;
        return writeln!(ctx.out);
    }
    let none = lang.pick(&messages::PATH_NONE);
    let list = |files: &[PathBuf]| match show(files).as_slice() {
        [] => none.to_string(),
        names => names
            .iter()
            .map(|n| escape(n).into_owned())
            .collect::<Vec<_>>()
            .join(", "),
    };
    let dir_line = match dir {
        None => none.to_string(),
        Some(d) if !exists => format!("{} {}", escape(&d), lang.pick(&messages::PATH_NOT_FOUND)),
        Some(d) => format!("{}: {}", escape(&d), list(&sources.dir_files)),
    };
    let rows = [
        (
            &messages::PATH_BUILTIN,
            lang.pick(&messages::PATH_ALWAYS).to_string(),
        ),
        (&messages::PATH_DIR, dir_line),
        (&messages::PATH_ENV, list(&sources.env_files)),
        (&messages::PATH_FLAG, list(&sources.flag_files)),
        (
            &messages::PATH_CACHE,
            cache
                .as_deref()
                .map_or_else(|| none.to_string(), |c| escape(c).into_owned()),
        ),
    ];
    let width = rows
        .iter()
        .map(|(l, _)| unicode_width::UnicodeWidthStr::width(lang.pick(l)))
        .max()
        .unwrap_or(0);
    for (label, value) in rows {
        writeln!(
            ctx.out,
            "{}  {value}",
            crate::render::pad(lang.pick(label), width)
        )?;
    }
    Ok(())
}
