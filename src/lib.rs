//! ecode: a decoder for NHN Cloud and Tencent Cloud API error codes and
//! responses. The binary is a thin shell over `app::main`.

pub mod app;
pub mod catalog;
pub mod classify;
pub mod cli;
pub mod color;
pub mod completions;
pub mod describe;
pub mod env;
pub mod exit_codes;
pub mod explain;
pub mod lang;
pub mod list;
pub mod parse;
pub mod render;
pub mod sanitize;
pub mod search;
pub mod suggest;
