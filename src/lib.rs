//! ecode: a decoder for NHN Cloud and Tencent Cloud API error codes and
//! responses. The binary is a thin shell over `app::main`.
//!
//! Dependencies point one way, down this list; the leaves import nothing
//! of ours:
//!
//! ```text
//! app            argv → Context → a command; usage errors; the exit contract
//! commands/      explain, parse, list, search, completions + man
//! cli            clap's definition and value parsers
//! context        the run's settings and sinks
//! parse/         the engine: reader → scan → json, envelope
//! render/        text, json, table, summary: results → bytes
//! model          Finding, Failure, Transport, Format
//! describe       a classification → its words in one language
//! suggest        the nearest known codes
//! classify       pure: code + catalog → classification
//! catalog/       the one lookup; nhn, tencent, http, messages data
//! bom lang color env exit_codes sanitize size   leaves
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
pub mod lang;
pub mod model;
mod parse;
mod render;
mod sanitize;
mod size;
mod suggest;

pub use catalog::Catalog;
pub use commands::parse::{Options as ParseOptions, decode_stream};
pub use render::json::JSON_KEYS;
