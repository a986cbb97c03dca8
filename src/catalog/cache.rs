//! The user catalogs' merged entries as ecode keeps them between runs, so
//! that a large catalog costs a parse once, not at every start. Pure: the
//! layer to bytes and back; `catalog_files` decides when, and does the I/O.
//!
//! A cache answers for one exact set of sources: `identity` (written by
//! `catalog_files`: every file's path, size, times and inode, and ecode's
//! version) is stored whole and must match byte for byte; all that follows
//! the hash is checked against it (XXH3) before anything in it is believed.
//! Within it the entries are kept in their own order, each decoded only when it is
//! asked for, found by a binary search of a fixed-width index:
//!
//! ```text
//! ecode-catalog-cache 1\n
//! "IDENTITY"\n                      (a JSON string)
//! HASH\n                            (16 hex digits, of all that follows)
//! {"count":K,"files":[…]}\n
//! K × 10 digits                     entry numbers, in key order
//! K × (12 + 10) digits              each entry's offset and length
//! K lines  <n|t><key>\t<JSON entry>\n   in the order codes were first named
//! ```

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::Provider;
use super::user::{UserEntry, UserLayer, category, key};

const MAGIC: &str = "ecode-catalog-cache 1";
const ORDER_WIDTH: usize = 10;
const OFFSET_WIDTH: usize = 12;
const LENGTH_WIDTH: usize = 10;
const POSITION_WIDTH: usize = OFFSET_WIDTH + LENGTH_WIDTH;

#[derive(Serialize, Deserialize)]
struct Header {
    count: usize,
    files: Vec<String>,
}

/// One entry as the cache writes it (what it does not give, it leaves out).
#[derive(Serialize, Deserialize)]
struct Stored {
    provider: String,
    code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    http_status: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    family: Option<String>,
    meaning: [Option<String>; 4],
    advice: [Option<String>; 4],
    #[serde(default, skip_serializing_if = "Option::is_none")]
    retried_by: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reference: Option<String>,
    file: String,
}

impl Stored {
    fn of(e: &UserEntry) -> Stored {
        Stored {
            provider: e.provider.name().to_string(),
            code: e.code.clone(),
            category: e.category.map(|c| c.name().to_string()),
            http_status: e.http_status,
            family: e.family.clone(),
            meaning: e.meaning.clone(),
            advice: e.advice.clone(),
            retried_by: e.retried_by.clone(),
            reference: e.reference.clone(),
            file: e.file.clone(),
        }
    }

    fn entry(self) -> Option<UserEntry> {
        let provider = match self.provider.as_str() {
            "nhn" => Provider::Nhn,
            "tencent" => Provider::Tencent,
            _ => return None,
        };
        let category = match self.category {
            None => None,
            Some(name) => Some(category(&name)?),
        };
        Some(UserEntry {
            provider,
            code: self.code,
            category,
            http_status: self.http_status,
            family: self.family,
            meaning: self.meaning,
            advice: self.advice,
            retried_by: self.retried_by,
            reference: self.reference,
            file: self.file,
        })
    }
}

/// How an entry is sorted and searched: its provider's letter, then its
/// lookup key.
fn sort_key(provider: Provider, code: &str) -> String {
    let (provider, code) = key(provider, code);
    let letter = match provider {
        Provider::Nhn => 'n',
        Provider::Tencent => 't',
    };
    format!("{letter}{code}")
}

fn hash_hex(body: &[u8]) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(body))
}

/// The layer as a cache for the sources `identity` names.
pub fn encode(layer: &UserLayer, identity: &str) -> Vec<u8> {
    let entries: Vec<&UserEntry> = layer.entries().collect();
    let mut lines = Vec::new();
    let mut positions = String::with_capacity(entries.len() * POSITION_WIDTH);
    for e in &entries {
        let start = lines.len();
        lines.extend_from_slice(sort_key(e.provider, &e.code).as_bytes());
        lines.push(b'\t');
        // Serializing owned strings into memory cannot fail.
        let _ = serde_json::to_writer(&mut lines, &Stored::of(e));
        lines.push(b'\n');
        positions.push_str(&format!(
            "{start:0ow$}{:0lw$}",
            lines.len() - start,
            ow = OFFSET_WIDTH,
            lw = LENGTH_WIDTH
        ));
    }
    let mut order: Vec<usize> = (0..entries.len()).collect();
    let keys: Vec<String> = entries
        .iter()
        .map(|e| sort_key(e.provider, &e.code))
        .collect();
    order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
    let mut body = Vec::with_capacity(order.len() * ORDER_WIDTH + positions.len() + lines.len());
    for i in order {
        body.extend_from_slice(format!("{i:0w$}", w = ORDER_WIDTH).as_bytes());
    }
    body.extend_from_slice(positions.as_bytes());
    body.extend_from_slice(&lines);
    let header = Header {
        count: entries.len(),
        files: layer.files().to_vec(),
    };
    let mut hashed = Vec::with_capacity(body.len() + 256);
    let _ = serde_json::to_writer(&mut hashed, &header);
    hashed.push(b'\n');
    hashed.extend_from_slice(&body);
    let mut out = Vec::with_capacity(hashed.len() + identity.len() + 64);
    out.extend_from_slice(MAGIC.as_bytes());
    out.push(b'\n');
    let _ = serde_json::to_writer(&mut out, identity);
    out.push(b'\n');
    out.extend_from_slice(hash_hex(&hashed).as_bytes());
    out.push(b'\n');
    out.extend_from_slice(&hashed);
    out
}

/// The layer a cache holds, if it is one, for exactly `identity`, intact.
pub fn decode(bytes: Vec<u8>, identity: &str) -> Option<UserLayer> {
    let mut lines = bytes.splitn(4, |&b| b == b'\n');
    if lines.next()? != MAGIC.as_bytes() {
        return None;
    }
    let stored: String = serde_json::from_slice(lines.next()?).ok()?;
    if stored != identity {
        return None;
    }
    let hash = lines.next()?;
    let hashed = lines.next()?;
    if hash_hex(hashed).as_bytes() != hash {
        return None;
    }
    let newline = hashed.iter().position(|&b| b == b'\n')?;
    let header: Header = serde_json::from_slice(&hashed[..newline]).ok()?;
    let body_at = bytes.len() - hashed.len() + newline + 1;
    let positions_at = body_at.checked_add(header.count.checked_mul(ORDER_WIDTH)?)?;
    let lines_at = positions_at.checked_add(header.count.checked_mul(POSITION_WIDTH)?)?;
    if lines_at > bytes.len() {
        return None;
    }
    let table = Table {
        slots: (0..header.count).map(|_| OnceLock::new()).collect(),
        count: header.count,
        body_at,
        positions_at,
        lines_at,
        bytes,
    };
    Some(UserLayer::cached(table, header.files))
}

/// The entries of a cache, decoded as they are asked for.
#[derive(Debug, Clone)]
pub struct Table {
    bytes: Vec<u8>,
    count: usize,
    body_at: usize,
    positions_at: usize,
    lines_at: usize,
    /// Each entry, once decoded (`None`: it could not be).
    slots: Box<[OnceLock<Option<Box<UserEntry>>>]>,
}

fn number(digits: &[u8]) -> Option<usize> {
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(digits).ok()?.parse().ok()
}

impl Table {
    pub fn len(&self) -> usize {
        self.count
    }

    /// Entry `i`'s line: its sort key, and its JSON.
    fn line(&self, i: usize) -> Option<(&[u8], &[u8])> {
        let at = self.positions_at + i * POSITION_WIDTH;
        let record = self.bytes.get(at..at + POSITION_WIDTH)?;
        let offset = number(&record[..OFFSET_WIDTH])?;
        let length = number(&record[OFFSET_WIDTH..])?;
        let start = self.lines_at.checked_add(offset)?;
        let line = self.bytes.get(start..start.checked_add(length)?)?;
        let tab = line.iter().position(|&b| b == b'\t')?;
        Some((&line[..tab], &line[tab + 1..]))
    }

    /// The number of the entry `rank`-th in key order.
    fn ranked(&self, rank: usize) -> Option<usize> {
        let at = self.body_at + rank * ORDER_WIDTH;
        number(self.bytes.get(at..at + ORDER_WIDTH)?).filter(|&i| i < self.count)
    }

    fn entry(&self, i: usize) -> Option<&UserEntry> {
        self.slots
            .get(i)?
            .get_or_init(|| {
                let (_, json) = self.line(i)?;
                let stored: Stored = serde_json::from_slice(json).ok()?;
                stored.entry().map(Box::new)
            })
            .as_deref()
    }

    pub fn get(&self, provider: Provider, code: &str) -> Option<&UserEntry> {
        let wanted = sort_key(provider, code);
        let (mut low, mut high) = (0, self.count);
        while low < high {
            let mid = low + (high - low) / 2;
            let i = self.ranked(mid)?;
            let (found, _) = self.line(i)?;
            match found.cmp(wanted.as_bytes()) {
                std::cmp::Ordering::Less => low = mid + 1,
                std::cmp::Ordering::Greater => high = mid,
                std::cmp::Ordering::Equal => return self.entry(i),
            }
        }
        None
    }

    pub fn entries(&self) -> impl Iterator<Item = &UserEntry> {
        (0..self.count).filter_map(|i| self.entry(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::lang::Lang;

    fn layer() -> UserLayer {
        let builtin = Catalog::builtin();
        let mut layer = UserLayer::default();
        let a = "provider = \"tencent\"\n[[code]]\ncode = \"Zeta.Last\"\ncategory = \"retry\"\nmeaning = { en = \"z\", ko = \"제타\" }\n\n[[code]]\ncode = \"InternalError\"\nadvice.ko = \"팀 조치\"\n\n[[code]]\ncode = \"Alpha.First\"\ncategory = \"fix\"\nmeaning.ja = \"アルファ\"\nretried_by = [\"terraform\"]\nhttp_status = 409\n";
        let b = "provider = \"nhn\"\nsource = \"doc\"\n[[code]]\ncode = \"30004\"\ncategory = \"permission\"\nfamily = \"image-manager\"\nmeaning.en = \"x\"\n";
        for (name, text) in [("a.toml", a), ("b.toml", b)] {
            layer
                .add(name, text.as_bytes(), |p, c| builtin.get(p, c).is_some())
                .unwrap();
        }
        layer
    }

    #[test]
    fn a_cache_reads_back_what_was_written() {
        let built = layer();
        let cached = decode(encode(&built, "id"), "id").unwrap();
        assert_eq!(cached.files(), built.files());
        assert_eq!(cached.len(), 4);
        let a: Vec<&UserEntry> = built.entries().collect();
        let b: Vec<&UserEntry> = cached.entries().collect();
        assert_eq!(a, b, "every entry, in the same order");
        for (provider, code) in [
            (Provider::Tencent, "zeta.last"),
            (Provider::Tencent, "INTERNALERROR"),
            (Provider::Tencent, "Alpha.First"),
            (Provider::Nhn, "30004"),
        ] {
            assert_eq!(
                cached.get(provider, code),
                built.get(provider, code),
                "{code}"
            );
            assert!(cached.get(provider, code).is_some(), "{code}");
        }
        for (provider, code) in [
            (Provider::Nhn, "zeta.last"),
            (Provider::Tencent, "30004"),
            (Provider::Tencent, "Beta"),
            (Provider::Tencent, ""),
            (Provider::Tencent, "zzzz"),
        ] {
            assert_eq!(cached.get(provider, code), None, "{code}");
        }
        let catalog = Catalog::with_user(cached);
        let e = catalog.get(Provider::Tencent, "internalerror").unwrap();
        assert_eq!(e.advice(Lang::Ko).unwrap().text, "팀 조치");
    }

    #[test]
    fn an_empty_layer_caches_too() {
        let cached = decode(encode(&UserLayer::default(), "id"), "id").unwrap();
        assert!(cached.is_empty());
        assert_eq!(cached.get(Provider::Nhn, "1"), None);
    }

    #[test]
    fn a_cache_for_other_sources_or_damaged_is_refused() {
        let bytes = encode(&layer(), "id");
        assert!(decode(bytes.clone(), "other").is_none());
        assert!(decode(Vec::new(), "id").is_none());
        assert!(decode(bytes[..bytes.len() - 1].to_vec(), "id").is_none());
        // one byte changed anywhere after the identity
        let header_end = bytes.iter().position(|&b| b == b'\n').unwrap() + 1;
        for at in [header_end + 10, bytes.len() / 2, bytes.len() - 2] {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0x01;
            assert!(decode(damaged, "id").is_none(), "byte {at}");
        }
    }

    #[test]
    fn many_entries_are_each_found() {
        let builtin = Catalog::builtin();
        let mut text = String::from("provider = \"tencent\"\n");
        for i in 0..500 {
            text.push_str(&format!(
                "[[code]]\ncode = \"F{}.C{i}\"\ncategory = \"fix\"\nmeaning.en = \"m{i}\"\n",
                i % 7
            ));
        }
        let mut layer = UserLayer::default();
        layer
            .add("big.toml", text.as_bytes(), |p, c| {
                builtin.get(p, c).is_some()
            })
            .unwrap();
        let cached = decode(encode(&layer, "id"), "id").unwrap();
        for i in 0..500 {
            let code = format!("F{}.C{i}", i % 7);
            let e = cached.get(Provider::Tencent, &code).unwrap();
            assert_eq!(
                e.meaning[Lang::En.index()].as_deref(),
                Some(&*format!("m{i}"))
            );
        }
        assert_eq!(cached.get(Provider::Tencent, "F0.C1"), None);
    }
}
