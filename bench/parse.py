#!/usr/bin/env python3
"""Throughput and peak memory of `ecode --format json parse` against jq.

Generates a JSON Lines stream of mixed NHN Cloud and Tencent Cloud bodies
(default 128 MiB, and one four times as long for the memory check), then
runs, alternating, several repetitions of

    ecode --lang en --format json parse FILE > /dev/null
    jq -c '{code: …, message: …, request_id: …}' FILE > /dev/null

and prints the median wall time, MB/s, the ratio, and each program's peak
RSS (GNU time's %M). Needs python3, jq and /usr/bin/time (Debian: time);
builds ecode in release.

Usage: bench/parse.py [--mib 128] [--reps 5] [--keep]
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "bench", "data")
ECODE = os.path.join(ROOT, "target", "release", "ecode")
JQ_FILTER = (
    "{code: (.header.resultCode // .Response.Error.Code), "
    "message: (.header.resultMessage // .Response.Error.Message), "
    "request_id: .Response.RequestId}"
)

NHN_CODES = [-1, -2, -3, -4, -5, -7, -8, 0, 10400, 10404, 10409, 20001, 20004,
             24403, 30404, 40409, 40429, 50401, 10503]
TC_CODES = ["AuthFailure.SignatureExpire", "AuthFailure.SignatureFailure",
            "InvalidParameter", "InvalidParameterValue.InvalidInstanceType",
            "RequestLimitExceeded", "ResourceNotFound.InstanceNotFound",
            "InternalError", "ResourceInUse", "LimitExceeded",
            "MutexOperation.TaskRunning", "UnauthorizedOperation"]


def body(rng):
    if rng.random() < 0.5:
        code = rng.choice(NHN_CODES)
        msg = "Invalid parameters: volume size must be between 10 and 2000" \
            if code == -4 else "Conflict: resource %08x is busy" % rng.getrandbits(32)
        return ('{"header":{"isSuccessful":%s,"resultCode":%d,"resultMessage":"%s"},'
                '"volume":{"id":"%08x","size":%d}}'
                % ("true" if code == 0 else "false", code, msg, rng.getrandbits(32), rng.randint(10, 2000)))
    if rng.random() < 0.1:
        return ('{"Response":{"TotalCount":1,"InstanceStatusSet":[{"InstanceId":"ins-%06x"}],'
                '"RequestId":"%08x-%04x-4%03x-8%03x-%012x"}}'
                % (rng.getrandbits(24), rng.getrandbits(32), rng.getrandbits(16),
                   rng.getrandbits(12), rng.getrandbits(12), rng.getrandbits(48)))
    return ('{"Response":{"Error":{"Code":"%s","Message":"The request failed: see %s, retry later."},'
            '"RequestId":"%08x-%04x-4%03x-8%03x-%012x"}}'
            % (rng.choice(TC_CODES), "docs", rng.getrandbits(32), rng.getrandbits(16),
               rng.getrandbits(12), rng.getrandbits(12), rng.getrandbits(48)))


def generate(path, mib):
    want = mib << 20
    if os.path.exists(path) and os.path.getsize(path) >= want:
        return
    rng = random.Random(42)
    lines = [body(rng) + "\n" for _ in range(20000)]
    block = "".join(lines).encode()
    with open(path, "wb") as f:
        written = 0
        while written < want:
            f.write(block)
            written += len(block)


def run(cmd):
    """Wall time and peak RSS (KiB) of one run, output discarded.

    The peak RSS comes from GNU time (%M): a child forked from Python would
    carry Python's own peak into its rusage across exec."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        proc = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=null,
                              stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    err = proc.stderr.decode(errors="replace").strip().splitlines()
    if proc.returncode not in (0, 1, 3, 4, 5) or not err:
        sys.exit(f"{cmd[0]} failed with {proc.returncode}: {err[-5:]}")
    return wall, int(err[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mib", type=int, default=128)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--keep", action="store_true", help="keep bench/data")
    args = ap.parse_args()

    subprocess.run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=ROOT, check=True)
    os.makedirs(DATA, exist_ok=True)
    small = os.path.join(DATA, f"bodies-{args.mib}m.jsonl")
    large = os.path.join(DATA, f"bodies-{args.mib * 4}m.jsonl")
    generate(small, args.mib)
    generate(large, args.mib * 4)
    size = os.path.getsize(small)
    lines = sum(1 for _ in open(small, "rb"))
    print(f"input: {small} — {size / 1e6:.1f} MB, {lines} bodies")

    ecode = [ECODE, "--lang", "en", "--format", "json", "parse", small]
    jq = ["jq", "-c", JQ_FILTER, small]
    times = {"ecode": [], "jq": []}
    rss = {"ecode": 0, "jq": 0}
    run(ecode)  # warm the page cache
    for _ in range(args.reps):
        for name, cmd in (("ecode", ecode), ("jq", jq)):
            wall, peak = run(cmd)
            times[name].append(wall)
            rss[name] = max(rss[name], peak)
    for name in ("ecode", "jq"):
        med = statistics.median(times[name])
        runs = ", ".join(f"{t:.2f}" for t in times[name])
        print(f"{name:6} median {med:7.3f} s  {size / 1e6 / med:8.1f} MB/s  "
              f"peak RSS {rss[name] / 1024:6.1f} MiB  (runs: {runs})")
    ratio = statistics.median(times["jq"]) / statistics.median(times["ecode"])
    print(f"ecode/jq throughput: {ratio:.1f}x")

    wall, peak_large = run([ECODE, "--lang", "en", "--format", "json", "parse", large])
    big = os.path.getsize(large)
    print(f"ecode on {big / 1e6:.1f} MB (4x): {wall:.3f} s, {big / 1e6 / wall:.1f} MB/s, "
          f"peak RSS {peak_large / 1024:.1f} MiB (vs {rss['ecode'] / 1024:.1f} MiB at 1x)")
    if not args.keep:
        for path in (small, large):
            os.remove(path)


if __name__ == "__main__":
    main()
