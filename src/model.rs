//! What the commands produce and the renderers show: a decoded result
//! (`Finding`), a failure to report (`Failure`), the facts of an HTTP
//! transcript (`Transport`), and the output format. Plain data.

use crate::classify::Classification;
use crate::exit_codes::ExitStatus;

/// How results are written: text for people, JSON Lines for scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Text,
    Json,
}

/// What the HTTP status line and headers before a body said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transport {
    pub status: u16,
    /// `Retry-After`, as written (seconds or an HTTP date).
    pub retry_after: Option<String>,
    /// `Date`, as written.
    pub date: Option<String>,
    /// What `--report` quotes: kept only when asked (`Scanner::quoting`).
    pub quoted: Option<Box<Quoted>>,
}

/// The lines of a transcript a support ticket quotes, as written (secrets
/// are masked when they are shown, not here).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Quoted {
    /// `HTTP/1.1 503 Service Unavailable`.
    pub status_line: String,
    /// curl -v's request line, method and path without its query string:
    /// `POST /v2/tenant/volumes`.
    pub request_line: Option<String>,
    /// A request id header: Tencent's `X-TC-RequestId`, OpenStack's
    /// `X-Openstack-Request-Id` or `X-Compute-Request-Id`, `X-Request-Id`.
    pub request_id: Option<String>,
}

/// A `Retry-After` (or OpenStack `retryAfter`) value in seconds: a number
/// of seconds, or an HTTP date counted from the response's `Date`.
pub fn retry_after_secs(value: &str, date: Option<&str>) -> Option<u64> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(secs);
    }
    let until = http_date(value)?;
    let now = http_date(date?)?;
    Some(until.saturating_sub(now))
}

/// Seconds since 1970 of an HTTP date in its preferred form (RFC 9110
/// IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT`).
pub fn http_date(text: &str) -> Option<u64> {
    let mut parts = text.split_whitespace();
    let _weekday = parts.next()?;
    let day: u64 = parts.next()?.parse().ok()?;
    let month = match parts.next()? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let year: i64 = parts.next()?.parse().ok()?;
    let mut clock = parts.next()?.split(':').map(|p| p.parse::<u64>().ok());
    let (h, m, s) = (clock.next()??, clock.next()??, clock.next()??);
    if parts.next()? != "GMT" || !(1..=31).contains(&day) || h > 23 || m > 59 || s > 60 {
        return None;
    }
    // Days from 1970-01-01 to the civil date (Howard Hinnant's algorithm).
    let (y, mo) = if month <= 2 {
        (year - 1, month + 9)
    } else {
        (year, month - 3)
    };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * mo + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    u64::try_from(days)
        .ok()
        .map(|d| d * 86_400 + h * 3600 + m * 60 + s)
}

/// One decoded result: a classification and what the input said beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding<'c> {
    /// `arg:1`, `stdin:12`, `resp.json:3`.
    pub source: String,
    pub class: Classification<'c>,
    /// The body's message (untrusted).
    pub message: Option<String>,
    /// NHN's detail description (untrusted).
    pub detail: Option<String>,
    /// Tencent's RequestId (untrusted).
    pub request_id: Option<String>,
    /// The HTTP status line and headers before the body, if the input had them.
    pub transport: Option<Transport>,
    /// How long to wait before retrying, as written: a `Retry-After`
    /// header, or an OpenStack fault's `retryAfter` (untrusted).
    pub retry_after: Option<String>,
}

impl<'c> Finding<'c> {
    pub fn bare(source: String, class: Classification<'c>) -> Finding<'c> {
        Finding {
            source,
            class,
            message: None,
            detail: None,
            request_id: None,
            transport: None,
            retry_after: None,
        }
    }

    /// `retry_after` in seconds, where it can be told.
    pub fn retry_after_secs(&self) -> Option<u64> {
        let date = self.transport.as_ref().and_then(|t| t.date.as_deref());
        retry_after_secs(self.retry_after.as_deref()?, date)
    }
}

/// An error for stderr. `source` says where (`arg:2`, `app.log:7`).
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub kind: ExitStatus,
    pub message: String,
    pub source: Option<String>,
    pub suggestions: Vec<String>,
}

impl Failure {
    /// A failure with no place and no suggestions.
    pub fn new(kind: ExitStatus, message: String) -> Failure {
        Failure {
            kind,
            message,
            source: None,
            suggestions: vec![],
        }
    }

    /// The same failure, placed.
    pub fn at(self, source: String) -> Failure {
        Failure {
            source: Some(source),
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates() {
        assert_eq!(http_date("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(
            http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784_111_777)
        );
        assert_eq!(
            http_date("Wed, 21 Oct 2026 07:28:00 GMT"),
            Some(1_792_567_680)
        );
        assert_eq!(http_date("Sunday, 06-Nov-94 08:49:37 GMT"), None);
        assert_eq!(http_date("Sun, 06 Nov 1994 08:49:37 PST"), None);
        assert_eq!(http_date(""), None);
    }

    #[test]
    fn retry_after_in_seconds() {
        assert_eq!(retry_after_secs("30", None), Some(30));
        let date = Some("Wed, 21 Oct 2026 07:28:00 GMT");
        assert_eq!(
            retry_after_secs("Wed, 21 Oct 2026 07:29:30 GMT", date),
            Some(90)
        );
        assert_eq!(
            retry_after_secs("Wed, 21 Oct 2026 07:29:30 GMT", None),
            None
        );
        assert_eq!(retry_after_secs("soon", date), None);
    }
}
