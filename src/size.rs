//! Sizes as people write them (`64MiB`, `512KiB`, `1048576`) and as ecode
//! shows them. A leaf: the default limit on one body is written here once.

/// The default `--max-body`: the limit on one body (and on one line).
pub const DEFAULT_MAX_BODY: &str = "64MiB";

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
pub fn show_size(bytes: usize) -> String {
    match bytes {
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{} KiB", b >> 10),
        b => format!("{b} B"),
    }
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
        assert_eq!(parse_size(DEFAULT_MAX_BODY), Some(64 << 20));
        assert_eq!(show_size(64 << 20), "64 MiB");
        assert_eq!(show_size(1000), "1000 B");
    }
}
