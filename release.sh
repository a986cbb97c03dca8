#!/usr/bin/env bash
# The release build: the binary statically linked where the toolchain can
# (Linux with glibc: `-C target-feature=+crt-static`, which rustc accepts
# only with an explicit `--target`, so that build scripts and proc-macros
# stay dynamic), then the binary, the shell completions and the man page
# placed under PREFIX:
#
#   PREFIX/bin/ecode
#   PREFIX/share/bash-completion/completions/ecode
#   PREFIX/share/zsh/site-functions/_ecode
#   PREFIX/share/fish/vendor_completions.d/ecode.fish
#   PREFIX/share/man/man1/ecode.1
#
# Usage: ./release.sh [PREFIX]     (default: dist; e.g. ./release.sh ~/.local)
# A static binary starts faster: no dynamic loader, no libraries to map and
# relocate (README, Performance). `cargo install --locked --path .` builds
# the portable, dynamically linked binary.
set -euo pipefail
cd "$(dirname "$0")"
prefix=${1:-dist}
host=$(rustc -vV | sed -n 's/^host: //p')
flags=()
case "$host" in
  *-linux-gnu*)
    # static, and not position-independent: nothing to relocate at start-up
    flags=(-C target-feature=+crt-static -C relocation-model=static) ;;
esac
RUSTFLAGS="${RUSTFLAGS:-} ${flags[*]}" cargo build --release --locked --target "$host"
bin="${CARGO_TARGET_DIR:-target}/$host/release/ecode"
install -Dm755 "$bin" "$prefix/bin/ecode"
install -Dm644 completions/ecode.bash "$prefix/share/bash-completion/completions/ecode"
install -Dm644 completions/_ecode "$prefix/share/zsh/site-functions/_ecode"
install -Dm644 completions/ecode.fish "$prefix/share/fish/vendor_completions.d/ecode.fish"
mkdir -p "$prefix/share/man/man1"
"$bin" --lang en man > "$prefix/share/man/man1/ecode.1"
echo "installed under $prefix: bin/ecode, completions (bash, zsh, fish), man1/ecode.1"
