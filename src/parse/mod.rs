//! The parse engine: bytes in, decoded bodies and problems out, with where
//! each was found. `reader` splits any input into bounded lines; `scan`
//! follows transcripts and finds where values start and end, `json` checks
//! a value that spans lines; `envelope` picks a value's shape by its keys
//! and hands it to the module of that shape (`nhn`, `tencent`,
//! `tencent_v2`, `openstack`), reading fields through `object`; `relaxed`
//! turns JavaScript and Python dumps into JSON; `sdk_line` reads the SDKs'
//! exception lines. Pure apart from `reader`'s `Read`: no classification,
//! no rendering, no language.

pub mod envelope;
pub mod fast;
pub mod json;
pub mod nhn;
pub mod object;
pub mod openstack;
pub mod reader;
pub mod relaxed;
pub mod scan;
pub mod sdk_line;
pub mod tencent;
pub mod tencent_v2;
pub mod words;
