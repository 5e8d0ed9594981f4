#!/usr/bin/env bash
# How long the README's two commands take on a fresh machine, measured here: a clean
# clone of HEAD, with an empty home (so no Cargo registry, no installed Rust tools, no npm
# cache, no target/) and only rustup's toolchain kept. Prints the minutes from nothing to
# the first page served by scripts/serve.sh, then those of scripts/test.sh after it.
# What it cannot take away: the Debian packages already installed (Chromium, Firefox ESR,
# WebKitGTK, Xvfb, poppler-utils), whose download the machine's network decides.
#   scripts/fresh-machine-time.sh [folder=/tmp/repere-fresh]
set -euo pipefail
cd "$(dirname "$0")/.."
root=${1:-/tmp/repere-fresh}
rm -rf "$root"
mkdir -p "$root/home/.cargo/bin"
# rustup's proxies (cargo, rustc…), not the tools `cargo install` put beside them.
for tool in cargo rustc rustup rustfmt cargo-fmt cargo-clippy clippy-driver rustdoc; do
  if [ -e "$HOME/.cargo/bin/$tool" ]; then cp -a "$HOME/.cargo/bin/$tool" "$root/home/.cargo/bin/"; fi
done
git clone -q . "$root/repere"
export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}"
export HOME="$root/home"
export PATH="$HOME/.cargo/bin:/usr/local/bin:/usr/bin:/bin"
cd "$root/repere"

start=$(date +%s)
PORT=${PORT:-8099} scripts/serve.sh >"$root/serve.log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:${PORT:-8099}/" >/dev/null 2>&1; do
  if ! kill -0 "$server" 2>/dev/null; then
    echo "scripts/serve.sh stopped before serving; see $root/serve.log" >&2
    exit 1
  fi
  sleep 5
done
served=$(date +%s)
kill "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
echo "scripts/serve.sh, fresh: first page served after $(((served - start) / 60)) min $(((served - start) % 60)) s"

scripts/test.sh >"$root/test.log" 2>&1
tested=$(date +%s)
echo "scripts/test.sh after it: $(((tested - served) / 60)) min $(((tested - served) % 60)) s"
tail -3 "$root/test.log"
