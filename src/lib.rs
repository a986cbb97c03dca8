//! ecode: a decoder for NHN Cloud and Tencent Cloud API error codes and
//! responses. The binary is a thin shell over `app::main`.
//!
//! Dependencies point one way, down this list; the leaves import nothing
//! of ours:
//!
//! ```text
//! app            argv → Context → a command; the exit contract
//! fast           common `explain` lines read without clap
//! usage          refused command lines: help, usage errors in our words
//! commands/      explain, parse, list, search, completions + man
//! help           the command line's texts in the user's language
//! cli            clap's definition and value parsers
//! context        the run's settings and sinks
//! parse/         the engine: reader → scan → json, envelope
//! render/        text, json, table, summary: results → bytes
//! report         --report: a failure's facts for a support ticket, masked
//! model          Finding, Failure, Transport, Format
//! describe       a classification → its words in one language
//! suggest        the nearest known codes
//! classify       pure: code + catalog → classification
//! catalog/       the one lookup; nhn, tencent, http, messages data
//! bom lang color env exit_codes mask sanitize size   leaves
//! ```
//!
//! The public surface is what the binary, the integration tests and a fuzz
//! harness use; everything else is private to the crate, so dead code warns.

pub mod app;
mod bom;
mod catalog;
mod catalog_files;
mod classify;
mod cli;
mod color;
mod commands;
pub mod context;
mod describe;
pub mod env;
pub mod exit_codes;
mod fast;
mod help;
pub mod lang;
mod mask;
pub mod model;
mod parse;
mod render;
mod report;
mod sanitize;
mod size;
mod suggest;
mod usage;

pub use catalog::Catalog;
pub use commands::parse::{Options as ParseOptions, decode_stream};
pub use render::json::JSON_KEYS;
