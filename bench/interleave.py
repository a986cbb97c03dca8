#!/usr/bin/env python3
"""Times commands interleaved: each round runs every command once, in turn,
so that drift in the machine's speed (other load, frequency, cache) falls on
all of them alike. Reports each command's median wall time and, against the
first command, the median of the per-round ratios with its spread (the
25th–75th percentiles).

Each run is started with posix_spawn and waited for; stdout goes to
/dev/null (or to a pipe that is drained, with --pipe), stdin comes from
/dev/null or from --stdin FILE. Needs only python3.

Usage:
  bench/interleave.py [--rounds N] [--warmup N] [--stdin FILE] [--pipe-stdin]
                      NAME=COMMAND [NAME=COMMAND ...]
COMMAND is split like a shell would split it (shlex), but no shell runs.

Example (start-up against the cheapest process):
  bench/interleave.py --rounds 400 true=/bin/true \\
      'ecode=target/release/ecode --lang en --color never explain 40409'
"""

import argparse
import os
import shlex
import statistics
import sys
import time


def spawn_and_wait(argv, stdin_path, pipe_stdin):
    devnull = os.open(os.devnull, os.O_RDWR)
    opened = [devnull]
    actions = [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
    feeder = None
    if stdin_path and pipe_stdin:
        r, w = os.pipe()
        actions.append((os.POSIX_SPAWN_DUP2, r, 0))
        feeder = (r, w)
    elif stdin_path:
        fd = os.open(stdin_path, os.O_RDONLY)
        opened.append(fd)
        actions.append((os.POSIX_SPAWN_DUP2, fd, 0))
    else:
        actions.append((os.POSIX_SPAWN_DUP2, devnull, 0))
    start = time.perf_counter_ns()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
    if feeder:
        r, w = feeder
        os.close(r)
        with open(stdin_path, "rb") as src:
            while True:
                chunk = src.read(1 << 16)
                if not chunk:
                    break
                try:
                    os.write(w, chunk)
                except BrokenPipeError:
                    break
        os.close(w)
    _, status = os.waitpid(pid, 0)
    elapsed = time.perf_counter_ns() - start
    for fd in opened:
        os.close(fd)
    code = os.waitstatus_to_exitcode(status)
    return elapsed / 1e9, code


def quartiles(xs):
    q = statistics.quantiles(xs, n=4)
    return q[0], q[2]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=100)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--stdin", help="file each command reads on stdin")
    ap.add_argument("--pipe-stdin", action="store_true",
                    help="feed --stdin through a pipe rather than as a file")
    ap.add_argument("commands", nargs="+", metavar="NAME=COMMAND")
    args = ap.parse_args()

    cmds = []
    for spec in args.commands:
        name, _, command = spec.partition("=")
        argv = shlex.split(command)
        if not os.path.isabs(argv[0]) and os.sep in argv[0]:
            argv[0] = os.path.abspath(argv[0])
        elif not os.path.isabs(argv[0]):
            for d in os.environ.get("PATH", "").split(os.pathsep):
                p = os.path.join(d, argv[0])
                if os.access(p, os.X_OK):
                    argv[0] = p
                    break
        cmds.append((name, argv))

    for _ in range(args.warmup):
        for _, argv in cmds:
            spawn_and_wait(argv, args.stdin, args.pipe_stdin)
    times = {name: [] for name, _ in cmds}
    codes = {}
    for _ in range(args.rounds):
        for name, argv in cmds:
            t, code = spawn_and_wait(argv, args.stdin, args.pipe_stdin)
            times[name].append(t)
            codes[name] = code

    base = cmds[0][0]
    print(f"{args.rounds} interleaved rounds ({args.warmup} warm-up)")
    width = max(len(n) for n, _ in cmds)
    for name, argv in cmds:
        ts = times[name]
        med = statistics.median(ts)
        line = f"  {name:<{width}}  median {med * 1e3:9.3f} ms  (exit {codes[name]})"
        if name != base:
            ratios = [a / b for a, b in zip(ts, times[base])]
            lo, hi = quartiles(ratios)
            line += (f"  ratio to {base}: median {statistics.median(ratios):.3f}"
                     f" (IQR {lo:.3f}–{hi:.3f})")
        print(line)


if __name__ == "__main__":
    sys.exit(main())
