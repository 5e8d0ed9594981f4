#!/usr/bin/env bash
# Prints the distribution of path lengths through the questionnaire, then builds the
# release and prints the size of every file in dist/ (raw, gzip, brotli).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
step "Path lengths (answers from the first question to the results)"
cargo run --quiet --release --example path_lengths
step "Catalog: check of the shipped files, and a 5 MB places file read natively"
cargo run --quiet --release --example check_catalog -- public/catalog | tail -1
cargo run --quiet --release --example catalog_load_bench
step "Release build"
trunk build --release
step "Sizes of dist/"
node scripts/size-report.mjs dist
