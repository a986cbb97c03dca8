//! Where user catalogs are found and how they are read (SPEC "User
//! catalogs"): every `*.toml` of `$XDG_CONFIG_HOME/ecode/catalog.d` (else
//! `~/.config/ecode/catalog.d`) in name order, then the files of
//! `ECODE_CATALOG` (`:`-separated), then each `--catalog FILE`; later wins.
//! The only module that reads catalog files. A bad file of `catalog.d` is a
//! warning and is skipped, so one stray file does not break every script; a
//! bad file named by the environment or the command line ends the run.
//! Errors carry their context up to `app` through `anyhow`.
//!
//! Catalogs of 64 KiB or more are kept, merged and checked, in a cache
//! (`$XDG_CACHE_HOME/ecode`, else `~/.cache/ecode`) that the next run reads
//! in place of the files as long as none of them has changed (same paths,
//! sizes, modification and change times, inodes); see `catalog::cache`.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::catalog::{Catalog, UserLayer, cache};

/// The environment values that say where catalogs are, as captured once.
#[derive(Debug, Default, Clone)]
pub struct CatalogVars {
    pub xdg_config_home: Option<OsString>,
    pub xdg_cache_home: Option<OsString>,
    pub home: Option<OsString>,
    pub ecode_catalog: Option<OsString>,
}

/// Where catalogs are read from, in the order they are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sources {
    /// `…/ecode/catalog.d`, if a home or config directory is known.
    pub dir: Option<PathBuf>,
    /// Its `*.toml` files, in name order (empty when it does not exist).
    pub dir_files: Vec<PathBuf>,
    /// The files `ECODE_CATALOG` names.
    pub env_files: Vec<PathBuf>,
    /// The files `--catalog` names.
    pub flag_files: Vec<PathBuf>,
    /// Where large catalogs are cached, if a home or cache directory is known.
    pub cache: Option<PathBuf>,
}

/// `$XDG_…` when it is set to an absolute path (as the XDG specification
/// asks), else `~/FALLBACK`.
fn xdg_base(xdg: Option<&OsStr>, home: Option<&OsStr>, fallback: &str) -> Option<PathBuf> {
    match xdg {
        Some(x) if Path::new(x).is_absolute() => Some(PathBuf::from(x)),
        _ => Some(PathBuf::from(home.filter(|h| !h.is_empty())?).join(fallback)),
    }
}

/// The `catalog.d` directory: `$XDG_CONFIG_HOME/ecode/catalog.d`, else
/// `~/.config/ecode/catalog.d`.
pub fn catalog_dir(vars: &CatalogVars) -> Option<PathBuf> {
    let base = xdg_base(
        vars.xdg_config_home.as_deref(),
        vars.home.as_deref(),
        ".config",
    )?;
    Some(base.join("ecode").join("catalog.d"))
}

/// Where the cache of large catalogs is kept: `$XDG_CACHE_HOME/ecode`, else
/// `~/.cache/ecode`.
pub fn cache_dir(vars: &CatalogVars) -> Option<PathBuf> {
    let base = xdg_base(
        vars.xdg_cache_home.as_deref(),
        vars.home.as_deref(),
        ".cache",
    )?;
    Some(base.join("ecode"))
}

/// Finds the catalog files: one look at the directory (nothing more when it
/// does not exist), and the names the environment and the flags give.
pub fn sources(vars: &CatalogVars, flags: &[PathBuf]) -> Sources {
    let dir = catalog_dir(vars);
    let mut dir_files: Vec<PathBuf> = dir
        .as_deref()
        .and_then(|d| std::fs::read_dir(d).ok())
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        // Not a directory: a file that cannot be read (a dangling link) is
        // told as a warning rather than passed over.
        .filter(|p| p.extension().is_some_and(|x| x == "toml") && !p.is_dir())
        .collect();
    dir_files.sort();
    // `:`-separated, as PATH is (`;` on Windows); a path may be any bytes.
    let env_files = vars
        .ecode_catalog
        .as_deref()
        .map(|list| {
            std::env::split_paths(list)
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        })
        .unwrap_or_default();
    Sources {
        dir,
        dir_files,
        env_files,
        flag_files: flags.to_vec(),
        cache: cache_dir(vars),
    }
}

impl Sources {
    pub fn is_empty(&self) -> bool {
        self.dir_files.is_empty() && self.env_files.is_empty() && self.flag_files.is_empty()
    }
}

/// The catalog, and what was skipped on the way (bad files of `catalog.d`).
pub struct Loaded {
    pub catalog: Catalog,
    /// The bad files of `catalog.d`, skipped (warnings).
    pub skipped: Vec<anyhow::Error>,
    /// The file of `ECODE_CATALOG` or `--catalog` that could not be read:
    /// the run ends (after the warnings are told).
    pub error: Option<anyhow::Error>,
}

/// The context of a catalog file that could not be read: which file.
#[derive(Debug)]
pub struct ReadFailed(pub String);

impl std::fmt::Display for ReadFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "reading the catalog {}", self.0)
    }
}

/// Reads one file into the layer: its text, checked against what is known
/// already (built in, or from an earlier file). Returns the file's size.
fn add(layer: &mut UserLayer, builtin: &Catalog, path: &Path) -> anyhow::Result<usize> {
    let name = path.to_string_lossy();
    let bytes = std::fs::read(path).with_context(|| ReadFailed(name.to_string()))?;
    layer.add(&name, &bytes, |p, c| builtin.get(p, c).is_some())?;
    Ok(bytes.len())
}

/// From this size on (all files together), the merged catalog is cached.
pub const CACHE_FROM: usize = 64 * 1024;

/// A temporary cache file older than this was left by a run that died.
const STALE_TEMP: std::time::Duration = std::time::Duration::from_secs(600);

/// How many caches are kept (for as many different sets of catalogs); the
/// oldest go first.
const CACHES_KEPT: usize = 8;

/// What a cache must match: ecode's version, and each file by role, path,
/// size, times and inode. `None` when a file cannot be looked at (reading
/// it then says why).
fn identity(sources: &Sources) -> Option<String> {
    let mut id = format!("ecode {}", env!("CARGO_PKG_VERSION"));
    let roles = [
        ("d", &sources.dir_files),
        ("e", &sources.env_files),
        ("f", &sources.flag_files),
    ];
    for (role, files) in roles {
        for path in files {
            let meta = std::fs::metadata(path).ok()?;
            id.push_str(&format!(
                "\n{role} {} {}",
                path.to_string_lossy(),
                meta.len()
            ));
            #[cfg(unix)]
            {
                use std::os::unix::fs::MetadataExt;
                id.push_str(&format!(
                    " {}.{} {}.{} {} {}",
                    meta.mtime(),
                    meta.mtime_nsec(),
                    meta.ctime(),
                    meta.ctime_nsec(),
                    meta.ino(),
                    meta.dev()
                ));
            }
            #[cfg(not(unix))]
            {
                let modified = meta.modified().ok()?;
                id.push_str(&format!(" {modified:?}"));
            }
        }
    }
    Some(id)
}

/// The cache file for an identity.
fn cache_file(dir: &Path, identity: &str) -> PathBuf {
    let hash = xxhash_rust::xxh3::xxh3_64(identity.as_bytes());
    dir.join(format!("catalog-{hash:016x}.cache"))
}

/// Writes a cache whole (into a temporary file, then renamed), and keeps
/// only the newest few. Failing to is no error: the next run parses again.
fn keep(dir: &Path, file: &Path, bytes: &[u8]) {
    let write = || -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let tmp = file.with_extension(format!("tmp{}", std::process::id()));
        std::fs::write(&tmp, bytes)?;
        std::fs::rename(&tmp, file).inspect_err(|_| {
            let _ = std::fs::remove_file(&tmp);
        })
    };
    if write().is_err() {
        return;
    }
    let Ok(listing) = std::fs::read_dir(dir) else {
        return;
    };
    let now = std::time::SystemTime::now();
    let mut caches: Vec<(std::time::SystemTime, PathBuf)> = Vec::new();
    for entry in listing.filter_map(|e| e.ok()) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Some(modified) = entry.metadata().ok().and_then(|m| m.modified().ok()) else {
            continue;
        };
        if name.starts_with("catalog-") && name.ends_with(".cache") {
            caches.push((modified, entry.path()));
        } else if name.starts_with("catalog-") && name.contains(".tmp") {
            // A run that died before its rename left this behind.
            let stale = now
                .duration_since(modified)
                .is_ok_and(|age| age > STALE_TEMP);
            if stale {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    caches.sort_by_key(|c| std::cmp::Reverse(c.0));
    for (_, old) in caches.into_iter().skip(CACHES_KEPT) {
        let _ = std::fs::remove_file(old);
    }
}

/// Files changed this recently are not cached yet: a file rewritten within
/// the same tick of a coarse clock would keep its time and size.
const SETTLED: std::time::Duration = std::time::Duration::from_secs(2);

/// Every file was last changed longer ago than `SETTLED`.
fn settled(sources: &Sources) -> bool {
    let now = std::time::SystemTime::now();
    let files = sources
        .dir_files
        .iter()
        .chain(&sources.env_files)
        .chain(&sources.flag_files);
    files.into_iter().all(|path| {
        std::fs::metadata(path)
            .and_then(|m| m.modified())
            .is_ok_and(|t| now.duration_since(t).is_ok_and(|age| age > SETTLED))
    })
}

/// Reads every source, later winning. A bad file of `catalog.d` is skipped
/// (and returned as a warning); any other bad or missing file is the error.
/// A cache of the same sources stands in for them when there is one.
pub fn load(sources: &Sources) -> Loaded {
    let cached = sources
        .cache
        .as_deref()
        .and_then(|dir| Some((dir, identity(sources)?)));
    if let Some((dir, id)) = &cached {
        let file = cache_file(dir, id);
        if let Some(layer) = std::fs::read(&file).ok().and_then(|b| cache::decode(b, id)) {
            return Loaded {
                catalog: Catalog::with_user(layer),
                skipped: Vec::new(),
                error: None,
            };
        }
    }
    let builtin = Catalog::builtin();
    let mut layer = UserLayer::default();
    let mut skipped = Vec::new();
    let mut size = 0;
    for path in &sources.dir_files {
        // A file the layer refused leaves it as it was: `add` checks a file
        // whole before it merges any entry of it.
        match add(&mut layer, &builtin, path) {
            Ok(n) => size += n,
            Err(e) => skipped.push(e),
        }
    }
    for path in sources.env_files.iter().chain(&sources.flag_files) {
        match add(&mut layer, &builtin, path) {
            Ok(n) => size += n,
            Err(e) => {
                return Loaded {
                    catalog: Catalog::builtin(),
                    skipped,
                    error: Some(e),
                };
            }
        }
    }
    // Only a clean, settled set is cached: the warnings of a skipped file
    // are said at every run until it is fixed.
    let clean = skipped.is_empty() && size >= CACHE_FROM;
    if let Some((dir, id)) = cached.filter(|_| clean && settled(sources)) {
        keep(dir, &cache_file(dir, &id), &cache::encode(&layer, &id));
    }
    Loaded {
        catalog: Catalog::with_user(layer),
        skipped,
        error: None,
    }
}

/// Checks files alone, each against the built-in catalog only (`ecode
/// catalog check`): how many entries each gives, or why it cannot be read.
pub fn check(path: &Path) -> anyhow::Result<usize> {
    let mut layer = UserLayer::default();
    add(&mut layer, &Catalog::builtin(), path)?;
    Ok(layer.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(xdg: Option<&str>, home: Option<&str>, env: Option<&str>) -> CatalogVars {
        CatalogVars {
            xdg_config_home: xdg.map(OsString::from),
            xdg_cache_home: None,
            home: home.map(OsString::from),
            ecode_catalog: env.map(OsString::from),
        }
    }

    #[test]
    fn the_directory_follows_xdg_then_home() {
        assert_eq!(
            catalog_dir(&vars(Some("/x"), Some("/h"), None)),
            Some(PathBuf::from("/x/ecode/catalog.d"))
        );
        // a relative XDG_CONFIG_HOME is ignored, as the specification says
        assert_eq!(
            catalog_dir(&vars(Some("rel"), Some("/h"), None)),
            Some(PathBuf::from("/h/.config/ecode/catalog.d"))
        );
        assert_eq!(catalog_dir(&vars(None, None, None)), None);
    }

    #[test]
    fn environment_files_are_colon_separated() {
        let s = sources(
            &vars(None, None, Some("a.toml::b.toml")),
            &[PathBuf::from("c.toml")],
        );
        assert_eq!(
            s.env_files,
            [PathBuf::from("a.toml"), PathBuf::from("b.toml")]
        );
        assert_eq!(s.flag_files, [PathBuf::from("c.toml")]);
        assert!(s.dir_files.is_empty());
    }

    /// A catalog of `n` new Tencent codes, about 200 bytes each.
    fn big(n: usize, word: &str) -> String {
        let mut text = String::from("provider = \"tencent\"\n");
        for i in 0..n {
            text.push_str(&format!(
                "[[code]]\ncode = \"Big{}.Code{i}\"\ncategory = \"fix\"\nmeaning.en = \"{word} {i}: a meaning long enough to make the file large.\"\n",
                i % 13
            ));
        }
        text
    }

    /// Writes a file as if it had been written an hour ago (a file just
    /// written is not cached yet: `settled`).
    fn write_old(path: &Path, text: &str) {
        std::fs::write(path, text).unwrap();
        let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(hour_ago)
            .unwrap();
    }

    fn sources_in(dir: &Path, flags: &[PathBuf]) -> Sources {
        Sources {
            dir: None,
            dir_files: Vec::new(),
            env_files: Vec::new(),
            flag_files: flags.to_vec(),
            cache: Some(dir.join("cache")),
        }
    }

    fn meaning(loaded: &Loaded, code: &str) -> String {
        let e = loaded
            .catalog
            .get(crate::catalog::Provider::Tencent, code)
            .unwrap();
        e.meaning(crate::lang::Lang::En).text.into_owned()
    }

    fn caches(dir: &Path) -> usize {
        std::fs::read_dir(dir.join("cache")).map_or(0, |d| d.count())
    }

    #[test]
    fn large_catalogs_are_cached_and_read_back_until_a_file_changes() {
        let tmp = tempfile::TempDir::new().unwrap();
        let file = tmp.path().join("big.toml");
        write_old(&file, &big(600, "first"));
        assert!(std::fs::metadata(&file).unwrap().len() as usize >= CACHE_FROM);
        let sources = sources_in(tmp.path(), std::slice::from_ref(&file));

        let first = load(&sources);
        assert!(!first.catalog.user_is_cached());
        assert_eq!(caches(tmp.path()), 1);
        let second = load(&sources);
        assert!(second.catalog.user_is_cached());
        assert_eq!(
            meaning(&second, "big5.code5"),
            meaning(&first, "Big5.Code5")
        );
        assert_eq!(second.catalog.user_files(), first.catalog.user_files());
        assert_eq!(
            second.catalog.entries(None).count(),
            first.catalog.entries(None).count()
        );

        // a change to the file: parsed again, and cached anew
        write_old(&file, &big(600, "second"));
        let third = load(&sources);
        assert!(!third.catalog.user_is_cached());
        assert!(meaning(&third, "Big5.Code5").starts_with("second"));
        assert!(load(&sources).catalog.user_is_cached());
    }

    #[test]
    fn a_file_changed_just_now_is_not_cached_yet() {
        let tmp = tempfile::TempDir::new().unwrap();
        let file = tmp.path().join("big.toml");
        std::fs::write(&file, big(600, "fresh")).unwrap();
        load(&sources_in(tmp.path(), std::slice::from_ref(&file)));
        assert_eq!(caches(tmp.path()), 0);
    }

    #[test]
    fn a_damaged_cache_is_ignored_and_rewritten() {
        let tmp = tempfile::TempDir::new().unwrap();
        let file = tmp.path().join("big.toml");
        write_old(&file, &big(600, "words"));
        let sources = sources_in(tmp.path(), &[file]);
        load(&sources);
        let cache = std::fs::read_dir(tmp.path().join("cache"))
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        let bytes = std::fs::read(&cache).unwrap();
        std::fs::write(&cache, &bytes[..bytes.len() / 2]).unwrap();
        let again = load(&sources);
        assert!(!again.catalog.user_is_cached());
        assert!(meaning(&again, "Big1.Code1").starts_with("words"));
        assert_eq!(std::fs::read(&cache).unwrap(), bytes, "rewritten whole");
    }

    #[test]
    fn small_sets_skipped_files_and_unwritable_places_make_no_cache() {
        let tmp = tempfile::TempDir::new().unwrap();
        let small = tmp.path().join("small.toml");
        write_old(&small, &big(3, "small"));
        load(&sources_in(tmp.path(), &[small]));
        assert_eq!(caches(tmp.path()), 0);

        let large = tmp.path().join("big.toml");
        write_old(&large, &big(600, "w"));
        let bad = tmp.path().join("bad.toml");
        std::fs::write(&bad, "provider = 1\n").unwrap();
        let mut sources = sources_in(tmp.path(), std::slice::from_ref(&large));
        sources.dir_files = vec![bad];
        let loaded = load(&sources);
        assert_eq!(loaded.skipped.len(), 1);
        assert_eq!(caches(tmp.path()), 0, "the warning is said at every run");

        // the cache directory is a file: the catalog loads all the same
        std::fs::write(tmp.path().join("cache"), "").unwrap();
        let loaded = load(&sources_in(tmp.path(), &[large]));
        assert!(meaning(&loaded, "Big1.Code1").starts_with('w'));
    }

    #[test]
    fn only_the_newest_caches_are_kept() {
        let tmp = tempfile::TempDir::new().unwrap();
        for i in 0..CACHES_KEPT + 3 {
            let file = tmp.path().join(format!("big{i}.toml"));
            write_old(&file, &big(600, "w"));
            load(&sources_in(tmp.path(), &[file]));
        }
        assert_eq!(caches(tmp.path()), CACHES_KEPT);
    }
}
