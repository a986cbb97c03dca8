#!/usr/bin/env python3
"""The parse engine's targets, measured in one run: each row times its
commands interleaved (every round runs each command once, in turn), takes
medians, and checks a ratio, a peak RSS, a count or a time against a target.

  json            ecode --lang en --format json parse FILE  vs  cat FILE  vs  jq -c FILTER FILE
                  on bench/parse.py's JSON Lines stream (--mib, default 128)
                  target: jq/ecode >= 20x and ecode/cat <= 8x
  text            ecode --lang en --color never parse FILE  vs  the json row's ecode
                  target: text/json <= 2x
  log             ecode --lang en --format json parse LOG  vs  rg -c 'Error|resultCode' LOG
                  on a --mib log where 1 % of the lines carry an error body
                  target: ecode/rg <= 1.0x
  pending-memory  peak RSS of ecode --format json parse F, F one JSON value over
                  4 Mi lines (and 64 Mi lines with --huge); target <= 80 MiB
  summary-memory  peak RSS of ecode --format json parse --summary F, F 2,000
                  bodies with distinct 50 KB codes; target <= 80 MiB
  pipe            sh -c 'ecode --format json parse --max-body 128MiB FILE'  vs
                  sh -c 'cat FILE | ecode --format json parse --max-body 128MiB'
                  on one 64 MiB line of back-to-back bodies; target: pipe/file <= 1.5x
  overlong        ecode --format json parse FILE on one 80 MiB line of bodies
                  (default --max-body): every body decoded; reports the count
  nested          ecode --format json parse FILE on 127 nested objects around an
                  array of 1,000,000 lines, never closed; target < 1 s

Every run's stdout goes to /dev/null (the overlong row counts it instead);
wall time is taken around the process, peak RSS from GNU time (%M). A
ratio is the ratio of the two medians. ecode exit statuses 0, 1, 3-6 are
verdicts; 2 (usage), 7 (io), a signal or anything else stops the row with
an error. A command running past --timeout is killed and its row reports
"timeout". Generated inputs are cached in bench/data (gitignored).
Needs python3, jq, rg, cat and /usr/bin/time; builds ecode in release.

Usage: bench/engine.py [--reps 5] [--mib 128] [--rows json,text,...]
                       [--huge] [--timeout 120] [--no-keep]
"""

import argparse
import importlib.util
import os
import platform
import random
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from types import SimpleNamespace

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "bench", "data")
ECODE = os.path.join(ROOT, "target", "release", "ecode")
MIB = 1 << 20
BOUND_MIB = 64 + 16  # the default --max-body plus 16 MiB
ECODE_OK = {0, 1, 3, 4, 5, 6}
ROWS = ["json", "text", "log", "cores", "pending-memory", "summary-memory", "pipe", "overlong", "nested"]
TENCENT = b'{"Response":{"Error":{"Code":"InternalError","Message":"m"},"RequestId":"r"}}'

sys.dont_write_bytecode = True  # no bench/__pycache__ from loading parse.py
_spec = importlib.util.spec_from_file_location("bench_parse", os.path.join(ROOT, "bench", "parse.py"))
parse_py = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(parse_py)


class RowError(Exception):
    pass


class Timeout(Exception):
    pass


# ---- inputs ------------------------------------------------------------

USED = set()  # inputs this run read, removed at the end with --no-keep


def cached(name, write):
    """bench/data/NAME, written by write(file) through a temporary file the
    first time, so that an interrupted run never leaves a short input."""
    path = os.path.join(DATA, name)
    USED.add(path)
    if not os.path.exists(path):
        start = time.perf_counter()
        with open(path + ".tmp", "wb") as f:
            write(f)
        os.replace(path + ".tmp", path)
        print(f"  generated {name}: {os.path.getsize(path) / MIB:.1f} MiB "
              f"in {time.perf_counter() - start:.1f} s", flush=True)
    return path


def json_stream(mib):
    path = os.path.join(DATA, f"bodies-{mib}m.jsonl")  # shared with bench/parse.py
    USED.add(path)
    parse_py.generate(path, mib)
    return path


WORDS = ("request completed accepted queued retry scheduled flushed cache hit miss "
         "connection opened closed reused pool idle timeout upstream downstream "
         "snapshot volume instance attached detached lease renewed token refreshed "
         "checkpoint compaction segment shard replica leader follower heartbeat").split()
LOGGERS = ["app.api.handler", "com.example.storage.VolumeService", "nova.compute.manager",
           "k8s.io/client-go/tools/cache", "billing.worker", "sdk.tencentcloud.cvm", "nhn.rds.client"]


KEYS = {"status": lambda r: str(r.choice([200, 201, 204, 304, 400, 404, 409, 429, 500, 503])),
        "bytes": lambda r: str(r.randint(0, 1 << 20)), "attempt": lambda r: str(r.randint(1, 5)),
        "user": lambda r: r.choice(["alice", "bob", "svc-backup", "ci"]),
        "region": lambda r: r.choice(["kr1", "kr2", "jp1", "ap-seoul", "ap-tokyo"]),
        "trace": lambda r: "%016x" % r.getrandbits(64)}


def log_line(rng, ts):
    """A plain line of 60-200 bytes, cut at a word boundary; no braces."""
    level = rng.choices(["INFO ", "DEBUG", "WARN ", "ERROR", "TRACE"], [70, 15, 10, 4, 1])[0]
    line = f"{ts} {level} [worker-{rng.randint(1, 32)}] {rng.choice(LOGGERS)}:"
    want = rng.randint(max(60, len(line) + 12), 200)
    while True:
        kind = rng.random()
        if kind < 0.45:
            part = rng.choice(WORDS)
        elif kind < 0.6:
            part = (rng.choice(["/v2/volumes/", "/var/lib/app/data/", "/api/v1/instances/"])
                    + "%08x" % rng.getrandbits(32))
        elif kind < 0.75:
            part = f"took {rng.randint(1, 30000)} ms"
        else:
            key = rng.choice(list(KEYS))
            part = f"{key}={KEYS[key](rng)}"
        if len(line) + 1 + len(part) > want:
            return (line if len(line) >= 60 else (line + " " + part)[:want]) + "\n"
        line += " " + part


def error_line(rng, ts):
    head = f"{ts} ERROR [worker-{rng.randint(1, 32)}] {rng.choice(LOGGERS)}: request failed: body="
    if rng.random() < 0.5:
        code = rng.choice([c for c in parse_py.NHN_CODES if c != 0])
        body = ('{"header":{"isSuccessful":false,"resultCode":%d,"resultMessage":"%s"}}'
                % (code, "Invalid parameters" if code == -4 else "Conflict: resource is busy"))
    else:
        body = ('{"Response":{"Error":{"Code":"%s","Message":"The request failed."},'
                '"RequestId":"%08x-%04x-4%03x-8%03x-%012x"}}'
                % (rng.choice(parse_py.TC_CODES), rng.getrandbits(32), rng.getrandbits(16),
                   rng.getrandbits(12), rng.getrandbits(12), rng.getrandbits(48)))
    return head + body + "\n"


def log_file(mib):
    def write(f):
        rng = random_for("log")
        n = 100_000
        errors = set(rng.sample(range(n), n // 100))
        lines = []
        for i in range(n):
            ts = "2024-05-%02dT%02d:%02d:%02d.%03dZ" % (1 + i * 28 // n, i // 3600 % 24, i // 60 % 60,
                                                       i % 60, rng.randrange(1000))
            lines.append((error_line if i in errors else log_line)(rng, ts))
        block = "".join(lines).encode()
        left = mib * MIB
        while left > 0:
            part = block if len(block) <= left else block[:block.rindex(b"\n", 0, left) + 1]
            f.write(part)
            left -= len(block)
    return cached(f"log-{mib}m.log", write)


def random_for(name):
    return random.Random(f"bench/engine.py {name}")


def pending_file(lines):
    """One NHN body whose array spans `lines` lines (each but the first and
    last empty): wc -l gives exactly `lines`."""
    def write(f):
        f.write(b'{"header":{"isSuccessful":false,"resultCode":-4,"resultMessage":"x","pad":[')
        left = lines - 1
        while left:
            n = min(left, 16 * MIB)
            f.write(b"\n" * n)
            left -= n
        f.write(b"0]}}\n")
    return cached(f"pending-{lines >> 20}mi-lines.json", write)


def summary_file(bodies=2000, width=50_000):
    def write(f):
        rng = random_for("summary")
        letters = bytes(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"[i % 52] for i in range(256))
        for i in range(bodies):
            tag = bytes(65 + (i // 26 ** k) % 26 for k in range(3))  # distinct per index
            code = b"Product" + tag + rng.randbytes(width - 3).translate(letters) + b".NotFound"
            f.write(b'{"Response":{"Error":{"Code":"' + code + b'","Message":"not found"},'
                    b'"RequestId":"req-%d"}}\n' % i)
    return cached(f"summary-{bodies}x{width // 1000}k.jsonl", write)


def one_line_file(mib):
    """Back-to-back small bodies on one line of ~mib MiB; returns (path, bodies)."""
    count = mib * MIB // len(TENCENT)

    def write(f):
        chunk = TENCENT * 100_000
        left = count
        while left:
            n = min(left, 100_000)
            f.write(chunk if n == 100_000 else TENCENT * n)
            left -= n
        f.write(b"\n")
    return cached(f"oneline-{mib}m.txt", write), count


def nested_file():
    def write(f):
        f.write(b'{"a":' * 127 + b"[\n" + b"0,\n" * 1_000_000 + b"x\n")
    return cached("nested-127.txt", write)


# ---- running -----------------------------------------------------------

def run(argv, ok, timeout, rss=False, count=False):
    """Run argv (stdin /dev/null, stdout /dev/null or counted); return its
    wall seconds, exit status, peak RSS in KiB (with rss), output lines and
    decoded InternalError lines (with count), and stderr. Exit statuses
    outside `ok` (or a signal) raise RowError; going past timeout, Timeout."""
    tmp = None
    if rss:
        fd, tmp = tempfile.mkstemp(prefix="engine-time-", dir=DATA)
        os.close(fd)
        argv = ["/usr/bin/time", "-f", "%M", "-o", tmp] + argv
    try:
        return _run(argv, ok, timeout, tmp, count)
    finally:
        if tmp and os.path.exists(tmp):
            os.remove(tmp)


def _run(argv, ok, timeout, tmp, count):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE if count else subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    lines, decoded = [0], [0]

    def drain():
        for line in proc.stdout:
            lines[0] += 1
            decoded[0] += b'"code":"InternalError"' in line
    stderr = []
    readers = [threading.Thread(target=lambda: stderr.append(proc.stderr.read()))]
    if count:
        readers.append(threading.Thread(target=drain))
    for t in readers:
        t.start()
    # A blocking wait, and a timer to kill: Popen.wait(timeout=...) polls,
    # sleeping up to 50 ms at a time, which would round every time up.
    killed = []

    def kill():
        killed.append(True)
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the whole group: sh, cat and ecode
        except ProcessLookupError:
            pass
    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        status = proc.wait()
    finally:
        timer.cancel()
        for t in readers:
            t.join()
    wall = time.perf_counter() - start
    if killed:
        raise Timeout(f"{shlex.join(argv)}: killed after {timeout:.0f} s")
    peak = None
    if tmp:
        with open(tmp) as f:
            out = f.read().split()
        peak = int(out[-1]) if out and out[-1].isdigit() else None
        if "signal" in " ".join(out) or peak is None:
            status = -1  # GNU time saw the child killed, or wrote no %M
    err = b"".join(stderr).decode(errors="replace").strip()
    if status not in ok:
        raise RowError(f"{shlex.join(argv)} exited with {status}: "
                       + " | ".join(err.splitlines()[-3:]))
    return SimpleNamespace(wall=wall, status=status, peak=peak, lines=lines[0],
                           decoded=decoded[0], stderr=err)


def interleaved(cmds, reps, timeout):
    """cmds: [(name, argv, ok)]. Median wall time per name over reps rounds."""
    times = {name: [] for name, _, _ in cmds}
    for _ in range(reps):
        for name, argv, ok in cmds:
            times[name].append(run(argv, ok, timeout).wall)
    for name, ts in times.items():
        print(f"  {name:10} median {statistics.median(ts):8.3f} s  (runs: "
              + ", ".join(f"{t:.3f}" for t in ts) + ")", flush=True)
    return {name: statistics.median(ts) for name, ts in times.items()}


def warm(*paths):
    """Print each input and read it once, into the page cache."""
    for path in paths:
        print(f"  input {os.path.relpath(path, ROOT)}: {os.path.getsize(path) / MIB:.1f} MiB", flush=True)
        subprocess.run(["cat", path], stdout=subprocess.DEVNULL, check=True)


def verdict(ok):
    return "PASS" if ok else "FAIL"


# ---- rows: each returns (medians, ratio, result) ------------------------

TARGETS = {"json": "jq/ecode ≥ 20× and ecode/cat ≤ 8×", "text": "text/json ≤ 2×",
           "log": "ecode/rg ≤ 1.0×", "pending-memory": f"peak RSS ≤ {BOUND_MIB} MiB",
           "summary-memory": f"peak RSS ≤ {BOUND_MIB} MiB", "pipe": "pipe/file ≤ 1.5×",
           "overlong": "every body decoded", "nested": "< 1 s",
           "cores": "two/one < 1× (else read with one thread)"}


def row_json(a):
    f = json_stream(a.mib)
    warm(f)
    m = interleaved([("ecode", [ECODE, "--lang", "en", "--format", "json", "parse", f], ECODE_OK),
                     ("cat", ["cat", f], {0}),
                     ("jq", ["jq", "-c", parse_py.JQ_FILTER, f], {0})], a.reps, a.timeout)
    jq_x, cat_x = m["jq"] / m["ecode"], m["ecode"] / m["cat"]
    return m, f"jq/ecode {jq_x:.1f}×, ecode/cat {cat_x:.1f}×", verdict(jq_x >= 20 and cat_x <= 8)


def row_text(a):
    f = json_stream(a.mib)
    warm(f)
    m = interleaved([("text", [ECODE, "--lang", "en", "--color", "never", "parse", f], ECODE_OK),
                     ("json", [ECODE, "--lang", "en", "--format", "json", "parse", f], ECODE_OK)],
                    a.reps, a.timeout)
    x = m["text"] / m["json"]
    return m, f"text/json {x:.2f}×", verdict(x <= 2)


def row_log(a):
    f = log_file(a.mib)
    warm(f)
    m = interleaved([("ecode", [ECODE, "--lang", "en", "--format", "json", "parse", f], ECODE_OK),
                     ("rg", ["rg", "-c", "Error|resultCode", f], {0, 1})], a.reps, a.timeout)
    x = m["ecode"] / m["rg"]
    return m, f"ecode/rg {x:.2f}×", verdict(x <= 1.0)


def row_cores(a):
    # A regular file of 8 MiB or more is read on two cores; the same file on
    # stdin (`-`) by one thread: the second core must pay for itself.
    f = json_stream(a.mib)
    warm(f)
    e, q = shlex.quote(ECODE), shlex.quote(f)
    m = interleaved(
        [("two", ["sh", "-c", f"{e} --lang en --format json parse {q} >/dev/null"], ECODE_OK),
         ("one", ["sh", "-c", f"{e} --lang en --format json parse - <{q} >/dev/null"], ECODE_OK)],
        a.reps, a.timeout)
    x = m["two"] / m["one"]
    return m, f"two/one {x:.2f}×", verdict(x < 1)


def memory_row(a, files, extra):
    medians, worst, peaks_text = {}, 0, []
    for label, f in files:
        warm(f)
        walls, peaks = [], []
        for _ in range(a.reps):
            r = run([ECODE, "--format", "json", "parse"] + extra + [f], ECODE_OK, a.timeout, rss=True)
            walls.append(r.wall)
            peaks.append(r.peak)
        worst = max(worst, max(peaks))
        peaks_text.append(f"{label} {max(peaks) / 1024:.1f} MiB")
        medians[f"{label} wall"] = statistics.median(walls)
        print(f"  {label}: median {medians[label + ' wall']:.3f} s, "
              f"peak RSS {max(peaks) / 1024:.1f} MiB", flush=True)
    return medians, "peak RSS " + ", ".join(peaks_text), verdict(worst <= BOUND_MIB * 1024)


def row_pending(a):
    files = [("4Mi lines", pending_file(4 * MIB))]
    if a.huge:
        files.append(("64Mi lines", pending_file(64 * MIB)))
    return memory_row(a, files, [])


def row_summary(a):
    return memory_row(a, [("2000×50KB", summary_file())], ["--summary"])


def row_pipe(a):
    f, _ = one_line_file(64)
    warm(f)
    e, q = shlex.quote(ECODE), shlex.quote(f)
    # --max-body belongs to `parse`: `ecode --max-body X parse` is a usage error (exit 2).
    m = interleaved(
        [("file", ["sh", "-c", f"{e} --format json parse --max-body 128MiB {q}"], ECODE_OK),
         ("pipe", ["sh", "-c", f"cat {q} | {e} --format json parse --max-body 128MiB"], ECODE_OK)],
        a.reps, a.timeout)
    x = m["pipe"] / m["file"]
    return m, f"pipe/file {x:.2f}×", verdict(x <= 1.5)


def row_overlong(a):
    f, bodies = one_line_file(80)
    warm(f)
    # Any exit status is reported here, not refused; a signal still is.
    r = run([ECODE, "--format", "json", "parse", f], set(range(256)), a.timeout, count=True)
    print(f"  {bodies} bodies written; {r.lines} output lines, {r.decoded} decoded; "
          f"exit {r.status}; {r.wall:.2f} s", flush=True)
    if r.stderr:
        print("  stderr: " + " | ".join(r.stderr.splitlines()[:3]), flush=True)
    return ({"ecode wall": r.wall}, f"{r.decoded} of {bodies} decoded ({r.lines} lines, exit {r.status})",
            verdict(r.decoded == bodies))


def row_nested(a):
    f = nested_file()
    warm(f)
    m = interleaved([("ecode", [ECODE, "--format", "json", "parse", f], ECODE_OK)], a.reps, a.timeout)
    return m, f"{m['ecode']:.3f} s", verdict(m["ecode"] < 1)


RUNNERS = {"json": row_json, "text": row_text, "log": row_log, "cores": row_cores,
           "pending-memory": row_pending,
           "summary-memory": row_summary, "pipe": row_pipe, "overlong": row_overlong,
           "nested": row_nested}


def version(argv):
    try:
        return subprocess.run(argv, capture_output=True, text=True).stdout.splitlines()[0]
    except (OSError, IndexError):
        return "missing"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reps", type=int, default=5, help="rounds for each timed row")
    ap.add_argument("--rows", default=",".join(ROWS), help="comma-separated subset of " + ",".join(ROWS))
    ap.add_argument("--mib", type=int, default=128, help="size of the json and log inputs")
    ap.add_argument("--huge", action="store_true", help="pending-memory on 64 Mi lines too")
    ap.add_argument("--timeout", type=float, default=120, help="seconds before a command is killed")
    ap.add_argument("--keep", action=argparse.BooleanOptionalAction, default=True,
                    help="keep the generated inputs cached in bench/data (default)")
    args = ap.parse_args()
    if args.reps < 1:
        ap.error("--reps must be at least 1")
    rows = [r.strip() for r in args.rows.split(",") if r.strip()]
    unknown = [r for r in rows if r not in RUNNERS]
    if unknown:
        ap.error(f"unknown rows {unknown}; choose from {','.join(ROWS)}")

    subprocess.run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=ROOT, check=True)
    os.makedirs(DATA, exist_ok=True)
    print(f"machine: nproc {os.cpu_count()}, {platform.machine()}, {platform.release()}")
    print(f"ecode:   {ECODE} ({version([ECODE, '--version'])})")
    print(f"tools:   {version(['jq', '--version'])}, {version(['rg', '--version'])}, "
          f"{version(['cat', '--version'])}")
    print(f"reps {args.reps}, json/log inputs {args.mib} MiB, timeout {args.timeout:.0f} s\n")

    results, failed = [], False
    for row in rows:
        print(f"[{row}]", flush=True)
        try:
            medians, ratio, result = RUNNERS[row](args)
        except Timeout as e:
            print(f"  timeout: {e}", flush=True)
            medians, ratio, result = {}, "—", "timeout"
        except RowError as e:
            print(f"  ERROR: {e}", file=sys.stderr, flush=True)
            medians, ratio, result = {}, "—", "ERROR"
            failed = True
        print(f"  => {ratio} (target {TARGETS[row]}): {result}\n", flush=True)
        results.append((row, medians, ratio, TARGETS[row], result))

    print("| row | medians | ratio | target | result |")
    print("| --- | --- | --- | --- | --- |")
    for row, medians, ratio, target, result in results:
        meds = ", ".join(f"{k} {v:.3f} s" for k, v in medians.items()) or "—"
        print(f"| {row} | {meds} | {ratio} | {target} | {result} |")
    if not args.keep:
        for path in USED:
            os.remove(path)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
