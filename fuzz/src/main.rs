//! AFL++ harness: the whole program in memory over one case, text and
//! JSON, every language, `--summary`, several `--max-body` sizes and
//! `explain` lookups, with the invariants of `tests/invariants` checked on
//! each; a broken invariant panics, which AFL++ records as a crash.
//!
//! ```sh
//! cargo afl build --release
//! AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
//!     cargo afl fuzz -i seeds -o out target/release/pipeline
//! ```
//! (`seeds/` from `./seeds.sh`; the README's Development section says more.)

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

fn main() {
    afl::fuzz!(|data: &[u8]| {
        invariants::check(data);
    });
}
