#!/usr/bin/env bash
# The benchmark: prints figures, asserts nothing (machines differ).
# - path lengths through the questionnaire;
# - the catalog check and a 5 MB places file read natively;
# - the structure's space importing a 20,000-row national file (4x CPU) and natively;
# - the release build's file sizes (raw, gzip, brotli), and what the wasm is made of;
# - where the start-up time goes (scripts/startup-profile.mjs);
# - the baseline (a minimal Leptos page built the same way, bench/hello) and, against it,
#   first-load transfer, click-to-paint with the CPU throttled 4x, memory after a
#   journey, and Lighthouse (scripts/perf.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh trunk
source scripts/env.sh
step "Path lengths (answers from the first question to the results)"
cargo run -p repere-domain --quiet --release --features tools --example path_lengths
step "Catalog: check of the shipped files, and a 5 MB places file read natively"
cargo run -p repere-domain --quiet --release --example check_catalog -- public/catalog | tail -1
cargo run -p repere-domain --quiet --release --example catalog_load_bench
step "Release build"
scripts/build.sh
step "Sizes of dist/"
node scripts/size-report.mjs dist
step "The chunks: what each holds, its size, when it is fetched"
node scripts/chunk-report.mjs dist
step "What the wasm is made of (twiggy over the same files with their names kept)"
command -v twiggy >/dev/null || cargo install --locked twiggy --version 0.8.0
named=target/tmp/named
rm -rf "$named" && mkdir -p "$named"
for file in target/wasm-split/named_repere_bg.wasm target/wasm-split/split_*.wasm target/wasm-split/chunk_*.wasm; do
  wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int "$file" \
    -o "$named/$(basename "$file")" 2>/dev/null
done
echo "The first download (the main wasm):"
node scripts/wasm-contributors.mjs "$named/named_repere_bg.wasm"
echo "The chunks, together:"
node scripts/wasm-contributors.mjs "$named"/split_*.wasm "$named"/chunk_*.wasm
step "Baseline: a minimal Leptos page built the same way (bench/hello)"
(cd bench/hello && CARGO_TARGET_DIR=../../target/bench-hello trunk build --release)
node scripts/size-report.mjs bench/hello/dist | tail -1
step "The structure's space: import of a generated national file of 20,000 places, CPU 4x slower"
node scripts/import-bench.mjs 20000 3
step "The structure's space: import of a generated data·inclusion export of 20,000 services, CPU 4x slower"
node scripts/partners-import-bench.mjs 20000 3
cargo run -p repere-domain --quiet --release --example import_bench -- target/tmp/national-20000.csv dist/espace/communes.json target/tmp/services-20000.csv target/tmp/structures-20000.json
step "Where the start-up time goes (CPU 4x slower, median of 5)"
node scripts/startup-profile.mjs dist 5
step "First load, click to paint, memory, Lighthouse"
node scripts/perf.mjs
