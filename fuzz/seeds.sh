#!/usr/bin/env bash
# Builds fuzz/seeds/ from tests/fixtures: each fixture under a few option
# bytes (the first byte of a case picks command, language, --summary and
# --max-body; see tests/invariants/mod.rs), plus explain cases.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf seeds && mkdir seeds
n=0
for f in $(find ../tests/fixtures -type f ! -name README.md | sort); do
    for opt in '\x00' '\x05' '\x0e' '\x13' '\x1c'; do
        n=$((n + 1))
        { printf "$opt"; cat "$f"; } > "seeds/$n"
    done
done
printf '\xc1-4 40409 AuthFailure.SignatureExpire 10503' > seeds/explain-1
printf '\xc2ResourceNotFound.InstanceNotFound 4102 InternalError 99999' > seeds/explain-2
echo "$(ls seeds | wc -l) seeds in fuzz/seeds"
