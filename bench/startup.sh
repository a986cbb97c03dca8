#!/usr/bin/env bash
# Start-up time of `ecode explain 40409` against /bin/true, and the release
# binary's size. Needs hyperfine (Debian: apt-get install hyperfine).
# Usage: bench/startup.sh [RUNS]   (default 300). 40409 exits 4 (retry) by design: -i.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-300}
cargo build --release --locked --quiet
bin=target/release/ecode
out=$(mktemp)
hyperfine -N -i --warmup 50 --runs "$runs" --export-json "$out" \
  '/bin/true' "$bin --lang en --color never explain 40409" >/dev/null
python3 - "$out" "$bin" <<'PY'
import json, os, sys
res = json.load(open(sys.argv[1]))["results"]
for r in res:
    print(f"{r['command']:<48} median {r['median']*1e3:6.3f} ms  mean {r['mean']*1e3:6.3f} ms  ±{r['stddev']*1e3:.3f}  (n={len(r['times'])})")
print(f"ecode − /bin/true (medians): {(res[1]['median']-res[0]['median'])*1e3:.3f} ms")
print(f"release binary: {os.path.getsize(sys.argv[2])} bytes")
PY
rm -f "$out"
