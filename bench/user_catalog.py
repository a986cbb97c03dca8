#!/usr/bin/env python3
"""Start-up with a large user catalog (issue 10's bar: with a catalog of
10,000 entries, `explain` stays within 10x of its start-up without one).

Writes a catalog of N Tencent product codes (default 10,000), each with a
category, a meaning in all four languages and an advice in two, to a
temporary directory, then times, interleaved (bench/interleave.py):

  none     ecode explain InternalError             (no user catalog)
  catalog  ecode --catalog BIG explain InternalError
  user     ecode --catalog BIG explain <the last code of the catalog>

Usage: bench/user_catalog.py [--entries N] [--rounds N] [--binary PATH]
Build first: cargo build --release
"""

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def catalog(n):
    lines = ['provider = "tencent"', 'source = "bench/user_catalog.py"', ""]
    categories = ["fix", "permission", "retry", "contact-admin"]
    for i in range(n):
        lines += [
            "[[code]]",
            f'code = "BenchFamily{i % 97}.Product{i}Failure"',
            f'category = "{categories[i % 4]}"',
            f'meaning.en = "The product operation {i} could not complete because its resource is in a state that does not allow it."',
            f'meaning.ko = "리소스가 이 작업을 허용하지 않는 상태여서 제품 작업 {i}을(를) 완료하지 못했습니다."',
            f'meaning.ja = "リソースがこの操作を許可しない状態のため、製品操作 {i} を完了できませんでした。"',
            f'meaning.zh = "资源所处的状态不允许此操作，因此产品操作 {i} 未能完成。"',
            f'advice.en = "Check the resource state in the console, then send request {i} again."',
            f'advice.ko = "콘솔에서 리소스 상태를 확인한 뒤 요청 {i}을(를) 다시 보내세요."',
            "",
        ]
    return "\n".join(lines), f"BenchFamily{(n - 1) % 97}.Product{n - 1}Failure"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=200)
    ap.add_argument("--binary", default=os.path.join(HERE, "..", "target", "release", "ecode"))
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    text, last = catalog(args.entries)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.toml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        size = os.path.getsize(path)
        print(f"catalog: {args.entries} entries, {size / 1e6:.1f} MB", file=sys.stderr)
        check = subprocess.run([binary, "--catalog", path, "--lang", "en", "explain", last],
                               capture_output=True, text=True)
        if check.returncode not in (1, 3, 4, 5):
            sys.exit(f"the catalog did not load: {check.returncode} {check.stderr}")
        common = "--lang en --color never"
        subprocess.run([
            sys.executable, os.path.join(HERE, "interleave.py"), "--rounds", str(args.rounds),
            f"none={binary} {common} explain InternalError",
            f"catalog={binary} {common} --catalog {path} explain InternalError",
            f"user={binary} {common} --catalog {path} explain {last}",
        ], check=True)


if __name__ == "__main__":
    main()
