//! The nearest known codes to one ecode cannot decode. Pure: a string and
//! the catalog in, codes out.

use crate::catalog::Catalog;

/// Optimal-string-alignment distance (Levenshtein plus adjacent swaps).
fn distance(a: &[u8], b: &[u8]) -> usize {
    let mut prev2 = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// How far `candidate` is from what was typed, or `None` when too far to be
/// a plausible slip. A Tencent code typed without its prefix
/// (`SignatureExpire`) or in part (`signature`) counts as near.
fn nearness(typed: &str, candidate: &str) -> Option<usize> {
    let cand = candidate.to_ascii_lowercase();
    if typed.len() >= 4 && cand.contains(typed) {
        return Some(0);
    }
    let limit = (typed.chars().count() / 3).clamp(1, 3);
    // No alignment is shorter than the difference in length: a code much
    // longer than any known one (a word of a piped log) costs nothing.
    if typed.len().abs_diff(cand.len()) > limit {
        return None;
    }
    let d = distance(typed.as_bytes(), cand.as_bytes());
    (d <= limit).then_some(d)
}

/// Up to `max` known codes near `typed`, nearest first, catalog order among
/// equals. An exact match is not a suggestion.
pub fn nearest(catalog: &Catalog, typed: &str, max: usize) -> Vec<String> {
    let typed = typed.trim().to_ascii_lowercase();
    let mut found: Vec<(usize, usize, String)> = catalog
        .entries(None)
        .map(|e| e.code().into_owned())
        .enumerate()
        .filter(|(_, c)| !c.eq_ignore_ascii_case(&typed))
        .filter_map(|(i, c)| nearness(&typed, &c).map(|d| (d, i, c)))
        .collect();
    found.sort();
    found.into_iter().take(max).map(|(_, _, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_typed_code_is_quick_and_near_nothing() {
        let catalog = Catalog::builtin();
        // quadratic in the typed length, this took minutes before the
        // length test ruled every candidate out at once
        let typed = "AuthFailure".repeat(20_000);
        assert!(nearest(&catalog, &typed, 3).is_empty());
        assert_eq!(nearness(&typed, "authfailure"), None);
    }

    #[test]
    fn distances() {
        for (a, b, d) in [
            ("", "", 0),
            ("abc", "abc", 0),
            ("abc", "acb", 1),
            ("40409", "40490", 1),
            ("kitten", "sitting", 3),
            ("104091", "10409", 1),
        ] {
            assert_eq!(distance(a.as_bytes(), b.as_bytes()), d, "{a} {b}");
        }
    }

    #[test]
    fn suggestions_for_slips() {
        let cases: [(&str, &[&str]); 7] = [
            (
                "AuthFailure.SignatureExpir",
                &["AuthFailure.SignatureExpire"],
            ),
            ("requestlimitexceed", &["RequestLimitExceeded"]),
            ("SignatureExpire", &["AuthFailure.SignatureExpire"]),
            ("104091", &["10409"]),
            ("60409", &["10409", "20409", "30409"]),
            ("-9", &["-1", "-2"]),
            ("InvalidParameterValu", &["InvalidParameterValue"]),
        ];
        for (typed, want) in cases {
            let got = nearest(&Catalog::builtin(), typed, 3);
            for w in want {
                assert!(got.iter().any(|g| g == w), "{typed}: {got:?} lacks {w}");
            }
            assert!(got.len() <= 3);
        }
    }

    #[test]
    fn nothing_near_nonsense() {
        assert!(nearest(&Catalog::builtin(), "xyzzy-plugh", 3).is_empty());
        assert!(nearest(&Catalog::builtin(), "99999", 3).is_empty());
    }
}
