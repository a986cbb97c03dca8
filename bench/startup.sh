#!/usr/bin/env bash
# Start-up against the cheapest process: `ecode explain 40409` and
# `ecode --help` (which clap reads) interleaved with /bin/true, each round
# running every command once (bench/interleave.py, no shell), for both
# builds the README names: the portable one (`cargo build --release`, as
# `cargo install --path .` builds it) and the static one of ./release.sh.
# Reports each command's median wall time and the median of its per-round
# ratios to /bin/true, with their spread (IQR), then the binaries' sizes.
# Usage: bench/startup.sh [ROUNDS]   (default 500; the issue asks ≥ 400)
# 40409 exits 4 (retry) by design.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-500}
target=${CARGO_TARGET_DIR:-target}
cargo build --release --locked --quiet
./release.sh "$target/startup-static" >/dev/null
portable=$target/release/ecode
static=$target/startup-static/bin/ecode
args='--lang en --color never explain 40409'
bench/interleave.py --rounds "$rounds" --warmup 50 true=/bin/true \
  "portable=$portable $args" "static=$static $args" \
  "portable --help=$portable --lang en --help" "static --help=$static --lang en --help"
for b in "$portable" "$static"; do
  echo "$b: $(stat -c %s "$b") bytes"
done
