//! `--report`: what a support ticket about one failure needs — provider,
//! code, message, RequestId, the transcript's status and request lines and
//! its `Date`, the ecode version and the documents the catalog's reading
//! rests on — gathered once, with every value quoted from the input masked
//! (`mask`). `render` writes it as text or JSON. Built only when asked:
//! without `--report` nothing here runs.

use crate::catalog::{BUILTIN, Provider, Source, nhn, tencent};
use crate::classify::{Classification, Envelope, Reading};
use crate::mask::mask;
use crate::model::Transport;

/// ecode's version, as `-V` prints it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A document the reading rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cited<'c> {
    /// One of the built-in catalog's documents.
    Builtin(&'static Source),
    /// A user catalog, by its file name (the directories stay private).
    User(&'c str),
}

/// The facts of one failure for a ticket, masked.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticket<'c> {
    pub provider: Option<Provider>,
    pub code: Option<&'c str>,
    /// The body's message; NHN's detail description after it, as the
    /// body's `resultMessage` had them.
    pub message: Option<String>,
    /// The body's RequestId, else a request id header of the transcript.
    pub request_id: Option<String>,
    pub status_line: Option<String>,
    pub request_line: Option<String>,
    /// The `Date` header.
    pub date: Option<String>,
    pub sources: Vec<Cited<'c>>,
}

/// What the input said beside the code.
#[derive(Debug, Clone, Copy, Default)]
pub struct Said<'a> {
    pub message: Option<&'a str>,
    pub detail: Option<&'a str>,
    pub request_id: Option<&'a str>,
    pub transport: Option<&'a Transport>,
}

fn masked(text: &str) -> String {
    mask(text).into_owned()
}

/// The ticket for a failure read as `class`.
pub fn ticket<'c>(class: &'c Classification<'c>, said: Said) -> Ticket<'c> {
    let quoted = said.transport.and_then(|t| t.quoted.as_deref());
    let message = match (said.message, said.detail) {
        (Some(m), Some(d)) => Some(masked(&format!("{m}: {d}"))),
        (m, d) => m.or(d).map(masked),
    };
    let request_id = said
        .request_id
        .or_else(|| quoted.and_then(|q| q.request_id.as_deref()))
        .map(masked);
    Ticket {
        provider: class.provider,
        code: class.code.as_deref(),
        message,
        request_id,
        status_line: quoted.map(|q| masked(&q.status_line)),
        request_line: quoted.and_then(|q| q.request_line.as_deref()).map(masked),
        date: said.transport.and_then(|t| t.date.as_deref()).map(masked),
        sources: sources(class),
    }
}

/// The documents a reading rests on: its entry's (and its cause's), then
/// the provider's list of codes, whose version says what ecode knew; a
/// user catalog by its file name.
fn sources<'c>(class: &'c Classification<'c>) -> Vec<Cited<'c>> {
    let mut cited = Vec::new();
    let mut cite = |c: Cited<'c>| {
        if !cited.contains(&c) {
            cited.push(c);
        }
    };
    let readings = std::iter::once(class).chain(class.cause.as_deref());
    for c in readings {
        if let Reading::Entry(e) | Reading::Under(e, _) = c.reading {
            if let Some(source) = e.source() {
                cite(Cited::Builtin(source));
            }
            if e.catalog() != BUILTIN {
                let file = e.catalog();
                let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
                cite(Cited::User(name));
            }
        }
    }
    let list = match (class.provider, class.envelope) {
        (Some(Provider::Tencent), Envelope::TencentV2) => Some(&tencent::API_V2_ERROR_CODES),
        (Some(Provider::Tencent), _) => Some(&tencent::COMMON_ERROR_CODES),
        (Some(Provider::Nhn), _) => Some(&nhn::COMPUTE_ERROR_CODES),
        (None, _) => None,
    };
    if let Some(list) = list {
        cite(Cited::Builtin(list));
    }
    cited
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::classify::classify;
    use crate::model::Quoted;

    static BUILTIN_CATALOG: Catalog = Catalog::builtin();

    #[test]
    fn a_ticket_quotes_the_transcript_masked() {
        let class = classify(&BUILTIN_CATALOG, "AuthFailure.SignatureFailure", None).unwrap();
        let transport = Transport {
            status: 200,
            retry_after: None,
            date: Some("Sat, 21 Nov 2026 10:00:00 GMT".into()),
            quoted: Some(Box::new(Quoted {
                status_line: "HTTP/1.1 200 OK".into(),
                request_line: Some("POST /".into()),
                request_id: Some("header-id".into()),
            })),
        };
        let said = Said {
            message: Some("bad X-TC-Token: abcdef"),
            detail: None,
            request_id: Some("body-id"),
            transport: Some(&transport),
        };
        let t = ticket(&class, said);
        assert_eq!(t.provider, Some(Provider::Tencent));
        assert_eq!(t.code, Some("AuthFailure.SignatureFailure"));
        assert_eq!(t.message.as_deref(), Some("bad X-TC-Token: ***"));
        assert_eq!(t.request_id.as_deref(), Some("body-id"));
        assert_eq!(t.status_line.as_deref(), Some("HTTP/1.1 200 OK"));
        assert_eq!(t.request_line.as_deref(), Some("POST /"));
        assert_eq!(t.date.as_deref(), Some("Sat, 21 Nov 2026 10:00:00 GMT"));
        assert_eq!(
            t.sources,
            [Cited::Builtin(&tencent::COMMON_ERROR_CODES)],
            "the entry's source is the list: cited once"
        );
        // no RequestId in the body: the header's
        let t = ticket(
            &class,
            Said {
                request_id: None,
                ..said
            },
        );
        assert_eq!(t.request_id.as_deref(), Some("header-id"));
    }

    #[test]
    fn nhn_details_follow_the_message_and_sdk_codes_cite_their_sdk() {
        let class = classify(&BUILTIN_CATALOG, "-4", None).unwrap();
        let said = Said {
            message: Some("Invalid parameters"),
            detail: Some("password=hunter2"),
            ..Said::default()
        };
        let t = ticket(&class, said);
        assert_eq!(
            t.message.as_deref(),
            Some("Invalid parameters: password=***")
        );
        assert_eq!(t.sources, [Cited::Builtin(&nhn::COMPUTE_ERROR_CODES)]);
        assert_eq!((t.status_line, t.date), (None, None));
        let class = classify(&BUILTIN_CATALOG, "ClientNetworkError", None).unwrap();
        let t = ticket(&class, Said::default());
        assert_eq!(t.sources.len(), 2, "{:?}", t.sources);
        assert_eq!(t.sources[1], Cited::Builtin(&tencent::COMMON_ERROR_CODES));
    }
}
