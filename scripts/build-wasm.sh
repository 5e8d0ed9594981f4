#!/usr/bin/env bash
# Compiles the app to wasm and writes it, ready to serve, to target/wasm-pkg/, which
# index.html copies into dist/. Run by scripts/build.sh (release) and as Trunk's pre-build
# hook (Trunk.toml) by `trunk serve` (debug).
#
# - release (scripts/build.sh): built with the Cargo feature `split`, then cut by
#   `wasm-split-cli` into the first download and the chunks of `src/ui/chunks/` (fetched
#   when needed), then `wasm-bindgen`, then `wasm-opt -Oz` on every file. Trunk cannot
#   split wasm (trunk-rs/trunk#1022), so this script does what its Rust pipeline did.
# - debug (`trunk serve`): one unsplit wasm, quickly.
#
# Then scripts/name-files.mjs puts a content hash in every file name.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

profile="${TRUNK_PROFILE:-release}"
target="${CARGO_TARGET_DIR:-target}"
cut="$target/wasm-split"
out="$target/wasm-pkg"
rm -rf "$cut" "$out"
mkdir -p "$cut" "$out"

# SPLIT=off builds the release in one piece, as before the split (to compare, or to
# tell whether a problem comes from the split).
if [ "$profile" = release ] && [ "${SPLIT:-on}" = off ]; then
  cargo build -p repere --release --target wasm32-unknown-unknown --bin repere
  wasm-bindgen --target=web --no-typescript \
    --out-dir "$out" --out-name repere "$target/wasm32-unknown-unknown/release/repere.wasm"
  cp "$out/repere_bg.wasm" "$cut/named_repere_bg.wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    "$out/repere_bg.wasm" -o "$out/repere_bg.wasm"
elif [ "$profile" = release ]; then
  # --emit-relocs is for the final link only: the dependencies are not rebuilt.
  cargo rustc -p repere --release --target wasm32-unknown-unknown --bin repere --features split \
    -- -C link-args=--emit-relocs
  wasm-split-cli --target web --out-name repere \
    "$target/wasm32-unknown-unknown/release/repere.wasm" "$cut"
  wasm-bindgen --target=web --no-typescript --keep-lld-exports --no-demangle \
    --out-dir "$out" --out-name repere "$cut/repere.wasm"
  cp "$cut/__wasm_split.js" "$cut"/split_*.wasm "$cut"/chunk_*.wasm "$out/"
  # With their function names, for the benchmark's account of what each file holds.
  cp "$out/repere_bg.wasm" "$cut/named_repere_bg.wasm"
  # Two at a time (two cores), the largest first. wasm-opt warns about the chunks' name
  # sections ("unknown name subsection"), which is harmless: that line is dropped.
  optimise() {
    wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int "$1" -o "$1" 2>&1 |
      { grep -v 'unknown name subsection' || true; } >&2
    return "${PIPESTATUS[0]}"
  }
  export -f optimise
  ls -S "$out"/*.wasm | xargs -P 2 -I{} bash -c 'optimise "$1"' _ {}
else
  cargo build -p repere --target wasm32-unknown-unknown --bin repere
  wasm-bindgen --target=web --no-typescript \
    --out-dir "$out" --out-name repere "$target/wasm32-unknown-unknown/debug/repere.wasm"
fi

node scripts/name-files.mjs "$out"
