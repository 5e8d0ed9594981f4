#!/usr/bin/env bash
# Prints the distribution of path lengths through the questionnaire, then builds the
# release and prints the size of every file in dist/ (raw, gzip, brotli).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
step "Path lengths (answers from the first question to the results)"
cargo run --quiet --release --example path_lengths
step "Release build"
trunk build --release
step "Sizes of dist/"
node scripts/size-report.mjs dist
