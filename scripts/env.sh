# Sourced by the other scripts: where the tools live and which versions are pinned.
# shellcheck shell=bash

# Trunk 0.22 needs a newer rustc than this project's machines have.
TRUNK_VERSION=0.21.14
# The wasm splitter run by scripts/build-wasm.sh (the version Leptos 0.8's `#[lazy]` and
# cargo-leptos use).
WASM_SPLIT_VERSION=0.2.4
# The wasm-bindgen CLI must be exactly the version of the crate in Cargo.lock.
WASM_BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;}' Cargo.lock)

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

step() {
  printf '\n\033[1m== %s\033[0m\n' "$*"
}
