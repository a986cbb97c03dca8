//! The parse engine: bytes in, decoded bodies and problems out, with where
//! each was found. `reader` splits any input into bounded lines, `scan`
//! follows transcripts and finds where values start and end, `json` checks
//! a value that spans lines, and `envelope` reads what a body or an SDK
//! line says. Pure apart from `reader`'s `Read`: no classification, no
//! rendering, no language.

pub mod envelope;
pub mod json;
pub mod reader;
pub mod scan;
