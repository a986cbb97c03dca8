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
    pub retry_after: Option<String>,
}

/// One decoded result: a classification and what the input said beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// `arg:1`, `stdin:12`, `resp.json:3`.
    pub source: String,
    pub class: Classification,
    /// The body's message (untrusted).
    pub message: Option<String>,
    /// NHN's detail description (untrusted).
    pub detail: Option<String>,
    /// Tencent's RequestId (untrusted).
    pub request_id: Option<String>,
    /// The HTTP status line and headers before the body, if the input had them.
    pub transport: Option<Transport>,
}

impl Finding {
    pub fn bare(source: String, class: Classification) -> Finding {
        Finding {
            source,
            class,
            message: None,
            detail: None,
            request_id: None,
            transport: None,
        }
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
